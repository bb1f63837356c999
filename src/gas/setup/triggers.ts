/**
 * The tool's two installable triggers (onEditInstalled for every edit, dailyReminderTrigger each morning) and the
 * registry that says which one counts and whose it is (core/setup/triggerRegistry). An account sees only its own
 * triggers, so the registry in script properties is what tells a second VHXH account that one already exists.
 */

import { DAILY_REMINDER_HOUR, REMINDER_TIME_ZONE } from '../../core/reminders/trigger';
import {
  DAILY_HANDLER,
  EDIT_HANDLER,
  installDecision,
  readRegistry,
  registryProperty,
  type TriggerEntry,
  type TriggerHandler,
  type TriggerRegistry,
} from '../../core/setup/triggerRegistry';

export type InstallOutcome =
  | { status: 'created' | 'kept' | 'adopted'; entry: TriggerEntry; removed: number }
  | { status: 'other'; entry: TriggerEntry; removed: 0 };

function createTrigger(handler: TriggerHandler, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  if (handler === EDIT_HANDLER) return ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  return ScriptApp.newTrigger(DAILY_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(DAILY_REMINDER_HOUR)
    .inTimezone(REMINDER_TIME_ZONE)
    .create();
}

function saveRegistry(registry: TriggerRegistry): void {
  PropertiesService.getScriptProperties().setProperty(...registryProperty(registry));
}

export function triggerRegistry(): TriggerRegistry {
  return readRegistry(PropertiesService.getScriptProperties().getProperties());
}

/**
 * Makes sure the tool has exactly one `handler` trigger. Run by `me` (a VHXH account): when the registry names
 * another account, nothing is installed (`other`); `takeOver` installs mine and makes it the one that counts (the
 * other account's trigger then does nothing when it fires, until that person deletes it).
 */
export function ensureTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  handler: TriggerHandler,
  me: string,
  now: Date,
  options: { takeOver?: boolean } = {},
): InstallOutcome {
  const registry = triggerRegistry();
  const decision = installDecision(registry, handler, me);
  if (decision.kind === 'other' && !options.takeOver) return { status: 'other', entry: decision.entry, removed: 0 };
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  const registered = registry[handler]?.uid;
  const keep = mine.find((t) => t.getUniqueId() === registered) ?? mine[0];
  let removed = 0;
  for (const extra of mine) {
    if (extra === keep) continue;
    ScriptApp.deleteTrigger(extra);
    removed++;
  }
  const trigger = keep ?? createTrigger(handler, ss);
  const uid = trigger.getUniqueId();
  const status = !keep ? 'created' : uid === registered ? 'kept' : 'adopted';
  const entry: TriggerEntry =
    status === 'kept' && registry[handler] ? registry[handler] : { uid, by: me, at: now.toISOString() };
  if (status !== 'kept') saveRegistry({ ...registry, [handler]: entry });
  return { status, entry, removed };
}

/** Deletes my `handler` triggers; the registry entry goes when it was mine. Returns how many were deleted. */
export function removeTrigger(handler: TriggerHandler, me: string): { removed: number; owner: TriggerEntry | null } {
  const registry = triggerRegistry();
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  const entry = registry[handler] ?? null;
  if (entry && (entry.by.toLowerCase() === me.toLowerCase() || mine.some((t) => t.getUniqueId() === entry.uid))) {
    const next = { ...registry };
    delete next[handler];
    saveRegistry(next);
    return { removed: mine.length, owner: null };
  }
  return { removed: mine.length, owner: entry };
}
