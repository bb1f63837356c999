import { type CalendarDate, parseVietnameseDate } from '../dates';
import {
  type AssessedIndicator,
  type AssessedTask,
  assessIndicators,
  assessTasks,
  sameMeasureRows,
} from '../judging/assess';
import {
  computedValues,
  type JudgedTab,
  REFRESHED_COLUMNS,
  VALIDATED_COLUMNS,
  validationMarks,
} from '../sheet/computedColumns';
import type { Config } from '../sheet/config';
import type { LogEntry } from '../sheet/log';
import { columnRuns } from '../sheet/protections';
import { TABS, type TabKey } from '../sheet/schema';
import { ColumnMap, type TableData } from '../sheet/table';
import { cleanText } from '../text';
import { CELL_EDIT_TEXT } from './messages';

/**
 * What to write after a person edits (types or pastes) cells: notes and warning colours on the edited input
 * cells, the recomputed verdict cells of the edited rows, the edit time. The typed values themselves are
 * never written back. Pure: the Apps Script onEdit and the tests both run it.
 */
export interface EditedRange {
  /** 1-based, as Range.getRow()/getColumn() give them. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface CellBlock {
  row: number;
  column: number;
  values?: unknown[][];
  notes?: string[][];
  backgrounds?: (string | null)[][];
}

export interface EditPlan {
  blocks: CellBlock[];
  /** Entries for Nhật ký (written by whoever may write it: see the installable trigger). */
  log: LogEntry[];
}

export function tabOfSheetName(name: string): TabKey | null {
  const entry = Object.values(TABS).find((t) => t.name === name);
  return entry ? entry.key : null;
}

const EMPTY: EditPlan = { blocks: [], log: [] };

/** Blocks for one row's cells at the given 0-based columns: one block per contiguous run. */
function rowBlocks(
  sheetRow: number,
  cells: Map<number, { value?: unknown; note?: string; background?: string | null }>,
  kind: 'values' | 'marks',
): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const [start, length] of columnRuns([...cells.keys()])) {
    const run = Array.from({ length }, (_, i) => cells.get(start + i)!);
    if (kind === 'values') blocks.push({ row: sheetRow, column: start + 1, values: [run.map((c) => c.value ?? '')] });
    else
      blocks.push({
        row: sheetRow,
        column: start + 1,
        notes: [run.map((c) => c.note ?? '')],
        backgrounds: [run.map((c) => c.background ?? null)],
      });
  }
  return blocks;
}

/**
 * Merges per-row blocks that stack on the same columns into one block (a paste over many rows becomes a
 * handful of writes, not one per row).
 */
function stack(blocks: CellBlock[]): CellBlock[] {
  const out: CellBlock[] = [];
  for (const block of blocks.sort((a, b) => a.column - b.column || a.row - b.row)) {
    const last = out[out.length - 1];
    const width = (b: CellBlock) => (b.values ?? b.notes ?? [[]])[0].length;
    const height = (b: CellBlock) => (b.values ?? b.notes ?? []).length;
    if (
      last &&
      last.column === block.column &&
      width(last) === width(block) &&
      last.row + height(last) === block.row &&
      !!last.values === !!block.values
    ) {
      if (last.values && block.values) last.values.push(...block.values);
      if (last.notes && block.notes) last.notes.push(...block.notes);
      if (last.backgrounds && block.backgrounds) last.backgrounds.push(...block.backgrounds);
    } else {
      out.push({
        ...block,
        values: block.values?.map((r) => [...r]),
        notes: block.notes?.map((r) => [...r]),
        backgrounds: block.backgrounds?.map((r) => [...r]),
      });
    }
  }
  return out;
}

