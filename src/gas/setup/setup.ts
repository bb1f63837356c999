/**
 * "Thiết lập / cập nhật bảng tính": builds or updates every tab from the schema and the catalog, merging by
 * row key. Run by the VHXH office (the owner). Spreadsheet calls depend on the number of tabs, columns and
 * units, never on the number of rows: each tab is read once and written in column blocks.
 */

import { parseVietnameseDate, vietnamDateOf } from '../../core/dates';
import { AppError } from '../../core/errors';
import { HistoryIndex, readHistory } from '../../core/history/history';
import { assessIndicators, assessTasks, registryFromTable, splitList } from '../../core/judging/assess';
import { guideLines } from '../../core/menu/guide';
import { NEW_YEAR_TEXT } from '../../core/newYear/messages';
import {
  DATA_YEAR_KEY,
  dataYearOf,
  JOURNAL_KEY,
  NEW_YEAR_STEPS,
  parseJournal,
  previousResultColumn,
  yearMismatch,
} from '../../core/newYear/newYear';
import { type CatalogRow, PLAN_CATALOG } from '../../core/plan/catalog';
import { buildPlanRows } from '../../core/plan/rows';
import { hasOwnPlan, recordsOf } from '../../core/planImport/build';
import { type MergeResult, mergeConfigTab, mergeKeyedTab, mergePlanTab } from '../../core/setup/merge';
import { SETUP_TEXT } from '../../core/setup/messages';
import { type JudgedTab, planRefresh, VALIDATED_COLUMNS, validationMarks } from '../../core/sheet/computedColumns';
import { type Config, defaultConfig, readConfig } from '../../core/sheet/config';
import { HEADER_BACKGROUND, numberFormatOf, verdictColorRules } from '../../core/sheet/format';
import type { LogEntry } from '../../core/sheet/log';
import { SHEET_TEXT } from '../../core/sheet/messages';
import { columnRuns, PROTECTION_TAG, peopleFrom, planProtections, rowOwnersOf } from '../../core/sheet/protections';
import { TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
import { ColumnMap, type TableData } from '../../core/sheet/table';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { withScriptLock } from '../lock';
import { configFromRows } from '../sheet/configStore';
import { appendLog, currentUserEmail, readTab } from '../sheet/io';
import { submissionUpkeep } from '../submission';
import { ensureEditTrigger } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Tabs nobody but the VHXH office writes: guide, settings, overview, journal. */
const WHOLE_SHEET_TABS: readonly TabKey[] = ['guide', 'config', 'summary', 'history', 'log'];

export interface SetupResult {
  indicators: number;
  tasks: number;
  added: string[];
  retired: string[];
  unknownLeads: string[];
  protections: number;
}

function ensureSheet(ss: Spreadsheet, tab: TabKey): Sheet {
  return ss.getSheetByName(TABS[tab].name) ?? ss.insertSheet(TABS[tab].name, TAB_ORDER.indexOf(tab));
}

/** Grows the grid so rows × columns fit (writing outside it throws). */
function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes a merge: the header, the tool-owned columns of existing rows, appended rows whole. Never an input cell of an existing row. */
function writeMerge(sheet: Sheet, merge: MergeResult): void {
  const width = merge.header.length;
  ensureGrid(sheet, merge.rows.length + 1, width);
  sheet.getRange(1, 1, 1, width).setValues([merge.header]);
  const existing = merge.firstAppended;
  if (existing > 0) {
    for (const [start, length] of columnRuns(merge.ownedColumns)) {
      sheet
        .getRange(2, start + 1, existing, length)
        .setValues(merge.rows.slice(0, existing).map((r) => r.slice(start, start + length)));
    }
  }
  const appended = merge.rows.slice(existing);
  if (appended.length) sheet.getRange(existing + 2, 1, appended.length, width).setValues(appended);
}

function formatTab(sheet: Sheet, tab: TabKey, map: ColumnMap, dataRows: number): void {
  const spec = TABS[tab];
  const rows = Math.max(dataRows, 1);
  sheet.setFrozenRows(spec.frozenRows);
  sheet.setFrozenColumns(spec.frozenColumns);
  const header = sheet.getRange(1, 1, 1, Math.max(map.width, 1));
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  const notes: string[] = [];
  for (const column of spec.columns) {
    const index = map.index(column.key);
    notes[index] = column.help ?? '';
  }
  header.setNotes([Array.from({ length: Math.max(map.width, 1) }, (_, i) => notes[i] ?? '')]);
  sheet.getRange(2, 1, rows, Math.max(map.width, 1)).setWrap(true).setVerticalAlignment('top');
  for (const column of spec.columns) {
    const index = map.index(column.key);
    if (index < 0) continue;
    sheet.setColumnWidth(index + 1, column.width);
    const range = sheet.getRange(2, index + 1, rows, 1);
    const format = numberFormatOf(column);
    if (format) range.setNumberFormat(format);
    if (column.format === 'checkbox') range.insertCheckboxes();
    if (column.choices) {
      // Allow invalid: a value typed outside the list is kept and flagged, never rejected.
      range.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.choices], true)
          .setAllowInvalid(true)
          .setHelpText(SHEET_TEXT.choiceHelp)
          .build(),
      );
    }
  }
  if ((tab === 'indicators' || tab === 'tasks') && map.index('verdict') >= 0) {
    const verdictRange = sheet.getRange(2, map.index('verdict') + 1, rows, 1);
    sheet.setConditionalFormatRules(
      verdictColorRules().map((rule) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextStartsWith(rule.text)
          .setBackground(rule.background)
          .setRanges([verdictRange])
          .build(),
      ),
    );
  }
}

