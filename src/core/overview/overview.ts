import { formatVietnamDateTime } from '../dates';
import type { AssessedIndicator, Assessment } from '../judging/assess';
import { JUDGING_TEXT } from '../judging/messages';
import { tallyIndicators } from '../judging/tally';
import { type TaskVerdict, VERDICT_LABELS } from '../judging/verdicts';
import { owedFigures, TIMELINESS_LABELS, type UnitProgress, unitProgress } from '../progress/owed';
import { indicatorGroupTallies } from '../report/build';
import { pad2 } from '../text';
import { VERDICT_SERIES } from './chartSpecs';
import { OVERVIEW_TEXT } from './messages';
import { type Trend, trendOf } from './trend';

/**
 * The Tổng hợp overview: per unit, per indicator group, tasks and timeliness, computed from the same
 * assessment as the report, so the two always agree. Plain blocks of cells; adapters paint them.
 */
export interface UnitSummaryRow {
  unitId: string;
  unitName: string;
  /** Items the unit owes: rows it leads plus its Khó khăn - Đề xuất row (progress/owed.ts, owedFigures). */
  itemsLed: number;
  reported: number;
  missing: number;
  /** Indicators met (due, or achieved early) and tasks done; a measure in two rows counted once. */
  achieved: number;
  /** Indicators due this year and not met. */
  notAchieved: number;
  /** Indicators behind the path to a later year's target. */
  behind: number;
  needsReview: number;
  overdueTasks: number;
  /** reported / itemsLed, 0–100. */
  percentComplete: number;
  timeliness: string;
  submittedAt: string;
}

export interface GroupSummaryRow {
  appendix: string;
  group: string;
  /** Indicators whose target is due this year (judging/tally.ts): the ratio is out of these. */
  judged: number;
  /** Indicators counted, due or of a later year (Không áp dụng and rows of a measure counted elsewhere left out). */
  total: number;
  /** Due: Đạt, Vượt, Không đạt. */
  achieved: number;
  exceeded: number;
  notAchieved: number;
  /** Of a later year: already achieved, on the path, behind it, no path to tell (Chưa đến hạn). */
  early: number;
  onTrack: number;
  behind: number;
  notDue: number;
  /** Due or not. */
  needsReview: number;
  missing: number;
  notApplicable: number;
  /** Rows of a measure counted in another row. */
  sameMeasure: number;
  /** "02/03": achieved / due, as the reports write it; "không có chỉ tiêu đến hạn năm 2026" when none is due. */
  ratio: string;
}

export type TaskCounts = Record<TaskVerdict, number>;

export interface TimelinessSummary {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  notReported: number;
  pending: number;
  submittedRate: number;
  onTimeRate: number;
}

export interface Summary {
  year: number;
  generatedAt: Date;
  units: UnitSummaryRow[];
  unitTotals: Omit<UnitSummaryRow, 'unitId' | 'unitName' | 'timeliness' | 'submittedAt'>;
  groups: GroupSummaryRow[];
  tasks: TaskCounts;
  timeliness: TimelinessSummary;
  progress: UnitProgress[];
  /** Indicators across the years (overview/trend.ts): the fifth block and the third chart. */
  trend: Trend;
}

const ACHIEVED_TASKS: readonly TaskVerdict[] = ['DONE', 'DONE_LATE'];
/**
 * part / whole in %, one decimal. Never 100 while something is missing (1999/2000 is 99,9, not 100) and never
 * 0 once something is there: the sheet colours 100 green and the charts show these figures.
 */
export function percent(part: number, whole: number): number {
  if (!whole) return 0;
  const value = Math.round((part / whole) * 1000) / 10;
  if (part < whole && value >= 100) return 99.9;
  if (part > 0 && value <= 0) return 0.1;
  return value;
}

export function ratio(part: number, whole: number): string {
  return `${pad2(part)}/${pad2(whole)}`;
}

export function summarize(assessment: Assessment, generatedAt: Date): Summary {
  const progress = unitProgress(assessment);
  const units = unitRows(assessment, progress);
  return {
    year: assessment.config.reportingYear,
    generatedAt,
    units,
    unitTotals: totalsOf(units),
    groups: groupRows(assessment),
    tasks: taskCounts(assessment),
    timeliness: timelinessOf(progress),
    progress,
    trend: trendOf(assessment),
  };
}

/** One row per unit: what it owes and has reported (progress/owed.ts), its indicators and tasks by verdict. */
function unitRows(assessment: Assessment, progress: UnitProgress[]): UnitSummaryRow[] {
  return progress.map((p) => {
    const indicators = tallyIndicators(
      assessment.indicators.filter((r) => r.unitId === p.unit.id && r.judgement),
      (r: AssessedIndicator) => r,
    );
    const tasks = assessment.tasks.filter((r) => r.unitId === p.unit.id && r.judgement);
    const tv = (v: TaskVerdict) => tasks.filter((r) => r.judgement!.verdict === v).length;
    // What the unit owes, counted once for the console, Tổng hợp, the e-mails and the report (progress/owed).
    const figures = owedFigures(p);
    return {
      unitId: p.unit.id,
      unitName: p.unit.name,
      itemsLed: figures.due,
      reported: figures.done,
      missing: figures.missing,
      achieved: indicators.achieved.length + indicators.early.length + ACHIEVED_TASKS.reduce((n, v) => n + tv(v), 0),
      notAchieved: indicators.notAchieved.length,
      behind: indicators.behind.length,
      needsReview: indicators.dueNeedsReview.length + indicators.aheadNeedsReview.length + tv('NEEDS_REVIEW'),
      overdueTasks: tv('OVERDUE'),
      percentComplete: percent(figures.done, figures.due),
      timeliness: TIMELINESS_LABELS[p.timeliness],
      submittedAt: p.state?.submittedAt ? formatVietnamDateTime(p.state.submittedAt) : '',
    };
  });
}

