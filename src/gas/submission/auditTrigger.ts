import { tabOfSheetName } from '../../core/cellEdit/onEdit';
import { isOnOrBefore, vietnamDateOf } from '../../core/dates';
import {
  adoption,
  EDIT_HANDLER,
  isRegisteredRun,
  lastRunKey,
  lastRunOf,
  readRegistry,
  registryProperty,
  runStampDue,
} from '../../core/setup/triggerRegistry';
import type { Config } from '../../core/sheet/config';
import { defaultConfig } from '../../core/sheet/config';
import type { LogEntry } from '../../core/sheet/log';
import { TABS } from '../../core/sheet/schema';
import { ColumnMap, literalRows } from '../../core/sheet/table';
import { type AuditTab, auditEdit } from '../../core/submission/audit';
import { editedKeysAt, editedRows, singleEdit } from '../../core/submission/auditRows';
import { SUBMISSION_TEXT, type SubmissionRecord } from '../../core/submission/state';
import { decodeSnapshot, encodeSnapshot, recordsFrom } from '../../core/submission/store';
import { cleanText } from '../../core/text';
import { flushPendingLog, hasPendingLog, queueLog } from '../cellEdit/pendingLog';
import { explain } from '../guard';
import { configFrom, configFromRows } from '../sheet/configStore';
import { appendLog, readTab } from '../sheet/io';
import {
  editedArea,
  LAYOUT_KEY,
  type Layout,
  layoutFrom,
  layoutProperty,
  readHeader,
  unitNameFrom,
} from '../sheet/layout';
import { isVhxhOrOwner } from '../sheet/people';
import { lockChangesLog, syncEditingLocks } from './locks';
import { refreshMirrors } from './mirror';
import { clearMirrorStale, isMirrorStale } from './records';
import { pendingSnapshotsWritten, processPendingTicks, unitsEdited } from './tick';
import { type UnitsView, unitsView } from './units';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/**
 * The installable onEdit (runs as the account that installed it, the VHXH office's): flushes queued log entries;
 * records edits made after a submission or after the deadline with old and new values; turns a tick in "Đã gửi báo
 * cáo" into a checked submission and undoes anything else typed in the mirror; refreshes the Cấu hình copy when it
 * changes; applies editing locks whose time has come.
 *
 * It never throws (an error out of an edit trigger reaches nobody and loses the work): a failure is logged for the
 * office. It reads only what the edit needs: one read of the script properties (records, settings, registry), the
 * edited rows with the header known from the layout copy; a single-cell edit after submission costs 12 calls.
 * With consumer accounts Google hides the editor's e-mail here; the entry then names who could have edited.
 */
export function handleInstalledEdit(e: EditEvent, now: Date = new Date()): LogEntry[] {
  try {
    return installedEdit(e, now);
  } catch (error) {
    const appError = explain(error);
    try {
      queueLog([{ time: now, user: '', action: 'editFailed', detail: SUBMISSION_TEXT.editFailed(appError.message) }]);
    } catch {
      // Nothing more can be done in this run; the execution log has the detail.
    }
    return [];
  }
}

interface Run {
  ss: Spreadsheet;
  e: EditEvent;
  now: Date;
  all: Record<string, string>;
  config: Config;
  records: Record<string, SubmissionRecord>;
  /** Property writes made once at the end (run stamp, adopted trigger, layout copy). */
  writes: Record<string, string>;
  view?: UnitsView;
  units(): UnitsView;
  editor(): string;
}

