/**
 * The Tổng hợp tab in the sheet (src/gas/overview/overview.ts) against the in-memory Apps Script: one setValues, number
 * formats, conditional colours, the three EmbeddedCharts (never duplicated, over the right cells), and a number of
 * Spreadsheet calls that does not depend on the number of rows.
 */

import { formatDate } from '../../src/core/dates';
import { type Assessment, assessWorkbook } from '../../src/core/judging/assess';
import { CHART_TEXT, VERDICT_SERIES } from '../../src/core/overview/chartSpecs';
import { summarize, summaryGrid } from '../../src/core/overview/overview';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { rebuildSummary, SUMMARY_COLORS, SUMMARY_COLUMNS } from '../../src/gas/overview/overview';
import type { FakeAppsScript } from '../fakes';
import {
  AFTER,
  chartState,
  conditionalBackground,
  GENERATED_AT,
  sampleAssessment,
  sampleWorkbook,
  workbookWithIndicatorRows,
  world,
} from './helpers';

const TAB = TABS.summary.name;
let fake: FakeAppsScript;
let restore: () => void;

beforeEach(() => {
  ({ fake, restore } = world());
});
afterEach(() => restore());

const assessment = sampleAssessment(AFTER);
const summary = summarize(assessment, GENERATED_AT);
const layout = summaryGrid(summary, formatDate(assessment.config.deadline));
const sheet = () => fake.spreadsheet.api.getSheetByName(TAB)!;
/** Sheet row (1-based) of a block's first data row. */
const firstRow = (key: keyof typeof layout.blockRows) => layout.blockRows[key].firstRow + 1;

