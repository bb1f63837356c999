/**
 * What a save from the entry page writes: the unit's typed values in its own input cells, the verdict cells the sheet
 * recomputes for those rows (the same functions onEdit uses), the edit time, the notes and warning colour on the
 * input cells, and one Nhật ký entry per row. Pure; the Apps Script adapter paints the blocks.
 *
 * Rows are found by their key and columns by their header, never by position. A row of another unit, a group row,
 * a column that is not an input column: the request is refused whole and nothing is written.
 */
import { type CalendarDate, formatVietnamDateTime } from '../dates';
import { assessIndicators, assessTasks } from '../judging/assess';
import { unitIdOf } from '../plan/rows';
import { computedValues, REFRESHED_COLUMNS, validationMarks } from '../sheet/computedColumns';
import type { LogEntry } from '../sheet/log';
import { TABS } from '../sheet/schema';
import { isGroupRow } from '../sheet/style';
import { ColumnMap, type TableData } from '../sheet/table';
import { cleanText } from '../text';
import { ENTRY_PAGE_TEXT } from './messages';
import { inputColumns, inputText } from './model';
import { type CardKind, type Preview, previewCard, TAB_OF } from './preview';
import type { SaveRequest } from './request';

export interface WriteBlock {
  /** 1-based sheet row and column of the block's top-left cell; the block is one row high. */
  row: number;
  column: number;
  values: unknown[][];
  /** Same width as values when present. */
  notes?: string[][];
  backgrounds?: (string | null)[][];
}

export interface RowResult {
  id: string;
  status: 'saved' | 'unchanged' | 'conflict';
  /** The input cells as they are now (after the save, or as found when in conflict). */
  values: Record<string, string>;
  /** Columns changed elsewhere since the page loaded them (conflict only). */
  conflicts: string[];
  preview: Preview;
}

export type SavePlan =
  | { ok: false; message: string }
  | { ok: true; blocks: WriteBlock[]; log: LogEntry[]; results: RowResult[] };

/**
 * A typed text that Sheets would take for a formula is written after an apostrophe, which makes it text: what the
 * unit typed stays visible and never runs ("=IMPORTXML(...)" typed in a page is not the office's formula).
 */
