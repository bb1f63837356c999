/**
 * Issue 13, privilege and handover: each menu action asks only for the scopes it uses (granular consent); the
 * triggers are one per handler whoever installed them, a handover replaces them deliberately, and a daily run that
 * stopped is said when the sheet is opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_ITEMS } from '../../src/core/menu/menu';
import { ACTION_SCOPES, SCOPE } from '../../src/core/menu/scopes';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import * as app from '../../src/gas/app';
import { installDailyTrigger } from '../../src/gas/reminders/reminders';
import { missedRunWarning, takeOver } from '../../src/gas/setup/handover';
import { runSetup } from '../../src/gas/setup/setup';
import { verifyIntegrity } from '../../src/gas/sheet/integrity';
import { handleInstalledEdit, reviewUnit, submissionUpkeep } from '../../src/gas/submission';
import { createFakeAppsScript } from '../fakes';
import {
  asMenu,
  cellOf,
  completeUnit,
  d,
  logRecords,
  makeWorld,
  STAFF,
  typeIn,
  VHXH,
  vn,
  type World,
} from '../submission/world';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

describe('least privilege', () => {
  test('every menu action names its scopes, all in the manifest; only reminders, review and the entry links ask to send mail', () => {
    for (const item of MENU_ITEMS)
      expect({ item: item.handler, has: !!ACTION_SCOPES[item.handler] }).toEqual({ item: item.handler, has: true });
    for (const scopes of Object.values(ACTION_SCOPES))
      for (const s of scopes) expect(manifest.oauthScopes).toContain(s);
    const mailers = Object.entries(ACTION_SCOPES)
      .filter(([, scopes]) => scopes.includes(SCOPE.mail))
      .map(([name]) => name)
      .sort();
    expect(mailers).toEqual(['menuEntryLinks', 'menuReviewSubmissions', 'menuSendRemindersNow']);
  });

  test('a unit staff member opening "Kiểm tra dữ liệu" is asked for the sheet, the sidebar and the e-mail only', () => {
    const fake = createFakeAppsScript({
      owner: VHXH,
      users: [STAFF.CA],
      granularConsent: true,
      oauthScopes: manifest.oauthScopes,
      now: vn(d(20, 11), 8),
    });
    const restore = fake.install(globalThis);
    try {
      fake.run(() => app.menuValidate(), { as: STAFF.CA });
      expect(fake.consent.prompts).toEqual([{ user: STAFF.CA, scopes: [SCOPE.sheet, SCOPE.ui, SCOPE.email] }]);
      // "Cho phép" on Google's screen, then the same menu item again: the check runs, nothing more is asked.
      fake.consent.grant(STAFF.CA, fake.consent.prompts[0].scopes);
      fake.run(() => app.menuValidate(), { as: STAFF.CA });
      expect(fake.consent.prompts).toHaveLength(1);
      expect(fake.ui.alerts).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe('triggers: one per handler, a deliberate handover', () => {
  let w: World;
  afterEach(() => w?.done());
  const SECOND = 'vhxh.moi@phuong-haiduong.example';

  function withSecondOfficer(): void {
    w = makeWorld(vn(d(20, 11), 8));
    w.fake.users.add(SECOND);
    const config = w.fake.spreadsheet.api.getSheetByName(TABS.config.name)!;
    const rows = config.getDataRange().getValues();
    const i = rows.findIndex((r) => r[0] === 'Email Phòng Văn hóa - Xã hội');
    config.getRange(i + 1, 2).setValue(`${VHXH}; ${SECOND}`);
    w.fake.run(() => runSetup(w.fake.spreadsheet.api, new Date()), { as: VHXH });
  }

  test('after a handover both accounts own an onEditInstalled, yet each edit is processed once', () => {
    withSecondOfficer();
    w.fake.run(() => takeOver(SECOND, new Date()), { as: SECOND });
    const installed = w.fake.triggers.installed().filter((t) => t.handler === 'onEditInstalled');
    expect(installed.map((t) => t.creator).sort()).toEqual([SECOND, VHXH].sort());
    completeUnit(w, 'CA');
    w.fake.spreadsheet.userEdit(STAFF.CA, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, { handlers: w.handlers });
    typeIn(w, STAFF.CA, 'indicators', 'PL2-26@CA', 'evidence', 'sửa một lần');
    const entries = logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.editAfterSubmit);
    expect(entries).toHaveLength(1);
    expect(logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.submit)).toHaveLength(1);
    expect(logRecords(w.fake).some((r) => r.action === LOG_ACTIONS.triggerOwner)).toBe(true);
  });

  test('a second account turning reminders on adds no second daily trigger and is told whose it is', () => {
    withSecondOfficer();
    w.fake.run(() => installDailyTrigger(), { as: VHXH });
    const second = w.fake.run(() => installDailyTrigger(), { as: SECOND });
    expect(second.message).toContain(VHXH);
    expect(w.fake.triggers.installed().filter((t) => t.handler === 'dailyReminderTrigger')).toHaveLength(1);
  });

  test('a daily run that stopped is said when the sheet is opened', () => {
    w = makeWorld(vn(d(20, 11), 8));
    w.fake.run(() => installDailyTrigger(), { as: VHXH });
    expect(w.fake.run(() => missedRunWarning(new Date()), { as: VHXH })).toBe('');
    // The account that owns it leaves: nothing runs for three days.
    w.fake.triggers.records.splice(0, w.fake.triggers.records.length);
    w.at(vn(d(23, 11), 9));
    const warning = w.fake.run(() => missedRunWarning(new Date()), { as: STAFF.CA, kind: 'simpleTrigger' });
    expect(warning).toContain('không chạy từ');
    expect(warning).toContain(VHXH);
    w.fake.spreadsheet.open(STAFF.CA, { onOpen: () => app.onOpen() });
    expect(w.fake.spreadsheet.toasts.at(-1)?.message ?? '').toContain('không chạy từ');
  });

  test('the installable trigger of another account that was never registered does nothing', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    // An old duplicate, installed by hand by another account before the registry existed.
    w.fake.users.add(SECOND);
    w.fake.run(() => ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(w.fake.spreadsheet.api).onEdit().create(), {
      as: SECOND,
    });
    w.fake.spreadsheet.userEdit(STAFF.CA, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, {
      handlers: { onEditInstalled: (e: GoogleAppsScript.Events.SheetsOnEdit) => handleInstalledEdit(e, new Date()) },
    });
    expect(logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.submit)).toHaveLength(1);
  });
});

describe('tamper evidence', () => {
  let w: World;
  afterEach(() => w?.done());

  test('a log row edited, a record and a protection changed outside the tool: reported once in Nhật ký', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    w.fake.spreadsheet.userEdit(STAFF.CA, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, { handlers: w.handlers });
    const check = () => w.fake.run(() => verifyIntegrity(w.fake.spreadsheet.api, { protections: true }), { as: VHXH });
    expect(check()).toEqual([]);
    // By hand, outside the tool: a log row rewritten, Công an's record set back to open, a protection widened.
    w.fake.run(
      () => {
        const log = w.fake.spreadsheet.api.getSheetByName(TABS.log.name)!;
        log.getRange(2, 6).setValue('đã sửa tay');
        const record = JSON.parse(w.fake.properties.script.get('submission.2026.CA')!);
        w.fake.properties.script.set('submission.2026.CA', JSON.stringify({ ...record, state: 'OPEN' }));
        const sheet = w.fake.spreadsheet.api.getSheetByName(TABS.indicators.name)!;
        sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)[3].addEditor(STAFF.KTHTDT);
      },
      { as: VHXH },
    );
    const found = check();
    expect(found.join('\n')).toMatch(/Nhật ký/);
    expect(found.join('\n')).toMatch(/Hồ sơ gửi báo cáo/);
    expect(found.join('\n')).toMatch(/Vùng bảo vệ/);
    expect(logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.tampered)).toHaveLength(1);
    // Once: the next check finds nothing new.
    expect(check()).toEqual([]);
  });

  test("the tool's own locks (an approval, the deadline passing) are never reported as a protection changed by hand", () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    w.fake.spreadsheet.userEdit(STAFF.CA, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, { handlers: w.handlers });
    const check = () => w.fake.run(() => verifyIntegrity(w.fake.spreadsheet.api, { protections: true }), { as: VHXH });
    expect(check()).toEqual([]);
    // The office approves Công an: its rows are locked (protection editors change).
    asMenu(w, VHXH, () => reviewUnit('CA', 'approve', '', new Date()));
    expect(check()).toEqual([]);
    // The deadline passes: the daily upkeep locks every late unit's rows.
    w.at(vn(d(1, 12), 7));
    w.fake.run(() => submissionUpkeep(w.fake.spreadsheet.api, new Date()), { as: VHXH, kind: 'timeTrigger' });
    expect(check()).toEqual([]);
    expect(logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.tampered)).toEqual([]);
    // A change by hand after them is still caught.
    w.fake.run(
      () =>
        w.fake.spreadsheet.api
          .getSheetByName(TABS.indicators.name)!
          .getProtections(SpreadsheetApp.ProtectionType.RANGE)[3]
          .addEditor(STAFF.KTHTDT),
      { as: VHXH },
    );
    expect(check().join('\n')).toMatch(/Vùng bảo vệ/);
  });
});
