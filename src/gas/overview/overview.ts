/**
 * The Tổng hợp tab: rebuilt from the assessment (never typed in) with one setValues for all its cells, and
 * its two charts replaced, never duplicated. Spreadsheet calls do not depend on the number of rows, units or
 * indicator groups: every block is written, formatted and coloured with a fixed number of calls.
 */

import { formatDate } from '../../core/dates';
import { AppError } from '../../core/errors';
import type { Assessment } from '../../core/judging/assess';
import { VERDICT_COLORS } from '../../core/judging/verdicts';
import { CHART_TEXT, VERDICT_SERIES } from '../../core/overview/chartSpecs';
import { OVERVIEW_TEXT } from '../../core/overview/messages';
import {
  SUMMARY_COLUMN_WIDTHS,
  type Summary,
  summarize,
  summaryGrid,
  summaryNumberFormats,
} from '../../core/overview/overview';
import { TIMELINESS_LABELS } from '../../core/progress/owed';
import { HEADER_BACKGROUND } from '../../core/sheet/format';
import { TAB_ORDER, TABS } from '../../core/sheet/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Layout = ReturnType<typeof summaryGrid>;

/** 1-based columns of the blocks (see summaryBlocks). */
export const SUMMARY_COLUMNS = {
  units: { name: 1, overdueTasks: 8, percent: 9, timeliness: 10 },
  groups: { name: 2, firstVerdict: 3, verdicts: VERDICT_SERIES.length, ratio: 3 + VERDICT_SERIES.length + 1 },
  timeliness: { late: 4, notReported: 5 },
} as const;

/** Conditional colours: the same light red / yellow / green as the verdict cells of the sheet. */
export const SUMMARY_COLORS = {
  bad: VERDICT_COLORS.NOT_ACHIEVED,
  partial: VERDICT_COLORS.NEEDS_REVIEW,
  good: VERDICT_COLORS.ACHIEVED,
} as const;

export const CHART_SIZE = { width: 760, height: 320 } as const;
export const TREND_CHART_SIZE = { width: 760, height: 420 } as const;
/** Rows from one chart's anchor to the next (rows are 21 px high by default). */
const CHART_STEP = Math.ceil(CHART_SIZE.height / 21) + 2;

/** Shown to someone the tab's protection keeps out (a unit's staff clicking "Cập nhật tổng hợp"). */
export const SUMMARY_NOT_ALLOWED = OVERVIEW_TEXT.notAllowed;

/** Whether whoever runs this may rewrite the tab: every protection on it lets them edit (a couple of calls). */
function mayRewrite(sheet: Sheet): boolean {
  const types = SpreadsheetApp.ProtectionType;
  return [...sheet.getProtections(types.SHEET), ...sheet.getProtections(types.RANGE)].every((p) => p.canEdit());
}

function conditionalRules(
  sheet: Sheet,
  blockRows: Layout['blockRows'],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const units = blockRows.units;
  const column = (block: { firstRow: number; rows: number }, col: number, cols = 1) =>
    sheet.getRange(block.firstRow + 1, col, block.rows, cols);
  const percent = column(units, SUMMARY_COLUMNS.units.percent);
  const timeliness = column(units, SUMMARY_COLUMNS.units.timeliness);
  const overdue = column(units, SUMMARY_COLUMNS.units.overdueTasks);
  const lateOrMissing = column(blockRows.timeliness, SUMMARY_COLUMNS.timeliness.late, 2);
  const rule = () => SpreadsheetApp.newConditionalFormatRule();
  // Sheets applies the first rule that matches a cell: < 50 red, then < 100 yellow; 100 only when complete
  // (percent() never rounds up to 100), so > 99.9 is "everything reported".
  return [
    rule().whenNumberLessThan(50).setBackground(SUMMARY_COLORS.bad).setRanges([percent]).build(),
    rule().whenNumberLessThan(100).setBackground(SUMMARY_COLORS.partial).setRanges([percent]).build(),
    rule().whenNumberGreaterThan(99.9).setBackground(SUMMARY_COLORS.good).setRanges([percent]).build(),
    rule().whenTextEqualTo(TIMELINESS_LABELS.LATE).setBackground(SUMMARY_COLORS.bad).setRanges([timeliness]).build(),
    rule()
      .whenTextEqualTo(TIMELINESS_LABELS.NOT_REPORTED)
      .setBackground(SUMMARY_COLORS.bad)
      .setRanges([timeliness])
      .build(),
    rule()
      .whenTextEqualTo(TIMELINESS_LABELS.ON_TIME)
      .setBackground(SUMMARY_COLORS.good)
      .setRanges([timeliness])
      .build(),
    rule().whenNumberGreaterThan(0).setBackground(SUMMARY_COLORS.bad).setRanges([overdue, lateOrMissing]).build(),
  ];
}

