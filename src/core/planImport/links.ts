/**
 * Which rows of a ward's plan measure the same thing, as its indicator tables say it: a "Cùng chỉ tiêu với" cell
 * naming another indicator row (by TT within the same table, "1.2"; or by table and TT, "Phụ lục 1, TT 1.2",
 * "PL1-1.2", "1.2 Phụ lục 1"), or a "Mã chỉ số" shared by several rows. Links are symmetric and transitive: the
 * linked rows fall into groups (union-find), each group one measure, written on the tracker's "Mã chỉ số chung".
 *
 * A table is named by the number the tracker gives it (its "Phụ lục" column: the plan's indicator and task tables
 * numbered 1, 2, … in the order they are read). A reference that names no row, a task, a group heading or the row
 * itself is not guessed: the row is left out whole and reported (read.ts's rule for a row it cannot read), and so is
 * a row whose reference names a row left out. Pure.
 */

import { JUDGING_TEXT } from '../judging/messages';
import { unitOfMeasure } from '../judging/quantity';
import type { CatalogRowKind } from '../plan/catalog';
import { cleanText, foldText } from '../text';
import { PLAN_IMPORT_TEXT as T } from './messages';
import type { PlanProblem } from './read';

export interface LinkRow {
  /** The catalog id ("KH1-1.2"). */
  id: string;
  kind: CatalogRowKind;
  tt: string;
  name: string;
  /** 1-based line in its sheet. */
  line: number;
  /** The "Cùng chỉ tiêu với" cell as written ('' when none). */
  sameAs: string;
  /** The "Mã chỉ số" cell as written ('' when none). */
  code: string;
  /** The "Đơn vị tính" cell ('' or absent when the table has none). */
  unitOfMeasure?: string;
}

export interface LinkTable {
  /** The tracker's number of the table ("1", "2", …). */
  appendix: string;
  sheet: string;
  rows: readonly LinkRow[];
}

/** Rows that are one measure, in plan order. */
export interface MeasureGroup {
  /** "M-" + the catalog id of the group's first row ("M-KH1-1.2"): the tracker's "Mã chỉ số chung". */
  measure: string;
  rows: { id: string; appendix: string; tt: string; name: string }[];
}

