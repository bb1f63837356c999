/**
 * The tables of an .xlsx (every sheet) or a .csv file as grids of what a person sees in the cells, for the command
 * line's readers (a ward's indicator list, a ward's plan). A file that cannot be read: AppError INVALID_INPUT with a
 * Vietnamese message.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors';
import { CsvError, parseCsv } from '../../core/wardList/csv';
import { WARD_LIST_TEXT as WARD } from '../../core/wardList/messages';
import { worksheetTable } from './xlsx';

const invalid = (message: string) => new AppError('INVALID_INPUT', message);

/**
 * What a person sees in a cell: a formula's last computed value (as Apps Script's getValues gives), a "%" cell as
 * "82,54%" (worksheetTable reads every cell so, through shownCellValue, the one rule for every reader).
 */
export function sheetGrid(sheet: ExcelJS.Worksheet): unknown[][] {
  const table = worksheetTable(sheet);
  return [table.header, ...table.rows];
}

/** Every sheet of an .xlsx (by name), or the one table of a .csv (named after the file). */
export async function readGrids(file: string): Promise<{ sheet: string; grid: unknown[][] }[]> {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw invalid(WARD.fileNotFound(file));
  }
  if (!isFile) throw invalid(WARD.notAFile(file));
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      throw invalid(WARD.notUtf8(file));
    }
    if (!text.replace(/[\ufeff\s;,\t"]/g, '')) throw invalid(WARD.empty(file));
    try {
      return [{ sheet: basename(file), grid: parseCsv(text) }];
    } catch (error) {
      if (error instanceof CsvError) throw invalid(WARD.badCsv(file, error.line));
      throw error;
    }
  }
  if (ext === '.xlsx') {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.readFile(file);
    } catch {
      throw invalid(WARD.badXlsx(file));
    }
    if (!book.worksheets.length) throw invalid(WARD.noSheet(file));
    return book.worksheets.map((sheet) => ({ sheet: sheet.name, grid: sheetGrid(sheet) }));
  }
  throw invalid(WARD.badExtension(file));
}
