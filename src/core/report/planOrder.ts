/** Where a sheet row sits in the plan: the headings above it, the plan's order of rows, the plan's appendix names. */
import { APPENDIX_TITLES, ancestorsOf, PLAN_CATALOG } from '../plan/catalog';
import { GROUP_PATH_SEPARATOR } from '../plan/rows';
import { cleanText } from '../text';
import { REPORT_TEXT } from './messages';

const CATALOG_INDEX = new Map(PLAN_CATALOG.map((r, i) => [r.id, i]));
const CATALOG_BY_ID = new Map(PLAN_CATALOG.map((r) => [r.id, r]));

/** The sheet's Nhóm column: every heading above the row, outermost first ("Đến năm 2030 › Hạ tầng số"). */
export function groupPath(record: Record<string, unknown>): string[] {
  return cleanText(record.group)
    .split(GROUP_PATH_SEPARATOR.trim())
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A heading printed above rows in the appendix tables. */
export interface Heading {
  key: string;
  tt: string;
  name: string;
}

/** The headings above a row: the plan's group rows (with their TT) for a plan row, else the Nhóm path. */
export function headingsOf(catalogId: string, appendix: string, record: Record<string, unknown>): Heading[] {
  const row = CATALOG_BY_ID.get(catalogId);
  if (row) return ancestorsOf(row).map((g) => ({ key: g.id, tt: g.tt, name: g.name }));
  const path = groupPath(record);
  return path.map((name, i) => ({ key: `${appendix}|${path.slice(0, i + 1).join('|')}`, tt: '', name }));
}

/** Whether the sheet tracks the sample plan (Kế hoạch 57/KH-UBND): one of its rows is a row of the built-in catalog. */
export function tracksSamplePlan(rows: readonly { catalogId: string }[]): boolean {
  return rows.some((r) => CATALOG_INDEX.has(r.catalogId));
}

/** The sheet's Phụ lục column ("I", "II", "III", "IV") → the built-in catalog's appendix key. */
const SAMPLE_APPENDIX: Record<string, string> = { I: 'I', II: 'II', III: 'III', IV: '4', '4': '4' };

/**
 * How the report names one of the plan's appendices: the sample plan's own titles ("Phụ lục III - Các nhiệm vụ …",
 * short "Phụ lục 4") for a sheet of the sample plan, else "Phụ lục <label>" as the sheet labels it.
 */
export function planAppendixName(label: string, samplePlan: boolean): { title: string; short: string } {
  const key = samplePlan ? SAMPLE_APPENDIX[label.toUpperCase()] : undefined;
  const fallback = REPORT_TEXT.appendixFallback(label || '…');
  if (!key) return { title: fallback, short: fallback };
  return { title: APPENDIX_TITLES[key], short: REPORT_TEXT.appendixFallback(key) };
}

/** Distinct values in first-seen order. */
export function ordered<T, K>(items: readonly T[], key: (t: T) => K): K[] {
  const seen: K[] = [];
  for (const it of items) if (!seen.includes(key(it))) seen.push(key(it));
  return seen;
}

type Placed = { row: { catalogId: string; rowIndex: number; unitId: string | null; record: Record<string, unknown> } };

/**
 * Rows in the plan's order whatever the sheet's order (the sheet keeps each unit's rows together): rows of the
 * built-in catalog by their place in it; the rows of a ward's own plan by the order every unit's block follows
 * (mergedOrder), its appendices in their numbering; a row led by several units once per unit, in the units' order.
 */
export function inPlanOrder<T extends Placed & { appendix: string }>(lines: T[]): T[] {
  const own = lines.filter((l) => !CATALOG_INDEX.has(l.row.catalogId));
  const appendices = ordered(own, (l) => l.appendix).sort((a, b) => appendixRank(a) - appendixRank(b));
  const position = new Map<string, number>();
  for (const appendix of appendices)
    for (const id of mergedOrder(own.filter((l) => l.appendix === appendix))) position.set(id, position.size);
  const key = (l: T): number[] => {
    const at = CATALOG_INDEX.get(l.row.catalogId);
    if (at !== undefined) return [0, at, l.row.rowIndex];
    return [1, position.get(nodeOf(l)) ?? Number.MAX_SAFE_INTEGER, l.row.rowIndex];
  };
  return lines
    .map((l) => ({ l, k: key(l) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map((x) => x.l);
}

/** A plan row (all its units' sheet rows), or a row without a key on its own. */
function nodeOf(l: Placed): string {
  return l.row.catalogId || `#${l.row.rowIndex}`;
}

const ROMAN = /^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const digits = [...text.toUpperCase()].map((c) => values[c]);
  return digits.reduce((n, v, i) => n + (v < (digits[i + 1] ?? 0) ? -v : v), 0);
}

/** "1" < "2" < "10"; "I" < "II" < "IV"; a label of neither kind after them (first seen first: stable sort). */
function appendixRank(label: string): number {
  if (/^\d+$/.test(label)) return Number(label);
  return ROMAN.test(label) ? romanValue(label) : Number.MAX_SAFE_INTEGER;
}

/** "1" < "1.1" < "2" < "10" < "a": TT compared part by part, numbers as numbers. */
function compareTt(a: string, b: string): number {
  const pa = a.split(/[.\s]+/);
  const pb = b.split(/[.\s]+/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, 'vi');
    if (c) return c;
  }
  return 0;
}

/**
 * Which occurrence of its TT in the plan's table a row is: the import gives a TT seen again the id "KH1-1-2", "-3"…
 * in the plan's order (planImport/read.ts), so "KH1-1" came before "KH1-1-2". 1 for any other id.
 */
function occurrence(catalogId: string, appendix: string, tt: string): number {
  const base = `KH${appendix}-${tt}`;
  const rest = catalogId.startsWith(`${base}-`) ? catalogId.slice(base.length + 1) : '';
  return /^\d+$/.test(rest) ? Number(rest) : 1;
}

/**
 * The plan's order of one appendix of a ward's own plan. Every unit's block of the sheet lists its rows in the
 * plan's order (plan/rows.ts), so the plan's order is one every block follows: the blocks are merged (Kahn's
 * algorithm). When several rows may come next: first one of the group just placed (groups stay whole), then the
 * earlier occurrence of a repeated TT, then by TT, then the sheet's order. A person's reordering that leaves no row
 * free to come next is broken the same way.
 */
function mergedOrder<T extends Placed & { appendix: string }>(lines: readonly T[]): string[] {
  const info = new Map<string, { group: string; tt: string; occurrence: number; first: number }>();
  for (const l of lines) {
    const id = nodeOf(l);
    const known = info.get(id);
    if (known) known.first = Math.min(known.first, l.row.rowIndex);
    else {
      const tt = cleanText(l.row.record.tt);
      info.set(id, {
        group: cleanText(l.row.record.group),
        tt,
        occurrence: occurrence(l.row.catalogId, l.appendix, tt),
        first: l.row.rowIndex,
      });
    }
  }
  const after = new Map<string, Set<string>>([...info.keys()].map((id) => [id, new Set<string>()]));
  const before = new Map<string, number>([...info.keys()].map((id) => [id, 0]));
  const blocks = new Map<string, T[]>();
  for (const l of lines) if (l.row.unitId) blocks.set(l.row.unitId, [...(blocks.get(l.row.unitId) ?? []), l]);
  for (const block of blocks.values()) {
    const ids = block.sort((a, b) => a.row.rowIndex - b.row.rowIndex).map(nodeOf);
    for (let i = 1; i < ids.length; i++) {
      if (ids[i] === ids[i - 1] || after.get(ids[i - 1])!.has(ids[i])) continue;
      after.get(ids[i - 1])!.add(ids[i]);
      before.set(ids[i], before.get(ids[i])! + 1);
    }
  }
  const out: string[] = [];
  const left = new Set(info.keys());
  while (left.size) {
    const last = out.length ? info.get(out[out.length - 1])!.group : null;
    const free = [...left].filter((id) => before.get(id) === 0);
    const pick = (free.length ? free : [...left]).sort((a, b) => {
      const x = info.get(a)!;
      const y = info.get(b)!;
      return (
        Number(y.group === last) - Number(x.group === last) ||
        x.occurrence - y.occurrence ||
        compareTt(x.tt, y.tt) ||
        x.first - y.first
      );
    })[0];
    out.push(pick);
    left.delete(pick);
    for (const next of after.get(pick)!) before.set(next, before.get(next)! - 1);
  }
  return out;
}
