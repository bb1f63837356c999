/**
 * The pure core of issue 8: the submission state machine and its messages (src/core/submission/state.ts), the audit
 * of edits with snapshots (src/core/submission/audit.ts), timeliness at the deadline edge (src/core/progress/owed.ts).
 */

import { type CalendarDate, startOfVietnamDay } from '../../src/core/dates';
import { assessWorkbook } from '../../src/core/judging/assess';
import { JUDGING_TEXT } from '../../src/core/judging/messages';

const CELL = JUDGING_TEXT.cell;

import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';
import { timelinessOf, type UnitProgress, unitProgress } from '../../src/core/progress/owed';
import { sampleConfig } from '../../src/core/sample/workbook';
import type { TabKey } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { buildFreshWorkbook, type WorkbookData } from '../../src/core/sheet/workbook';
import { AUDIT_TEXT, auditEdit, type EditedRow, showValue, snapshotOf } from '../../src/core/submission/audit';
import {
  lockReason,
  mirrorCells,
  openRecord,
  type ReviewAction,
  review,
  SUBMISSION_TEXT,
  type SubmissionRecord,
  type SubmissionState,
  submissionProblems,
  submit,
  unitMayEdit,
  unitMayEditNow,
} from '../../src/core/submission/state';

const d = (day: number, month: number, year = 2026): CalendarDate => ({ year, month, day });
const vn = (day: CalendarDate, hour = 0, minute = 0, second = 0, ms = 0) =>
  new Date(startOfVietnamDay(day).getTime() + (((hour * 60 + minute) * 60 + second) * 1000 + ms));
const config = sampleConfig();
const lateRefused = { ...config, acceptLateEntries: false };

function workbook(): WorkbookData {
  const registry = new UnitRegistry(
    DEFAULT_UNITS.map((u) => ({ ...u, accounts: [`${u.id.toLowerCase()}@phuong-haiduong.example`] })),
  );
  return buildFreshWorkbook(config, registry);
}

function set(wb: WorkbookData, tab: TabKey, key: string, column: string, value: unknown): void {
  const map = new ColumnMap(tab, wb[tab].header);
  const keyColumn = tab === 'indicators' || tab === 'tasks' ? 'rowKey' : 'unitId';
  const row = wb[tab].rows.find((r) => r[map.index(keyColumn)] === key);
  if (!row) throw new Error(`no row ${key}`);
  row[map.index(column)] = value;
}

function keysOf(wb: WorkbookData, tab: 'indicators' | 'tasks', unitId: string): string[] {
  const map = new ColumnMap(tab, wb[tab].header);
  return wb[tab].rows.map((r) => String(r[map.index('rowKey')])).filter((k) => k.endsWith(`@${unitId}`));
}

/** Công an phường with every row answered except those listed. */
function caProgress(edit: (wb: WorkbookData) => void = () => {}): UnitProgress {
  const wb = workbook();
  for (const key of keysOf(wb, 'indicators', 'CA')) set(wb, 'indicators', key, 'result', '100%');
  for (const key of keysOf(wb, 'tasks', 'CA')) set(wb, 'tasks', key, 'status', 'Đang thực hiện');
  set(wb, 'issues', 'CA', 'difficulties', 'Thiếu kinh phí');
  edit(wb);
  return unitProgress(assessWorkbook(wb, d(25, 11))).find((p) => p.unit.id === 'CA')!;
}

const record = (state: SubmissionState, extra: Partial<SubmissionRecord> = {}): SubmissionRecord => ({
  ...openRecord('CA'),
  state,
  ...extra,
});

