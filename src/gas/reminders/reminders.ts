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
  DAILY_REMINDER_HANDLER,
  DAILY_REMINDER_HOUR,
  executeReminderRun,
  missedRunWrites,
  type OutgoingEmail,
  planReminderRun,
  planTriggerInstall,
  planTriggerRemoval,
  REMINDER_TIME_ZONE,
  type ReminderPlan,
  type RunMode,
  type RunResult,
  readJournal,
  type SheetLinks,
  TRIGGER_INFO_KEY,
  TRIGGER_MESSAGES,
  type TriggerInfo,
} from '../../core/reminders';
import type { LogEntry } from '../../core/sheet/log';
import type { TabKey } from '../../core/sheet/schema';
import { unitLinks } from '../entryPage/links';
import { LOCK_WAIT_MS as WAITS } from '../lock';
import { appendLog, currentUserEmail, readWorkbook, sheetOf } from '../sheet/io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tabs the reminders read (each with one getValues). */
export const REMINDER_TABS: readonly TabKey[] = ['config', 'units', 'indicators', 'tasks', 'issues'];
const LINKED_TABS: readonly TabKey[] = ['indicators', 'tasks', 'issues', 'units'];

/** How long a run waits for another one to finish before giving up. */
export const LOCK_WAIT_MS: Record<RunMode, number> = { daily: WAITS.background, manual: WAITS.interactive };
const MENU_TITLE = 'Nhắc hạn báo cáo';

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
  const journal = readJournal(PropertiesService.getScriptProperties().getProperties());
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
  });
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
    return executeReminderRun(plan, {
      now: () => new Date(),
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

function triggerLog(action: LogEntry['action'], detail: string): LogEntry {
  return { time: new Date(), user: currentUserEmail(), action, detail };
}

function readTriggerInfo(): TriggerInfo | null {
  return readJournal(PropertiesService.getScriptProperties().getProperties()).trigger;
}

/**
 * Installs the daily trigger (about 7:00, Việt Nam time) for the current user; installing twice leaves one.
 * Returns the Vietnamese message for the user.
 */
export function installDailyTrigger(): { installed: boolean; created: boolean; removed: number; message: string } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS.manual))
    return { installed: false, created: false, removed: 0, message: busyResult('manual').message };
  try {
    const user = currentUserEmail();
    const previous = readTriggerInfo();
    const triggers = ScriptApp.getProjectTriggers();
    const plan = planTriggerInstall(triggers.map((t) => t.getHandlerFunction()));
    for (const i of plan.remove) ScriptApp.deleteTrigger(triggers[i]);
    if (plan.create) {
      try {
        ScriptApp.newTrigger(DAILY_REMINDER_HANDLER)
          .timeBased()
          .everyDays(1)
          .atHour(DAILY_REMINDER_HOUR)
          .inTimezone(REMINDER_TIME_ZONE)
          .create();
      } catch (error) {
        return {
          installed: false,
          created: false,
          removed: plan.remove.length,
          message: `${TRIGGER_MESSAGES.limit} (${error instanceof Error ? error.message : String(error)})`,
        };
      }
    }
    const info: TriggerInfo = { by: user, at: new Date().toISOString() };
    const props = PropertiesService.getScriptProperties();
    if (plan.create || !previous) props.setProperty(TRIGGER_INFO_KEY, JSON.stringify(info));
    const parts = [plan.create ? TRIGGER_MESSAGES.installed(user) : TRIGGER_MESSAGES.alreadyInstalled(user)];
    if (previous?.by && user && previous.by !== user) parts.push(TRIGGER_MESSAGES.otherUser(previous));
    if (plan.create) appendLog(SpreadsheetApp.getActiveSpreadsheet(), [triggerLog('triggerInstalled', parts[0])]);
    return { installed: true, created: plan.create, removed: plan.remove.length, message: parts.join('\n\n') };
  } finally {
    lock.releaseLock();
  }
}

/** Removes the current user's daily reminder triggers. */
export function removeDailyTrigger(): { removed: number; message: string } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS.manual)) return { removed: 0, message: busyResult('manual').message };
  try {
    const user = currentUserEmail();
    const triggers = ScriptApp.getProjectTriggers();
    const remove = planTriggerRemoval(triggers.map((t) => t.getHandlerFunction()));
    for (const i of remove) ScriptApp.deleteTrigger(triggers[i]);
    const info = readTriggerInfo();
    if (remove.length) {
      PropertiesService.getScriptProperties().deleteProperty(TRIGGER_INFO_KEY);
      appendLog(SpreadsheetApp.getActiveSpreadsheet(), [
        triggerLog('triggerRemoved', TRIGGER_MESSAGES.removed(remove.length)),
      ]);
      return { removed: remove.length, message: TRIGGER_MESSAGES.removed(remove.length) };
    }
    if (info?.by && info.by !== user) return { removed: 0, message: TRIGGER_MESSAGES.removedOtherUser(info) };
    return { removed: 0, message: TRIGGER_MESSAGES.removed(0) };
  } finally {
    lock.releaseLock();
  }
}

// ---- menu items ----

/** "Gửi nhắc hạn ngay": shows who would get a reminder, asks, then runs in manual mode. */
export function menuSendRemindersNow(): void {
  const ui = SpreadsheetApp.getUi();
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
