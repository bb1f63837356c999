/** The Lịch sử tab as data (src/core/history): what a year leaves, how it reads back, what earlier years answer. */
import { archiveEntries, typedEntries } from '../../src/core/history/archive';
import {
  decodeCell,
  type HistoryEntry,
  HistoryIndex,
  historyRow,
  historyValue,
  previousResult,
  previousResultCell,
  readHistory,
  readPreviousResultCell,
} from '../../src/core/history/history';
import { assessWorkbook } from '../../src/core/judging/assess';
import { buildSampleWorkbook } from '../../src/core/sample/workbook';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';

const at = new Date('2026-12-05T02:00:00Z');
const entry = (year: number, value: string, item = 'result', rowKey = 'PL2-1@KTHTDT'): HistoryEntry => ({
  year,
  tab: 'indicators',
  rowKey,
  unitId: 'KTHTDT',
  tt: '1',
  name: 'Tỷ lệ phủ sóng 5G',
  item,
  value,
  archivedAt: at,
});
const table = (entries: HistoryEntry[]) => ({
  header: TABS.history.columns.map((c) => c.header),
  rows: entries.map(historyRow),
});

describe('values as a person saw them, as text', () => {
  test('numbers the Vietnamese way, times in Việt Nam, text unchanged (decomposed Unicode kept)', () => {
    expect(historyValue(82.54)).toBe('82,54');
    expect(historyValue(1134256000)).toBe('1.134.256.000');
    expect(historyValue(new Date('2026-11-20T03:00:00Z'))).toBe('20/11/2026 10:00');
    expect(historyValue('Đạt'.normalize('NFD'))).toBe('Đạt'.normalize('NFD'));
    expect(historyValue(null)).toBe('');
  });

  test('a text starting with "=" is written with an apostrophe and read back without it', () => {
    const row = historyRow(entry(2026, '=SUM(A1:A3)'));
    expect(row[TABS.history.columns.findIndex((c) => c.key === 'value')]).toBe("'=SUM(A1:A3)");
    expect(decodeCell("'=SUM(A1:A3)")).toBe('=SUM(A1:A3)');
    expect(readHistory(table([entry(2026, '=SUM(A1:A3)')]))[0].value).toBe('=SUM(A1:A3)');
  });

  test('a row reads back as the entry it was written from; the Mục column says what it is in Vietnamese', () => {
    const e = entry(2026, '82,54%');
    const [row] = table([e]).rows;
    expect(row).toContain('Kết quả năm báo cáo');
    expect(row).toContain('Chỉ tiêu');
    expect(readHistory(table([e]))).toEqual([e]);
    const fact: HistoryEntry = { ...e, tab: 'units', rowKey: 'CA', item: 'state', value: 'Đã duyệt' };
    expect(table([fact]).rows[0]).toContain('Tình trạng báo cáo');
    expect(readHistory(table([fact]))[0]).toEqual(fact);
  });
});

describe('what earlier years answer', () => {
  const index = new HistoryIndex([
    entry(2025, '60%'),
    entry(2026, '64,5%'),
    entry(2026, '66%'), // corrected and archived again: the last one counts
    entry(2027, ''),
    entry(2026, '10%', 'result', 'PL2-2@KTHTDT'),
  ]);

  test('previousResult: the latest non-empty result before the year, with its year', () => {
    expect(previousResult(index, 'PL2-1@KTHTDT', 2027)).toEqual({ year: 2026, value: '66%' });
    expect(previousResult(index.entries, 'PL2-1@KTHTDT', 2028)).toEqual({ year: 2026, value: '66%' });
    expect(previousResult(index, 'PL2-1@KTHTDT', 2026)).toEqual({ year: 2025, value: '60%' });
    expect(previousResult(index, 'PL2-1@KTHTDT', 2025)).toBeNull();
    expect(previousResult(index, 'PL9-9@CA', 2027)).toBeNull();
  });

  test('resultSeries: one value per year, oldest first (the trajectory baseline)', () => {
    expect(index.resultSeries('PL2-1@KTHTDT')).toEqual([
      { year: 2025, value: '60%' },
      { year: 2026, value: '66%' },
    ]);
  });

  test('missing: the read-back check names what is absent or different', () => {
    expect(index.missing([entry(2026, '66%')])).toEqual([]);
    expect(index.missing([entry(2026, '64,5%')])).toHaveLength(1);
    expect(index.missing([entry(2024, '1%')])).toHaveLength(1);
  });
});

describe('what a year leaves', () => {
  const today = { year: 2026, month: 12, day: 5 };
  const { workbook } = buildSampleWorkbook(today);
  const assessment = assessWorkbook(workbook, today);

  test('every non-empty input cell of the sample is archived, and the verdicts of judged rows', () => {
    const typed = typedEntries(workbook, 2026, at);
    const all = archiveEntries(workbook, assessment, null, at);
    const map = new ColumnMap('indicators', workbook.indicators.header);
    const nonEmptyResults = workbook.indicators.rows.filter((r) => String(r[map.index('result')]).trim() !== '');
    expect(typed.filter((e) => e.tab === 'indicators' && e.item === 'result')).toHaveLength(nonEmptyResults.length);
    expect(all.filter((e) => e.item === 'verdict').length).toBe(
      assessment.indicators.filter((r) => r.judgement).length + assessment.tasks.filter((r) => r.judgement).length,
    );
    // Submissions from the Đơn vị copy (offline there are no records): Công an sent after the deadline.
    expect(all.find((e) => e.tab === 'units' && e.rowKey === 'CA' && e.item === 'timeliness')?.value).toBe('Nộp muộn');
    expect(all.find((e) => e.tab === 'config' && e.item === 'deadline')?.value).toBe('30/11/2026');
  });
});

