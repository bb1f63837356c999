import { rowKeyFor } from '../plan/rows';
import type { UnitRegistry } from '../plan/units';
import { type Config, configRows } from '../sheet/config';
import { type ColumnRole, TABS, type TabKey } from '../sheet/schema';
import { ColumnMap, type RowRecord, type TableData } from '../sheet/table';
import { unitRecord } from '../sheet/workbook';
import { cleanText, matchKey } from '../text';
import { SETUP_TEXT } from './messages';

/**
 * Setup run again on a sheet people have typed in. It merges by row key and only ever writes the columns
 * the tool owns (key, catalog, system); input, review and computed cells are never written by setup, so
 * nothing a unit typed is erased or moved. New rows are appended at the bottom; a row that left the catalog
 * stays where it is, marked.
 */
export const ROW_STATUS = SETUP_TEXT.rowStatus;

export const OWN_ROW_PREFIX = 'RIENG-';

export interface MergeResult {
  /** The header to write (the existing one, plus any schema column the sheet lacks, appended at the right). */
  header: unknown[];
  /** Every row's values after the merge; only `ownedColumns` of them are written back. */
  rows: unknown[][];
  /** 0-based column indexes setup writes in existing rows. */
  ownedColumns: number[];
  /** Index of the first appended row: rows from here on are new and are written whole. */
  firstAppended: number;
  added: string[];
  retired: string[];
  /** Rows without a key (a ward's own pasted rows) that received one. */
  keyed: string[];
}

const OWNED_ROLES: readonly ColumnRole[] = ['key', 'catalog', 'system'];

/** Columns whose loss would cost entries or their keys: never silently re-created empty beside the old one. */
const GUARDED_ROLES: readonly ColumnRole[] = ['key', 'input', 'review'];

export interface ColumnCheck {
  /** Headers to put back (0-based column index → the schema header): the column is there, renamed. */
  restore: { index: number; header: string }[];
  /** Columns the tool needs that it cannot find: setup must stop and say so. */
  missing: string[];
}

/** Does this column hold row keys ("PL1-6@CA", "RIENG-3@VP", a unit id on Khó khăn)? */
function looksLikeKeys(tab: TabKey, values: readonly unknown[]): boolean {
  const filled = values.map((v) => cleanText(v)).filter(Boolean);
  if (filled.length < 2) return false;
  const keyish = (k: string) =>
    tab === 'indicators' || tab === 'tasks'
      ? /^(PL[0-9A-Z.-]+|RIENG-\d+)(@[A-Za-z0-9_]+)?$/.test(k)
      : /^[A-Z][A-Z0-9_]{0,19}$/.test(k);
  return filled.filter(keyish).length >= filled.length * 0.9;
}

/**
 * Before merging a tab that holds data: are the columns the tool needs (keys, inputs, the VHXH judgement) where it
 * can find them? A renamed one is found again by where setup last saw it (`recorded`: the header setup wrote), or,
 * for the key column, by its content; it is restored, not re-created empty (which would re-key every row and leave
 * the typed entries in a column nobody protects). One that cannot be found stops setup.
 */
export function checkColumns(tab: TabKey, existing: TableData, recorded?: readonly unknown[]): ColumnCheck {
  const header = existing.header.map((h) => cleanText(h));
  const hasData = existing.rows.some((r) => r.some((v) => cleanText(v) !== ''));
  const map = new ColumnMap(tab, header);
  const known = new Set(TABS[tab].columns.map((c) => matchKey(c.header)));
  const free = (i: number) => i < header.length && !known.has(matchKey(header[i]));
  const restore: ColumnCheck['restore'] = [];
  const missing: string[] = [];
  if (!hasData) return { restore, missing };
  const wasThere = new Set((recorded ?? []).map((h) => matchKey(h)));
  for (const column of map.missing) {
    const guarded = GUARDED_ROLES.includes(column.role) || wasThere.has(matchKey(column.header));
    if (!guarded) continue;
    const at = (recorded ?? []).findIndex((h) => matchKey(h) === matchKey(column.header));
    if (at >= 0 && free(at) && !restore.some((r) => r.index === at)) {
      restore.push({ index: at, header: column.header });
      continue;
    }
    if (column.role === 'key') {
      const byContent = header.findIndex(
        (_, i) =>
          free(i) &&
          looksLikeKeys(
            tab,
            existing.rows.map((r) => r[i]),
          ),
      );
      if (byContent >= 0) {
        restore.push({ index: byContent, header: column.header });
        continue;
      }
    }
    if (wasThere.size && !wasThere.has(matchKey(column.header))) continue; // a column added to the schema since
    missing.push(column.header);
  }
  return { restore, missing };
}

