/**
 * The reminder journal kept in script properties (PropertiesService): what was attempted for which unit
 * on which Việt Nam day, and what is still to be sent (carry-over). Only plain strings in and out; the
 * adapter reads all properties once per run and writes single keys.
 *
 * Keys (all start with "rem"; every other property is ignored):
 *   rem:<yyyy-mm-dd>:<unitId>   "<state>|<ISO time>"   one per unit and day, written BEFORE sending ("planned")
 *                                                       and AFTER ("sent" / "failed"); "uncertain" = a planned
 *                                                       mark found by a later run (the run died in between).
 *   rem-summary:<yyyy-mm-dd>    "<state>|<ISO time>"   the VHXH summary of that day: "planned" written BEFORE
 *                                                       sending, "sent" after (a run killed in between leaves
 *                                                       "planned": maybe sent, so not sent again that day).
 *   rem-carry                   JSON CarryOver          units still owed a reminder (quota, failures, a run
 *                                                       that died), sent on the next run even off-schedule.
 *   rem-missed:<yyyy-mm-dd>     "daily"                 the daily run of that day found another run holding
 *                                                       the lock and did nothing: the next run catches up, and
 *                                                       marks it "caughtUp";
 *                               "stopped"               the daily trigger did not run that day at all (found by
 *                                                       its next run, from the last run recorded in the trigger
 *                                                       registry, core/setup/triggerRegistry).
 *                               Each is named in the next summary sent to the VHXH office, then deleted.
 *   rem-trigger                 JSON TriggerInfo        who turned the daily trigger on, and when.
 * Keys older than JOURNAL_KEEP_DAYS are pruned by every run, so the store stays a few kilobytes.
 */
import { addDays, type CalendarDate, daysBetween, formatDate, isoDate, vietnamDateOf } from '../dates';

export const JOURNAL_KEEP_DAYS = 14;
const MARK_PREFIX = 'rem:';
const SUMMARY_PREFIX = 'rem-summary:';
const MISSED_PREFIX = 'rem-missed:';
/** rem-missed values: the run found the lock taken (to catch up), caught up since, or the trigger did not run. */
const MISSED_BUSY = 'daily';
const MISSED_CAUGHT_UP = 'caughtUp';
const MISSED_STOPPED = 'stopped';
export const CARRY_KEY = 'rem-carry';
export const TRIGGER_INFO_KEY = 'rem-trigger';

export type MarkState = 'planned' | 'sent' | 'failed' | 'uncertain';
const MARK_STATES: readonly MarkState[] = ['planned', 'sent', 'failed', 'uncertain'];

export interface JournalMark {
  state: MarkState;
  at: Date | null;
}

/** Why a unit is carried over to the next run. */
export type CarryReason = 'pending' | 'quota' | 'failed' | 'uncertain';

export interface CarryEntry {
  /** The reminder day this entry comes from (yyyy-mm-dd). */
  since: string;
  /** Not to be sent before this day (yyyy-mm-dd): the day after an attempt, or the same day for quota. */
  notBefore: string;
  reason: CarryReason;
}

export interface CarryOver {
  /** The reporting year the entries belong to; entries of another year are dropped. */
  cycle: string;
  units: Record<string, CarryEntry>;
}

export interface TriggerInfo {
  by: string;
  at: string;
}

/** A daily run that did not happen, not yet named in a summary. */
export interface MissedRun {
  /** yyyy-mm-dd */
  day: string;
  /** busy: it found another run holding the lock; stopped: the trigger did not run at all. */
  reason: 'busy' | 'stopped';
}

export interface JournalSnapshot {
  /** day (yyyy-mm-dd) → unitId → mark */
  marks: Map<string, Map<string, JournalMark>>;
  /** days whose summary was sent, or attempted by a run that died around the send → time */
  summaries: Map<string, Date | null>;
  /** days whose summary was attempted but not confirmed sent (the run died) */
  uncertainSummaries: string[];
  carry: CarryOver | null;
  /** Days whose daily run could not get the lock and are not caught up yet (yyyy-mm-dd). */
  missed: string[];
  /** Every missed daily run not yet named in a summary, in key order. */
  missedRuns: MissedRun[];
  trigger: TriggerInfo | null;
  /** Every journal key found (for pruning). */
  keys: string[];
}

export function markKey(day: CalendarDate | string, unitId: string): string {
  return `${MARK_PREFIX}${typeof day === 'string' ? day : isoDate(day)}:${unitId}`;
}

export function summaryKey(day: CalendarDate | string): string {
  return `${SUMMARY_PREFIX}${typeof day === 'string' ? day : isoDate(day)}`;
}

export function missedKey(day: CalendarDate | string): string {
  return `${MISSED_PREFIX}${typeof day === 'string' ? day : isoDate(day)}`;
}

