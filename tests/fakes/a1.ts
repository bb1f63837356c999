/**
 * A1 notation, as SpreadsheetApp reads it: "A1", "A1:C10", open ranges "A:A", "2:5", "B2:B", "A1:5",
 * lower case ("a1" is used in the official Sheet.autoResizeColumn sample), and on a Spreadsheet a
 * sheet prefix "Sheet1!A1:B2" or "'Khó khăn - Đề xuất'!A1" (quote doubled inside quotes).
 * Open ends are resolved against the sheet's grid when the Range is made (Range objects hold fixed
 * coordinates); the unbounded flags are kept for getA1Notation / isEndRowBounded
 * (developers.google.com/apps-script/reference/spreadsheet/range#isendcolumnbounded: "for the ranges
 * A1:B10 or B:B ... bound to columns at the end ... for 3:7 or A1:5 ... bound only to rows").
 */

export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** false when the A1 text left that side open ("A:A" has open rows, "2:5" open columns). */
  rowsBounded: boolean;
  colsBounded: boolean;
}

/** Real message for an unparsable A1 string (Spreadsheet.getRange("nonsense")): "Range not found". */
export const RANGE_NOT_FOUND = 'Range not found';

export function columnToLetters(col: number): string {
  let out = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^([A-Za-z]{1,3})?(\d+)?$/;

function parsePart(text: string): { col?: number; row?: number } {
  const m = PART.exec(text.replace(/\$/g, ''));
  if (!m || (!m[1] && !m[2])) throw new Error(RANGE_NOT_FOUND);
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) throw new Error(RANGE_NOT_FOUND);
  return { col: m[1] ? lettersToColumn(m[1]) : undefined, row };
}

/** Splits "Sheet!A1:B2" into sheet name and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; cells: string } {
  const text = a1.trim();
  if (text.startsWith("'")) {
    const end = text.lastIndexOf("'!");
    if (end <= 0) throw new Error(RANGE_NOT_FOUND);
    return { sheetName: text.slice(1, end).replace(/''/g, "'"), cells: text.slice(end + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang >= 0) return { sheetName: text.slice(0, bang), cells: text.slice(bang + 1) };
  return { cells: text };
}

export function parseA1(a1: string): A1Ref {
  const { sheetName, cells } = splitSheetName(a1);
  const pieces = cells.split(':');
  if (pieces.length > 2 || !cells) throw new Error(RANGE_NOT_FOUND);
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (pieces.length === 1 && (a.row === undefined || a.col === undefined)) throw new Error(RANGE_NOT_FOUND);
  // "A:B" / "2:5" must be homogeneous on the open side; "B2:B" and "A1:5" are open at the end only.
  if (a.row === undefined && b.row !== undefined && a.col !== undefined && b.col === undefined)
    throw new Error(RANGE_NOT_FOUND);
  return { sheetName, startRow: a.row, startCol: a.col, endRow: b.row, endCol: b.col };
}

/** Resolves an A1Ref against a grid of maxRows x maxCols. Reversed corners are normalised. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): GridRect {
  const openRows = ref.startRow === undefined || ref.endRow === undefined;
  const openCols = ref.startCol === undefined || ref.endCol === undefined;
  const r1 = ref.startRow ?? 1;
  const r2 = ref.endRow ?? maxRows;
  const c1 = ref.startCol ?? 1;
  const c2 = ref.endCol ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return {
    row,
    col,
    numRows: Math.max(r1, r2) - row + 1,
    numCols: Math.max(c1, c2) - col + 1,
    rowsBounded: !openRows,
    colsBounded: !openCols,
  };
}

/** "A1" for one cell, "A1:E2" otherwise (sample in the Range.getA1Notation reference); open sides as written. */
export function formatA1(rect: GridRect): string {
  const { row, col, numRows, numCols, rowsBounded, colsBounded } = rect;
  const endRow = row + numRows - 1;
  const endCol = col + numCols - 1;
  if (!rowsBounded && colsBounded) {
    // "A:C" for whole columns, "B2:B" when only the end row is open.
    return row === 1
      ? `${columnToLetters(col)}:${columnToLetters(endCol)}`
      : `${columnToLetters(col)}${row}:${columnToLetters(endCol)}`;
  }
  if (rowsBounded && !colsBounded) {
    return col === 1 ? `${row}:${endRow}` : `${columnToLetters(col)}${row}:${endRow}`;
  }
  const start = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(endCol)}${endRow}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectContains(
  rect: { row: number; col: number; numRows: number; numCols: number },
  row: number,
  col: number,
): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}
