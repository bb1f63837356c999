/**
 * The Lịch sử tab on Apps Script: read whole in one call, appended in one block. Rows are never rewritten or
 * removed by the tool; the tab is protected for the VHXH office (setup).
 */
import { type HistoryEntry, historyRow, readHistory } from '../../core/history/history';
import { PLAIN_TEXT_FORMAT } from '../../core/sheet/format';
import { TAB_ORDER, TABS } from '../../core/sheet/schema';
import { readTab, sheetOf } from '../sheet/io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readHistoryTab(ss: Spreadsheet): HistoryEntry[] {
  return readHistory(readTab(ss, 'history').table);
}

/**
 * Appends entries under the last row, every cell plain text ("82,54%" stays as typed, a leading "=" stays text).
 * Four Spreadsheet calls whatever the number of entries.
 */
export function appendHistory(ss: Spreadsheet, entries: readonly HistoryEntry[]): void {
  if (!entries.length) return;
  const width = TABS.history.columns.length;
  let sheet = sheetOf(ss, 'history');
  if (!sheet) {
    sheet = ss.insertSheet(TABS.history.name, TAB_ORDER.indexOf('history'));
    sheet.getRange(1, 1, 1, width).setValues([TABS.history.columns.map((c) => c.header)]);
  }
  const rows = entries.map(historyRow);
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  const last = start + rows.length - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  const range = sheet.getRange(start, 1, rows.length, width);
  range.setNumberFormat(PLAIN_TEXT_FORMAT);
  range.setValues(rows);
}
