/**
 * Issue 14 on the in-memory Apps Script: three reporting years, 2026 → 2027 → 2028, as the VHXH office and Công an
 * phường live them. Each year: entries, a submission, a review, then "Bắt đầu năm báo cáo mới" after the deadline
 * (clicked twice once, stopped half-way once). Every year's figures stay readable in Lịch sử; nothing of one year is
 * judged, locked or counted in another.
 */
import { HistoryIndex } from '../../src/core/history/history';
import { assessWorkbook } from '../../src/core/judging/assess';
import { NEW_YEAR_TEXT } from '../../src/core/newYear/messages';
import { JOURNAL_KEY } from '../../src/core/newYear/newYear';
import { summarize } from '../../src/core/overview/overview';
import type { CatalogRow } from '../../src/core/plan/catalog';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { readHistoryTab } from '../../src/gas/history/history';
import { type NewYearOptions, startNewYear } from '../../src/gas/newYear/newYear';
import { runValidation } from '../../src/gas/progress/dataCheck';
import { runSetup } from '../../src/gas/setup/setup';
import { readWorkbook } from '../../src/gas/sheet/io';
import { reviewUnit, submitForCurrentUser } from '../../src/gas/submission';
import { createFakeAppsScript } from '../fakes';
import {
  asMenu,
  completeUnit,
  d,
  editable,
  inputCellsOf,
  logRecords,
  makeWorld,
  mirrorOf,
  rowKeysOf,
  STAFF,
  setConfig,
  typeIn,
  VHXH,
  valueAt,
  vn,
  type World,
} from '../submission/world';

const CA = STAFF.CA;
let w: World;
afterEach(() => w?.done());

const ss = () => w.fake.spreadsheet.api;
const submitAs = (email: string) => asMenu(w, email, () => submitForCurrentUser(new Date()));
const approve = (unitId: string) => asMenu(w, VHXH, () => reviewUnit(unitId, 'approve', '', new Date()));
const newYear = (options: Partial<NewYearOptions> = {}, as = VHXH) =>
  asMenu(w, as, () => startNewYear(ss(), new Date(), { confirm: () => true, ...options }));
const history = () => new HistoryIndex(asMenu(w, VHXH, () => readHistoryTab(ss())));
const historyRows = () => w.fake.spreadsheet.values(TABS.history.name).length;
const configValue = (label: string) => w.fake.spreadsheet.values(TABS.config.name).find((r) => r[0] === label)?.[1];
const assessment = () => asMenu(w, VHXH, () => assessWorkbook(readWorkbook(ss()), { year: 2026, month: 1, day: 1 }));

/** Công an's year: every row answered, one indicator with this year's figure, its Khó khăn row; submitted on 20/11. */
function caReports(year: number, figure: string, key: string) {
  w.at(vn(d(10, 11, year), 9));
  completeUnit(w, 'CA');
  expect(typeIn(w, CA, 'indicators', key, 'result', figure).ok).toBe(true);
  expect(typeIn(w, CA, 'indicators', key, 'evidence', `Báo cáo thống kê năm ${year}`).ok).toBe(true);
  w.at(vn(d(20, 11, year), 10));
  expect(submitAs(CA)).toContain(`đã gửi báo cáo lúc 20/11/${year} 10:00 (đúng hạn)`);
}

