/**
 * A ward's own indicator list, as a 2-D table (pasted into the indicator tab, or read offline from .xlsx/.csv):
 * find the header row (row 1–5) and match its columns tolerantly (header.ts), keep group rows as groups, link the
 * rows that report the same measure; judge.ts judges the rows, csv.ts reads a CSV file. Pure: no file or sheet
 * access here (the CLI reads files).
 */

import { formatVietnameseNumber } from '../judging/numbers';
import { measureOf } from '../plan/catalog/measures';
import { catalogIdOf } from '../plan/rows';
import { cleanText, foldText } from '../text';
import { findHeader, mapColumns, type WardColumn, type WardColumnRole } from './header';
import { WARD_LIST_TEXT as WARD } from './messages';

export interface WardListRow {
  /** 1-based line (row number) in the file. */
  line: number;
  tt: string;
  kind: 'indicator' | 'group';
  name: string;
  unitOfMeasure: string;
  targets: Record<string, string>;
  result: unknown;
  evidence: unknown;
  review: unknown;
  lead: string;
  /** The sheet's "Mã dòng" ("PL1-3.2@VHXH"), when the list was exported from the sheet. */
  rowKey: string;
  /** The measure the row reports when another row of the list reports it too (see linkMeasures); null otherwise. */
  measure: string | null;
  /** The tracker's "Kết quả năm trước" cell ('' when the list has none): a baseline, never this year's result. */
  previousResult: unknown;
}

export interface WardList {
  /** 1-based line of the header row (the first one, when two rows make the header). */
  headerLine: number;
  year: number;
  columns: WardColumn[];
  warnings: string[];
  rows: WardListRow[];
  /** True when a bare "Kết quả" column holds the targets (the plan's Phụ lục I layout). */
  appendixOneLayout: boolean;
}

export class WardListError extends Error {
  constructor(
    readonly code: 'empty' | 'noHeader',
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- rows

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/** A TT that numbers a heading, not an item: a Roman numeral ("II") or a capital letter ("A"). */
export const isHeadingTt = (tt: string): boolean => ROMAN.test(tt) || /^[A-Z]$/.test(tt);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatVietnameseNumber(value, 6);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(value);
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');

/** A row that only numbers the columns: "(1) (2) (3)…" or "1 2 3 4…" under the header. */
export function isColumnNumberRow(row: readonly unknown[]): boolean {
  const cells = row.map(cellText).filter(Boolean);
  if (cells.length < 3) return false;
  if (cells.every((c) => /^\(\s*[0-9a-z]{1,2}\s*\)$/i.test(c))) return true;
  return cells.every((c, i) => c === String(i + 1));
}

// ---------------------------------------------------------------- reading

/** Find the header, map the columns and read the rows of a ward's list. Throws WardListError when it cannot. */
export function readWardList(grid: readonly (readonly unknown[])[], year: number): WardList {
  const rows = grid.map((r) => (Array.isArray(r) ? r : []));
  if (!rows.some((r) => r.some((c) => !isBlank(c)))) throw new WardListError('empty', 'empty');
  const found = findHeader(rows);
  if (!found) throw new WardListError('noHeader', 'noHeader');
  const { columns, appendixOneLayout } = mapColumns(found.header, year);
  const at = (role: WardColumnRole) => columns.find((c) => c.role === role)?.index ?? -1;
  const targetCols = columns.filter((c) => c.role === 'target');
  const warnings: string[] = [];
  if (!targetCols.length) warnings.push(WARD.warnings.noTargetColumn(year));
  if (at('result') < 0) warnings.push(WARD.warnings.noResultColumn(year));

  const body = bodyRows(rows, found.dataStart);
  const { out, groupYears } = readRows(body, columns, year);
  const get = (cells: readonly unknown[], i: number) => (i >= 0 ? cells[i] : '');
  linkMeasures(
    out,
    body.map(({ cells }) => ({
      code: cellText(get(cells, at('measure'))),
      sameAs: cellText(get(cells, at('sameAs'))),
    })),
    warnings,
  );
  for (const col of targetCols) {
    if (col.byGroupYear) col.description = WARD.roleTargetFromResult(groupYears.length ? groupYears : [2030]);
  }
  return { headerLine: found.headerIndex + 1, year, columns, warnings, rows: out, appendixOneLayout };
}

/** The data rows under the header: blank rows and a first row that only numbers the columns left out. */
function bodyRows(
  rows: readonly (readonly unknown[])[],
  dataStart: number,
): { line: number; cells: readonly unknown[] }[] {
  const body: { line: number; cells: readonly unknown[] }[] = [];
  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells.some((c) => !isBlank(c))) continue;
    if (body.length === 0 && isColumnNumberRow(cells)) continue;
    body.push({ line: r + 1, cells });
  }
  return body;
}