describe('the Tổng hợp tab', () => {
  test('holds exactly the grid, written with one setValues and one setNumberFormats', () => {
    fake.counter.reset();
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    expect(fake.counter.count('Range.setValues')).toBe(1);
    expect(fake.counter.count('Range.setNumberFormats')).toBe(1);
    expect(fake.counter.count('Range.getValues')).toBe(0);
    const { grid, width } = layout;
    expect(sheet().getRange(1, 1, grid.length, width).getValues()).toEqual(grid);
    expect(sheet().getLastRow()).toBe(grid.length);
    // Placed where the tab order says, after Khó khăn - Đề xuất.
    expect(sheet().getIndex()).toBeGreaterThan(0);
  });

  test('text cells are plain text (Sheets would read "02/03" and "18/11/2026 17:05" as dates), percentages one decimal', () => {
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    const groups = layout.blockRows.groups;
    const ratios = sheet().getRange(firstRow('groups'), SUMMARY_COLUMNS.groups.ratio, groups.rows, 1);
    expect(ratios.getValues().flat()).toEqual(summary.groups.map((g) => g.ratio));
    expect(ratios.getNumberFormats().flat()).toEqual(summary.groups.map(() => '@'));
    const units = layout.blockRows.units;
    expect(
      sheet()
        .getRange(firstRow('units'), 11, units.rows, 1)
        .getNumberFormats()
        .flat()
        .every((f) => f === '@'),
    ).toBe(true);
    expect(
      sheet()
        .getRange(firstRow('units'), SUMMARY_COLUMNS.units.percent, units.rows, 1)
        .getNumberFormats()
        .flat()
        .every((f) => f === '0.0'),
    ).toBe(true);
    expect(
      sheet()
        .getRange(firstRow('units'), 2, units.rows, 7)
        .getNumberFormats()
        .flat()
        .every((f) => f === '0'),
    ).toBe(true);
    // vi_VN display: a decimal comma.
    const tthcc = summary.units.findIndex((u) => u.unitId === 'TTHCC');
    expect(fake.spreadsheet.displayValues(`${TAB}!I${firstRow('units') + tthcc}`)[0][0]).toBe(
      String(summary.units[tthcc].percentComplete.toFixed(1)).replace('.', ','),
    );
  });

  test('conditional colours, set with one setConditionalFormatRules: % red < 50, yellow < 100, green 100; late and not reported red', () => {
    fake.counter.reset();
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    expect(fake.counter.count('Sheet.setConditionalFormatRules')).toBe(1);
    const s = sheet();
    summary.units.forEach((u, i) => {
      const row = firstRow('units') + i;
      const pct = conditionalBackground(s, row, SUMMARY_COLUMNS.units.percent);
      expect({ unit: u.unitId, pct }).toEqual({
        unit: u.unitId,
        pct:
          u.percentComplete < 50
            ? SUMMARY_COLORS.bad
            : u.percentComplete < 100
              ? SUMMARY_COLORS.partial
              : SUMMARY_COLORS.good,
      });
      const timely = conditionalBackground(s, row, SUMMARY_COLUMNS.units.timeliness);
      const expected =
        u.timeliness === 'Nộp muộn' || u.timeliness === 'Chưa báo cáo'
          ? SUMMARY_COLORS.bad
          : u.timeliness === 'Đúng hạn'
            ? SUMMARY_COLORS.good
            : null;
      expect({ unit: u.unitId, timely }).toEqual({ unit: u.unitId, timely: expected });
      expect(conditionalBackground(s, row, SUMMARY_COLUMNS.units.overdueTasks)).toBe(
        u.overdueTasks > 0 ? SUMMARY_COLORS.bad : null,
      );
    });
    // The sample shows all three: a unit under 50 %, units between, one late and some not reported.
    const colours = summary.units.map((_, i) =>
      conditionalBackground(s, firstRow('units') + i, SUMMARY_COLUMNS.units.percent),
    );
    expect(colours).toContain(SUMMARY_COLORS.bad);
    expect(colours).toContain(SUMMARY_COLORS.partial);
    const t = summary.timeliness;
    expect(conditionalBackground(s, firstRow('timeliness'), 4)).toBe(t.late > 0 ? SUMMARY_COLORS.bad : null);
    expect(conditionalBackground(s, firstRow('timeliness'), 5)).toBe(t.notReported > 0 ? SUMMARY_COLORS.bad : null);
    expect(conditionalBackground(s, firstRow('timeliness'), 3)).toBeNull();
    // No rule reaches outside the units and timeliness blocks.
    expect(conditionalBackground(s, layout.blockRows.units.headerRow + 1, SUMMARY_COLUMNS.units.timeliness)).toBeNull();
    expect(conditionalBackground(s, firstRow('groups'), SUMMARY_COLUMNS.units.percent)).toBeNull();
  });

  test('a unit that reported everything is green (100 only when nothing is missing)', () => {
    const workbook = sampleWorkbook(AFTER);
    const map = new ColumnMap('indicators', workbook.indicators.header);
    const tasks = new ColumnMap('tasks', workbook.tasks.header);
    for (const r of workbook.indicators.rows)
      if (String(r[map.index('rowKey')]).endsWith('@TTHCC') && !String(r[map.index('result')]).trim())
        r[map.index('result')] = '100%';
    for (const r of workbook.tasks.rows)
      if (String(r[tasks.index('rowKey')]).endsWith('@TTHCC') && !String(r[tasks.index('status')]).trim())
        r[tasks.index('status')] = 'Đang thực hiện';
    const full = assessWorkbook(workbook, AFTER);
    const { summary: s } = rebuildSummary(fake.spreadsheet.api, full, GENERATED_AT);
    const i = s.units.findIndex((u) => u.unitId === 'TTHCC');
    expect(s.units[i].percentComplete).toBe(100);
    expect(conditionalBackground(sheet(), firstRow('units') + i, SUMMARY_COLUMNS.units.percent)).toBe(
      SUMMARY_COLORS.good,
    );
  });

  test('rebuilding twice leaves one copy of each chart, over the right cells with a header row', () => {
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    const { charts } = rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    expect(sheet().getCharts()).toHaveLength(3);
    expect(charts).toHaveLength(3);
    expect(fake.spreadsheet.api.getSheets().reduce((n, s) => n + s.getCharts().length, 0)).toBe(3);

    const [completeness, verdicts] = sheet().getCharts().map(chartState);
    const unitsHeader = layout.blockRows.units.headerRow + 1;
    const n = summary.units.length;
    expect(completeness.ranges).toEqual([`A${unitsHeader}:A${unitsHeader + n}`, `I${unitsHeader}:I${unitsHeader + n}`]);
    expect(completeness.numHeaders).toBe(1);
    const [names, percents] = sheet()
      .getCharts()[0]
      .getRanges()
      .map((r) => r.getValues().flat());
    expect(names).toEqual(['Đơn vị', ...summary.units.map((u) => u.unitName)]);
    expect(percents).toEqual(['Tỷ lệ đã báo cáo (%)', ...summary.units.map((u) => u.percentComplete)]);
    expect(completeness.options.title).toBe(CHART_TEXT.completeness(2026));

    const groupsHeader = layout.blockRows.groups.headerRow + 1;
    const g = summary.groups.length;
    expect(verdicts.ranges).toEqual([`B${groupsHeader}:B${groupsHeader + g}`, `C${groupsHeader}:K${groupsHeader + g}`]);
    expect(verdicts.numHeaders).toBe(1);
    const [groupNames, counts] = sheet()
      .getCharts()[1]
      .getRanges()
      .map((r) => r.getValues());
    expect(groupNames.flat()).toEqual(['Nhóm chỉ tiêu', ...summary.groups.map((x) => x.group)]);
    // The verdict columns (C:K, nine series: due, then of later years) are the series of the offline chart, in its
    // order and colours.
    expect(counts[0]).toEqual(VERDICT_SERIES.map((s) => s.label));
    expect(counts.slice(1)).toEqual(summary.groups.map((x) => VERDICT_SERIES.map((s) => x[s.key])));
    expect(verdicts.options).toMatchObject({
      title: CHART_TEXT.verdicts(2026),
      isStacked: true,
      colors: VERDICT_SERIES.map((s) => s.color),
    });

    // Below the grid, one under the other, not over each other.
    expect(completeness.position.anchorRow).toBeGreaterThan(layout.grid.length);
    expect(verdicts.position.anchorRow - completeness.position.anchorRow).toBeGreaterThanOrEqual(Math.ceil(320 / 21));
    expect(sheet().getMaxRows()).toBeGreaterThan(verdicts.position.anchorRow + Math.ceil(320 / 21));
  });

  test('a chart someone added by hand on the tab is replaced too (the tab belongs to the tool)', () => {
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    const s = sheet();
    s.insertChart(s.newChart().addRange(s.getRange('A1:B3')).setChartType(Charts.ChartType.PIE).build());
    expect(s.getCharts()).toHaveLength(4);
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    expect(s.getCharts()).toHaveLength(3);
  });

  test('a rebuild with different data moves the chart ranges with the blocks', () => {
    rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
    const small = assessWorkbook(workbookWithIndicatorRows(10), AFTER);
    const { summary: s } = rebuildSummary(fake.spreadsheet.api, small, GENERATED_AT);
    const l = summaryGrid(s, formatDate(small.config.deadline));
    const [, verdicts] = sheet().getCharts().map(chartState);
    const h = l.blockRows.groups.headerRow + 1;
    expect(verdicts.ranges).toEqual([`B${h}:B${h + s.groups.length}`, `C${h}:K${h + s.groups.length}`]);
    expect(sheet().getRange(1, 1, l.grid.length, l.width).getValues()).toEqual(l.grid);
    // Nothing of the longer grid is left below.
    expect(sheet().getLastRow()).toBe(l.grid.length);
  });
});