/**
 * The header with every schema column present: missing ones are appended, existing ones never move; a column found
 * by a former header (schema.ts `formerHeaders`) gets its current one.
 */
export function completeHeader(tab: TabKey, header: readonly unknown[]): unknown[] {
  const complete = header.length ? [...header] : [];
  while (complete.length && cleanText(complete[complete.length - 1]) === '') complete.pop();
  const map = new ColumnMap(tab, complete);
  for (const column of TABS[tab].columns) {
    const at = map.index(column.key);
    if (at >= 0 && matchKey(complete[at]) !== matchKey(column.header)) complete[at] = column.header;
  }
  for (const column of map.missing) complete.push(column.header);
  return complete;
}

/** Columns setup found under a former header and renamed (the header as it was, the header now). */
export function renamedColumns(tab: TabKey, header: readonly unknown[]): { was: string; now: string }[] {
  const map = new ColumnMap(tab, header);
  return TABS[tab].columns.flatMap((column) => {
    const at = map.index(column.key);
    return at >= 0 && matchKey(header[at]) !== matchKey(column.header)
      ? [{ was: cleanText(header[at]), now: column.header }]
      : [];
  });
}

function ownedColumns(tab: TabKey, map: ColumnMap): number[] {
  return TABS[tab].columns
    .filter((c) => OWNED_ROLES.includes(c.role))
    .map((c) => map.index(c.key))
    .filter((i) => i >= 0);
}

