/**
 * Carrying out a plan: the order of journal writes, quota checks and sends that makes a reminder go out at
 * most once a day and never get lost. The effects are ports the adapter supplies (Apps Script services, or
 * in-memory ones); this module decides when to call them.
 *
 * Order, per run (the adapter holds the script lock throughout):
 *   1. delete stale journal keys; write the carry-over listing every unit to be sent in this run, and the
 *      "uncertain" marks of earlier runs that died (one setProperties);
 *   2. one Nhật ký append: "planned" rows, skipped units, unconfirmed earlier sends;
 *   3. per unit: check the remaining quota (its recipients + 1 kept for the summary; not enough → stop, the
 *      rest is deferred); write "planned"; send; write "sent" (or "failed" when the service throws);
 *   4. write the final carry-over (deferred: next run, even the same day; failed / unconfirmed: next day);
 *   5. the summary to the VHXH office, when something happened or it is the first run of a reminder day (the
 *      missed daily runs it names are then deleted from the journal);
 *   6. one Nhật ký append with the results.
 * If the run dies anywhere, the properties alone say what is done: sent units have "sent", the unit being
 * sent has "planned" (→ not resent today, sent tomorrow), the rest are in the carry-over.
 */

import { addDays, type CalendarDate, isoDate } from '../dates';
import { COMMON_TEXT } from '../messages';
import type { LogEntry } from '../sheet/log';
import type { OutgoingEmail } from './email';
import { CARRY_KEY, type CarryOver, encodeCarry, encodeMark, markKey, summaryKey } from './journal';
import { REMINDERS_TEXT } from './messages';
import { composeSummary, countOutcomes, type RunCounts } from './officeSummary';
import { outcomeOf, outcomeText, type UnitOutcome } from './outcome';
import { itemsSummary, type PlannedUnit, plannedSends, type ReminderPlan, type RunMode } from './recipients';

const NOTE = REMINDERS_TEXT.summaryNote;
const RUN = REMINDERS_TEXT.run;

export interface ReminderPorts {
  now(): Date;
  /** MailApp.getRemainingDailyQuota(): recipients that can still be written to today. */
  remainingQuota(): number;
  /** Sends one e-mail; throws when the service refuses it. */
  send(email: OutgoingEmail): void;
  setProperty(key: string, value: string): void;
  setProperties(values: Record<string, string>): void;
  deleteProperty(key: string): void;
  /** Appends rows to Nhật ký (one call per batch). */
  appendLog(entries: LogEntry[]): void;
  /** Milliseconds left before Apps Script's 6-minute limit ends the run (absent: no limit). */
  remainingMs?(): number;
}

/** Stop sending when less than this is left of the run: the rest is carried over and sent by the next run. */
export const SEND_MARGIN_MS = 60_000;

export interface SummaryResult {
  sent: boolean;
  to: string | null;
  /** Why it was or was not sent (Vietnamese). */
  note: string;
  message: OutgoingEmail | null;
}

export interface RunResult {
  status: 'done' | 'busy';
  mode: RunMode;
  today: CalendarDate | null;
  scheduled: boolean;
  explanation: string;
  outcomes: UnitOutcome[];
  counts: RunCounts;
  summary: SummaryResult;
  logEntries: LogEntry[];
  /** Set when writing Nhật ký failed (the properties journal still holds the state). */
  logError: string | null;
  /** A short Vietnamese report for a menu alert. */
  message: string;
}

const EMPTY_COUNTS: RunCounts = { sent: 0, failed: 0, deferred: 0, noAddress: 0, uncertain: 0, alreadySent: 0 };

/** The one busy message (nothing was sent). */
export const BUSY_MESSAGE = COMMON_TEXT.busy;

