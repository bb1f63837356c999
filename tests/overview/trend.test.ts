/**
 * Issue 14: the overview charts indicators across the years. What a user sees: the Cấu hình item, the Tổng hợp block
 * (years as rows, one column per indicator, notes), the sheet's LINE chart over that block, the offline chart's data.
 */
import { formatDate } from '../../src/core/dates';
import { type HistoryEntry, historyRow } from '../../src/core/history/history';
import { assessWorkbook } from '../../src/core/judging/assess';
import { chartSpecs, type trendChartValues } from '../../src/core/overview/chartSpecs';
import { OVERVIEW_TEXT } from '../../src/core/overview/messages';
import { summarize, summaryBlocks, summaryGrid, summaryNumberFormats } from '../../src/core/overview/overview';
import { isPercentRow, shortIndicatorName, trendOf, trendPoints } from '../../src/core/overview/trend';
import { SAMPLE_HISTORY } from '../../src/core/sample/entries';
import { CONFIG_ITEMS, configRows, defaultConfig, readConfig } from '../../src/core/sheet/config';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';
import { rebuildSummary } from '../../src/gas/overview/overview';
import { AFTER, chartState, GENERATED_AT, sampleWorkbook, world } from './helpers';

const LABEL = 'Chỉ tiêu vẽ biểu đồ qua các năm';

/** The sample with Cấu hình's trend cell typed as a person would. */
function withTrendCell(workbook: WorkbookData, typed: string): WorkbookData {
  const row = workbook.config.rows.find((r) => r[0] === LABEL);
  if (!row) throw new Error('no trend row in Cấu hình');
  row[1] = typed;
  return workbook;
}

/** Adds Lịch sử rows (results of an earlier year) for indicator rows of the sample. */
function withHistory(workbook: WorkbookData, entries: { year: number; rowKey: string; value: string }[]): WorkbookData {
  const rows = entries.map((e) =>
    historyRow({
      year: e.year,
      tab: 'indicators',
      rowKey: e.rowKey,
      unitId: e.rowKey.split('@')[1] ?? '',
      tt: '',
      name: '',
      item: 'result',
      value: e.value,
      archivedAt: null,
    } satisfies HistoryEntry),
  );
  workbook.history = { header: workbook.history.header, rows: [...workbook.history.rows, ...rows] };
  return workbook;
}

/** Sets this year's result of a row of the sample. */
function withResult(workbook: WorkbookData, rowKey: string, result: string): WorkbookData {
  const map = new ColumnMap('indicators', workbook.indicators.header);
  const row = workbook.indicators.rows.find((r) => r[map.index('rowKey')] === rowKey)!;
  row[map.index('result')] = result;
  return workbook;
}

const trendFor = (workbook: WorkbookData) => trendOf(assessWorkbook(workbook, AFTER));

describe('Cấu hình: "Chỉ tiêu vẽ biểu đồ qua các năm"', () => {
  test('a row with its help, empty by default; ";"-separated entries read and written back', () => {
    const item = CONFIG_ITEMS.find((i) => i.key === 'trendIndicators')!;
    expect(item.label).toBe(LABEL);
    expect(item.help).toBe(
      'Mã dòng (ví dụ PL2-26 hoặc PL2-26@CA) hoặc TT của các chỉ tiêu cần vẽ kết quả qua các năm ở trang Tổng hợp, cách nhau bởi dấu ";". Để trống: công cụ chọn tối đa 5 chỉ tiêu tính theo % có kết quả của nhiều năm nhất.',
    );
    expect(item.help).toBe(item.help.normalize('NFC'));
    expect(defaultConfig(2026).trendIndicators).toEqual([]);
    const rows = configRows({ ...defaultConfig(2026), trendIndicators: [] }).map((r) => [...r]);
    rows.find((r) => r[0] === LABEL)![1] = ' PL2-26@CA ;1.1;; PL2-5 ';
    const { config, problems } = readConfig(rows, 2026);
    expect(problems).toEqual([]);
    expect(config.trendIndicators).toEqual(['PL2-26@CA', '1.1', 'PL2-5']);
    expect(configRows(config).find((r) => r[0] === LABEL)).toEqual([LABEL, 'PL2-26@CA; 1.1; PL2-5', item.help]);
  });
});

