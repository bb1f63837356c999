/**
 * A ward's own indicator list, as a 2-D table (pasted into the indicator tab, or read offline from .xlsx/.csv):
 * find the header row (row 1–5), match its columns tolerantly, keep group rows as groups, and judge every
 * indicator row with judgeIndicator. Pure: no file or sheet access here (the CLI reads files).
 *
 * Header traps (issue 4): "Chỉ tiêu" / "Tên chỉ tiêu" / "Nội dung" / "Mục tiêu cụ thể" are the NAME, while
 * "Chỉ tiêu năm 2025" / "Mục tiêu năm 2025" / "Kế hoạch năm 2025" / "Năm 2025" are that year's TARGET;
 * "Kết quả năm 2025" is the RESULT, but in the plan's own Phụ lục I layout a bare "Kết quả" column holds
 * the target (2030 or 2045, from the group row "Đến năm …"). "ĐVT" = "Đơn vị tính"; "Cơ quan chủ trì" =
 * "Đơn vị chủ trì".
 */

import { type IndicatorJudgement, judgeIndicator } from '../judging/indicator';
import { JUDGING_TEXT } from '../judging/messages';
import { formatVietnameseNumber } from '../judging/numbers';
import { flagContradictions, type MeasureRow } from '../judging/sameMeasure';
import { measureOf } from '../plan/catalog/measures';
import { catalogIdOf } from '../plan/rows';
import { cleanText, foldText, matchKey } from '../text';
import { WARD_LIST_TEXT as WARD } from './messages';

export type WardColumnRole =
  | 'tt'
  | 'name'
  | 'unitOfMeasure'
  | 'target'
  | 'result'
  | 'evidence'
  | 'review'
  | 'lead'
  | 'coordinators'
  | 'rowKey'
  | 'measure'
  | 'sameAs';

export interface WardColumn {
  /** 0-based column index. */
  index: number;
  /** The header text as found (sub-header rows joined). */
  header: string;
  /** What the column was taken for; null = not used. */
  role: WardColumnRole | null;
  /** For target/result columns: the year. Null for other roles, and for a Phụ lục I "Kết quả" column (byGroupYear). */
  year: number | null;
  /** Phụ lục I layout: the target's year comes from each row's group heading ("Đến năm 2030"). */
  byGroupYear?: boolean;
  /** Vietnamese description: what it was taken for, or why not. */
  description: string;
}

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

// ---------------------------------------------------------------- headers

interface HeaderClass {
  role: WardColumnRole | 'bareResult' | 'ignored';
  year: number | null;
  why?: 'computed' | 'output';
}

const YEAR_IN = /\b(19\d{2}|20\d{2}|21\d{2})\b/;
// "Kết quả năm trước" is the tracker's copy of last year's result (from Lịch sử), not this year's.
const COMPUTED =
  /^(danh gia|ly do|chi tieu ap dung|lo trinh|cap nhat luc|ghi chu he thong|phu luc|nhom|ket qua nam truoc)$/;