function totalsOf(units: readonly UnitSummaryRow[]): Summary['unitTotals'] {
  const sum = (key: keyof UnitSummaryRow) => units.reduce((n, u) => n + (u[key] as number), 0);
  return {
    itemsLed: sum('itemsLed'),
    reported: sum('reported'),
    missing: sum('missing'),
    achieved: sum('achieved'),
    notAchieved: sum('notAchieved'),
    behind: sum('behind'),
    needsReview: sum('needsReview'),
    overdueTasks: sum('overdueTasks'),
    percentComplete: percent(sum('reported'), sum('itemsLed')),
  };
}

/** The same tallies the report states, so the overview and the report never disagree. */
function groupRows(assessment: Assessment): GroupSummaryRow[] {
  return indicatorGroupTallies(assessment).map(({ appendix, group, timing: t }) => ({
    appendix,
    group,
    judged: t.due.length,
    total: t.counted.length - t.notApplicable.length,
    achieved: t.achieved.length - t.exceeded.length,
    exceeded: t.exceeded.length,
    notAchieved: t.notAchieved.length,
    early: t.early.length,
    onTrack: t.onTrack.length,
    behind: t.behind.length,
    notDue: t.notDue.length,
    needsReview: t.dueNeedsReview.length + t.aheadNeedsReview.length,
    missing: t.dueMissing.length + t.aheadMissing.length,
    notApplicable: t.notApplicable.length,
    sameMeasure: t.sameMeasure.length,
    ratio: t.due.length
      ? ratio(t.achieved.length, t.due.length)
      : JUDGING_TEXT.tally.noneDue(assessment.config.reportingYear),
  }));
}

function taskCounts(assessment: Assessment): TaskCounts {
  const tasks = {
    DONE: 0,
    DONE_LATE: 0,
    IN_PROGRESS: 0,
    OVERDUE: 0,
    NOT_DUE: 0,
    MISSING: 0,
    NEEDS_REVIEW: 0,
  } as TaskCounts;
  for (const row of assessment.tasks) if (row.judgement) tasks[row.judgement.verdict]++;
  return tasks;
}

/**
 * Every unit on the Đơn vị tab owes a report (at least its Khó khăn - Đề xuất row), as the report and the reminders
 * count them: the units block and this block list the same units.
 */
function timelinessOf(progress: readonly UnitProgress[]): TimelinessSummary {
  const count = (t: UnitProgress['timeliness']) => progress.filter((p) => p.timeliness === t).length;
  const submitted = count('ON_TIME') + count('LATE');
  return {
    expected: progress.length,
    submitted,
    onTime: count('ON_TIME'),
    late: count('LATE'),
    notReported: count('NOT_REPORTED'),
    pending: count('PENDING'),
    submittedRate: percent(submitted, progress.length),
    onTimeRate: percent(count('ON_TIME'), progress.length),
  };
}

/** A titled block of cells in the Tổng hợp tab. */
export interface SummaryBlock {
  key: 'units' | 'groups' | 'tasks' | 'timeliness' | 'trend';
  title: string;
  /** Empty for a block of notes only (no header row is written then). */
  header: string[];
  rows: (string | number)[][];
  /** 0-based column indexes holding percentages (0–100). */
  percentColumns: number[];
  /** Lines of text under the rows, one cell each. */
  notes: string[];
}

export const SUMMARY_TEXT = OVERVIEW_TEXT.summary;

export function summaryBlocks(summary: Summary): SummaryBlock[] {
  return [
    unitsBlock(summary),
    groupsBlock(summary),
    tasksBlock(summary),
    timelinessBlock(summary),
    trendBlock(summary),
  ];
}

function unitsBlock(summary: Summary): SummaryBlock {
  const t = summary.unitTotals;
  return {
    key: 'units',
    title: SUMMARY_TEXT.units,
    header: [...OVERVIEW_TEXT.headers.units],
    rows: [
      ...summary.units.map((u) => [
        u.unitName,
        u.itemsLed,
        u.reported,
        u.missing,
        u.achieved,
        u.notAchieved,
        u.needsReview,
        u.overdueTasks,
        u.percentComplete,
        u.timeliness,
        u.submittedAt,
      ]),
      [
        SUMMARY_TEXT.total,
        t.itemsLed,
        t.reported,
        t.missing,
        t.achieved,
        t.notAchieved,
        t.needsReview,
        t.overdueTasks,
        t.percentComplete,
        '',
        '',
      ],
    ],
    percentColumns: [8],
    notes: [],
  };
}

