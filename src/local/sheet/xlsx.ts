import ExcelJS from 'exceljs';
import { VIETNAM_OFFSET_MS } from '../../core/dates';
import { shownCellValue } from '../../core/judging/numbers';
import { SUMMARY_COLUMN_WIDTHS } from '../../core/overview/overview';
import { columnLetter } from '../../core/progress/dataCheck';
import { HEADER_BACKGROUND, PLAIN_TEXT_FORMAT } from '../../core/sheet/format';
import { SHEET_TEXT } from '../../core/sheet/messages';
import { indicatorColumnsFor, TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
import { cellStyleFor, type SheetDecorations } from '../../core/sheet/style';
import { ColumnMap, type TableData } from '../../core/sheet/table';
import type { WorkbookData } from '../../core/sheet/workbook';

/** Pixel widths (as Sheets uses) to Excel character widths. */
const toCharWidth = (px: number) => Math.max(6, Math.round(px / 7));

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * Wrapped text needs a row tall enough for its lines; neither exceljs nor every spreadsheet program computes it
 * on opening, so estimate it from the text length and the column width (about 7 px per character).
 */
function rowHeight(row: readonly unknown[], columns: { index: number; width: number }[]): number {
  let lines = 1;
  for (const { index, width } of columns) {
    if (index < 0) continue;
    const text = row[index] instanceof Date ? '' : String(row[index] ?? '');
    const perLine = Math.max(4, Math.floor(width / 7));
    const needed = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return Math.min(15 * lines + 3, 300);
}

/**
 * A spreadsheet file has no time zone: a date-time cell is a wall-clock time, and Sheets writes (and reads) it in
 * the spreadsheet's zone, Asia/Ho_Chi_Minh. exceljs reads and writes a JS Date as that wall clock in UTC, so an
 * instant is shifted by +7 h on the way out and -7 h on the way in: 17:05 in Việt Nam shows as 17:05.
 */
const toWallClock = (d: Date) => new Date(d.getTime() + VIETNAM_OFFSET_MS);
const fromWallClock = (d: Date) => new Date(d.getTime() - VIETNAM_OFFSET_MS);
const cellOut = (v: unknown) => (v instanceof Date ? toWallClock(v) : v);

/** How the Tổng hợp tab looks in the sheet: each cell's number format, the bold rows, the block headers (0-based grid rows). */
export interface SummaryLayout {
  formats: string[][];
  boldRows: number[];
  headerRows: { row: number; columns: number }[];
}

export interface XlsxOptions {
  summary?: SummaryLayout;
}

/** Writes the workbook laid out by the schema: frozen headers, widths, wrapping, dropdowns, colours, notes. */
export async function writeWorkbookXlsx(
  path: string,
  data: WorkbookData,
  decorations: SheetDecorations = {},
  options: XlsxOptions = {},
): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = SHEET_TEXT.workbookCreator;
  for (const tabKey of TAB_ORDER) {
    const spec = TABS[tabKey];
    const table = data[tabKey];
    const sheet = book.addWorksheet(spec.name, {
      views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: spec.frozenRows }],
    });
    sheet.addRow(table.header.map(cellOut));
    for (const row of table.rows) sheet.addRow(row.map(cellOut));
    if (tabKey === 'summary') {
      formatSummary(sheet, table, options.summary);
      continue;
    }
    const map = new ColumnMap(tabKey, table.header);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb('#D9E2F3') } };
    const lastRow = Math.max(2, table.rows.length + 1);
    const columns = tabKey === 'indicators' ? indicatorColumnsFor(map.targetYears()) : spec.columns;
    for (const column of columns) {
      const index = map.index(column.key);
      if (index < 0) continue;
      const xlColumn = sheet.getColumn(index + 1);
      xlColumn.width = toCharWidth(column.width);
      if (column.format === 'text') xlColumn.numFmt = PLAIN_TEXT_FORMAT;
      xlColumn.alignment = { vertical: 'top', wrapText: true };
      if (column.format === 'datetime') xlColumn.numFmt = 'dd/mm/yyyy hh:mm';
      if (column.format === 'date') xlColumn.numFmt = 'dd/mm/yyyy';
      if (column.help) header.getCell(index + 1).note = column.help;
      if (column.choices) {
        const letter = columnLetter(index);
        // exceljs supports range validations but its typings omit `dataValidations`.
        (
          sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
        ).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
          type: 'list',
          allowBlank: true,
          // Warning, not stop: what a person typed is kept even when it is not one of the choices.
          errorStyle: 'warning',
          showErrorMessage: true,
          error: SHEET_TEXT.choiceHelp,
          formulae: [`"${column.choices.join(',')}"`],
        });
      }
    }
    const tabDecorations = decorations[tabKey];
    table.rows.forEach((row, r) => {
      const style = cellStyleFor(tabKey, map, row, tabDecorations?.[r]);
      const xlRow = sheet.getRow(r + 2);
      xlRow.height = rowHeight(
        row,
        spec.columns.map((c) => ({ index: map.index(c.key), width: c.width })),
      );
      if (style.bold) xlRow.font = { bold: true };
      for (const [colIndex, cell] of style.cells) {
        const xlCell = xlRow.getCell(colIndex + 1);
        if (cell.background)
          xlCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.background) } };
        if (cell.note) xlCell.note = cell.note;
      }
    });
  }
  await book.xlsx.writeFile(path);
}