describe('three reporting years on one sheet', () => {
  test('2026 → 2027 → 2028: history kept, inputs cleared only after the read-back, nothing carried into the next year', () => {
    w = makeWorld(vn(d(1, 11, 2026), 8));
    const key = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    const cells = inputCellsOf(w.fake, 'CA');

    // ---- 2026: Công an reports "100%", the office approves: its cells lock.
    caReports(2026, '100%', key);
    w.at(vn(d(25, 11, 2026), 9));
    expect(approve('CA')).toContain('Đã duyệt');
    expect(editable(w.fake, CA, cells)).toBe(0);

    // Before the deadline the year cannot be closed (a click in November, or in January of the new year, does nothing).
    w.at(vn(d(28, 11, 2026), 9));
    expect(newYear()).toBe(NEW_YEAR_TEXT.notYet(2026, '30/11/2026', 2027));
    // A unit's staff may not close the year.
    w.at(vn(d(5, 12, 2026), 9));
    expect(() => newYear({}, CA)).toThrow(NEW_YEAR_TEXT.notVhxh);
    expect(valueAt(w.fake, 'indicators', key, 'result')).toBe('100%');

    // ---- The office closes 2026 on 5/12/2026.
    const message = newYear();
    expect(message).toContain('Đã bắt đầu năm báo cáo 2027');
    expect(configValue('Năm báo cáo')).toBe('2027');
    expect(configValue('Hạn báo cáo')).toBe('30/11/2027');
    // Clicked again: nothing happens (2027 is not over).
    const rowsAfterFirst = historyRows();
    expect(newYear()).toBe(NEW_YEAR_TEXT.notYet(2027, '30/11/2027', 2028));
    expect(historyRows()).toBe(rowsAfterFirst);

    // What went wrong before issue 14, checked one by one.
    // Công an can edit every one of its cells again (the 2026 approval lock is gone).
    expect(editable(w.fake, CA, cells)).toBe(cells.length);
    // Its 2026 "100%" is not judged for 2027: the input is empty, last year's figure sits beside it.
    expect(valueAt(w.fake, 'indicators', key, 'result')).toBe('');
    expect(valueAt(w.fake, 'indicators', key, 'previousResult')).toBe('100%');
    expect(valueAt(w.fake, 'indicators', key, 'verdict')).toBe('Chưa báo cáo');
    // Timeliness: not "Đúng hạn" from the 2026 submission.
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({ submit: false, submittedAt: '', approval: '' });
    w.at(vn(d(10, 1, 2027), 9));
    const summary2027 = summarize(
      asMenu(w, VHXH, () => assessWorkbook(readWorkbook(ss()), { year: 2027, month: 1, day: 10 })),
      new Date(),
    );
    expect(summary2027.year).toBe(2027);
    expect(summary2027.timeliness.submitted).toBe(0);
    // Submitting is not refused as "approved 25/11/2026" (it is refused for the empty 2027 rows).
    const refused = submitAs(CA);
    expect(refused).not.toContain('duyệt');
    expect(refused).not.toContain('2026');
    // 2026 stays readable in the history: the figure, the verdict, the submission and the approval.
    let h = history();
    expect(h.value(2026, 'indicators', key, 'result')).toBe('100%');
    expect(h.value(2026, 'indicators', key, 'evidence')).toBe('Báo cáo thống kê năm 2026');
    expect(h.value(2026, 'indicators', key, 'verdict')).not.toBe('');
    expect(h.value(2026, 'units', 'CA', 'state')).toBe('Đã duyệt');
    expect(h.value(2026, 'units', 'CA', 'timeliness')).toBe('Đúng hạn');
    expect(h.value(2026, 'units', 'CA', 'submittedAt')).toBe('20/11/2026 10:00');
    expect(h.value(2026, 'config', 'deadline', 'deadline')).toBe('30/11/2026');
    // Every typed cell of 2026 is in the history: Công an's tasks and its Khó khăn row too.
    const task = rowKeysOf(w.fake, 'tasks', 'CA')[0];
    expect(h.value(2026, 'tasks', task, 'status')).toBe('Đang thực hiện');
    expect(h.value(2026, 'issues', 'CA', 'difficulties')).toBe('Thiếu kinh phí cho hạ tầng số');
    expect(logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.newYear)).toHaveLength(1);
    // Lịch sử is the office's: a unit's staff cannot change a past year.
    expect(w.fake.spreadsheet.canUserEdit(CA, TABS.history.name, 2, 8)).toBe(false);
    expect(w.fake.spreadsheet.canUserEdit(VHXH, TABS.history.name, 2, 8)).toBe(true);
    // The snapshot kept at the 2026 submission (old values for the audit of a paste; in the row's hidden column since
    // issue 13) now says what the cells hold.
    expect(JSON.parse(String(valueAt(w.fake, 'indicators', key, 'snapshot')))).toMatchObject({
      result: '',
      evidence: '',
    });

    // ---- 2027: Công an reports "70%", submits; the office approves. Closing is stopped half-way (Google's time
    // limit during the clearing, after Chỉ tiêu was emptied and before Nhiệm vụ).
    caReports(2027, '70%', key);
    // This year's result is judged, on the path from last year's result recorded in Lịch sử (the 2030 target "100"
    // was reached in 2026: 70% in 2027 is behind the straight line from 100% in 2026). Without the history it would
    // be "Chưa đến hạn, còn 30 điểm %" (the target has no earlier milestone). The cell edit judges with the row's
    // "Kết quả năm trước"; Kiểm tra dữ liệu reads Lịch sử: the same verdict and reason.
    const path2027 = 'tính theo đường thẳng từ kết quả 100% năm 2026';
    expect(valueAt(w.fake, 'indicators', key, 'verdict')).toBe('Chậm lộ trình');
    expect(String(valueAt(w.fake, 'indicators', key, 'reason'))).toContain(path2027);
    const afterEdit = valueAt(w.fake, 'indicators', key, 'reason');
    asMenu(w, VHXH, () => runValidation(ss(), new Date()));
    expect(valueAt(w.fake, 'indicators', key, 'verdict')).toBe('Chậm lộ trình');
    expect(valueAt(w.fake, 'indicators', key, 'reason')).toBe(afterEdit);
    expect(approve('CA')).toContain('Đã duyệt');
    w.at(vn(d(3, 12, 2027), 9));
    const stop: NewYearOptions['interrupt'] = (step, at) => {
      if (step === 'clear' && at === 'indicators') throw new Error('Exceeded maximum execution time');
    };
    expect(() => newYear({ interrupt: stop })).toThrow('Exceeded maximum execution time');
    expect(w.fake.properties.script.get(JOURNAL_KEY)).toBeDefined();
    expect(valueAt(w.fake, 'indicators', key, 'result')).toBe('');
    expect(valueAt(w.fake, 'tasks', task, 'status')).toBe('Đang thực hiện');
    // Setup will not run on a half-changed year.
    expect(() => asMenu(w, VHXH, () => runSetup(ss(), new Date()))).toThrow(NEW_YEAR_TEXT.unfinished(2027, 2028));
    // The next click asks to resume and finishes; nothing is archived twice.
    let asked = '';
    const rowsBeforeResume = historyRows();
    expect(
      newYear({
        confirm: (q) => {
          asked = q;
          return true;
        },
      }),
    ).toContain('Đã bắt đầu năm báo cáo 2028');
    expect(asked).toBe(NEW_YEAR_TEXT.resumeConfirm(2027, 2028));
    expect(historyRows()).toBe(rowsBeforeResume);
    expect(w.fake.properties.script.get(JOURNAL_KEY)).toBeUndefined();
    expect(valueAt(w.fake, 'tasks', task, 'status')).toBe('');
    expect(valueAt(w.fake, 'indicators', key, 'previousResult')).toBe('70%');
    expect(editable(w.fake, CA, cells)).toBe(cells.length);

    // ---- 2028: the history answers for every year; last year's result is the one beside the input.
    caReports(2028, '85%', key);
    // The baseline is the latest earlier year: 70% in 2027 → 100% in 2030 needs ≥ 80% in 2028.
    expect(valueAt(w.fake, 'indicators', key, 'verdict')).toBe('Đúng lộ trình');
    expect(String(valueAt(w.fake, 'indicators', key, 'reason'))).toContain(
      'năm 2028 cần ≥ 80%, tính theo đường thẳng từ kết quả 70% năm 2027',
    );
    h = history();
    expect(h.resultSeries(key)).toEqual([
      { year: 2026, value: '100%' },
      { year: 2027, value: '70%' },
    ]);
    expect(h.previousResult(key, 2028)).toEqual({ year: 2027, value: '70%' });
    expect(h.value(2027, 'tasks', task, 'status')).toBe('Đang thực hiện');
    expect(h.value(2027, 'units', 'CA', 'state')).toBe('Đã duyệt');
    expect(h.value(2027, 'units', 'CA', 'submittedAt')).toBe('20/11/2027 10:00');
    // 2028 counts only 2028: one submission (today's), on time, not yet approved.
    const a = assessment();
    expect(a.config.reportingYear).toBe(2028);
    expect(a.units.find((u) => u.unit.id === 'CA')).toMatchObject({ submitted: true, approval: '' });
    expect(mirrorOf(w.fake, 'CA').submittedAt).toEqual(vn(d(20, 11, 2028), 10));
    expect(h.years()).toEqual([2026, 2027]);
  });

  test('Năm báo cáo typed by hand (the old README way): setup refuses, the new year closes the data year', () => {
    w = makeWorld(vn(d(1, 11, 2026), 8));
    const key = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    caReports(2026, '100%', key);
    w.at(vn(d(25, 11, 2026), 9));
    approve('CA');
    w.at(vn(d(2, 12, 2026), 9));
    w.fake.run(() => setConfig(w.fake, 'Năm báo cáo', '2027'), { as: VHXH });
    const protectionsBefore = w.fake.spreadsheet.protections();
    expect(() => asMenu(w, VHXH, () => runSetup(ss(), new Date()))).toThrow(NEW_YEAR_TEXT.yearMismatch(2027, 2026));
    expect(w.fake.spreadsheet.protections()).toEqual(protectionsBefore);
    expect(newYear()).toBe(NEW_YEAR_TEXT.yearMismatch(2027, 2026));
    w.fake.run(() => setConfig(w.fake, 'Năm báo cáo', '2026'), { as: VHXH });
    expect(newYear()).toContain('Đã bắt đầu năm báo cáo 2027');
    expect(history().value(2026, 'indicators', key, 'result')).toBe('100%');
  });

  test('a value lost on its way to Lịch sử stops the year change before any input cell is cleared', () => {
    w = makeWorld(vn(d(1, 11, 2026), 8));
    const key = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    caReports(2026, '100%', key);
    w.at(vn(d(5, 12, 2026), 9));
    const lose: NewYearOptions['interrupt'] = (step, at) => {
      if (step !== 'archive' || at !== 'appended') return;
      // The last appended row never reached the sheet.
      const sheet = ss().getSheetByName(TABS.history.name)!;
      sheet.getRange(sheet.getLastRow(), 1, 1, TABS.history.columns.length).clearContent();
    };
    expect(() => newYear({ interrupt: lose })).toThrow('Các ô nhập CHƯA bị xóa');
    expect(valueAt(w.fake, 'indicators', key, 'result')).toBe('100%');
    expect(configValue('Năm báo cáo')).toBe('2026');
    // Resumed: the missing value is appended again, read back, and only then the year changes.
    expect(newYear()).toContain('Đã bắt đầu năm báo cáo 2027');
    expect(history().value(2026, 'indicators', key, 'result')).toBe('100%');
  });
});