/** Computed columns and validation notes for a whole judged tab: one write per column, whatever the rows. */
export function refreshJudgedTab(
  sheet: Sheet,
  tab: JudgedTab,
  table: TableData,
  config: Config,
  now: Date,
  user: string,
): LogEntry[] {
  const map = new ColumnMap(tab, table.header);
  if (!table.rows.length) return [];
  const today = vietnamDateOf(now);
  const assessed =
    tab === 'indicators'
      ? assessIndicators(table, config.reportingYear)
      : assessTasks(table, config.reportingYear, today, parseVietnameseDate(config.planDate));
  const { writes, overwritten } = planRefresh(tab, map, table, assessed);
  for (const [start, length] of columnRuns(writes.map((w) => w.column))) {
    const block = writes
      .filter((w) => w.column >= start && w.column < start + length)
      .sort((a, b) => a.column - b.column);
    sheet
      .getRange(2, start + 1, table.rows.length, length)
      .setValues(table.rows.map((_, r) => block.map((w) => w.values[r])));
  }
  const marks = assessed.map((row) => validationMarks(tab, row));
  for (const key of VALIDATED_COLUMNS[tab]) {
    const index = map.index(key);
    if (index < 0) continue;
    const range = sheet.getRange(2, index + 1, table.rows.length, 1);
    range.setNotes(marks.map((m) => [m[key].note]));
    range.setBackgrounds(marks.map((m) => [m[key].background]));
  }
  return overwritten.map((o) => ({
    time: now,
    user,
    action: 'restoreComputed' as const,
    unitId: assessed[o.rowIndex].unitId ?? '',
    target: `${TABS[tab].name}!${assessed[o.rowIndex].rowKey}`,
    detail: SETUP_TEXT.restoredOnSetup(o.key),
    oldValue: o.typed,
    newValue: o.restored,
  }));
}