function installedEdit(e: EditEvent, now: Date): LogEntry[] {
  const sheet = e.range.getSheet();
  const tab = tabOfSheetName(sheet.getName());
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const registry = readRegistry(all);
  // A trigger replaced at a handover, or a second account's: the registered one does the work.
  if (!isRegisteredRun(registry, EDIT_HANDLER, e.triggerUid)) return [];
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const writes: Record<string, string> = {};
  // A trigger installed before the registry existed: the first run records it (and whose it is).
  if (!registry[EDIT_HANDLER] && e.triggerUid) {
    const adopted = adoption(registry, EDIT_HANDLER, e.triggerUid, Session.getEffectiveUser().getEmail(), now);
    if (adopted) writes[registryProperty(adopted)[0]] = registryProperty(adopted)[1];
  }
  if (runStampDue(lastRunOf(all, EDIT_HANDLER), now)) writes[lastRunKey(EDIT_HANDLER)] = now.toISOString();
  let editor: string | undefined;
  const config = configFrom(all) ?? defaultConfig(vietnamDateOf(now).year);
  const run: Run = {
    ss,
    e,
    now,
    all,
    config,
    records: recordsFrom(all, config.reportingYear),
    writes,
    units: () => (run.view ??= unitsView(ss, now)),
    editor: () => (editor ??= cleanText(e.user?.getEmail?.() ?? '')),
  };
  if (hasPendingLog(all)) flushPendingLog(ss);
  const log: LogEntry[] = [];
  log.push(...processPendingTicks(run.ss, run.all, run.records, run.config, run.units));
  // Snapshots a menu submission could not write into the rows: moved there before the audit reads them.
  pendingSnapshotsWritten(run.ss, run.all);
  if (tab === 'config') {
    run.config = configFromRows(readTab(ss, 'config').table.rows, vietnamDateOf(now).year);
  } else if (tab === 'units') {
    log.push(...unitsEdited(ss, e, run.units(), run.config, run.editor(), run.records, all, now));
  } else if (tab === 'indicators' || tab === 'tasks' || tab === 'issues') {
    log.push(...auditEdited(run, tab, sheet));
  }
  if (isMirrorStale(all)) {
    log.push(...refreshMirrors(run.units(), run.records, run.config, now, all));
    clearMirrorStale();
  }
  const locks = syncEditingLocks(ss, now, { config: run.config, records: run.records, view: run.view, all });
  if (locks.locked.length || locks.unlocked.length)
    log.push(...lockChangesLog(locks, run.units(), run.records, run.config, now));
  appendLog(ss, log, all);
  if (Object.keys(writes).length) props.setProperties(writes);
  return log;
}

/** Does an audit apply to anything now: a unit has submitted, it is past the deadline, or snapshots are due? */
function auditMayApply(run: Run): boolean {
  const submitted = Object.values(run.records).some((r) => r.state === 'SUBMITTED' || r.state === 'APPROVED');
  return submitted || !isOnOrBefore(run.now, run.config.deadline);
}

/** The header of a data tab: the layout copy, or read (and kept) when there is none. */
function headerOf(run: Run, tab: AuditTab, sheet: Sheet, fresh = false): string[] {
  const layout: Layout = layoutFrom(run.all);
  if (!fresh && layout[tab]?.length) return layout[tab]!;
  const header = readHeader(sheet);
  const next = { ...layout, ...layoutFrom({ [LAYOUT_KEY]: run.writes[LAYOUT_KEY] ?? '{}' }), [tab]: header };
  const [key, value] = layoutProperty(next);
  run.writes[key] = value;
  return header;
}

/** A row key where the layout says: on Chỉ tiêu / Nhiệm vụ "…@UNIT" or "RIENG-…", on Khó khăn a unit id. */
function keyLooksRight(tab: AuditTab, value: unknown): boolean {
  const key = cleanText(value);
  if (!key) return false;
  return tab === 'issues' ? /^[A-Za-z0-9_-]{1,20}$/.test(key) : key.includes('@') || key.startsWith('RIENG-');
}

