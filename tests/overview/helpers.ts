/**
 * Shared by the Tổng hợp tests: the sample judged at a date, an independent recount of the judged rows
 * (written from the rows' verdicts and typed cells, not through src/core/overview/overview.ts or progress/owed.ts),
 * workbooks of any size, and the fake Apps Script world.
 */

import { addDays, type CalendarDate, startOfVietnamDay } from '../../src/core/dates';
import { type AssessedIndicator, type Assessment, assessWorkbook } from '../../src/core/judging/assess';
import { buildSampleWorkbook } from '../../src/core/sample/workbook';
import { TAB_ORDER, TABS, type TabKey } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';

/** After the deadline (30/11/2026): Công an phường reported late, two units never submitted. */
export const AFTER: CalendarDate = { year: 2026, month: 12, day: 10 };
/** Before the deadline: nobody is late yet. */
export const BEFORE: CalendarDate = { year: 2026, month: 11, day: 25 };
/** 10/12/2026 16:05 in Việt Nam. */
export const GENERATED_AT = new Date(Date.UTC(2026, 11, 10, 9, 5));
export const OWNER = 'vhxh@phuong-haiduong.example';

export function sampleWorkbook(today: CalendarDate = AFTER): WorkbookData {
  return buildSampleWorkbook(today).workbook;
}

export function sampleAssessment(today: CalendarDate = AFTER): Assessment {
  return assessWorkbook(sampleWorkbook(today), today);
}

// ------------------------------------------------------------------------------------------ recount

const typed = (v: unknown) => String(v ?? '').trim() !== '';

export interface UnitRecount {
  unitId: string;
  unitName: string;
  itemsLed: number;
  reported: number;
  missing: number;
  achieved: number;
  notAchieved: number;
  behind: number;
  needsReview: number;
  overdueTasks: number;
  percentComplete: number;
  timeliness: string;
}

/**
 * Per unit, from the judged rows: a row is reported when the unit typed a result (indicator) or chose a
 * status (task), or the VHXH office judged it by hand. Timeliness from the Đơn vị tab's submission time
 * against the end of the deadline day in Việt Nam (the deadline is inclusive).
 */
export function recountUnits(a: Assessment): UnitRecount[] {
  const endOfDeadline = startOfVietnamDay(addDays(a.config.deadline, 1)).getTime();
  const afterDeadline = startOfVietnamDay(a.today).getTime() >= endOfDeadline;
  const speaking = speakingRows(a);
  return a.registry.units.map((unit) => {
    const indicators = a.indicators.filter((r) => !r.isGroup && r.unitId === unit.id);
    const tasks = a.tasks.filter((r) => !r.isGroup && r.unitId === unit.id);
    // A measure reported in two rows of the unit counts once (docs/judging.md, Đ2).
    const counted = indicators.filter((r) => speaking(r, indicators));
    const iv = (...v: string[]) => counted.filter((r) => v.includes(r.judgement!.verdict)).length;
    const tv = (...v: string[]) => tasks.filter((r) => v.includes(r.judgement!.verdict)).length;
    // The unit's Khó khăn - Đề xuất row is one more item it owes (issue 13: one definition everywhere).
    const issue = a.issues.find((i) => i.unitId === unit.id);
    const issueFilled = !!issue && !!(issue.difficulties || issue.proposals || issue.nextYear);
    const reported =
      indicators.filter((r) => typed(r.record.result) || r.judgement!.byHand).length +
      tasks.filter((r) => typed(r.record.status) || r.judgement!.byHand).length +
      (issueFilled ? 1 : 0);
    const itemsLed = indicators.length + tasks.length + 1;
    const state = a.units.find((s) => s.unit.id === unit.id);
    let timeliness: string;
    if (state?.submitted && state.submittedAt)
      timeliness = state.submittedAt.getTime() < endOfDeadline ? 'Đúng hạn' : 'Nộp muộn';
    else timeliness = afterDeadline ? 'Chưa báo cáo' : 'Chưa gửi (còn hạn)';
    return {
      unitId: unit.id,
      unitName: unit.name,
      itemsLed,
      reported,
      missing: itemsLed - reported,
      achieved: iv('ACHIEVED', 'EXCEEDED') + tv('DONE', 'DONE_LATE'),
      notAchieved: iv('NOT_ACHIEVED'),
      behind: iv('BEHIND'),
      needsReview: iv('NEEDS_REVIEW') + tv('NEEDS_REVIEW'),
      overdueTasks: tv('OVERDUE'),
      percentComplete: itemsLed ? (reported / itemsLed) * 100 : 0,
      timeliness,
    };
  });
}

