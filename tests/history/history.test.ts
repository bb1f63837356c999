/** The Lịch sử tab as data (src/core/history): what a year leaves, how it reads back, what earlier years answer. */
import { archiveEntries, typedEntries } from '../../src/core/history/archive';
import {
  decodeCell,
  type HistoryEntry,
  HistoryIndex,
  historyRow,
  historyValue,
  previousResult,
  readHistory,
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
