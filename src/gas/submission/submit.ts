import { vietnamDateOf } from '../../core/dates';
import { toAppError } from '../../core/errors';
import { assessWorkbook } from '../../core/judging/assess';
import { unitProgress } from '../../core/progress/owed';
import type { LogEntry } from '../../core/sheet/log';
import { literalRows } from '../../core/sheet/table';
import type { WorkbookData } from '../../core/sheet/workbook';
import { submitLog, submittedMessage, unitOfEmail } from '../../core/submission/flow';
import { officeMirrorCurrent } from '../../core/submission/mirror';
import {
  openRecord,
  STAFF_MIRROR_KEYS,
  SUBMISSION_TEXT,
  type SubmissionRecord,
  submit,
} from '../../core/submission/state';
import { pendingSnapshotProperties, unitSnapshotWrites } from '../../core/submission/store';
import { queueLog } from '../cellEdit/pendingLog';
import { withScriptLock } from '../lock';
import { configFromRows } from '../sheet/configStore';
import { currentUserEmail, readWorkbook, sheetOf } from '../sheet/io';
import { isVhxhOrOwner } from '../sheet/people';
import { writeMirror } from './mirror';
import { loadRecords, markMirrorStale, saveRecord } from './records';
import { unitsView } from './units';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SubmitResult {
  ok: boolean;
  message: string;
  record: SubmissionRecord;
  log: LogEntry[];
}

/**
 * The unit's rows as they are at submission, into the hidden "Bản lưu" column (so a later paste is logged with its
 * old values). Only the VHXH office may write that column: a submission by the unit's staff (the menu) leaves a
 * mark, and the next run as the office writes the snapshot.
 */
function saveSnapshots(ss: Spreadsheet, workbook: WorkbookData, unitId: string, byOffice: boolean): void {
  if (!byOffice) {
    PropertiesService.getScriptProperties().setProperties(pendingSnapshotProperties(workbook, unitId));
    return;
  }
  writeUnitSnapshots(ss, workbook, unitId);
}

export function writeUnitSnapshots(ss: Spreadsheet, workbook: WorkbookData, unitId: string): void {
  for (const tab of ['indicators', 'tasks', 'issues'] as const) {
    const writes = unitSnapshotWrites(tab, workbook[tab], unitId);
    if (!writes.length) continue;
    const sheet = sheetOf(ss, tab);
    if (!sheet) continue;
    for (const w of writes) sheet.getRange(w.startRow, w.column, w.values.length, 1).setValues(literalRows(w.values));
  }
}

/**
 * Checks and records one unit's submission (shared by the menu and the Đơn vị checkbox). `confirm` is asked
 * outside the script lock; inside it the record is read again, so two clicks never submit twice. The snapshot is
 * written before the record: if either write fails, the unit is told (in Vietnamese) and nothing says "submitted".
 */
export function submitUnit(
  workbook: WorkbookData,
  unitId: string,
  who: string,
  now: Date,
  confirm: (question: string) => boolean,
  options: { ss?: Spreadsheet; byOffice?: boolean } = {},
): SubmitResult {
  const assessment = assessWorkbook(workbook, vietnamDateOf(now));
  const unit = assessment.registry.byId(unitId)!;
  const progress = unitProgress(assessment).find((p) => p.unit.id === unitId)!;
  const year = assessment.config.reportingYear;
  const attempt = () => submit(loadRecords(year)[unitId] ?? openRecord(unitId), progress, assessment.config, now, who);
  const first = attempt();
  if (!first.ok)
    return { ok: false, message: first.message, record: first.record, log: [submitLog(first, unitId, who, now)] };
  if (!confirm(SUBMISSION_TEXT.confirm(assessment.config.reportingYear, unit.name)))
    return { ok: false, message: SUBMISSION_TEXT.notSent, record: first.record, log: [] };
  return withScriptLock('interactive', () => {
    const outcome = attempt();
    if (!outcome.ok)
      return {
        ok: false,
        message: outcome.message,
        record: outcome.record,
        log: [submitLog(outcome, unitId, who, now)],
      };
    const ss = options.ss ?? SpreadsheetApp.getActiveSpreadsheet();
    try {
      saveSnapshots(ss, workbook, unitId, options.byOffice ?? false);
      saveRecord(outcome.record, year);
    } catch (error) {
      const appError = toAppError(error);
      console.error(`[${appError.code}] ${appError.detail || appError.message}`);
      const record = loadRecords(year)[unitId] ?? openRecord(unitId);
      return { ok: false, message: `${SUBMISSION_TEXT.snapshotFailed} ${appError.message}`, record, log: [] };
    }
    return {
      ok: true,
      message: submittedMessage(outcome),
      record: outcome.record,
      log: [submitLog(outcome, unitId, who, now)],
    };
  });
}

/** "Gửi báo cáo của đơn vị", run by a unit's staff member (the menu runs as them). Returns the message shown. */
export function submitForCurrentUser(
  now: Date = new Date(),
  confirm: (question: string) => boolean = () => true,
): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const email = currentUserEmail();
  const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  const view = unitsView(ss, now, workbook.units);
  const state = unitOfEmail(view.states, email);
  if (!state) return SUBMISSION_TEXT.noUnitForEmail(email);
  const byOffice = isVhxhOrOwner(ss, config, email);
  const result = submitUnit(workbook, state.unit.id, email, now, confirm, { ss, byOffice });
  if (result.ok) {
    // The staff member may write the four mirror columns of their row (unless it is locked); the approval
    // columns (and anything refused) are rewritten from the record by the next run as the owner.
    let complete = false;
    try {
      const officePartOk = officeMirrorCurrent(view.table, view.map, result.record, config);
      // The VHXH office submitting for its own unit writes the whole mirror.
      complete = byOffice
        ? writeMirror(view, result.record, config)
        : writeMirror(view, result.record, config, STAFF_MIRROR_KEYS) && officePartOk;
    } catch {
      complete = false;
    }
    if (!complete) markMirrorStale(now);
  }
  if (result.log.length) queueLog(result.log);
  return result.message;
}
