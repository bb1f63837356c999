import type { CalendarDate } from '../dates';
import { assessWorkbook } from '../judging/assess';
import type { Config } from '../sheet/config';
import type { LogAction, LogEntry } from '../sheet/log';
import { TABS, type TabKey } from '../sheet/schema';
import type { TableData } from '../sheet/table';
import type { WorkbookData } from '../sheet/workbook';
import { splitList, type UnitState } from '../units/table';
import { type ReviewAction, SUBMISSION_TEXT, type SubmissionState, type SubmitOutcome } from './state';

/** The parts of submitting and reviewing that need no Apps Script: whose unit, the Nhật ký entries, the return e-mail. */

/** Longest detail written to a log entry queued in properties (9 kB per value). */
const MAX_DETAIL = 1500;
const truncate = (text: string, max = MAX_DETAIL) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The units of the Đơn vị tab with their e-mails, from that tab alone. */
export function unitStatesOf(units: TableData, today: CalendarDate): UnitState[] {
  const workbook = {} as WorkbookData;
  for (const key of Object.keys(TABS) as TabKey[])
    workbook[key] = { header: TABS[key].columns.map((c) => c.header), rows: [] };
  workbook.units = units;
  return assessWorkbook(workbook, today).units;
}

export function unitNameIn(states: readonly UnitState[], unitId: string): string {
  return states.find((s) => s.unit.id === unitId)?.unit.name ?? unitId;
}

/**
 * The unit whose Đơn vị row lists the account (valid or not) in its Tài khoản column; none for an empty e-mail. A
 * reminder address (a mail công vụ) is not a Google login and gives no right to act for the unit.
 */
export function unitOfEmail(states: readonly UnitState[], email: string): UnitState | undefined {
  return states.find(
    (s) => email && [...s.accounts, ...s.invalidAccounts].some((e) => e.toLowerCase() === email.toLowerCase()),
  );
}

/** The Nhật ký entry of a submission or of a refused one (its list of problems on one line, shortened to fit). */
export function submitLog(outcome: SubmitOutcome, unitId: string, who: string, now: Date): LogEntry {
  return outcome.ok
    ? { time: now, user: who, action: 'submit', unitId, detail: outcome.message }
    : { time: now, user: who, action: 'submitRefused', unitId, detail: truncate(outcome.message.replace(/\n/g, ' ')) };
}

/** What the unit is told after a submission went through: the confirmation, then the warnings. */
export function submittedMessage(outcome: Extract<SubmitOutcome, { ok: true }>): string {
  return [outcome.message, ...outcome.warnings].join('\n');
}

const REVIEW_LOG_ACTION: Record<ReviewAction, LogAction> = {
  approve: 'approve',
  return: 'returnReport',
  reopen: 'reopen',
};

/** The Nhật ký entry of a review: the comment, or the new state when there is none. */
export function reviewLog(
  action: ReviewAction,
  unitId: string,
  state: SubmissionState,
  comment: string,
  user: string,
  now: Date,
): LogEntry {
  return {
    time: now,
    user,
    action: REVIEW_LOG_ACTION[action],
    unitId,
    target: `${TABS.units.name}!${unitId}`,
    detail: comment || SUBMISSION_TEXT.state[state],
  };
}

/** The Nhật ký entry saying whether the return e-mail went out. */
export function returnMailLog(unitId: string, outcome: string, user: string, now: Date): LogEntry {
  return { time: now, user, action: 'returnReport', unitId, target: `${TABS.units.name}!${unitId}`, detail: outcome };
}

/** The return comment goes where the unit reads its reminders (Đơn vị tab), and only there. */
export function returnMailRecipients(state: UnitState): string[] {
  return [...new Set(state.reminderEmails.map((e) => e.toLowerCase()))];
}

export function returnMail(
  unitName: string,
  recipients: readonly string[],
  config: Config,
  comment: string,
  url: string,
): { to: string; subject: string; body: string; name: string; replyTo?: string } {
  const replyTo = splitList(config.vhxhEmail)[0];
  return {
    to: recipients.join(','),
    subject: SUBMISSION_TEXT.returnedMailSubject(config.planNumber, config.reportingYear),
    body: SUBMISSION_TEXT.returnedMailBody(unitName, comment, url, config.senderName),
    name: config.senderName,
    ...(replyTo ? { replyTo } : {}),
  };
}
