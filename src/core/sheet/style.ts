import { VERDICT_COLORS, verdictFromLabel } from '../judging/verdicts';
import { PLAN_CATALOG } from '../plan/catalog';
import { cleanText } from '../text';
import type { TabKey } from './schema';
import type { ColumnMap } from './table';

/** Per-row extras a renderer paints: notes on cells whose input could not be read, keyed by column key. */
export interface RowDecoration {
  notes?: Record<string, string>;
  backgrounds?: Record<string, string>;
}
export type SheetDecorations = Partial<Record<TabKey, (RowDecoration | undefined)[]>>;

export interface CellStyle {
  background?: string;
  note?: string;
}

const GROUP_IDS = new Set(PLAN_CATALOG.filter((r) => r.kind === 'group').map((r) => r.id));
const ROMAN = /^[IVXLC]+\.?$/;

/** A heading row: a catalog group, or (in a ward's own list) a Roman-numeral TT row with no lead. */
export function isGroupRow(map: ColumnMap, row: readonly unknown[]): boolean {
  const key = cleanText(row[map.index('rowKey')]);
  if (GROUP_IDS.has(key)) return true;
  if (key.includes('@')) return false;
  const tt = cleanText(row[map.index('tt')]);
  return ROMAN.test(tt) && !cleanText(row[map.index('lead')]);
}

/** How a row should look in the sheet or the .xlsx: group rows bold, verdict cells coloured, notes on bad input. */
export function cellStyleFor(
  tab: TabKey,
  map: ColumnMap,
  row: readonly unknown[],
  decoration?: RowDecoration,
): { bold: boolean; cells: Map<number, CellStyle> } {
  const cells = new Map<number, CellStyle>();
  const at = (key: string): CellStyle | undefined => {
    const i = map.index(key);
    if (i < 0) return undefined;
    if (!cells.has(i)) cells.set(i, {});
    return cells.get(i);
  };
  const bold = (tab === 'indicators' || tab === 'tasks') && isGroupRow(map, row);
  if ((tab === 'indicators' || tab === 'tasks') && map.has('verdict')) {
    const verdict = verdictFromLabel(cleanText(row[map.index('verdict')]).replace(/\s*\(.*\)$/, ''));
    const cell = verdict ? at('verdict') : undefined;
    if (cell && verdict) cell.background = VERDICT_COLORS[verdict];
  }
  for (const [key, note] of Object.entries(decoration?.notes ?? {})) {
    const cell = at(key);
    if (cell) cell.note = note;
  }
  for (const [key, color] of Object.entries(decoration?.backgrounds ?? {})) {
    const cell = at(key);
    if (cell) cell.background = color;
  }
  return { bold, cells };
}
