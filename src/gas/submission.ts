/**
 * Submit, approve, return, reopen, the editing locks, and the audit trail.
 *
 * - The submission record lives in script properties (staff cannot type there); the Đơn vị tab's submission
 *   columns are a copy ("mirror") that the reminders, the overview and the report read. A unit's staff can
 *   write the four mirror columns of their own row (the menu runs as them); the approval columns only the VHXH
 *   office. Whatever is typed into the mirror is replaced from the record by the installable trigger; a tick
 *   in "Đã gửi báo cáo" is taken as a submission and checked like one.
 * - Editing rights (protections tagged `#<unitId>`) follow `unitMayEditNow`: approval locks the unit's rows
 *   and its Đơn vị row; after the deadline with "Nhận số liệu sau hạn" = "Không" the unit's data rows lock
 *   (its Đơn vị row stays open so a late submission is still possible). Only runs as the VHXH office (owner)
 *   change protections: the review, the installable onEdit, and `submissionUpkeep` (daily and after setup).
 * - The installable onEdit runs as the owner and writes the audit trail with old and new values. With
 *   consumer accounts Google hides the editor's e-mail there; the entry then names who could have edited.
 */
import { isVhxhOrOwner } from './people';
import { assessWorkbook, splitList, type UnitState } from '../core/assess';
import { auditEdit, showValue, type AuditTab, type EditedRow, type RowSnapshot } from '../core/audit';
import type { Config } from '../core/config';
import { isOnOrBefore, startOfVietnamDay, vietnamDateOf } from '../core/dates';
import { tabOfSheetName } from '../core/editPlan';
import type { LogEntry } from '../core/log';
import { unitProgress } from '../core/progress';
import { PROTECTION_TAG } from '../core/protections';
import { TABS, type TabKey } from '../core/schema';
import {
  lockReason,
  mirrorCells,
  MIRROR_KEYS,
  openRecord,
  review,
  STAFF_MIRROR_KEYS,
  submit,
  SUBMISSION_TEXT,
  unitMayEdit,
  unitMayEditNow,
  type ReviewAction,
  type SubmissionRecord,
  type SubmissionState,
} from '../core/submission';
import { ColumnMap, type TableData } from '../core/table';
import { cleanText, escapeHtml } from '../core/text';
import type { WorkbookData } from '../core/workbook';
import { configFromRows, loadConfig } from './configStore';
import { flushPendingLog, queueLog } from './pendingLog';
import { appendLog, currentUserEmail, readTab, readWorkbook, sheetOf } from './sheetIO';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RECORD_PREFIX = 'submission.';
const SNAPSHOT_PREFIX = 'snap.';
/** What the protections say now, per unit (script property): so a run changes protections only when needed. */
const EDITING_KEY = 'editing.v1';
/** Set when a run could not write the Đơn vị mirror (the next run as the owner rewrites it). */
const MIRROR_STALE_KEY = 'mirror.stale.v1';
const STATES: readonly SubmissionState[] = ['OPEN', 'SUBMITTED', 'APPROVED', 'RETURNED'];
/** Longest detail written to a log entry queued in properties (9 kB per value). */
const MAX_DETAIL = 1500;

/** How far a unit is locked: not at all, its data rows (deadline), or everything including its Đơn vị row (approval). */
export type EditingLevel = 'open' | 'dataLocked' | 'locked';
const DATA_TABS: readonly TabKey[] = ['indicators', 'tasks', 'issues'];
const LOCK_SEPARATOR = ' - khóa: ';
/** The level a unit without a record has (in the stored levels: tells when the deadline lock starts or ends). */
const ANY_UNIT = '*';

function isRecord(value: unknown): value is SubmissionRecord {
  const r = value as SubmissionRecord;
  return !!r && typeof r === 'object' && typeof r.unitId === 'string' && STATES.includes(r.state);
}

function recordsFrom(all: Record<string, string>): Record<string, SubmissionRecord> {
  const records: Record<string, SubmissionRecord> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    try {
      const parsed: unknown = JSON.parse(value);
      // A damaged record reads as open; the Nhật ký keeps the history.
      if (isRecord(parsed)) records[key.slice(RECORD_PREFIX.length)] = parsed;
    } catch {
      // same
    }
  }
  return records;
}

