/**
 * "Kiểm tra dữ liệu": re-judges and re-marks the whole sheet (one write per column), then shows every
 * problem grouped by unit in a sidebar whose links select the cell.
 */

import { formatVietnamDateTime, vietnamDateOf } from '../../core/dates';
import { assessWorkbook } from '../../core/judging/assess';
import { problemsByUnit, problemsHtml, type UnitProblems } from '../../core/progress/dataCheck';
import { PROGRESS_TEXT } from '../../core/progress/messages';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { refreshJudgedTab } from '../setup/setup';
import { configFromRows } from '../sheet/configStore';
import { appendLog, currentUserEmail, readWorkbook, sheetOf } from '../sheet/io';
import { isVhxhOrOwner } from '../sheet/people';

export function runValidation(
  ss = SpreadsheetApp.getActiveSpreadsheet(),
  now = new Date(),
): { groups: UnitProblems[]; html: string } {
  // Lịch sử with the rest: earlier years' results are the baseline of the path to a later year's target.
  const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues', 'history']);
  const today = vietnamDateOf(now);
  const config = configFromRows(workbook.config.rows, today.year);
  const user = currentUserEmail();
  const assessment = assessWorkbook(workbook, today);
  // A unit's staff may not write other units' rows: for them the check only reads and shows.
  if (isVhxhOrOwner(ss, config, user)) {
    const log = [];
    const indicators = sheetOf(ss, 'indicators');
    const tasks = sheetOf(ss, 'tasks');
    const history = assessment.history.entries.length ? assessment.history : null;
    if (indicators)
      log.push(...refreshJudgedTab(indicators, 'indicators', workbook.indicators, config, now, user, history));
    if (tasks) log.push(...refreshJudgedTab(tasks, 'tasks', workbook.tasks, config, now, user));
    flushPendingLog(ss);
    appendLog(ss, log);
  }
  const groups = problemsByUnit(assessment, workbook);
  return { groups, html: problemsHtml(groups, formatVietnamDateTime(now)) };
}

export function showValidation(): void {
  const { html } = runValidation();
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(PROGRESS_TEXT.dataCheck.title));
}

/** Called from the sidebar's links. */
export function goToCell(sheetName: string, a1: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet || !/^[A-Z]{1,3}\d{1,7}$/.test(String(a1))) return;
  sheet.activate();
  sheet.getRange(String(a1)).activate();
}
