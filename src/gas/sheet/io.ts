/**
 * Reading and writing whole tabs in as few Spreadsheet calls as possible: one getValues per tab,
 * one setValues per block. Nothing here decides anything; the core does.
 */
import { type LogEntry, logRow } from '../../core/sheet/log';
import { TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
import type { TableData } from '../../core/sheet/table';
import type { WorkbookData } from '../../core/sheet/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetOf(ss: Spreadsheet, tab: TabKey): Sheet | null {
  return ss.getSheetByName(TABS[tab].name);
}

/** The tab's header and rows from one getDataRange().getValues(); an absent tab reads as empty. */
export function readTab(ss: Spreadsheet, tab: TabKey): { sheet: Sheet | null; table: TableData } {
  const sheet = sheetOf(ss, tab);
  if (!sheet) return { sheet: null, table: { header: TABS[tab].columns.map((c) => c.header), rows: [] } };
  const values = sheet.getDataRange().getValues();
  const [header = [], ...rows] = values;
  return { sheet, table: { header, rows } };
}

export function readWorkbook(ss: Spreadsheet, tabs: readonly TabKey[] = TAB_ORDER): WorkbookData {
  const data = {} as WorkbookData;
  for (const tab of TAB_ORDER) {
    data[tab] = tabs.includes(tab)
      ? readTab(ss, tab).table
      : { header: TABS[tab].columns.map((c) => c.header), rows: [] };
  }
  return data;
}

/** Appends journal rows under the last row of Nhật ký in one setValues. Never rewrites earlier rows. */
export function appendLog(ss: Spreadsheet, entries: readonly LogEntry[]): void {
  if (!entries.length) return;
  let sheet = sheetOf(ss, 'log');
  if (!sheet) {
    sheet = ss.insertSheet(TABS.log.name);
    sheet.getRange(1, 1, 1, TABS.log.columns.length).setValues([TABS.log.columns.map((c) => c.header)]);
  }
  const rows = entries.map(logRow);
  const start = sheet.getLastRow() + 1;
  if (start + rows.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), start + rows.length - 1 - sheet.getMaxRows());
  sheet.getRange(start, 1, rows.length, rows[0].length).setValues(rows);
}

/** The e-mail of whoever runs this (empty for some accounts in simple triggers). */
export function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
