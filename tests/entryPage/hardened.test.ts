/**
 * The hardened mode, through the built bundle: with Cấu hình "Chế độ nhập liệu: Trang nhập liệu", setup asks the
 * office to make units' editors viewers, gives units no edit rights in any protection, and units still enter
 * everything through their page.
 */
import { buildEntryPageHtml } from '../../scripts/build';
import { ENTRY_PAGE_TEXT } from '../../src/core/entryPage/messages';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { bundle, loadBundle } from '../bundle/load';
import { createFakeAppsScript } from '../fakes';
import { cellOf, fillUnitEmails, logRecords, rowKeysOf, STAFF, setConfig, VHXH, valueAt } from '../submission/world';

let code = '';
let page = '';
beforeAll(async () => {
  [code, page] = await Promise.all([bundle(), buildEntryPageHtml()]);
});

function world() {
  const fake = createFakeAppsScript({
    owner: VHXH,
    users: Object.values(STAFF),
    now: '2026-11-25T08:00:00+07:00',
    htmlFiles: { EntryPage: page },
    webAppUrl: 'https://script.google.com/macros/s/AKfycbHARD/exec',
  });
  const context = loadBundle(code, fake.vmGlobals()) as Record<string, (...a: unknown[]) => any>;
  fake.spreadsheet.open(VHXH, context);
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  fake.run(() => fillUnitEmails(fake), { as: VHXH });
  return { fake, context };
}

const unitStaff = Object.entries(STAFF)
  .filter(([id]) => id !== 'VHXH')
  .map(([, email]) => email);

test('setup in the hardened mode: units become viewers with no edit rights, and enter through their page', () => {
  const { fake, context } = world();
  fake.run(() => setConfig(fake, 'Chế độ nhập liệu', 'Trang nhập liệu'), { as: VHXH });
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);

  const question = fake.ui.alerts.find((a) => a.prompt.startsWith('Chế độ nhập liệu đang là'));
  expect(question?.prompt).toContain(STAFF.CA);
  expect(fake.ui.alerts.map((a) => a.prompt)).toContain(ENTRY_PAGE_TEXT.hardened.done(6));
  const editors = fake.users.editors();
  for (const email of unitStaff) expect(editors).not.toContain(email);
  const viewers = fake.spreadsheet.api.getViewers().map((u) => u.getEmail());
  expect(viewers).toEqual(expect.arrayContaining(unitStaff));
  // No protection lets a unit's address edit anything.
  const unitAddresses = new Set(unitStaff.map((e) => e.toLowerCase()));
  const offending = fake.spreadsheet.protections().filter((p) => p.editors.some((e) => unitAddresses.has(e)));
  expect(offending).toEqual([]);
  expect(logRecords(fake).filter((r) => r.action === LOG_ACTIONS.setup && String(r.target) === STAFF.CA)).toHaveLength(
    1,
  );
  // A unit cannot type into the sheet any more; its page still works.
  const id = rowKeysOf(fake, 'indicators', 'CA')[0];
  expect(fake.spreadsheet.userEdit(STAFF.CA, cellOf(fake, 'indicators', id, 'result').a1, '90%').ok).toBe(false);
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  const html = fake.ui.lastDialog()!.html;
  const link = /value="([^"]+)"/.exec(html.slice(html.indexOf('data-unit="CA"')))![1].replace(/&amp;/g, '&');
  const token = new URL(link).searchParams.get('t');
  const reply = fake.run(
    () => context.entryPageSave(token, { kind: 'indicator', rows: [{ id, values: { result: '90%' } }] }),
    {
      as: VHXH,
      kind: 'webApp',
    },
  );
  expect(reply.ok).toBe(true);
  expect(valueAt(fake, 'indicators', id, 'result')).toBe('90%');
  // The daily upkeep (editing locks) does not give units their rights back.
  fake.run(() => context.dailyReminderTrigger({}), { as: VHXH, kind: 'timeTrigger' });
  expect(fake.spreadsheet.protections().filter((p) => p.editors.some((e) => unitAddresses.has(e)))).toEqual([]);
});

test('the office can say no; the default (Bảng tính) changes nobody', () => {
  const { fake, context } = world();
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  expect(fake.ui.alerts.some((a) => a.prompt.startsWith('Chế độ nhập liệu đang là'))).toBe(false);
  expect(fake.users.editors()).toEqual(expect.arrayContaining(unitStaff));

  fake.run(() => setConfig(fake, 'Chế độ nhập liệu', 'Trang nhập liệu'), { as: VHXH });
  fake.ui.answerAlert('NO');
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  expect(fake.ui.alerts.map((a) => a.prompt)).toContain(ENTRY_PAGE_TEXT.hardened.kept);
  expect(fake.users.editors()).toEqual(expect.arrayContaining(unitStaff));
});