export function loadRecords(): Record<string, SubmissionRecord> {
  return recordsFrom(PropertiesService.getScriptProperties().getProperties());
}

function saveRecord(record: SubmissionRecord): void {
  PropertiesService.getScriptProperties().setProperty(RECORD_PREFIX + record.unitId, JSON.stringify(record));
}

const truncate = (text: string, max = MAX_DETAIL) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const isVhxh = (email: string, config: Config, ss: Spreadsheet) => isVhxhOrOwner(ss, config, email);

function vhxhEmails(config: Config): string[] {
  return splitList(config.vhxhEmail).map((e) => e.toLowerCase());
}

/** The Đơn vị tab with its unit states (valid e-mails), read once. */
interface UnitsView {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  table: TableData;
  map: ColumnMap;
  states: UnitState[];
  name(unitId: string): string;
}

function unitsView(ss: Spreadsheet, now: Date, table?: TableData): UnitsView {
  const read = table ? { sheet: sheetOf(ss, 'units'), table } : readTab(ss, 'units');
  const workbook = {} as WorkbookData;
  for (const key of Object.keys(TABS) as TabKey[]) workbook[key] = { header: TABS[key].columns.map((c) => c.header), rows: [] };
  workbook.units = read.table;
  const states = assessWorkbook(workbook, vietnamDateOf(now)).units;
  return {
    sheet: read.sheet,
    table: read.table,
    map: new ColumnMap('units', read.table.header),
    states,
    name: (id) => states.find((s) => s.unit.id === id)?.unit.name ?? id,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The Đơn vị mirror

/** Contiguous runs of the given mirror keys' columns: [first column index, keys in order]. */
function mirrorRuns(map: ColumnMap, keys: readonly string[]): { start: number; keys: string[] }[] {
  const columns = keys.map((k) => ({ key: k, index: map.index(k) })).filter((c) => c.index >= 0).sort((a, b) => a.index - b.index);
  const runs: { start: number; keys: string[] }[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === c.index) last.keys.push(c.key);
    else runs.push({ start: c.index, keys: [c.key] });
  }
  return runs;
}

/** Writes one unit's mirror cells (only `keys`): one setValues per contiguous run of columns. */
function writeMirror(view: UnitsView, record: SubmissionRecord, config: Config, keys: readonly string[] = MIRROR_KEYS): boolean {
  if (!view.sheet) return false;
  const rowIndex = view.table.rows.findIndex((r) => cleanText(r[view.map.index('unitId')]) === record.unitId);
  if (rowIndex < 0) return false;
  const cells = mirrorCells(record, config);
  for (const run of mirrorRuns(view.map, keys)) {
    view.sheet.getRange(rowIndex + 2, run.start + 1, 1, run.keys.length).setValues([run.keys.map((k) => cells[k])]);
    run.keys.forEach((k, i) => (view.table.rows[rowIndex][run.start + i] = cells[k]));
  }
  return true;
}

const sameCell = (a: unknown, b: unknown) => {
  if (typeof a === 'boolean' || typeof b === 'boolean') return (a === true || cleanText(a).toUpperCase() === 'TRUE') === (b === true || cleanText(b).toUpperCase() === 'TRUE');
  return showValue(a) === showValue(b);
};

/**
 * Rewrites every unit's mirror from the records (rows without a record read as "not submitted"); a tick the tool
 * did not record is undone and logged. One read (given) and at most one write per run of columns.
 */
function refreshMirrors(view: UnitsView, records: Record<string, SubmissionRecord>, config: Config, now: Date): LogEntry[] {
  const log: LogEntry[] = [];
  if (!view.sheet || !view.table.rows.length) return log;
  let changed = false;
  const desired = view.table.rows.map((row) => {
    const unitId = cleanText(row[view.map.index('unitId')]);
    const record = records[unitId] ?? openRecord(unitId);
    const cells = mirrorCells(record, config);
    for (const key of MIRROR_KEYS) {
      const i = view.map.index(key);
      if (i < 0 || !unitId) continue;
      if (!sameCell(row[i], cells[key])) {
        changed = true;
        if (key === 'submit' && !records[unitId] && sameCell(row[i], true)) {
          log.push({ time: now, user: currentUserEmail(), action: 'submitRefused', unitId, target: `${TABS.units.name}!${unitId}`, detail: SUBMISSION_TEXT.unrecordedTick });
        }
      }
    }
    return unitId ? cells : null;
  });
  if (!changed) return log;
  for (const run of mirrorRuns(view.map, MIRROR_KEYS)) {
    const block = view.table.rows.map((row, r) => run.keys.map((k, j) => (desired[r] ? desired[r]![k] : row[run.start + j])));
    view.sheet.getRange(2, run.start + 1, block.length, run.keys.length).setValues(block);
    block.forEach((values, r) => values.forEach((v, j) => (view.table.rows[r][run.start + j] = v)));
  }
  return log;
}

// ---------------------------------------------------------------------------------------------------------
// Editing locks (protections tagged with the unit's marker)

function levelOf(record: SubmissionRecord, config: Config, now: Date): EditingLevel {
  if (!unitMayEdit(record)) return 'locked';
  return unitMayEditNow(record, config, now) ? 'open' : 'dataLocked';
}

function readEditing(all: Record<string, string>): Record<string, EditingLevel> {
  try {
    return JSON.parse(all[EDITING_KEY] ?? '{}') as Record<string, EditingLevel>;
  } catch {
    return {};
  }
}

/** May the unit's staff edit now (for setup's protections: `peopleFrom(units, vhxh, unitEditingPolicy(config, now))`). */
export function unitEditingPolicy(config: Config, now: Date, records: Record<string, SubmissionRecord> = loadRecords()): (unitId: string) => boolean {
  return (unitId) => unitMayEditNow(records[unitId] ?? openRecord(unitId), config, now);
}

const markerOf = (description: string) => /#([^\s#]+)$/.exec(description)?.[1] ?? null;
const baseOf = (description: string) => description.replace(/\s*#[^\s#]+$/, '').split(LOCK_SEPARATOR)[0];

/**
 * Sets each listed unit's protections to its level: its staff are editors of the unit's cells or not, and the
 * description says why they are locked. The VHXH office's addresses are never removed. One getProtections per tab.
 */
function applyLevels(ss: Spreadsheet, levels: Record<string, { level: EditingLevel; reason: string }>, view: UnitsView, config: Config): number {
  const office = vhxhEmails(config);
  let changed = 0;
  for (const tab of [...DATA_TABS, 'units'] as TabKey[]) {
    const sheet = sheetOf(ss, tab);
    if (!sheet) continue;
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = protection.getDescription();
      if (!description.startsWith(PROTECTION_TAG)) continue;
      const unitId = markerOf(description);
      const wanted = unitId ? levels[unitId] : undefined;
      if (!unitId || !wanted) continue;
      const locked = wanted.level === 'locked' || (wanted.level === 'dataLocked' && tab !== 'units');
      const emails = (view.states.find((s) => s.unit.id === unitId)?.validEmails ?? []).map((e) => e.toLowerCase()).filter((e) => !office.includes(e));
      if (emails.length) {
        if (locked) protection.removeEditors(emails);
        else protection.addEditors(emails);
      }
      const next = `${baseOf(description)}${locked ? `${LOCK_SEPARATOR}${wanted.reason}` : ''} #${unitId}`;
      if (next !== description) protection.setDescription(next);
      changed++;
    }
  }
  return changed;
}

/**
 * Brings the protections in line with the records and the deadline. Without `force`, only units whose level
 * changed since the last run are touched (nothing is read when nothing changed); `force` re-applies every unit
 * (after setup rebuilt the protections, and once a day). Returns the units whose level changed.
 */
export function syncEditingLocks(
  ss: Spreadsheet,
  now: Date,
  options: { force?: boolean; only?: readonly string[]; config?: Config; records?: Record<string, SubmissionRecord>; view?: UnitsView } = {},
): { locked: string[]; unlocked: string[] } {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const records = options.records ?? recordsFrom(all);
  const config = options.config ?? loadConfig(vietnamDateOf(now));
  const stored = readEditing(all);
  const levelFor = (unitId: string) => levelOf(records[unitId] ?? openRecord(unitId), config, now);
  // Cheap check first: the units we know of (stored or with a record).
  const known = [...new Set([...Object.keys(stored), ...Object.keys(records)])];
  const quickChange = known.some((id) => (stored[id] ?? 'open') !== levelFor(id)) || levelFor(ANY_UNIT) !== (stored[ANY_UNIT] ?? 'open');
  if (!options.force && !options.only && !quickChange) return { locked: [], unlocked: [] };
  const view = options.view ?? unitsView(ss, now);
  const ids = options.only ?? view.states.map((s) => s.unit.id);
  const levels: Record<string, { level: EditingLevel; reason: string }> = {};
  const result = { locked: [] as string[], unlocked: [] as string[] };
  for (const id of ids) {
    const level = levelFor(id);
    const before = stored[id] ?? 'open';
    if (!options.force && !options.only && before === level) continue;
    levels[id] = { level, reason: lockReason(records[id] ?? openRecord(id), config, now) };
    if (level !== before) (level === 'open' ? result.unlocked : result.locked).push(id);
  }
  if (Object.keys(levels).length) applyLevels(ss, levels, view, config);
  const next: Record<string, EditingLevel> = { ...stored };
  for (const id of ids) next[id] = levelFor(id);
  next[ANY_UNIT] = levelFor(ANY_UNIT);
  props.setProperty(EDITING_KEY, JSON.stringify(next));
  return result;
}

/** Kept for callers that lock or open one unit by hand (approval does it through `syncEditingLocks`). */
export function setUnitEditing(ss: Spreadsheet, unitId: string, emails: readonly string[], allowed: boolean): number {
  let changed = 0;
  for (const tab of [...DATA_TABS, 'units'] as TabKey[]) {
    const sheet = sheetOf(ss, tab);
    if (!sheet || !emails.length) continue;
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = protection.getDescription();
      if (!description.startsWith(PROTECTION_TAG) || markerOf(description) !== unitId) continue;
      if (allowed) protection.addEditors([...emails]);
      else protection.removeEditors([...emails]);
      changed++;
    }
  }
  return changed;
}

