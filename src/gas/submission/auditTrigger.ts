import { tabOfSheetName } from '../../core/cellEdit/onEdit';
import { vietnamDateOf } from '../../core/dates';
import type { Config } from '../../core/sheet/config';
import type { LogEntry } from '../../core/sheet/log';
import { ColumnMap } from '../../core/sheet/table';
import type { WorkbookData } from '../../core/sheet/workbook';
import { type AuditTab, auditEdit } from '../../core/submission/audit';
import { editedKeysAt, editedRows, rowStatusWithMarks, singleEdit } from '../../core/submission/auditRows';
import { mirrorEditOutcome, spans, tickNote, touchesMirror } from '../../core/submission/mirror';
import { openRecord, SUBMISSION_TEXT } from '../../core/submission/state';
import { recordsFrom } from '../../core/submission/store';
import { cleanText } from '../../core/text';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { configFromRows, loadConfig } from '../sheet/configStore';
import { appendLog, readTab, readWorkbook } from '../sheet/io';
import { isVhxhOrOwner } from '../sheet/people';
import { lockChangesLog, syncEditingLocks } from './locks';
import { refreshMirrors, writeMirror } from './mirror';
import { clearMirrorStale, isMirrorStale, loadRecords, rowSnapshots, scriptProperties } from './records';
import { submitUnit } from './submit';
import { type UnitsView, unitsView } from './units';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/**
 * The installable onEdit (runs as the owner): flushes queued log entries; records edits made after a submission
 * or after the deadline with old and new values; turns a tick in "Đã gửi báo cáo" into a checked submission and
 * undoes anything else typed in the mirror; refreshes the Cấu hình copy when it changes; applies editing locks
 * whose time has come. Reads only what the edit needs. With consumer accounts Google hides the editor's e-mail
 * here; the entry then names who could have edited.
 */
export function handleInstalledEdit(e: EditEvent, now: Date = new Date()): LogEntry[] {
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  flushPendingLog(ss);
  const sheet = e.range.getSheet();
  const tab = tabOfSheetName(sheet.getName());
  const editor = cleanText(e.user?.getEmail?.() ?? '');
  let config = loadConfig(vietnamDateOf(now));
  let log: LogEntry[] = [];
  let view: UnitsView | undefined;
  const units = () => (view ??= unitsView(ss, now));
  if (tab === 'config') {
    config = configFromRows(readTab(ss, 'config').table.rows, vietnamDateOf(now).year);
  } else if (tab === 'units') {
    log = unitsEdited(ss, e, units(), config, editor, now);
  } else if (tab === 'indicators' || tab === 'tasks' || tab === 'issues') {
    log = auditEdited(ss, e, tab, sheet, config, editor, units, now);
  }
  const all = scriptProperties();
  if (isMirrorStale(all)) {
    log.push(...refreshMirrors(units(), recordsFrom(all, config.reportingYear), config, now));
    clearMirrorStale();
  }
  const records = recordsFrom(all, config.reportingYear);
  const locks = syncEditingLocks(ss, now, { config, records, view });
  if (locks.locked.length || locks.unlocked.length) log.push(...lockChangesLog(locks, units(), records, config, now));
  appendLog(ss, log);
  return log;
}

/** An edit of a data tab: the audit of the edited rows, their snapshots kept, their system notes marked. */
function auditEdited(
  ss: Spreadsheet,
  e: EditEvent,
  tab: AuditTab,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  config: Config,
  editor: string,
  units: () => UnitsView,
  now: Date,
): LogEntry[] {
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const map = new ColumnMap(tab, header);
  const first = Math.max(e.range.getRow(), 2);
  const last = Math.min(e.range.getRow() + e.range.getNumRows() - 1, Math.max(sheet.getLastRow(), 2));
  if (last < first) return [];
  const values = sheet.getRange(first, 1, last - first + 1, width).getValues();
  const rows = editedRows(tab, map, values);
  const snapshots = rowSnapshots(
    tab,
    rows.map((r) => r.rowKey),
  );
  const editedKeys = editedKeysAt(
    map,
    Array.from({ length: e.range.getNumColumns() }, (_, i) => e.range.getColumn() - 1 + i),
  );
  const single =
    e.range.getNumRows() === 1 && e.range.getNumColumns() === 1 ? singleEdit(tab, editedKeys, e.oldValue) : undefined;
  const result = auditEdit({
    tab,
    rows: rows.filter((r) => r.rowKey),
    snapshots: snapshots.stored,
    records: loadRecords(config.reportingYear),
    config,
    now,
    user: editor,
    unitName: (id) => units().name(id),
    byVhxh: !!editor && isVhxhOrOwner(ss, config, editor),
    editedKeys,
    single,
  });
  snapshots.save(result.snapshots);
  const statusColumn = map.index('rowStatus');
  // One write for the edited rows' system notes.
  const marked = rowStatusWithMarks(values, statusColumn, rows, result.marks);
  if (marked) sheet.getRange(first, statusColumn + 1, marked.length, 1).setValues(marked);
  return result.log;
}

/**
 * An edit in the Đơn vị tab's submission columns: a tick is a submission (checked; refused → unticked, with the
 * reasons in the cell's note); anything else typed there is replaced by the record.
 */
function unitsEdited(
  ss: Spreadsheet,
  e: EditEvent,
  view: UnitsView,
  config: Config,
  editor: string,
  now: Date,
): LogEntry[] {
  const log: LogEntry[] = [];
  if (!view.sheet) return log;
  const firstColumn = e.range.getColumn() - 1;
  const lastColumn = firstColumn + e.range.getNumColumns() - 1;
  if (!touchesMirror(view.map, firstColumn, lastColumn)) return log;
  const submitColumn = view.map.index('submit');
  const touchedSubmit = spans(submitColumn, firstColumn, lastColumn);
  let workbook: WorkbookData | null = null;
  const notes: { row: number; note: string }[] = [];
  const records = loadRecords(config.reportingYear);
  for (let r = Math.max(e.range.getRow(), 2); r <= e.range.getRow() + e.range.getNumRows() - 1; r++) {
    const row = view.table.rows[r - 2];
    if (!row) continue;
    const unitId = cleanText(row[view.map.index('unitId')]);
    const state = view.states.find((s) => s.unit.id === unitId);
    if (!state) continue;
    const record = records[unitId] ?? openRecord(unitId);
    const outcome = mirrorEditOutcome({ record, config, touchedSubmit, typedSubmit: row[submitColumn], now });
    if (outcome.submit) {
      workbook ??= readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues']);
      const result = submitUnit(
        workbook,
        unitId,
        editor || SUBMISSION_TEXT.unknownEditor(state.unit.name),
        now,
        () => true,
      );
      log.push(...result.log);
      if (result.ok) records[unitId] = result.record;
      notes.push({ row: r, note: tickNote(result) });
    } else {
      notes.push({ row: r, note: outcome.note });
    }
    writeMirror(view, records[unitId] ?? record, config);
  }
  if (submitColumn >= 0) for (const n of notes) view.sheet.getRange(n.row, submitColumn + 1).setNote(n.note);
  return log;
}