/** A journal day (yyyy-mm-dd) as a calendar date. */
export function dayOfIso(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/** A journal day (yyyy-mm-dd) as the e-mails and Nhật ký write it (dd/mm/yyyy). */
export function formatIsoDay(iso: string): string {
  return formatDate(dayOfIso(iso));
}

export function encodeMark(state: MarkState, at: Date): string {
  return `${state}|${at.toISOString()}`;
}

function decodeMark(value: string): JournalMark | null {
  const [state, at] = String(value).split('|');
  if (!MARK_STATES.includes(state as MarkState)) return null;
  const time = at ? new Date(at) : null;
  return { state: state as MarkState, at: time && !Number.isNaN(time.getTime()) ? time : null };
}

function parseJson<T>(value: string | undefined): T | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function readCarry(value: string | undefined): CarryOver | null {
  const raw = parseJson<CarryOver>(value);
  if (!raw || typeof raw !== 'object' || typeof raw.cycle !== 'string' || typeof raw.units !== 'object' || !raw.units)
    return null;
  const units: Record<string, CarryEntry> = {};
  for (const [unitId, e] of Object.entries(raw.units)) {
    if (e && ISO_DAY.test(String(e.since)) && ISO_DAY.test(String(e.notBefore))) {
      units[unitId] = {
        since: e.since,
        notBefore: e.notBefore,
        reason: (['pending', 'quota', 'failed', 'uncertain'] as const).includes(e.reason) ? e.reason : 'pending',
      };
    }
  }
  return { cycle: raw.cycle, units };
}

/** The journal as found in the script properties (any other property is ignored). */
export function readJournal(properties: Readonly<Record<string, string>>): JournalSnapshot {
  const snapshot: JournalSnapshot = {
    marks: new Map(),
    summaries: new Map(),
    uncertainSummaries: [],
    carry: null,
    missed: [],
    missedRuns: [],
    trigger: null,
    keys: [],
  };
  for (const [key, value] of Object.entries(properties)) {
    if (key.startsWith(MARK_PREFIX)) {
      const day = key.slice(MARK_PREFIX.length, MARK_PREFIX.length + 10);
      const unitId = key.slice(MARK_PREFIX.length + 11);
      const mark = decodeMark(value);
      snapshot.keys.push(key);
      if (!ISO_DAY.test(day) || !unitId || !mark) continue;
      if (!snapshot.marks.has(day)) snapshot.marks.set(day, new Map());
      snapshot.marks.get(day)!.set(unitId, mark);
    } else if (key.startsWith(SUMMARY_PREFIX)) {
      snapshot.keys.push(key);
      const mark = decodeMark(value);
      // "planned": a run died between writing it and sending, or after sending: maybe sent, never resent that day.
      if (mark) snapshot.summaries.set(key.slice(SUMMARY_PREFIX.length), mark.at);
      if (mark && mark.state !== 'sent') snapshot.uncertainSummaries.push(key.slice(SUMMARY_PREFIX.length));
    } else if (key.startsWith(MISSED_PREFIX)) {
      snapshot.keys.push(key);
      const day = key.slice(MISSED_PREFIX.length);
      if (!ISO_DAY.test(day)) continue;
      snapshot.missedRuns.push({ day, reason: value === MISSED_STOPPED ? 'stopped' : 'busy' });
      if (value !== MISSED_STOPPED && value !== MISSED_CAUGHT_UP) snapshot.missed.push(day);
    } else if (key === CARRY_KEY) {
      snapshot.keys.push(key);
      snapshot.carry = readCarry(value);
    } else if (key === TRIGGER_INFO_KEY) {
      snapshot.keys.push(key);
      snapshot.trigger = parseJson<TriggerInfo>(value);
    }
  }
  return snapshot;
}

export function emptyJournal(): JournalSnapshot {
  return readJournal({});
}

export function markOf(journal: JournalSnapshot, day: CalendarDate, unitId: string): JournalMark | null {
  return journal.marks.get(isoDate(day))?.get(unitId) ?? null;
}

/** Journal keys of days older than `keepDays` before today: deleted by the next run. */
export function staleJournalKeys(
  journal: JournalSnapshot,
  today: CalendarDate,
  keepDays = JOURNAL_KEEP_DAYS,
): string[] {
  const oldest = isoDate(addDays(today, -keepDays));
  return journal.keys.filter((key) => {
    const prefix = [MARK_PREFIX, SUMMARY_PREFIX, MISSED_PREFIX].find((p) => key.startsWith(p));
    if (!prefix) return false;
    const day = key.slice(prefix.length, prefix.length + 10);
    return !ISO_DAY.test(day) || day < oldest;
  });
}

/** The run that catches up busy days marks them "caughtUp": not caught up again, still named in the next summary. */
export function caughtUpWrites(days: readonly string[]): Record<string, string> {
  return Object.fromEntries(days.map((day) => [missedKey(day), MISSED_CAUGHT_UP]));
}

/** What a daily run that could not get the lock writes (one key, no lock needed): the next run catches up. */
export function missedRunWrites(today: CalendarDate): Record<string, string> {
  return { [missedKey(today)]: MISSED_BUSY };
}

/**
 * The Việt Nam days the daily trigger should have run and did not: strictly between the day it last ran (or, when
 * it never ran, the day it was turned on) and today; the last JOURNAL_KEEP_DAYS at most.
 */
export function daysWithoutDailyRun(lastRun: Date | null, turnedOnAt: Date | null, now: Date): string[] {
  const since = lastRun ?? turnedOnAt;
  if (!since || Number.isNaN(since.getTime())) return [];
  const today = vietnamDateOf(now);
  const first = addDays(vietnamDateOf(since), 1);
  const days: string[] = [];
  for (let back = Math.min(daysBetween(first, today), JOURNAL_KEEP_DAYS); back >= 1; back--)
    days.push(isoDate(addDays(today, -back)));
  return days;
}

/** The "stopped" marks a daily run writes for the days before it that had no run (a day already marked is kept). */
export function stoppedRunWrites(
  days: readonly string[],
  properties: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    days.filter((day) => !(missedKey(day) in properties)).map((day) => [missedKey(day), MISSED_STOPPED]),
  );
}

export function encodeCarry(carry: CarryOver): string {
  return JSON.stringify(carry);
}