function withScriptLock<T>(action: () => T): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(20 * 1000)) throw new Error('Công cụ đang bận xử lý yêu cầu khác. Xin thử lại sau ít phút.');
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Submit

/** Input values of a unit's rows, stored so a later paste can be logged with its old values. */
function storeSnapshots(workbook: WorkbookData, unitId: string): void {
  const props: Record<string, string> = {};
  for (const tab of ['indicators', 'tasks', 'issues'] as const) {
    const map = new ColumnMap(tab, workbook[tab].header);
    for (const row of workbook[tab].rows) {
      const rowKey = rowKeyOf(tab, map, row);
      if (unitOfRow(tab, rowKey) !== unitId) continue;
      props[snapshotKey(tab, rowKey)] = JSON.stringify(snapshotValues(tab, map, row));
    }
  }
  if (Object.keys(props).length) PropertiesService.getDocumentProperties().setProperties(props);
}

function rowKeyOf(tab: AuditTab, map: ColumnMap, row: readonly unknown[]): string {
  return cleanText(row[map.index(tab === 'issues' ? 'unitId' : 'rowKey')]);
}

function unitOfRow(tab: AuditTab, rowKey: string): string | null {
  if (tab === 'issues') return rowKey || null;
  return rowKey.includes('@') ? rowKey.slice(rowKey.lastIndexOf('@') + 1) : null;
}