/**
 * Whether a row speaks for its measure among `among` (docs/judging.md, Đ2), written out again here: a target due
 * this year before one of a later year, the nearest year first, then the less favourable verdict, then plan order.
 */
export function speakingRows(_a: Assessment): (row: AssessedIndicator, among: readonly AssessedIndicator[]) => boolean {
  const order = {
    due: ['NOT_ACHIEVED', 'ACHIEVED', 'EXCEEDED', 'NEEDS_REVIEW', 'MISSING'],
    ahead: ['BEHIND', 'ON_TRACK', 'NOT_DUE', 'ACHIEVED', 'EXCEEDED', 'NEEDS_REVIEW', 'MISSING'],
  };
  const key = (r: AssessedIndicator): number[] => {
    const j = r.judgement!;
    if (j.verdict === 'NOT_APPLICABLE') return [3, 0, 0];
    if (j.timing === 'ahead') return [1, j.targetYear ?? 9999, order.ahead.indexOf(j.verdict)];
    return [0, 0, order.due.indexOf(j.verdict)];
  };
  const before = (x: number[], y: number[]) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  return (row, among) => {
    if (!row.measure) return true;
    const rivals = among.filter((r) => r.measure === row.measure);
    const best = rivals.reduce((b, r) => (before(key(r), key(b)) < 0 ? r : b));
    return best === row;
  };
}

export interface GroupRecount {
  appendix: string;
  group: string;
  counts: Record<string, number>;
  judged: number;
  /** Counted, due or of a later year (not Không áp dụng, not a measure counted elsewhere). */
  counted: number;
  achievedTotal: number;
}

/**
 * Per (Phụ lục, first heading of the Nhóm column), every verdict counted, a measure once (in the group of the row
 * that speaks for it); `judged` = targets due this year, `achievedTotal` = due and Đạt or Vượt.
 */
export function recountGroups(a: Assessment): Map<string, GroupRecount> {
  const groups = new Map<string, GroupRecount>();
  const rows = a.indicators.filter((r) => !r.isGroup);
  const speaking = speakingRows(a);
  for (const r of rows) {
    const appendix = String(r.record.appendix ?? '').trim();
    const group = String(r.record.group ?? '')
      .normalize('NFC')
      .split('›')[0]
      .trim();
    const key = `${appendix}|${group}`;
    const g = groups.get(key) ?? { appendix, group, counts: {}, judged: 0, counted: 0, achievedTotal: 0 };
    groups.set(key, g);
    if (!speaking(r, rows)) {
      g.counts.SAME_MEASURE = (g.counts.SAME_MEASURE ?? 0) + 1;
      continue;
    }
    const j = r.judgement!;
    const v =
      j.verdict === 'ACHIEVED' || j.verdict === 'EXCEEDED' ? (j.timing === 'ahead' ? 'EARLY' : j.verdict) : j.verdict;
    g.counts[v] = (g.counts[v] ?? 0) + 1;
    const ahead =
      ['ON_TRACK', 'BEHIND', 'NOT_DUE', 'EARLY'].includes(v) || (j.timing === 'ahead' && v !== 'NOT_ACHIEVED');
    if (!ahead && v !== 'NOT_APPLICABLE') g.judged++;
    if (v !== 'NOT_APPLICABLE') g.counted++;
    if (v === 'ACHIEVED' || v === 'EXCEEDED') g.achievedTotal++;
  }
  return groups;
}

export const two = (n: number) => String(n).padStart(2, '0');

// ------------------------------------------------------------------------------------- big workbooks