describe('Spreadsheet calls', () => {
  function callsFor(a: Assessment): { calls: number; byName: Record<string, number> } {
    const { fake: f, restore: r } = world();
    try {
      rebuildSummary(f.spreadsheet.api, a, GENERATED_AT); // the tab exists from now on
      f.counter.reset();
      rebuildSummary(f.spreadsheet.api, a, GENERATED_AT);
      return { calls: f.counter.spreadsheetCalls(), byName: f.counter.byName() };
    } finally {
      r();
    }
  }
  const ten = assessWorkbook(workbookWithIndicatorRows(10), AFTER);
  const twoThousand = assessWorkbook(workbookWithIndicatorRows(2000), AFTER);

  test('the same for 10 indicator rows as for 2 000 (and for 1 indicator group as for 5)', () => {
    expect(ten.indicators).toHaveLength(10);
    expect(twoThousand.indicators).toHaveLength(2000);
    const groupsOf = (a: Assessment) => summarize(a, GENERATED_AT).groups.length;
    expect(groupsOf(ten)).toBeLessThan(groupsOf(twoThousand));
    const small = callsFor(ten);
    const big = callsFor(twoThousand);
    expect(big.byName).toEqual(small.byName);
    expect(big.calls).toBe(small.calls);
    // A fixed, small budget: the figure the report to the team quotes.
    expect(small.calls).toBeLessThanOrEqual(120);
    if (process.env.SHOW_CALLS)
      console.log(
        `rebuildSummary Spreadsheet calls: ${small.calls} (10 rows), ${big.calls} (2 000 rows)`,
        small.byName,
      );
  });

  test('the same with 6 units as with 20 (units are rows of one block)', () => {
    const workbook = sampleWorkbook(AFTER);
    const map = new ColumnMap('units', workbook.units.header);
    for (let i = 0; i < 14; i++) {
      const row = Array(workbook.units.header.length).fill('');
      row[map.index('unitId')] = `U${i}`;
      row[map.index('name')] = `Đơn vị thêm ${i + 1}`;
      workbook.units.rows.push(row);
    }
    const many = assessWorkbook(workbook, AFTER);
    expect(summarize(many, GENERATED_AT).units).toHaveLength(20);
    expect(callsFor(many).calls).toBe(callsFor(assessment).calls);
  });

  test('the first build (tab created) costs only a few calls more', () => {
    const { fake: f, restore: r } = world();
    try {
      rebuildSummary(f.spreadsheet.api, assessment, GENERATED_AT);
      const first = f.counter.spreadsheetCalls();
      expect(first - callsFor(assessment).calls).toBeLessThanOrEqual(4);
    } finally {
      r();
    }
  });
});