function snapshotKey(tab: AuditTab, rowKey: string): string {
  return tab === 'issues' ? `${SNAPSHOT_PREFIX}issues:${rowKey}` : SNAPSHOT_PREFIX + rowKey;
}

function inputValues(tab: AuditTab, map: ColumnMap, row: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of TABS[tab].columns) {
    if (column.role !== 'input') continue;
    const i = map.index(column.key);
    if (i >= 0) values[column.key] = row[i];
  }
  return values;
}

function snapshotValues(tab: AuditTab, map: ColumnMap, row: readonly unknown[]): RowSnapshot {
  return Object.fromEntries(Object.entries(inputValues(tab, map, row)).map(([k, v]) => [k, showValue(v)]));
}

interface SubmitResult {
  ok: boolean;
  message: string;
  record: SubmissionRecord;
}

/**
 * Checks and records one unit's submission (shared by the menu and the Đơn vị checkbox). `confirm` is asked
 * outside the script lock; inside it the record is read again, so two clicks never submit twice.
 */
function submitUnit(
  workbook: WorkbookData,
  unitId: string,
  who: string,
  now: Date,
  confirm: (question: string) => boolean,
): SubmitResult & { log: LogEntry[] } {
  const assessment = assessWorkbook(workbook, vietnamDateOf(now));
  const unit = assessment.registry.byId(unitId)!;
  const progress = unitProgress(assessment).find((p) => p.unit.id === unitId)!;
  const first = submit(loadRecords()[unitId] ?? openRecord(unitId), progress, assessment.config, now, who);
  const refused = (outcome: Extract<ReturnType<typeof submit>, { ok: false }>) => ({
    ok: false,
    message: outcome.message,
    record: outcome.record,
    log: [{ time: now, user: who, action: 'submitRefused' as const, unitId, detail: truncate(outcome.message.replace(/\n/g, ' ')) }],
  });
  if (!first.ok) return refused(first);
  if (!confirm(SUBMISSION_TEXT.confirm(assessment.config.reportingYear, unit.name))) return { ok: false, message: SUBMISSION_TEXT.notSent, record: first.record, log: [] };
  return withScriptLock(() => {
    const outcome = submit(loadRecords()[unitId] ?? openRecord(unitId), progress, assessment.config, now, who);
    if (!outcome.ok) return refused(outcome);
    saveRecord(outcome.record);
    storeSnapshots(workbook, unitId);
    return {
      ok: true,
      message: [outcome.message, ...outcome.warnings].join('\n'),
      record: outcome.record,
      log: [{ time: now, user: who, action: 'submit' as const, unitId, detail: outcome.message }],
    };
  });
}