export function busyResult(mode: RunMode): RunResult {
  return {
    status: 'busy',
    mode,
    today: null,
    scheduled: false,
    explanation: '',
    outcomes: [],
    counts: { ...EMPTY_COUNTS },
    summary: { sent: false, to: null, note: NOTE.busy, message: null },
    logEntries: [],
    logError: null,
    message: BUSY_MESSAGE,
  };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 200);
}

/** Is a summary due after this run? Something happened, or it is the first run of a reminder day / a manual run. */
export function summaryDue(plan: ReminderPlan, outcomes: readonly UnitOutcome[]): boolean {
  const happened = outcomes.some(
    (o) => ['sent', 'failed', 'deferred'].includes(o.outcome) || o.planned.newlyUncertain.length > 0,
  );
  if (happened) return true;
  return !plan.summarySentAt && (plan.schedule.scheduled || plan.mode === 'manual');
}

export function executeReminderRun(plan: ReminderPlan, ports: ReminderPorts): RunResult {
  const log = new RunLog(ports);
  // 1. journal before anything is sent
  for (const key of plan.prepare.remove) ports.deleteProperty(key);
  ports.setProperties(plan.prepare.set);
  // 2. what is about to happen, in Nhật ký
  log.write(plan.startLog);
  // 3. the sends
  const outcomes = sendReminders(plan, ports);
  // 4. what is left for the next run
  ports.setProperty(CARRY_KEY, encodeCarry(carryAfter(plan, outcomes)));
  // 5. the summary
  const endLog: LogEntry[] = [];
  const entry = (e: Omit<LogEntry, 'time' | 'user'>) => endLog.push({ time: ports.now(), user: plan.user, ...e });
  for (const o of outcomes) {
    const row = outcomeLogRow(plan, o);
    if (row) entry(row);
  }
  const summary = deliverSummary(plan, outcomes, ports, entry);
  // 6. results in Nhật ký
  log.write(endLog);
  return runResult(plan, outcomes, summary, log);
}

/** Nhật ký appends of a run; a failure to write is kept (the properties journal still holds the state). */
class RunLog {
  readonly entries: LogEntry[] = [];
  error: string | null = null;
  constructor(private readonly ports: Pick<ReminderPorts, 'appendLog'>) {}
  write(entries: LogEntry[]): void {
    if (!entries.length) return;
    this.entries.push(...entries);
    try {
      this.ports.appendLog(entries);
    } catch (error) {
      this.error = errorText(error);
    }
  }
}

/** The planned sends in order; once the quota or the time runs out, the rest is deferred. Every unit's outcome. */
function sendReminders(plan: ReminderPlan, ports: ReminderPorts): UnitOutcome[] {
  const reserve = plan.summaryTo ? 1 : 0;
  const results = new Map<string, UnitOutcome>();
  let stopped = false;
  for (const planned of plannedSends(plan)) {
    stopped ||= !canSendNow(ports, planned.recipients.length + reserve);
    const outcome: UnitOutcome = stopped
      ? { planned, outcome: 'deferred', at: null, error: null }
      : sendReminder(plan, planned, ports);
    results.set(planned.unit.id, outcome);
  }
  return plan.units.map((u) => results.get(u.unit.id) ?? outcomeOf(u));
}

/** Quota for these recipients (and the summary), and time left before Apps Script's 6-minute limit. */
function canSendNow(ports: ReminderPorts, recipients: number): boolean {
  if (ports.remainingQuota() < recipients) return false;
  // Close to the 6-minute limit: stop cleanly rather than be killed between a send and its journal mark.
  return !ports.remainingMs || ports.remainingMs() >= SEND_MARGIN_MS;
}

/** One reminder: "planned" in the journal, the send, then "sent" (or "failed" when the service refuses it). */
function sendReminder(plan: ReminderPlan, planned: PlannedUnit, ports: ReminderPorts): UnitOutcome {
  const key = markKey(plan.today, planned.unit.id);
  ports.setProperty(key, encodeMark('planned', ports.now()));
  try {
    ports.send(planned.message!);
  } catch (error) {
    const at = ports.now();
    ports.setProperty(key, encodeMark('failed', at));
    return { planned, outcome: 'failed', at, error: errorText(error) };
  }
  const at = ports.now();
  ports.setProperty(key, encodeMark('sent', at));
  return { planned, outcome: 'sent', at, error: null };
}

