/**
 * The Tổng hợp tab: rebuilt from the assessment (never typed in) with one setValues for all its cells, and
 * its two charts replaced, never duplicated. Spreadsheet calls do not depend on the number of rows.
 */
import type { Assessment } from '../core/assess';
import { CHART_TEXT } from '../core/charts';
import { formatDate } from '../core/dates';
import { TABS, TAB_ORDER } from '../core/schema';
import { summarize, summaryGrid, type Summary } from '../core/summary';
import { HEADER_BACKGROUND } from '../core/sheetFormat';

export function rebuildSummary(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, assessment: Assessment, now: Date): { summary: Summary; charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[] } {
  const summary = summarize(assessment, now);
  const { grid, width, blockRows } = summaryGrid(summary, formatDate(assessment.config.deadline));
  const sheet = ss.getSheetByName(TABS.summary.name) ?? ss.insertSheet(TABS.summary.name, TAB_ORDER.indexOf('summary'));
  sheet.clear();
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < grid.length + 40) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length + 40 - sheet.getMaxRows());
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  for (const block of Object.values(blockRows)) {
    sheet.getRange(block.titleRow + 1, 1).setFontWeight('bold');
    sheet.getRange(block.headerRow + 1, 1, 1, block.columns).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  }
  const unitsBlock = blockRows.units;
  sheet.getRange(unitsBlock.firstRow + unitsBlock.rows, 1, 1, unitsBlock.columns).setFontWeight('bold');
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidths(2, width - 1, 110);
  sheet.setFrozenRows(1);

  // The tab belongs to the tool: remove its charts, then build the two again (never a duplicate).
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  // Header row included in each range (setNumHeaders(1)), units without the total row.
  const unitNames = sheet.getRange(unitsBlock.headerRow + 1, 1, summary.units.length + 1, 1);
  const unitPercents = sheet.getRange(unitsBlock.headerRow + 1, 9, summary.units.length + 1, 1);
  const groupsBlock = blockRows.groups;
  const groupNames = sheet.getRange(groupsBlock.headerRow + 1, 2, summary.groups.length + 1, 1);
  const groupCounts = sheet.getRange(groupsBlock.headerRow + 1, 3, summary.groups.length + 1, 5);
  const chartRow = grid.length + 3;
  const completeness = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(unitNames)
    .addRange(unitPercents)
    .setNumHeaders(1)
    .setPosition(chartRow, 1, 0, 0)
    .setOption('title', CHART_TEXT.completeness(summary.year))
    .setOption('legend', { position: 'none' })
    .setOption('hAxis', { minValue: 0, maxValue: 100, title: CHART_TEXT.percent })
    .setOption('width', 760)
    .setOption('height', 320)
    .build();
  const verdicts = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(groupNames)
    .addRange(groupCounts)
    .setNumHeaders(1)
    .setPosition(chartRow + 18, 1, 0, 0)
    .setOption('title', CHART_TEXT.verdicts(summary.year))
    .setOption('isStacked', true)
    .setOption('colors', ['#6AA84F', '#38761D', '#CC0000', '#F1C232', '#999999'])
    .setOption('width', 760)
    .setOption('height', 320)
    .build();
  sheet.insertChart(completeness);
  sheet.insertChart(verdicts);
  return { summary, charts: sheet.getCharts() };
}