/** What a header cell means, from its text alone (see the module comment for the traps). */
export function classifyHeader(text: unknown): HeaderClass | null {
  const k = matchKey(text);
  if (!k) return null;
  const ym = YEAR_IN.exec(k);
  const year = ym ? Number(ym[1]) : null;
  if (COMPUTED.test(k)) return { role: 'ignored', year: null, why: 'computed' };
  if (/^ma dong$/.test(k)) return { role: 'rowKey', year: null };
  if (/^(ma chi so|ma so chi so|chi so|ma do luong)$/.test(k)) return { role: 'measure', year: null };
  if (/^(cung chi so( voi)?|trung chi so( voi)?|cung noi dung voi|lien ket( voi)?)( tt| dong)?$/.test(k))
    return { role: 'sameAs', year: null };
  if (/^(s?tt|so tt|so thu tu|thu tu)$/.test(k)) return { role: 'tt', year: null };
  if (/^(dvt|dv tinh|don vi tinh|don vi do|don vi)$/.test(k) || k.startsWith('don vi tinh'))
    return { role: 'unitOfMeasure', year: null };
  if (/\b(chu tri|phu trach)\b/.test(k) || /^(don vi|co quan|bo phan) thuc hien$/.test(k))
    return { role: 'lead', year: null };
  if (/\bphoi hop\b/.test(k)) return { role: 'coordinators', year: null };
  if (/\bsan pham\b/.test(k)) return { role: 'ignored', year: null, why: 'output' };
  if (
    (/\bdanh gia\b/.test(k) && /\b(vhxh|van hoa xa hoi|phong)\b/.test(k)) ||
    /\btham dinh\b/.test(k) ||
    /^y kien (cua )?phong/.test(k)
  ) {
    return { role: 'review', year: null };
  }
  if (/\b(giai trinh|minh chung|nguon so lieu|ghi chu|thuyet minh|ly do)\b/.test(k))
    return { role: 'evidence', year: null };
  if (/^ket qua$/.test(k)) return { role: 'bareResult', year: null };
  if (
    /\b(ket qua|kq|thuc hien|th|so lieu bao cao|dat duoc)\b/.test(k) &&
    !/\b(ke hoach|kh|chi tieu|muc tieu)\b/.test(k.replace(/\bket qua\b.*$/, ''))
  ) {
    return { role: 'result', year };
  }
  if (year !== null && (/\b(chi tieu|muc tieu|ke hoach|kh|nam|giai doan)\b/.test(k) || /^\d{4}$/.test(k)))
    return { role: 'target', year };
  if (
    /^(chi tieu|muc tieu) (ke hoach|giao|can dat|phan dau|dat ra)$/.test(k) ||
    /^(ke hoach|kh|muc chi tieu|gia tri chi tieu|chi tieu giao|muc phan dau)$/.test(k)
  ) {
    return { role: 'target', year: null };
  }
  if (
    /^(chi tieu|ten chi tieu|noi dung|noi dung chi tieu|muc tieu cu the|chi tieu cu the|muc tieu|ten|ten chi tieu nhiem vu|danh muc chi tieu|chi tieu danh gia|ten nhiem vu|nhiem vu|noi dung cong viec)$/.test(
      k,
    ) ||
    /^(ten chi tieu|noi dung)\b/.test(k)
  ) {
    return { role: 'name', year: null };
  }
  return null;
}

function rowScore(row: readonly unknown[]): number {
  const roles = new Set<string>();
  for (const cell of row) {
    const c = classifyHeader(cell);
    if (c && c.role !== 'ignored') roles.add(c.role === 'bareResult' ? 'result' : c.role);
  }
  return roles.has('name') ? roles.size : 0;
}

const isYearCell = (v: unknown) => /^(nam )?\d{4}$/.test(matchKey(v));

// ---------------------------------------------------------------- rows

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatVietnameseNumber(value, 6);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(value);
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');

