import { formatDate, formatVietnamDateTime, isOnOrBefore, startOfVietnamDay, vietnamDateOf } from '../dates';
import type { Config } from '../sheet/config';
import type { LogEntry } from '../sheet/log';
import { TABS } from '../sheet/schema';
import { cleanText } from '../text';
import { openRecord, SUBMISSION_TEXT, type SubmissionRecord, unitMayEditNow } from './state';
import { clipSnapshotText } from './store';

/**
 * The audit trail: every change to an input cell made after the unit submitted, or after the deadline, is
 * logged with who, when, the old and the new value. Old values come from e.oldValue for a single cell, else
 * from a per-row snapshot the tool keeps (Apps Script gives no old values for a paste); without either the
 * entry says the old value is unknown rather than guessing.
 */
export type RowSnapshot = Record<string, string>;

export type AuditTab = 'indicators' | 'tasks' | 'issues';

export interface EditedRow {
  /** The row's key: "PL1-6@CA" on Chỉ tiêu / Nhiệm vụ, the unit id on Khó khăn - Đề xuất. */
  rowKey: string;
  unitId: string | null;
  /** Current values of the row's input columns, by column key. */
  values: Record<string, unknown>;
}

export const AUDIT_TEXT = SUBMISSION_TEXT.audit;

/** A cell value as the log shows it: text as typed (cleaned), a date as dd/mm/yyyy, a date-time in Việt Nam time. */
export function showValue(v: unknown): string {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    return startOfVietnamDay(vietnamDateOf(v)).getTime() === v.getTime()
      ? formatDate(vietnamDateOf(v))
      : formatVietnamDateTime(v);
  }
  return cleanText(v);
}

/** A row's input values as the log shows them, long texts shortened as the snapshot cell keeps them. */
export function snapshotOf(row: EditedRow): RowSnapshot {
  return Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, clipSnapshotText(showValue(v))]));
}

export interface AuditResult {
  log: LogEntry[];
  /** Snapshots to store for the edited rows. */
  snapshots: Record<string, RowSnapshot>;
  /** Rows to mark in "Ghi chú hệ thống", by row key. */
  marks: Record<string, string>;
}

export function auditEdit(args: {
  tab: AuditTab;
  rows: readonly EditedRow[];
  snapshots: Record<string, RowSnapshot | undefined>;
  records: Record<string, SubmissionRecord | undefined>;
  config: Config;
  now: Date;
  /** The editor's e-mail; '' when Google does not give it (consumer accounts in an installable trigger). */
  user: string;
  /** Unit names, for the "who" of an edit whose e-mail Google withheld. */
  unitName?: (unitId: string) => string;
  /** The editor is known to be the VHXH office (its late entries are not refused ones). */
  byVhxh?: boolean;
  /** Input columns the edit touched (only these are compared). */
  editedKeys: readonly string[];
  /** e.oldValue of a single-cell edit (already as the log shows it), with its column key. */
  single?: { key: string; oldValue: unknown };
}): AuditResult {
  const log: LogEntry[] = [];
  const snapshots: Record<string, RowSnapshot> = {};
  const marks: Record<string, string> = {};
  const late = !isOnOrBefore(args.now, args.config.deadline);
  const singleRow = args.rows.length === 1 ? args.single : undefined;
  for (const row of args.rows) {
    const stored = args.snapshots[row.rowKey];
    const after = snapshotOf(row);
    snapshots[row.rowKey] = after;
    /** The value as the log shows it: whole (the snapshot keeps it shortened). */
    const shown = (key: string) => showValue(row.values[key]);
    const record = row.unitId ? args.records[row.unitId] : undefined;
    const submitted = !!record && (record.state === 'SUBMITTED' || record.state === 'APPROVED');
    if (!submitted && !late) continue;
    const user =
      args.user ||
      (row.unitId
        ? SUBMISSION_TEXT.unknownEditor(args.unitName?.(row.unitId) ?? row.unitId)
        : SUBMISSION_TEXT.unknownEditor(SUBMISSION_TEXT.someUnit));
    for (const [key, clipped] of Object.entries(after)) {
      if (!args.editedKeys.includes(key)) continue;
      const value = shown(key);
      // Google's own old value for a single cell; else the snapshot; else unknown.
      const old =
        singleRow && singleRow.key === key
          ? showValue(singleRow.oldValue)
          : stored && key in stored
            ? stored[key]
            : AUDIT_TEXT.unknownOld;
      if (old === value || old === clipped) continue;
      const header = TABS[args.tab].columns.find((c) => c.key === key)?.header ?? key;
      const deadline = formatDate(args.config.deadline);
      log.push({
        time: args.now,
        user,
        action: submitted ? 'editAfterSubmit' : 'lateEntry',
        unitId: row.unitId ?? '',
        target: `${TABS[args.tab].name}!${row.rowKey} (${header})`,
        detail: submitted
          ? AUDIT_TEXT.afterSubmit(SUBMISSION_TEXT.state[record!.state]) +
            (late ? `; ${AUDIT_TEXT.afterDeadline(deadline).toLowerCase()}` : '')
          : args.byVhxh || unitMayEditNow(record ?? openRecord(row.unitId ?? ''), args.config, args.now)
            ? AUDIT_TEXT.afterDeadline(deadline)
            : AUDIT_TEXT.afterDeadlineRefused(deadline),
        oldValue: old,
        newValue: value,
      });
      marks[row.rowKey] = submitted ? AUDIT_TEXT.rowMarkAfterSubmit(args.now) : AUDIT_TEXT.rowMarkLate(args.now);
    }
  }
  return { log, snapshots, marks };
}
