import { startOfVietnamDay } from '../dates';
import { TABS } from '../sheet/schema';
import type { ColumnMap } from '../sheet/table';
import { cleanText } from '../text';
import type { AuditTab, EditedRow } from './audit';

/** From the sheet's rows and the edit event to what `auditEdit` reads: edited rows, columns, Google's old value. */

/** "PL1-6@CA" on Chỉ tiêu / Nhiệm vụ; the unit id on Khó khăn - Đề xuất (one row per unit). */
export function rowKeyOf(tab: AuditTab, map: ColumnMap, row: readonly unknown[]): string {
  return cleanText(row[map.index(tab === 'issues' ? 'unitId' : 'rowKey')]);
}

/** The unit a row belongs to (after the last "@" of its key); null for a row without one. */
export function unitOfRow(tab: AuditTab, rowKey: string): string | null {
  if (tab === 'issues') return rowKey || null;
  return rowKey.includes('@') ? rowKey.slice(rowKey.lastIndexOf('@') + 1) : null;
}

/** The row's input values, by column key. */
export function inputValues(tab: AuditTab, map: ColumnMap, row: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of TABS[tab].columns) {
    if (column.role !== 'input') continue;
    const i = map.index(column.key);
    if (i >= 0) values[column.key] = row[i];
  }
  return values;
}

export function editedRows(tab: AuditTab, map: ColumnMap, rows: readonly (readonly unknown[])[]): EditedRow[] {
  return rows.map((row) => {
    const rowKey = rowKeyOf(tab, map, row);
    return { rowKey, unitId: unitOfRow(tab, rowKey), values: inputValues(tab, map, row) };
  });
}

/** The column keys at the edited 0-based column indexes (columns the schema does not know are left out). */
export function editedKeysAt(map: ColumnMap, columns: readonly number[]): string[] {
  return columns.map((c) => map.keyAt(c)).filter((k): k is string => !!k);
}

/** e.oldValue as the log shows it: a date column's old value comes as a serial day number. */
export function eventOldValue(tab: AuditTab, key: string, raw: unknown): unknown {
  if (raw === undefined || raw === null) return '';
  const column = TABS[tab].columns.find((c) => c.key === key);
  if ((column?.format === 'date' || column?.format === 'datetime') && /^\d+(\.\d+)?$/.test(String(raw))) {
    const serial = Number(raw);
    const days = Math.floor(serial);
    const base = startOfVietnamDay({ year: 1899, month: 12, day: 30 }).getTime();
    return new Date(base + days * 86_400_000 + Math.round((serial - days) * 86_400_000));
  }
  return raw;
}

/** Google's old value of a single-cell edit, with its column key (`auditEdit`'s `single`). */
export function singleEdit(
  tab: AuditTab,
  editedKeys: readonly string[],
  rawOldValue: unknown,
): { key: string; oldValue: unknown } | undefined {
  return editedKeys[0] ? { key: editedKeys[0], oldValue: eventOldValue(tab, editedKeys[0], rawOldValue) } : undefined;
}

/**
 * The "Ghi chú hệ thống" column of the edited rows with the audit's marks put in (rows without a mark keep
 * theirs), for one write; null when there is nothing to mark.
 */
export function rowStatusWithMarks(
  values: readonly (readonly unknown[])[],
  statusColumn: number,
  rows: readonly EditedRow[],
  marks: Record<string, string>,
): unknown[][] | null {
  if (statusColumn < 0 || !Object.keys(marks).length) return null;
  const current = values.map((row) => [row[statusColumn]]);
  rows.forEach((row, i) => {
    const mark = marks[row.rowKey];
    if (mark) current[i] = [mark];
  });
  return current;
}