function groupsBlock(summary: Summary): SummaryBlock {
  return {
    key: 'groups',
    title: SUMMARY_TEXT.groups,
    header: [
      ...OVERVIEW_TEXT.headers.groups,
      ...VERDICT_SERIES.map((s) => s.label),
      VERDICT_LABELS.NOT_APPLICABLE,
      JUDGING_TEXT.tally.ratioDue,
      JUDGING_TEXT.tally.due,
      JUDGING_TEXT.tally.sameMeasure,
    ],
    rows: summary.groups.map((g) => [
      g.appendix,
      g.group,
      ...VERDICT_SERIES.map((s) => g[s.key]),
      g.notApplicable,
      g.ratio,
      g.judged,
      g.sameMeasure,
    ]),
    percentColumns: [],
    notes: [],
  };
}

function tasksBlock(summary: Summary): SummaryBlock {
  const t = summary.tasks;
  return {
    key: 'tasks',
    title: SUMMARY_TEXT.tasks,
    header: [...OVERVIEW_TEXT.headers.tasks],
    rows: [[t.DONE, t.DONE_LATE, t.IN_PROGRESS, t.OVERDUE, t.NOT_DUE, t.MISSING, t.NEEDS_REVIEW]],
    percentColumns: [],
    notes: [],
  };
}

function timelinessBlock(summary: Summary): SummaryBlock {
  const t = summary.timeliness;
  return {
    key: 'timeliness',
    title: SUMMARY_TEXT.timeliness,
    header: [...OVERVIEW_TEXT.headers.timeliness],
    rows: [[t.expected, t.submitted, t.onTime, t.late, t.notReported, t.pending, t.submittedRate, t.onTimeRate]],
    percentColumns: [6, 7],
    notes: [],
  };
}

/**
 * The table the trend chart is drawn from: years as rows (as text, "2025", so no axis shows "2.025"), one column per
 * indicator, '' for a year without a readable result. No series: no header, only the note saying why.
 */
function trendBlock(summary: Summary): SummaryBlock {
  const { years, series, notes } = summary.trend;
  return {
    key: 'trend',
    title: SUMMARY_TEXT.trend,
    header: series.length ? [OVERVIEW_TEXT.trend.year, ...series.map((s) => s.name)] : [],
    rows: years.map((year) => [String(year), ...series.map((s) => s.points.find((p) => p.year === year)?.value ?? '')]),
    percentColumns: series.map((_, i) => i + 1),
    notes,
  };
}

/** The whole Tổng hợp tab as one grid (for a single setValues), with where each block starts (0-based row). */
export function summaryGrid(
  summary: Summary,
  deadline: string,
): {
  grid: (string | number)[][];
  width: number;
  blockRows: Record<
    SummaryBlock['key'],
    { titleRow: number; headerRow: number; firstRow: number; rows: number; columns: number }
  >;
} {
  const blocks = summaryBlocks(summary);
  const width = Math.max(...blocks.map((b) => b.header.length));
  const pad = (row: (string | number)[]) => [...row, ...new Array(width - row.length).fill('')];
  const grid: (string | number)[][] = [
    pad([SUMMARY_TEXT.title(summary.year, formatVietnamDateTime(summary.generatedAt))]),
    pad([SUMMARY_TEXT.deadline(deadline)]),
  ];
  const blockRows = {} as ReturnType<typeof summaryGrid>['blockRows'];
  for (const block of blocks) {
    grid.push(pad(['']));
    const titleRow = grid.length;
    grid.push(pad([block.title]));
    if (block.header.length) grid.push(pad(block.header));
    blockRows[block.key] = {
      titleRow,
      headerRow: titleRow + 1,
      firstRow: grid.length,
      rows: block.rows.length,
      columns: block.header.length,
    };
    for (const row of block.rows) grid.push(pad(row));
    for (const note of block.notes) grid.push(pad([note]));
  }
  return { grid, width, blockRows };
}

/** Column widths of the Tổng hợp tab in pixels: the names column, then every figure column. */
export const SUMMARY_COLUMN_WIDTHS = { first: 260, other: 110 } as const;

/**
 * The number format of every cell of the grid: text cells "@" (so "02/03" and "18/11/2026 17:05" stay as written),
 * percentages one decimal ("66,7" in a Vietnamese locale), counts whole numbers. The sheet and the .xlsx use it.
 */
export function summaryNumberFormats(summary: Summary, grid: ReturnType<typeof summaryGrid>): string[][] {
  const percentCells = new Set<string>();
  for (const block of summaryBlocks(summary)) {
    const at = grid.blockRows[block.key];
    for (let r = 0; r < at.rows; r++) for (const c of block.percentColumns) percentCells.add(`${at.firstRow + r}:${c}`);
  }
  return grid.grid.map((row, r) =>
    row.map((cell, c) => (typeof cell === 'number' ? (percentCells.has(`${r}:${c}`) ? '0.0' : '0') : '@')),
  );
}
