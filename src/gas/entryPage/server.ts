/**
 * The entry page on Apps Script: doGet and the two calls the page makes (save, submit). Each call re-derives the
 * unit from the token, answers a bad, old or replaced link with its message and writes nothing, and runs the rules
 * of the core (request checks, what a save writes, the submission rules). Every answer is a plain object for
 * google.script.run (no Date), and no call throws: a failure is a Vietnamese message, never Google's English.
 *
 * Spreadsheet service calls of one save, whatever the number of rows: getActiveSpreadsheet, getSheetByName,
 * getDataRange, getValues, then per saved row getRange + setValues + setNotes + setBackgrounds (one range in the
 * schema's column order), and Nhật ký getSheetByName + appendRow: 10.
 */
import { type CalendarDate, isOnOrBefore, vietnamDateOf } from '../../core/dates';
import { ENTRY_PAGE_TEXT } from '../../core/entryPage/messages';
import { buildEntryModel, embedJson } from '../../core/entryPage/model';
import { TAB_OF } from '../../core/entryPage/preview';
import type { Boot, SaveReply, SubmitItem, SubmitReply } from '../../core/entryPage/replies';
import { parseRequestId, parseSaveRequest } from '../../core/entryPage/request';
import { planSave, savedAt } from '../../core/entryPage/save';
import { verifyToken } from '../../core/entryPage/token';
import { assessWorkbook } from '../../core/judging/assess';
import { COMMON_TEXT } from '../../core/messages';
import { unitProgress } from '../../core/progress/owed';
import type { Config } from '../../core/sheet/config';
import { TABS } from '../../core/sheet/schema';
import {
  lockReason,
  openRecord,
  SUBMISSION_TEXT,
  type SubmissionRecord,
  submissionProblems,
  unitMayEditNow,
} from '../../core/submission/state';
import { recordsFrom } from '../../core/submission/store';
import { registryFromTable } from '../../core/units/table';
import { explain } from '../guard';
import { withScriptLock } from '../lock';
import { configFromRows, loadConfig } from '../sheet/configStore';
import { appendLog, readWorkbook, sheetOf } from '../sheet/io';
import { writeMirror } from '../submission/mirror';
import { loadRecords, markMirrorStale } from '../submission/records';
import { submitUnit } from '../submission/submit';
import { unitsView } from '../submission/units';
import {
  draftKeyOf,
  entryProperties,
  hmacWith,
  secretIn,
  storedSubmit,
  storeSubmit,
  versionIn,
  versionsIn,
} from './store';

/** The built page (scripts/build.ts writes it from src/gas/entryPage/page/). */
export const PAGE_FILE = 'EntryPage';
/** Where doGet puts the page's data (inside <script type="application/json">). */
export const BOOT_MARK = '__ENTRY_PAGE_BOOT__';

type Checked =
  | { ok: true; unitId: string; config: Config; all: Record<string, string>; today: CalendarDate }
  | { ok: false; message: string };

/** The token checked against the secret, the reporting year and the unit's link version. */
function checkToken(token: unknown, now: Date): Checked {
  const today = vietnamDateOf(now);
  const config = loadConfig(today);
  const all = entryProperties();
  const secret = secretIn(all);
  const versions = versionsIn(all);
  // No secret yet: no link was ever given out, so no token can be genuine (an empty signature matches none).
  const check = verifyToken(token, {
    hmac: secret ? hmacWith(secret) : () => [],
    year: config.reportingYear,
    versionOf: (id) => versionIn(versions, id),
  });
  if (check.ok) return { ok: true, unitId: check.unitId, config, all, today };
  const t = ENTRY_PAGE_TEXT.token;
  const message =
    check.problem === 'otherYear'
      ? t.otherYear(check.claims!.year, config.reportingYear)
      : check.problem === 'rotated'
        ? t.rotated
        : check.problem === 'unknownUnit'
          ? t.unknownUnit
          : check.problem === 'missing'
            ? t.missing
            : check.problem === 'malformed'
              ? t.malformed
              : t.forged;
  return { ok: false, message };
}

