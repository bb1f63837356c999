/**
 * The parts of submitting and reviewing that need no Apps Script (src/core/submission/flow.ts).
 */
import { startOfVietnamDay } from '../../src/core/dates';
import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';
import { sampleConfig } from '../../src/core/sample/workbook';
import { ColumnMap } from '../../src/core/sheet/table';
import { buildFreshWorkbook } from '../../src/core/sheet/workbook';
import {
  returnMail,
  returnMailLog,
  returnMailRecipients,
  reviewLog,
  submitLog,
  submittedMessage,
  unitNameIn,
  unitOfEmail,
  unitStatesOf,
} from '../../src/core/submission/flow';
import { openRecord, type SubmitOutcome } from '../../src/core/submission/state';

const config = sampleConfig();
const now = new Date(startOfVietnamDay({ year: 2026, month: 11, day: 28 }).getTime() + 16 * 3_600_000);

function unitStates() {
  const units = buildFreshWorkbook(config, new UnitRegistry(DEFAULT_UNITS)).units;
  const map = new ColumnMap('units', units.header);
  const row = (id: string) => units.rows.find((r) => r[map.index('unitId')] === id)!;
  row('CA')[map.index('accounts')] = 'CongAn@phuong.example; khong-phai-email; congan@phuong.example';
  row('VP')[map.index('accounts')] = 'vanphong@phuong.example';
  // VP's staff log in with a gmail; the unit reads its mail công vụ.
  row('VP')[map.index('emails')] = 'vanphong@haiduong.gov.vn';
  return unitStatesOf(units, { year: 2026, month: 11, day: 28 });
}

describe('whose unit', () => {
  test('the Đơn vị tab alone gives every unit with its valid and invalid accounts and reminder addresses', () => {
    const states = unitStates();
    expect(states.map((s) => s.unit.id)).toEqual(DEFAULT_UNITS.map((u) => u.id));
    const ca = states.find((s) => s.unit.id === 'CA')!;
    expect(ca.accounts).toEqual(['CongAn@phuong.example', 'congan@phuong.example']);
    expect(ca.invalidAccounts).toEqual(['khong-phai-email']);
    // An empty reminder column: reminders go to the accounts (and their bad entry is the same one).
    expect([ca.remindersToAccounts, ca.reminderEmails, ca.invalidReminderEmails]).toEqual([
      true,
      ['CongAn@phuong.example', 'congan@phuong.example'],
      ['khong-phai-email'],
    ]);
    const vp = states.find((s) => s.unit.id === 'VP')!;
    expect([vp.accounts, vp.reminderEmails, vp.remindersToAccounts]).toEqual([
      ['vanphong@phuong.example'],
      ['vanphong@haiduong.gov.vn'],
      false,
    ]);
  });

  test('a reminder address (mail công vụ) is no login: it does not name the unit', () => {
    const states = unitStates();
    expect(unitOfEmail(states, 'vanphong@phuong.example')?.unit.id).toBe('VP');
    expect(unitOfEmail(states, 'vanphong@haiduong.gov.vn')).toBeUndefined();
  });

  test('the unit of an e-mail, case aside; none for an unknown or empty e-mail', () => {
    const states = unitStates();
    expect(unitOfEmail(states, 'CONGAN@phuong.example')?.unit.id).toBe('CA');
    expect(unitOfEmail(states, 'khong-phai-email')?.unit.id).toBe('CA');
    expect(unitOfEmail(states, 'ai-do@phuong.example')).toBeUndefined();
    expect(unitOfEmail(states, '')).toBeUndefined();
    expect(unitNameIn(states, 'CA')).toBe('Công an phường');
    expect(unitNameIn(states, 'XYZ')).toBe('XYZ');
  });
});

