/**
 * "Trình kích hoạt và bàn giao": the office sees which account owns each of the tool's triggers and when each last
 * ran; a VHXH account taking over (a new officer) installs both triggers as itself and makes them the ones that
 * count (the old account's triggers then do nothing when they fire). A daily run that did not happen is shown
 * when the sheet is opened.
 */
import { formatVietnamDateTime, vietnamDateOf } from '../../core/dates';
import { SETUP_TEXT } from '../../core/setup/messages';
import {
  DAILY_HANDLER,
  dailyRunMissed,
  EDIT_HANDLER,
  lastRunOf,
  readRegistry,
  type TriggerHandler,
} from '../../core/setup/triggerRegistry';
import { withScriptLock } from '../lock';
import { loadConfig } from '../sheet/configStore';
import { appendLog, currentUserEmail } from '../sheet/io';
import { requireOffice } from '../sheet/people';
import { ensureTrigger } from './triggers';

const T = SETUP_TEXT.handover;

/** The warning shown when the sheet is opened, or '' (read from script properties: no authorization needed). */
export function missedRunWarning(now: Date): string {
  const all = PropertiesService.getScriptProperties().getProperties();
  const registry = readRegistry(all);
  const last = lastRunOf(all, DAILY_HANDLER);
  if (!dailyRunMissed(registry, last, now)) return '';
  return T.missed(registry[DAILY_HANDLER]!.by, last ? formatVietnamDateTime(last) : T.never);
}

/** One line per trigger: whose, installed when, last run. */
export function triggerLines(now: Date): string[] {
  const all = PropertiesService.getScriptProperties().getProperties();
  const registry = readRegistry(all);
  const line = (handler: TriggerHandler, label: string) => {
    const entry = registry[handler];
    if (!entry) return T.none(label);
    const last = lastRunOf(all, handler);
    return T.line(
      label,
      entry.by,
      formatVietnamDateTime(new Date(entry.at)),
      last ? formatVietnamDateTime(last) : T.never,
    );
  };
  const lines = [line(EDIT_HANDLER, T.editLabel), line(DAILY_HANDLER, T.dailyLabel)];
  const warning = missedRunWarning(now);
  if (warning) lines.push(warning);
  return lines;
}

export function showTriggers(now: Date = new Date()): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const user = currentUserEmail();
  const lines = triggerLines(now);
  requireOffice(ss, loadConfig(vietnamDateOf(now)), T.action, user);
  const answer = ui.alert(T.title, [...lines, '', T.askTakeOver(user)].join('\n'), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  ui.alert(T.title, takeOver(user, now).join('\n'), ui.ButtonSet.OK);
}

/** Installs both triggers for `user` and registers them (the handover). Returns what happened, in Vietnamese. */
export function takeOver(user: string, now: Date = new Date()): string[] {
  return withScriptLock('interactive', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    requireOffice(ss, loadConfig(vietnamDateOf(now)), T.action, user);
    const registry = readRegistry(PropertiesService.getScriptProperties().getProperties());
    const lines: string[] = [];
    for (const handler of [EDIT_HANDLER, DAILY_HANDLER] as const) {
      const before = registry[handler];
      // The daily trigger is taken over only where reminders were turned on.
      if (handler === DAILY_HANDLER && !before) continue;
      ensureTrigger(ss, handler, user, now, { takeOver: true });
      lines.push(T.tookOver(handler === EDIT_HANDLER ? T.editLabel : T.dailyLabel, user, before?.by ?? ''));
    }
    appendLog(ss, [{ time: now, user, action: 'triggerOwner', detail: lines.join(' ') }]);
    return lines;
  });
}
