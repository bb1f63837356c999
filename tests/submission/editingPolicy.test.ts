/**
 * Who may edit when, as the protections carry it (src/core/submission/editingPolicy.ts): the level of each unit, which
 * units a run must touch, what each protection becomes, and the Nhật ký entries of lock changes.
 */
import { type CalendarDate, startOfVietnamDay } from '../../src/core/dates';
import { sampleConfig } from '../../src/core/sample/workbook';
import { PROTECTION_TAG } from '../../src/core/sheet/protections';
import {
  ANY_UNIT,
  type EditingLevel,
  editingLevel,
  levelsChanged,
  lockLog,
  officeEmails,
  planLocks,
  protectionChange,
  type WantedLevels,
} from '../../src/core/submission/editingPolicy';
import { openRecord, type SubmissionRecord, type SubmissionState } from '../../src/core/submission/state';

const d = (day: number, month: number, year = 2026): CalendarDate => ({ year, month, day });
const vn = (day: CalendarDate, hour = 0, minute = 0) =>
  new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);
const config = sampleConfig();
const lateRefused = { ...config, acceptLateEntries: false };
const before = vn(d(30, 11), 23, 59);
const after = vn(d(1, 12), 0, 0);
const record = (unitId: string, state: SubmissionState, extra: Partial<SubmissionRecord> = {}): SubmissionRecord => ({
  ...openRecord(unitId),
  state,
  ...extra,
});
const approvedCA = record('CA', 'APPROVED', { reviewedAt: vn(d(28, 11), 16, 5).toISOString() });

describe('the editing level of a unit', () => {
  test('approval locks everything; the deadline without late entries locks the data rows; otherwise open', () => {
    expect(editingLevel(approvedCA, config, before)).toBe('locked');
    expect(editingLevel(record('CA', 'OPEN'), lateRefused, after)).toBe('dataLocked');
    expect(editingLevel(record('CA', 'SUBMITTED'), lateRefused, after)).toBe('dataLocked');
    expect(editingLevel(record('CA', 'OPEN'), config, after)).toBe('open');
    expect(editingLevel(record('CA', 'RETURNED', { reviewedAt: after.toISOString() }), lateRefused, after)).toBe(
      'open',
    );
  });
});

describe('which units a run touches', () => {
  test('nothing stored and nothing locked: no change; an approval or the deadline is a change', () => {
    expect(levelsChanged({}, {}, config, before)).toBe(false);
    expect(levelsChanged({}, { CA: approvedCA }, config, before)).toBe(true);
    // No record at all: the level of units without one (ANY_UNIT) tells the deadline lock has started.
    expect(levelsChanged({}, {}, lateRefused, after)).toBe(true);
    expect(levelsChanged({ [ANY_UNIT]: 'dataLocked' }, {}, lateRefused, after)).toBe(false);
    expect(levelsChanged({ CA: 'locked' }, { CA: approvedCA }, config, before)).toBe(false);
  });

  test('without reapply only changed units are set; the next levels cover every listed unit and ANY_UNIT', () => {
    const stored: Record<string, EditingLevel> = { VP: 'open', CA: 'open' };
    const plan = planLocks({
      stored,
      records: { CA: approvedCA },
      config,
      now: before,
      ids: ['CA', 'VP'],
      reapply: false,
    });
    expect(plan.apply).toEqual({
      CA: {
        level: 'locked',
        reason:
          'Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
      },
    });
    expect(plan.locked).toEqual(['CA']);
    expect(plan.unlocked).toEqual([]);
    expect(plan.next).toEqual({ CA: 'locked', VP: 'open', [ANY_UNIT]: 'open' });
    expect(stored).toEqual({ VP: 'open', CA: 'open' });
  });

  test('with reapply every listed unit is set, but only real changes count as locked or unlocked', () => {
    const plan = planLocks({
      stored: { CA: 'locked', VP: 'dataLocked' },
      records: { CA: approvedCA },
      config,
      now: before,
      ids: ['CA', 'VP', 'KTHTDT'],
      reapply: true,
    });
    expect(Object.keys(plan.apply)).toEqual(['CA', 'VP', 'KTHTDT']);
    expect(plan.apply.VP).toEqual({ level: 'open', reason: '' });
    expect(plan.locked).toEqual([]);
    expect(plan.unlocked).toEqual(['VP']);
  });

  test('units not listed keep their stored level', () => {
    const plan = planLocks({
      stored: { VP: 'dataLocked' },
      records: { CA: approvedCA },
      config,
      now: before,
      ids: ['CA'],
      reapply: true,
    });
    expect(plan.next).toEqual({ VP: 'dataLocked', CA: 'locked', [ANY_UNIT]: 'open' });
  });
});