export function asCellText(text: string): string {
  return /^(=|[+@]\s*[A-Za-z(])/.test(text) ? `'${text}` : text;
}

/** The same for anything written back unchanged: only strings can turn into formulas. */
function asCellValue(value: unknown): unknown {
  return typeof value === 'string' ? asCellText(value) : value;
}

/** Runs of consecutive 0-based column indexes: [start, length]. */
function runs(columns: readonly number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

export interface SaveContext {
  unitId: string;
  year: number;
  today: CalendarDate;
  now: Date;
  /** Who the log names: the page, for the unit (the page cannot know the person). */
  who: string;
  /** Added to the log detail: "sau khi gửi báo cáo", "sau hạn" ... */
  circumstance: string;
}

function findRow(kind: CardKind, map: ColumnMap, table: TableData, id: string, unitId: string): number {
  const keyColumn = map.index(kind === 'issues' ? 'unitId' : 'rowKey');
  if (keyColumn < 0) return -1;
  if (kind === 'issues' && id !== unitId) return -1;
  if (kind !== 'issues' && unitIdOf(id) !== unitId) return -1;
  const index = table.rows.findIndex((r) => cleanText(r[keyColumn]) === id);
  if (index < 0) return -1;
  if (kind !== 'issues' && isGroupRow(map, table.rows[index])) return -1;
  return index;
}

type SaveRow = SaveRequest['rows'][number];
type CellWrite = { value: unknown; note?: string; background?: string | null };

/** The sheet's view of one save: its tab, columns and inputs. */
interface SaveSheet {
  kind: CardKind;
  tab: (typeof TAB_OF)[CardKind];
  map: ColumnMap;
  inputs: ReturnType<typeof inputColumns>;
  inputKeys: Set<string>;
  table: TableData;
}

/** Every row the unit's own and every field an input column, or the message that refuses the whole save. */
function locateRows(
  sheet: SaveSheet,
  request: SaveRequest,
  unitId: string,
): { index: number; row: SaveRow }[] | { message: string } {
  const located: { index: number; row: SaveRow }[] = [];
  for (const row of request.rows) {
    const index = findRow(sheet.kind, sheet.map, sheet.table, row.id, unitId);
    if (index < 0) return { message: ENTRY_PAGE_TEXT.save.notYourRow(row.id) };
    for (const key of [...Object.keys(row.values), ...Object.keys(row.base ?? {})])
      if (!sheet.inputKeys.has(key)) return { message: ENTRY_PAGE_TEXT.save.notAnInput(key) };
    located.push({ index, row });
  }
  return located;
}

/**
 * The cells written for one saved row: the changed inputs, the recomputed verdict cells, the edit time; with notes
 * and the warning colour on every input cell of the row (they follow from the values, as onEdit sets them).
 */
function cellsOf(
  sheet: SaveSheet,
  updated: unknown[],
  row: SaveRow,
  changed: readonly string[],
  context: SaveContext,
): Map<number, CellWrite> {
  const { kind, map, table } = sheet;
  const cells = new Map<number, CellWrite>();
  for (const key of changed) cells.set(map.index(key), { value: asCellText(row.values[key]) });
  if (kind !== 'issues') {
    const assessed =
      kind === 'indicator'
        ? assessIndicators({ header: table.header, rows: [updated] }, context.year)[0]
        : assessTasks({ header: table.header, rows: [updated] }, context.year, context.today)[0];
    const judged = TAB_OF[kind] as 'indicators' | 'tasks';
    const computed = computedValues(judged, assessed);
    for (const key of REFRESHED_COLUMNS[judged]) if (map.has(key)) cells.set(map.index(key), { value: computed[key] });
    const marks = validationMarks(judged, assessed);
    for (const key of sheet.inputKeys) {
      const i = map.index(key);
      const mark = marks[key] ?? { note: '', background: null };
      const cell = cells.get(i) ?? { value: asCellValue(updated[i]) };
      cells.set(i, { ...cell, note: mark.note, background: mark.background });
    }
  }
  if (map.has('updatedAt')) cells.set(map.index('updatedAt'), { value: context.now });
  return cells;
}

/**
 * The write blocks of one row: one block from the first to the last cell written when the columns between are all
 * inputs or computed (the schema's order: one range for the row); else one block per run of written cells.
 */
function rowBlocks(
  sheet: SaveSheet,
  sheetRow: number,
  updated: unknown[],
  cells: Map<number, CellWrite>,
): WriteBlock[] {
  const span = [...cells.keys()];
  const first = Math.min(...span);
  const last = Math.max(...span);
  const between = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const fillable = between.every((i) => {
    const role = TABS[sheet.tab].columns.find((c) => c.key === sheet.map.keyAt(i))?.role;
    return role === 'input' || role === 'computed';
  });
  const groups = fillable ? [[first, last - first + 1] as [number, number]] : runs(span);
  return groups.map(([start, length]) => {
    const columns = Array.from({ length }, (_, i) => start + i);
    const cell = (i: number) => cells.get(i) ?? { value: asCellValue(updated[i]), note: undefined };
    const withMarks = columns.some((i) => cells.get(i)?.note !== undefined);
    return {
      row: sheetRow,
      column: start + 1,
      values: [columns.map((i) => cell(i).value)],
      ...(withMarks
        ? {
            notes: [columns.map((i) => cell(i).note ?? '')],
            backgrounds: [columns.map((i) => cell(i).background ?? null)],
          }
        : {}),
    };
  });
}

/** The Nhật ký row of one saved row: the columns changed, their old and new values. */
function saveLogEntry(
  sheet: SaveSheet,
  id: string,
  changes: readonly { key: string; before: string; after: string }[],
  context: SaveContext,
): LogEntry {
  const headerOf = (key: string) => TABS[sheet.tab].columns.find((c) => c.key === key)?.header ?? key;
  const both = (side: 'before' | 'after') =>
    changes.length === 1
      ? changes[0][side]
      : ENTRY_PAGE_TEXT.save.logValues(changes.map((c) => [headerOf(c.key), c[side]]));
  return {
    time: context.now,
    user: context.who,
    action: 'entryPage',
    unitId: context.unitId,
    target: `${TABS[sheet.tab].name}!${id}`,
    detail: ENTRY_PAGE_TEXT.save.logDetail(
      changes.map((c) => headerOf(c.key)),
      context.circumstance,
    ),
    oldValue: both('before'),
    newValue: both('after'),
  };
}

export function planSave(request: SaveRequest, table: TableData, context: SaveContext): SavePlan {
  const { kind } = request;
  const tab = TAB_OF[kind];
  const map = new ColumnMap(tab, table.header);
  const inputs = inputColumns(tab, map);
  const sheet: SaveSheet = { kind, tab, map, inputs, inputKeys: new Set(inputs.map((c) => c.key)), table };

  // Every row and every column is checked before anything is planned: all or nothing.
  const located = locateRows(sheet, request, context.unitId);
  if ('message' in located) return { ok: false, message: located.message };

  const blocks: WriteBlock[] = [];
  const log: LogEntry[] = [];
  const results: RowResult[] = [];
  for (const { index, row } of located) {
    const current = table.rows[index];
    const currentText = (key: string) => inputText(current[map.index(key)]);
    const conflicts = Object.entries(row.values)
      .filter(([key, value]) => {
        const now = currentText(key);
        const base = row.base?.[key];
        return base !== undefined && now !== base && now !== value;
      })
      .map(([key]) => key);
    const changed = Object.keys(row.values).filter((key) => currentText(key) !== row.values[key]);
    const updated = [...current];
    if (!conflicts.length) for (const key of changed) updated[map.index(key)] = row.values[key];
    const preview = previewCard(kind, map.read(updated), context.year, context.today);
    const values = Object.fromEntries(inputs.map((c) => [c.key, inputText(updated[map.index(c.key)])]));
    if (conflicts.length || !changed.length) {
      results.push({ id: row.id, status: conflicts.length ? 'conflict' : 'unchanged', values, conflicts, preview });
      continue;
    }
    results.push({ id: row.id, status: 'saved', values, conflicts: [], preview });
    blocks.push(...rowBlocks(sheet, index + 2, updated, cellsOf(sheet, updated, row, changed, context)));
    const changes = changed.map((key) => ({ key, before: currentText(key), after: row.values[key] }));
    log.push(saveLogEntry(sheet, row.id, changes, context));
  }
  return { ok: true, blocks, log, results };
}

/** When the page shows "đã lưu lúc ..." */
export function savedAt(now: Date): string {
  return formatVietnamDateTime(now);
}
