import { vietnamDateOf } from '../../core/dates';
import { recordsFrom } from '../../core/submission/store';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { withScriptLock } from '../lock';
import { configFromRows } from '../sheet/configStore';
import { appendLog, readWorkbook } from '../sheet/io';
import { lockChangesLog, syncEditingLocks } from './locks';
import { refreshMirrors } from './mirror';
import { clearMirrorStale, scriptProperties } from './records';
import { pendingSnapshotsWritten, processPendingTicks } from './tick';
import { unitsView } from './units';

/**
 * Runs as the VHXH office (the daily trigger, setup): writes queued log entries, rewrites the Đơn vị mirror from
 * the records, and re-applies every unit's editing lock (approval, deadline). Call it before the reminders read
 * the Đơn vị tab, and after setup rebuilt the protections.
 */
export function submissionUpkeep(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  now: Date = new Date(),
): { locked: string[]; unlocked: string[]; mirrorFixes: number } {
  return withScriptLock('background', () => {
    flushPendingLog(ss);
    const workbook = readWorkbook(ss, ['config', 'units']);
    const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
    const all = PropertiesService.getScriptProperties().getProperties();
    const records = recordsFrom(all, config.reportingYear);
    const view = unitsView(ss, now, workbook.units);
    // Ticks kept while the tool was busy, and snapshots a menu submission could not write.
    const ticks = processPendingTicks(ss, all, records, config, () => view);
    pendingSnapshotsWritten(ss, all);
    const log = [...ticks, ...refreshMirrors(view, records, config, now, scriptProperties())];
    clearMirrorStale();
    const locks = syncEditingLocks(ss, now, { force: true, config, records, view });
    appendLog(ss, [...log, ...lockChangesLog(locks, view, records, config, now)]);
    return { ...locks, mirrorFixes: log.length };
  });
}