/**
 * The sample with exactly `count` indicator data rows: the sample's rows repeated (each copy a ward's own row
 * with its own key, same unit, group and entries), or only the first ones.
 */
export function workbookWithIndicatorRows(count: number, today: CalendarDate = AFTER): WorkbookData {
  const workbook = sampleWorkbook(today);
  const table = workbook.indicators;
  const map = new ColumnMap('indicators', table.header);
  const keyAt = map.index('rowKey');
  const data = table.rows.filter((r) => String(r[keyAt]).includes('@'));
  const rows: unknown[][] = [];
  for (let i = 0; rows.length < count; i++) {
    const source = data[i % data.length];
    const copy = [...source];
    if (i >= data.length) {
      const [catalogId, unitId] = String(source[keyAt]).split('@');
      copy[keyAt] = `${catalogId}-x${i}@${unitId}`;
    }
    rows.push(copy);
  }
  return { ...workbook, indicators: { header: table.header, rows } };
}

// ------------------------------------------------------------------------------------- fake world

/** The chart state of a fake EmbeddedChart (ranges as A1, options, numHeaders, position). */
export function chartState(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): {
  ranges: string[];
  options: Record<string, unknown>;
  numHeaders: unknown;
  position: { anchorRow: number; anchorCol: number };
  /** The chart type as set with setChartType ("LINE", "BAR"). */
  type: string;
} {
  const raw = chart as unknown as {
    _state: {
      type: unknown;
      options: Record<string, unknown>;
      numHeaders?: unknown;
      position: { anchorRow: number; anchorCol: number };
    };
  };
  return {
    ranges: chart.getRanges().map((r) => r.getA1Notation()),
    options: raw._state.options,
    numHeaders: raw._state.numHeaders,
    position: raw._state.position,
    type: String(raw._state.type),
  };
}

export function world(): { fake: FakeAppsScript; restore: () => void } {
  const fake = createFakeAppsScript({ owner: OWNER, now: '2026-12-10T16:05:00+07:00' });
  const restore = fake.install(globalThis);
  return { fake, restore };
}

const LOADED_TABS: readonly TabKey[] = ['config', 'units', 'indicators', 'tasks', 'issues', 'history'];

/** Writes a workbook's tabs into the fake spreadsheet (as the owner, before any measured run). */
export function load(fake: FakeAppsScript, workbook: WorkbookData): void {
  const ss = fake.spreadsheet.api;
  for (const tab of TAB_ORDER) {
    if (!LOADED_TABS.includes(tab)) continue;
    const name = TABS[tab].name;
    const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
    sheet.clear();
    const rows = [workbook[tab].header, ...workbook[tab].rows];
    const width = Math.max(...rows.map((r) => r.length));
    const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
    if (sheet.getMaxRows() < padded.length)
      sheet.insertRowsAfter(sheet.getMaxRows(), padded.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, padded.length, width).setValues(padded as unknown[][]);
  }
}

// --------------------------------------------------------------------------- conditional formats

/**
 * The background Sheets would paint on a cell: the first conditional-format rule (in order) whose range holds the
 * cell and whose condition the value meets, as Sheets applies them. Only the conditions the tab uses.
 */
export function conditionalBackground(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
): string | null {
  const value = sheet.getRange(row, column).getValue();
  for (const rule of sheet.getConditionalFormatRules()) {
    const inside = rule
      .getRanges()
      .some(
        (r) => row >= r.getRow() && row <= r.getLastRow() && column >= r.getColumn() && column <= r.getLastColumn(),
      );
    if (!inside) continue;
    const c = rule.getBooleanCondition()!;
    const [x] = c.getCriteriaValues();
    const type = String(c.getCriteriaType());
    const met =
      type === 'NUMBER_LESS_THAN'
        ? typeof value === 'number' && value < Number(x)
        : type === 'NUMBER_GREATER_THAN'
          ? typeof value === 'number' && value > Number(x)
          : type === 'TEXT_EQUAL_TO'
            ? String(value) === String(x)
            : (() => {
                throw new Error(`condition ${type} not modelled in this test`);
              })();
    if (met) return c.getBackground();
  }
  return null;
}
