/**
 * The tick in "Đã gửi báo cáo" (Đơn vị tab), handled by the office's installable trigger: a unit's staff submit by
 * ticking their own box and authorize nothing. The protection of the box lets only the unit's accounts and the
 * VHXH office tick it; where Google names the editor, the trigger checks it too. A tick met while another run holds
 * the lock is kept as pending (never silently unticked) and processed by the next run, dated when it was ticked.
 */

import { formatVietnamDateTime } from '../../core/dates';
import { toAppError } from '../../core/errors';
import type { Config } from '../../core/sheet/config';
import type { LogEntry } from '../../core/sheet/log';
import { columnRuns } from '../../core/sheet/protections';
import { TABS } from '../../core/sheet/schema';
import { ColumnMap, literalRows } from '../../core/sheet/table';
import type { WorkbookData } from '../../core/sheet/workbook';
import { rowKeyOf, unitOfRow } from '../../core/submission/auditRows';
import { mirrorEditOutcome, spans, tickNote, touchesMirror } from '../../core/submission/mirror';
import { openRecord, SUBMISSION_TEXT, type SubmissionRecord } from '../../core/submission/state';
import {
  encodeSnapshot,
  type PendingTick,
  pendingSnapshotKeys,
  pendingSnapshotsFrom,
  pendingTickKey,
  pendingTickProperty,
  pendingTicksFrom,
} from '../../core/submission/store';
import { cleanText } from '../../core/text';
import { tryWithScriptLock } from '../lock';
import { readTab, readWorkbook } from '../sheet/io';
import { isVhxhOrOwner } from '../sheet/people';
import { writeMirror } from './mirror';
import { submitUnit } from './submit';
import type { UnitsView } from './units';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

const DATA_TABS = ['config', 'units', 'indicators', 'tasks', 'issues'] as const;

/** The outcome of one tick: submitted, refused (with the note), or pending (the lock was busy). */
interface TickOutcome {
  log: LogEntry[];
  note: string;
  pending: boolean;
  record: SubmissionRecord | null;
}

/** Checks and records a tick as a submission made at `at` by `who`. Never throws; a busy lock leaves it pending. */
function processTick(
  ss: Spreadsheet,
  workbook: () => WorkbookData,
  unitId: string,
  unitName: string,
  who: string,
  at: Date,
): TickOutcome {
  try {
    const result = submitUnit(workbook(), unitId, who || SUBMISSION_TEXT.unknownEditor(unitName), at, () => true, {
      ss,
      byOffice: true,
    });
    return { log: result.log, note: tickNote(result), pending: false, record: result.ok ? result.record : null };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code !== 'BUSY')
      return { log: [], note: tickNote({ ok: false, message: appError.message }), pending: false, record: null };
    PropertiesService.getScriptProperties().setProperty(
      ...pendingTickProperty({ unitId, at: at.toISOString(), by: who }),
    );
    return {
      log: [
        {
          time: at,
          user: who || SUBMISSION_TEXT.unknownEditor(unitName),
          action: 'tickPending',
          unitId,
          target: `${TABS.units.name}!${unitId}`,
          detail: SUBMISSION_TEXT.tickPendingLog,
        },
      ],
      note: SUBMISSION_TEXT.tickPending(formatVietnamDateTime(at)),
      pending: true,
      record: null,
    };
  }
}

/**
 * An edit in the Đơn vị tab's submission columns: a tick is a submission (checked; refused → unticked, with the
 * reasons in the cell's note; pending when the tool is busy); anything else typed there is replaced by the record.
 */
