/**
 * Reading and writing whole tabs in as few Spreadsheet calls as possible: one getValues per tab,
 * one setValues per block. Nothing here decides anything; the core does.
 */

import { hasNumber, shownCells } from '../../core/judging/numbers';
import { INTEGRITY_KEY, parseIntegrity, rowCheck } from '../../core/sheet/integrity';
import { type LogEntry, logRow } from '../../core/sheet/log';
import { TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
import type { TableData } from '../../core/sheet/table';
import type { WorkbookData } from '../../core/sheet/workbook';
import { tryWithScriptLock } from '../lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetOf(ss: Spreadsheet, tab: TabKey): Sheet | null {
  return ss.getSheetByName(TABS[tab].name);
}

/**
 * The tab's values as the cells show them, from one getDataRange().getValues(). Typed columns are plain text, so a
 * number there came with a paste that brought its own format: when the grid holds a number, one getNumberFormats()
 * more, and a number with a percent format is read as the percent shown (0,8254 as "82,54%", never 0,83%).
 */
export function shownValues(sheet: Sheet): unknown[][] {
  const range = sheet.getDataRange();
  const values = range.getValues();
  return hasNumber(values) ? shownCells(values, range.getNumberFormats()) : values;
}

/** A tab's values from one getDataRange().getValues(); Chỉ tiêu as its cells show them (see shownValues). */
export function tabValues(sheet: Sheet, tab: TabKey): unknown[][] {
  return tab === 'indicators' ? shownValues(sheet) : sheet.getDataRange().getValues();
}

/** The tab's header and rows (as shown, see tabValues); an absent tab reads as empty. */
export function readTab(ss: Spreadsheet, tab: TabKey): { sheet: Sheet | null; table: TableData } {
  const sheet = sheetOf(ss, tab);
  if (!sheet) return { sheet: null, table: { header: TABS[tab].columns.map((c) => c.header), rows: [] } };
  const values = tabValues(sheet, tab);
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

/** The secret the log's check values are keyed with (null before setup made one). */
export function logSecret(all?: Readonly<Record<string, string>>): string | null {
  const raw = all ? all[INTEGRITY_KEY] : PropertiesService.getScriptProperties().getProperty(INTEGRITY_KEY);
  return parseIntegrity(raw)?.secret ?? null;
}

/**
 * Appends journal rows to Nhật ký; never rewrites earlier rows. Each row carries its check value (tamper evidence,
 * core/sheet/integrity). One or two rows go by appendRow, which adds after the last row in one call, so two
 * triggers appending at once do not overwrite each other; more rows go in one setValues under the script lock.
 * `all`: the script properties when the caller already read them (saves a read).
 */
export function appendLog(ss: Spreadsheet, entries: readonly LogEntry[], all?: Readonly<Record<string, string>>): void {
  if (!entries.length) return;
  let sheet = sheetOf(ss, 'log');
  if (!sheet) {
    sheet = ss.insertSheet(TABS.log.name);
    sheet.getRange(1, 1, 1, TABS.log.columns.length).setValues([TABS.log.columns.map((c) => c.header)]);
  }
  const secret = logSecret(all);
  const checkAt = TABS.log.columns.findIndex((c) => c.key === 'check');
  const rows = entries.map((e) => {
    const row = logRow(e);
    // The check is computed on the values as the sheet gives them back (the apostrophe is not kept).
    row[checkAt] = secret
      ? rowCheck(
          secret,
          readBack(row).filter((_, j) => j !== checkAt),
        )
      : '';
    return row;
  });
  if (rows.length <= 2) {
    for (const row of rows) sheet.appendRow(row);
    return;
  }
  const target = sheet;
  tryWithScriptLock(
    10_000,
    () => {
      const start = target.getLastRow() + 1;
      if (start + rows.length - 1 > target.getMaxRows())
        target.insertRowsAfter(target.getMaxRows(), start + rows.length - 1 - target.getMaxRows());
      target.getRange(start, 1, rows.length, rows[0].length).setValues(rows);
    },
    // Another run holds the lock: one appendRow per row still never overwrites anyone's rows.
    () => {
      for (const row of rows) target.appendRow(row);
    },
  );
}

/** A row as getValues returns what `asLiteral` wrote: text without the leading apostrophe. */
function readBack(row: readonly unknown[]): unknown[] {
  return row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v));
}

/** The e-mail of whoever runs this (empty for some accounts in simple triggers). */
export function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