/** A row that only numbers the columns: "(1) (2) (3)…" or "1 2 3 4…" under the header. */
function isColumnNumberRow(row: readonly unknown[]): boolean {
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

  let headerIndex = -1;
  let best = 0;
  for (let r = 0; r < Math.min(5, rows.length); r++) {
    const score = rowScore(rows[r]);
    if (score > best) {
      best = score;
      headerIndex = r;
    }
  }
  if (headerIndex < 0 || best < 2) throw new WardListError('noHeader', 'noHeader');

  let header = rows[headerIndex].map((h) => cleanText(h));
  let dataStart = headerIndex + 1;
  // Two-row header: years under a spanning cell ("Chỉ tiêu theo giai đoạn" over "2025 | 2030 | …").
  const below = rows[headerIndex + 1];
  if (below?.some(isYearCell)) {
    const width = Math.max(header.length, below.length);
    const merged: string[] = [];
    let carry = '';
    for (let i = 0; i < width; i++) {
      const top = header[i] ?? '';
      const bottom = cleanText(below[i]);
      if (top) carry = top;
      if (bottom && isYearCell(bottom)) merged.push(`${carry} ${bottom}`.trim());
      else merged.push(top || bottom);
    }
    header = merged;
    dataStart = headerIndex + 2;
  }

  // Classify every column; first column wins a role; resolve the bare "Kết quả".
  const classes = header.map((h) => classifyHeader(h));
  // "Nội dung | Chỉ tiêu | Kết quả": with a more specific name column and no target column, a bare
  // "Chỉ tiêu"/"Mục tiêu" column holds the reporting year's target.
  const bareName = (i: number) => /^(chi tieu|muc tieu)$/.test(matchKey(header[i]));
  const nameIndexes = classes.map((c, i) => (c?.role === 'name' ? i : -1)).filter((i) => i >= 0);
  if (nameIndexes.length >= 2 && !classes.some((c) => c?.role === 'target') && nameIndexes.some((i) => !bareName(i))) {
    for (const i of nameIndexes) if (bareName(i)) classes[i] = { role: 'target', year: null };
  }
  const columns: WardColumn[] = header.map((h, index) => ({
    index,
    header: h,
    role: null,
    year: null,
    description: '',
  }));
  const hasTarget = classes.some((c) => c?.role === 'target');
  const hasResult = classes.some((c) => c?.role === 'result' && (c.year === null || c.year === year));
  const appendixOneLayout = !hasTarget && classes.some((c) => c?.role === 'bareResult');
  const taken = new Set<string>();
  const groupYears: number[] = [];

  classes.forEach((cls, i) => {
    const col = columns[i];
    if (!header[i]) return;
    if (!cls) {
      col.description = WARD.unused.unknown;
      return;
    }
    if (cls.role === 'ignored') {
      col.description = cls.why === 'output' ? WARD.unused.output : WARD.unused.computed;
      return;
    }
    let role: WardColumnRole;
    let colYear = cls.year;
    if (cls.role === 'bareResult') {
      if (appendixOneLayout) {
        role = 'target';
        colYear = -1; // keyed per row by the group's "Đến năm …"
      } else if (hasResult) {
        col.description = WARD.unused.duplicate;
        return;
      } else {
        role = 'result';
      }
    } else {
      role = cls.role;
    }
    if (role === 'result' && colYear !== null && colYear !== year) {
      col.description = WARD.unused.otherYearResult(colYear);
      return;
    }
    const key = role === 'target' ? `target:${colYear ?? year}` : role;
    if (taken.has(key)) {
      col.description = WARD.unused.duplicate;
      return;
    }
    taken.add(key);
    col.role = role;
    if (colYear === -1) col.byGroupYear = true;
    col.year = role === 'target' ? (colYear === -1 ? null : (colYear ?? year)) : role === 'result' ? year : null;
    if (role === 'target') col.description = colYear === -1 ? '' : WARD.roleTarget(colYear ?? year);
    else if (role === 'result') col.description = WARD.roleResult(year);
    else col.description = WARD.role[role];
  });

  const at = (role: WardColumnRole) => columns.find((c) => c.role === role)?.index ?? -1;
  const ttCol = at('tt');
  const nameCol = at('name');
  const uomCol = at('unitOfMeasure');
  const resultCol = at('result');
  const evidenceCol = at('evidence');
  const reviewCol = at('review');
  const leadCol = at('lead');
  const rowKeyCol = at('rowKey');
  const measureCol = at('measure');
  const sameAsCol = at('sameAs');
  const targetCols = columns.filter((c) => c.role === 'target');

  const warnings: string[] = [];
  if (!targetCols.length) warnings.push(WARD.warnings.noTargetColumn(year));
  if (resultCol < 0) warnings.push(WARD.warnings.noResultColumn(year));

  // Rows.
  const body: { line: number; cells: readonly unknown[] }[] = [];
  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells.some((c) => !isBlank(c))) continue;
    if (body.length === 0 && isColumnNumberRow(cells)) continue;
    body.push({ line: r + 1, cells });
  }
  const get = (cells: readonly unknown[], i: number) => (i >= 0 ? cells[i] : '');
  // A TT typed as 1.1 may be stored as the number 1.1: keep it as written ("1.1"), not as a Vietnamese decimal.
  const ttOf = (cells: readonly unknown[]) => {
    const v = get(cells, ttCol);
    return (typeof v === 'number' ? String(v) : cellText(v)).replace(/\.$/, '');
  };

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
    const headingTt = ROMAN.test(tt) || /^[A-Z]$/.test(tt);
    const kind: 'group' | 'indicator' =
      (headingTt || isParent) && !Object.keys(targets).length && resultBlank ? 'group' : 'indicator';
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
    });
  });
  linkMeasures(
    out,
    body.map(({ cells }) => ({ code: cellText(get(cells, measureCol)), sameAs: cellText(get(cells, sameAsCol)) })),
    warnings,
  );
  for (const col of targetCols) {
    if (col.byGroupYear) col.description = WARD.roleTargetFromResult(groupYears.length ? groupYears : [2030]);
  }
  return { headerLine: headerIndex + 1, year, columns, warnings, rows: out, appendixOneLayout };
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

