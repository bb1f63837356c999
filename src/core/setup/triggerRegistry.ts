/**
 * Which installable trigger is the tool's, and whose it is. Apps Script keeps triggers per user: an account sees
 * and deletes only its own, and a trigger runs as the account that made it, for edits by anyone. So two VHXH
 * accounts that each ran setup would each own an onEditInstalled, and every edit would be processed twice; and when
 * the account that owns the triggers leaves, they stop, silently.
 *
 * The registry (script properties) names, per handler, the one trigger that counts: its unique id, who installed it
 * and when. A run of a trigger whose id is not the registered one does nothing (a trigger replaced at a handover, or
 * a second account's). Each run records when it last ran, so the office can see a trigger that stopped.
 */
export const TRIGGER_REGISTRY_KEY = 'triggers.v1';
const LAST_RUN_PREFIX = 'triggers.lastRun.';

export const EDIT_HANDLER = 'onEditInstalled';
export const DAILY_HANDLER = 'dailyReminderTrigger';
export type TriggerHandler = typeof EDIT_HANDLER | typeof DAILY_HANDLER;

export interface TriggerEntry {
  uid: string;
  /** The account that installed it (the one it runs as). */
  by: string;
  /** ISO instant it was installed or adopted. */
  at: string;
}

export type TriggerRegistry = Partial<Record<TriggerHandler, TriggerEntry>>;

function isEntry(value: unknown): value is TriggerEntry {
  const e = value as TriggerEntry;
  return !!e && typeof e === 'object' && typeof e.uid === 'string' && typeof e.by === 'string';
}

export function readRegistry(all: Readonly<Record<string, string>>): TriggerRegistry {
  try {
    const parsed = JSON.parse(all[TRIGGER_REGISTRY_KEY] ?? '{}') as Record<string, unknown>;
    const registry: TriggerRegistry = {};
    for (const handler of [EDIT_HANDLER, DAILY_HANDLER] as const)
      if (isEntry(parsed[handler])) registry[handler] = parsed[handler] as TriggerEntry;
    return registry;
  } catch {
    return {};
  }
}

export function registryProperty(registry: TriggerRegistry): [string, string] {
  return [TRIGGER_REGISTRY_KEY, JSON.stringify(registry)];
}

export function lastRunKey(handler: TriggerHandler): string {
  return LAST_RUN_PREFIX + handler;
}

export function lastRunOf(all: Readonly<Record<string, string>>, handler: TriggerHandler): Date | null {
  const raw = all[lastRunKey(handler)];
  const at = raw ? new Date(raw) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

/**
 * Should a run of `handler` with this trigger id do its work? Yes when it is the registered trigger, or when none is
 * registered yet (a sheet set up before the registry: the first run adopts it, see `adoption`). A run without an id
 * (a test, the editor's Run button) is allowed.
 */
export function isRegisteredRun(registry: TriggerRegistry, handler: TriggerHandler, uid: string | undefined): boolean {
  const entry = registry[handler];
  return !entry || !uid || entry.uid === uid;
}

/** The registry entry a run adopts when none is recorded (null when one is). */
export function adoption(
  registry: TriggerRegistry,
  handler: TriggerHandler,
  uid: string | undefined,
  by: string,
  now: Date,
): TriggerRegistry | null {
  if (registry[handler] || !uid) return null;
  return { ...registry, [handler]: { uid, by, at: now.toISOString() } };
}

/** Record the run time at most once an hour, so an edit rarely pays a property write for it. */
export const RUN_STAMP_EVERY_MS = 60 * 60 * 1000;

export function runStampDue(last: Date | null, now: Date): boolean {
  return !last || now.getTime() - last.getTime() >= RUN_STAMP_EVERY_MS;
}

/** The daily trigger has not run for more than a day and a few hours (it runs between 7:00 and 8:00). */
export const DAILY_RUN_LATE_MS = 27 * 60 * 60 * 1000;

export function dailyRunMissed(registry: TriggerRegistry, lastRun: Date | null, now: Date): boolean {
  const entry = registry[DAILY_HANDLER];
  if (!entry) return false;
  const since = lastRun ?? new Date(entry.at);
  return now.getTime() - since.getTime() > DAILY_RUN_LATE_MS;
}

/** What setup (or enabling reminders) should do about a handler's trigger for the account running it. */
export type InstallDecision =
  /** Nothing registered: install for me (or adopt my existing one). */
  | { kind: 'install' }
  /** Registered to me: keep it (reinstall when my trigger list no longer has it). */
  | { kind: 'mine' }
  /** Registered to another account: do not add a second one; say whose it is and how to take it over. */
  | { kind: 'other'; entry: TriggerEntry };

export function installDecision(registry: TriggerRegistry, handler: TriggerHandler, me: string): InstallDecision {
  const entry = registry[handler];
  if (!entry) return { kind: 'install' };
  if (me && entry.by.toLowerCase() === me.toLowerCase()) return { kind: 'mine' };
  return { kind: 'other', entry };
}