describe('the series of an indicator', () => {
  test('earlier years from Lịch sử, then this year\'s result, as % ("80,2%" is 80.2)', () => {
    const trend = trendFor(withTrendCell(sampleWorkbook(), 'PL2-26@CA'));
    expect(trend.series).toEqual([
      {
        rowKey: 'PL2-26@CA',
        name: 'Người dân có tài khoản định danh điện tử (VNeID)',
        points: [
          { year: 2025, value: 76 },
          { year: 2026, value: 80.2 },
        ],
      },
    ]);
    expect(trend.years).toEqual([2025, 2026]);
    expect(trend.notes).toEqual([]);
  });

  test('unreadable values are skipped (a comparison, a word, text); a ratio reads as %', () => {
    const workbook = withHistory(withTrendCell(sampleWorkbook(), 'PL2-26@CA'), [
      { year: 2022, rowKey: 'PL2-26@CA', value: 'trên 70%' },
      { year: 2023, rowKey: 'PL2-26@CA', value: 'Đạt' },
      { year: 2024, rowKey: 'PL2-26@CA', value: '3/4' },
    ]);
    expect(trendFor(workbook).series[0].points).toEqual([
      { year: 2024, value: 75 },
      { year: 2025, value: 76 },
      { year: 2026, value: 80.2 },
    ]);
    // This year's result unreadable too: only the years that read.
    const unreadableNow = withResult(workbook, 'PL2-26@CA', 'khoảng tám mươi phần trăm');
    expect(trendFor(unreadableNow).series[0].points.map((p) => p.year)).toEqual([2024, 2025]);
  });
});

describe('which indicators', () => {
  test('by row key, catalog id (every unit leading it) or TT, in the order typed, each once', () => {
    const trend = trendFor(withTrendCell(sampleWorkbook(), 'pl2-26@ca; PL2-5; 1.1; PL2-26'));
    expect(trend.series.map((s) => s.rowKey)).toEqual(['PL2-26@CA', 'PL2-5@VHXH', 'PL1-1.1@TTHCC']);
    expect(trend.notes).toEqual([]);
  });

  test('an entry that matches no indicator, an ambiguous TT, a row not in %: one note each in Tổng hợp', () => {
    const workbook = withTrendCell(sampleWorkbook(), 'PL9-99; 26; 5; PL1-4@KTHTDT');
    const assessment = assessWorkbook(workbook, AFTER);
    const trend = trendOf(assessment);
    // "26" is TT 26 of Phụ lục II only; "5" is a TT of both appendices.
    expect(trend.series.map((s) => s.rowKey)).toEqual(['PL2-26@CA']);
    expect(trend.notes).toEqual([
      'Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm": không có chỉ tiêu "PL9-99" (ghi mã dòng như PL2-26, PL2-26@CA hoặc TT); đã bỏ qua.',
      expect.stringMatching(
        /^Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm": TT "5" có ở nhiều phụ lục \(I, II\); hãy ghi mã dòng \(ví dụ PL1-5\); đã bỏ qua\.$/,
      ),
      // PL1-4's target is "Đạt": not a figure in %.
      'Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm": chỉ tiêu "PL1-4@KTHTDT" (Phụ lục I, TT 4) không tính theo %; biểu đồ chỉ vẽ chỉ tiêu tính theo %.',
    ]);
    // The notes are printed under the block, one cell each.
    const summary = summarize(assessment, GENERATED_AT);
    const { grid, blockRows } = summaryGrid(summary, '30/11/2026');
    const at = blockRows.trend;
    expect(grid.slice(at.firstRow + at.rows, at.firstRow + at.rows + 3).map((r) => r[0])).toEqual(trend.notes);
  });

  test('a cell pasted full (every row, junk, repeats): at most 10 series and 11 notes, the rest said in one line', () => {
    const keys = sampleWorkbook()
      .indicators.rows.map((r) =>
        String(r[new ColumnMap('indicators', sampleWorkbook().indicators.header).index('rowKey')]),
      )
      .filter((k) => k.includes('@'));
    const junk = Array.from({ length: 400 }, (_, i) => (i % 3 ? `<b>${i}</b>` : i % 2 ? '=SUM(A1:A9)' : '📈'));
    const trend = trendFor(withTrendCell(sampleWorkbook(), [...keys, ...keys, ...junk].join('; ')));
    // The rows the chart could draw, in the order typed: in %, with a result read.
    const assessment = assessWorkbook(sampleWorkbook(), AFTER);
    const drawable = keys.filter((k) => {
      const row = assessment.indicators.find((r) => r.rowKey === k);
      return !!row?.judgement && isPercentRow(row) && trendPoints(row, assessment).length > 0;
    });
    expect(drawable.length).toBeGreaterThan(10);
    expect(trend.series.map((s) => s.rowKey)).toEqual(drawable.slice(0, 10));
    expect(trend.notes.length).toBeLessThanOrEqual(11);
    expect(trend.notes).toContain(
      `Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm": biểu đồ vẽ tối đa 10 chỉ tiêu; đã bỏ qua ${drawable.length - 10} ` +
        `chỉ tiêu ghi sau (${drawable.slice(10, 15).join(', ')}${drawable.length > 15 ? ', …' : ''}).`,
    );
    // Each junk entry is named once, however often it was pasted.
    expect(trend.notes.filter((n) => n.includes('"📈"'))).toHaveLength(1);
    expect(trend.notes[trend.notes.length - 1]).toMatch(
      /^Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm": và \d+ mục khác không vẽ được \(xem các mục trên\)\.$/,
    );
  });

  test('a configured % row whose results never read as a figure: said so, not drawn', () => {
    // The sample's PL1-2 is in % but its unit typed its result in đồng (the unit mismatch the cell check reports).
    const trend = trendFor(withTrendCell(sampleWorkbook(), 'PL1-2'));
    expect(trend.series).toEqual([]);
    expect(trend.notes).toEqual([
      'Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm": chỉ tiêu "PL1-2@KTHTDT" (Phụ lục I, TT 2) chưa có kết quả nào đọc được thành số; chưa vẽ.',
    ]);
  });

  test('by default: percent indicators with the most years, at most 5, at least two points each', () => {
    const sample = trendFor(sampleWorkbook());
    // Eight rows hold 2025 in Lịch sử; five are drawn, each with 2025 and 2026.
    expect(sample.series).toHaveLength(5);
    const withHistory2025 = new Set(SAMPLE_HISTORY.map((h) => h.rowKey));
    for (const s of sample.series) {
      expect(withHistory2025.has(s.rowKey)).toBe(true);
      expect(s.points.map((p) => p.year)).toEqual([2025, 2026]);
    }
    // A row with three years goes first.
    const longer = trendFor(withHistory(sampleWorkbook(), [{ year: 2024, rowKey: 'PL2-23@VHXH', value: '50%' }]));
    expect(longer.series[0]).toMatchObject({
      rowKey: 'PL2-23@VHXH',
      points: [
        { year: 2024, value: 50 },
        { year: 2025, value: 56 },
        { year: 2026, value: 55 },
      ],
    });
    expect(longer.years).toEqual([2024, 2025, 2026]);
  });

  test('names: "Tỷ lệ" dropped, long ones cut at a word, the unit added when several units lead the indicator', () => {
    expect(shortIndicatorName('Tỷ lệ người dân có tài khoản định danh điện tử (VNeID).')).toBe(
      'Người dân có tài khoản định danh điện tử (VNeID)',
    );
    const long = shortIndicatorName(
      'Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính giữa trung ương và địa phương',
    );
    expect(long).toBe('Thủ tục hành chính được tiếp nhận, giải quyết phi địa giới…');
    // PL2-26 led by two units: each series says whose it is.
    const workbook = withTrendCell(sampleWorkbook(), 'PL2-26');
    const map = new ColumnMap('indicators', workbook.indicators.header);
    const ca = workbook.indicators.rows.find((r) => r[map.index('rowKey')] === 'PL2-26@CA')!;
    const copy = [...ca];
    copy[map.index('rowKey')] = 'PL2-26@VHXH';
    copy[map.index('result')] = '81%';
    workbook.indicators.rows.push(copy);
    expect(trendFor(workbook).series.map((s) => [s.rowKey, s.name])).toEqual([
      ['PL2-26@CA', 'Người dân có tài khoản định danh điện tử (VNeID) (Công an phường)'],
      ['PL2-26@VHXH', 'Người dân có tài khoản định danh điện tử (VNeID) (Phòng Văn hóa - Xã hội)'],
    ]);
  });
});

