/**
 * The built project (build/Code.js and build/EntryPage.html, built in memory as scripts/build.ts builds them) in
 * node:vm over the fakes, deployed as a web app: the office gets the links from the menu, a unit opens its page
 * and saves through it, and an anonymous visitor of the page cannot use any other function of the project, although
 * google.script.run lets it call them all, as the office.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import { buildEntryPageHtml } from '../../scripts/build';
import type { Boot, SaveReply } from '../../src/core/entryPage/replies';
import { TABS } from '../../src/core/sheet/schema';
import { bundle, loadBundle } from '../bundle/load';
import { createFakeAppsScript } from '../fakes';
import { XFrameOptionsMode } from '../fakes/enums';
import { fillUnitEmails, rowKeysOf, STAFF, VHXH, valueAt } from '../submission/world';
import { sheetState } from './helpers';

const URL = 'https://script.google.com/macros/s/AKfycbTEST/exec';
let code = '';
let page = '';
beforeAll(async () => {
  [code, page] = await Promise.all([bundle(), buildEntryPageHtml()]);
});

function deployed() {
  const fake = createFakeAppsScript({
    owner: VHXH,
    users: Object.values(STAFF),
    now: '2026-11-25T08:00:00+07:00',
    htmlFiles: { EntryPage: page },
    webAppUrl: URL,
  });
  const context = loadBundle(code, fake.vmGlobals());
  fake.spreadsheet.open(VHXH, context);
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  fake.run(() => fillUnitEmails(fake), { as: VHXH });
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  const visit = <T>(fn: () => T): T => fake.run(fn, { as: VHXH, kind: 'webApp' });
  return { fake, context: context as vm.Context & Record<string, (...args: unknown[]) => any>, visit };
}

/** The link of a unit, as the office's dialog shows it. */
function linkOf(fake: ReturnType<typeof deployed>['fake'], unitId: string): string {
  const html = fake.ui.lastDialog()!.html;
  const row = html.slice(html.indexOf(`data-unit="${unitId}"`));
  return /value="([^"]+)"/.exec(row)![1].replace(/&amp;/g, '&');
}

