import { vietnamDateOf } from '../dates';
import { TABS } from '../sheet/schema';
import { ColumnMap, type TableData } from '../sheet/table';
import type { WorkbookData } from '../sheet/workbook';
import { utf8Bytes } from '../text';
import { type AuditTab, type RowSnapshot, snapshotOf } from './audit';
import { inputValues, rowKeyOf, unitOfRow } from './auditRows';
import type { EditingLevel } from './editingPolicy';
import type { SubmissionRecord, SubmissionState } from './state';

/**
 * How the submission state is kept as string properties, where staff cannot type: records and editing levels in
 * script properties. Row snapshots (old values for the audit of a paste) live in the rows themselves.
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

/**
 * A tick in "Đã gửi báo cáo" the installable trigger could not process (another run held the lock): kept with its
 * time and who ticked, processed by the next run as a submission made at that time, never silently unticked.
 */
const TICK_PREFIX = 'tickPending.';
/** A unit whose submission snapshot could not be written yet (its staff submitted from the menu). */
const SNAPSHOT_PENDING_PREFIX = 'snapPending.';

export interface PendingTick {
  unitId: string;
  /** ISO instant of the tick. */
  at: string;
  by: string;
}

export function pendingTickProperty(tick: PendingTick): [string, string] {
  return [TICK_PREFIX + tick.unitId, JSON.stringify(tick)];
}

export function pendingTickKey(unitId: string): string {
  return TICK_PREFIX + unitId;
}

export function pendingTicksFrom(all: Readonly<Record<string, string>>): PendingTick[] {
  const ticks: PendingTick[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(TICK_PREFIX)) continue;
    try {
      const t = JSON.parse(value) as PendingTick;
      if (t && typeof t.unitId === 'string' && !Number.isNaN(new Date(t.at).getTime())) ticks.push(t);
    } catch {
      // unreadable: dropped by the next run that processes ticks
    }
  }
  return ticks.sort((a, b) => a.at.localeCompare(b.at));
}

/** Bytes of one chunk (9 kB per value, with room), and chunks kept at most per unit (about 80 kB). */
const CHUNK_BYTES = 8000;
const MAX_CHUNKS = 10;

/**
 * The snapshot of a unit's rows taken when its staff submitted from the menu (they may not write the snapshot
 * column): kept in script properties, in chunks of at most 8 kB, long texts shortened until the whole fits in ten
 * chunks, until the next run as the office moves it into the rows.
 */
export function pendingSnapshotProperties(workbook: WorkbookData, unitId: string): Record<string, string> {
  const rows: Record<string, RowSnapshot> = {};
  for (const tab of ['indicators', 'tasks', 'issues'] as const) {
    const map = new ColumnMap(tab, workbook[tab].header);
    for (const row of workbook[tab].rows) {
      const rowKey = rowKeyOf(tab, map, row);
      if (unitOfRow(tab, rowKey) !== unitId) continue;
      rows[`${tab}|${rowKey}`] = snapshotOf({ rowKey, unitId, values: inputValues(tab, map, row) });
    }
  }
  for (let limit = SNAPSHOT_TEXT_LIMIT; ; limit = Math.floor(limit / 3)) {
    const chunks: string[][] = [[]];
    let size = 0;
    for (const [key, snap] of Object.entries(rows)) {
      const clipped = Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, clipSnapshotText(v, limit)]));
      const entry = JSON.stringify([key, clipped]);
      const bytes = utf8Bytes(entry) + 1;
      if (size + bytes > CHUNK_BYTES && chunks[chunks.length - 1].length) {
        chunks.push([]);
        size = 0;
      }
      chunks[chunks.length - 1].push(entry);
      size += bytes;
    }
    const fits = chunks.every((c) => utf8Bytes(`[${c.join(',')}]`) <= CHUNK_BYTES);
    if ((chunks.length <= MAX_CHUNKS && fits) || limit < 20)
      return Object.fromEntries(chunks.map((c, i) => [`${SNAPSHOT_PENDING_PREFIX}${unitId}.${i}`, `[${c.join(',')}]`]));
  }
}

/** The pending snapshots, by unit, then by "tab|rowKey". */
export function pendingSnapshotsFrom(
  all: Readonly<Record<string, string>>,
): Record<string, Record<string, RowSnapshot>> {
  const out: Record<string, Record<string, RowSnapshot>> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SNAPSHOT_PENDING_PREFIX)) continue;
    const unitId = key.slice(SNAPSHOT_PENDING_PREFIX.length).replace(/\.\d+$/, '');
    try {
      for (const [rowKey, snap] of JSON.parse(value) as [string, RowSnapshot][]) (out[unitId] ??= {})[rowKey] = snap;
    } catch {
      out[unitId] ??= {};
    }
  }
  return out;
}

