/**
 * A ward's plan as a tracker: the same tabs, columns and rules as the sample, with the ward's rows, units,
 * target years and its name, plan number and date in Cấu hình. Also what tells setup that a sheet carries its
 * ward's own plan (so the sample's rows are never added to it).
 */
import { JUDGING_TEXT } from '../judging/messages';
import { PLAN_CATALOG } from '../plan/catalog';
import { catalogIdOf } from '../plan/rows';
import { UnitRegistry } from '../plan/units';
import { type Config, defaultConfig } from '../sheet/config';
import { SHEET_TEXT } from '../sheet/messages';
import type { TabKey } from '../sheet/schema';
import { ColumnMap, type RowRecord, type TableData } from '../sheet/table';
import { buildFreshWorkbook, type WorkbookData } from '../sheet/workbook';
import { cleanText } from '../text';
import { PLAN_IMPORT_TEXT as T } from './messages';
import type { ImportedPlan, PlanProblem } from './read';

/**
 * Cấu hình for a ward's plan: `base` (the sheet's settings, or the reporting year's defaults) with the ward's name
 * and its plan's number and date where the plan's title lines (or --ward) say them, the sender named after the ward.
 */
export function planConfig(
  plan: ImportedPlan,
  year: number,
  ward?: string,
  base: Config = defaultConfig(year),
): Config {
  const wardName = cleanText(ward) || plan.ward || base.wardName;
  return {
    ...base,
    wardName,
    senderName: SHEET_TEXT.config.defaultSender(wardName),
    planNumber: plan.planNumber || base.planNumber,
    planDate: plan.planDate || base.planDate,
    // Another plan: the sample plan's title goes (the office types its own plan's title in Cấu hình).
    planTitle: '',
  };
}

/** The tracker workbook for a ward's plan, nothing typed yet. */
export function planWorkbook(plan: ImportedPlan, config: Config): WorkbookData {
  return buildFreshWorkbook(config, new UnitRegistry(plan.units), plan.catalog);
}

const SAMPLE_IDS = new Set(PLAN_CATALOG.map((r) => r.id));

/**
 * Whether the sheet carries its ward's own plan: it has keyed plan rows and none of them is a row of the sample
 * catalog. Then setup keeps the rows it finds (adds none, retires none) instead of merging the sample's.
 */
export function hasOwnPlan(indicators: TableData, tasks: TableData): boolean {
  let keyed = 0;
  for (const [tab, table] of [
    ['indicators', indicators],
    ['tasks', tasks],
  ] as const) {
    const map = new ColumnMap(tab, table.header);
    for (const row of table.rows) {
      const key = cleanText(row[map.index('rowKey')]);
      if (!key || key.startsWith('RIENG-')) continue;
      if (SAMPLE_IDS.has(catalogIdOf(key))) return false;
      keyed++;
    }
  }
  return keyed > 0;
}

/** A tab's rows as records (what setup hands the merge as "the plan" when the sheet carries its own). */
export function recordsOf(tab: Extract<TabKey, 'indicators' | 'tasks'>, table: TableData): RowRecord[] {
  const map = new ColumnMap(tab, table.header);
  return table.rows.filter((r) => cleanText(r[map.index('rowKey')])).map((r) => map.read(r));
}

/** The report of a reading, as lines: every table with the columns taken, then the rows left out and the warnings. */
export function importReport(plan: ImportedPlan, pad: (text: string, width: number) => string): string[] {
  const lines: string[] = [];
  lines.push(T.detected(plan.ward, plan.planNumber, plan.planDate));
  for (const table of plan.tables) {
    lines.push('');
    lines.push(T.tableAt(T.kind[table.kind], table.sheet, table.headerLine));
    for (const c of table.columns) lines.push(`  ${pad(`"${c.header}"`, 44)} → ${c.description}`);
  }
  const count = (kind: 'indicator' | 'task') => plan.catalog.filter((r) => r.kind === kind).length;
  lines.push('');
  lines.push(T.summary(count('indicator'), count('task'), plan.units.length));
  if (plan.measures.length) {
    lines.push(T.linksTitle(plan.measures.length));
    for (const group of plan.measures)
      lines.push(
        T.linkLine(
          group.rows.map((r) => JUDGING_TEXT.rowRef(r.appendix, r.tt)),
          group.rows[0].name,
        ),
      );
  }
  const list = (title: string, problems: PlanProblem[], line: (p: PlanProblem) => string) => {
    if (!problems.length) return;
    lines.push(title);
    for (const p of problems) lines.push(line(p));
  };
  list(T.unreadableTitle(plan.unreadable.length), plan.unreadable, (p) => T.problemLine(p.sheet, p.line, p.reason));
  list(T.warningsTitle(plan.warnings.length), plan.warnings, (p) => T.warningLine(p.sheet, p.line, p.reason));
  return lines;
}