function applyProtections(
  _ss: Spreadsheet,
  sheets: Map<TabKey, { sheet: Sheet; map: ColumnMap; rows: unknown[][] }>,
  config: Config,
  units: ReturnType<typeof registryFromTable>,
): number {
  const vhxh = [...splitList(config.vhxhEmail), currentUserEmail()].filter((e) => e?.includes('@'));
  // The hardened mode (issue 16): units enter through their page only, so no unit address may edit the sheet.
  const people = peopleFrom(units.units, vhxh, () => config.entryMode !== 'page');
  let count = 0;
  for (const [tab, { sheet, map, rows }] of sheets) {
    for (const old of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (old.getDescription().startsWith(PROTECTION_TAG)) old.remove();
    }
    if (WHOLE_SHEET_TABS.includes(tab)) {
      // Tabs the tool and the VHXH office own entirely: one sheet protection, whatever they grow to.
      const protection = sheet
        .protect()
        .setDescription(`${PROTECTION_TAG} ${SHEET_TEXT.protections.wholeTab(TABS[tab].name)}`);
      protection.removeEditors(protection.getEditors());
      if (vhxh.length) protection.addEditors(vhxh);
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
      count++;
      continue;
    }
    for (const spec of planProtections(tab, map, rowOwnersOf(tab, map, rows), people)) {
      const protection = sheet
        .getRange(spec.row, spec.column, spec.numRows, spec.numColumns)
        .protect()
        .setDescription(spec.description);
      // Start from nobody but the owner and whoever runs setup, then add the allowed editors.
      protection.removeEditors(protection.getEditors());
      if (spec.editors.length) protection.addEditors(spec.editors);
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
      count++;
    }
  }
  return count;
}

/**
 * Setup never mixes two years: while a year change is unfinished, or when Cấu hình's year is not the year the input
 * cells belong to (someone typed 2027 by hand), it stops before writing anything and says what to do.
 */
function checkYear(configTable: TableData, now: Date): void {
  const all = PropertiesService.getScriptProperties().getProperties();
  const journal = parseJournal(all[JOURNAL_KEY]);
  if (journal && journal.done.length < NEW_YEAR_STEPS.length)
    throw new AppError('NOT_ALLOWED', NEW_YEAR_TEXT.unfinished(journal.from, journal.to));
  if (!configTable.rows.length || !all[DATA_YEAR_KEY]) return;
  const { config } = readConfig(configTable.rows, vietnamDateOf(now).year);
  const mismatch = yearMismatch(config, dataYearOf(all[DATA_YEAR_KEY], config));
  if (mismatch) throw new AppError('NOT_ALLOWED', mismatch);
}

/** "Kết quả năm trước" of every keyed indicator row, from Lịch sử (a system column: setup writes it). */
function withPreviousResults(merge: MergeResult, history: HistoryIndex, year: number): void {
  const column = previousResultColumn({ header: merge.header, rows: merge.rows }, history, year);
  if (!column) return;
  const index = new ColumnMap('indicators', merge.header).index('previousResult');
  merge.rows.forEach((row, i) => {
    row[index] = column[i][0];
  });
}

