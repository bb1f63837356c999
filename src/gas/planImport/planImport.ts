/**
 * "Nạp kế hoạch của phường" on Apps Script: the VHXH office pastes its plan's tables into the "Nạp kế hoạch" tab
 * (created by the first click), the core reads them (src/core/planImport), the office sees what was understood and
 * every row that could not be read, and confirms. Only then are the Chỉ tiêu, Nhiệm vụ, Đơn vị and Khó khăn tabs
 * rewritten, whole, and setup run (protections, formats, verdicts). A sheet where units have typed anything is
 * refused: a plan is loaded into a fresh copy of the template, never over a year's figures.
 */
import { vietnamDateOf } from '../../core/dates';
import { typedEntries } from '../../core/history/archive';
import { importReport, planConfig, planWorkbook } from '../../core/planImport/build';
import { PLAN_IMPORT_TEXT } from '../../core/planImport/messages';
import { PlanImportError, readPlan } from '../../core/planImport/read';
import type { Config } from '../../core/sheet/config';
import { CONFIG_ITEMS } from '../../core/sheet/config';
import { IMPORT_TAB_NAME, TAB_ORDER, TABS, type TabKey } from '../../core/sheet/schema';
import { ColumnMap } from '../../core/sheet/table';
import { cleanText, matchKey } from '../../core/text';
import { withScriptLock } from '../lock';
import { runSetup } from '../setup/setup';
import { configFromRows } from '../sheet/configStore';
import { appendLog, currentUserEmail, readTab, readWorkbook, sheetOf } from '../sheet/io';
import { requireVhxh } from '../sheet/people';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tabs a plan replaces, whole. */
const PLAN_TABS: readonly TabKey[] = ['units', 'indicators', 'tasks', 'issues'];

function writeTab(ss: Spreadsheet, tab: TabKey, header: unknown[], rows: unknown[][]): void {
  const sheet = sheetOf(ss, tab) ?? ss.insertSheet(TABS[tab].name, TAB_ORDER.indexOf(tab));
  const width = Math.max(header.length, 1);
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  // Dropdowns and notes belong to the old columns; setup puts the new ones on the new columns.
  all.clearDataValidations();
  all.clearNote();
  sheet.clear();
  if (rows.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet
    .getRange(1, 1, rows.length + 1, width)
    .setValues([header, ...rows.map((r) => header.map((_, i) => r[i] ?? ''))]);
}

/** Cấu hình: the ward's name and its plan's number and date, when the plan's title lines say them. */
function writeConfigFacts(ss: Spreadsheet, config: Config): void {
  const { sheet, table } = readTab(ss, 'config');
  if (!sheet) return;
  const map = new ColumnMap('config', table.header);
  const wanted = (['wardName', 'senderName', 'planNumber', 'planDate', 'planTitle'] as const).map((key) => ({
    label: matchKey(CONFIG_ITEMS.find((i) => i.key === key)!.label),
    value: String(config[key]),
  }));
  table.rows.forEach((row, i) => {
    const hit = wanted.find((w) => w.label === matchKey(row[map.index('key')]));
    if (hit && cleanText(row[map.index('value')]) !== hit.value)
      sheet.getRange(i + 2, map.index('value') + 1).setValue(hit.value);
  });
}

/** Runs the menu action; returns what the person is told. */
export function importPlanFromTab(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  now: Date = new Date(),
  confirm: (question: string) => boolean = () => true,
): string {
  const current = configFromRows(readTab(ss, 'config').table.rows, vietnamDateOf(now).year);
  requireVhxh(ss, current, PLAN_IMPORT_TEXT.notVhxh);
  const tab = ss.getSheetByName(IMPORT_TAB_NAME);
  if (!tab || tab.getLastRow() <= 1) {
    const sheet = tab ?? ss.insertSheet(IMPORT_TAB_NAME);
    sheet.getRange(1, 1).setValue(PLAN_IMPORT_TEXT.tabGuide).setFontWeight('bold');
    return PLAN_IMPORT_TEXT.tabCreated(IMPORT_TAB_NAME);
  }
  let plan: ReturnType<typeof readPlan>;
  try {
    plan = readPlan([{ sheet: IMPORT_TAB_NAME, grid: tab.getDataRange().getValues() }], current.reportingYear);
  } catch (error) {
    if (error instanceof PlanImportError) return PLAN_IMPORT_TEXT.noTables(IMPORT_TAB_NAME);
    throw error;
  }
  const typed = typedEntries(readWorkbook(ss, ['indicators', 'tasks', 'issues']), current.reportingYear, now);
  if (typed.length) return PLAN_IMPORT_TEXT.hasData(TABS[typed[0].tab].name, typed.length);
  const report = importReport(plan, (s, n) => s.padEnd(n)).join('\n');
  if (!confirm(PLAN_IMPORT_TEXT.confirm(report))) return PLAN_IMPORT_TEXT.cancelled;
  return withScriptLock('interactive', () => {
    const config = planConfig(plan, current.reportingYear, plan.ward || current.wardName, current);
    const fresh = planWorkbook(plan, config);
    for (const key of PLAN_TABS) writeTab(ss, key, fresh[key].header, fresh[key].rows);
    writeConfigFacts(ss, config);
    runSetup(ss, now);
    const count = (kind: 'indicator' | 'task') => plan.catalog.filter((r) => r.kind === kind).length;
    appendLog(ss, [
      {
        time: now,
        user: currentUserEmail(),
        action: 'planImport',
        detail: PLAN_IMPORT_TEXT.log(count('indicator'), count('task'), plan.units.length, plan.unreadable.length),
      },
    ]);
    return PLAN_IMPORT_TEXT.done(fresh.indicators.rows.length, fresh.tasks.rows.length, plan.units.length);
  });
}
