/**
 * The bundle (build/Code.js, built in memory as scripts/build.ts builds it) in node:vm over the fakes, as Apps Script
 * would run it: open → menu setup → staff type and paste → check what they see.
 */

import { MENU_TITLE } from '../../src/core/menu/menu';
import { TABS } from '../../src/core/sheet/schema';
import { createFakeAppsScript } from '../fakes';
import { cellOf, fillUnitEmails, noteAt, STAFF, VHXH, valueAt } from '../sheet/helpers';
import { bundle, loadBundle } from './load';

let code = '';
beforeAll(async () => {
  code = await bundle();
});

test('onOpen → setup → edits, through the built bundle', () => {
  const fake = createFakeAppsScript({ owner: VHXH, users: Object.values(STAFF), now: '2026-11-25T08:00:00+07:00' });
  const context = loadBundle(code, fake.vmGlobals());

  fake.spreadsheet.open(VHXH, context);
  expect(fake.ui.menus.map((m) => m.title)).toContain(MENU_TITLE);

  fake.spreadsheet.runMenuItem('Thiết lập / cập nhật bảng tính', VHXH, context);
  expect(fake.ui.alerts.at(-1)?.prompt ?? JSON.stringify(fake.ui.alerts.at(-1))).toContain('Đã thiết lập');
  fake.run(() => fillUnitEmails(fake), { as: VHXH });
  fake.spreadsheet.runMenuItem('Thiết lập / cập nhật bảng tính', VHXH, context);

  const result = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
  const typed = fake.spreadsheet.userEdit(STAFF.TTHCC, result.a1, '82,54%', { handlers: context });
  expect(typed.errors).toEqual([]);
  expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Vượt');

  const bad = fake.spreadsheet.userEdit(
    STAFF.TTHCC,
    cellOf(fake, 'indicators', 'PL1-1.2@TTHCC', 'result').a1,
    [['1.5'], ['100%']],
    { handlers: context },
  );
  expect(bad.errors).toEqual([]);
  expect(valueAt(fake, 'indicators', 'PL1-1.2@TTHCC', 'result')).toBe('1.5');
  expect(noteAt(fake, 'indicators', 'PL1-1.2@TTHCC', 'result')).toMatch(/1,5/);
  expect(valueAt(fake, 'indicators', 'PL1-1.3@TTHCC', 'verdict')).toBe('Đạt');

  const refused = fake.spreadsheet.userEdit(STAFF.CA, result.a1, '1%', { handlers: context });
  expect(refused.ok).toBe(false);
  expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toBe('82,54%');

  fake.spreadsheet.runMenuItem('Kiểm tra dữ liệu', VHXH, context);
  const sidebar = fake.ui.dialogs.at(-1);
  expect(JSON.stringify(sidebar)).toContain('Công an phường');
  expect(fake.spreadsheet.values(TABS.log.name).length).toBeGreaterThan(1);
  // Nothing the bundle ran failed.
  expect(fake.executions.filter((e) => e.error)).toEqual([]);
});
