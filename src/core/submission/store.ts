import { ColumnMap } from '../sheet/table';
import type { WorkbookData } from '../sheet/workbook';
import { type AuditTab, type RowSnapshot, snapshotOf } from './audit';
import { inputValues, rowKeyOf, unitOfRow } from './auditRows';
import type { EditingLevel } from './editingPolicy';
import type { SubmissionRecord, SubmissionState } from './state';

/**
 * How the submission state is kept as string properties, where staff cannot type: records and editing levels in
 * script properties, row snapshots (old values for the audit of a paste) in document properties.
 */
const RECORD_PREFIX = 'submission.';
const SNAPSHOT_PREFIX = 'snap.';
/** What the protections say now, per unit: so a run changes protections only when needed. */
export const EDITING_KEY = 'editing.v1';
/** Set when a run could not write the Đơn vị mirror (the next run as the owner rewrites it). */
export const MIRROR_STALE_KEY = 'mirror.stale.v1';
const STATES: readonly SubmissionState[] = ['OPEN', 'SUBMITTED', 'APPROVED', 'RETURNED'];

function isRecord(value: unknown): value is SubmissionRecord {
  const r = value as SubmissionRecord;
  return !!r && typeof r === 'object' && typeof r.unitId === 'string' && STATES.includes(r.state);
}

/** The records among all script properties, by unit id. A damaged record reads as open; Nhật ký keeps the history. */
export function recordsFrom(all: Record<string, string>): Record<string, SubmissionRecord> {
  const records: Record<string, SubmissionRecord> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    try {
      const parsed: unknown = JSON.parse(value);
      if (isRecord(parsed)) records[key.slice(RECORD_PREFIX.length)] = parsed;
    } catch {
      // same: reads as open
    }
  }
  return records;
}

export function recordProperty(record: SubmissionRecord): [key: string, value: string] {
  return [RECORD_PREFIX + record.unitId, JSON.stringify(record)];
}

/** The stored editing levels; unreadable reads as none stored (every unit open). */
export function editingLevelsFrom(all: Record<string, string>): Record<string, EditingLevel> {
  try {
    return JSON.parse(all[EDITING_KEY] ?? '{}') as Record<string, EditingLevel>;
  } catch {
    return {};
  }
}

export function editingLevelsProperty(levels: Record<string, EditingLevel>): string {
  return JSON.stringify(levels);
}

export function snapshotKey(tab: AuditTab, rowKey: string): string {
  return tab === 'issues' ? `${SNAPSHOT_PREFIX}issues:${rowKey}` : SNAPSHOT_PREFIX + rowKey;
}

/** The stored snapshots of the given rows (from all document properties). */
export function snapshotsFrom(
  all: Record<string, string>,
  tab: AuditTab,
  rowKeys: readonly string[],
): Record<string, RowSnapshot | undefined> {
  const snapshots: Record<string, RowSnapshot | undefined> = {};
  for (const rowKey of rowKeys) {
    const raw = all[snapshotKey(tab, rowKey)];
    if (!raw) continue;
    try {
      snapshots[rowKey] = JSON.parse(raw) as RowSnapshot;
    } catch {
      // An unreadable snapshot is no snapshot: old values read as unknown.
    }
  }
  return snapshots;
}

/** Snapshots by row key, as document properties. */
export function snapshotProperties(tab: AuditTab, snapshots: Record<string, RowSnapshot>): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshots).map(([k, v]) => [snapshotKey(tab, k), JSON.stringify(v)]));
}

/** A unit's input values at submission, as document properties: so a later paste is logged with its old values. */
export function unitSnapshotProperties(workbook: WorkbookData, unitId: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const tab of ['indicators', 'tasks', 'issues'] as const) {
    const map = new ColumnMap(tab, workbook[tab].header);
    for (const row of workbook[tab].rows) {
      const rowKey = rowKeyOf(tab, map, row);
      if (unitOfRow(tab, rowKey) !== unitId) continue;
      props[snapshotKey(tab, rowKey)] = JSON.stringify(
        snapshotOf({ rowKey, unitId, values: inputValues(tab, map, row) }),
      );
    }
  }
  return props;
}
