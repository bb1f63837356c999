import { vietnamDateOf } from '../dates';
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

/** The reporting year a record written before records were keyed by year belongs to: the year it was sent or reviewed in. */
function legacyYear(record: SubmissionRecord): number | null {
  if (typeof record.year === 'number') return record.year;
  const at = record.submittedAt ?? record.reviewedAt;
  return at ? vietnamDateOf(new Date(at)).year : null;
}

/**
 * A reporting year's records among all script properties, by unit id ("submission.2026.CA"): an approval of 2026
 * never locks, counts or refuses anything in 2027. A record kept under the old key without a year
 * ("submission.CA") belongs to the year it was sent or reviewed in. A damaged record reads as open; Nhật ký keeps
 * the history.
 */
export function recordsFrom(all: Record<string, string>, year: number): Record<string, SubmissionRecord> {
  const records: Record<string, SubmissionRecord> = {};
  const legacy: Record<string, SubmissionRecord> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    const rest = key.slice(RECORD_PREFIX.length);
    const keyed = /^(\d{4})\.(.+)$/.exec(rest);
    try {
      const parsed: unknown = JSON.parse(value);
      if (!isRecord(parsed)) continue;
      if (keyed) {
        if (Number(keyed[1]) === year) records[keyed[2]] = parsed;
      } else if (legacyYear(parsed) === year) legacy[rest] = parsed;
    } catch {
      // same: reads as open
    }
  }
  return { ...legacy, ...records };
}

/** The property of a unit's record for a reporting year. */
export function recordProperty(record: SubmissionRecord, year: number): [key: string, value: string] {
  return [`${RECORD_PREFIX}${year}.${record.unitId}`, JSON.stringify({ ...record, year })];
}

/** Every submission record key: the new year leaves them (they are the earlier years' record), this lists them. */
export function isRecordKey(key: string): boolean {
  return key.startsWith(RECORD_PREFIX);
}

/** Row snapshots (old values for the audit of a paste after submission) belong to the year they were taken in. */
export function isSnapshotKey(key: string): boolean {
  return key.startsWith(SNAPSHOT_PREFIX);
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
