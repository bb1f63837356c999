/**
 * The daily time-driven trigger: what it calls, when, and how installing twice still leaves one.
 * Apps Script keeps triggers per user: each account sees (and can delete) only its own.
 */
export const DAILY_REMINDER_HANDLER = 'dailyReminderTrigger';
/** Apps Script runs an "at hour 7" trigger some time between 7:00 and 8:00. */
export const DAILY_REMINDER_HOUR = 7;
export const REMINDER_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export interface TriggerInstallPlan {
  /** Indexes (into the list given) of the user's reminder triggers to delete: all but the first. */
  remove: number[];
  /** Create one: the user has none yet. */
  create: boolean;
}

/** Given the handler names of the user's project triggers, what to delete and whether to create. */
export function planTriggerInstall(handlers: readonly string[]): TriggerInstallPlan {
  const ours = handlers.map((h, i) => (h === DAILY_REMINDER_HANDLER ? i : -1)).filter((i) => i >= 0);
  return { remove: ours.slice(1), create: ours.length === 0 };
}

/** Every reminder trigger of the user is deleted. */
export function planTriggerRemoval(handlers: readonly string[]): number[] {
  return handlers.map((h, i) => (h === DAILY_REMINDER_HANDLER ? i : -1)).filter((i) => i >= 0);
}
