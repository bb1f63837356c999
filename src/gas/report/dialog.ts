/** What "Tạo báo cáo" shows and keeps: the dialog with the links, and the folder's link in Cấu hình. */
import { REPORT_TEXT } from '../../core/report/messages';
import { reportFolderIdOf } from '../../core/report/name';
import { CONFIG_ITEMS } from '../../core/sheet/config';
import { TABS } from '../../core/sheet/schema';
import { ColumnMap } from '../../core/sheet/table';
import { escapeHtml, matchKey } from '../../core/text';
import type { GoogleDocReport } from './googleDoc';

export function reportDialogHtml(result: GoogleDocReport): string {
  const link = (url: string, text: string) =>
    `<p><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(text)}</a></p>`;
  return (
    `<div style="font-family:Arial,sans-serif;font-size:13px"><p>${escapeHtml(REPORT_TEXT.dialogCreated)}</p>` +
    link(result.url, REPORT_TEXT.dialogOpen) +
    link(result.folder.url, REPORT_TEXT.dialogFolder) +
    result.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('') +
    `<p>${escapeHtml(REPORT_TEXT.dialogCheck)}</p></div>`
  );
}

/**
 * Keeps Cấu hình honest: "Thư mục lưu báo cáo" shows the folder the report actually went to (two Spreadsheet
 * calls, only when it changed).
 */
export function rememberReportFolder(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  setting: string,
  folderUrl: string,
): void {
  if (reportFolderIdOf(setting) === reportFolderIdOf(folderUrl)) return;
  const sheet = ss.getSheetByName(TABS.config.name);
  if (!sheet) return;
  const label = matchKey(CONFIG_ITEMS.find((i) => i.key === 'reportFolderId')!.label);
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const map = new ColumnMap('config', header);
  const row = rows.findIndex((r) => matchKey(r[map.index('key')]) === label);
  if (row >= 0 && map.index('value') >= 0) sheet.getRange(row + 2, map.index('value') + 1).setValue(folderUrl);
}