/** The carry-over after the sends: sent units leave it, deferred ones wait for the next run, failed ones for tomorrow. */
function carryAfter(plan: ReminderPlan, outcomes: readonly UnitOutcome[]): CarryOver {
  const todayIso = isoDate(plan.today);
  const tomorrowIso = isoDate(addDays(plan.today, 1));
  const carry: CarryOver = { cycle: plan.carry.cycle, units: { ...plan.carry.units } };
  for (const o of outcomes) {
    const id = o.planned.unit.id;
    const since = carry.units[id]?.since ?? todayIso;
    if (o.outcome === 'sent') delete carry.units[id];
    else if (o.outcome === 'deferred') carry.units[id] = { since, notBefore: todayIso, reason: 'quota' };
    else if (o.outcome === 'failed') carry.units[id] = { since, notBefore: tomorrowIso, reason: 'failed' };
  }
  return carry;
}

const OUTCOME_LOG_ACTIONS: Partial<Record<UnitOutcome['outcome'], LogEntry['action']>> = {
  sent: 'reminderSent',
  failed: 'reminderFailed',
  deferred: 'reminderDeferred',
};

/** The Nhật ký row of a send this run attempted or deferred (null for the plan's other decisions). */
function outcomeLogRow(plan: ReminderPlan, o: UnitOutcome): Omit<LogEntry, 'time' | 'user'> | null {
  const action = OUTCOME_LOG_ACTIONS[o.outcome];
  if (!action) return null;
  const p = o.planned;
  const detail = o.outcome === 'sent' ? REMINDERS_TEXT.journal.sent(itemsSummary(p.progress)) : outcomeText(o, plan);
  return { action, unitId: p.unit.id, target: p.recipients.join('; '), detail };
}

type LogRow = (e: Omit<LogEntry, 'time' | 'user'>) => void;

/** The summary to the VHXH office, when due and possible; what happened to it goes to Nhật ký. */
function deliverSummary(
  plan: ReminderPlan,
  outcomes: readonly UnitOutcome[],
  ports: ReminderPorts,
  log: LogRow,
): SummaryResult {
  const to = plan.summaryTo;
  const notSent = (note: string, message: OutgoingEmail | null = null): SummaryResult => ({
    sent: false,
    to,
    note,
    message,
  });
  if (!summaryDue(plan, outcomes)) return notSent(NOTE.notDue);
  if (!to) {
    log({ action: 'reminderSkipped', target: plan.config.vhxhEmail, detail: NOTE.noAddress });
    return notSent(NOTE.noAddress);
  }
  const message = composeSummary(plan, outcomes, to);
  if (ports.remainingQuota() < 1) {
    log({ action: 'reminderDeferred', target: to, detail: NOTE.noQuota });
    return notSent(NOTE.noQuota, message);
  }
  const result = sendSummary(plan.today, message, to, ports, log);
  // The missed daily runs it names are told: the next summary does not repeat them.
  if (result.sent) for (const key of plan.missedRunKeys) ports.deleteProperty(key);
  return result;
}

/** Journalled before sending, like the unit reminders: a run killed around the send never sends it twice. */
function sendSummary(
  today: CalendarDate,
  message: OutgoingEmail,
  to: string,
  ports: ReminderPorts,
  log: LogRow,
): SummaryResult {
  const key = summaryKey(today);
  let sent = false;
  try {
    ports.setProperty(key, encodeMark('planned', ports.now()));
    ports.send(message);
    sent = true;
    ports.setProperty(key, encodeMark('sent', ports.now()));
    log({ action: 'summarySent', target: to, detail: message.subject });
    return { sent, to, note: NOTE.sent(to), message };
  } catch (error) {
    // Refused by the service: not sent, so the next run may try again. Sent, but its "sent" mark could not be
    // written: the "planned" mark stays, and a planned summary is never sent twice on one day.
    if (!sent) ports.deleteProperty(key);
    const note = NOTE.failed(errorText(error));
    log({ action: 'reminderFailed', target: to, detail: note });
    return { sent, to, note, message };
  }
}

