/**
 * "Thiết lập / cập nhật bảng tính": builds or updates every tab from the schema and the catalog, merging by
 * row key. Run by the VHXH office (the owner). Spreadsheet calls depend on the number of tabs, columns and
 * units, never on the number of rows: each tab is read once and written in column blocks.
 */

import { formatVietnamDateTime, parseVietnameseDate, vietnamDateOf } from '../../core/dates';
import { AppError } from '../../core/errors';
import { HistoryIndex, readHistory } from '../../core/history/history';
import { assessIndicators, assessTasks, type EarlierResults } from '../../core/judging/assess';
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
import type { UnitRegistry } from '../../core/plan/units';
import { hasOwnPlan, recordsOf } from '../../core/planImport/build';
import {
  checkColumns,
  type MergeResult,
  mergeConfigTab,
  mergeKeyedTab,
  mergePlanTab,
  renamedColumns,
} from '../../core/setup/merge';
import { SETUP_TEXT } from '../../core/setup/messages';
import { EDIT_HANDLER } from '../../core/setup/triggerRegistry';
import { type JudgedTab, planRefresh, VALIDATED_COLUMNS, validationMarks } from '../../core/sheet/computedColumns';
import { type Config, defaultConfig, readConfig } from '../../core/sheet/config';
import { HEADER_BACKGROUND, numberFormatOf, verdictColorRules } from '../../core/sheet/format';
import type { LogEntry } from '../../core/sheet/log';
import { SHEET_TEXT } from '../../core/sheet/messages';
import { columnRuns, PROTECTION_TAG, peopleFrom, planProtections, rowOwnersOf } from '../../core/sheet/protections';
import { HIDDEN_COLUMNS, TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
import { ColumnMap, literalRows, type TableData } from '../../core/sheet/table';
import { UNITS_TEXT } from '../../core/units/messages';
import { addressProblems, registryFromTable, splitList, unitStates } from '../../core/units/table';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { withScriptLock } from '../lock';
import { configFromRows } from '../sheet/configStore';
import { baseline, verifyIntegrity } from '../sheet/integrity';
import { appendLog, currentUserEmail, readTab, sheetOf } from '../sheet/io';
import { LAYOUT_KEY, type Layout, layoutFrom, layoutProperty, UNIT_NAMES_KEY } from '../sheet/layout';
import { OWNER_KEY, ownerEmail, requireOffice } from '../sheet/people';
import { submissionUpkeep } from '../submission';
import { ensureTrigger, type InstallOutcome } from './triggers';

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
  /** The onEdit trigger: created, kept, or another account's (one sentence). */
  trigger: string;
  /** Headers put back, the Đơn vị address column split (one sentence each). */
  restored: string[];
  /** Entries of the Đơn vị address columns that are not e-mail addresses (one sentence per unit and column). */
  addressProblems: string[];
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
  sheet.getRange(1, 1, 1, width).setValues(literalRows([merge.header]));
  const existing = merge.firstAppended;
  if (existing > 0) {
    for (const [start, length] of columnRuns(merge.ownedColumns)) {
      sheet
        .getRange(2, start + 1, existing, length)
        .setValues(literalRows(merge.rows.slice(0, existing).map((r) => r.slice(start, start + length))));
    }
  }
  const appended = merge.rows.slice(existing);
  if (appended.length) sheet.getRange(existing + 2, 1, appended.length, width).setValues(literalRows(appended));
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
    if (HIDDEN_COLUMNS.includes(column.key)) sheet.hideColumns(index + 1);
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
  history: EarlierResults = null,
): LogEntry[] {
  const map = new ColumnMap(tab, table.header);
  if (!table.rows.length) return [];
  const today = vietnamDateOf(now);
  const assessed =
    tab === 'indicators'
      ? assessIndicators(table, config.reportingYear, null, history)
      : assessTasks(table, config.reportingYear, today, parseVietnameseDate(config.planDate));
  const { writes, overwritten } = planRefresh(tab, map, table, assessed);
  for (const [start, length] of columnRuns(writes.map((w) => w.column))) {
    const block = writes
      .filter((w) => w.column >= start && w.column < start + length)
      .sort((a, b) => a.column - b.column);
    sheet
      .getRange(2, start + 1, table.rows.length, length)
      .setValues(literalRows(table.rows.map((_, r) => block.map((w) => w.values[r]))));
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
  // The VHXH accounts of Cấu hình (the owner can always edit). The person running setup is one of them: setup
  // refuses anyone else, so nobody is added to a protection just by running it.
  const vhxh = splitList(config.vhxhEmail).filter((e) => e.includes('@'));
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

type Sheets = Map<TabKey, Sheet>;

/** Cấu hình: rows it lacks get their defaults (the plan's title only where the sheet tracks the sample plan). */
function setUpConfig(sheets: Sheets, configTable: TableData, before: Config, year: number) {
  const merge = mergeConfigTab(configTable, { ...defaultConfig(year), planTitle: before.planTitle });
  writeMerge(sheets.get('config')!, merge);
  const map = new ColumnMap('config', merge.header);
  const config = configFromRows(
    merge.rows.map((r) => [r[map.index('key')], r[map.index('value')]]),
    year,
  );
  return { merge, config };
}

/** Đơn vị: merged by unit; an old one-address column becomes the accounts (copied to the reminder column). */
function setUpUnits(sheets: Sheets, unitsTable: TableData) {
  const split = renamedColumns('units', unitsTable.header).map((r) => UNITS_TEXT.splitOnSetup(r.was));
  const merge = mergeKeyedTab('units', unitsTable, registryFromTable(unitsTable));
  writeMerge(sheets.get('units')!, merge);
  const table = { header: merge.header, rows: merge.rows };
  const registry = registryFromTable(table);
  const states = unitStates(table, registry);
  const addressLines = addressProblems(states).map((p) => UNITS_TEXT.setupLine(p.unitName, p.message));
  return { merge, registry, split, addressLines };
}

/**
 * Chỉ tiêu, Nhiệm vụ, Khó khăn - Đề xuất: merged by row key with the plan's rows (a ward that loaded its own plan
 * keeps its rows: the sample's are never added to it); "Kết quả năm trước" from Lịch sử.
 */
function setUpPlanTabs(
  ss: Spreadsheet,
  sheets: Sheets,
  tables: Record<'indicators' | 'tasks' | 'issues', TableData>,
  catalog: readonly CatalogRow[],
  registry: UnitRegistry,
  year: number,
) {
  const plan =
    catalog === PLAN_CATALOG && hasOwnPlan(tables.indicators, tables.tasks)
      ? {
          indicators: recordsOf('indicators', tables.indicators),
          tasks: recordsOf('tasks', tables.tasks),
          unknownLeads: [],
        }
      : buildPlanRows(catalog, registry);
  const indicators = mergePlanTab('indicators', tables.indicators, plan.indicators, registry);
  const historyTable = readTab(ss, 'history').table;
  const history = new HistoryIndex(readHistory(historyTable));
  withPreviousResults(indicators, history, year);
  const tasks = mergePlanTab('tasks', tables.tasks, plan.tasks, registry);
  const issues = mergeKeyedTab('issues', tables.issues, registry);
  writeMerge(sheets.get('indicators')!, indicators);
  writeMerge(sheets.get('tasks')!, tasks);
  writeMerge(sheets.get('issues')!, issues);
  return { plan, indicators, tasks, issues, history, historyTable };
}

/** Hướng dẫn rewritten; Lịch sử and Nhật ký get their header (a log from before the check column: in schema order). */
function setUpFixedTabs(ss: Spreadsheet, sheets: Sheets, config: Config): string[][] {
  const guide = sheets.get('guide')!;
  const lines = [[TABS.guide.columns[0].header], ...guideLines(config).map((l) => [l])];
  guide.clearContents();
  guide.getRange(1, 1, lines.length, 1).setValues(lines);
  const historySheet = sheets.get('history')!;
  if (historySheet.getLastRow() === 0)
    historySheet
      .getRange(1, 1, 1, TABS.history.columns.length)
      .setValues(literalRows([TABS.history.columns.map((c) => c.header)]));
  const logSheet = sheets.get('log')!;
  const logHeader = logSheet.getLastRow() === 0 ? [] : readTab(ss, 'log').table.header;
  if (logHeader.length < TABS.log.columns.length)
    logSheet.getRange(1, 1, 1, TABS.log.columns.length).setValues(literalRows([TABS.log.columns.map((c) => c.header)]));
  return lines;
}

type MergedTabs = Map<TabKey, { sheet: Sheet; map: ColumnMap; rows: unknown[][] }>;

/** Every tab formatted from the schema over the rows it now has; what protections and the layout need of each. */
function formatTabs(
  sheets: Sheets,
  mergeOf: Partial<Record<TabKey, MergeResult>>,
  guideRows: string[][],
  historyTable: TableData,
): MergedTabs {
  const merged: MergedTabs = new Map();
  for (const tab of TAB_ORDER) {
    const m = mergeOf[tab];
    const header = m
      ? m.header
      : tab === 'log' || tab === 'history'
        ? TABS[tab].columns.map((c) => c.header)
        : [TABS[tab].columns[0].header];
    const rows = m ? m.rows : tab === 'guide' ? guideRows.slice(1) : tab === 'history' ? historyTable.rows : [];
    const map = new ColumnMap(tab, header);
    formatTab(sheets.get(tab)!, tab, map, rows.length);
    merged.set(tab, { sheet: sheets.get(tab)!, map, rows });
  }
  return merged;
}

/** Nhật ký rows of one setup: what it did, each row it retired, each header it restored or renamed. */
function setupLogRows(
  indicators: MergeResult,
  tasks: MergeResult,
  protections: number,
  headerLines: readonly string[],
  now: Date,
  user: string,
): LogEntry[] {
  const retired = [...indicators.retired, ...tasks.retired];
  const detail = SETUP_TEXT.logDetail(
    indicators.rows.length,
    tasks.rows.length,
    indicators.added.length + tasks.added.length,
    retired.length,
    protections,
  );
  return [
    { time: now, user, action: 'setup', detail },
    ...retired.map((key) => ({
      time: now,
      user,
      action: 'rowRetired' as const,
      target: key,
      detail: SETUP_TEXT.rowRetiredLog,
    })),
    ...headerLines.map((line) => ({ time: now, user, action: 'headerRestored' as const, detail: line })),
  ];
}

export function runSetup(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  now: Date = new Date(),
  catalog: readonly CatalogRow[] = PLAN_CATALOG,
): SetupResult {
  return withScriptLock('interactive', () => {
    const user = currentUserEmail();
    const year = vietnamDateOf(now).year;
    // Who may run it: the VHXH accounts of Cấu hình and the owner (before anything is written).
    const configTable = readTab(ss, 'config').table;
    const configBefore = readConfigOf(configTable, year);
    requireOffice(ss, configBefore, SETUP_TEXT.action, user);
    const found = verifyIntegrity(ss);
    // Columns the tool needs, found again where renamed; setup stops (nothing written) when one is gone.
    const tables = {
      units: readTab(ss, 'units').table,
      indicators: readTab(ss, 'indicators').table,
      tasks: readTab(ss, 'tasks').table,
      issues: readTab(ss, 'issues').table,
    };
    const restored = restoreHeaders(ss, tables);

    ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
    const sheets: Sheets = new Map(TAB_ORDER.map((tab) => [tab, ensureSheet(ss, tab)]));
    checkYear(configTable, now);
    const { merge: configMerge, config } = setUpConfig(sheets, configTable, configBefore, year);
    const units = setUpUnits(sheets, tables.units);
    const { registry } = units;
    const planTabs = setUpPlanTabs(ss, sheets, tables, catalog, registry, config.reportingYear);
    const { indicators, tasks, history } = planTabs;
    const lines = setUpFixedTabs(ss, sheets, config);
    const merged = formatTabs(
      sheets,
      { config: configMerge, units: units.merge, indicators, tasks, issues: planTabs.issues },
      lines,
      planTabs.historyTable,
    );

    const log: LogEntry[] = [
      ...refreshJudgedTab(sheets.get('indicators')!, 'indicators', indicators, config, now, user, history),
      ...refreshJudgedTab(sheets.get('tasks')!, 'tasks', tasks, config, now, user),
    ];
    const protections = applyProtections(ss, merged, config, registry);
    // Setup rebuilds every protection open; put back the approval and deadline locks.
    submissionUpkeep(ss, now);
    const trigger = ensureTrigger(ss, EDIT_HANDLER, user, now);
    rememberSheet(ss, merged, registry);
    // From now on the input cells belong to this reporting year; only "Bắt đầu năm báo cáo mới" changes it.
    const scriptProps = PropertiesService.getScriptProperties();
    if (!scriptProps.getProperty(DATA_YEAR_KEY)) scriptProps.setProperty(DATA_YEAR_KEY, String(config.reportingYear));
    log.push(...setupLogRows(indicators, tasks, protections, [...restored, ...units.split], now, user));
    flushPendingLog(ss);
    appendLog(ss, log);
    baseline(ss, { protections: true });
    return {
      indicators: indicators.rows.length,
      tasks: tasks.rows.length,
      added: [...indicators.added, ...tasks.added],
      retired: [...indicators.retired, ...tasks.retired],
      unknownLeads: planTabs.plan.unknownLeads.map((u) => `${u.catalogId}: ${u.lead}`),
      protections,
      trigger: triggerSentence(trigger),
      restored: [...restored, ...units.split, ...found],
      addressProblems: units.addressLines,
    };
  });
}

function readConfigOf(table: TableData, year: number): Config {
  const map = new ColumnMap('config', table.header);
  if (map.index('key') < 0 || map.index('value') < 0) return defaultConfig(year);
  return configFromRows(
    table.rows.map((r) => [r[map.index('key')], r[map.index('value')]]),
    year,
  );
}

/**
 * Puts back renamed headers of the tabs that hold entries (found where setup last saw them, or the key column by its
 * content), and stops, before anything is written, when a column the tool needs cannot be found.
 */
function restoreHeaders(
  ss: Spreadsheet,
  tables: Record<'units' | 'indicators' | 'tasks' | 'issues', TableData>,
): string[] {
  const layout: Layout = layoutFrom(PropertiesService.getScriptProperties().getProperties());
  const checks = (Object.keys(tables) as (keyof typeof tables)[]).map((tab) => ({
    tab,
    check: checkColumns(tab, tables[tab], layout[tab]),
  }));
  const missing = checks.filter((c) => c.check.missing.length);
  if (missing.length)
    throw new AppError(
      'SHEET_MISSING',
      missing.map((m) => SETUP_TEXT.columnsMissing(TABS[m.tab].name, m.check.missing)).join('\n'),
    );
  const lines: string[] = [];
  for (const { tab, check } of checks) {
    const sheet = sheetOf(ss, tab);
    if (!sheet) continue;
    for (const r of check.restore) {
      const was = String(tables[tab].header[r.index] ?? '');
      sheet.getRange(1, r.index + 1).setValue(`'${r.header}`);
      tables[tab].header[r.index] = r.header;
      lines.push(SETUP_TEXT.headerRestored(TABS[tab].name, r.header, was));
    }
  }
  return lines;
}

/** What the triggers and later runs need to know without asking again: the headers, the owner. */
function rememberSheet(
  ss: Spreadsheet,
  merged: Map<TabKey, { map: ColumnMap; sheet: Sheet; rows: unknown[][] }>,
  registry: ReturnType<typeof registryFromTable>,
): void {
  const props = PropertiesService.getScriptProperties();
  const layout: Layout = layoutFrom(props.getProperties());
  for (const tab of ['units', 'indicators', 'tasks', 'issues'] as const) {
    const header = merged
      .get(tab)
      ?.sheet.getRange(1, 1, 1, Math.max(1, merged.get(tab)!.sheet.getLastColumn()))
      .getValues()[0];
    if (header) layout[tab] = header.map((h) => String(h ?? ''));
  }
  const names = Object.fromEntries(registry.units.map((u) => [u.id, u.name.slice(0, 120)]));
  props.setProperties({
    [LAYOUT_KEY]: layoutProperty(layout)[1],
    [OWNER_KEY]: ownerEmail(ss),
    [UNIT_NAMES_KEY]: JSON.stringify(names),
  });
}

function triggerSentence(outcome: InstallOutcome): string {
  const T = SETUP_TEXT.trigger;
  if (outcome.status === 'other') return T.other(outcome.entry.by, formatVietnamDateTime(new Date(outcome.entry.at)));
  if (outcome.status === 'kept') return T.kept(outcome.entry.by);
  return T.created(outcome.entry.by);
}