/** "Gửi báo cáo của đơn vị", run by a unit's staff member (the menu runs as them). Returns the message shown. */
export function submitForCurrentUser(now: Date = new Date(), confirm: (question: string) => boolean = () => true): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const email = currentUserEmail();
  const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  const view = unitsView(ss, now, workbook.units);
  const state = view.states.find((s) => email && [...s.validEmails, ...s.invalidEmails].some((e) => e.toLowerCase() === email.toLowerCase()));
  if (!state) return SUBMISSION_TEXT.noUnitForEmail(email);
  const result = submitUnit(workbook, state.unit.id, email, now, confirm);
  if (result.ok) {
    // The staff member may write the four mirror columns of their row (unless it is locked); the approval
    // columns (and anything refused) are rewritten from the record by the next run as the owner.
    let complete = false;
    try {
      const rowIndex = view.table.rows.findIndex((r) => cleanText(r[view.map.index('unitId')]) === state.unit.id);
      const cells = mirrorCells(result.record, config);
      const ownerPart = MIRROR_KEYS.filter((k) => !(STAFF_MIRROR_KEYS as readonly string[]).includes(k));
      const ownerPartOk = ownerPart.every((k) => view.map.index(k) < 0 || sameCell(view.table.rows[rowIndex]?.[view.map.index(k)], cells[k]));
      // The VHXH office submitting for its own unit writes the whole mirror.
      complete = isVhxh(email, config, ss) ? writeMirror(view, result.record, config) : writeMirror(view, result.record, config, STAFF_MIRROR_KEYS) && ownerPartOk;
    } catch {
      complete = false;
    }
    if (!complete) PropertiesService.getScriptProperties().setProperty(MIRROR_STALE_KEY, now.toISOString());
  }
  if (result.log.length) queueLog(result.log);
  return result.message;
}

// ---------------------------------------------------------------------------------------------------------
// Approve / return / reopen

/** Approve / return / reopen, by the VHXH office only. Returns the message shown in the sidebar. */
export function reviewUnit(unitId: string, action: ReviewAction, comment: string, now: Date = new Date()): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const email = currentUserEmail();
  const workbook = readWorkbook(ss, ['config', 'units']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  if (!isVhxh(email, config, ss)) return SUBMISSION_TEXT.notVhxh;
  const view = unitsView(ss, now, workbook.units);
  const state = view.states.find((s) => s.unit.id === unitId);
  if (!state) return SUBMISSION_TEXT.unknownUnit(unitId);
  const text = cleanText(comment);
  return withScriptLock(() => {
    const records = loadRecords();
    const outcome = review(records[unitId] ?? openRecord(unitId), action, text, now, email);
    if (!outcome.ok) return outcome.message;
    saveRecord(outcome.record);
    records[unitId] = outcome.record;
    writeMirror(view, outcome.record, config);
    syncEditingLocks(ss, now, { only: [unitId], config, records, view });
    const log: LogEntry[] = [
      {
        time: now,
        user: email,
        action: action === 'approve' ? 'approve' : action === 'return' ? 'returnReport' : 'reopen',
        unitId,
        target: `${TABS.units.name}!${unitId}`,
        detail: text || SUBMISSION_TEXT.state[outcome.record.state],
      },
    ];
    const lines = [SUBMISSION_TEXT.reviewed(state.unit.name, outcome.record.state)];
    if (action === 'return') {
      const mail = sendReturnMail(ss, state, config, text);
      lines.push(mail);
      log.push({ time: now, user: email, action: 'returnReport', unitId, target: `${TABS.units.name}!${unitId}`, detail: mail });
    }
    flushPendingLog(ss);
    appendLog(ss, log);
    return lines.join('\n');
  });
}