describe('Tổng hợp: the block, the sheet chart, the offline chart', () => {
  const assessment = assessWorkbook(sampleWorkbook(), AFTER);
  const summary = summarize(assessment, GENERATED_AT);
  const layout = summaryGrid(summary, formatDate(assessment.config.deadline));

  test('the block: years as rows (text "2025"), one column per indicator, values as % with one decimal', () => {
    const block = summaryBlocks(summary).find((b) => b.key === 'trend')!;
    expect(block.title).toBe('5. Kết quả một số chỉ tiêu qua các năm (%)');
    expect(block.header).toEqual(['Năm', ...summary.trend.series.map((s) => s.name)]);
    expect(block.rows.map((r) => r[0])).toEqual(['2025', '2026']);
    const at = layout.blockRows.trend;
    const formats = summaryNumberFormats(summary, layout);
    expect(formats[at.firstRow][0]).toBe('@');
    expect(formats[at.firstRow].slice(1, block.header.length)).toEqual(summary.trend.series.map(() => '0.0'));
    expect(layout.grid[at.firstRow + 1][1]).toBe(summary.trend.series[0].points[1].value);
  });

  test('the sheet: a LINE chart over the block (header row included), below the other two', () => {
    const { fake, restore } = world();
    try {
      rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
      const sheet = fake.spreadsheet.api.getSheetByName(TABS.summary.name)!;
      const charts = sheet.getCharts();
      expect(charts).toHaveLength(3);
      const [completeness, verdicts, trend] = charts.map(chartState);
      const at = layout.blockRows.trend;
      const n = summary.trend.series.length;
      const lastColumn = String.fromCharCode(65 + n);
      expect(trend.type).toBe('LINE');
      expect(completeness.type).toBe('BAR');
      expect(trend.ranges).toEqual([`A${at.headerRow + 1}:${lastColumn}${at.headerRow + 1 + at.rows}`]);
      expect(trend.numHeaders).toBe(1);
      const values = charts[2].getRanges()[0].getValues();
      expect(values[0]).toEqual(['Năm', ...summary.trend.series.map((s) => s.name)]);
      expect(values.slice(1)).toEqual([
        ['2025', ...summary.trend.series.map((s) => s.points[0].value)],
        ['2026', ...summary.trend.series.map((s) => s.points[1].value)],
      ]);
      expect(trend.options).toMatchObject({ title: 'Kết quả một số chỉ tiêu qua các năm (%)', interpolateNulls: true });
      expect(trend.position.anchorRow).toBeGreaterThan(verdicts.position.anchorRow + Math.ceil(320 / 21));
      expect(sheet.getMaxRows()).toBeGreaterThan(trend.position.anchorRow + Math.ceil(420 / 21));
      // The block title bold, its header painted like the others.
      expect(sheet.getRange(at.titleRow + 1, 1).getFontWeight()).toBe('bold');
      expect(sheet.getRange(at.headerRow + 1, 2).getFontWeight()).toBe('bold');
    } finally {
      restore();
    }
  });

  test('offline: a line chart spec with every point of every series, years as text, labels that do not overlap', () => {
    const spec = chartSpecs(summary).find((s) => s.key === 'trend')!;
    expect(spec.title).toBe('Kết quả một số chỉ tiêu qua các năm (%)');
    const values = (spec.vegaLite.data as { values: ReturnType<typeof trendChartValues> }).values;
    expect(values.map(({ year, series, value }) => ({ year, series, value }))).toEqual(
      summary.trend.series.flatMap((s) =>
        s.points.map((p) => ({ year: String(p.year), series: s.name, value: p.value })),
      ),
    );
    // Per year, the labels drawn are at least one label's height apart (on a 0–100 axis 360 px high).
    for (const year of ['2025', '2026']) {
      const drawn = values.filter((v) => v.year === year && v.labelled).map((v) => v.value);
      expect(drawn.length).toBeGreaterThan(0);
      drawn.sort((a, b) => a - b).forEach((v, i) => i && expect(v - drawn[i - 1]).toBeGreaterThanOrEqual(13 / 3.6));
    }
  });
});

