import { type CellProblem, validateIndicatorEntry, validateTaskEntry } from '../cellEdit/validateCell';
import { type CalendarDate, parseInstant, parseVietnameseDate } from '../dates';
import { HistoryIndex, type RecordedResult, readHistory, readPreviousResultCell } from '../history/history';
import { measureOf } from '../plan/catalog/measures';
import { catalogIdOf, unitIdOf } from '../plan/rows';
import type { UnitRegistry } from '../plan/units';
import { type Config, type ConfigProblem, readConfig } from '../sheet/config';
import { targetColumnKey } from '../sheet/schema';
import { isGroupRow } from '../sheet/style';
import { ColumnMap, type RowRecord, type TableData } from '../sheet/table';
import type { WorkbookData } from '../sheet/workbook';
import { cleanText } from '../text';
import { registryFromTable, type UnitState, unitStates } from '../units/table';
import { type IndicatorJudgement, judgeIndicator } from './indicator';
import { JUDGING_TEXT } from './messages';
import { type Contradiction, flagContradictions } from './sameMeasure';
import { judgeTask, type TaskJudgement } from './task';

/**
 * One pass over the sheet's data: every indicator and task judged, every typed cell validated, the units
 * with their contacts and submission state. Reminders, the report, the overview and the sheet refresh all
 * read this, so they can never disagree.
 */
interface AssessedRowBase {
  /** 0-based index into the tab's data rows (sheet row = index + 2). */
  rowIndex: number;
  rowKey: string;
  catalogId: string;
  unitId: string | null;
  isGroup: boolean;
  record: RowRecord;
  /** What the person must fix in the row's typed cells (notes, warning colour, the data check, submission). */
  problems: CellProblem[];
  /** Notes that only advise (the value was read): shown on the cell, never block. */
  advice: CellProblem[];
  updatedAt: Date | null;
}
export interface AssessedIndicator extends AssessedRowBase {
  judgement: IndicatorJudgement | null;
  /** The measure the row reports when another row reports it too ("Mã chỉ số chung", measures.ts); null otherwise. */
  measure: string | null;
  /** "Phụ lục II, TT 1": how a person finds the row. */
  where: string;
}
export interface AssessedTask extends AssessedRowBase {
  judgement: TaskJudgement | null;
}

export interface IssueEntry {
  rowIndex: number;
  unitId: string;
  unitName: string;
  difficulties: string;
  proposals: string;
  nextYear: string;
  updatedAt: Date | null;
}

export interface Assessment {
  config: Config;
  /** Lịch sử, read once: every earlier year's figures (empty when the tab was not read or holds nothing). */
  history: HistoryIndex;
  configProblems: ConfigProblem[];
  registry: UnitRegistry;
  today: CalendarDate;
  indicators: AssessedIndicator[];
  tasks: AssessedTask[];
  units: UnitState[];
  issues: IssueEntry[];
}

function targetsOf(record: RowRecord, years: readonly number[]): Record<string, string> {
  const targets: Record<string, string> = {};
  for (const year of years) {
    const text = cleanText(record[targetColumnKey(year)]);
    if (text) targets[String(year)] = text;
  }
  return targets;
}

/**
 * The measure a row reports when other rows report it too: the sheet's "Mã chỉ số chung" (filled by setup and by a
 * plan import), else the sample plan's own links (a sheet set up before the column existed).
 */
function measureOfRecord(record: RowRecord, catalogId: string): string | null {
  return cleanText(record.measure) || measureOf(catalogId);
}

/** The measure of a data row of the Chỉ tiêu tab (see measureOfRecord), without reading the whole row. */
function measureOfRow(map: ColumnMap, row: readonly unknown[] | undefined): string | null {
  if (!row) return null;
  const at = map.index('measure');
  return (at >= 0 && cleanText(row[at])) || measureOf(catalogIdOf(cleanText(row[map.index('rowKey')])));
}