export interface MeasureLinks {
  /** Catalog id → measure, for every linked row kept. */
  measureOf: Map<string, string>;
  groups: MeasureGroup[];
  /** Rows left out whole: their reference named no indicator row (or one left out). */
  unreadable: (PlanProblem & { id: string })[];
  /** Links on rows that carry no figure (group headings): not used. */
  warnings: PlanProblem[];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** "Phụ lục 1", "PL1", "PL I", "Bảng 2", "phụ lục số II" anywhere in the reference: the table's number. */
const TABLE_IN_REF = /(?:^|[^a-z0-9])(?:phu luc|pl|bang)\s*(?:so\s*)?[-.:]?\s*(\d+|[ivxlc]+)(?![a-z0-9])/;
/** Words around a TT: "TT", "STT", "số TT", "dòng", "chỉ tiêu", "mục". */
const TT_WORDS = /(?:^|[^a-z0-9])(?:so thu tu|so tt|stt|tt|dong|chi tieu|chi so|muc|so)(?![a-z0-9])/g;

export interface Reference {
  /** The table's number ("2"), or null: the same table. */
  table: string | null;
  tt: string;
}

/** One reference read from its text, or null when no TT can be read from it. */
export function parseReference(text: string): Reference | null {
  let rest = foldText(text);
  let table: string | null = null;
  const m = TABLE_IN_REF.exec(rest);
  if (m) {
    table = /^\d+$/.test(m[1]) ? String(Number(m[1])) : String(romanValue(m[1]));
    rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
  }
  const tt = rest
    .replace(TT_WORDS, ' ')
    .replace(/^[\s.,;:()-]+|[\s,;:()-]+$/g, '')
    .replace(/\.$/, '');
  if (!/^[0-9a-z]+(?:\.[0-9a-z]+)*$/.test(tt)) return null;
  return { table, tt };
}

/** A cell's references: several may be separated by ";" or line breaks. */
function referencesIn(cell: string): string[] {
  return cell
    .split(/[;\n]+/)
    .map((s) => cleanText(s))
    .filter(Boolean);
}

interface Located {
  table: LinkTable;
  row: LinkRow;
}

export function linkMeasures(tables: readonly LinkTable[]): MeasureLinks {
  const all: Located[] = tables.flatMap((table) => table.rows.map((row) => ({ table, row })));
  const index = new Map(all.map((l, i) => [l.row.id, i]));
  const where = (l: Located) => JUDGING_TEXT.rowRef(l.table.appendix, l.row.tt);
  const unreadable: MeasureLinks['unreadable'] = [];
  const warnings: PlanProblem[] = [];
  const problem = (l: Located, reason: string) =>
    unreadable.push({ sheet: l.table.sheet, line: l.row.line, reason, id: l.row.id });

  // Every reference resolved to the row it names, or the reason it names none.
  const edges: { from: number; to: number; text: string }[] = [];
  const bad = new Set<number>();
  all.forEach((l, i) => {
    if (!l.row.sameAs) return;
    if (l.row.kind !== 'indicator') {
      warnings.push({ sheet: l.table.sheet, line: l.row.line, reason: T.warnings.sameAsOnGroup(l.row.sameAs) });
      return;
    }
    const reasons = referencesIn(l.row.sameAs).flatMap((text) => {
      const reason = resolve(text, l, tables, (to) => edges.push({ from: i, to: index.get(to.row.id)!, text }));
      return reason ? [reason] : [];
    });
    if (!reasons.length) return;
    bad.add(i);
    problem(l, reasons.join('; '));
  });
  // A row whose reference names a row left out is left out too (until nothing changes).
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      if (bad.has(e.from) || !bad.has(e.to)) continue;
      bad.add(e.from);
      problem(
        all[e.from],
        T.reasons.sameAsLeftOut(e.text, where(all[e.to]), all[e.to].table.sheet, all[e.to].row.line),
      );
      changed = true;
    }
  }

  // Union-find over the rows kept: references, and a "Mã chỉ số" shared by several rows.
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const linked = new Set<number>();
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
    linked.add(a).add(b);
  };
  for (const e of edges) if (!bad.has(e.from) && !bad.has(e.to)) union(e.from, e.to);
  const byCode = new Map<string, number>();
  all.forEach((l, i) => {
    const code = foldText(l.row.code);
    if (!code || bad.has(i) || l.row.kind !== 'indicator') return;
    const first = byCode.get(code);
    if (first === undefined) byCode.set(code, i);
    else union(i, first);
  });

  const members = new Map<number, number[]>();
  for (const i of [...linked].sort((a, b) => a - b)) {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  }
  const measureOf = new Map<string, string>();
  const groups: MeasureGroup[] = [];
  for (const list of [...members.values()].sort((a, b) => a[0] - b[0])) {
    const measure = `M-${all[list[0]].row.id}`;
    // One measure in two units (% and a count) cannot be compared: most likely a wrong link; said, not guessed.
    const withUnit = list.filter((i) => cleanText(all[i].row.unitOfMeasure));
    const clash = withUnit.find((i) => unitKey(all[i].row) !== unitKey(all[withUnit[0]].row));
    if (clash !== undefined) {
      const [a, b] = [all[withUnit[0]], all[clash]];
      warnings.push({
        sheet: b.table.sheet,
        line: b.row.line,
        reason: T.warnings.sameAsUnits(
          `${where(a)} (${cleanText(a.row.unitOfMeasure)})`,
          `${where(b)} (${cleanText(b.row.unitOfMeasure)})`,
        ),
      });
    }
    for (const i of list) measureOf.set(all[i].row.id, measure);
    groups.push({
      measure,
      rows: list.map((i) => ({
        id: all[i].row.id,
        appendix: all[i].table.appendix,
        tt: all[i].row.tt,
        name: all[i].row.name,
      })),
    });
  }
  return { measureOf, groups, unreadable, warnings };
}

/** What a "Đơn vị tính" measures in: every spelling of % is one, a count by its word ("hồ sơ", "người"). */
function unitKey(row: LinkRow): string {
  const unit = unitOfMeasure(row.unitOfMeasure ?? '');
  return unit.kind === 'percent' ? 'percent' : `${unit.kind}:${unit.key}`;
}

/** The row a reference names (passed to `found`), or why it names none (Vietnamese). */
function resolve(
  text: string,
  from: Located,
  tables: readonly LinkTable[],
  found: (to: Located) => void,
): string | null {
  const ref = parseReference(text);
  if (!ref) return T.reasons.sameAsUnreadable(text);
  const table = ref.table === null ? from.table : tables.find((t) => t.appendix === ref.table);
  if (!table) return T.reasons.sameAsNoTable(text, ref.table ?? '', tables.length);
  const at = JUDGING_TEXT.rowRef(table.appendix, ref.tt);
  const rows = table.rows.filter((r) => foldText(r.tt) === ref.tt);
  if (!rows.length) return T.reasons.sameAsNoRow(text, at);
  if (rows.length > 1)
    return T.reasons.sameAsSeveral(
      text,
      at,
      rows.map((r) => r.line),
    );
  const [row] = rows;
  if (row.id === from.row.id) return T.reasons.sameAsSelf(text);
  if (row.kind === 'task') return T.reasons.sameAsTask(text, at);
  if (row.kind === 'group') return T.reasons.sameAsGroup(text, at);
  found({ table, row });
  return null;
}