/**
 * Per cell of the grid: bold (the title, each block's title and header, the units' total row), the header background,
 * wrapping in the header rows only (Range.setFontWeights / setBackgrounds / setWraps take one value per cell).
 */
function gridStyle({ grid, width, blockRows }: Layout): {
  weights: GoogleAppsScript.Spreadsheet.FontWeight[][];
  backgrounds: (string | null)[][];
  wraps: boolean[][];
} {
  const bold = new Set<number>([0]);
  const header = new Map<number, number>();
  for (const block of Object.values(blockRows)) {
    bold.add(block.titleRow);
    // A block of notes only has no header row.
    if (block.columns) header.set(block.headerRow, block.columns);
  }
  const units = blockRows.units;
  const totalRow = units.firstRow + units.rows - 1;
  const isHeader = (r: number, c: number) => c < (header.get(r) ?? 0);
  const rows = grid.map((_, r) => r);
  const cols = Array.from({ length: width }, (_, c) => c);
  return {
    weights: rows.map((r) =>
      cols.map((c) =>
        (bold.has(r) && c === 0) || isHeader(r, c) || (r === totalRow && c < units.columns) ? 'bold' : 'normal',
      ),
    ),
    backgrounds: rows.map((r) => cols.map((c) => (isHeader(r, c) ? HEADER_BACKGROUND : null))),
    wraps: rows.map((r) => cols.map((c) => isHeader(r, c))),
  };
}