/**
 * Each data row as a group or an indicator with its targets by year. A group heading "Đến năm 2045" keys the
 * targets of a Phụ lục I "Kết quả" column below it (2030 until a heading says otherwise).
 */
function readRows(
  body: readonly { line: number; cells: readonly unknown[] }[],
  columns: readonly WardColumn[],
  year: number,
): { out: WardListRow[]; groupYears: number[] } {
  const at = (role: WardColumnRole) => columns.find((c) => c.role === role)?.index ?? -1;
  const [ttCol, nameCol, uomCol, resultCol, evidenceCol, reviewCol, leadCol, rowKeyCol, previousCol] = (
    ['tt', 'name', 'unitOfMeasure', 'result', 'evidence', 'review', 'lead', 'rowKey', 'previousResult'] as const
  ).map(at);
  const targetCols = columns.filter((c) => c.role === 'target');
  const get = (cells: readonly unknown[], i: number) => (i >= 0 ? cells[i] : '');
  // A TT typed as 1.1 may be stored as the number 1.1: keep it as written ("1.1"), not as a Vietnamese decimal.
  const ttOf = (cells: readonly unknown[]) => {
    const v = get(cells, ttCol);
    return (typeof v === 'number' ? String(v) : cellText(v)).replace(/\.$/, '');
  };
  const groupYears: number[] = [];
  let groupYear = 2030;
  const out: WardListRow[] = [];
  body.forEach(({ line, cells }, n) => {
    const tt = ttOf(cells);
    const name = cellText(get(cells, nameCol));
    const yearInName = /\b(?:den|toi|dat|vao) nam (\d{4})\b/.exec(foldText(name));
    const targets: Record<string, string> = {};
    for (const col of targetCols) {
      const text = cellText(cells[col.index]);
      if (!text) continue;
      const key = col.byGroupYear ? groupYear : (col.year ?? year);
      targets[String(key)] = text;
    }
    const result = get(cells, resultCol);
    const resultBlank = isBlank(result);
    const next = body[n + 1] ? ttOf(body[n + 1].cells) : '';
    const isParent = tt !== '' && next.startsWith(`${tt}.`);
    const kind: 'group' | 'indicator' =
      (isHeadingTt(tt) || isParent) && !Object.keys(targets).length && resultBlank ? 'group' : 'indicator';
    if (kind === 'group' && yearInName) {
      groupYear = Number(yearInName[1]);
      if (!groupYears.includes(groupYear)) groupYears.push(groupYear);
    }
    out.push({
      line,
      tt,
      kind,
      name,
      unitOfMeasure: cellText(get(cells, uomCol)),
      targets,
      result: resultBlank ? '' : result,
      evidence: get(cells, evidenceCol),
      review: get(cells, reviewCol),
      lead: cellText(get(cells, leadCol)),
      rowKey: cellText(get(cells, rowKeyCol)),
      measure: null,
      previousResult: get(cells, previousCol),
    });
  });
  return { out, groupYears };
}

/**
 * Which rows report the same measure: the plan's own links for rows exported from the sheet ("Mã dòng"), one
 * "Mã chỉ số" shared by several rows, or "Cùng chỉ số với" naming another row's TT. Links are transitive.
 */
function linkMeasures(rows: WardListRow[], links: { code: string; sameAs: string }[], warnings: string[]): void {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const linked = new Set<number>();
  const byKey = new Map<string, number>();
  const join = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else {
      union(i, j);
      linked.add(i).add(j);
    }
  };
  rows.forEach((row, i) => {
    if (row.kind !== 'indicator') return;
    const catalogMeasure = row.rowKey ? measureOf(catalogIdOf(row.rowKey)) : null;
    if (catalogMeasure) join(`plan:${catalogMeasure}`, i);
    if (links[i].code) join(`code:${foldText(links[i].code)}`, i);
  });
  rows.forEach((row, i) => {
    const target = links[i].sameAs.replace(/\.$/, '');
    if (row.kind !== 'indicator' || !target) return;
    const matches = rows.flatMap((r, j) => (j !== i && r.kind === 'indicator' && r.tt === target ? [j] : []));
    if (matches.length !== 1) {
      warnings.push(WARD.warnings.sameAsUnknown(row.line, links[i].sameAs));
      return;
    }
    union(i, matches[0]);
    linked.add(i).add(matches[0]);
  });
  for (const i of linked) rows[i].measure = `m${find(i)}`;
}
