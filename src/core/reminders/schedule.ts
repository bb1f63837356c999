/**
 * When reminders go out. Pure: a configuration and a Việt Nam calendar date in, a decision out.
 *
 * Default schedule (Cấu hình): 14, 7, 3 and 1 days before the deadline, on the deadline day (0), then every
 * 3 days after it (day +3, +6, ...) until the VHXH office turns the daily trigger off. The deadline is
 * inclusive: on the deadline day a unit is not late yet.
 */

import { addDays, type CalendarDate, daysBetween, formatDate } from '../dates';
import type { Config } from '../sheet/config';
import { REMINDERS_TEXT } from './messages';

const T = REMINDERS_TEXT.schedule;

export type ScheduleConfig = Pick<Config, 'deadline' | 'reminderDaysBefore' | 'reminderEveryDaysAfter'>;

/** Where a day sits relative to the deadline. */
export type DeadlinePhase = 'before' | 'deadline' | 'after';

export interface DeadlineStatus {
  today: CalendarDate;
  deadline: CalendarDate;
  phase: DeadlinePhase;
  /** Days until the deadline (0 on the deadline day and after it). */
  daysLeft: number;
  /** Days past the deadline (0 before and on the deadline day). */
  daysLate: number;
}

export interface ScheduleDecision extends DeadlineStatus {
  /** Today is one of the scheduled reminder days. */
  scheduled: boolean;
  /** Today lies in the reminder period (from the first reminder day before the deadline onwards). */
  inPeriod: boolean;
  /** The next scheduled reminder day strictly after today, or null when none will come. */
  next: CalendarDate | null;
  /** One Vietnamese sentence saying why today is or is not a reminder day. */
  explanation: string;
}

export function deadlineStatus(deadline: CalendarDate, today: CalendarDate): DeadlineStatus {
  const diff = daysBetween(today, deadline);
  return {
    today,
    deadline,
    phase: diff > 0 ? 'before' : diff === 0 ? 'deadline' : 'after',
    daysLeft: Math.max(diff, 0),
    daysLate: Math.max(-diff, 0),
  };
}

/** Is `day` a scheduled reminder day? */
export function isReminderDay(config: ScheduleConfig, day: CalendarDate): boolean {
  const diff = daysBetween(day, config.deadline);
  if (diff >= 0) return config.reminderDaysBefore.includes(diff);
  const every = config.reminderEveryDaysAfter;
  return every > 0 && -diff % every === 0;
}

/** The first scheduled reminder day strictly after `day`, or null (no reminder after the deadline is configured). */
export function nextReminderDay(config: ScheduleConfig, day: CalendarDate): CalendarDate | null {
  const diff = daysBetween(day, config.deadline);
  // Before or on the deadline: the nearest configured "days before" still ahead.
  const ahead = config.reminderDaysBefore.filter((d) => d < diff);
  if (ahead.length) return addDays(config.deadline, -Math.max(...ahead));
  const every = config.reminderEveryDaysAfter;
  if (every <= 0) return null;
  const late = Math.max(-diff, 0);
  return addDays(config.deadline, (Math.floor(late / every) + 1) * every);
}

/** Every scheduled reminder day from `from` to `to`, both inclusive. */
export function reminderDaysBetween(config: ScheduleConfig, from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, 1)) if (isReminderDay(config, d)) days.push(d);
  return days;
}

export function reminderSchedule(config: ScheduleConfig, today: CalendarDate): ScheduleDecision {
  const status = deadlineStatus(config.deadline, today);
  const scheduled = isReminderDay(config, today);
  const firstBefore = config.reminderDaysBefore.length ? Math.max(...config.reminderDaysBefore) : 0;
  const inPeriod = daysBetween(today, config.deadline) <= firstBefore;
  const next = nextReminderDay(config, today);
  const explanation = scheduleExplanation(status, scheduled, inPeriod, next);
  return { ...status, scheduled, inPeriod, next, explanation };
}

function scheduleExplanation(
  status: DeadlineStatus,
  scheduled: boolean,
  inPeriod: boolean,
  next: CalendarDate | null,
): string {
  const today = formatDate(status.today);
  const deadline = formatDate(status.deadline);
  const nextText = T.next(next ? formatDate(next) : null);
  if (!scheduled) return inPeriod ? T.notToday(today, nextText) : T.notYet(today, deadline, nextText);
  if (status.phase === 'before') return T.dueBefore(today, status.daysLeft, deadline);
  if (status.phase === 'deadline') return T.dueOnDeadline(today);
  return T.dueAfter(today, status.daysLate);
}
