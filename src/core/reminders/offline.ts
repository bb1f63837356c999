/**
 * The offline run (`npm start`): no journal, no quota, nothing sent. It shows the reminders that would go
 * out if the VHXH office clicked "Gửi nhắc hạn ngay" on that day, says whether the day is a scheduled
 * reminder day, and lets src/local/reminders/eml.ts write them as .eml files.
 */

import { formatDate, startOfVietnamDay } from '../dates';
import type { Assessment } from '../judging/assess';
import type { OutgoingEmail } from './email';
import { emptyJournal } from './journal';
import type { SheetLinks } from './links';
import { REMINDERS_TEXT } from './messages';
import { outcomeText } from './outcome';
import { planReminderRun, type ReminderPlan } from './recipients';
import { dryRun } from './send';

const T = REMINDERS_TEXT.offline;

/** The time the daily trigger would run on `today`: 07:00 Việt Nam time. */
export function offlineRunTime(today: Assessment['today']): Date {
  return new Date(startOfVietnamDay(today).getTime() + 7 * 3600 * 1000);
}

export interface OfflineReminders {
  plan: ReminderPlan;
  reminders: OutgoingEmail[];
  summary: OutgoingEmail | null;
}

export function planOfflineReminders(
  assessment: Assessment,
  options: { now?: Date; links?: SheetLinks | null } = {},
): OfflineReminders {
  const plan = planReminderRun({
    assessment,
    mode: 'manual',
    now: options.now ?? offlineRunTime(assessment.today),
    journal: emptyJournal(),
    links: options.links ?? null,
    user: '',
  });
  const { reminders, summary } = dryRun(plan);
  return { plan, reminders, summary };
}

/** The lines `npm start` prints about the reminders. */
export function offlineReport(
  offline: OfflineReminders,
  written: readonly { email: OutgoingEmail; path: string }[],
  dir: string,
): string[] {
  const { plan } = offline;
  const lines = [
    T.day(formatDate(plan.today), plan.schedule.explanation),
    plan.schedule.scheduled ? T.scheduled : T.notScheduled,
    T.written(written.length, dir),
  ];
  for (const { email, path } of written) {
    const unit = plan.units.find((u) => u.unit.id === email.unitId);
    const to = email.to.join(', ');
    const what = unit
      ? `${unit.unit.name} <${to}>: ${REMINDERS_TEXT.journal.counts(unit.progress.owed.length, unit.progress.invalid.length)}`
      : T.summaryFile(to);
    lines.push(`    - ${path}: ${what}`);
  }
  for (const u of plan.units) {
    if (u.action === 'noAddress')
      lines.push(
        `  ${u.unit.name} - ${outcomeText({ planned: u, outcome: 'noAddress', at: null, error: null }, plan)}`,
      );
  }
  if (!offline.summary) lines.push(T.noSummary);
  return lines;
}
