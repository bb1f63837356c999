import ExcelJS from 'exceljs';
import { columnLetter } from '../../core/progress/dataCheck';
import { SHEET_TEXT } from '../../core/sheet/messages';
import { TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
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

/** Writes the workbook laid out by the schema: frozen headers, widths, wrapping, dropdowns, colours, notes. */
export async function writeWorkbookXlsx(
  path: string,
  data: WorkbookData,
  decorations: SheetDecorations = {},
): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = SHEET_TEXT.workbookCreator;
  for (const tabKey of TAB_ORDER) {
    const spec = TABS[tabKey];
    const table = data[tabKey];
    const sheet = book.addWorksheet(spec.name, {
      views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: spec.frozenRows }],
    });
    sheet.addRow(table.header);
    for (const row of table.rows) sheet.addRow(row);
    const map = new ColumnMap(tabKey, table.header);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb('#D9E2F3') } };
    const lastRow = Math.max(2, table.rows.length + 1);
    for (const column of spec.columns) {
      const index = map.index(column.key);
      if (index < 0) continue;
      const xlColumn = sheet.getColumn(index + 1);
      xlColumn.width = toCharWidth(column.width);
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

/** Plain value of an exceljs cell: rich text, formulas and hyperlinks become what the person sees or typed. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value) return `=${value.formula}`;
    if ('sharedFormula' in value) return `=${value.sharedFormula}`;
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
    data[tabKey] = worksheetTable(sheet);
  }
  return { data, missingTabs };
}

export function worksheetTable(sheet: ExcelJS.Worksheet): TableData {
  const width = sheet.columnCount;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: unknown[] = [];
    for (let c = 1; c <= width; c++) values.push(plainValue(row.getCell(c).value));
    rows[rowNumber - 1] = values;
  });
  const [header = [], ...body] = Array.from(rows, (r) => r ?? new Array(width).fill(''));
  while (body.length && body[body.length - 1].every((v) => v === '')) body.pop();
  return { header, rows: body };
}

export type { TabKey };