/** The property keys of a unit's pending snapshot. */
export function pendingSnapshotKeys(all: Readonly<Record<string, string>>, unitId: string): string[] {
  return Object.keys(all).filter((k) => k.startsWith(`${SNAPSHOT_PENDING_PREFIX}${unitId}.`));
}

/** The snapshot properties of version 1 (one per row, in document properties): read once by setup, then dropped. */
export function legacySnapshotKey(tab: AuditTab, rowKey: string): string {
  return tab === 'issues' ? `${SNAPSHOT_PREFIX}issues:${rowKey}` : SNAPSHOT_PREFIX + rowKey;
}

/**
 * A row's snapshot lives in the row itself, in the hidden system column "Bản lưu của công cụ": it grows with the
 * row (no property store to fill: a property holds 9 kB and a store 500 kB, which long explanations passed) and it
 * is read with the row the trigger reads anyway. A cell holds 50,000 characters: each value is kept whole up to
 * SNAPSHOT_TEXT_LIMIT characters, longer ones shortened (the comparison uses the same shortening, so an unchanged
 * long text is never logged as changed).
 */
export const SNAPSHOT_TEXT_LIMIT = 9000;
const SNAPSHOT_CELL_LIMIT = 45_000;

export function clipSnapshotText(text: string, limit = SNAPSHOT_TEXT_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** A snapshot as the cell keeps it (JSON, within the cell limit). */
export function encodeSnapshot(snapshot: RowSnapshot): string {
  for (let limit = SNAPSHOT_TEXT_LIMIT; ; limit = Math.floor(limit * 0.7)) {
    const text = JSON.stringify(
      Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, clipSnapshotText(v, limit)])),
    );
    if (text.length <= SNAPSHOT_CELL_LIMIT || limit < 100) return text;
  }
}

/** The snapshot in a cell; undefined when the cell is empty or unreadable (old values then read as unknown). */
export function decodeSnapshot(cell: unknown): RowSnapshot | undefined {
  const text = typeof cell === 'string' ? cell.trim() : '';
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v ?? '')]));
  } catch {
    return undefined;
  }
}

/** The snapshot of a row of the sheet (its input values now, as the log shows them), encoded for its cell. */
export function rowSnapshotCell(tab: AuditTab, map: ColumnMap, row: readonly unknown[]): string {
  const rowKey = rowKeyOf(tab, map, row);
  return encodeSnapshot(snapshotOf({ rowKey, unitId: unitOfRow(tab, rowKey), values: inputValues(tab, map, row) }));
}

/**
 * The snapshot cells to write for one unit's rows of a tab (at submission): runs of consecutive sheet rows with
 * their new snapshot, so the writes stay few (a unit's rows are one block).
 */
export function unitSnapshotWrites(
  tab: AuditTab,
  table: TableData,
  unitId: string,
): { startRow: number; column: number; values: string[][] }[] {
  const map = new ColumnMap(tab, table.header);
  const column = map.index('snapshot');
  if (column < 0) return [];
  const writes: { startRow: number; column: number; values: string[][] }[] = [];
  table.rows.forEach((row, i) => {
    if (unitOfRow(tab, rowKeyOf(tab, map, row)) !== unitId) return;
    const sheetRow = i + 2;
    const cell = rowSnapshotCell(tab, map, row);
    const last = writes[writes.length - 1];
    if (last && last.startRow + last.values.length === sheetRow) last.values.push([cell]);
    else writes.push({ startRow: sheetRow, column: column + 1, values: [[cell]] });
  });
  return writes;
}

/** The name used before the snapshot moved into the rows (the new year still empties the old properties). */
export const snapshotKey = legacySnapshotKey;

/** A snapshot cell that says the row's inputs are empty (the new year, after clearing them). */
export function emptySnapshotCell(tab: AuditTab): string {
  const inputs = TABS[tab].columns.filter((c) => c.role === 'input').map((c) => c.key);
  return encodeSnapshot(Object.fromEntries(inputs.map((k) => [k, ''])));
}

/** Every stored record, of every year, as stored (for the digest that makes a change outside the tool visible). */
export function recordProperties(all: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(all).filter(([k]) => isRecordKey(k)));
}

/** Pending snapshot keys of every unit (the new year drops them: they describe the closed year's rows). */
export function allPendingSnapshotKeys(all: Readonly<Record<string, string>>): string[] {
  return Object.keys(all).filter((k) => k.startsWith(SNAPSHOT_PENDING_PREFIX));
}