/** E-mails the return comment to the unit's addresses of the Đơn vị tab, and only those. */
function sendReturnMail(ss: Spreadsheet, state: UnitState, config: Config, comment: string): string {
  const emails = [...new Set(state.validEmails.map((e) => e.toLowerCase()))];
  if (!emails.length) return SUBMISSION_TEXT.mailNoAddress;
  try {
    if (MailApp.getRemainingDailyQuota() < emails.length) return SUBMISSION_TEXT.mailFailed('hết hạn mức gửi email trong ngày');
    MailApp.sendEmail({
      to: emails.join(','),
      subject: SUBMISSION_TEXT.returnedMailSubject(config.planNumber, config.reportingYear),
      body: SUBMISSION_TEXT.returnedMailBody(state.unit.name, comment, ss.getUrl(), config.senderName),
      name: config.senderName,
      ...(splitList(config.vhxhEmail)[0] ? { replyTo: splitList(config.vhxhEmail)[0] } : {}),
    });
    return SUBMISSION_TEXT.mailSent(emails);
  } catch (error) {
    return SUBMISSION_TEXT.mailFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The review sidebar: each unit's state, with buttons for the VHXH office. Everything typed is escaped. */
export function reviewHtml(rows: { unitId: string; name: string; status: string }[]): string {
  const row = (r: { unitId: string; name: string; status: string }) =>
    `<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.status)}</td><td>` +
    `<button data-unit="${escapeHtml(r.unitId)}" data-action="approve">Duyệt</button> ` +
    `<button data-unit="${escapeHtml(r.unitId)}" data-action="return">Trả lại</button> ` +
    `<button data-unit="${escapeHtml(r.unitId)}" data-action="reopen">Mở lại</button></td></tr>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:13px}td{border-bottom:1px solid #ddd;padding:4px;vertical-align:top}button{margin:2px 0}</style></head><body>
<table>${rows.map(row).join('')}</table><p id="msg"></p>
<script>document.querySelectorAll('button').forEach(function(b){b.addEventListener('click',function(){var c='';if(b.dataset.action==='return'){c=prompt('Ý kiến trả lại (bắt buộc):')||'';if(!c)return;}
document.getElementById('msg').textContent='Đang xử lý...';google.script.run.withSuccessHandler(function(m){document.getElementById('msg').textContent=m;}).reviewUnit(b.dataset.unit,b.dataset.action,c);});});</script></body></html>`;
}

export function showReviewSidebar(now: Date = new Date()): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = readWorkbook(ss, ['config', 'units']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  if (!isVhxh(currentUserEmail(), config, ss)) {
    SpreadsheetApp.getUi().alert(SUBMISSION_TEXT.notVhxh);
    return;
  }
  const records = loadRecords();
  const view = unitsView(ss, now, workbook.units);
  const rows = view.states.map((s) => {
    const r = records[s.unit.id] ?? openRecord(s.unit.id);
    return { unitId: s.unit.id, name: s.unit.name, status: SUBMISSION_TEXT.statusLine(r, r.submittedAt ? isOnOrBefore(new Date(r.submittedAt), config.deadline) : null) };
  });
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(reviewHtml(rows)).setTitle('Duyệt báo cáo đơn vị'));
}

// ---------------------------------------------------------------------------------------------------------
// Upkeep (daily, and after setup rebuilt the protections)

/**
 * Runs as the VHXH office (the daily trigger, setup): writes queued log entries, rewrites the Đơn vị mirror from
 * the records, and re-applies every unit's editing lock (approval, deadline). Call it before the reminders read
 * the Đơn vị tab, and after setup rebuilt the protections.
 */
export function submissionUpkeep(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(), now: Date = new Date()): { locked: string[]; unlocked: string[]; mirrorFixes: number } {
  return withScriptLock(() => {
    flushPendingLog(ss);
    const workbook = readWorkbook(ss, ['config', 'units']);
    const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
    const records = loadRecords();
    const view = unitsView(ss, now, workbook.units);
    const log = refreshMirrors(view, records, config, now);
    PropertiesService.getScriptProperties().deleteProperty(MIRROR_STALE_KEY);
    const locks = syncEditingLocks(ss, now, { force: true, config, records, view });
    appendLog(ss, [...log, ...lockLog(locks, view, now, (id) => lockReason(records[id] ?? openRecord(id), config, now))]);
    return { ...locks, mirrorFixes: log.length };
  });
}

/** Lock changes made by upkeep or a late edit (Nhật ký has no dedicated action yet: they go under "Thiết lập bảng tính"). */
function lockLog(locks: { locked: string[]; unlocked: string[] }, view: UnitsView, now: Date, reasons: (id: string) => string): LogEntry[] {
  const user = currentUserEmail();
  return [
    ...locks.locked.map((id) => ({ time: now, user, action: 'editingLock' as const, unitId: id, target: `${TABS.units.name}!${id}`, detail: `Khóa ô nhập của ${view.name(id)}: ${reasons(id)}` })),
    ...locks.unlocked.map((id) => ({ time: now, user, action: 'editingLock' as const, unitId: id, target: `${TABS.units.name}!${id}`, detail: `Mở lại ô nhập của ${view.name(id)}` })),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// The installable onEdit

/** e.oldValue as the log shows it: a date column's old value comes as a serial day number. */
function eventOldValue(tab: AuditTab, key: string, raw: unknown): unknown {
  if (raw === undefined || raw === null) return '';
  const column = TABS[tab].columns.find((c) => c.key === key);
  if ((column?.format === 'date' || column?.format === 'datetime') && /^\d+(\.\d+)?$/.test(String(raw))) {
    const serial = Number(raw);
    const days = Math.floor(serial);
    const base = startOfVietnamDay({ year: 1899, month: 12, day: 30 }).getTime();
    return new Date(base + days * 86_400_000 + Math.round((serial - days) * 86_400_000));
  }
  return raw;
}

/**
 * The installable onEdit (runs as the owner): flushes queued log entries; records edits made after a submission
 * or after the deadline with old and new values; turns a tick in "Đã gửi báo cáo" into a checked submission and
 * undoes anything else typed in the mirror; refreshes the Cấu hình copy when it changes; applies editing locks
 * whose time has come. Reads only what the edit needs.
 */
export function handleInstalledEdit(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date = new Date()): LogEntry[] {
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
  const all = PropertiesService.getScriptProperties().getProperties();
  if (all[MIRROR_STALE_KEY]) {
    log.push(...refreshMirrors(units(), recordsFrom(all), config, now));
    PropertiesService.getScriptProperties().deleteProperty(MIRROR_STALE_KEY);
  }
  const records = recordsFrom(all);
  const locks = syncEditingLocks(ss, now, { config, records, view });
  if (locks.locked.length || locks.unlocked.length) log.push(...lockLog(locks, units(), now, (id) => lockReason(records[id] ?? openRecord(id), config, now)));
  appendLog(ss, log);
  return log;
}

function auditEdited(
  ss: Spreadsheet,
  e: GoogleAppsScript.Events.SheetsOnEdit,
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
  const docProps = PropertiesService.getDocumentProperties();
  const stored = docProps.getProperties();
  const rows: EditedRow[] = values.map((row) => {
    const rowKey = rowKeyOf(tab, map, row);
    return { rowKey, unitId: unitOfRow(tab, rowKey), values: inputValues(tab, map, row) };
  });
  const snapshots: Record<string, RowSnapshot | undefined> = {};
  for (const row of rows) {
    const raw = stored[snapshotKey(tab, row.rowKey)];
    if (!raw) continue;
    try {
      snapshots[row.rowKey] = JSON.parse(raw) as RowSnapshot;
    } catch {
      // An unreadable snapshot is no snapshot: old values read as unknown.
    }
  }
  const editedKeys = Array.from({ length: e.range.getNumColumns() }, (_, i) => map.keyAt(e.range.getColumn() - 1 + i)).filter((k): k is string => !!k);
  const single = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1 && editedKeys[0] ? { key: editedKeys[0], oldValue: eventOldValue(tab, editedKeys[0], e.oldValue) } : undefined;
  const result = auditEdit({
    tab,
    rows: rows.filter((r) => r.rowKey),
    snapshots,
    records: loadRecords(),
    config,
    now,
    user: editor,
    unitName: (id) => units().name(id),
    byVhxh: !!editor && isVhxh(editor, config, ss),
    editedKeys,
    single,
  });
  const toStore = Object.fromEntries(Object.entries(result.snapshots).map(([k, v]) => [snapshotKey(tab, k), JSON.stringify(v)]));
  if (Object.keys(toStore).length) docProps.setProperties(toStore);
  const statusColumn = map.index('rowStatus');
  if (statusColumn >= 0 && Object.keys(result.marks).length) {
    // One write for the edited rows' system notes (rows without a mark keep theirs).
    const current = values.map((row) => [row[statusColumn]]);
    rows.forEach((row, i) => {
      const mark = result.marks[row.rowKey];
      if (mark) current[i] = [mark];
    });
    sheet.getRange(first, statusColumn + 1, current.length, 1).setValues(current);
  }
  return result.log;
}

/**
 * An edit in the Đơn vị tab's submission columns: a tick is a submission (checked; refused → unticked, with the
 * reasons in the cell's note); anything else typed there is replaced by the record.
 */
function unitsEdited(ss: Spreadsheet, e: GoogleAppsScript.Events.SheetsOnEdit, view: UnitsView, config: Config, editor: string, now: Date): LogEntry[] {
  const log: LogEntry[] = [];
  if (!view.sheet) return log;
  const mirrorColumns = MIRROR_KEYS.map((k) => view.map.index(k)).filter((i) => i >= 0);
  const firstColumn = e.range.getColumn() - 1;
  const lastColumn = firstColumn + e.range.getNumColumns() - 1;
  if (!mirrorColumns.some((i) => i >= firstColumn && i <= lastColumn)) return log;
  const submitColumn = view.map.index('submit');
  const touchedSubmit = submitColumn >= firstColumn && submitColumn <= lastColumn;
  let workbook: WorkbookData | null = null;
  const notes: { row: number; note: string }[] = [];
  const records = loadRecords();
  for (let r = Math.max(e.range.getRow(), 2); r <= e.range.getRow() + e.range.getNumRows() - 1; r++) {
    const row = view.table.rows[r - 2];
    if (!row) continue;
    const unitId = cleanText(row[view.map.index('unitId')]);
    const state = view.states.find((s) => s.unit.id === unitId);
    if (!state) continue;
    const who = editor || SUBMISSION_TEXT.unknownEditor(state.unit.name);
    const record = records[unitId] ?? openRecord(unitId);
    const ticked = touchedSubmit && sameCell(row[submitColumn], true);
    const submitted = record.state === 'SUBMITTED' || record.state === 'APPROVED';
    if (ticked && !submitted) {
      workbook ??= readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues']);
      const result = submitUnit(workbook, unitId, who, now, () => true);
      log.push(...result.log);
      if (result.ok) records[unitId] = result.record;
      notes.push({ row: r, note: result.ok ? '' : `${SUBMISSION_TEXT.tickRefused}\n${result.message}` });
    } else if (touchedSubmit && !sameCell(row[submitColumn], mirrorCells(record, config).submit)) {
      notes.push({ row: r, note: record.state === 'APPROVED' ? SUBMISSION_TEXT.approvedLocked(new Date(record.reviewedAt ?? now)) : SUBMISSION_TEXT.alreadySubmitted(new Date(record.submittedAt ?? now)) });
    } else {
      notes.push({ row: r, note: SUBMISSION_TEXT.tickRestored });
    }
    writeMirror(view, records[unitId] ?? record, config);
  }
  if (submitColumn >= 0) for (const n of notes) view.sheet.getRange(n.row, submitColumn + 1).setNote(n.note);
  return log;
}

export { readTab };