describe('earlier years feed the verdicts (the path to a later year starts from the latest earlier result)', () => {
  test('"Kết quả năm trước" names the year when the latest recorded result is not last year\'s, and reads back', () => {
    expect(previousResultCell({ year: 2026, value: '66%' }, 2027)).toBe('66%');
    expect(previousResultCell({ year: 2025, value: '60%' }, 2027)).toBe('60% (năm 2025)');
    expect(previousResultCell(null, 2027)).toBe('');
    expect(readPreviousResultCell('66%', 2027)).toEqual({ year: 2026, value: '66%' });
    expect(readPreviousResultCell('60% (năm 2025)', 2027)).toEqual({ year: 2025, value: '60%' });
    // A note a unit wrote in brackets is part of the value; a year not before the reporting year is not a year.
    expect(readPreviousResultCell('85% (số liệu đến 31/10)', 2027)).toEqual({
      year: 2026,
      value: '85% (số liệu đến 31/10)',
    });
    expect(readPreviousResultCell('85% (năm 2027)', 2027)).toEqual({ year: 2026, value: '85% (năm 2027)' });
    expect(readPreviousResultCell('', 2027)).toBeNull();
  });

  /** The sample's workbook for 2027 with Lịch sử holding `entries`, its "Kết quả năm trước" filled as setup fills it. */
  function workbook2027(entries: HistoryEntry[], result: string, rowKey = 'PL2-1@VHXH') {
    const { workbook } = buildSampleWorkbook({ year: 2026, month: 12, day: 5 });
    const config = new ColumnMap('config', workbook.config.header);
    for (const row of workbook.config.rows)
      if (row[config.index('key')] === 'Năm báo cáo') row[config.index('value')] = '2027';
    const map = new ColumnMap('indicators', workbook.indicators.header);
    const index = new HistoryIndex(entries);
    for (const row of workbook.indicators.rows) {
      row[map.index('result')] = row[map.index('rowKey')] === rowKey ? result : '';
      row[map.index('previousResult')] = previousResultCell(
        index.previousResult(String(row[map.index('rowKey')]), 2027),
        2027,
      );
    }
    workbook.history = table(entries);
    return workbook;
  }
  const judgedAs = (workbook: ReturnType<typeof workbook2027>, withHistory: boolean, rowKey = 'PL2-1@VHXH') => {
    const today = { year: 2027, month: 12, day: 5 };
    const book = withHistory ? workbook : { ...workbook, history: table([]) };
    return assessWorkbook(book, today).indicators.find((r) => r.rowKey === rowKey)!.judgement!;
  };

  test('a 2027 result is judged on the path from the 2026 result recorded in Lịch sử', () => {
    // PL2-1 (5G coverage): ≥ 60% in 2025, 100% in 2030. From the 2025 milestone 2027 needs ≥ 76%; from 80% in 2026
    // it needs ≥ 85%: 82% is behind.
    const book = workbook2027([entry(2026, '80%', 'result', 'PL2-1@VHXH')], '82%');
    const j = judgedAs(book, true);
    expect(j.verdict).toBe('BEHIND');
    expect(j.reason).toContain('năm 2027 cần ≥ 85%, tính theo đường thẳng từ kết quả 80% năm 2026');
    expect(j.change).toEqual({ year: 2026, delta: 2, amount: '2 điểm %' });
    // Without Lịch sử nor the row's "Kết quả năm trước": from the milestone, on track.
    const map = new ColumnMap('indicators', book.indicators.header);
    const bare = {
      ...book,
      indicators: {
        ...book.indicators,
        rows: book.indicators.rows.map((r) => r.map((v, i) => (i === map.index('previousResult') ? '' : v))),
      },
    };
    expect(judgedAs(bare, false).verdict).toBe('ON_TRACK');
  });

  test('Lịch sử and the row\'s "Kết quả năm trước" give the same verdict and reason, also when last year is empty', () => {
    for (const entries of [
      [entry(2026, '80%', 'result', 'PL2-1@VHXH')],
      [entry(2025, '50%', 'result', 'PL2-1@VHXH'), entry(2026, '', 'result', 'PL2-1@VHXH')],
    ]) {
      const book = workbook2027(entries, '70%');
      const full = judgedAs(book, true);
      const cell = judgedAs(book, false);
      expect(cell.verdict).toBe(full.verdict);
      expect(cell.reason).toBe(full.reason);
      expect(cell.change).toEqual(full.change);
    }
    // The skipped year: the cell says which year the figure is of, and the path starts there (50% in 2025 → 100%
    // in 2030 needs ≥ 70% in 2027).
    const book = workbook2027([entry(2025, '50%', 'result', 'PL2-1@VHXH')], '70%');
    const map = new ColumnMap('indicators', book.indicators.header);
    const row = book.indicators.rows.find((r) => r[map.index('rowKey')] === 'PL2-1@VHXH')!;
    expect(row[map.index('previousResult')]).toBe('50% (năm 2025)');
    expect(judgedAs(book, false).reason).toContain('năm 2027 cần ≥ 70%, tính theo đường thẳng từ kết quả 50% năm 2025');
  });
});