describe('no indicator with two years', () => {
  const workbook = sampleWorkbook();
  workbook.history = { header: workbook.history.header, rows: [] };
  const assessment = assessWorkbook(workbook, AFTER);
  const summary = summarize(assessment, GENERATED_AT);

  test('no chart, a one-line note in Tổng hợp under the block title', () => {
    expect(summary.trend.series).toEqual([]);
    const { grid, blockRows } = summaryGrid(summary, '30/11/2026');
    const at = blockRows.trend;
    expect(grid[at.titleRow][0]).toBe('5. Kết quả một số chỉ tiêu qua các năm (%)');
    expect(grid[at.titleRow + 1][0]).toBe(
      'Chưa có chỉ tiêu nào có kết quả từ hai năm trở lên để vẽ biểu đồ qua các năm.',
    );
    expect(grid).toHaveLength(at.titleRow + 2);
    expect(chartSpecs(summary).map((s) => s.key)).toEqual(['completeness', 'verdicts']);
    expect(OVERVIEW_TEXT.trend.none).toBe(OVERVIEW_TEXT.trend.none.normalize('NFC'));
  });

  test('the sheet keeps its two charts and paints no empty header', () => {
    const { fake, restore } = world();
    try {
      rebuildSummary(fake.spreadsheet.api, assessment, GENERATED_AT);
      const sheet = fake.spreadsheet.api.getSheetByName(TABS.summary.name)!;
      expect(sheet.getCharts().map((c) => chartState(c).type)).toEqual(['BAR', 'BAR']);
      const note = summaryGrid(summary, '30/11/2026').blockRows.trend.titleRow + 2;
      expect(sheet.getRange(note, 1).getValue()).toBe(OVERVIEW_TEXT.trend.none);
      expect(sheet.getRange(note, 1).getFontWeight()).not.toBe('bold');
    } finally {
      restore();
    }
  });
});