/** What every judged row carries, whatever its tab. */
function rowBase(
  map: ColumnMap,
  row: readonly unknown[],
  rowIndex: number,
): Omit<AssessedRowBase, 'problems' | 'advice'> {
  const record = map.read(row);
  const rowKey = cleanText(record.rowKey);
  return {
    rowIndex,
    rowKey,
    catalogId: catalogIdOf(rowKey),
    unitId: unitIdOf(rowKey),
    isGroup: isGroupRow(map, row),
    record,
    updatedAt: parseInstant(record.updatedAt),
  };
}

/** Splits a row's cell problems into what must be fixed and what only advises. */
function split(problems: CellProblem[]): { problems: CellProblem[]; advice: CellProblem[] } {
  return { problems: problems.filter((p) => !p.advice), advice: problems.filter((p) => p.advice) };
}

/**
 * Where an indicator row's earlier results come from: Lịch sử when the caller read it, else the row's own "Kết quả
 * năm trước" cell (filled from Lịch sử by setup and by the new year) as a history of one year. A single-cell edit
 * judges with the cell: reading Lịch sử (every value of every year) on each keystroke would cost what the onEdit
 * budget cannot; the cell holds the latest earlier result, so the baseline of the path is the same either way.
 */
export type EarlierResults = HistoryIndex | null;

function earlierResults(history: EarlierResults, rowKey: string, record: RowRecord, year: number): RecordedResult[] {
  const series = history && rowKey ? history.resultSeries(rowKey).filter((r) => r.year < year) : [];
  if (series.length) return series;
  const cell = readPreviousResultCell(record.previousResult, year);
  return cell ? [cell] : [];
}

function assessIndicatorRow(
  map: ColumnMap,
  row: readonly unknown[],
  rowIndex: number,
  year: number,
  targetYears: readonly number[],
  history: EarlierResults,
): AssessedIndicator {
  const base = rowBase(map, row, rowIndex);
  const { record } = base;
  const where = JUDGING_TEXT.rowRef(cleanText(record.appendix), cleanText(record.tt));
  const measure = measureOfRecord(record, base.catalogId);
  if (base.isGroup) return { ...base, judgement: null, problems: [], advice: [], measure: null, where };
  const unitOfMeasure = cleanText(record.unitOfMeasure);
  const judgement = judgeIndicator({
    name: cleanText(record.name),
    unitOfMeasure,
    targets: targetsOf(record, targetYears),
    result: record.result,
    evidence: record.evidence,
    review: record.review,
    year,
    history: earlierResults(history, base.rowKey, record, year),
  });
  // A Phụ lục II row has no ĐVT: its target's "%" tells the cell check that a bare 0,9 is a rate.
  const unitHint = unitOfMeasure || (judgement.applicableTarget.includes('%') ? '%' : '');
  return {
    ...base,
    ...split(
      validateIndicatorEntry({
        result: record.result,
        review: record.review,
        unitOfMeasure: unitHint,
        highlight: record.highlight,
      }),
    ),
    judgement,
    measure,
    where,
  };
}

/**
 * Judges the indicator tab for the reporting year. `only` (0-based data rows) judges just those rows, as an edit
 * does; rows of the same measure elsewhere in the tab are still read, so a contradiction is seen from either side.
 * `history`: Lịch sử, whose earlier results are the baseline of the path to a later year's target (see
 * EarlierResults); without it, each row's "Kết quả năm trước".
 */