export function runSetup(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  now: Date = new Date(),
  catalog: readonly CatalogRow[] = PLAN_CATALOG,
): SetupResult {
  return withScriptLock('interactive', () => {
    const user = currentUserEmail();
    ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
    const sheets = new Map(TAB_ORDER.map((tab) => [tab, ensureSheet(ss, tab)]));

    const configTable = readTab(ss, 'config').table;
    checkYear(configTable, now);
    const configMerge = mergeConfigTab(configTable, defaultConfig(vietnamDateOf(now).year));
    writeMerge(sheets.get('config')!, configMerge);
    const configMap = new ColumnMap('config', configMerge.header);
    const config = configFromRows(
      configMerge.rows.map((r) => [r[configMap.index('key')], r[configMap.index('value')]]),
      vietnamDateOf(now).year,
    );

    const registryBefore = registryFromTable(readTab(ss, 'units').table);
    const unitsMerge = mergeKeyedTab('units', readTab(ss, 'units').table, registryBefore);
    writeMerge(sheets.get('units')!, unitsMerge);
    const registry = registryFromTable({ header: unitsMerge.header, rows: unitsMerge.rows });

    const indicatorsTable = readTab(ss, 'indicators').table;
    const tasksTable = readTab(ss, 'tasks').table;
    // A ward that loaded its own plan keeps its rows: the sample's are never added to it.
    const plan =
      catalog === PLAN_CATALOG && hasOwnPlan(indicatorsTable, tasksTable)
        ? {
            indicators: recordsOf('indicators', indicatorsTable),
            tasks: recordsOf('tasks', tasksTable),
            unknownLeads: [],
          }
        : buildPlanRows(catalog, registry);
    const indicatorsMerge = mergePlanTab('indicators', indicatorsTable, plan.indicators, registry);
    const historyTable = readTab(ss, 'history').table;
    withPreviousResults(indicatorsMerge, new HistoryIndex(readHistory(historyTable)), config.reportingYear);
    const tasksMerge = mergePlanTab('tasks', tasksTable, plan.tasks, registry);
    const issuesMerge = mergeKeyedTab('issues', readTab(ss, 'issues').table, registry);
    writeMerge(sheets.get('indicators')!, indicatorsMerge);
    writeMerge(sheets.get('tasks')!, tasksMerge);
    writeMerge(sheets.get('issues')!, issuesMerge);

    const guide = sheets.get('guide')!;
    const lines = [[TABS.guide.columns[0].header], ...guideLines(config).map((l) => [l])];
    guide.clearContents();
    guide.getRange(1, 1, lines.length, 1).setValues(lines);
    for (const tab of ['log', 'history'] as const) {
      const sheet = sheets.get(tab)!;
      if (sheet.getLastRow() === 0)
        sheet.getRange(1, 1, 1, TABS[tab].columns.length).setValues([TABS[tab].columns.map((c) => c.header)]);
    }

    const merged = new Map<TabKey, { sheet: Sheet; map: ColumnMap; rows: unknown[][] }>();
    const mergeOf: Partial<Record<TabKey, MergeResult>> = {
      config: configMerge,
      units: unitsMerge,
      indicators: indicatorsMerge,
      tasks: tasksMerge,
      issues: issuesMerge,
    };
    for (const tab of TAB_ORDER) {
      const m = mergeOf[tab];
      const header = m
        ? m.header
        : tab === 'log' || tab === 'history'
          ? TABS[tab].columns.map((c) => c.header)
          : [TABS[tab].columns[0].header];
      const rows = m ? m.rows : tab === 'guide' ? lines.slice(1) : tab === 'history' ? historyTable.rows : [];
      const map = new ColumnMap(tab, header);
      formatTab(sheets.get(tab)!, tab, map, rows.length);
      merged.set(tab, { sheet: sheets.get(tab)!, map, rows });
    }

    const log: LogEntry[] = [
      ...refreshJudgedTab(
        sheets.get('indicators')!,
        'indicators',
        { header: indicatorsMerge.header, rows: indicatorsMerge.rows },
        config,
        now,
        user,
      ),
      ...refreshJudgedTab(
        sheets.get('tasks')!,
        'tasks',
        { header: tasksMerge.header, rows: tasksMerge.rows },
        config,
        now,
        user,
      ),
    ];
    const protections = applyProtections(ss, merged, config, registry);
    // Setup rebuilds every protection open; put back the approval and deadline locks.
    submissionUpkeep(ss, now);
    ensureEditTrigger(ss);
    // From now on the input cells belong to this reporting year; only "Bắt đầu năm báo cáo mới" changes it.
    const scriptProps = PropertiesService.getScriptProperties();
    if (!scriptProps.getProperty(DATA_YEAR_KEY)) scriptProps.setProperty(DATA_YEAR_KEY, String(config.reportingYear));
    const changed = [...indicatorsMerge.added, ...tasksMerge.added];
    log.push({
      time: now,
      user,
      action: 'setup',
      detail: SETUP_TEXT.logDetail(
        indicatorsMerge.rows.length,
        tasksMerge.rows.length,
        changed.length,
        indicatorsMerge.retired.length + tasksMerge.retired.length,
        protections,
      ),
    });
    for (const key of [...indicatorsMerge.retired, ...tasksMerge.retired])
      log.push({
        time: now,
        user,
        action: 'rowRetired',
        target: key,
        detail: SETUP_TEXT.rowRetiredLog,
      });
    flushPendingLog(ss);
    appendLog(ss, log);
    return {
      indicators: indicatorsMerge.rows.length,
      tasks: tasksMerge.rows.length,
      added: changed,
      retired: [...indicatorsMerge.retired, ...tasksMerge.retired],
      unknownLeads: plan.unknownLeads.map((u) => `${u.catalogId}: ${u.lead}`),
      protections,
    };
  });
}