export function planEdit(
  tab: TabKey,
  table: TableData,
  edited: EditedRange,
  context: { config: Config; today: CalendarDate; now: Date; user: string },
): EditPlan {
  if (tab !== 'indicators' && tab !== 'tasks' && tab !== 'issues') return EMPTY;
  const map = new ColumnMap(tab, table.header);
  const firstDataRow = Math.max(edited.row, 2);
  const lastSheetRow = Math.min(edited.row + edited.numRows - 1, table.rows.length + 1);
  if (firstDataRow > lastSheetRow) return EMPTY;
  const editedColumns = Array.from({ length: edited.numColumns }, (_, i) => edited.column - 1 + i);
  const roleAt = (index: number) => TABS[tab].columns.find((c) => c.key === map.keyAt(index))?.role;
  const touchedInput = editedColumns.some((i) => roleAt(i) === 'input' || roleAt(i) === 'review');
  const touchedComputed = editedColumns.filter((i) => roleAt(i) === 'computed');
  const updatedAtIndex = map.index('updatedAt');

  if (tab === 'issues') {
    if (!touchedInput || updatedAtIndex < 0) return EMPTY;
    const values = Array.from({ length: lastSheetRow - firstDataRow + 1 }, () => [context.now]);
    return { blocks: [{ row: firstDataRow, column: updatedAtIndex + 1, values }], log: [] };
  }

  const judged: JudgedTab = tab;
  const editedRows = Array.from({ length: lastSheetRow - firstDataRow + 1 }, (_, i) => firstDataRow - 2 + i);
  const slice: TableData = { header: table.header, rows: editedRows.map((i) => table.rows[i]) };
  // Rows of the same measure as an edited indicator row, of the same unit (the editor may write them): their
  // verdict and their result note change with this edit ("one measure, one figure").
  const partners =
    judged === 'indicators'
      ? [
          ...new Set(
            editedRows.flatMap((i) => {
              const unit = String(table.rows[i][map.index('rowKey')] ?? '').split('@')[1] ?? '';
              return sameMeasureRows(table, i).filter(
                (j) =>
                  !editedRows.includes(j) &&
                  unit &&
                  String(table.rows[j][map.index('rowKey')] ?? '').endsWith(`@${unit}`),
              );
            }),
          ),
        ]
      : [];
  const rowIndexes = [...editedRows, ...partners];
  const assessed: (AssessedIndicator | AssessedTask)[] =
    judged === 'indicators'
      ? assessIndicators(table, context.config.reportingYear, rowIndexes)
      : assessTasks(slice, context.config.reportingYear, context.today, parseVietnameseDate(context.config.planDate));

  const valueBlocks: CellBlock[] = [];
  const markBlocks: CellBlock[] = [];
  const log: LogEntry[] = [];
  assessed.forEach((row, i) => {
    const sheetRow = rowIndexes[i] + 2;
    const values = new Map<number, { value?: unknown }>();
    const computed = computedValues(judged, row);
    for (const key of REFRESHED_COLUMNS[judged])
      if (map.index(key) >= 0) values.set(map.index(key), { value: computed[key] });
    const partner = i >= editedRows.length;
    if (touchedInput && updatedAtIndex >= 0 && !partner) values.set(updatedAtIndex, { value: context.now });
    valueBlocks.push(...rowBlocks(sheetRow, values, 'values'));

    // Notes only on the cells this edit touched (and the result of a row of the same measure): others keep theirs.
    const marks = validationMarks(judged, row);
    const cells = new Map<number, { note?: string; background?: string | null }>();
    for (const key of VALIDATED_COLUMNS[judged]) {
      const index = map.index(key);
      if (index >= 0 && (partner ? key === 'result' : editedColumns.includes(index))) cells.set(index, marks[key]);
    }
    if (partner) {
      markBlocks.push(...rowBlocks(sheetRow, cells, 'marks'));
      return;
    }
    for (const index of touchedComputed) {
      const typed = table.rows[rowIndexes[i]][index];
      if (cleanText(typed) === '' || index === updatedAtIndex) continue;
      cells.set(index, { note: CELL_EDIT_TEXT.computedRestored(typed), background: null });
      log.push({
        time: context.now,
        user: context.user,
        action: 'restoreComputed',
        unitId: row.unitId ?? '',
        target: `${TABS[tab].name}!${row.rowKey}`,
        detail: CELL_EDIT_TEXT.computedRestoredLog(map.keyAt(index) ?? ''),
        oldValue: typed,
        newValue: values.get(index)?.value ?? '',
      });
    }
    markBlocks.push(...rowBlocks(sheetRow, cells, 'marks'));
  });
  return { blocks: [...stack(valueBlocks), ...stack(markBlocks)], log };
}
