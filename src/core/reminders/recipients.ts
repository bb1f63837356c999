/**
 * Who gets what in one run: for each unit of the Đơn vị tab, whether a reminder goes out now and why
 * (or why not), the e-mail itself, and the journal writes to make before anything is sent.
 *
 * Rules (docs/reminders.md says the same in Vietnamese):
 *  - A unit that has submitted its report is not chased. A unit is owed a reminder when it has missing items
 *    or entries that cannot be accepted (validation problems).
 *  - Daily run: owing units get a reminder on a scheduled day; on any day, units carried over from an earlier
 *    run (quota ran out, a send failed, a run died) get theirs.
 *  - Manual run ("Gửi nhắc hạn ngay"): every owing unit, whatever the schedule.
 *  - At most one send attempt per unit per Việt Nam day: a unit with any journal mark for today is not sent
 *    again. A "planned" mark without "sent" means a run died around the send: maybe sent, so it is not resent
 *    today; it is carried over to the next day.
 *  - Recipients are only the unit's valid addresses in the Đơn vị tab; no valid address → skipped, and named
 *    in the summary. The summary goes only to the VHXH address of Cấu hình, and only when it is valid.
 */

import { addDays, type CalendarDate, isoDate } from '../dates';
import type { Assessment } from '../judging/assess';
import type { Unit } from '../plan/units';
import { type UnitProgress, unitProgress } from '../progress/owed';
import type { Config } from '../sheet/config';
import type { LogEntry } from '../sheet/log';
import { cleanText } from '../text';
import { composeReminder, isValidEmail, type OutgoingEmail, tabName } from './email';
import {
  CARRY_KEY,
  type CarryEntry,
  type CarryOver,
  encodeCarry,
  encodeMark,
  type JournalMark,
  type JournalSnapshot,
  markKey,
  markOf,
  missedKeys,
  staleJournalKeys,
} from './journal';
import type { SheetLinks } from './links';
import { REMINDERS_TEXT } from './messages';
import { isReminderDay, reminderSchedule, type ScheduleDecision } from './schedule';

const T = REMINDERS_TEXT.journal;

export type RunMode = 'daily' | 'manual';

/** What the plan decides for a unit. */
export type UnitAction =
  /** A reminder goes out in this run. */
  | 'send'
  /** The unit has submitted its report: not chased. */
  | 'submitted'
  /** Nothing missing, nothing to correct. */
  | 'nothingOwed'
  /** Owes something and is due, but has no valid address in the Đơn vị tab. */
  | 'noAddress'
  /** A reminder already went out today. */
  | 'alreadySent'
  /** Today's attempt failed (the mail service refused it): next attempt on the next day. */
  | 'failedToday'
  /** Today's attempt was not confirmed (the run died around the send): maybe sent; not resent today. */
  | 'uncertain'
  /** Owes something but today is not a reminder day for it (daily run). */
  | 'notDue';

export interface PlannedUnit {
  unit: Unit;
  progress: UnitProgress;
  action: UnitAction;
  /** Valid addresses from the Đơn vị tab (the only ones ever written to). */
  recipients: string[];
  /** Addresses in the Đơn vị tab that are not valid e-mail addresses. */
  invalidEmails: string[];
  /** Today's journal mark, if any. */
  mark: JournalMark | null;
  /** The carry-over entry this unit had when the run started. */
  carried: CarryEntry | null;
  /** The reminder, for units with action "send". */
  message: OutgoingEmail | null;
  /** A planned-but-unconfirmed mark found by this run (logged once, then marked "uncertain"). */
  newlyUncertain: string[];
}

export interface ReminderPlan {
  mode: RunMode;
  now: Date;
  today: CalendarDate;
  user: string;
  config: Config;
  configProblems: string[];
  schedule: ScheduleDecision;
  units: PlannedUnit[];
  /** The VHXH address for the summary, or null when Cấu hình has none or an invalid one. */
  summaryTo: string | null;
  /** When today's summary was already sent, if it was. */
  summarySentAt: Date | null;
  /** Property writes to make before any e-mail is sent (to-do carry-over, uncertain marks) and stale keys to delete. */
  prepare: { set: Record<string, string>; remove: string[] };
  /** The carry-over written by `prepare` (every unit to be sent in this run, plus the ones waiting). */
  carry: CarryOver;
  /** Journal rows written before any send: "planned" rows, skipped units, unconfirmed earlier sends. */
  startLog: LogEntry[];
  links: SheetLinks | null;
}