/** Tổng hợp as the sheet shows it: widths, bold titles, header rows on the header colour, each cell's number format. */
function formatSummary(sheet: ExcelJS.Worksheet, table: TableData, layout: SummaryLayout | undefined): void {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  sheet.getColumn(1).width = toCharWidth(SUMMARY_COLUMN_WIDTHS.first);
  for (let c = 2; c <= width; c++) sheet.getColumn(c).width = toCharWidth(SUMMARY_COLUMN_WIDTHS.other);
  sheet.getRow(1).font = { bold: true, size: 13 };
  if (!layout) return;
  layout.formats.forEach((row, r) => {
    const xlRow = sheet.getRow(r + 1);
    row.forEach((format, c) => {
      if (format !== PLAIN_TEXT_FORMAT) xlRow.getCell(c + 1).numFmt = format;
    });
  });
  for (const r of layout.boldRows) sheet.getRow(r + 1).font = { bold: true };
  for (const { row, columns } of layout.headerRows) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getRow(row + 1).getCell(c);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_BACKGROUND) } };
      cell.alignment = { wrapText: true, vertical: 'middle' };
    }
  }
}

/**
 * Plain value of an exceljs cell, as Apps Script's getValues gives it: rich text and hyperlinks become their text,
 * a formula its last computed value (its text when the file keeps none), a date-time the instant it means in
 * Việt Nam.
 */
function plainValue(value: ExcelJS.CellValue, wallClock: (d: Date) => Date): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClock(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result instanceof Date) return wallClock(result);
      if (result !== undefined && result !== null && typeof result !== 'object') return result;
      return 'formula' in value ? `=${value.formula}` : `=${value.sharedFormula}`;
    }
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return value;
}

/** Reads an .xlsx copy of the sheet back into plain tables, tabs found by name. Missing tabs come back empty. */
export async function readWorkbookXlsx(path: string): Promise<{ data: WorkbookData; missingTabs: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const missingTabs: string[] = [];
  const data = {} as WorkbookData;
  for (const tabKey of TAB_ORDER) {
    const sheet = book.getWorksheet(TABS[tabKey].name);
    if (!sheet) {
      missingTabs.push(TABS[tabKey].name);
      data[tabKey] = { header: TABS[tabKey].columns.map((c) => c.header), rows: [] };
      continue;
    }
    data[tabKey] = worksheetTable(sheet, fromWallClock);
  }
  return { data, missingTabs };
}

/**
 * A worksheet's header and rows, as a person sees them: a number stored with a percent format is the percent the
 * cell shows (0,8254 with "0.00%" is "82,54%"), never another number; `dates` turns a date cell into the value
 * wanted (as read, by default).
 */
export function worksheetTable(sheet: ExcelJS.Worksheet, dates: (d: Date) => Date = (d) => d): TableData {
  const width = sheet.columnCount;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      values.push(shownCellValue(plainValue(cell.value, dates), cell.numFmt));
    }
    rows[rowNumber - 1] = values;
  });
  const [header = [], ...body] = Array.from(rows, (r) => r ?? new Array(width).fill(''));
  while (body.length && body[body.length - 1].every((v) => v === '')) body.pop();
  return { header, rows: body };
}

export type { TabKey };