export function rebuildSummary(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  assessment: Assessment,
  now: Date,
): { summary: Summary; charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[] } {
  const summary = summarize(assessment, now);
  const layout = summaryGrid(summary, formatDate(assessment.config.deadline));
  const { grid, width, blockRows } = layout;
  const existing = ss.getSheetByName(TABS.summary.name);
  // Checked before the first write, so a refused rebuild leaves the tab as it was.
  if (existing && !mayRewrite(existing)) throw new AppError('NOT_ALLOWED', SUMMARY_NOT_ALLOWED);
  const sheet = existing ?? ss.insertSheet(TABS.summary.name, TAB_ORDER.indexOf('summary'));
  sheet.clear();
  const chartRow = grid.length + 3;
  // Three charts one under the other (CHART_STEP rows each), the trend chart taller for its legend.
  const rowsNeeded = chartRow + 2 * CHART_STEP + Math.ceil(TREND_CHART_SIZE.height / 21) + 4;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rowsNeeded) sheet.insertRowsAfter(sheet.getMaxRows(), rowsNeeded - sheet.getMaxRows());
  const all = sheet.getRange(1, 1, grid.length, width);
  // Set before the values, so Sheets keeps "02/03" and "18/11/2026 17:05" as written.
  all.setNumberFormats(summaryNumberFormats(summary, layout));
  all.setValues(grid);
  sheet.getRange(1, 1).setFontSize(13);
  // Bold titles, painted header rows, the units' total row: three calls over the whole grid, however many blocks.
  const style = gridStyle(layout);
  all.setFontWeights(style.weights);
  all.setBackgrounds(style.backgrounds);
  all.setWraps(style.wraps);
  sheet.setConditionalFormatRules(conditionalRules(sheet, blockRows));
  sheet.setColumnWidth(1, SUMMARY_COLUMN_WIDTHS.first);
  sheet.setColumnWidths(2, width - 1, SUMMARY_COLUMN_WIDTHS.other);
  sheet.setFrozenRows(1);

  // The tab belongs to the tool: remove its charts, then build them again (never a duplicate).
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  // Header row included in each range (setNumHeaders(1)); units without the total row.
  const unitsBlock = blockRows.units;
  const unitNames = sheet.getRange(unitsBlock.headerRow + 1, SUMMARY_COLUMNS.units.name, summary.units.length + 1, 1);
  const unitPercents = sheet.getRange(
    unitsBlock.headerRow + 1,
    SUMMARY_COLUMNS.units.percent,
    summary.units.length + 1,
    1,
  );
  const groupsBlock = blockRows.groups;
  const groupNames = sheet.getRange(
    groupsBlock.headerRow + 1,
    SUMMARY_COLUMNS.groups.name,
    summary.groups.length + 1,
    1,
  );
  const groupCounts = sheet.getRange(
    groupsBlock.headerRow + 1,
    SUMMARY_COLUMNS.groups.firstVerdict,
    summary.groups.length + 1,
    SUMMARY_COLUMNS.groups.verdicts,
  );
  const completeness = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(unitNames)
    .addRange(unitPercents)
    .setNumHeaders(1)
    .setPosition(chartRow, 1, 0, 0)
    .setOption('title', CHART_TEXT.completeness(summary.year))
    .setOption('legend', { position: 'none' })
    .setOption('colors', ['#3C78D8'])
    .setOption('hAxis', { minValue: 0, maxValue: 100, title: CHART_TEXT.percent })
    .setOption('width', CHART_SIZE.width)
    .setOption('height', CHART_SIZE.height)
    .build();
  const verdicts = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(groupNames)
    .addRange(groupCounts)
    .setNumHeaders(1)
    .setPosition(chartRow + CHART_STEP, 1, 0, 0)
    .setOption('title', CHART_TEXT.verdicts(summary.year))
    .setOption('isStacked', true)
    .setOption(
      'colors',
      VERDICT_SERIES.map((s) => s.color),
    )
    .setOption('hAxis', { minValue: 0, title: CHART_TEXT.count })
    .setOption('width', CHART_SIZE.width)
    .setOption('height', CHART_SIZE.height)
    .build();
  sheet.insertChart(completeness);
  sheet.insertChart(verdicts);
  const trend = trendChart(sheet, summary, blockRows.trend, chartRow + 2 * CHART_STEP);
  if (trend) sheet.insertChart(trend);
  return { summary, charts: sheet.getCharts() };
}

/**
 * Indicators across the years: a LINE chart over the trend block (header row included, setNumHeaders(1)); the first
 * column, the years written as text, is the domain, so the axis reads "2025", "2026" (Google's line chart example has
 * its years as strings too, the Gviz documentation the EmbeddedLineChartBuilder reference points to). A year without a
 * readable result is a blank cell: interpolateNulls draws the line across it. No series: no chart (the block says why).
 */
function trendChart(
  sheet: Sheet,
  summary: Summary,
  block: Layout['blockRows']['trend'],
  anchorRow: number,
): GoogleAppsScript.Spreadsheet.EmbeddedChart | null {
  if (!summary.trend.series.length) return null;
  const table = sheet.getRange(block.headerRow + 1, 1, block.rows + 1, block.columns);
  return sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(table)
    .setNumHeaders(1)
    .setPosition(anchorRow, 1, 0, 0)
    .setOption('title', OVERVIEW_TEXT.trend.title)
    .setOption('legend', { position: 'bottom' })
    .setOption('pointSize', 6)
    .setOption('interpolateNulls', true)
    .setOption('hAxis', { title: OVERVIEW_TEXT.trend.year })
    .setOption('vAxis', { minValue: 0, maxValue: 100, title: OVERVIEW_TEXT.trend.axis })
    .setOption('width', TREND_CHART_SIZE.width)
    .setOption('height', TREND_CHART_SIZE.height)
    .build();
}
