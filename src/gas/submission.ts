/**
 * Submit, approve, return, reopen, and the audit trail. The submission record lives in script properties
 * (staff cannot type there); the Đơn vị tab shows a copy. The installable onEdit trigger, which runs as the
 * owner, writes the audit entries with old and new values.
 */
import { assessWorkbook, splitList } from '../core/assess';
import { auditEdit, type EditedRow, type RowSnapshot } from '../core/audit';
import type { Config } from '../core/config';
import { isOnOrBefore, vietnamDateOf } from '../core/dates';
import { tabOfSheetName } from '../core/editPlan';
import type { LogEntry } from '../core/log';
import { unitProgress } from '../core/progress';
import { unitMarker, PROTECTION_TAG } from '../core/protections';
import { TABS, type TabKey } from '../core/schema';
import { mirrorCells, openRecord, review, submit, unitMayEdit, SUBMISSION_TEXT, type ReviewAction, type SubmissionRecord } from '../core/submission';
import { ColumnMap } from '../core/table';
import { cleanText, escapeHtml } from '../core/text';
import { configFromRows, loadConfig } from './configStore';
import { flushPendingLog, queueLog } from './pendingLog';
import { appendLog, currentUserEmail, readTab, readWorkbook, sheetOf } from './sheetIO';

const RECORD_PREFIX = 'submission.';
const SNAPSHOT_PREFIX = 'snap.';

export function loadRecords(): Record<string, SubmissionRecord> {
  const all = PropertiesService.getScriptProperties().getProperties();
  const records: Record<string, SubmissionRecord> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    try {
      records[key.slice(RECORD_PREFIX.length)] = JSON.parse(value) as SubmissionRecord;
    } catch {
      // A damaged record reads as open; the Nhật ký keeps the history.
    }
  }
  return records;
}

function saveRecord(record: SubmissionRecord): void {
  PropertiesService.getScriptProperties().setProperty(RECORD_PREFIX + record.unitId, JSON.stringify(record));
}

/** Writes the Đơn vị tab's copy of one unit's record (one setValues per contiguous run of columns). */
function writeMirror(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SubmissionRecord, config: Config): void {
  const { sheet, table } = readTab(ss, 'units');
  if (!sheet) return;
  const map = new ColumnMap('units', table.header);
  const rowIndex = table.rows.findIndex((r) => cleanText(r[map.index('unitId')]) === record.unitId);
  if (rowIndex < 0) return;
  const cells = mirrorCells(record, config);
  for (const [key, value] of Object.entries(cells)) {
    const column = map.index(key);
    if (column >= 0) sheet.getRange(rowIndex + 2, column + 1).setValue(value);
  }
}

function isVhxh(email: string, config: Config, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const me = email.toLowerCase();
  if (!me) return false;
  const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  return me === owner || splitList(config.vhxhEmail).some((e) => e.toLowerCase() === me);
}

/** Adds or removes a unit's staff as editors of that unit's protected cells (approval locks, return reopens). */
export function setUnitEditing(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, unitId: string, emails: readonly string[], allowed: boolean): number {
  let changed = 0;
  for (const tab of ['indicators', 'tasks', 'issues', 'units'] as TabKey[]) {
    const sheet = sheetOf(ss, tab);
    if (!sheet) continue;
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = protection.getDescription();
      if (!description.startsWith(PROTECTION_TAG) || !description.endsWith(unitMarker(unitId))) continue;
      if (!emails.length) continue;
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

/** "Gửi báo cáo của đơn vị", run by a unit's staff member. Returns the message shown. */
export function submitForCurrentUser(now: Date = new Date(), confirm: (question: string) => boolean = () => true): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const email = currentUserEmail();
  const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues']);
  const today = vietnamDateOf(now);
  const assessment = assessWorkbook(workbook, today);
  const units = assessment.registry.units.filter((u) => email && u.emails.some((e) => e.toLowerCase() === email.toLowerCase()));
  if (!units.length) return SUBMISSION_TEXT.noUnitForEmail(email);
  const unit = units[0];
  return withScriptLock(() => {
    const record = loadRecords()[unit.id] ?? openRecord(unit.id);
    const progress = unitProgress(assessment).find((p) => p.unit.id === unit.id)!;
    const outcome = submit(record, progress, assessment.config, now, email);
    if (!outcome.ok) {
      queueLog([{ time: now, user: email, action: 'submitRefused', unitId: unit.id, detail: outcome.message.split('\n').slice(0, 6).join(' ') }]);
      return outcome.message;
    }
    if (!confirm(`Gửi báo cáo năm ${assessment.config.reportingYear} của ${unit.name}? Sau khi gửi, mọi thay đổi đều được ghi nhật ký.`)) return 'Chưa gửi báo cáo.';
    saveRecord(outcome.record);
    storeSnapshots(workbook, unit.id);
    writeMirror(ss, outcome.record, assessment.config);
    queueLog([{ time: now, user: email, action: 'submit', unitId: unit.id, detail: outcome.message }]);
    return [outcome.message, ...outcome.warnings].join('\n');
  });
}

/** Approve / return / reopen, by the VHXH office only. */
export function reviewUnit(unitId: string, action: ReviewAction, comment: string, now: Date = new Date()): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const email = currentUserEmail();
  const workbook = readWorkbook(ss, ['config', 'units']);
  const config = configFromRows(workbook.config.rows, vietnamDateOf(now).year);
  if (!isVhxh(email, config, ss)) return SUBMISSION_TEXT.notVhxh;
  const assessment = assessWorkbook(workbook, vietnamDateOf(now));
  const unit = assessment.registry.byId(unitId);
  if (!unit) return `Không có đơn vị mã ${unitId}.`;
  return withScriptLock(() => {
    const record = loadRecords()[unitId] ?? openRecord(unitId);
    const outcome = review(record, action, cleanText(comment), now, email);
    if (!outcome.ok) return outcome.message;
    saveRecord(outcome.record);
    writeMirror(ss, outcome.record, config);
    const state = assessment.units.find((u) => u.unit.id === unitId);
    const emails = state?.validEmails ?? [];
    const deadlineLock = !config.acceptLateEntries && !isOnOrBefore(now, config.deadline);
    setUnitEditing(ss, unitId, emails, unitMayEdit(outcome.record) && !deadlineLock);
    const log: LogEntry[] = [{ time: now, user: email, action: action === 'approve' ? 'approve' : action === 'return' ? 'returnReport' : 'reopen', unitId, detail: cleanText(comment) || SUBMISSION_TEXT.state[outcome.record.state] }];
    if (action === 'return' && emails.length && MailApp.getRemainingDailyQuota() > 0) {
      MailApp.sendEmail({
        to: emails.join(','),
        subject: SUBMISSION_TEXT.returnedMailSubject(config.planNumber, config.reportingYear),
        body: SUBMISSION_TEXT.returnedMailBody(unit.name, cleanText(comment), ss.getUrl(), config.senderName),
        name: config.senderName,
        replyTo: config.vhxhEmail || undefined,
      });
      log.push({ time: now, user: email, action: 'returnReport', unitId, detail: `Đã gửi email ý kiến tới ${emails.join(', ')}` });
    }
    flushPendingLog(ss);
    appendLog(ss, log);
    return `${unit.name}: ${SUBMISSION_TEXT.state[outcome.record.state]}.`;
  });
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
  const assessment = assessWorkbook(workbook, vietnamDateOf(now));
  const rows = assessment.registry.units.map((u) => {
    const r = records[u.id] ?? openRecord(u.id);
    return { unitId: u.id, name: u.name, status: SUBMISSION_TEXT.statusLine(r, r.submittedAt ? isOnOrBefore(new Date(r.submittedAt), config.deadline) : null) };
  });
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(reviewHtml(rows)).setTitle('Duyệt báo cáo đơn vị'));
}

