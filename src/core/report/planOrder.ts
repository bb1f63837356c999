/** Where a sheet row sits in the plan: the headings above it and the plan's order of rows. */
import { ancestorsOf, PLAN_CATALOG } from '../plan/catalog';
import { GROUP_PATH_SEPARATOR } from '../plan/rows';
import { cleanText } from '../text';

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

/** Distinct values in first-seen order. */
export function ordered<T, K>(items: readonly T[], key: (t: T) => K): K[] {
  const seen: K[] = [];
  for (const it of items) if (!seen.includes(key(it))) seen.push(key(it));
  return seen;
}

/**
 * Rows in the plan's order whatever the sheet's order (the sheet keeps each unit's rows together): plan rows by
 * their place in the plan, a row led by several units once per unit in the units' order; a ward's own rows
 * after them, by appendix and group as first seen, then sheet order.
 */
export function inPlanOrder<
  T extends { row: { catalogId: string; rowIndex: number; record: Record<string, unknown> }; appendix: string },
>(lines: T[]): T[] {
  const appendices = ordered(lines, (l) => l.appendix);
  const groups = ordered(lines, (l) => `${l.appendix}|${cleanText(l.row.record.group)}`);
  const key = (l: T): number[] => {
    const at = CATALOG_INDEX.get(l.row.catalogId);
    if (at !== undefined) return [at, 0, 0, l.row.rowIndex];
    return [
      Number.MAX_SAFE_INTEGER,
      appendices.indexOf(l.appendix),
      groups.indexOf(`${l.appendix}|${cleanText(l.row.record.group)}`),
      l.row.rowIndex,
    ];
  };
  return lines
    .map((l) => ({ l, k: key(l) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3])
    .map((x) => x.l);
}