/** An edit of a data tab: the audit of the edited rows, their snapshots kept, their system notes marked. */
function auditEdited(run: Run, tab: AuditTab, sheet: Sheet): LogEntry[] {
  const area = editedArea(run.e.range.getA1Notation());
  if (area.row === 1) {
    // The header row (VHXH only): the layout copy follows it.
    headerOf(run, tab, sheet, true);
    return [];
  }
  if (!auditMayApply(run)) return [];
  let map = new ColumnMap(tab, headerOf(run, tab, sheet));
  const columns = Array.from({ length: area.numColumns }, (_, i) => area.column - 1 + i);
  const inputKeys = (m: ColumnMap) =>
    editedKeysAt(m, columns).filter((k) => TABS[tab].columns.some((c) => c.key === k && c.role === 'input'));
  if (!inputKeys(map).length && map.width >= area.column) return [];
  const read = (m: ColumnMap) => sheet.getRange(area.row, 1, area.numRows, Math.max(m.width, 1)).getValues();
  let values: unknown[][];
  try {
    values = read(map);
  } catch {
    values = [];
  }
  const keyIndex = map.index(tab === 'issues' ? 'unitId' : 'rowKey');
  if (!values.length || !values.some((r) => keyLooksRight(tab, r[keyIndex]))) {
    // Columns moved since the layout copy was made: read the header and the rows again.
    map = new ColumnMap(tab, headerOf(run, tab, sheet, true));
    values = read(map);
  }
  const editedKeys = editedKeysAt(map, columns);
  const rows = editedRows(tab, map, values);
  const snapshotIndex = map.index('snapshot');
  const stored = Object.fromEntries(rows.map((r, i) => [r.rowKey, decodeSnapshot(values[i][snapshotIndex])]));
  const single = area.numRows === 1 && area.numColumns === 1 ? singleEdit(tab, editedKeys, run.e.oldValue) : undefined;
  const editor = run.editor();
  const result = auditEdit({
    tab,
    rows: rows.filter((r) => r.rowKey),
    snapshots: stored,
    records: run.records,
    config: run.config,
    now: run.now,
    user: editor,
    unitName: (id) => unitNameFrom(run.all, id) ?? run.units().name(id),
    byVhxh: !!editor && isVhxhOrOwner(run.ss, run.config, editor, run.all),
    editedKeys,
    single,
  });
  writeMarks(sheet, area.row, map, values, rows, result);
  return result.log;
}

/**
 * One write for the edited rows' "Ghi chú hệ thống" and snapshot cells (adjacent columns; two writes otherwise),
 * only for rows the audit concerned, only when something changed.
 */
function writeMarks(
  sheet: Sheet,
  firstRow: number,
  map: ColumnMap,
  values: readonly (readonly unknown[])[],
  rows: ReturnType<typeof editedRows>,
  result: ReturnType<typeof auditEdit>,
): void {
  const statusIndex = map.index('rowStatus');
  const snapshotIndex = map.index('snapshot');
  const audited = new Set(Object.keys(result.marks));
  const concerned = rows.map((r) => audited.has(r.rowKey));
  if (!concerned.some(Boolean)) return;
  const next = values.map((row, i) => {
    const status = concerned[i] && result.marks[rows[i].rowKey] ? result.marks[rows[i].rowKey] : row[statusIndex];
    const snapshot =
      concerned[i] && result.snapshots[rows[i].rowKey]
        ? encodeSnapshot(result.snapshots[rows[i].rowKey])
        : row[snapshotIndex];
    return { status, snapshot };
  });
  const changed = next.some(
    (n, i) => n.status !== values[i][statusIndex] || (snapshotIndex >= 0 && n.snapshot !== values[i][snapshotIndex]),
  );
  if (!changed) return;
  const cells: [number, (n: (typeof next)[number]) => unknown][] = [];
  if (statusIndex >= 0) cells.push([statusIndex, (n) => n.status]);
  if (snapshotIndex >= 0) cells.push([snapshotIndex, (n) => n.snapshot]);
  cells.sort((a, b) => a[0] - b[0]);
  if (cells.length === 2 && cells[1][0] === cells[0][0] + 1) {
    sheet
      .getRange(firstRow, cells[0][0] + 1, next.length, 2)
      .setValues(literalRows(next.map((n) => [cells[0][1](n), cells[1][1](n)])));
    return;
  }
  for (const [index, pick] of cells)
    sheet.getRange(firstRow, index + 1, next.length, 1).setValues(literalRows(next.map((n) => [pick(n)])));
}