/** Input values of a unit's rows, stored so a later paste can be logged with its old values. */
function storeSnapshots(workbook: ReturnType<typeof readWorkbook>, unitId: string): void {
  const props: Record<string, string> = {};
  for (const tab of ['indicators', 'tasks'] as const) {
    const map = new ColumnMap(tab, workbook[tab].header);
    for (const row of workbook[tab].rows) {
      const key = cleanText(row[map.index('rowKey')]);
      if (!key.endsWith(`@${unitId}`)) continue;
      props[SNAPSHOT_PREFIX + key] = JSON.stringify(inputValues(tab, map, row));
    }
  }
  PropertiesService.getDocumentProperties().setProperties(props);
}

function inputValues(tab: TabKey, map: ColumnMap, row: readonly unknown[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const column of TABS[tab].columns) {
    if (column.role !== 'input') continue;
    const i = map.index(column.key);
    if (i >= 0) values[column.key] = row[i] instanceof Date ? (row[i] as Date).toISOString() : cleanText(row[i]);
  }
  return values;
}

/**
 * The installable onEdit (runs as the owner): flushes queued log entries and records edits made after a
 * submission or after the deadline, with old and new values. Reads only the header and the edited rows.
 */
export function handleInstalledEdit(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date = new Date()): LogEntry[] {
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  flushPendingLog(ss);
  const sheet = e.range.getSheet();
  const tab = tabOfSheetName(sheet.getName());
  if (tab !== 'indicators' && tab !== 'tasks') return [];
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const map = new ColumnMap(tab, header);
  const first = Math.max(e.range.getRow(), 2);
  const last = e.range.getRow() + e.range.getNumRows() - 1;
  if (last < first) return [];
  const values = sheet.getRange(first, 1, last - first + 1, width).getValues();
  const docProps = PropertiesService.getDocumentProperties();
  const stored = docProps.getProperties();
  const rows: EditedRow[] = values.map((row) => {
    const rowKey = cleanText(row[map.index('rowKey')]);
    return { rowKey, unitId: rowKey.includes('@') ? rowKey.split('@')[1] : null, values: inputValues(tab, map, row) };
  });
  const snapshots: Record<string, RowSnapshot | undefined> = {};
  for (const row of rows) {
    const raw = stored[SNAPSHOT_PREFIX + row.rowKey];
    if (raw) snapshots[row.rowKey] = JSON.parse(raw) as RowSnapshot;
  }
  const editedKeys = Array.from({ length: e.range.getNumColumns() }, (_, i) => map.keyAt(e.range.getColumn() - 1 + i)).filter((k): k is string => !!k);
  const editedKey = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1 ? editedKeys[0] : undefined;
  const config = loadConfig(vietnamDateOf(now));
  const result = auditEdit({
    tab,
    rows,
    snapshots,
    records: loadRecords(),
    config,
    now,
    user: e.user?.getEmail?.() || '',
    editedKeys,
    single: editedKey ? { key: editedKey, oldValue: e.oldValue ?? '' } : undefined,
  });
  docProps.setProperties(Object.fromEntries(Object.entries(result.snapshots).map(([k, v]) => [SNAPSHOT_PREFIX + k, JSON.stringify(v)])));
  const statusColumn = map.index('rowStatus');
  if (statusColumn >= 0) {
    rows.forEach((row, i) => {
      const mark = result.marks[row.rowKey];
      if (mark) sheet.getRange(first + i, statusColumn + 1).setValue(mark);
    });
  }
  appendLog(ss, result.log);
  return result.log;
}

export { readTab };