/** The model of the unit's page, or why there is none. */
export function openPage(token: unknown, now: Date = new Date()): Boot {
  const checked = checkToken(token, now);
  if (!checked.ok) return checked;
  const { unitId, config, all, today } = checked;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = readWorkbook(ss, ['units', 'indicators', 'tasks', 'issues']);
  const unit = registryFromTable(workbook.units).byId(unitId);
  if (!unit) return { ok: false, message: ENTRY_PAGE_TEXT.token.unknownUnit };
  const record = recordsFrom(all, config.reportingYear)[unitId] ?? openRecord(unitId);
  const model = buildEntryModel({
    token: String(token),
    draftKey: draftKeyOf(String(token)),
    unitId,
    unitName: unit.name,
    ward: config.wardName,
    year: config.reportingYear,
    today,
    deadline: config.deadline,
    tables: { indicators: workbook.indicators, tasks: workbook.tasks, issues: workbook.issues },
    record,
    editable: unitMayEditNow(record, config, now),
    lockMessage: lockReason(record, config, now),
  });
  return { ok: true, model };
}

/** doGet: the page with its data, or with the reason the link does not open it. */
export function renderPage(e: { parameter?: Record<string, string> } | undefined): GoogleAppsScript.HTML.HtmlOutput {
  let boot: Boot;
  try {
    boot = openPage(e?.parameter?.t);
  } catch (error) {
    boot = { ok: false, message: explain(error).message };
  }
  const output = HtmlService.createHtmlOutputFromFile(PAGE_FILE);
  const json = embedJson(boot);
  // A function as the replacement: "$&" or "$1" typed by someone stays text.
  output.setContent(output.getContent().replace(BOOT_MARK, () => json));
  return output
    .setTitle(boot.ok ? ENTRY_PAGE_TEXT.pageTitle(boot.model.unit.name, boot.model.year) : ENTRY_PAGE_TEXT.genericTitle)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1')
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT);
}

/** Refusals: nothing was written. */
const refused = (message: string): SaveReply => ({ ok: false, message, nothingWritten: true });

/** Saves typed values of the unit's own rows (one card, or the drafts kept while offline). */
export function savePage(token: unknown, request: unknown, now: Date = new Date()): SaveReply {
  try {
    const checked = checkToken(token, now);
    if (!checked.ok) return refused(checked.message);
    const { unitId, config, all, today } = checked;
    const parsed = parseSaveRequest(request);
    if (!parsed.ok) return refused(parsed.message);
    return withScriptLock('interactive', (): SaveReply => {
      const record: SubmissionRecord = loadRecords(config.reportingYear)[unitId] ?? openRecord(unitId);
      if (!unitMayEditNow(record, config, now))
        return refused(lockReason(record, config, now) || ENTRY_PAGE_TEXT.token.nothingWritten);
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const tab = TAB_OF[parsed.value.kind];
      const sheet = sheetOf(ss, tab);
      if (!sheet) return refused(COMMON_TEXT.sheetMissing(TABS[tab].name));
      const values = sheet.getDataRange().getValues();
      const plan = planSave(
        parsed.value,
        { header: values[0] ?? [], rows: values.slice(1) },
        {
          unitId,
          year: config.reportingYear,
          today,
          now,
          who: ENTRY_PAGE_TEXT.save.who(unitId),
          circumstance:
            record.state === 'SUBMITTED'
              ? ENTRY_PAGE_TEXT.save.afterSubmit
              : isOnOrBefore(now, config.deadline)
                ? ''
                : ENTRY_PAGE_TEXT.save.afterDeadline,
        },
      );
      if (!plan.ok) return refused(plan.message);
      for (const block of plan.blocks) {
        const range = sheet.getRange(block.row, block.column, 1, block.values[0].length);
        range.setValues(block.values);
        if (block.notes) range.setNotes(block.notes);
        if (block.backgrounds) range.setBackgrounds(block.backgrounds);
      }
      // appendLog: one appendRow per entry for the usual save, each row with its check value (tamper evidence).
      appendLog(ss, plan.log, all);
      return { ok: true, savedAt: savedAt(now), results: plan.results };
    });
  } catch (error) {
    return refused(explain(error).message);
  }
}

