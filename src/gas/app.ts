/**
 * What the Apps Script entry points (entry.ts) call. Bundled by esbuild into one IIFE exposed as the global
 * `PlanTracker`. Each menu handler shows failures in Vietnamese; nothing typed is ever lost.
 */

import { vietnamDateOf } from '../core/dates';
import { assessWorkbook, measureContradictions } from '../core/judging/assess';
import { guideLines } from '../core/menu/guide';
import { MENU_ENTRIES, MENU_TITLE } from '../core/menu/menu';
import { MENU_TEXT } from '../core/menu/messages';
import { OVERVIEW_TEXT } from '../core/overview/messages';
import { buildReport } from '../core/report/build';
import { REPORT_TEXT } from '../core/report/messages';
import { preflight, preflightLines } from '../core/report/preflight';
import { SETUP_TEXT } from '../core/setup/messages';
import { TAB_ORDER } from '../core/sheet/schema';
import { type ReviewAction, SUBMISSION_TEXT } from '../core/submission/state';
import { escapeHtml } from '../core/text';
import { handleEdit } from './cellEdit/onEdit';
import { flushPendingLog } from './cellEdit/pendingLog';
import { isTriggerOrPerson, refuseAnonymousCall } from './entryPage/callerGuard';
import { offerHardenedSharing } from './entryPage/hardened';
import { entryLinkAction as linkAction, showEntryLinks } from './entryPage/links';
import { renderPage, savePage, submitPage } from './entryPage/server';
import { explain, guarded } from './guard';
import { startNewYear } from './newYear/newYear';
import { CHART_SIZE, rebuildSummary } from './overview/overview';
import { importPlanFromTab } from './planImport/planImport';
import { goToCell as selectCell, showValidation } from './progress/dataCheck';
import * as reminders from './reminders/reminders';
import { rememberReportFolder, reportDialogHtml } from './report/dialog';
import { renderReportToGoogleDoc, reportDocumentName } from './report/googleDoc';
import { missedRunWarning, showTriggers } from './setup/handover';
import { runSetup } from './setup/setup';
import { configFromRows, loadConfig } from './sheet/configStore';
import { verifyIntegrity } from './sheet/integrity';
import { appendLog, currentUserEmail, readWorkbook } from './sheet/io';
import {
  handleInstalledEdit,
  reviewUnit as review,
  showReviewSidebar,
  submissionUpkeep,
  submitForCurrentUser,
} from './submission';
import { unitsView } from './submission/units';

function ui() {
  return SpreadsheetApp.getUi();
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = ui().createMenu(MENU_TITLE);
  for (const entry of MENU_ENTRIES) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.label, entry.handler);
  }
  menu.addToUi();
  // A daily run that did not happen (its account left, lost access, or ran out of quota): said when the sheet opens.
  try {
    const warning = missedRunWarning(new Date());
    if (warning) ss().toast(warning, MENU_TEXT.title, 20);
  } catch (error) {
    console.error(error);
  }
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

/** Installable onEdit (runs as the owner): the audit trail and the log entries the simple trigger queued. */
export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleInstalledEdit(e);
}

export function menuSetup(): void {
  if (refuseAnonymousCall('menuSetup')) return;
  guarded(() => {
    const result = runSetup();
    hardenIfAsked();
    ui().alert(
      SETUP_TEXT.done({
        tabs: TAB_ORDER.length,
        indicators: result.indicators,
        tasks: result.tasks,
        added: result.added.length,
        retired: result.retired.length,
        unknownLeads: result.unknownLeads,
        protections: result.protections,
        restored: result.restored,
        addressProblems: result.addressProblems,
      }),
    );
  }, 'menuSetup');
}

export function menuValidate(): void {
  if (refuseAnonymousCall('menuValidate')) return;
  guarded(showValidation, 'menuValidate');
}

export function goToCell(sheetName: string, a1: string): void {
  if (refuseAnonymousCall('goToCell')) return;
  selectCell(sheetName, a1);
}