function bootOf(html: string): Boot {
  const m = /<script type="application\/json" id="boot">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

test('the office sends links from the menu; a unit opens its page and saves through the built bundle', () => {
  const { fake, context, visit } = deployed();
  expect(fake.ui.menuItems('Kế hoạch CĐS').map((i) => (Array.isArray(i) ? i[1] : i))).toContain('menuEntryLinks');
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  const link = linkOf(fake, 'CA');
  expect(link.startsWith(`${URL}?t=v1.`)).toBe(true);
  const token = new globalThis.URL(link).searchParams.get('t')!;

  const output = visit(() => context.doGet({ parameter: { t: token } }));
  expect(output.getTitle()).toBe('Nhập kết quả năm 2026 - Công an phường');
  expect(output._metaTags).toEqual([{ name: 'viewport', content: 'width=device-width, initial-scale=1' }]);
  expect(output._xFrameOptionsMode).toBe(XFrameOptionsMode.DEFAULT);
  const boot = bootOf(output.getContent());
  if (!boot.ok) throw new Error(boot.message);
  expect(boot.model.unit.id).toBe('CA');
  // Nothing external: no src or href to another site, no font files.
  expect(output.getContent()).not.toMatch(/\s(src|href|action)=|<link\b|<iframe|@import|@font-face|url\(/i);

  const id = rowKeysOf(fake, 'indicators', 'CA')[0];
  const reply: SaveReply = visit(() =>
    context.entryPageSave(token, { kind: 'indicator', rows: [{ id, values: { result: '375/394' } }] }),
  );
  expect(reply.ok).toBe(true);
  expect(valueAt(fake, 'indicators', id, 'result')).toBe('375/394');
  expect(fake.executions.filter((e) => e.error)).toEqual([]);
});

test('what a unit typed cannot break out of the page: the page data stays data', () => {
  const { fake, context, visit } = deployed();
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  const token = new globalThis.URL(linkOf(fake, 'CA')).searchParams.get('t')!;
  const id = rowKeysOf(fake, 'indicators', 'CA')[0];
  const hostile = '</script><script>alert(1)</script><!-- $& \u2028 &lt; "\'';
  const saved = visit(() =>
    context.entryPageSave(token, { kind: 'indicator', rows: [{ id, values: { evidence: hostile } }] }),
  );
  expect(saved).toMatchObject({ ok: true });
  const html = visit(() => context.doGet({ parameter: { t: token } })).getContent() as string;
  expect(html.match(/<script/g)).toHaveLength(2);
  expect(html.match(/<\/script>/g)).toHaveLength(2);
  const boot = bootOf(html);
  if (!boot.ok) throw new Error(boot.message);
  const card = boot.model.cards.find((c) => c.id === id)!;
  expect(card.fields.find((f) => f.key === 'evidence')!.value).toBe(hostile);
});

test('a bad link shows the reason on the page', () => {
  const { context, visit } = deployed();
  const boot = bootOf(visit(() => context.doGet({ parameter: { t: 'v1.Q0E.2026.1.abc' } })).getContent());
  expect(boot).toEqual({ ok: false, message: expect.stringContaining('Đường dẫn không đúng') });
  expect(bootOf(visit(() => context.doGet(undefined)).getContent())).toEqual({
    ok: false,
    message: expect.stringContaining('thiếu mã'),
  });
});

test("an anonymous visitor of the page cannot run the office's functions, though google.script.run reaches them", () => {
  const { fake, context, visit } = deployed();
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  const linkBefore = linkOf(fake, 'CA');
  const before = sheetState(fake);
  const mails = fake.mail.sent.length;
  const props = JSON.stringify([...fake.properties.script]);
  const dialogs = fake.ui.dialogs.length;
  const attempts: [string, unknown[]][] = [
    ['reviewUnit', ['CA', 'approve', '']],
    ['reviewUnit', ['CA', 'return', 'trả lại giả mạo']],
    ['menuSetup', []],
    ['menuSendRemindersNow', []],
    ['menuEnableReminders', []],
    ['menuDisableReminders', []],
    ['menuCreateReport', []],
    ['menuSubmitUnitReport', []],
    ['menuReviewSubmissions', []],
    ['menuValidate', []],
    ['menuRefreshSummary', []],
    ['menuGuide', []],
    ['menuEntryLinks', []],
    ['goToCell', [TABS.indicators.name, 'A1']],
    ['dailyReminderTrigger', [{}]],
    ['dailyReminderTrigger', [{ triggerUid: '1', authMode: 'FULL' }]],
  ];
  for (const [name, args] of attempts) {
    try {
      visit(() => context[name](...args));
    } catch {
      // A refusal may also be an exception (e.g. no UI in a web app); what matters is that nothing changed.
    }
  }
  const rotate = visit(() => context.entryLinkAction('rotate', 'CA'));
  const send = visit(() => context.entryLinkAction('send', 'CA'));
  expect(rotate.ok).toBe(false);
  expect(send.ok).toBe(false);
  expect(sheetState(fake)).toBe(before);
  expect(fake.mail.sent.length).toBe(mails);
  expect(JSON.stringify([...fake.properties.script])).toBe(props);
  expect(fake.ui.dialogs.length).toBe(dialogs);
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  expect(linkOf(fake, 'CA')).toBe(linkBefore);
});

test('the office rotates a link: the old one stops at once, the new one works; a unit staff member cannot', () => {
  const { fake, context, visit } = deployed();
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  const old = new globalThis.URL(linkOf(fake, 'CA')).searchParams.get('t')!;
  const asStaff = fake.run(() => context.entryLinkAction('rotate', 'CA'), { as: STAFF.CA, kind: 'menu' });
  expect(asStaff).toMatchObject({ ok: false });
  const rotated = fake.run(() => context.entryLinkAction('rotate', 'CA'), { as: VHXH, kind: 'menu' });
  expect(rotated).toMatchObject({ ok: true, link: expect.stringContaining('.2.') });
  const fresh = new globalThis.URL(rotated.link).searchParams.get('t')!;
  expect(bootOf(visit(() => context.doGet({ parameter: { t: old } })).getContent())).toMatchObject({
    ok: false,
    message: expect.stringContaining('đã được thay'),
  });
  expect(bootOf(visit(() => context.doGet({ parameter: { t: fresh } })).getContent()).ok).toBe(true);
  const sent = fake.run(() => context.entryLinkAction('send', 'CA'), { as: VHXH, kind: 'menu' });
  expect(sent).toMatchObject({ ok: true });
  expect(fake.mail.sent.at(-1)!.body).toContain(rotated.link);
  expect(fake.mail.sent.at(-1)!.to).toEqual(expect.arrayContaining([STAFF.CA]));
});

test('the manifest deploys the page as the office, for anyone with the link (units authorize nothing)', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
  expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
});
