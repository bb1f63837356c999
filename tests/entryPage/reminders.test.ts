/** The reminder e-mails carry each unit's own entry page link once the page is deployed (Cấu hình has its address). */
import { ENTRY_PAGE_TEXT } from '../../src/core/entryPage/messages';
import { openPage } from '../../src/gas/entryPage/server';
import { planReminders } from '../../src/gas/reminders/reminders';
import { d, makeWorld, setConfig, VHXH, vn, type World } from '../submission/world';
import { fromPage } from './helpers';

const URL = 'https://script.google.com/macros/s/AKfycbREMINDERS/exec';
let w: World;
afterEach(() => w?.done());

test("each unit's reminder links to its own page, and the link opens it", () => {
  w = makeWorld(vn(d(25, 11), 8));
  const without = w.fake.run(() => planReminders('manual'), { as: VHXH });
  expect(without.units.find((u) => u.unit.id === 'CA')!.message!.text).not.toContain('/exec');

  w.fake.run(() => setConfig(w.fake, 'Địa chỉ trang nhập liệu', URL), { as: VHXH });
  const plan = w.fake.run(() => planReminders('manual'), { as: VHXH });
  const ca = plan.units.find((u) => u.unit.id === 'CA')!.message!;
  const kt = plan.units.find((u) => u.unit.id === 'KTHTDT')!.message!;
  const linkIn = (text: string) => new RegExp(`${URL.replace(/[.?]/g, '\\$&')}\\?t=[\\w.-]+`).exec(text)![0];
  const link = linkIn(ca.text);
  expect(ca.text).toContain(ENTRY_PAGE_TEXT.reminderLine(link));
  expect(ca.html).toContain(`href="${link}"`);
  expect(linkIn(kt.text)).not.toBe(link);
  const boot = fromPage(w, () => openPage(new globalThis.URL(link).searchParams.get('t')));
  expect(boot.ok && boot.model.unit.id).toBe('CA');
});