/** Rebuilds Tổng hợp (and its charts) from the current data. */
function refreshSummary(now = new Date()) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // Lịch sử too: the baseline of each path, the change the report states, Tổng hợp's results by year.
  const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues', 'history']);
  configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  const assessment = assessWorkbook(workbook, vietnamDateOf(now));
  return { ss, assessment, ...rebuildSummary(ss, assessment, now) };
}

export function menuRefreshSummary(): void {
  if (refuseAnonymousCall('menuRefreshSummary')) return;
  guarded(() => {
    refreshSummary();
    ss().toast(OVERVIEW_TEXT.refreshed, MENU_TEXT.title, 5);
  }, 'menuRefreshSummary');
}

function ss() {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * "Tạo báo cáo": the pre-flight first (the office goes on or goes to fix), then the .docx built once and
 * converted into a new Google Doc by Drive (src/gas/report/googleDoc.ts), its link in a dialog and in Nhật ký.
 */
export function menuCreateReport(): void {
  if (refuseAnonymousCall('menuCreateReport')) return;
  guarded(() => {
    const now = new Date();
    const { ss: book, assessment, charts } = refreshSummary(now);
    const check = preflight(assessment, measureContradictions(assessment));
    if (!check.clean) {
      const text = [...preflightLines(check), '', REPORT_TEXT.preflight.question].join('\n');
      if (ui().alert(REPORT_TEXT.preflight.title, text, ui().ButtonSet.YES_NO) !== ui().Button.YES) {
        ui().alert(REPORT_TEXT.preflight.stopped);
        return;
      }
    }
    const images = charts.map((chart) => {
      const blob = chart.getAs('image/png');
      return {
        title: String(chart.getOptions().get('title') ?? ''),
        png: new Uint8Array(blob.getBytes().map((b) => b & 0xff)),
        // Each chart's own size (the trend chart is taller): the options rebuildSummary set (ChartOptions.get).
        widthPx: Number(chart.getOptions().get('width')) || CHART_SIZE.width,
        heightPx: Number(chart.getOptions().get('height')) || CHART_SIZE.height,
      };
    });
    const doc = buildReport(assessment, { generatedAt: now, charts: images });
    const result = renderReportToGoogleDoc(doc, {
      name: reportDocumentName(assessment.config, now),
      folderSetting: assessment.config.reportFolderId,
    });
    rememberReportFolder(book, assessment.config.reportFolderId, result.folder.url);
    flushPendingLog(book);
    appendLog(book, [
      { time: now, user: currentUserEmail(), action: 'report', detail: REPORT_TEXT.logCreated(result.url) },
    ]);
    ui().showModalDialog(
      HtmlService.createHtmlOutput(reportDialogHtml(result)).setWidth(480).setHeight(300),
      REPORT_TEXT.dialogTitle,
    );
  }, 'menuCreateReport');
}

export function menuSubmitUnitReport(): void {
  if (refuseAnonymousCall('menuSubmitUnitReport')) return;
  guarded(() => {
    const message = submitForCurrentUser(
      new Date(),
      (question) => ui().alert(question, ui().ButtonSet.YES_NO) === ui().Button.YES,
    );
    ui().alert(message);
  }, 'menuSubmitUnitReport');
}

export function menuReviewSubmissions(): void {
  if (refuseAnonymousCall('menuReviewSubmissions')) return;
  guarded(() => showReviewSidebar(), 'menuReviewSubmissions');
}

/** Called from the review sidebar. */
export function reviewUnit(unitId: string, action: ReviewAction, comment: string): string {
  if (refuseAnonymousCall('reviewUnit')) return SUBMISSION_TEXT.notVhxh;
  try {
    return review(String(unitId), action, String(comment ?? ''));
  } catch (error) {
    return explain(error).message;
  }
}

/** "Bắt đầu năm báo cáo mới": the VHXH office closes the year (archive, read back, clear) and opens the next. */
export function menuNewYear(): void {
  guarded(() => {
    const message = startNewYear(ss(), new Date(), {
      confirm: (question) => ui().alert(question, ui().ButtonSet.YES_NO) === ui().Button.YES,
    });
    ui().alert(message);
  }, 'menuNewYear');
}

/** "Nạp kế hoạch của phường": the VHXH office loads its ward's plan from the tables pasted in the "Nạp kế hoạch" tab. */
export function menuImportPlan(): void {
  guarded(() => {
    const message = importPlanFromTab(
      ss(),
      new Date(),
      (question) => ui().alert(question, ui().ButtonSet.YES_NO) === ui().Button.YES,
    );
    ui().alert(message);
  }, 'menuImportPlan');
}

export function menuGuide(): void {
  if (refuseAnonymousCall('menuGuide')) return;
  guarded(() => {
    const lines = guideLines(loadConfig(vietnamDateOf(new Date())));
    const html = `<div style="font-family:Arial,sans-serif;font-size:13px">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
    ui().showSidebar(HtmlService.createHtmlOutput(html).setTitle(MENU_TEXT.guideTitle));
  }, 'menuGuide');
}

export function menuSendRemindersNow(): void {
  if (refuseAnonymousCall('menuSendRemindersNow')) return;
  guarded(reminders.menuSendRemindersNow, 'menuSendRemindersNow');
}
export function menuEnableReminders(): void {
  if (refuseAnonymousCall('menuEnableReminders')) return;
  guarded(reminders.menuEnableReminders, 'menuEnableReminders');
}
export function menuDisableReminders(): void {
  if (refuseAnonymousCall('menuDisableReminders')) return;
  guarded(reminders.menuDisableReminders, 'menuDisableReminders');
}

/** "Trình kích hoạt và bàn giao": who owns the triggers, when they last ran; a VHXH account may take them over. */
export function menuTriggers(): void {
  if (refuseAnonymousCall('menuTriggers')) return;
  guarded(() => showTriggers(), 'menuTriggers');
}

/** The daily trigger: reminders, then the overview is rebuilt so the VHXH office sees today's state. */
export function dailyReminderTrigger(e?: unknown): void {
  if (!isTriggerOrPerson(e)) {
    console.warn('[ANONYMOUS_CALL] dailyReminderTrigger refused: not a trigger of this project');
    return;
  }
  // A replaced trigger, or a second account's, does nothing; the registered one records that it ran.
  if (!reminders.dailyRunAccepted(e, new Date())) return;
  // Changes made outside the tool since yesterday: logged, and told in today's summary.
  try {
    verifyIntegrity(SpreadsheetApp.getActiveSpreadsheet(), { protections: true });
  } catch (error) {
    console.error(error);
  }
  // First the deadline and approval locks and the Đơn vị copy of each submission, which the reminders read.
  try {
    submissionUpkeep();
  } catch (error) {
    console.error(error);
  }
  reminders.dailyReminderTrigger(e);
  try {
    refreshSummary();
  } catch (error) {
    console.error(error);
  }
}

/**
 * The units' entry page (web app, executed as the office). doGet and the page's two calls check the link's token
 * themselves; every other public function above refuses a call no signed-in person made (see callerGuard.ts).
 */
export function doGet(e?: { parameter?: Record<string, string> }): GoogleAppsScript.HTML.HtmlOutput {
  return renderPage(e);
}
export function entryPageSave(token: unknown, request: unknown) {
  return savePage(token, request);
}
export function entryPageSubmit(token: unknown, requestId: unknown) {
  return submitPage(token, requestId);
}

/** "Đường dẫn nhập liệu của đơn vị…": the office's dialog of links. */
export function menuEntryLinks(): void {
  if (refuseAnonymousCall('menuEntryLinks')) return;
  guarded(() => showEntryLinks(), 'menuEntryLinks');
}
/** The links dialog's buttons (send, rotate); office accounts only. */
export function entryLinkAction(action: unknown, unitId: unknown) {
  return linkAction(action, unitId);
}

/** After setup in the hardened mode: offer to make units' editors viewers (they enter through their page). */
function hardenIfAsked(now = new Date()): void {
  const book = ss();
  const config = loadConfig(vietnamDateOf(now));
  if (config.entryMode !== 'page') return;
  const result = offerHardenedSharing(
    book,
    config,
    unitsView(book, now),
    currentUserEmail(),
    now,
    (question) => ui().alert(question, ui().ButtonSet.YES_NO) === ui().Button.YES,
  );
  if (result.log.length) appendLog(book, result.log);
  if (result.message) ui().alert(result.message);
}
