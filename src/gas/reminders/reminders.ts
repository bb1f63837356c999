/**
 * Deadline reminders on Apps Script: a thin adapter. It reads the sheet once, asks the core what to do
 * (src/core/reminders), and lends the core the services it needs: MailApp, PropertiesService (the journal),
 * LockService (one run at a time), ScriptApp (the daily trigger) and Nhật ký (appendLog). No rule lives here.
 */

import { vietnamDateOf } from '../../core/dates';
import { assessWorkbook } from '../../core/judging/assess';
import {
  busyResult,
  confirmSendMessage,
  daysWithoutDailyRun,
  executeReminderRun,
  missedRunWrites,
  type OutgoingEmail,
  planReminderRun,
  type ReminderPlan,
  type RunMode,
  type RunResult,
  readJournal,
  type SheetLinks,
  stoppedRunWrites,
} from '../../core/reminders';
import { REMINDERS_TEXT } from '../../core/reminders/messages';
import {
  adoption,
  DAILY_HANDLER,
  isRegisteredRun,
  lastRunKey,
  lastRunOf,
  readRegistry,
  registryProperty,
} from '../../core/setup/triggerRegistry';
import type { LogEntry } from '../../core/sheet/log';
import type { TabKey } from '../../core/sheet/schema';
import { unitLinks } from '../entryPage/links';
import { tryWithScriptLock, LOCK_WAIT_MS as WAITS } from '../lock';
import { ensureTrigger, removeTrigger, triggerRegistry } from '../setup/triggers';
import { loadConfig } from '../sheet/configStore';
import { appendLog, currentUserEmail, readWorkbook, sheetOf } from '../sheet/io';
import { requireOffice } from '../sheet/people';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script ends a run after 6 minutes (the reading before the sends is counted generously). */
const RUN_LIMIT_MS = 5 * 60_000;

/** The tabs the reminders read (each with one getValues). */
export const REMINDER_TABS: readonly TabKey[] = ['config', 'units', 'indicators', 'tasks', 'issues'];
const LINKED_TABS: readonly TabKey[] = ['indicators', 'tasks', 'issues', 'units'];

/** How long a run waits for another one to finish before giving up. */
export const LOCK_WAIT_MS: Record<RunMode, number> = { daily: WAITS.background, manual: WAITS.interactive };
const MENU_TITLE = REMINDERS_TEXT.menuTitle;
const TRIGGER = REMINDERS_TEXT.trigger;

function sheetLinks(ss: Spreadsheet): SheetLinks {
  const sheetIds: SheetLinks['sheetIds'] = {};
  for (const tab of LINKED_TABS) {
    const sheet = sheetOf(ss, tab);
    if (sheet) sheetIds[tab] = sheet.getSheetId();
  }
  return { spreadsheetUrl: ss.getUrl(), sheetIds };
}

/** Reads the sheet and the journal once and lets the core plan the run. Sends and writes nothing. */
export function planReminders(mode: RunMode, ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): ReminderPlan {
  const now = new Date();
  const assessment = assessWorkbook(readWorkbook(ss, REMINDER_TABS), vietnamDateOf(now));
  const properties = PropertiesService.getScriptProperties().getProperties();
  const journal = readJournal(properties);
  // The units' entry page links (issue 16), when the page is deployed: each reminder carries its unit's link.
  const entryLinks = unitLinks(
    assessment.config,
    assessment.units.map((u) => u.unit.id),
    true,
  );
  return planReminderRun({
    assessment,
    mode,
    now,
    journal,
    links: sheetLinks(ss),
    user: currentUserEmail(),
    entryLinks,
    // The daily run writes the days it did not run into the journal (dailyRunAccepted); a manual run while the
    // trigger is stopped names them itself.
    stoppedDays: mode === 'manual' ? daysTheDailyRunMissed(properties, now) : [],
  });
}

/** The days the registered daily trigger did not run (none when reminders are off), from its last-run stamp. */
function daysTheDailyRunMissed(properties: Readonly<Record<string, string>>, now: Date): string[] {
  const entry = readRegistry(properties)[DAILY_HANDLER];
  if (!entry) return [];
  return daysWithoutDailyRun(lastRunOf(properties, DAILY_HANDLER), new Date(entry.at), now);
}

function sendEmail(message: OutgoingEmail): void {
  MailApp.sendEmail({
    to: message.to.join(','),
    subject: message.subject,
    body: message.text,
    htmlBody: message.html,
    name: message.fromName,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
  });
}

/**
 * One reminder run: 'daily' from the trigger (follows the schedule), 'manual' from the menu (every owing
 * unit not yet reminded today). Returns 'busy' without doing anything when another run holds the lock.
 */
export function runReminders(options: { mode: RunMode }): RunResult {
  const { mode } = options;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS[mode])) {
    if (mode === 'daily')
      PropertiesService.getScriptProperties().setProperties(missedRunWrites(vietnamDateOf(new Date())));
    return busyResult(mode);
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const plan = planReminders(mode, ss);
    const props = PropertiesService.getScriptProperties();
    const started = Date.now();
    return executeReminderRun(plan, {
      now: () => new Date(),
      remainingMs: () => RUN_LIMIT_MS - (Date.now() - started),
      remainingQuota: () => MailApp.getRemainingDailyQuota(),
      send: sendEmail,
      setProperty: (key, value) => {
        props.setProperty(key, value);
      },
      setProperties: (values) => {
        props.setProperties(values);
      },
      deleteProperty: (key) => {
        props.deleteProperty(key);
      },
      appendLog: (entries) => appendLog(ss, entries),
    });
  } finally {
    lock.releaseLock();
  }
}

