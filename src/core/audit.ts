import type { Config } from './config';
import { formatDate, formatVietnamDateTime, isOnOrBefore } from './dates';
import type { LogEntry } from './log';
import { TABS, type TabKey } from './schema';
import type { SubmissionRecord } from './submission';
import { cleanText } from './text';

/**
 * The audit trail: every change to an input cell made after the unit submitted, or after the deadline, is
 * logged with who, when, the old and the new value. Old values come from a per-row snapshot the tool keeps
 * (Apps Script gives e.oldValue only for a single-cell edit, not for a paste).
 */
export type RowSnapshot = Record<string, string>;

export interface EditedRow {
  rowKey: string;
  unitId: string | null;
  /** Current values of the row's input columns, by column key. */
  values: Record<string, unknown>;
}

export const AUDIT_TEXT = {
  afterSubmit: (state: string) => `Sửa sau khi đơn vị đã gửi báo cáo (trạng thái: ${state})`,
  afterDeadline: (deadline: string) => `Nhập sau hạn báo cáo ${deadline}`,
  rowMarkAfterSubmit: (at: Date) => `Sửa sau khi gửi (${formatVietnamDateTime(at)})`,
  rowMarkLate: (at: Date) => `Nhập sau hạn (${formatVietnamDateTime(at)})`,
  unknownOld: '(không rõ: chưa có bản lưu trước khi sửa)',
} as const;

const show = (v: unknown) => (v instanceof Date ? formatVietnamDateTime(v) : cleanText(v));

export function snapshotOf(row: EditedRow): RowSnapshot {
  return Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, show(v)]));
}

export interface AuditResult {
  log: LogEntry[];
  /** Snapshots to store for the edited rows. */
  snapshots: Record<string, RowSnapshot>;
  /** Rows to mark in "Ghi chú hệ thống", by row key. */
  marks: Record<string, string>;
}

export function auditEdit(args: {
  tab: TabKey;
  rows: readonly EditedRow[];
  snapshots: Record<string, RowSnapshot | undefined>;
  records: Record<string, SubmissionRecord | undefined>;
  config: Config;
  now: Date;
  user: string;
  /** Input columns the edit touched (only these are compared). */
  editedKeys: readonly string[];
  /** e.oldValue of a single-cell edit, with its column key. */
  single?: { key: string; oldValue: unknown };
}): AuditResult {
  const log: LogEntry[] = [];
  const snapshots: Record<string, RowSnapshot> = {};
  const marks: Record<string, string> = {};
  const late = !isOnOrBefore(args.now, args.config.deadline);
  for (const row of args.rows) {
    const before = args.snapshots[row.rowKey] ?? {};
    const after = snapshotOf(row);
    snapshots[row.rowKey] = after;
    const record = row.unitId ? args.records[row.unitId] : undefined;
    const submitted = record && (record.state === 'SUBMITTED' || record.state === 'APPROVED');
    if (!submitted && !late) continue;
    for (const [key, value] of Object.entries(after)) {
      if (!args.editedKeys.includes(key)) continue;
      const old = before[key] ?? (args.single && args.single.key === key && args.rows.length === 1 ? show(args.single.oldValue) : AUDIT_TEXT.unknownOld);
      if (old === value) continue;
      const header = TABS[args.tab].columns.find((c) => c.key === key)?.header ?? key;
      log.push({
        time: args.now,
        user: args.user,
        action: submitted ? 'editAfterSubmit' : 'lateEntry',
        unitId: row.unitId ?? '',
        target: `${TABS[args.tab].name}!${row.rowKey} (${header})`,
        detail: submitted ? AUDIT_TEXT.afterSubmit(record!.state) : AUDIT_TEXT.afterDeadline(formatDate(args.config.deadline)),
        oldValue: old,
        newValue: value,
      });
      marks[row.rowKey] = submitted ? AUDIT_TEXT.rowMarkAfterSubmit(args.now) : AUDIT_TEXT.rowMarkLate(args.now);
    }
  }
  return { log, snapshots, marks };
}