export function assessIndicators(
  table: TableData,
  year: number,
  only?: readonly number[] | null,
  history: EarlierResults = null,
): AssessedIndicator[] {
  const map = new ColumnMap('indicators', table.header);
  const targetYears = map.targetYears();
  const judge = (row: readonly unknown[], i: number) => assessIndicatorRow(map, row, i, year, targetYears, history);
  if (!only) {
    const rows = table.rows.map(judge);
    flagContradictions(rows, (r) => r.problems);
    return rows;
  }
  const wanted = only.map((i) => judge(table.rows[i], i));
  const measures = new Set(wanted.flatMap((r) => (r.measure ? [r.measure] : [])));
  const partners: AssessedIndicator[] = [];
  if (measures.size) {
    table.rows.forEach((row, i) => {
      if (only.includes(i)) return;
      const measure = measureOfRow(map, row);
      if (measure && measures.has(measure)) partners.push(judge(row, i));
    });
  }
  flagContradictions([...wanted, ...partners], (r) => r.problems);
  return wanted;
}

/** The rows of the same measure as `rowIndex` (0-based), other than itself. */
export function sameMeasureRows(table: TableData, rowIndex: number): number[] {
  const map = new ColumnMap('indicators', table.header);
  const measure = measureOfRow(map, table.rows[rowIndex]);
  if (!measure) return [];
  return table.rows.flatMap((row, i) => (i !== rowIndex && measureOfRow(map, row) === measure ? [i] : []));
}

/** The measures of the sheet given two different figures (for "Kiểm tra dữ liệu" and the report's pre-flight). */
export function measureContradictions(assessment: Pick<Assessment, 'indicators'>): Contradiction[] {
  return flagContradictions(
    assessment.indicators.map((r) => ({
      rowKey: r.rowKey,
      measure: r.measure,
      where: r.where,
      judgement: r.judgement,
    })),
    () => [],
  );
}

export function assessTasks(
  table: TableData,
  year: number,
  today: CalendarDate,
  planIssued: CalendarDate | null = null,
): AssessedTask[] {
  const map = new ColumnMap('tasks', table.header);
  return table.rows.map((row, rowIndex) => {
    const base = rowBase(map, row, rowIndex);
    const { record } = base;
    if (base.isGroup) return { ...base, judgement: null, problems: [], advice: [] };
    return {
      ...base,
      advice: [],
      problems: validateTaskEntry({
        status: record.status,
        completedOn: record.completedOn,
        review: record.review,
        year,
        today,
        highlight: record.highlight,
      }),
      judgement: judgeTask({
        completionTime: cleanText(record.completionTime),
        status: record.status,
        completedOn: record.completedOn,
        result: record.result,
        evidence: record.evidence,
        review: record.review,
        year,
        today,
        planIssued,
      }),
    };
  });
}

function issueEntries(table: TableData, registry: UnitRegistry): IssueEntry[] {
  const map = new ColumnMap('issues', table.header);
  return table.rows.map((row, rowIndex) => {
    const r = map.read(row);
    const unitId = cleanText(r.unitId);
    return {
      rowIndex,
      unitId,
      unitName: registry.byId(unitId)?.name ?? cleanText(r.unitName),
      difficulties: cleanText(r.difficulties),
      proposals: cleanText(r.proposals),
      nextYear: cleanText(r.nextYear),
      updatedAt: parseInstant(r.updatedAt),
    };
  });
}

/**
 * Judges the whole workbook for its reporting year as of `today`, with the earlier years of its Lịch sử tab (read
 * once: the baseline of every path, the change the report states, the overview's years).
 */
export function assessWorkbook(workbook: WorkbookData, today: CalendarDate): Assessment {
  const { config, problems } = readConfig(workbook.config.rows, today.year);
  const registry = registryFromTable(workbook.units);
  const history = new HistoryIndex(workbook.history ? readHistory(workbook.history) : []);
  return {
    config,
    history,
    configProblems: problems,
    registry,
    today,
    indicators: assessIndicators(
      workbook.indicators,
      config.reportingYear,
      null,
      history.entries.length ? history : null,
    ),
    tasks: assessTasks(workbook.tasks, config.reportingYear, today, parseVietnameseDate(config.planDate)),
    units: unitStates(workbook.units, registry),
    issues: issueEntries(workbook.issues, registry),
  };
}
