/**
 * Issue 16, "Must show": in real Chromium, a unit fills its rows on its entry page, sees how the tool reads what it
 * types and the notes the sheet would give, loses the connection and keeps its draft, comes back, and submits —
 * at 360×740 (a phone) and 1280×800. Screenshots go to docs/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_PAGE_TEXT as T } from '../../src/core/entryPage/messages';
import { TABS } from '../../src/core/sheet/schema';
import { cellOf, mirrorOf, rowKeysOf, valueAt } from '../submission/world';
import { CHROMIUM, deployProject, openBrowser } from './harness';

const DOCS = join(__dirname, '../../docs');
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
mkdirSync(DOCS, { recursive: true });

const noteIn = (fake: Parameters<typeof cellOf>[0], key: string) => {
  const c = cellOf(fake, 'indicators', key, 'result');
  return fake.spreadsheet.notes(TABS.indicators.name)[c.row - 1][c.column - 1];
};

describe.each([
  [360, 740],
  [1280, 800],
])('the entry page at %i×%i', (width, height) => {
  test('a unit fills its rows, sees the preview and notes, keeps its draft offline, reloads, submits', async () => {
    const project = await deployProject();
    const { fake } = project;
    const indicators = rowKeysOf(fake, 'indicators', 'CA');
    const tasks = rowKeysOf(fake, 'tasks', 'CA');
    // Something hostile already in the sheet: it must show as text.
    const hostile = '<img src=x onerror="window.__pwned=1"> <b>đậm</b>';
    const taskResult = cellOf(fake, 'tasks', tasks[0], 'result');
    fake.spreadsheet.api.getSheetByName(TABS.tasks.name)!.getRange(taskResult.row, taskResult.column).setValue(hostile);

    const browser = await openBrowser(project, { width, height });
    const { page } = browser;
    const shot = (name: string) => page.screenshot({ path: join(DOCS, `entry-page-${name}-${width}x${height}.png`) });
    try {
      await page.goto(project.linkOf('CA'));
      await page.getByRole('heading', { name: T.heading(2026) }).waitFor();
      await page.getByText('Công an phường', { exact: true }).first().waitFor();
      // Opening took one server call (doGet): the page made none.
      expect(project.calls).toEqual([]);
      const status = page.locator('.save-state');
      const card = (id: string) => page.locator(`[id="card-${id}"]`);

      // Every field has a label; nothing typed in the sheet became markup.
      const unlabelled = await page.evaluate(
        '[...document.querySelectorAll("input, textarea, select")].filter((e) => !e.labels.length).map((e) => e.id)',
      );
      expect(unlabelled).toEqual([]);
      await expect(card(tasks[0]).getByLabel('Kết quả, sản phẩm').inputValue()).resolves.toBe(hostile);
      expect(await page.locator('main img, main b').count()).toBe(0);
      expect(await page.evaluate('window.__pwned')).toBeUndefined();

      // As the person types, the page says how the tool reads it, with the sheet's verdict; nothing is sent yet.
      const first = card(indicators[0]).getByLabel('Kết quả năm báo cáo');
      await first.pressSequentially('375/394');
      await card(indicators[0]).locator('.readas').getByText(T.readAs('95,18%')).waitFor();
      expect(project.calls).toEqual([]);
      await card(indicators[0]).locator('.cardstate').getByText(T.status.unsaved).waitFor();
      // A dot before two digits is not a thousands separator: the sheet's note, before saving.
      await card(indicators[1]).getByLabel('Kết quả năm báo cáo').fill('82.5%');
      const note = card(indicators[1]).locator('.note');
      await note.waitFor();
      expect(await note.textContent()).toMatch(/82,5%/);
      await page.evaluate(
        `document.getElementById(${JSON.stringify(`card-${indicators[1]}`)}).scrollIntoView({ block: 'start' })`,
      );
      await shot('typing');

      // Leaving a field saves the card; the sheet then holds exactly what the page showed.
      await page.keyboard.press('Tab');
      await status.getByText(/^Đã lưu lúc/).waitFor();
      expect(valueAt(fake, 'indicators', indicators[0], 'result')).toBe('375/394');
      expect(valueAt(fake, 'indicators', indicators[1], 'result')).toBe('82.5%');
      expect(noteIn(fake, indicators[1])).toBe(await note.textContent());
      const chip = await card(indicators[0]).locator('.chip').textContent();
      expect(valueAt(fake, 'indicators', indicators[0], 'verdict')).toBe(chip);

      // The connection drops: the entry stays on the page and in the browser, marked "chưa lưu".
      project.offline = true;
      const explanation = 'Chưa có số liệu: chờ Công an thành phố tổng hợp (dự kiến 10/12/2026)';
      const offlineCard = card(tasks[0]);
      await offlineCard.getByLabel('Ghi chú, giải trình').fill(explanation);
      await page.keyboard.press('Tab');
      await page.locator('.save-state[data-state="offline"]').waitFor();
      expect(await status.textContent()).toBe(T.status.offline);
      await offlineCard.locator('.cardstate').getByText(T.status.offline).waitFor();
      expect(valueAt(fake, 'tasks', tasks[0], 'evidence')).toBe('');
      const drafts = await page.evaluate(
        '(() => Object.keys(localStorage).filter((k) => k.startsWith("entryPage.draft.")).length)()',
      );
      expect(drafts).toBe(1);
      expect(await page.evaluate('JSON.stringify(localStorage)')).not.toContain(project.linkOf('CA').split('t=')[1]);
      await offlineCard.locator('.cardstate').scrollIntoViewIfNeeded();
      await shot('offline');

      // Later, with the connection back, the unit opens the page again: the draft is put back and saved.
      project.offline = false;
      await page.reload();
      await page.getByRole('heading', { name: T.heading(2026) }).waitFor();
      await status.getByText(/^Đã lưu lúc/).waitFor();
      expect(await card(tasks[0]).getByLabel('Ghi chú, giải trình').inputValue()).toBe(explanation);
      expect(valueAt(fake, 'tasks', tasks[0], 'evidence')).toBe(explanation);

      // Everything but one task, then "Gửi báo cáo": refused with the list, which leads to the field.
      await card(indicators[1]).getByLabel('Kết quả năm báo cáo').fill('82,5%');
      for (const id of tasks.slice(0, -1)) await card(id).getByLabel('Tình trạng').selectOption('Đang thực hiện');
      await card('CA').getByLabel('Tồn tại, hạn chế, khó khăn và nguyên nhân').fill('Thiếu thiết bị đọc CCCD gắn chip');
      await page.getByRole('button', { name: T.submit.button }).click();
      const refused = page.locator('#result .alert');
      await refused.getByRole('heading', { name: T.submit.refusedHeading }).waitFor();
      expect(await refused.locator('li').count()).toBe(1);
      await shot('refused');
      await refused.getByRole('link', { name: T.submit.goTo }).click();
      const missing = card(tasks.at(-1)!).getByLabel('Tình trạng');
      expect(
        await missing.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement),
      ).toBe(true);
      await missing.selectOption('Hoàn thành');
      await card(tasks.at(-1)!).getByLabel('Ngày hoàn thành').fill('15/9/2026');
      await card(tasks.at(-1)!).locator('.readas').getByText(T.readAs('15/09/2026')).waitFor();
      await page.getByRole('button', { name: T.submit.button }).click();
      await page.locator('#result .okbox').waitFor();
      expect(await page.locator('.badge').textContent()).toBe('Đã gửi, chờ duyệt');
      expect(await page.getByRole('button', { name: T.submit.button }).isDisabled()).toBe(true);
      expect(mirrorOf(fake, 'CA')).toMatchObject({ submit: true, submittedBy: 'Trang nhập liệu - Công an phường' });
      expect(valueAt(fake, 'tasks', tasks.at(-1)!, 'status')).toBe('Hoàn thành');
      expect(valueAt(fake, 'tasks', tasks.at(-1)!, 'completedOn')).toBe('15/9/2026');
      await shot('submitted');

      // Readable at this width: nothing wider than the screen.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

test('usable with the keyboard alone, with a visible focus', async () => {
  const project = await deployProject();
  const browser = await openBrowser(project, { width: 360, height: 740 });
  const { page } = browser;
  try {
    await page.goto(project.linkOf('CA'));
    await page.getByRole('heading', { name: T.heading(2026) }).waitFor();
    let tag = '';
    for (let i = 0; i < 10 && tag !== 'INPUT'; i++) {
      await page.keyboard.press('Tab');
      tag = String(await page.evaluate('document.activeElement.tagName'));
    }
    expect(tag).toBe('INPUT');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.type('97,5%');
    await page.getByText(T.readAs('97,5%')).waitFor();
    await page.keyboard.press('Tab');
    await page
      .locator('.save-state')
      .getByText(/^Đã lưu lúc/)
      .waitFor();
    const id = rowKeysOf(project.fake, 'indicators', 'CA')[0];
    expect(valueAt(project.fake, 'indicators', id, 'result')).toBe('97,5%');
    expect(browser.errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