export interface WardRowJudgement {
  row: WardListRow;
  /** null for group rows. */
  judgement: IndicatorJudgement | null;
}

/** Judge every indicator row of a ward's list; group rows stay groups; rows of one measure must agree. */
export function judgeWardList(list: WardList): WardRowJudgement[] {
  const judged = list.rows.map((row) => ({
    row,
    judgement:
      row.kind === 'group'
        ? null
        : judgeIndicator({
            name: row.name,
            unitOfMeasure: row.unitOfMeasure,
            targets: row.targets,
            result: row.result,
            evidence: row.evidence,
            review: row.review,
            year: list.year,
          }),
  }));
  const measureRows: MeasureRow[] = judged.map(({ row, judgement }) => ({
    rowKey: String(row.line),
    measure: row.measure,
    where: JUDGING_TEXT.rowRef('', row.tt),
    judgement,
  }));
  flagContradictions(measureRows, () => []);
  return judged.map((j, i) => ({ ...j, judgement: measureRows[i].judgement }));
}

/** The command line's JSON contract: one object per data row, in order. */
export interface WardJsonRow {
  tt: string;
  kind: 'indicator' | 'group';
  verdict: IndicatorJudgement['verdict'] | null;
  label: string | null;
  reason: string;
}

export function toJsonRows(judged: readonly WardRowJudgement[]): WardJsonRow[] {
  return judged.map(({ row, judgement }) =>
    judgement
      ? { tt: row.tt, kind: 'indicator', verdict: judgement.verdict, label: judgement.label, reason: judgement.reason }
      : { tt: row.tt, kind: 'group', verdict: null, label: null, reason: WARD.groupReason(row.name) },
  );
}

// ---------------------------------------------------------------- CSV

export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quote at line ${line}`);
  }
}

function parseWith(text: string, delimiter: string, limit = Infinity, lenient = false): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let quoteLine = 1;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n && records.length < limit) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      field = '';
      i++;
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      continue;
    }
    field += ch;
    i++;
  }
  if (inQuotes && !lenient) throw new CsvError(quoteLine);
  if (records.length < limit && (field !== '' || record.length)) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The delimiter (",", ";" or tab) that splits the first lines into the most consistent number of fields. */
export function detectDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  for (const d of [';', ',', '\t']) {
    const sample = parseWith(text, d, 20, true).filter((r) => r.some((c) => c.trim()));
    const counts = new Map<number, number>();
    for (const r of sample) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let freq = 0;
    for (const [len, f] of counts) if (f > freq || (f === freq && len > mode)) [mode, freq] = [len, f];
    const score = mode > 1 ? freq * 1000 + mode : 0;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** A CSV text (BOM, "," ";" or tab, quoted fields with "" and line breaks, CRLF) as rows of strings. */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parseWith(t, delimiter ?? detectDelimiter(t));
}
