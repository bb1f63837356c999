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
import { composeReminder, type OutgoingEmail, officeAddresses, tabName } from './email';
import {
  CARRY_KEY,
  type CarryEntry,
  type CarryOver,
  caughtUpWrites,
  dayOfIso,
  encodeCarry,
  encodeMark,
  formatIsoDay,
  type JournalMark,
  type JournalSnapshot,
  type MissedRun,
  markKey,
  markOf,
  missedKey,
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
  /** The VHXH office's addresses, ", " between them (null: none valid in Cấu hình). */
  summaryTo: string | null;
  /** When today's summary was already sent, if it was. */
  summarySentAt: Date | null;
  /** Daily runs that did not happen, not yet named in a summary: the next summary names them. */
  missedRuns: MissedRun[];
  /** Their journal keys: deleted once a summary has named them. */
  missedRunKeys: string[];
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
  /** Days the daily trigger did not run, not (yet) in the journal: a manual run while it is stopped names them. */
  stoppedDays?: readonly string[];
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
  const day = runDay(input);
  const { config, journal, now, today } = day;
  const units = (input.progress ?? unitProgress(input.assessment)).map((progress) => planUnit(day, input, progress));
  const carry: CarryOver = { cycle: day.cycle, units: {} };
  for (const planned of units) {
    const entry = carryEntry(day, planned);
    if (entry) carry.units[planned.unit.id] = entry;
  }
  const stale = staleJournalKeys(journal, today);
  const missed = missedRunsToName(day, input.stoppedDays ?? [], stale);
  const set: Record<string, string> = Object.assign(
    {},
    ...units.map((planned) => uncertainMarkWrites(day, planned)),
    caughtUpWrites(journal.missed.filter((d) => !stale.includes(missedKey(d)))),
  );
  set[CARRY_KEY] = encodeCarry(carry);
  return {
    mode: day.mode,
    now,
    today,
    user: day.user,
    config,
    configProblems: input.assessment.configProblems.map((p) => `${p.label}: ${p.message}`),
    schedule: day.schedule,
    units,
    summaryTo: officeAddresses(config).join(', ') || null,
    summarySentAt: journal.summaries.has(day.todayIso) ? (journal.summaries.get(day.todayIso) ?? now) : null,
    missedRuns: missed.runs,
    missedRunKeys: missed.keys,
    prepare: { set, remove: stale.filter((k) => !(k in set)) },
    carry,
    startLog: units.flatMap((planned) => startLogRows(day, planned)),
    links: day.links,
  };
}

/** What every unit's decision shares: the day and its schedule, and what the journal says about earlier runs. */
interface RunDay {
  mode: RunMode;
  now: Date;
  user: string;
  links: SheetLinks | null;
  config: Config;
  today: CalendarDate;
  todayIso: string;
  tomorrowIso: string;
  schedule: ScheduleDecision;
  journal: JournalSnapshot;
  /** The reporting year: carry-over entries of another year are dropped. */
  cycle: string;
  /** The carry-over as this run found it (this reporting year's only). */
  carried: Record<string, CarryEntry>;
  /** Scheduled days whose daily run found the lock taken: a unit with no mark on such a day is due now. */
  missedDays: string[];
}

/** The journal's missed daily runs (pruned ones aside) and the days a stopped trigger missed, by day. */
function missedRunsToName(
  day: RunDay,
  stoppedDays: readonly string[],
  stale: readonly string[],
): { runs: MissedRun[]; keys: string[] } {
  const journalled = day.journal.missedRuns.filter((run) => !stale.includes(missedKey(run.day)));
  const known = new Set(journalled.map((run) => run.day));
  const stopped = stoppedDays.filter((d) => !known.has(d)).map((d): MissedRun => ({ day: d, reason: 'stopped' }));
  return {
    runs: [...journalled, ...stopped].sort((a, b) => a.day.localeCompare(b.day)),
    keys: journalled.map((run) => missedKey(run.day)),
  };
}

/** Today's schedule, and what earlier runs left to do. */
function runDay(input: PlanInput): RunDay {
  const { assessment, journal } = input;
  const { config, today } = assessment;
  const todayIso = isoDate(today);
  const cycle = String(config.reportingYear);
  return {
    mode: input.mode,
    now: input.now,
    user: input.user ?? '',
    links: input.links ?? null,
    config,
    today,
    todayIso,
    tomorrowIso: isoDate(addDays(today, 1)),
    schedule: reminderSchedule(config, today),
    journal,
    cycle,
    carried: journal.carry && journal.carry.cycle === cycle ? journal.carry.units : {},
    missedDays: journal.missed.filter((day) => day <= todayIso && isReminderDay(config, dayOfIso(day))),
  };
}

/** One unit: where it can be written to, what the journal says about it, and what this run does for it. */
function planUnit(day: RunDay, input: PlanInput, progress: UnitProgress): PlannedUnit {
  const unit = progress.unit;
  const state = input.assessment.units.find((s) => s.unit.id === unit.id) ?? progress.state;
  const { recipients, invalidEmails } = addressesOf(state);
  const mark = markOf(day.journal, day.today, unit.id);
  const carried = day.carried[unit.id] ?? null;
  const submitted = !!progress.state?.submitted || !!state?.submitted;
  const action = decideAction(day, { progress, submitted, mark, carried, reachable: recipients.length > 0 });
  const newlyUncertain = earlierUnconfirmedDays(day, unit.id);
  if (action === 'uncertain' && mark?.state === 'planned') newlyUncertain.push(day.todayIso);
  const message =
    action === 'send'
      ? composeReminder({
          config: day.config,
          status: day.schedule,
          progress,
          recipients,
          assessment: input.assessment,
          links: day.links,
          now: day.now,
          entryLink: input.entryLinks?.[unit.id] ?? null,
        })
      : null;
  return { unit, progress, action, recipients, invalidEmails, mark, carried, message, newlyUncertain };
}