function runResult(plan: ReminderPlan, outcomes: UnitOutcome[], summary: SummaryResult, log: RunLog): RunResult {
  const result: RunResult = {
    status: 'done',
    mode: plan.mode,
    today: plan.today,
    scheduled: plan.schedule.scheduled,
    explanation: plan.schedule.explanation,
    outcomes,
    counts: countOutcomes(outcomes),
    summary,
    logEntries: log.entries,
    logError: log.error,
    message: '',
  };
  result.message = runResultMessage(result);
  return result;
}

/** The units that would get a reminder, and the summary, without sending or writing anything. */
export function dryRun(plan: ReminderPlan): {
  reminders: OutgoingEmail[];
  summary: OutgoingEmail | null;
  outcomes: UnitOutcome[];
} {
  const outcomes = plan.units.map<UnitOutcome>((u) =>
    u.action === 'send' ? { planned: u, outcome: 'sent', at: plan.now, error: null } : outcomeOf(u),
  );
  return {
    reminders: plannedSends(plan).map((u) => u.message!),
    summary: plan.summaryTo ? composeSummary(plan, outcomes, plan.summaryTo) : null,
    outcomes,
  };
}

const names = (outcomes: readonly UnitOutcome[]) => outcomes.map((o) => o.planned.unit.name).join('; ');

/** What a menu user reads after a run. */
export function runResultMessage(result: RunResult): string {
  if (result.status === 'busy') return BUSY_MESSAGE;
  const by = (kind: string) => result.outcomes.filter((o) => o.outcome === kind);
  const lines = [RUN.sent(result.counts.sent, names(by('sent')))];
  if (by('alreadySent').length) lines.push(RUN.alreadySent(names(by('alreadySent'))));
  if (by('noAddress').length) lines.push(RUN.noAddress(names(by('noAddress'))));
  if (by('deferred').length) lines.push(RUN.deferred(names(by('deferred'))));
  const failed = [...by('failed'), ...by('failedToday')];
  if (failed.length) lines.push(RUN.failed(names(failed)));
  if (by('uncertain').length) lines.push(RUN.uncertain(names(by('uncertain'))));
  lines.push(result.summary.note);
  if (result.logError) lines.push(RUN.logError(result.logError));
  return lines.filter(Boolean).join('\n');
}

/** The confirmation asked before "Gửi nhắc hạn ngay" sends anything. */
export function confirmSendMessage(plan: ReminderPlan): string {
  const of = (action: string) => plan.units.filter((u) => u.action === action).map((u) => u.unit.name);
  const send = of('send');
  const lines = [plan.schedule.explanation];
  lines.push(send.length ? RUN.confirmSend(send.length, send.join('; ')) : RUN.confirmNobody);
  if (of('alreadySent').length) lines.push(RUN.confirmAlreadySent(of('alreadySent').join('; ')));
  if (of('noAddress').length) lines.push(RUN.confirmNoAddress(of('noAddress').join('; ')));
  const waiting = [...of('uncertain'), ...of('failedToday')];
  if (waiting.length) lines.push(RUN.confirmWaiting(waiting.join('; ')));
  lines.push(plan.summaryTo ? RUN.confirmSummary(plan.summaryTo) : RUN.confirmNoSummary);
  lines.push('', send.length ? RUN.confirmContinue : RUN.confirmSummaryOnly);
  return lines.join('\n');
}