/** Merge a judged tab (Chỉ tiêu or Nhiệm vụ) with the rows the catalog gives. */
export function mergePlanTab(
  tab: 'indicators' | 'tasks',
  existing: TableData,
  planRows: readonly RowRecord[],
  registry: UnitRegistry,
): MergeResult {
  const header = completeHeader(tab, existing.header);
  const map = new ColumnMap(tab, header);
  const width = header.length;
  const keyIndex = map.index('rowKey');
  const statusIndex = map.index('rowStatus');
  const plan = new Map(planRows.map((r) => [String(r.rowKey), r]));
  const presentKeys = new Set(existing.rows.map((r) => cleanText(r[keyIndex])).filter(Boolean));
  // A catalog row whose key cell was emptied is recognised by what it says, so it gets its own key back.
  const identity = (r: Record<string, unknown>) => [r.appendix, r.tt, r.name, r.lead].map((v) => matchKey(v)).join('|');
  const byIdentity = new Map(
    planRows.filter((r) => !presentKeys.has(String(r.rowKey))).map((r) => [identity(r), String(r.rowKey)]),
  );
  const present = new Set<string>();
  const retired: string[] = [];
  const keyed: string[] = [];
  let ownCounter = existing.rows.reduce((max, row) => {
    const m = new RegExp(`^${OWN_ROW_PREFIX}(\\d+)`).exec(cleanText(row[keyIndex]));
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);

  const rows = existing.rows.map((original) => {
    const row: unknown[] = Array.from({ length: width }, (_, i) => original[i] ?? '');
    let key = cleanText(row[keyIndex]);
    const isBlank = row.every((v) => cleanText(v) === '');
    if (isBlank) return row;
    const recognised = key ? undefined : byIdentity.get(identity(map.read(row)));
    if (recognised) {
      byIdentity.delete(identity(map.read(row)));
      key = recognised;
      row[keyIndex] = key;
    }
    if (!key) {
      // A ward's own row pasted without a key: give it one, tied to its lead unit when the name is known.
      const unit = registry.leadsOf(cleanText(row[map.index('lead')])).units[0];
      key = rowKeyFor(`${OWN_ROW_PREFIX}${++ownCounter}`, unit?.id ?? null);
      row[keyIndex] = key;
      keyed.push(key);
      if (statusIndex >= 0) row[statusIndex] = unit ? ROW_STATUS.own : ROW_STATUS.unknownLead;
      return row;
    }
    present.add(key);
    const planned = plan.get(key);
    if (planned) {
      for (const column of TABS[tab].columns) {
        if (column.role === 'catalog' && column.key in planned) row[map.index(column.key)] = planned[column.key];
      }
      if (
        statusIndex >= 0 &&
        (cleanText(row[statusIndex]) === ROW_STATUS.retired || cleanText(row[statusIndex]) === ROW_STATUS.added)
      )
        row[statusIndex] = '';
    } else if (!key.startsWith(OWN_ROW_PREFIX)) {
      retired.push(key);
      if (statusIndex >= 0) row[statusIndex] = ROW_STATUS.retired;
    }
    return row;
  });
  // Drop trailing blank rows so new rows follow the data directly.
  while (rows.length && rows[rows.length - 1].every((v) => cleanText(v) === '')) rows.pop();

  const added: string[] = [];
  const firstAppended = rows.length;
  const firstRun = present.size === 0 && keyed.length === 0;
  for (const planned of planRows) {
    const key = String(planned.rowKey);
    if (present.has(key)) continue;
    const row = new Array(width).fill('');
    for (const [k, v] of Object.entries(planned)) if (map.index(k) >= 0) row[map.index(k)] = v;
    if (!firstRun && statusIndex >= 0) row[statusIndex] = ROW_STATUS.added;
    rows.push(row);
    // On the first run every row is new: "added" reports catalog changes, not the initial build.
    if (!firstRun) added.push(key);
  }
  return { header, rows, ownedColumns: ownedColumns(tab, map), firstAppended, added, retired, keyed };
}

/** Merge a keyed tab (Đơn vị, Khó khăn - Đề xuất): existing rows keep everything typed; missing units are appended. */
export function mergeKeyedTab(tab: 'units' | 'issues', existing: TableData, registry: UnitRegistry): MergeResult {
  const header = completeHeader(tab, existing.header);
  const map = new ColumnMap(tab, header);
  const width = header.length;
  const keyIndex = map.index('unitId');
  const rows = existing.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const present = new Set(rows.map((r) => cleanText(r[keyIndex])));
  const added: string[] = [];
  const firstAppended = rows.length;
  for (const unit of registry.units) {
    if (present.has(unit.id)) continue;
    const record: RowRecord = tab === 'units' ? unitRecord(unit) : { unitId: unit.id, unitName: unit.name };
    const row = new Array(width).fill('');
    for (const [k, v] of Object.entries(record)) if (map.index(k) >= 0) row[map.index(k)] = v;
    rows.push(row);
    added.push(unit.id);
  }
  if (tab === 'issues') {
    // The unit's name follows the Đơn vị tab.
    const nameIndex = map.index('unitName');
    for (const row of rows) {
      const unit = registry.byId(cleanText(row[keyIndex]));
      if (unit && nameIndex >= 0) row[nameIndex] = unit.name;
    }
  }
  // Đơn vị rows belong to the VHXH office once written: setup only appends; Khó khăn rows: key and name only.
  const owned = tab === 'units' ? splitAddressColumn(existing, map, rows) : ownedColumns(tab, map);
  return { header, rows, ownedColumns: owned, firstAppended, added, retired: [], keyed: [] };
}

/**
 * A Đơn vị tab from before issue 13 has one address column, "Email nhận thông báo": edit rights and reminders. It is
 * now the accounts column (its former header); the new reminder column starts as a copy of it, so every unit keeps
 * both its editors and its reminder addresses. Returns the column to write in existing rows (none once split).
 */
function splitAddressColumn(existing: TableData, map: ColumnMap, rows: unknown[][]): number[] {
  const before = new ColumnMap('units', existing.header);
  if (before.has('emails') || !before.has('accounts')) return [];
  const from = map.index('accounts');
  const to = map.index('emails');
  for (const row of rows) row[to] = row[from];
  return [to];
}

/** Cấu hình: keeps every value the VHXH office set; adds missing settings with their defaults; refreshes the help. */
export function mergeConfigTab(existing: TableData, defaults: Config): MergeResult {
  const header = completeHeader('config', existing.header);
  const map = new ColumnMap('config', header);
  const width = header.length;
  const rows = existing.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const byLabel = new Map(rows.map((r, i) => [matchKey(r[map.index('key')]), i]));
  const added: string[] = [];
  const firstAppended = rows.length;
  for (const [label, value, help] of configRows(defaults)) {
    const i = byLabel.get(matchKey(label));
    if (i === undefined) {
      const row = new Array(width).fill('');
      row[map.index('key')] = label;
      row[map.index('value')] = value;
      row[map.index('help')] = help;
      rows.push(row);
      added.push(label);
    } else {
      rows[i][map.index('help')] = help;
    }
  }
  return {
    header,
    rows,
    ownedColumns: [map.index('key'), map.index('help')],
    firstAppended,
    added,
    retired: [],
    keyed: [],
  };
}
