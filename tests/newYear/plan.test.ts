/** The year change as a plan (src/core/newYear): when a year may close, what is cleared, what Cấu hình becomes. */
import { archiveEntries } from '../../src/core/history/archive';
import { HistoryIndex } from '../../src/core/history/history';
import { assessWorkbook } from '../../src/core/judging/assess';
import { NEW_YEAR_TEXT } from '../../src/core/newYear/messages';
import { clearWrites, decideNewYear, settingsWrites } from '../../src/core/newYear/newYear';
import { buildSampleWorkbook } from '../../src/core/sample/workbook';
import { defaultConfig } from '../../src/core/sheet/config';
import { ColumnMap } from '../../src/core/sheet/table';

const at = new Date('2026-12-05T02:00:00Z');

describe('closing a year', () => {
  const today = { year: 2026, month: 12, day: 5 };
  const { workbook } = buildSampleWorkbook(today);
  const assessment = assessWorkbook(workbook, today);

  test('clearWrites empties the year columns of keyed rows only and fills last year from the history', () => {
    const indicators = workbook.indicators;
    const map = new ColumnMap('indicators', indicators.header);
    const rows = indicators.rows.map((r) => [...r]);
    rows.push(rows[0].map((v, i) => (i === map.index('rowKey') ? '' : v))); // pasted, no key yet
    const history = new HistoryIndex(archiveEntries(workbook, assessment, null, at));
    const writes = clearWrites('indicators', { header: indicators.header, rows }, history, 2027);
    const after = rows.map((r) => [...r]);
    for (const w of writes) w.values.forEach((vals, r) => vals.forEach((v, i) => (after[r][w.column + i] = v)));
    const tthcc = after.findIndex((r) => r[map.index('rowKey')] === 'PL1-1.1@TTHCC');
    expect(after[tthcc][map.index('result')]).toBe('');
    expect(after[tthcc][map.index('verdict')]).toBe('');
    expect(after[tthcc][map.index('previousResult')]).toBe('82,54%');
    expect(after[tthcc][map.index('name')]).toBe(rows[tthcc][map.index('name')]);
    expect(after[after.length - 1]).toEqual(rows[rows.length - 1]);
  });

  test('settings: Năm báo cáo and Hạn báo cáo of the new year, nothing else', () => {
    const writes = settingsWrites(workbook.config, 2027);
    const map = new ColumnMap('config', workbook.config.header);
    expect(writes.map((w) => [workbook.config.rows[w.row][map.index('key')], w.value])).toEqual([
      ['Năm báo cáo', '2027'],
      ['Hạn báo cáo', '30/11/2027'],
    ]);
  });

  test('a year closes only after its deadline, and only the data year', () => {
    const config = defaultConfig(2026);
    const base = { config, dataYear: 2026, journal: null, now: at, user: '' };
    expect(decideNewYear({ ...base, today: { year: 2026, month: 11, day: 30 } })).toEqual({
      kind: 'refuse',
      message: NEW_YEAR_TEXT.notYet(2026, '30/11/2026', 2027),
    });
    expect(decideNewYear({ ...base, today: { year: 2026, month: 12, day: 1 } })).toMatchObject({
      kind: 'start',
      journal: { from: 2026, to: 2027, done: [] },
    });
    expect(decideNewYear({ ...base, dataYear: 2025, today: { year: 2026, month: 12, day: 1 } })).toMatchObject({
      kind: 'refuse',
    });
    const journal = { from: 2026, to: 2027, done: ['archive' as const], startedAt: '', by: '', archived: 3 };
    expect(decideNewYear({ ...base, journal, today: { year: 2026, month: 12, day: 1 } })).toEqual({
      kind: 'resume',
      journal,
    });
  });
});