export function unitsEdited(
  ss: Spreadsheet,
  e: EditEvent,
  view: UnitsView,
  config: Config,
  editor: string,
  records: Record<string, SubmissionRecord>,
  all: Readonly<Record<string, string>>,
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
  const read = () => (workbook ??= readWorkbook(ss, DATA_TABS));
  const notes: { row: number; note: string }[] = [];
  const byOffice = !!editor && isVhxhOrOwner(ss, config, editor, all);
  for (let r = Math.max(e.range.getRow(), 2); r <= e.range.getRow() + e.range.getNumRows() - 1; r++) {
    const row = view.table.rows[r - 2];
    if (!row) continue;
    const unitId = cleanText(row[view.map.index('unitId')]);
    const state = view.states.find((s) => s.unit.id === unitId);
    if (!state) continue;
    const record = records[unitId] ?? openRecord(unitId);
    const outcome = mirrorEditOutcome({ record, config, touchedSubmit, typedSubmit: row[submitColumn], now });
    if (!outcome.submit) {
      notes.push({ row: r, note: outcome.note });
      writeMirror(view, record, config);
      continue;
    }
    // Where Google names the editor (same Workspace domain): a unit's account ticks only its own box.
    const mine = state.accounts.some((m) => m.toLowerCase() === editor.toLowerCase());
    if (editor && !byOffice && !mine) {
      notes.push({ row: r, note: SUBMISSION_TEXT.tickNotYours(editor, state.unit.name) });
      log.push({
        time: now,
        user: editor,
        action: 'refused',
        unitId,
        target: `${TABS.units.name}!${unitId}`,
        detail: SUBMISSION_TEXT.tickNotYours(editor, state.unit.name),
      });
      writeMirror(view, record, config);
      continue;
    }
    const ticked = processTick(ss, read, unitId, state.unit.name, editor, now);
    log.push(...ticked.log);
    notes.push({ row: r, note: ticked.note });
    if (ticked.pending) continue; // the tick stays; the next run processes it
    if (ticked.record) records[unitId] = ticked.record;
    writeMirror(view, records[unitId] ?? record, config);
  }
  if (submitColumn >= 0) for (const n of notes) view.sheet.getRange(n.row, submitColumn + 1).setNote(n.note);
  return log;
}

/** Ticks kept while the tool was busy: processed now (as submissions made when they were ticked) if the lock is free. */
export function processPendingTicks(
  ss: Spreadsheet,
  all: Readonly<Record<string, string>>,
  records: Record<string, SubmissionRecord>,
  config: Config,
  units: () => UnitsView,
): LogEntry[] {
  const ticks = pendingTicksFrom(all);
  if (!ticks.length) return [];
  return tryWithScriptLock(
    0,
    () => {
      const log: LogEntry[] = [];
      let workbook: WorkbookData | null = null;
      const read = () => (workbook ??= readWorkbook(ss, DATA_TABS));
      const view = units();
      const props = PropertiesService.getScriptProperties();
      for (const tick of ticks) log.push(...settleTick(ss, view, tick, records, config, read, props));
      return log;
    },
    () => [],
  );
}

function settleTick(
  ss: Spreadsheet,
  view: UnitsView,
  tick: PendingTick,
  records: Record<string, SubmissionRecord>,
  config: Config,
  read: () => WorkbookData,
  props: GoogleAppsScript.Properties.Properties,
): LogEntry[] {
  const state = view.states.find((s) => s.unit.id === tick.unitId);
  props.deleteProperty(pendingTickKey(tick.unitId));
  if (!state) return [];
  const outcome = processTick(ss, read, tick.unitId, state.unit.name, tick.by, new Date(tick.at));
  if (outcome.record) records[tick.unitId] = outcome.record;
  writeMirror(view, records[tick.unitId] ?? openRecord(tick.unitId), config);
  const submitColumn = view.map.index('submit');
  const rowIndex = view.table.rows.findIndex((r) => cleanText(r[view.map.index('unitId')]) === tick.unitId);
  if (view.sheet && submitColumn >= 0 && rowIndex >= 0)
    view.sheet.getRange(rowIndex + 2, submitColumn + 1).setNote(outcome.note);
  return outcome.log;
}

/**
 * Snapshots taken when a unit's staff submitted from the menu (kept in script properties: they may not write the
 * snapshot column) are moved into the rows, before anything is audited. Returns whether it did anything.
 */
export function pendingSnapshotsWritten(ss: Spreadsheet, all: Readonly<Record<string, string>>): boolean {
  const pending = pendingSnapshotsFrom(all);
  const units = Object.keys(pending);
  if (!units.length) return false;
  const props = PropertiesService.getScriptProperties();
  for (const tab of ['indicators', 'tasks', 'issues'] as const) {
    const { sheet, table } = readTab(ss, tab);
    if (!sheet) continue;
    const map = new ColumnMap(tab, table.header);
    const column = map.index('snapshot');
    if (column < 0) continue;
    const cells = table.rows.map((row) => {
      const rowKey = rowKeyOf(tab, map, row);
      const unitId = unitOfRow(tab, rowKey);
      const snap = unitId ? pending[unitId]?.[`${tab}|${rowKey}`] : undefined;
      return snap ? encodeSnapshot(snap) : null;
    });
    // One write per run of adjacent rows that have a snapshot.
    for (const [start, length] of columnRuns(cells.flatMap((c, i) => (c === null ? [] : [i]))))
      sheet
        .getRange(start + 2, column + 1, length, 1)
        .setValues(literalRows(cells.slice(start, start + length).map((c) => [c])));
  }
  for (const unitId of units) for (const key of pendingSnapshotKeys(all, unitId)) props.deleteProperty(key);
  return true;
}
