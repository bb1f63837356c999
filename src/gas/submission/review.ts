import { vietnamDateOf } from '../../core/dates';
import type { Config } from '../../core/sheet/config';
import { returnMail, returnMailLog, returnMailRecipients, reviewLog } from '../../core/submission/flow';
import { reviewHtml, reviewRows } from '../../core/submission/reviewSidebar';
import { openRecord, type ReviewAction, review, SUBMISSION_TEXT } from '../../core/submission/state';
import { cleanText } from '../../core/text';
import type { UnitState } from '../../core/units/table';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { explain } from '../guard';
import { withScriptLock } from '../lock';
import { configFromRows } from '../sheet/configStore';
import { appendLog, currentUserEmail, readWorkbook } from '../sheet/io';
import { isVhxhOrOwner } from '../sheet/people';
import { syncEditingLocks } from './locks';
import { writeMirror } from './mirror';
import { loadRecords, saveRecord } from './records';
import { unitsView } from './units';

/**
 * Approve / return / reopen, by the VHXH office only. Returns the message shown in the sidebar: every failure (a
 * busy lock included) as its one Vietnamese message, never thrown to the sidebar.
 */
export function reviewUnit(unitId: string, action: ReviewAction, comment: string, now: Date = new Date()): string {
  try {
    return reviewOrRefuse(unitId, action, comment, now);
  } catch (error) {
    return explain(error).message;
  }
}

function reviewOrRefuse(unitId: string, action: ReviewAction, comment: string, now: Date): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const email = currentUserEmail();
  const workbook = readWorkbook(ss, ['config', 'units']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  if (!isVhxhOrOwner(ss, config, email)) return SUBMISSION_TEXT.notVhxh;
  const view = unitsView(ss, now, workbook.units);
  const state = view.states.find((s) => s.unit.id === unitId);
  if (!state) return SUBMISSION_TEXT.unknownUnit(unitId);
  const text = cleanText(comment);
  return withScriptLock('interactive', () => {
    const records = loadRecords(config.reportingYear);
    const outcome = review(records[unitId] ?? openRecord(unitId), action, text, now, email);
    if (!outcome.ok) return outcome.message;
    saveRecord(outcome.record, config.reportingYear);
    records[unitId] = outcome.record;
    writeMirror(view, outcome.record, config);
    syncEditingLocks(ss, now, { only: [unitId], config, records, view });
    const log = [reviewLog(action, unitId, outcome.record.state, text, email, now)];
    const lines = [SUBMISSION_TEXT.reviewed(state.unit.name, outcome.record.state)];
    if (action === 'return') {
      const mail = sendReturnMail(ss, state, config, text);
      lines.push(mail);
      log.push(returnMailLog(unitId, mail, email, now));
    }
    flushPendingLog(ss);
    appendLog(ss, log);
    return lines.join('\n');
  });
}

/** E-mails the return comment to the unit; returns what happened, in Vietnamese. */
function sendReturnMail(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: UnitState,
  config: Config,
  comment: string,
): string {
  const recipients = returnMailRecipients(state);
  if (!recipients.length) return SUBMISSION_TEXT.mailNoAddress;
  try {
    if (MailApp.getRemainingDailyQuota() < recipients.length)
      return SUBMISSION_TEXT.mailFailed(SUBMISSION_TEXT.mailQuotaExhausted);
    MailApp.sendEmail(returnMail(state.unit.name, recipients, config, comment, ss.getUrl()));
    return SUBMISSION_TEXT.mailSent(recipients);
  } catch (error) {
    return SUBMISSION_TEXT.mailFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The review sidebar, for the VHXH office only. */
export function showReviewSidebar(now: Date = new Date()): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = readWorkbook(ss, ['config', 'units']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  if (!isVhxhOrOwner(ss, config, currentUserEmail())) {
    SpreadsheetApp.getUi().alert(SUBMISSION_TEXT.notVhxh);
    return;
  }
  const records = loadRecords(config.reportingYear);
  const view = unitsView(ss, now, workbook.units);
  const html = reviewHtml(reviewRows(view.states, records, config));
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(SUBMISSION_TEXT.sidebar.title));
}