/**
 * The unit's reminder addresses in the Đơn vị tab (the reminder column, or the accounts when it is empty): the valid
 * ones (the only ones ever written to) and the others, as units/table.ts unitAddresses already sorted them.
 */
function addressesOf(state: UnitProgress['state']): { recipients: string[]; invalidEmails: string[] } {
  return { recipients: unique(state?.reminderEmails ?? []), invalidEmails: [...(state?.invalidReminderEmails ?? [])] };
}

interface UnitFacts {
  progress: UnitProgress;
  submitted: boolean;
  /** Today's journal mark. */
  mark: JournalMark | null;
  carried: CarryEntry | null;
  /** Has at least one valid address. */
  reachable: boolean;
}

/** Who owes, who was already reminded today, who is due: the unit's action in this run. */
function decideAction(day: RunDay, unit: UnitFacts): UnitAction {
  if (unit.submitted) return 'submitted';
  if (!owesSomething(unit.progress)) return 'nothingOwed';
  if (unit.mark?.state === 'sent') return 'alreadySent';
  if (unit.mark?.state === 'failed') return 'failedToday';
  if (unit.mark?.state === 'uncertain' || unit.mark?.state === 'planned') return 'uncertain';
  if (!isDue(day, unit.progress.unit.id, unit.carried)) return 'notDue';
  return unit.reachable ? 'send' : 'noAddress';
}

/** A manual run, a scheduled day, a carry-over whose day has come, or a missed day the unit has no mark for. */
function isDue(day: RunDay, unitId: string, carried: CarryEntry | null): boolean {
  if (day.mode === 'manual' || day.schedule.scheduled) return true;
  if (carried && carried.notBefore <= day.todayIso) return true;
  return day.missedDays.some((missed) => !day.journal.marks.get(missed)?.get(unitId));
}

/** Earlier days with a "planned" mark for the unit: those runs died around the send (maybe sent). */
function earlierUnconfirmedDays(day: RunDay, unitId: string): string[] {
  const days: string[] = [];
  for (const [markDay, marks] of day.journal.marks)
    if (markDay < day.todayIso && marks.get(unitId)?.state === 'planned') days.push(markDay);
  return days;
}

/** Unconfirmed "planned" marks become "uncertain": logged once, never resent that day. */
function uncertainMarkWrites(day: RunDay, planned: PlannedUnit): Record<string, string> {
  const writes: Record<string, string> = {};
  for (const markDay of planned.newlyUncertain) {
    const at = day.journal.marks.get(markDay)?.get(planned.unit.id)?.at;
    writes[markKey(markDay, planned.unit.id)] = encodeMark('uncertain', at ?? day.now);
  }
  return writes;
}

/** The unit's carry-over as it must stand if this run dies after the journal is written (null: nothing left). */
function carryEntry(day: RunDay, planned: PlannedUnit): CarryEntry | null {
  const since = planned.carried?.since ?? day.todayIso;
  switch (planned.action) {
    case 'send':
      return { since, notBefore: day.todayIso, reason: 'pending' };
    case 'failedToday':
      return { since, notBefore: day.tomorrowIso, reason: 'failed' };
    case 'uncertain':
      return { since, notBefore: day.tomorrowIso, reason: 'uncertain' };
    case 'notDue':
      return planned.carried;
    default:
      // submitted, nothing owed, already sent today, no address: nothing left to send.
      return null;
  }
}

/** The Nhật ký rows written before anything is sent: the planned send or the skip, and unconfirmed earlier sends. */
function startLogRows(day: RunDay, planned: PlannedUnit): LogEntry[] {
  const { unit, progress, action } = planned;
  const row = (entry: Omit<LogEntry, 'time' | 'user'>): LogEntry => ({ time: day.now, user: day.user, ...entry });
  const rows: LogEntry[] = [];
  const to = planned.recipients.join('; ');
  if (action === 'send') {
    const detail = T.planned(whySent(day), itemsSummary(progress));
    rows.push(row({ action: 'reminderPlanned', unitId: unit.id, target: to, detail }));
  } else if (action === 'noAddress') {
    const detail = T.noAddress(itemsSummary(progress), progress.state?.remindersToAccounts ?? true);
    rows.push(row({ action: 'reminderSkipped', unitId: unit.id, target: planned.invalidEmails.join('; '), detail }));
  }
  for (const markDay of planned.newlyUncertain) {
    const detail = T.unconfirmed(formatIsoDay(markDay), resendText(day, action));
    rows.push(row({ action: 'reminderFailed', unitId: unit.id, target: to, detail }));
  }
  return rows;
}

function whySent(day: RunDay): string {
  if (day.mode === 'manual') return T.whyManual;
  return day.schedule.scheduled ? T.whyScheduled : T.whyCatchUp;
}

/** What happens to a reminder whose earlier send was not confirmed, given the unit's action today. */
function resendText(day: RunDay, action: UnitAction): string {
  if (action === 'send') return T.resendNow;
  if (action === 'uncertain') return T.resendFrom(formatIsoDay(day.tomorrowIso));
  if (action === 'notDue' || action === 'noAddress') return T.resendNextReminderDay;
  return T.noResend;
}

/** The units this run will write to, in order. */
export function plannedSends(plan: ReminderPlan): PlannedUnit[] {
  return plan.units.filter((u) => u.action === 'send');
}
