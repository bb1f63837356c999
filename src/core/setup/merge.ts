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

/** The header with every schema column present: missing ones are appended, existing ones never move. */
export function completeHeader(tab: TabKey, header: readonly unknown[]): unknown[] {
  const complete = header.length ? [...header] : [];
  while (complete.length && cleanText(complete[complete.length - 1]) === '') complete.pop();
  const map = new ColumnMap(tab, complete);
  for (const column of map.missing) complete.push(column.header);
  return complete;
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
  const owned = tab === 'units' ? [] : ownedColumns(tab, map);
  return { header, rows, ownedColumns: owned, firstAppended, added, retired: [], keyed: [] };
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
