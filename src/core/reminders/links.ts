import type { TabKey } from '../sheet/schema';

/**
 * Where a missing item lives in the shared sheet. The adapter gives the spreadsheet's URL and the numeric
 * id of each tab (getSheetId); offline there is no URL and the e-mail names the tab and row instead.
 */
export interface SheetLinks {
  spreadsheetUrl: string;
  sheetIds: Partial<Record<TabKey, number>>;
}

/** Sheet row (1-based) of a data row: the header is row 1. */
export function sheetRowOf(rowIndex: number): number | null {
  return Number.isInteger(rowIndex) && rowIndex >= 0 ? rowIndex + 2 : null;
}

/**
 * A link that opens the sheet on a tab and row: `<url>#gid=<sheetId>&range=A<row>`.
 * Only https URLs are linked; without a tab id the link opens the spreadsheet; null without a usable URL.
 */
export function sheetLink(links: SheetLinks | null | undefined, tab?: TabKey, rowIndex = -1): string | null {
  const url = String(links?.spreadsheetUrl ?? '').trim();
  if (!/^https:\/\/[^\s"'<>]+$/i.test(url)) return null;
  const base = url.replace(/#.*$/, '');
  const gid = tab === undefined ? undefined : links?.sheetIds[tab];
  if (gid === undefined || !Number.isInteger(gid)) return base;
  const row = sheetRowOf(rowIndex);
  return `${base}#gid=${gid}${row ? `&range=A${row}` : ''}`;
}