describe('Nhật ký entries', () => {
  const record = { ...openRecord('CA'), state: 'SUBMITTED' as const, submittedAt: now.toISOString() };

  test('a submission logs its message; the unit sees the warnings too', () => {
    const ok: SubmitOutcome = {
      ok: true,
      record,
      onTime: true,
      message: 'Công an phường đã gửi báo cáo',
      warnings: ['Lưu ý: chưa điền Khó khăn - Đề xuất'],
    };
    expect(submitLog(ok, 'CA', 'congan@x.vn', now)).toEqual({
      time: now,
      user: 'congan@x.vn',
      action: 'submit',
      unitId: 'CA',
      detail: 'Công an phường đã gửi báo cáo',
    });
    expect(submittedMessage(ok)).toBe('Công an phường đã gửi báo cáo\nLưu ý: chưa điền Khó khăn - Đề xuất');
  });

  test('a refusal logs its list on one line, shortened to fit one property', () => {
    const refused: SubmitOutcome = {
      ok: false,
      record,
      message: `Chưa thể gửi:\n- mục 1\n${'x'.repeat(2000)}`,
      problems: [],
    };
    const entry = submitLog(refused, 'CA', 'congan@x.vn', now);
    expect(entry.action).toBe('submitRefused');
    expect(entry.detail.startsWith('Chưa thể gửi: - mục 1 xxx')).toBe(true);
    expect(entry.detail).toHaveLength(1500);
    expect(entry.detail.endsWith('…')).toBe(true);
  });

  test('reviews: the comment, or the new state when there is none; the return e-mail outcome on its own line', () => {
    expect(reviewLog('approve', 'CA', 'APPROVED', '', 'vhxh@x.vn', now)).toEqual({
      time: now,
      user: 'vhxh@x.vn',
      action: 'approve',
      unitId: 'CA',
      target: 'Đơn vị!CA',
      detail: 'Đã duyệt',
    });
    expect(reviewLog('return', 'CA', 'RETURNED', 'Bổ sung TT 26', 'vhxh@x.vn', now)).toMatchObject({
      action: 'returnReport',
      detail: 'Bổ sung TT 26',
    });
    expect(reviewLog('reopen', 'CA', 'OPEN', '', 'vhxh@x.vn', now)).toMatchObject({
      action: 'reopen',
      detail: 'Chưa gửi',
    });
    expect(returnMailLog('CA', 'Đã gửi email ý kiến tới a@x.vn.', 'vhxh@x.vn', now)).toEqual({
      time: now,
      user: 'vhxh@x.vn',
      action: 'returnReport',
      unitId: 'CA',
      target: 'Đơn vị!CA',
      detail: 'Đã gửi email ý kiến tới a@x.vn.',
    });
  });
});

describe('the return e-mail', () => {
  test('goes where the unit reads its reminders (the mail công vụ), not to the Google account', () => {
    const vp = unitStates().find((s) => s.unit.id === 'VP')!;
    expect(returnMailRecipients(vp)).toEqual(['vanphong@haiduong.gov.vn']);
  });

  test("to the unit's valid addresses, once each; replies go to the first VHXH address", () => {
    const ca = unitStates().find((s) => s.unit.id === 'CA')!;
    const recipients = returnMailRecipients(ca);
    expect(recipients).toEqual(['congan@phuong.example']);
    const mail = returnMail(
      'Công an phường',
      recipients,
      { ...config, vhxhEmail: 'vhxh@x.vn; pho.vhxh@x.vn' },
      'Bổ sung TT 26',
      'https://docs.google.com/x',
    );
    expect(mail).toEqual({
      to: 'congan@phuong.example',
      subject: `[Kế hoạch ${config.planNumber}] Báo cáo năm 2026 của đơn vị được trả lại để hoàn thiện`,
      body: expect.stringContaining(
        'Kính gửi: Công an phường\n\nPhòng Văn hóa - Xã hội trả lại báo cáo của đơn vị để hoàn thiện, với ý kiến như sau:\n\nBổ sung TT 26\n\n',
      ),
      name: config.senderName,
      replyTo: 'vhxh@x.vn',
    });
    expect(mail.body).toContain('https://docs.google.com/x');
  });

  test('no VHXH address: no reply-to', () => {
    expect(returnMail('Công an phường', ['a@x.vn'], { ...config, vhxhEmail: '' }, 'x', 'u')).not.toHaveProperty(
      'replyTo',
    );
  });
});