describe('what a protection becomes', () => {
  const office = officeEmails({ ...config, vhxhEmail: 'VHXH@phuong-haiduong.example; ' });
  const emails = (id: string) => (id === 'CA' ? ['CongAn@x.vn', 'vhxh@phuong-haiduong.example'] : []);
  const wanted: WantedLevels = { CA: { level: 'dataLocked', reason: 'Đã hết hạn báo cáo' } };
  const description = `${PROTECTION_TAG} Chỉ tiêu: ô nhập của Công an phường #CA`;

  test('the office addresses are lower-cased and never among the staff to remove', () => {
    expect(office).toEqual(['vhxh@phuong-haiduong.example']);
    expect(protectionChange('indicators', description, wanted, emails, office)).toEqual({
      unitId: 'CA',
      locked: true,
      emails: ['congan@x.vn'],
      description: `${PROTECTION_TAG} Chỉ tiêu: ô nhập của Công an phường - khóa: Đã hết hạn báo cáo #CA`,
    });
  });

  test('the deadline leaves the Đơn vị row open; approval locks it too', () => {
    const units = `${PROTECTION_TAG} Đơn vị: Công an phường #CA`;
    expect(protectionChange('units', units, wanted, emails, office)).toMatchObject({
      locked: false,
      description: units,
    });
    expect(
      protectionChange('units', units, { CA: { level: 'locked', reason: 'Đã duyệt' } }, emails, office),
    ).toMatchObject({ locked: true, description: `${PROTECTION_TAG} Đơn vị: Công an phường - khóa: Đã duyệt #CA` });
  });

  test('reopening restores the description without the reason', () => {
    const locked = `${PROTECTION_TAG} Chỉ tiêu: ô nhập của Công an phường - khóa: Đã hết hạn báo cáo #CA`;
    expect(protectionChange('indicators', locked, { CA: { level: 'open', reason: '' } }, emails, office)).toMatchObject(
      { locked: false, description },
    );
  });

  test("protections not the tool's, without a marker, or of a unit not listed are left alone", () => {
    expect(protectionChange('indicators', 'Khóa tay #CA', wanted, emails, office)).toBeNull();
    expect(
      protectionChange('indicators', `${PROTECTION_TAG} Chỉ tiêu: cột danh mục`, wanted, emails, office),
    ).toBeNull();
    expect(protectionChange('indicators', `${PROTECTION_TAG} Chỉ tiêu: ô nhập #VP`, wanted, emails, office)).toBeNull();
  });
});

describe('Nhật ký entries of lock changes', () => {
  test('locked units with the reason, unlocked ones plainly, under "Khóa / mở ô nhập"', () => {
    const log = lockLog(
      { locked: ['CA'], unlocked: ['VP'] },
      {
        records: {},
        config: lateRefused,
        now: after,
        user: 'vhxh@x.vn',
        unitName: (id) => (id === 'CA' ? 'Công an phường' : 'Văn phòng HĐND và UBND'),
      },
    );
    expect(log).toEqual([
      {
        time: after,
        user: 'vhxh@x.vn',
        action: 'editingLock',
        unitId: 'CA',
        target: 'Đơn vị!CA',
        detail:
          'Khóa ô nhập của Công an phường: Đã hết hạn báo cáo 30/11/2026 và Phòng Văn hóa - Xã hội không nhận số liệu sau hạn; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
      },
      {
        time: after,
        user: 'vhxh@x.vn',
        action: 'editingLock',
        unitId: 'VP',
        target: 'Đơn vị!VP',
        detail: 'Mở lại ô nhập của Văn phòng HĐND và UBND',
      },
    ]);
  });
});
