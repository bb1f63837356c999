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
 *   5. the summary to the VHXH office, when something happened or it is the first run of a reminder day;
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
import { itemsSummary, plannedSends, type ReminderPlan, type RunMode } from './recipients';

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
  const todayIso = isoDate(plan.today);
  const tomorrowIso = isoDate(addDays(plan.today, 1));
  const logEntries: LogEntry[] = [];
  let logError: string | null = null;
  const writeLog = (entries: LogEntry[]) => {
    if (!entries.length) return;
    logEntries.push(...entries);
    try {
      ports.appendLog(entries);
    } catch (error) {
      logError = errorText(error);
    }
  };

  // 1. journal before anything is sent
  for (const key of plan.prepare.remove) ports.deleteProperty(key);
  ports.setProperties(plan.prepare.set);
  // 2. what is about to happen, in Nhật ký
  writeLog(plan.startLog);

  // 3. the sends
  const reserve = plan.summaryTo ? 1 : 0;
  const results = new Map<string, UnitOutcome>();
  let outOfQuota = false;
  for (const planned of plannedSends(plan)) {
    const id = planned.unit.id;
    if (!outOfQuota && ports.remainingQuota() < planned.recipients.length + reserve) outOfQuota = true;
    // Close to the 6-minute limit: stop cleanly rather than be killed between a send and its journal mark.
    if (!outOfQuota && ports.remainingMs && ports.remainingMs() < SEND_MARGIN_MS) outOfQuota = true;
    if (outOfQuota) {
      results.set(id, { planned, outcome: 'deferred', at: null, error: null });
      continue;
    }
    const key = markKey(plan.today, id);
    ports.setProperty(key, encodeMark('planned', ports.now()));
    try {
      ports.send(planned.message!);
    } catch (error) {
      const at = ports.now();
      ports.setProperty(key, encodeMark('failed', at));
      results.set(id, { planned, outcome: 'failed', at, error: errorText(error) });
      continue;
    }
    const at = ports.now();
    ports.setProperty(key, encodeMark('sent', at));
    results.set(id, { planned, outcome: 'sent', at, error: null });
  }
  const outcomes = plan.units.map((u) => results.get(u.unit.id) ?? outcomeOf(u));

  // 4. what is left for the next run
  const carry: CarryOver = { cycle: plan.carry.cycle, units: { ...plan.carry.units } };
  for (const o of outcomes) {
    const id = o.planned.unit.id;
    const since = carry.units[id]?.since ?? todayIso;
    if (o.outcome === 'sent') delete carry.units[id];
    else if (o.outcome === 'deferred') carry.units[id] = { since, notBefore: todayIso, reason: 'quota' };
    else if (o.outcome === 'failed') carry.units[id] = { since, notBefore: tomorrowIso, reason: 'failed' };
  }
  ports.setProperty(CARRY_KEY, encodeCarry(carry));

  // 5. the summary
  const endLog: LogEntry[] = [];
  const entry = (e: Omit<LogEntry, 'time' | 'user'>) => endLog.push({ time: ports.now(), user: plan.user, ...e });
  for (const o of outcomes) {
    const p = o.planned;
    if (o.outcome === 'sent')
      entry({
        action: 'reminderSent',
        unitId: p.unit.id,
        target: p.recipients.join('; '),
        detail: REMINDERS_TEXT.journal.sent(itemsSummary(p.progress)),
      });
    if (o.outcome === 'failed')
      entry({
        action: 'reminderFailed',
        unitId: p.unit.id,
        target: p.recipients.join('; '),
        detail: outcomeText(o, plan),
      });
    if (o.outcome === 'deferred')
      entry({
        action: 'reminderDeferred',
        unitId: p.unit.id,
        target: p.recipients.join('; '),
        detail: outcomeText(o, plan),
      });
  }
  const summary: SummaryResult = { sent: false, to: plan.summaryTo, note: '', message: null };
  if (!summaryDue(plan, outcomes)) {
    summary.note = NOTE.notDue;
  } else if (!plan.summaryTo) {
    summary.note = NOTE.noAddress;
    entry({ action: 'reminderSkipped', target: plan.config.vhxhEmail, detail: summary.note });
  } else {
    summary.message = composeSummary(plan, outcomes, plan.summaryTo);
    if (ports.remainingQuota() < 1) {
      summary.note = NOTE.noQuota;
      entry({ action: 'reminderDeferred', target: plan.summaryTo, detail: summary.note });
    } else {
      try {
        // Journalled before sending, like the unit reminders: a run killed around the send never sends it twice.
        ports.setProperty(summaryKey(plan.today), encodeMark('planned', ports.now()));
        ports.send(summary.message);
        summary.sent = true;
        summary.note = NOTE.sent(plan.summaryTo);
        ports.setProperty(summaryKey(plan.today), encodeMark('sent', ports.now()));
        entry({ action: 'summarySent', target: plan.summaryTo, detail: summary.message.subject });
      } catch (error) {
        // The service refused it: not sent, so the next run may try again.
        ports.deleteProperty(summaryKey(plan.today));
        summary.note = NOTE.failed(errorText(error));
        entry({ action: 'reminderFailed', target: plan.summaryTo, detail: summary.note });
      }
    }
  }
  // 6. results in Nhật ký
  writeLog(endLog);

  const counts = countOutcomes(outcomes);
  const result: RunResult = {
    status: 'done',
    mode: plan.mode,
    today: plan.today,
    scheduled: plan.schedule.scheduled,
    explanation: plan.schedule.explanation,
    outcomes,
    counts,
    summary,
    logEntries,
    logError,
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
