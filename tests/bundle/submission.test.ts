/**
 * The same flow through the Apps Script entry points, as Apps Script runs them: src/gas/app.ts + entry.ts bundled
 * the way scripts/build.ts does (in memory here, so this test never depends on a stale build/), loaded into
 * node:vm with the fakes. Menu items run as the person clicking; onEdit as the person typing (LIMITED); the
 * installable onEditInstalled (created by setup) as the owner.
 */
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import {
  CA_DEPUTY,
  cellOf,
  d,
  editable,
  fillUnitEmails,
  inputCellsOf,
  logRecords,
  mirrorOf,
  STAFF,
  VHXH,
  vn,
} from '../submission/world';
import { bundle, loadBundle } from './load';

let code = '';
beforeAll(async () => {
  code = await bundle();
});

function load(fake: FakeAppsScript) {
  return loadBundle(code, fake.vmGlobals());
}

test('menu submit as the unit, an audited edit through onEditInstalled, approval from the sidebar function', () => {
  const fake = createFakeAppsScript({
    owner: VHXH,
    users: [...Object.values(STAFF), CA_DEPUTY],
    now: vn(d(27, 11), 8),
  });
  const context = load(fake);
  fake.spreadsheet.open(VHXH, context);
  fake.spreadsheet.runMenuItem('Thiết lập / cập nhật bảng tính', VHXH, context);
  fake.run(() => fillUnitEmails(fake), { as: VHXH });
  fake.spreadsheet.runMenuItem('Thiết lập / cập nhật bảng tính', VHXH, context);
  expect(fake.triggers.installed().filter((t) => t.handler === 'onEditInstalled')).toHaveLength(1);

  // Công an phường answers every row by typing (the simple and the installable onEdit both run).
  const type = (email: string, tab: 'indicators' | 'tasks', key: string, column: string, value: unknown) =>
    fake.spreadsheet.userEdit(email, cellOf(fake, tab, key, column).a1, value, { handlers: context, rethrow: false });
  const keys = (tab: 'indicators' | 'tasks') =>
    fake.spreadsheet
      .values(TABS[tab].name)
      .map((r) => String(r[0]))
      .filter((k) => k.endsWith('@CA'));
  for (const key of keys('indicators')) expect(type(STAFF.CA, 'indicators', key, 'result', '100%').errors).toEqual([]);
  for (const key of keys('tasks')) type(STAFF.CA, 'tasks', key, 'status', 'Đang thực hiện');

  fake.clock.set(vn(d(28, 11), 16, 5));
  fake.spreadsheet.runMenuItem('Gửi báo cáo của đơn vị', STAFF.CA, context);
  const alerts = fake.ui.alerts.map((a) => a.prompt);
  expect(alerts.slice(-2)).toEqual([
    'Gửi báo cáo năm 2026 của Công an phường? Sau khi gửi, mọi thay đổi đều được ghi vào trang Nhật ký.',
    'Công an phường đã gửi báo cáo lúc 28/11/2026 16:05 (đúng hạn). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.\nLưu ý: đơn vị chưa điền trang "Khó khăn - Đề xuất" (không bắt buộc, nhưng nên có để đưa vào báo cáo).',
  ]);
  expect(mirrorOf(fake, 'CA')).toMatchObject({
    submit: true,
    submittedBy: STAFF.CA,
    submissionStatus: 'Đã gửi, chờ duyệt; gửi 28/11/2026 16:05 (đúng hạn)',
  });
  fake.spreadsheet.runMenuItem('Gửi báo cáo của đơn vị', CA_DEPUTY, context);
  expect(fake.ui.alerts[fake.ui.alerts.length - 1].prompt).toBe(
    'Đơn vị đã gửi báo cáo ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
  );

  fake.clock.set(vn(d(29, 11), 8, 30));
  expect(type(CA_DEPUTY, 'indicators', 'PL2-26@CA', 'result', '80,2%').errors).toEqual([]);
  const log = logRecords(fake);
  expect(log.filter((r) => r.action === LOG_ACTIONS.submit).map((r) => r.user)).toEqual([STAFF.CA]);
  expect(
    log.filter((r) => r.action === LOG_ACTIONS.editAfterSubmit).map((r) => [r.user, r.target, r.oldValue, r.newValue]),
  ).toEqual([
    [
      '(cán bộ Công an phường hoặc Phòng VHXH; Google không cung cấp email với tài khoản cá nhân)',
      'Chỉ tiêu!PL2-26@CA (Kết quả năm báo cáo)',
      '100%',
      '80,2%',
    ],
  ]);
  expect(fake.executions.filter((x) => x.error)).toEqual([]);

  // The sidebar calls the top-level reviewUnit(unitId, action, comment), run as whoever clicked.
  const review = (email: string, action: string) =>
    fake.run(() => (context.reviewUnit as (u: string, a: string, c: string) => string)('CA', action, ''), {
      as: email,
    });
  expect(review(STAFF.KTHTDT, 'approve')).toBe(
    'Chỉ Phòng Văn hóa - Xã hội (email trong trang Cấu hình) được duyệt, trả lại hoặc mở lại báo cáo.',
  );
  expect(review(VHXH, 'approve')).toBe('Công an phường: Đã duyệt.');
  const cells = inputCellsOf(fake, 'CA');
  expect([editable(fake, STAFF.CA, cells), editable(fake, CA_DEPUTY, cells), editable(fake, VHXH, cells)]).toEqual([
    0,
    0,
    cells.length,
  ]);
});
