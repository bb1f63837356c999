/**
 * The wiring in src/gas/app.ts: the menu item "Cập nhật tổng hợp" and the daily trigger rebuild Tổng hợp from
 * the sheet as it is, with no error shown and no duplicated chart.
 */

import { formatDate } from '../../src/core/dates';
import { assessWorkbook } from '../../src/core/judging/assess';
import { MENU_ITEMS } from '../../src/core/menu/menu';
import { CHART_TEXT } from '../../src/core/overview/chartSpecs';
import { summarize, summaryGrid } from '../../src/core/overview/overview';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import * as app from '../../src/gas/app';
import { SUMMARY_NOT_ALLOWED } from '../../src/gas/overview/overview';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import { AFTER, load, OWNER, sampleWorkbook, world } from './helpers';

const TAB = TABS.summary.name;
let fake: FakeAppsScript;
let restore: () => void;

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  ({ fake, restore } = world());
  jest.setSystemTime(fake.clock.now());
});
afterEach(() => {
  restore();
  jest.useRealTimers();
});

/** What the tab should hold for a workbook, judged on the fake's day. */
function expectedGrid(workbook = sampleWorkbook(AFTER)) {
  const assessment = assessWorkbook(workbook, AFTER);
  return summaryGrid(summarize(assessment, fake.clock.now()), formatDate(assessment.config.deadline)).grid;
}
const tabValues = () => {
  const sheet = fake.spreadsheet.api.getSheetByName(TAB)!;
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
};

test('the menu has "Cập nhật tổng hợp", and it rebuilds the tab (twice: still three charts)', () => {
  expect(MENU_ITEMS.find((m) => m.handler === 'menuRefreshSummary')?.label).toBe('Cập nhật tổng hợp');
  load(fake, sampleWorkbook(AFTER));
  fake.run(() => app.menuRefreshSummary(), { as: OWNER });
  fake.run(() => app.menuRefreshSummary(), { as: OWNER });
  expect(fake.ui.alerts).toEqual([]);
  expect(fake.spreadsheet.toasts.map((t) => t.message)).toEqual([
    'Đã cập nhật trang Tổng hợp.',
    'Đã cập nhật trang Tổng hợp.',
  ]);
  expect(tabValues()).toEqual(expectedGrid());
  expect(fake.spreadsheet.api.getSheetByName(TAB)!.getCharts()).toHaveLength(3);
});

test('the daily trigger rebuilds it from the data of the day', () => {
  const workbook = sampleWorkbook(AFTER);
  load(fake, workbook);
  fake.run(() => app.menuRefreshSummary(), { as: OWNER });
  // A unit types a result overnight.
  const map = new ColumnMap('indicators', workbook.indicators.header);
  const row = workbook.indicators.rows.find(
    (r) => String(r[map.index('rowKey')]).includes('@') && !String(r[map.index('result')]).trim(),
  )!;
  row[map.index('result')] = '100%';
  expect(expectedGrid(workbook)).not.toEqual(expectedGrid());
  load(fake, workbook);
  // The trigger logs a failed rebuild with console.error instead of throwing.
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    fake.run(() => app.dailyReminderTrigger({}), { as: OWNER, kind: 'timeTrigger' });
    expect(errors).not.toHaveBeenCalled();
  } finally {
    errors.mockRestore();
  }
  expect(fake.executions.at(-1)!.error).toBeUndefined();
  // The daily run first rewrites the Đơn vị submission columns from the tool's own record (here: none was
  // made through the menu), then rebuilds the overview from the data as it then stands.
  const units = fake.spreadsheet.values(TABS.units.name);
  expect(tabValues()).toEqual(expectedGrid({ ...workbook, units: { header: units[0], rows: units.slice(1) } }));
  expect(fake.spreadsheet.api.getSheetByName(TAB)!.getCharts()).toHaveLength(3);
});

describe('"Tạo báo cáo" puts the sheet charts into the Google Doc as images', () => {
  test('three images, the charts of the rebuilt tab, with their titles, in the text width', () => {
    // The charts are the office's working view: they go with the report's internal annex (Cấu hình "Có").
    const workbook = sampleWorkbook(AFTER);
    workbook.config.rows.find((r) => r[0] === 'Thêm phụ lục nội bộ vào báo cáo')![1] = 'Có';
    load(fake, workbook);
    fake.run(() => app.menuCreateReport(), { as: OWNER });
    // The pre-flight question (the sample has units that have not sent), answered "Có" by default.
    expect(fake.ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO']);
    expect(fake.spreadsheet.api.getSheetByName(TAB)!.getCharts()).toHaveLength(3);
    // The report goes to Drive as a .docx converted into a Google Doc: the charts are its three PNG parts.
    const [converted] = fake.driveAdvanced.converted;
    const document = converted.parts['word/document.xml'];
    const titles = [...document.matchAll(/<wp:docPr [^>]*title="([^"]*)"/g)].map((m) => m[1]);
    expect(titles).toEqual([
      CHART_TEXT.completeness(2026),
      CHART_TEXT.verdicts(2026),
      'Kết quả một số chỉ tiêu qua các năm (%)',
    ]);
    // 165 mm of text width at 96 dpi, the chart's 760 × 320 proportions (EMU: 9525 per pixel).
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(extents).toHaveLength(3);
    // The trend chart keeps its own proportions (760 × 420).
    extents.forEach(([cx, cy], i) => {
      expect(cx / 9525).toBe(Math.round((165 / 25.4) * 96));
      expect(cy / cx).toBeCloseTo((i === 2 ? 420 : 320) / 760, 2);
    });
    expect(converted.paragraphs).toContain(CHART_TEXT.completeness(2026));
  });
});

describe('after "Thiết lập / cập nhật bảng tính" (the tab is protected for the VHXH office)', () => {
  const UNIT = 'kinhte@phuong-haiduong.example';

  test('the VHXH office rebuilds it; a unit clicking "Cập nhật tổng hợp" is told who does, and nothing changes', () => {
    restore();
    fake = createFakeAppsScript({ owner: OWNER, users: [UNIT], now: '2026-12-10T16:05:00+07:00' });
    restore = fake.install(globalThis);
    jest.setSystemTime(fake.clock.now());
    load(fake, sampleWorkbook(AFTER));
    fake.run(() => app.menuSetup(), { as: OWNER });
    expect(fake.spreadsheet.protections().some((p) => p.sheet === TAB)).toBe(true);
    fake.run(() => app.menuRefreshSummary(), { as: OWNER });
    const before = tabValues();
    const alerts = fake.ui.alerts.length;

    fake.run(() => app.menuRefreshSummary(), { as: UNIT });
    const shown = fake.ui.alerts.slice(alerts).map((a) => a.prompt);
    expect(shown).toHaveLength(1);
    // Not the protection's English text. (app.ts's guarded() still wraps it as an unexpected error: see the report.)
    expect(shown[0]).toContain(SUMMARY_NOT_ALLOWED);
    expect(shown[0]).not.toContain('protected cell');
    expect(tabValues()).toEqual(before);
    expect(fake.spreadsheet.api.getSheetByName(TAB)!.getCharts()).toHaveLength(3);
  });
});