describe('submitting', () => {
  test('the sample plan gives Công an phường 2 indicators and 11 tasks (the fixtures below rely on it)', () => {
    const wb = workbook();
    expect(keysOf(wb, 'indicators', 'CA')).toEqual(['PL1-6@CA', 'PL2-26@CA']);
    expect(keysOf(wb, 'tasks', 'CA')).toHaveLength(11);
  });

  test('a missing result is refused with a list naming the tab, the TT, the row and the explanation column', () => {
    const progress = caProgress((wb) => set(wb, 'indicators', 'PL2-26@CA', 'result', ''));
    const outcome = submit(openRecord('CA'), progress, config, vn(d(25, 11), 8), 'congan@x.vn');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      [
        'Chưa thể gửi báo cáo: còn 1 mục chưa hoàn thiện. Đề nghị đơn vị hoàn thiện các mục sau rồi gửi lại:',
        '- Chỉ tiêu, TT 26: Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) - Chưa nhập kết quả. Nếu chưa có số liệu, ghi lý do ở cột "Giải trình, minh chứng".',
      ].join('\n'),
    );
    expect(outcome.record).toEqual(openRecord('CA'));
  });

  test("a task without status names the tasks' explanation column; a long name is shortened", () => {
    const progress = caProgress((wb) => set(wb, 'tasks', 'PL3-II-1@CA', 'status', ''));
    const { blocking } = submissionProblems(progress);
    expect(blocking).toHaveLength(1);
    expect(blocking[0]).toMatch(
      /^- Nhiệm vụ, TT 1: Hoàn thành số hóa quy trình nghiệp vụ nội bộ.{10,80}… - Chưa chọn tình trạng thực hiện\. Nếu chưa có số liệu, ghi lý do ở cột "Ghi chú, giải trình"\.$/,
    );
  });

  test('a reason in the explanation column makes a missing value acceptable (indicators and tasks)', () => {
    const progress = caProgress((wb) => {
      set(wb, 'indicators', 'PL2-26@CA', 'result', '');
      set(wb, 'indicators', 'PL2-26@CA', 'evidence', 'Chưa có số liệu từ Công an thành phố');
      set(wb, 'tasks', 'PL3-II-1@CA', 'status', '');
      set(wb, 'tasks', 'PL3-II-1@CA', 'evidence', 'Chờ hướng dẫn của thành phố');
    });
    const now = vn(d(28, 11), 16, 5);
    const outcome = submit(openRecord('CA'), progress, config, now, 'congan@x.vn');
    expect(outcome).toEqual({
      ok: true,
      onTime: true,
      record: { ...openRecord('CA'), state: 'SUBMITTED', submittedAt: now.toISOString(), submittedBy: 'congan@x.vn' },
      message:
        'Công an phường đã gửi báo cáo lúc 28/11/2026 16:05 (đúng hạn). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.',
      warnings: [],
    });
  });

  test('an invalid entry blocks, with its column; a problem in the VHXH judgement column does not', () => {
    const invalid = caProgress((wb) => set(wb, 'indicators', 'PL2-26@CA', 'result', '82.5.4%'));
    expect(submissionProblems(invalid).blocking).toEqual([
      `- Chỉ tiêu, TT 26 (cột "Kết quả năm báo cáo"): ${CELL.unreadableNumber('82.5.4%')}`,
    ]);
    expect(CELL.unreadableNumber('82.5.4%')).toMatch(/^Không đọc được số/);
    const reviewTypo = caProgress((wb) => set(wb, 'indicators', 'PL2-26@CA', 'review', 'Tốt lắm'));
    expect(reviewTypo.invalid.map((i) => i.column)).toEqual(['review']);
    expect(submissionProblems(reviewTypo).blocking).toEqual([]);
  });

  test('an empty Khó khăn - Đề xuất row is only a warning', () => {
    const progress = caProgress((wb) => set(wb, 'issues', 'CA', 'difficulties', ''));
    const outcome = submit(openRecord('CA'), progress, config, vn(d(25, 11), 8), 'congan@x.vn');
    expect(outcome.ok && outcome.warnings).toEqual([SUBMISSION_TEXT.issuesHint]);
  });

  test('on time until 30/11 23:59:59.999 Việt Nam time; late from 01/12 00:00 (17:00 UTC)', () => {
    const progress = caProgress();
    const at = (now: Date) => submit(openRecord('CA'), progress, config, now, 'x');
    expect(vn(d(30, 11), 23, 59).toISOString()).toBe('2026-11-30T16:59:00.000Z');
    expect(at(vn(d(30, 11), 23, 59)).ok && (at(vn(d(30, 11), 23, 59)) as { onTime: boolean }).onTime).toBe(true);
    expect((at(vn(d(30, 11), 23, 59, 59, 999)) as { onTime: boolean }).onTime).toBe(true);
    const late = at(new Date('2026-11-30T17:00:00Z'));
    expect(late.ok && late.onTime).toBe(false);
    expect(late.message).toBe(
      'Công an phường đã gửi báo cáo lúc 01/12/2026 00:00 (sau hạn báo cáo, tính là nộp muộn). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.',
    );
  });

  test('submitting twice says when, in the words of the issue; an approved report says who to ask', () => {
    const progress = caProgress();
    const sent = record('SUBMITTED', { submittedAt: vn(d(28, 11), 16, 5).toISOString() });
    const again = submit(sent, progress, config, vn(d(29, 11), 9), 'x');
    expect(again).toEqual({
      ok: false,
      record: sent,
      problems: [],
      message: 'Đơn vị đã gửi báo cáo ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    });
    const approved = record('APPROVED', {
      submittedAt: sent.submittedAt,
      reviewedAt: vn(d(29, 11), 10, 30).toISOString(),
    });
    expect(submit(approved, progress, config, vn(d(29, 11), 11), 'x').message).toBe(
      'Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày 29/11/2026 lúc 10:30; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    );
  });

  test('a returned or reopened report can be submitted again; the return comment is cleared', () => {
    const progress = caProgress();
    for (const state of ['RETURNED', 'OPEN'] as const) {
      const outcome = submit(
        record(state, {
          submittedAt: vn(d(20, 11)).toISOString(),
          reviewedAt: vn(d(21, 11)).toISOString(),
          comment: 'Bổ sung',
        }),
        progress,
        config,
        vn(d(25, 11)),
        'y',
      );
      expect(outcome.ok && outcome.record).toMatchObject({
        state: 'SUBMITTED',
        submittedAt: vn(d(25, 11)).toISOString(),
        submittedBy: 'y',
        comment: '',
      });
    }
  });
});

describe('reviewing: the state machine', () => {
  const now = vn(d(29, 11), 9);
  const table: [SubmissionState, ReviewAction, SubmissionState | string][] = [
    ['OPEN', 'approve', 'Không thể duyệt báo cáo đang ở trạng thái "Chưa gửi".'],
    ['OPEN', 'return', 'Không thể trả lại báo cáo đang ở trạng thái "Chưa gửi".'],
    ['OPEN', 'reopen', 'Không thể mở lại báo cáo đang ở trạng thái "Chưa gửi".'],
    ['SUBMITTED', 'approve', 'APPROVED'],
    ['SUBMITTED', 'return', 'RETURNED'],
    ['SUBMITTED', 'reopen', 'OPEN'],
    ['APPROVED', 'approve', 'Không thể duyệt báo cáo đang ở trạng thái "Đã duyệt".'],
    ['APPROVED', 'return', 'RETURNED'],
    ['APPROVED', 'reopen', 'OPEN'],
    ['RETURNED', 'approve', 'Không thể duyệt báo cáo đang ở trạng thái "Bị trả lại".'],
    ['RETURNED', 'return', 'Không thể trả lại báo cáo đang ở trạng thái "Bị trả lại".'],
    ['RETURNED', 'reopen', 'Không thể mở lại báo cáo đang ở trạng thái "Bị trả lại".'],
  ];
  test.each(table)('%s + %s → %s', (from, action, expected) => {
    const outcome = review(
      record(from, { submittedAt: vn(d(28, 11)).toISOString() }),
      action,
      '  Bổ sung minh chứng  ',
      now,
      'vhxh@x.vn',
    );
    if (expected.length > 10) expect(outcome).toEqual({ ok: false, message: expected });
    else
      expect(outcome).toEqual({
        ok: true,
        record: {
          ...record(from, { submittedAt: vn(d(28, 11)).toISOString() }),
          state: expected,
          reviewedAt: now.toISOString(),
          reviewedBy: 'vhxh@x.vn',
          comment: 'Bổ sung minh chứng',
        },
      });
  });

  test('returning needs a comment', () => {
    expect(review(record('SUBMITTED'), 'return', '   ', now, 'v')).toEqual({
      ok: false,
      message: 'Khi trả lại báo cáo, cần ghi ý kiến để đơn vị biết phải sửa gì.',
    });
  });
});

describe('who may edit when', () => {
  const before = vn(d(30, 11), 23, 59);
  const after = vn(d(1, 12), 0, 0);
  test('approval locks; other states do not', () => {
    expect((['OPEN', 'SUBMITTED', 'RETURNED'] as const).map((s) => unitMayEdit(record(s)))).toEqual([true, true, true]);
    expect(unitMayEdit(record('APPROVED'))).toBe(false);
  });

  test('after the deadline: "Có" keeps units open, "Không" locks them until VHXH returns or reopens after the deadline', () => {
    expect(unitMayEditNow(record('OPEN'), lateRefused, before)).toBe(true);
    expect(unitMayEditNow(record('OPEN'), lateRefused, after)).toBe(false);
    expect(unitMayEditNow(record('SUBMITTED'), lateRefused, after)).toBe(false);
    expect(unitMayEditNow(record('OPEN'), config, after)).toBe(true);
    expect(unitMayEditNow(record('APPROVED'), config, before)).toBe(false);
    // Returned before the deadline: the blanket lock applies; returned after it: VHXH's exception.
    expect(unitMayEditNow(record('RETURNED', { reviewedAt: before.toISOString() }), lateRefused, after)).toBe(false);
    expect(unitMayEditNow(record('RETURNED', { reviewedAt: after.toISOString() }), lateRefused, after)).toBe(true);
    expect(unitMayEditNow(record('OPEN', { reviewedAt: after.toISOString() }), lateRefused, after)).toBe(true);
    // Submitting again ends the exception.
    expect(unitMayEditNow(record('SUBMITTED', { reviewedAt: after.toISOString() }), lateRefused, after)).toBe(false);
  });

  test('the lock reason is the plain Vietnamese message', () => {
    expect(lockReason(record('OPEN'), lateRefused, after)).toBe(
      'Đã hết hạn báo cáo 30/11/2026 và Phòng Văn hóa - Xã hội không nhận số liệu sau hạn; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    );
    expect(lockReason(record('APPROVED', { reviewedAt: vn(d(28, 11), 16, 5).toISOString() }), config, after)).toBe(
      'Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    );
    expect(lockReason(record('OPEN'), config, after)).toBe('');
  });
});

describe('the Đơn vị mirror', () => {
  const at = vn(d(28, 11), 16, 5);
  test.each([
    [
      'OPEN',
      record('OPEN'),
      {
        submit: false,
        submittedAt: '',
        submittedBy: '',
        submissionStatus: 'Chưa gửi',
        approval: '',
        approvalComment: '',
      },
    ],
    [
      'SUBMITTED on time',
      record('SUBMITTED', { submittedAt: at.toISOString(), submittedBy: 'ca@x.vn' }),
      {
        submit: true,
        submittedAt: at,
        submittedBy: 'ca@x.vn',
        submissionStatus: 'Đã gửi, chờ duyệt; gửi 28/11/2026 16:05 (đúng hạn)',
        approval: '',
        approvalComment: '',
      },
    ],
    [
      'SUBMITTED late',
      record('SUBMITTED', { submittedAt: vn(d(1, 12), 0).toISOString(), submittedBy: 'ca@x.vn' }),
      {
        submit: true,
        submittedAt: vn(d(1, 12), 0),
        submittedBy: 'ca@x.vn',
        submissionStatus: 'Đã gửi, chờ duyệt; gửi 01/12/2026 00:00 (nộp muộn)',
        approval: '',
        approvalComment: '',
      },
    ],
    [
      'APPROVED',
      record('APPROVED', {
        submittedAt: at.toISOString(),
        submittedBy: 'ca@x.vn',
        reviewedAt: vn(d(29, 11), 9).toISOString(),
      }),
      {
        submit: true,
        submittedAt: at,
        submittedBy: 'ca@x.vn',
        submissionStatus:
          'Đã duyệt 29/11/2026 09:00; gửi 28/11/2026 16:05 (đúng hạn); muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại',
        approval: 'Đã duyệt',
        approvalComment: '',
      },
    ],
    [
      'RETURNED',
      record('RETURNED', {
        submittedAt: at.toISOString(),
        submittedBy: 'ca@x.vn',
        reviewedAt: vn(d(29, 11), 9).toISOString(),
        comment: 'Bổ sung TT 26',
      }),
      {
        submit: false,
        submittedAt: at,
        submittedBy: 'ca@x.vn',
        submissionStatus: 'Bị trả lại 29/11/2026 09:00; ý kiến: Bổ sung TT 26; đơn vị sửa rồi gửi lại',
        approval: 'Bị trả lại',
        approvalComment: 'Bổ sung TT 26',
      },
    ],
    [
      'OPEN after reopening',
      record('OPEN', {
        submittedAt: at.toISOString(),
        submittedBy: 'ca@x.vn',
        reviewedAt: vn(d(29, 11), 9).toISOString(),
      }),
      {
        submit: false,
        submittedAt: at,
        submittedBy: 'ca@x.vn',
        submissionStatus:
          'Phòng Văn hóa - Xã hội mở lại 29/11/2026 09:00; đơn vị sửa rồi gửi lại (lần gửi trước: 28/11/2026 16:05 (đúng hạn))',
        approval: '',
        approvalComment: '',
      },
    ],
  ])('%s', (_name, r, expected) => {
    expect(mirrorCells(r, config)).toEqual(expected);
  });
});

describe('timeliness at the deadline edge', () => {
  const state = (submittedAt: Date | null, submitted = !!submittedAt) => ({ submitted, submittedAt }) as never;
  const on = (today: CalendarDate) => ({ config, today });
  test.each([
    { name: 'submitted 30/11 23:59', s: state(vn(d(30, 11), 23, 59)), today: d(5, 12), expected: 'ON_TIME' },
    {
      name: 'submitted 30/11 23:59:59.999',
      s: state(vn(d(30, 11), 23, 59, 59, 999)),
      today: d(5, 12),
      expected: 'ON_TIME',
    },
    { name: 'submitted 01/12 00:00', s: state(vn(d(1, 12))), today: d(5, 12), expected: 'LATE' },
    { name: 'not submitted, on the deadline day', s: state(null), today: d(30, 11), expected: 'PENDING' },
    { name: 'not submitted, the day after', s: state(null), today: d(1, 12), expected: 'NOT_REPORTED' },
    { name: 'no Đơn vị row', s: null, today: d(1, 12), expected: 'NOT_REPORTED' },
    {
      name: 'a time without the tick (returned) counts as not submitted',
      s: state(vn(d(29, 11)), false),
      today: d(2, 12),
      expected: 'NOT_REPORTED',
    },
  ])('$name → $expected', ({ s, today, expected }) => {
    expect(timelinessOf(s, on(today))).toBe(expected);
  });
});

describe('the audit of an edit', () => {
  const submitted = { CA: record('SUBMITTED', { submittedAt: vn(d(25, 11)).toISOString() }) };
  const row = (values: Record<string, unknown>, rowKey = 'PL1-6@CA'): EditedRow => ({ rowKey, unitId: 'CA', values });
  const base = {
    tab: 'indicators' as const,
    config,
    now: vn(d(26, 11), 10, 15),
    user: '',
    unitName: (id: string) => (id === 'CA' ? 'Công an phường' : id),
  };

  test('an OPEN unit before the deadline: nothing logged, the snapshot kept for later', () => {
    const result = auditEdit({
      ...base,
      rows: [row({ result: '90%', evidence: '' })],
      snapshots: {},
      records: {},
      editedKeys: ['result'],
    });
    expect(result.log).toEqual([]);
    expect(result.marks).toEqual({});
    expect(result.snapshots).toEqual({ 'PL1-6@CA': { result: '90%', evidence: '' } });
  });

  test('after submission: a single cell with e.oldValue; who is named even when Google hides the e-mail', () => {
    const result = auditEdit({
      ...base,
      rows: [row({ result: '95%', evidence: 'BC 12/BC-CAP' })],
      snapshots: { 'PL1-6@CA': { result: '100%', evidence: 'BC 12/BC-CAP' } },
      records: submitted,
      editedKeys: ['result'],
      single: { key: 'result', oldValue: '100%' },
    });
    expect(result.log).toEqual([
      {
        time: base.now,
        user: '(cán bộ Công an phường hoặc Phòng VHXH; Google không cung cấp email với tài khoản cá nhân)',
        action: 'editAfterSubmit',
        unitId: 'CA',
        target: 'Chỉ tiêu!PL1-6@CA (Kết quả năm báo cáo)',
        detail: 'Sửa sau khi đơn vị đã gửi báo cáo (trạng thái: Đã gửi, chờ duyệt)',
        oldValue: '100%',
        newValue: '95%',
      },
    ]);
    expect(result.marks).toEqual({ 'PL1-6@CA': 'Sửa sau khi gửi (26/11/2026 10:15)' });
  });

  test('a paste over two rows: old values from the snapshots, unknown where none was kept, unchanged cells skipped', () => {
    const result = auditEdit({
      ...base,
      user: 'congan@x.vn',
      rows: [row({ result: '95%', evidence: 'giữ nguyên' }), row({ result: '70%', evidence: 'mới' }, 'PL2-26@CA')],
      snapshots: { 'PL1-6@CA': { result: '100%', evidence: 'giữ nguyên' } },
      records: submitted,
      editedKeys: ['result', 'evidence'],
    });
    expect(result.log.map((e) => [e.user, e.target, e.oldValue, e.newValue])).toEqual([
      ['congan@x.vn', 'Chỉ tiêu!PL1-6@CA (Kết quả năm báo cáo)', '100%', '95%'],
      ['congan@x.vn', 'Chỉ tiêu!PL2-26@CA (Kết quả năm báo cáo)', AUDIT_TEXT.unknownOld, '70%'],
      ['congan@x.vn', 'Chỉ tiêu!PL2-26@CA (Giải trình, minh chứng)', AUDIT_TEXT.unknownOld, 'mới'],
    ]);
    expect(AUDIT_TEXT.unknownOld).toBe('(không rõ: chưa có bản lưu trước khi sửa)');
    expect(Object.keys(result.marks)).toEqual(['PL1-6@CA', 'PL2-26@CA']);
  });

  test('e.oldValue is not used for a paste (Apps Script gives none), and only edited columns are compared', () => {
    const result = auditEdit({
      ...base,
      rows: [row({ result: '95%', evidence: 'khác' })],
      snapshots: { 'PL1-6@CA': { result: '100%', evidence: 'cũ' } },
      records: submitted,
      editedKeys: ['result'],
    });
    expect(result.log.map((e) => [e.oldValue, e.newValue])).toEqual([['100%', '95%']]);
  });

  test('after the deadline, an OPEN unit: "Nhập sau hạn" when accepted; the refused wording when Cấu hình says Không', () => {
    const args = {
      ...base,
      now: vn(d(1, 12), 8),
      rows: [row({ result: '80%' })],
      snapshots: {},
      records: {},
      editedKeys: ['result'],
      single: { key: 'result', oldValue: '' },
    };
    const accepted = auditEdit(args);
    expect(accepted.log.map((e) => [e.action, e.detail, e.oldValue, e.newValue])).toEqual([
      ['lateEntry', 'Nhập sau hạn báo cáo 30/11/2026', '', '80%'],
    ]);
    expect(accepted.marks).toEqual({ 'PL1-6@CA': 'Nhập sau hạn (01/12/2026 08:00)' });
    const refused = auditEdit({ ...args, config: lateRefused });
    expect(refused.log[0].detail).toBe(
      'Nhập sau hạn báo cáo 30/11/2026, khi Cấu hình không nhận số liệu sau hạn: công cụ đã khóa ô nhập của đơn vị; Phòng Văn hóa - Xã hội xem xét giữ hay bỏ giá trị này',
    );
    // The VHXH office's own late entry is not a refused one.
    expect(auditEdit({ ...args, config: lateRefused, user: 'vhxh@x.vn', byVhxh: true }).log[0].detail).toBe(
      'Nhập sau hạn báo cáo 30/11/2026',
    );
  });

  test('edits on Khó khăn - Đề xuất are audited too; dates show as dd/mm/yyyy', () => {
    const result = auditEdit({
      ...base,
      tab: 'issues',
      rows: [{ rowKey: 'CA', unitId: 'CA', values: { difficulties: 'Mới', proposals: '', nextYear: '' } }],
      snapshots: { CA: { difficulties: 'Cũ', proposals: '', nextYear: '' } },
      records: submitted,
      editedKeys: ['difficulties'],
    });
    expect(result.log.map((e) => [e.target, e.oldValue, e.newValue])).toEqual([
      ['Khó khăn - Đề xuất!CA (Tồn tại, hạn chế, khó khăn và nguyên nhân)', 'Cũ', 'Mới'],
    ]);
    expect(showValue(startOfVietnamDay(d(15, 9)))).toBe('15/09/2026');
    expect(showValue(vn(d(15, 9), 14, 30))).toBe('15/09/2026 14:30');
    expect(snapshotOf(row({ result: ' 82,5 %\u00a0', completedOn: startOfVietnamDay(d(1, 10)) }))).toEqual({
      result: '82,5 %',
      completedOn: '01/10/2026',
    });
  });
});