export interface PlanInput {
  assessment: Assessment;
  mode: RunMode;
  now: Date;
  journal: JournalSnapshot;
  links?: SheetLinks | null;
  /** Who runs it (for the journal rows); empty for a trigger without a known user. */
  user?: string;
  /** Precomputed progress (defaults to unitProgress(assessment)). */
  progress?: UnitProgress[];
  /** Each unit's entry page link (issue 16), by unit id: the reminder carries it. */
  entryLinks?: Readonly<Record<string, string>>;
}

/** Does the unit owe anything a reminder should mention? */
export function owesSomething(progress: UnitProgress): boolean {
  return progress.owed.length > 0 || progress.invalid.length > 0;
}

function unique(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of addresses) {
    const address = cleanText(a);
    const key = address.toLowerCase();
    if (!address || seen.has(key)) continue;
    seen.add(key);
    out.push(address);
  }
  return out;
}

/** "Chỉ tiêu: 1.5, 9.6; Nhiệm vụ: 3; Khó khăn - Đề xuất" — the items of a reminder, short, for the journal. */
export function itemsSummary(progress: UnitProgress, max = 400): string {
  const parts: string[] = [];
  for (const tab of ['indicators', 'tasks'] as const) {
    const tts = progress.owed.filter((o) => o.tab === tab).map((o) => o.tt || o.rowKey);
    if (tts.length) parts.push(`${tabName(tab)}: ${tts.join(', ')}`);
  }
  if (progress.owed.some((o) => o.tab === 'issues')) parts.push(tabName('issues'));
  if (progress.invalid.length) parts.push(T.invalidItems(progress.invalid.map((p) => p.tt || p.rowKey).join(', ')));
  const text = `${T.counts(progress.owed.length, progress.invalid.length)}. ${parts.join('; ')}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function planReminderRun(input: PlanInput): ReminderPlan {
  const { assessment, mode, now, journal } = input;
  const config = assessment.config;
  const today = assessment.today;
  const todayIso = isoDate(today);
  const tomorrowIso = isoDate(addDays(today, 1));
  const schedule = reminderSchedule(config, today);
  const links = input.links ?? null;
  const user = input.user ?? '';
  const progressList = input.progress ?? unitProgress(assessment);
  const cycle = String(config.reportingYear);
  const previous = journal.carry && journal.carry.cycle === cycle ? journal.carry.units : {};
  const carry: CarryOver = { cycle, units: {} };
  const set: Record<string, string> = {};
  const startLog: LogEntry[] = [];
  const log = (entry: Omit<LogEntry, 'time' | 'user'>) => startLog.push({ time: now, user, ...entry });
  // Scheduled days whose daily run found the lock taken: a unit with no mark on such a day is due now.
  const missedDays = journal.missed.filter((day) => day <= todayIso && isReminderDay(config, dayFromIso(day)));

  const units: PlannedUnit[] = progressList.map((progress) => {
    const unit = progress.unit;
    const state = assessment.units.find((s) => s.unit.id === unit.id) ?? progress.state;
    const recipients = unique(state?.validEmails ?? []).filter(isValidEmail);
    const invalidEmails = [
      ...(state?.invalidEmails ?? []),
      ...(state?.validEmails ?? []).filter((a) => !isValidEmail(a)),
    ];
    const carried = previous[unit.id] ?? null;
    const mark = markOf(journal, today, unit.id);
    const planned: PlannedUnit = {
      unit,
      progress,
      action: 'notDue',
      recipients,
      invalidEmails,
      mark,
      carried,
      message: null,
      newlyUncertain: [],
    };

    // Planned marks of earlier days: those runs died around the send. Logged once, then marked "uncertain".
    for (const [day, marks] of journal.marks) {
      const m = marks.get(unit.id);
      if (day < todayIso && m?.state === 'planned') {
        planned.newlyUncertain.push(day);
        set[markKey(day, unit.id)] = encodeMark('uncertain', m.at ?? now);
      }
    }

    const submitted = !!progress.state?.submitted || !!state?.submitted;
    if (submitted) planned.action = 'submitted';
    else if (!owesSomething(progress)) planned.action = 'nothingOwed';
    else if (mark?.state === 'sent') planned.action = 'alreadySent';
    else if (mark?.state === 'failed') planned.action = 'failedToday';
    else if (mark?.state === 'uncertain' || mark?.state === 'planned') {
      planned.action = 'uncertain';
      if (mark.state === 'planned') {
        planned.newlyUncertain.push(todayIso);
        set[markKey(today, unit.id)] = encodeMark('uncertain', mark.at ?? now);
      }
    } else {
      const carriedDue = !!carried && carried.notBefore <= todayIso;
      const missedDue = missedDays.some((day) => !journal.marks.get(day)?.get(unit.id));
      const due = mode === 'manual' || schedule.scheduled || carriedDue || missedDue;
      if (!due) planned.action = 'notDue';
      else if (!recipients.length) planned.action = 'noAddress';
      else planned.action = 'send';
    }

    // The carry-over as it must stand if this run dies after this point.
    switch (planned.action) {
      case 'send':
        carry.units[unit.id] = { since: carried?.since ?? todayIso, notBefore: todayIso, reason: 'pending' };
        break;
      case 'failedToday':
        carry.units[unit.id] = { since: carried?.since ?? todayIso, notBefore: tomorrowIso, reason: 'failed' };
        break;
      case 'uncertain':
        carry.units[unit.id] = { since: carried?.since ?? todayIso, notBefore: tomorrowIso, reason: 'uncertain' };
        break;
      case 'notDue':
        if (carried) carry.units[unit.id] = carried;
        break;
      default:
        // submitted, nothing owed, already sent today, no address: nothing left to send.
        break;
    }

    if (planned.action === 'send') {
      planned.message = composeReminder({
        config,
        status: schedule,
        progress,
        recipients,
        assessment,
        links,
        now,
        entryLink: input.entryLinks?.[unit.id] ?? null,
      });
      log({
        action: 'reminderPlanned',
        unitId: unit.id,
        target: recipients.join('; '),
        detail: T.planned(
          mode === 'manual' ? T.whyManual : schedule.scheduled ? T.whyScheduled : T.whyCatchUp,
          itemsSummary(progress),
        ),
      });
    } else if (planned.action === 'noAddress') {
      log({
        action: 'reminderSkipped',
        unitId: unit.id,
        target: planned.invalidEmails.join('; '),
        detail: T.noAddress(itemsSummary(progress)),
      });
    }
    for (const day of planned.newlyUncertain) {
      const dmy = (iso: string) => iso.split('-').reverse().join('/');
      const next =
        planned.action === 'send'
          ? T.resendNow
          : planned.action === 'uncertain'
            ? T.resendFrom(dmy(tomorrowIso))
            : planned.action === 'notDue' || planned.action === 'noAddress'
              ? T.resendNextReminderDay
              : T.noResend;
      log({
        action: 'reminderFailed',
        unitId: unit.id,
        target: recipients.join('; '),
        detail: T.unconfirmed(dmy(day), next),
      });
    }
    return planned;
  });

  set[CARRY_KEY] = encodeCarry(carry);
  const summaryTo = isValidEmail(config.vhxhEmail) ? cleanText(config.vhxhEmail) : null;
  return {
    mode,
    now,
    today,
    user,
    config,
    configProblems: assessment.configProblems.map((p) => `${p.label}: ${p.message}`),
    schedule,
    units,
    summaryTo,
    summarySentAt: journal.summaries.has(todayIso) ? (journal.summaries.get(todayIso) ?? now) : null,
    prepare: {
      set,
      remove: [...new Set([...staleJournalKeys(journal, today), ...missedKeys(journal)])].filter((k) => !(k in set)),
    },
    carry,
    startLog,
    links,
  };
}

function dayFromIso(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/** The units this run will write to, in order. */
export function plannedSends(plan: ReminderPlan): PlannedUnit[] {
  return plan.units.filter((u) => u.action === 'send');
}