/** The daily time-driven trigger's handler. */
export function dailyReminderTrigger(_e?: unknown): RunResult {
  return runReminders({ mode: 'daily' });
}

/**
 * Whether this run of the daily trigger is the registered one (a replaced or second account's trigger does
 * nothing); records when it ran, so a trigger that stopped is noticed (onOpen, the next summary).
 */
export function dailyRunAccepted(e: unknown, now: Date): boolean {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const registry = readRegistry(all);
  const uid = (e as { triggerUid?: string } | undefined)?.triggerUid;
  if (!isRegisteredRun(registry, DAILY_HANDLER, uid)) return false;
  // The days before this one that had no run go into the journal (one write with the stamp): the next summary names them.
  const writes: Record<string, string> = {
    ...stoppedRunWrites(daysTheDailyRunMissed(all, now), all),
    [lastRunKey(DAILY_HANDLER)]: now.toISOString(),
  };
  const adopted = adoption(registry, DAILY_HANDLER, uid, currentUserEmail(), now);
  if (adopted) writes[registryProperty(adopted)[0]] = registryProperty(adopted)[1];
  props.setProperties(writes);
  return true;
}

function triggerLog(action: LogEntry['action'], detail: string): LogEntry {
  return { time: new Date(), user: currentUserEmail(), action, detail };
}

/**
 * Installs the daily trigger (about 7:00, Việt Nam time) for the current user, a VHXH account; installing twice
 * leaves one, and when another account's trigger is the registered one, none is added (the registry, see
 * core/setup/triggerRegistry). Returns the Vietnamese message for the user.
 */
export function installDailyTrigger(): { installed: boolean; created: boolean; removed: number; message: string } {
  return tryWithScriptLock(
    LOCK_WAIT_MS.manual,
    () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const user = currentUserEmail();
      const refused = officeRefusal(ss, REMINDERS_TEXT.action.enable, user);
      if (refused) return { installed: false, created: false, removed: 0, message: refused };
      let outcome: ReturnType<typeof ensureTrigger>;
      try {
        outcome = ensureTrigger(ss, DAILY_HANDLER, user, new Date());
      } catch (error) {
        // Google's refusal at 20 triggers a user has its own Vietnamese explanation; anything else goes to the guard.
        if (!/too many triggers/i.test(error instanceof Error ? error.message : String(error))) throw error;
        console.error(error);
        return { installed: false, created: false, removed: 0, message: TRIGGER.limit };
      }
      if (outcome.status === 'other')
        return {
          installed: true,
          created: false,
          removed: 0,
          message: TRIGGER.otherUser({ by: outcome.entry.by, at: outcome.entry.at }),
        };
      const created = outcome.status === 'created';
      const message = created ? TRIGGER.installed(user) : TRIGGER.alreadyInstalled(user);
      if (created) appendLog(ss, [triggerLog('triggerInstalled', message)]);
      return { installed: true, created, removed: outcome.removed, message };
    },
    () => ({ installed: false, created: false, removed: 0, message: busyResult('manual').message }),
  );
}

/** Removes the current user's daily reminder triggers (a VHXH account's). */
export function removeDailyTrigger(): { removed: number; message: string } {
  return tryWithScriptLock(
    LOCK_WAIT_MS.manual,
    () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const user = currentUserEmail();
      const owner = triggerRegistry()[DAILY_HANDLER];
      const refused = officeRefusal(ss, REMINDERS_TEXT.action.disable, user);
      if (refused) {
        const who = owner ? `\n${TRIGGER.removedOtherUser({ by: owner.by, at: owner.at })}` : '';
        return { removed: 0, message: refused + who };
      }
      const { removed, owner: other } = removeTrigger(DAILY_HANDLER, user);
      if (removed) {
        // Reminders are off: the days until they are turned on again are not "missed" (see daysTheDailyRunMissed).
        if (!other) PropertiesService.getScriptProperties().deleteProperty(lastRunKey(DAILY_HANDLER));
        appendLog(ss, [triggerLog('triggerRemoved', TRIGGER.removed(removed))]);
        return { removed, message: TRIGGER.removed(removed) };
      }
      if (other) return { removed: 0, message: TRIGGER.removedOtherUser({ by: other.by, at: other.at }) };
      return { removed: 0, message: TRIGGER.removed(0) };
    },
    () => ({ removed: 0, message: busyResult('manual').message }),
  );
}

/** The refusal (Vietnamese) when `user` is not the VHXH office; '' when they are. */
function officeRefusal(ss: Spreadsheet, action: string, user: string): string {
  try {
    requireOffice(ss, loadConfig(vietnamDateOf(new Date())), action, user);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// ---- menu items ----

/** "Gửi nhắc hạn ngay": shows who would get a reminder, asks, then runs in manual mode. */
export function menuSendRemindersNow(): void {
  const ui = SpreadsheetApp.getUi();
  const refused = officeRefusal(
    SpreadsheetApp.getActiveSpreadsheet(),
    REMINDERS_TEXT.action.sendNow,
    currentUserEmail(),
  );
  if (refused) {
    ui.alert(MENU_TITLE, refused, ui.ButtonSet.OK);
    return;
  }
  const preview = planReminders('manual');
  const answer = ui.alert(MENU_TITLE, confirmSendMessage(preview), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  const result = runReminders({ mode: 'manual' });
  ui.alert(MENU_TITLE, result.message, ui.ButtonSet.OK);
}

export function menuEnableReminders(): void {
  SpreadsheetApp.getUi().alert(MENU_TITLE, installDailyTrigger().message, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function menuDisableReminders(): void {
  SpreadsheetApp.getUi().alert(MENU_TITLE, removeDailyTrigger().message, SpreadsheetApp.getUi().ButtonSet.OK);
}
