/**
 * Sparse cell storage for one sheet: one Layer per cell property (value, formula, note, background…).
 * Rows/columns are 1-based like SpreadsheetApp. Inserting or deleting rows/columns shifts every layer
 * and every anchored rectangle (protections, conditional-format ranges, chart ranges), as Sheets does.
 */
import type { GridRect } from './a1';

export type Rect = GridRect;

export class Layer<T> {
  private rows: (Array<T | undefined> | undefined)[] = [];

  constructor(readonly fallback: T) {}

  get(row: number, col: number): T {
    const r = this.rows[row - 1];
    const v = r ? r[col - 1] : undefined;
    return v === undefined ? this.fallback : v;
  }

  /** undefined clears the cell back to the default. */
  set(row: number, col: number, value: T | undefined): void {
    let r = this.rows[row - 1];
    if (!r) {
      if (value === undefined) return;
      r = this.rows[row - 1] = [];
    }
    r[col - 1] = value;
  }

  isSet(row: number, col: number): boolean {
    const r = this.rows[row - 1];
    return !!r && r[col - 1] !== undefined;
  }

  clear(rect?: Rect): void {
    if (!rect) {
      this.rows = [];
      return;
    }
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const line = this.rows[r - 1];
      if (!line) continue;
      for (let c = rect.col; c < rect.col + rect.numCols; c++) line[c - 1] = undefined;
    }
  }

  /** Highest row (1-based) holding a value for which pred is true; 0 when none. */
  lastRow(pred: (v: T) => boolean): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const line = this.rows[i];
      if (line?.some((v) => v !== undefined && pred(v))) return i + 1;
    }
    return 0;
  }

  lastCol(pred: (v: T) => boolean): number {
    let max = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let j = line.length - 1; j >= max; j--) {
        const v = line[j];
        if (v !== undefined && pred(v)) {
          max = j + 1;
          break;
        }
      }
    }
    return max;
  }

  insertRows(at: number, n: number): void {
    if (at - 1 <= this.rows.length) this.rows.splice(at - 1, 0, ...new Array(n).fill(undefined));
  }

  deleteRows(start: number, n: number): void {
    this.rows.splice(start - 1, n);
  }

  insertCols(at: number, n: number): void {
    for (const line of this.rows)
      if (line && at - 1 <= line.length) line.splice(at - 1, 0, ...new Array(n).fill(undefined));
  }

  deleteCols(start: number, n: number): void {
    for (const line of this.rows) if (line) line.splice(start - 1, n);
  }
}

/** Moves a 1-D span [start, start+len) for an insertion of n at position `at`. */
function insertSpan(start: number, len: number, at: number, n: number): [number, number] {
  if (at <= start) return [start + n, len];
  if (at < start + len) return [start, len + n];
  return [start, len];
}

/** Moves a 1-D span for a deletion of [del, del+n); the length may drop to 0. */
function deleteSpan(start: number, len: number, del: number, n: number): [number, number] {
  const end = start + len; // exclusive
  const delEnd = del + n;
  const before = Math.max(0, Math.min(end, del) - start);
  const after = Math.max(0, end - Math.max(start, delEnd));
  const newStart = start < del ? start : Math.max(del, start - n);
  return [newStart, before + after];
}

export function shiftRectRows(rect: Rect, kind: 'insert' | 'delete', at: number, n: number): void {
  [rect.row, rect.numRows] =
    kind === 'insert' ? insertSpan(rect.row, rect.numRows, at, n) : deleteSpan(rect.row, rect.numRows, at, n);
}

export function shiftRectCols(rect: Rect, kind: 'insert' | 'delete', at: number, n: number): void {
  [rect.col, rect.numCols] =
    kind === 'insert' ? insertSpan(rect.col, rect.numCols, at, n) : deleteSpan(rect.col, rect.numCols, at, n);
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

export function rect(row: number, col: number, numRows: number, numCols: number): Rect {
  return { row, col, numRows, numCols, rowsBounded: true, colsBounded: true };
}
