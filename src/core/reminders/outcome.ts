import { addDays, formatDate, formatVietnamDateTime } from '../dates';
import { REMINDERS_TEXT } from './messages';
import type { PlannedUnit, ReminderPlan, UnitAction } from './recipients';

const T = REMINDERS_TEXT.outcome;

/** What happened to a unit in a run: the plan's decision, or for a planned send, how the send went. */
export type OutcomeKind = Exclude<UnitAction, 'send'> | 'sent' | 'failed' | 'deferred';

export interface UnitOutcome {
  planned: PlannedUnit;
  outcome: OutcomeKind;
  /** When the e-mail went out (sent) or was tried (failed). */
  at: Date | null;
  error: string | null;
}

export function outcomeOf(planned: PlannedUnit): UnitOutcome {
  if (planned.action === 'send') throw new Error('a planned send has no outcome before it is executed');
  return { planned, outcome: planned.action, at: planned.mark?.at ?? null, error: null };
}

/** One Vietnamese phrase: what this run did for the unit, and why. */
export function outcomeText(o: UnitOutcome, plan: Pick<ReminderPlan, 'today' | 'schedule'>): string {
  const tomorrow = formatDate(addDays(plan.today, 1));
  const time = o.at ? formatVietnamDateTime(o.at) : '';
  switch (o.outcome) {
    case 'sent':
      return T.sent(o.planned.recipients.join(', '), time);
    case 'failed':
      return T.failed(o.error ?? '', tomorrow);
    case 'deferred':
      return T.deferred;
    case 'submitted':
      return T.submitted;
    case 'nothingOwed':
      return T.nothingOwed;
    case 'noAddress':
      return T.noAddress(o.planned.invalidEmails.join(', '), o.planned.progress.state?.remindersToAccounts ?? true);
    case 'alreadySent':
      return T.alreadySent(time);
    case 'failedToday':
      return T.failedToday(tomorrow);
    case 'uncertain':
      return T.uncertain(time, tomorrow);
    case 'notDue':
      return T.notDue(plan.schedule.next ? formatDate(plan.schedule.next) : null);
  }
}
