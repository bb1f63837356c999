/**
 * The submission world on the in-memory Apps Script (tests/fakes): a spreadsheet owned by the VHXH office,
 * shared with each unit's staff, set up by `runSetup` (tabs, per-unit protections, the installable onEdit).
 * `new Date()` in the code under test follows the fake's clock (jest modern timers).
 */

import { type CalendarDate, startOfVietnamDay } from '../../src/core/dates';
import { TABS, type TabKey } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { handleEdit } from '../../src/gas/cellEdit/onEdit';
import { runSetup } from '../../src/gas/setup/setup';
import { handleInstalledEdit } from '../../src/gas/submission';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';

export const VHXH = 'vhxh@phuong-haiduong.example';
export const STAFF: Record<string, string> = {
  TTHCC: 'tthcc@phuong-haiduong.example',
  VP: 'vanphong@phuong-haiduong.example',
  KTHTDT: 'kinhte@phuong-haiduong.example',
  VHXH: 'canbo.vhxh@phuong-haiduong.example',
  CA: 'congan@phuong-haiduong.example',
  TTSNC: 'ttsnc@phuong-haiduong.example',
};
/** Công an phường's second address (both are in its Đơn vị row). */
export const CA_DEPUTY = 'phocongan@phuong-haiduong.example';

export const d = (day: number, month: number, year = 2026): CalendarDate => ({ year, month, day });
/** A Việt Nam wall-clock instant. */
export const vn = (day: CalendarDate, hour = 0, minute = 0): Date =>
  new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);

export interface World {
  fake: FakeAppsScript;
  /** Moves the fake clock (and `new Date()`). */
  at(instant: Date): void;
  /** The simple and the installable onEdit, as Apps Script would call them. */
  handlers: Record<string, (e: GoogleAppsScript.Events.SheetsOnEdit) => unknown>;
  done(): void;
}

export function makeWorld(
  now: Date,
  options: { acceptLate?: boolean; accountType?: 'consumer' | 'workspace' } = {},
): World {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  const fake = createFakeAppsScript({
    owner: VHXH,
    users: [...Object.values(STAFF), CA_DEPUTY],
    now,
    accountType: options.accountType,
  });
  const restore = fake.install(globalThis);
  const at = (instant: Date) => {
    fake.clock.set(instant);
    jest.setSystemTime(instant);
  };
  at(now);
  fake.run(() => runSetup(fake.spreadsheet.api, now), { as: VHXH });
  fake.run(
    () => {
      fillUnitEmails(fake);
      if (options.acceptLate === false) setConfig(fake, 'Nhận số liệu sau hạn', 'Không');
    },
    { as: VHXH },
  );
  fake.run(() => runSetup(fake.spreadsheet.api, now), { as: VHXH });
  const handlers = {
    onEdit: (e: GoogleAppsScript.Events.SheetsOnEdit) => handleEdit(e, new Date()),
    onEditInstalled: (e: GoogleAppsScript.Events.SheetsOnEdit) => handleInstalledEdit(e, new Date()),
  };
  return {
    fake,
    at,
    handlers,
    done() {
      restore();
      jest.useRealTimers();
    },
  };
}

export function fillUnitEmails(fake: FakeAppsScript): void {
  const sheet = fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
  const values = sheet.getDataRange().getValues();
  const map = new ColumnMap('units', values[0]);
  const column = values.slice(1).map((r) => {
    const id = String(r[map.index('unitId')]);
    return [id === 'CA' ? `${STAFF.CA}; ${CA_DEPUTY}` : (STAFF[id] ?? '')];
  });
  sheet.getRange(2, map.index('accounts') + 1, column.length, 1).setValues(column);
  setConfig(fake, 'Email Phòng Văn hóa - Xã hội', VHXH);
}