describe('cost', () => {
  /** Spreadsheet calls of one year change on a sheet of n indicator rows, every one of them typed. */
  function newYearCalls(n: number): number {
    const leads = ['Văn phòng HĐND và UBND', 'Công an phường', 'Phòng Văn hóa - Xã hội'];
    const catalog: CatalogRow[] = Array.from({ length: n }, (_, i) => ({
      id: `X-${i + 1}`,
      appendix: 'I',
      kind: 'indicator' as const,
      tt: String(i + 1),
      parentId: null,
      name: `Chỉ tiêu ${i + 1}`,
      unitOfMeasure: '%',
      targets: { '2030': '≥ 80' },
      lead: leads[i % leads.length],
      coordinators: '',
      output: '',
      completionTime: '',
    }));
    const fake = createFakeAppsScript({ owner: VHXH, now: '2026-11-25T01:00:00Z' });
    const restore = fake.install(globalThis);
    try {
      const ss = fake.spreadsheet.api;
      runSetup(ss, new Date('2026-11-25T01:00:00Z'), catalog);
      const sheet = ss.getSheetByName(TABS.indicators.name)!;
      const column = new ColumnMap('indicators', sheet.getDataRange().getValues()[0]).index('result') + 1;
      sheet.getRange(2, column, n, 1).setValues(Array.from({ length: n }, (_, i) => [`${80 + (i % 20)}%`]));
      fake.counter.reset();
      const message = startNewYear(ss, new Date('2026-12-05T02:00:00Z'), { confirm: () => true });
      expect(message).toContain('2027');
      expect(
        new HistoryIndex(readHistoryTab(ss)).value(
          2026,
          'indicators',
          `X-${n}@${n % 3 === 1 ? 'VP' : n % 3 === 2 ? 'CA' : 'VHXH'}`,
          'result',
        ),
      ).not.toBe('');
      return fake.counter.spreadsheetCalls();
    } finally {
      restore();
    }
  }

  test('the same number of Spreadsheet calls for 1,100 rows as for 3,000 (both grow Lịch sử past its first 1,000 rows)', () => {
    const small = newYearCalls(1100);
    expect(newYearCalls(3000)).toBe(small);
    // Below the grid's size, growing it is not needed: three calls fewer, whatever the number of rows.
    expect(newYearCalls(10)).toBe(small - 3);
  }, 180_000);
});