/** The refused submission's list, each item with the card it is about (same rules and order as the sheet's). */
function submitItems(problems: { blocking: string[] }, ids: string[]): SubmitItem[] {
  return problems.blocking.map((message, i) => ({
    message,
    cardId: ids.length === problems.blocking.length ? ids[i] : null,
  }));
}

/** "Gửi báo cáo" from the page: the sheet's rules; a repeated or replayed request is answered once. */
export function submitPage(token: unknown, requestId: unknown, now: Date = new Date()): SubmitReply {
  try {
    const checked = checkToken(token, now);
    if (!checked.ok) return { ok: false, message: checked.message, items: [] };
    const { unitId, all, today } = checked;
    const id = parseRequestId(requestId);
    if (!id) return { ok: false, message: ENTRY_PAGE_TEXT.request.malformed(''), items: [] };
    return withScriptLock('interactive', (): SubmitReply => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues']);
      const config = configFromRows(workbook.config.rows, today.year);
      const records = loadRecords(config.reportingYear);
      const record = records[unitId] ?? openRecord(unitId);
      const stateOf = (r: SubmissionRecord): Extract<SubmitReply, { ok: true }>['state'] => ({
        code: r.state,
        label: ENTRY_PAGE_TEXT.state[r.state],
        detail: ENTRY_PAGE_TEXT.stateDetail(r),
      });
      const previous = storedSubmit(all, unitId);
      if ((previous?.requestId === id || record.state === 'SUBMITTED') && record.submittedAt)
        return {
          ok: true,
          already: true,
          message:
            record.state === 'SUBMITTED'
              ? SUBMISSION_TEXT.alreadySubmitted(new Date(record.submittedAt))
              : previous!.message,
          warnings: [],
          state: stateOf(record),
        };
      const assessment = assessWorkbook(workbook, today);
      const unit = assessment.registry.byId(unitId);
      const progress = unitProgress(assessment).find((p) => p.unit.id === unitId);
      if (!unit || !progress) return { ok: false, message: ENTRY_PAGE_TEXT.token.unknownUnit, items: [] };
      const who = ENTRY_PAGE_TEXT.save.who(unit.name);
      const result = submitUnit(workbook, unitId, who, now, () => true);
      if (result.log.length) appendLog(ss, result.log);
      if (!result.ok) {
        const ids = [
          ...progress.invalid.filter((i) => i.column !== 'review').map((i) => i.rowKey),
          ...progress.owed.filter((o) => o.tab !== 'issues' && !o.explanation).map((o) => o.rowKey),
        ];
        const problems = submissionProblems(progress);
        if (record.state === 'APPROVED' || !problems.blocking.length)
          return { ok: false, message: result.message, items: [] };
        return {
          ok: false,
          message: SUBMISSION_TEXT.refusedTitle(problems.blocking.length),
          items: submitItems(problems, ids),
        };
      }
      try {
        if (!writeMirror(unitsView(ss, now, workbook.units), result.record, config)) markMirrorStale(now);
      } catch {
        markMirrorStale(now);
      }
      const [message, ...warnings] = result.message.split('\n');
      storeSubmit(unitId, { requestId: id, at: now.toISOString(), message });
      return { ok: true, already: false, message, warnings, state: stateOf(result.record) };
    });
  } catch (error) {
    return { ok: false, message: explain(error).message, items: [] };
  }
}