export function setConfig(fake: FakeAppsScript, label: string, value: string): void {
  const config = fake.spreadsheet.api.getSheetByName(TABS.config.name)!;
  const rows = config.getDataRange().getValues();
  const i = rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no config row ${label}`);
  config.getRange(i + 1, 2).setValue(value);
}

/** Sheet row/column (1-based) and A1 of a cell found by the row's key. */
export function cellOf(
  fake: FakeAppsScript,
  tab: TabKey,
  key: string,
  column: string,
): { row: number; column: number; a1: string } {
  const values = fake.spreadsheet.values(TABS[tab].name);
  const map = new ColumnMap(tab, values[0]);
  const keyColumn = tab === 'indicators' || tab === 'tasks' ? 'rowKey' : 'unitId';
  const index = values.findIndex((r, i) => i > 0 && r[map.index(keyColumn)] === key);
  if (index < 1) throw new Error(`no row ${key} in ${tab}`);
  const col = map.index(column) + 1;
  if (col < 1) throw new Error(`no column ${column} in ${tab}`);
  return { row: index + 1, column: col, a1: `'${TABS[tab].name}'!${letter(col)}${index + 1}` };
}

export function letter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function valueAt(fake: FakeAppsScript, tab: TabKey, key: string, column: string): unknown {
  const { row, column: c } = cellOf(fake, tab, key, column);
  return fake.spreadsheet.values(TABS[tab].name)[row - 1][c - 1];
}

/** Rows of a unit in a tab, in sheet order. */
export function rowKeysOf(fake: FakeAppsScript, tab: 'indicators' | 'tasks', unitId: string): string[] {
  const values = fake.spreadsheet.values(TABS[tab].name);
  const map = new ColumnMap(tab, values[0]);
  return values
    .slice(1)
    .map((r) => String(r[map.index('rowKey')]))
    .filter((k) => k.endsWith(`@${unitId}`));
}

/** Nhật ký rows as records. */
export function logRecords(fake: FakeAppsScript): Record<string, unknown>[] {
  const values = fake.spreadsheet.values(TABS.log.name);
  const map = new ColumnMap('log', values[0]);
  return values
    .slice(1)
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => {
      // The check value (tamper evidence) is the tool's, not part of what an entry says.
      const { check: _check, ...entry } = map.read(r);
      return entry;
    });
}

/** A menu item clicked by `email` (runs as them). */
export function asMenu<T>(w: World, email: string, fn: () => T): T {
  return w.fake.run(fn, { as: email, kind: 'menu' });
}

/** A person types one value into a cell (the simple and the installable onEdit run). */
export function typeIn(w: World, email: string, tab: TabKey, key: string, column: string, value: unknown) {
  return w.fake.spreadsheet.userEdit(email, cellOf(w.fake, tab, key, column).a1, value, { handlers: w.handlers });
}

/**
 * Answers every row of a unit (as the owner's script, no trigger): indicators "100%", tasks "Đang thực hiện",
 * and its Khó khăn - Đề xuất row; `except` leaves those row keys empty.
 */
export function completeUnit(w: World, unitId: string, except: readonly string[] = []): void {
  const ss = w.fake.spreadsheet.api;
  for (const [tab, column, value] of [
    ['indicators', 'result', '100%'],
    ['tasks', 'status', 'Đang thực hiện'],
  ] as const) {
    for (const key of rowKeysOf(w.fake, tab, unitId)) {
      if (except.includes(key)) continue;
      const cell = cellOf(w.fake, tab, key, column);
      ss.getSheetByName(TABS[tab].name)!.getRange(cell.row, cell.column).setValue(value);
    }
  }
  const issue = cellOf(w.fake, 'issues', unitId, 'difficulties');
  ss.getSheetByName(TABS.issues.name)!.getRange(issue.row, issue.column).setValue('Thiếu kinh phí cho hạ tầng số');
}

/** The Đơn vị mirror of a unit, by column key. */
export function mirrorOf(fake: FakeAppsScript, unitId: string): Record<string, unknown> {
  const values = fake.spreadsheet.values(TABS.units.name);
  const map = new ColumnMap('units', values[0]);
  const row = values.find((r) => r[map.index('unitId')] === unitId)!;
  const keys = ['submit', 'submittedAt', 'submittedBy', 'submissionStatus', 'approval', 'approvalComment'];
  return Object.fromEntries(keys.map((k) => [k, row[map.index(k)]]));
}

/** Every input cell of a unit (Chỉ tiêu, Nhiệm vụ, Khó khăn - Đề xuất) as [tab, row, column]. */
export function inputCellsOf(fake: FakeAppsScript, unitId: string): [string, number, number][] {
  const cells: [string, number, number][] = [];
  for (const tab of ['indicators', 'tasks'] as const) {
    const inputs = TABS[tab].columns.filter((c) => c.role === 'input').map((c) => c.key);
    for (const key of rowKeysOf(fake, tab, unitId))
      for (const column of inputs) {
        const c = cellOf(fake, tab, key, column);
        cells.push([TABS[tab].name, c.row, c.column]);
      }
  }
  for (const column of ['difficulties', 'proposals', 'nextYear']) {
    const c = cellOf(fake, 'issues', unitId, column);
    cells.push([TABS.issues.name, c.row, c.column]);
  }
  return cells;
}

/** How many of the cells `email` may edit. */
export function editable(fake: FakeAppsScript, email: string, cells: readonly [string, number, number][]): number {
  return cells.filter(([sheet, row, column]) => fake.spreadsheet.canUserEdit(email, sheet, row, column)).length;
}
