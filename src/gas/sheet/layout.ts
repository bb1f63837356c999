/**
 * The header row of each data tab as setup left it, in script properties: the installable trigger finds its
 * columns there instead of reading the header at every edit (two Spreadsheet calls saved per edit). The header row
 * is protected (VHXH only); an edit of it refreshes the copy, and a row whose key is not where the copy says makes
 * the trigger read the header again.
 */
import type { TabKey } from '../../core/sheet/schema';

export const LAYOUT_KEY = 'layout.v1';

export type Layout = Partial<Record<TabKey, string[]>>;

export function layoutFrom(all: Readonly<Record<string, string>>): Layout {
  try {
    const parsed = JSON.parse(all[LAYOUT_KEY] ?? '{}') as Layout;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

export function layoutProperty(layout: Layout): [string, string] {
  return [LAYOUT_KEY, JSON.stringify(layout)];
}

/** The header of a tab, read from the sheet (one getLastColumn, one getRange, one getValues). */
export function readHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  return sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]
    .map((h) => String(h ?? ''));
}

/** Unit names by id, kept with the layout (the audit names the unit of an edit whose editor Google withheld). */
export const UNIT_NAMES_KEY = 'unitNames.v1';

export function unitNameFrom(all: Readonly<Record<string, string>>, unitId: string): string | undefined {
  try {
    return (JSON.parse(all[UNIT_NAMES_KEY] ?? '{}') as Record<string, string>)[unitId];
  } catch {
    return undefined;
  }
}

/** The edited rectangle from a range's A1 notation ("B5", "B5:D9"): one call instead of four. */
export function editedArea(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) return { row: 1, column: 1 };
    let column = 0;
    for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), column };
  };
  const [a, b = a] = a1.replace(/\$/g, '').toUpperCase().split(':');
  const from = cell(a);
  const to = cell(b);
  return {
    row: Math.min(from.row, to.row),
    column: Math.min(from.column, to.column),
    numRows: Math.abs(to.row - from.row) + 1,
    numColumns: Math.abs(to.column - from.column) + 1,
  };
}
