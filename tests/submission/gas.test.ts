/**
 * Issue 8 on the in-memory Apps Script (tests/fakes): a spreadsheet owned by the VHXH office, set up by runSetup
 * (tabs, per-unit protections, the installable onEdit), shared with each unit's staff. People: Công an phường's
 * two staff members (CA), another unit's staff member (Phòng Kinh tế, KTHTDT), the VHXH office (the owner).
 * Consumer (gmail-like) accounts unless said otherwise: Google hides the editor's e-mail from the installable trigger.
 */
import { assessWorkbook } from '../../src/core/judging/assess';
import { summarize } from '../../src/core/overview/overview';
import { unitProgress } from '../../src/core/progress/owed';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import { rebuildSummary } from '../../src/gas/overview/overview';
import { planReminders, runReminders } from '../../src/gas/reminders/reminders';
import { runSetup } from '../../src/gas/setup/setup';
import { readWorkbook } from '../../src/gas/sheet/io';
import { reviewUnit, showReviewSidebar, submissionUpkeep, submitForCurrentUser } from '../../src/gas/submission';
import { PROTECTED_MESSAGE } from '../fakes';
import {
  asMenu,
  CA_DEPUTY,
  cellOf,
  completeUnit,
  d,
  editable,
  inputCellsOf,
  logRecords,
  makeWorld,
  mirrorOf,
  STAFF,
  setConfig,
  typeIn,
  VHXH,
  valueAt,
  vn,
  type World,
} from './world';

const CA = STAFF.CA;
const KT = STAFF.KTHTDT;
const UNKNOWN_CA = '(cán bộ Công an phường hoặc Phòng VHXH; Google không cung cấp email với tài khoản cá nhân)';

let w: World;
afterEach(() => w?.done());

const submitAs = (email: string, now = new Date()) => asMenu(w, email, () => submitForCurrentUser(now));
const reviewAs = (email: string, unitId: string, action: 'approve' | 'return' | 'reopen', comment = '') =>
  asMenu(w, email, () => reviewUnit(unitId, action, comment, new Date()));
const logOf = (action: keyof typeof LOG_ACTIONS) => logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS[action]);
/** The daily run as the owner (what app.ts's dailyReminderTrigger should call first: see the report). */
const upkeep = () =>
  w.fake.run(() => submissionUpkeep(w.fake.spreadsheet.api, new Date()), { as: VHXH, kind: 'timeTrigger' });
/** Any edit by the VHXH office (fires the installable trigger, which flushes queued log entries). */
const poke = () => typeIn(w, VHXH, 'indicators', 'PL1-1.1@TTHCC', 'evidence', `ghi chú ${Date.now()}`);

describe('submitting', () => {
  test('a missing value is refused with the list; accepted once the unit writes a reason in the explanation column', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA', ['PL2-26@CA', 'PL4-9@CA']);
    // The task's reason is already there; the indicator has none.
    expect(typeIn(w, CA, 'tasks', 'PL4-9@CA', 'evidence', 'Chờ Công an thành phố hướng dẫn').ok).toBe(true);

    const refused = submitAs(CA);
    expect(refused.split('\n')).toEqual([
      'Chưa thể gửi báo cáo: còn 1 mục chưa hoàn thiện. Đề nghị đơn vị hoàn thiện các mục sau rồi gửi lại:',
      '- Chỉ tiêu, TT 26: Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) - Chưa nhập kết quả. Nếu chưa có số liệu, ghi lý do ở cột "Giải trình, minh chứng".',
    ]);
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({ submit: false, submittedAt: '', submittedBy: '' });
    expect(String(mirrorOf(w.fake, 'CA').submissionStatus)).not.toContain('Đã gửi');
    expect(w.fake.properties.script.get('submission.2026.CA')).toBeUndefined();

    // The deputy writes the reason; the first staff member submits.
    expect(
      typeIn(
        w,
        CA_DEPUTY,
        'indicators',
        'PL2-26@CA',
        'evidence',
        'Chưa có số liệu, Công an thành phố tổng hợp vào tháng 12',
      ).ok,
    ).toBe(true);
    w.at(vn(d(25, 11), 9, 30));
    expect(submitAs(CA)).toBe(
      'Công an phường đã gửi báo cáo lúc 25/11/2026 09:30 (đúng hạn). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.',
    );
    expect(mirrorOf(w.fake, 'CA')).toEqual({
      submit: true,
      submittedAt: vn(d(25, 11), 9, 30),
      submittedBy: CA,
      submissionStatus: 'Đã gửi, chờ duyệt; gửi 25/11/2026 09:30 (đúng hạn)',
      approval: '',
      approvalComment: '',
    });
    expect(JSON.parse(w.fake.properties.script.get('submission.2026.CA')!)).toMatchObject({
      state: 'SUBMITTED',
      submittedBy: CA,
      submittedAt: vn(d(25, 11), 9, 30).toISOString(),
    });

    // The staff member could not write Nhật ký: both entries are written by the next run as the owner.
    expect(logOf('submit')).toEqual([]);
    poke();
    expect(logOf('submitRefused').map((r) => [r.user, r.unitId])).toEqual([[CA, 'CA']]);
    expect(String(logOf('submitRefused')[0].detail)).toContain(
      'TT 26: Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)',
    );
    expect(logOf('submit').map((r) => [r.user, r.unitId, r.detail])).toEqual([
      [
        CA,
        'CA',
        'Công an phường đã gửi báo cáo lúc 25/11/2026 09:30 (đúng hạn). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.',
      ],
    ]);
  });

  test('an invalid entry is refused too; an address not in the Đơn vị tab is told so', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    typeIn(w, CA, 'indicators', 'PL2-26@CA', 'result', '82.5.4%');
    expect(submitAs(CA)).toMatch(
      /^Chưa thể gửi báo cáo: còn 1 mục chưa hoàn thiện\.[^\n]*\n- Chỉ tiêu, TT 26 \(cột "Kết quả năm báo cáo"\): Không đọc được số/,
    );
    w.fake.users.add('nguoila@gmail.com');
    expect(submitAs('nguoila@gmail.com')).toBe(
      'Email nguoila@gmail.com chưa có trong trang Đơn vị, nên chưa xác định được đơn vị của bạn. Đề nghị liên hệ Phòng Văn hóa - Xã hội.',
    );
  });

  test('clicking "Gửi" again and again on an unfinished report: every click gets the list, every refusal reaches Nhật ký', () => {
    w = makeWorld(vn(d(25, 11), 8));
    // Nothing typed: 13 long items; the refusals wait in document properties (9 kB a value) until an owner run.
    for (let i = 0; i < 12; i++) {
      w.at(vn(d(25, 11), 8, i));
      expect(submitAs(CA)).toMatch(/^Chưa thể gửi báo cáo: còn 13 mục chưa hoàn thiện\./);
    }
    poke();
    expect(logOf('submitRefused').map((r) => (r.time as Date).toISOString())).toEqual(
      Array.from({ length: 12 }, (_, i) => vn(d(25, 11), 8, i).toISOString()),
    );
    // The queue is empty again.
    expect([...w.fake.properties.document.keys()].filter((k) => k.startsWith('pendingLog'))).toEqual([]);
  });

  test('30/11 23:59 Việt Nam time is on time, 01/12 00:00 is late: the mirror, the timeliness and the overview say so', () => {
    w = makeWorld(vn(d(29, 11), 8));
    completeUnit(w, 'CA');
    completeUnit(w, 'KTHTDT');
    w.at(new Date('2026-11-30T16:59:00Z'));
    expect(submitAs(CA)).toContain('lúc 30/11/2026 23:59 (đúng hạn)');
    w.at(new Date('2026-11-30T17:00:00Z'));
    expect(submitAs(KT)).toBe(
      'Phòng Kinh tế, Hạ tầng và Đô thị đã gửi báo cáo lúc 01/12/2026 00:00 (sau hạn báo cáo, tính là nộp muộn). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.',
    );
    expect(mirrorOf(w.fake, 'CA').submissionStatus).toBe('Đã gửi, chờ duyệt; gửi 30/11/2026 23:59 (đúng hạn)');
    expect(mirrorOf(w.fake, 'KTHTDT').submissionStatus).toBe('Đã gửi, chờ duyệt; gửi 01/12/2026 00:00 (nộp muộn)');

    const assessment = assessWorkbook(readWorkbook(w.fake.spreadsheet.api), d(1, 12));
    const timeliness = Object.fromEntries(unitProgress(assessment).map((p) => [p.unit.id, p.timeliness]));
    expect(timeliness).toEqual({
      TTHCC: 'NOT_REPORTED',
      VP: 'NOT_REPORTED',
      KTHTDT: 'LATE',
      VHXH: 'NOT_REPORTED',
      CA: 'ON_TIME',
      TTSNC: 'NOT_REPORTED',
    });
    const summary = summarize(assessment, new Date());
    expect(summary.timeliness).toMatchObject({
      expected: 6,
      submitted: 2,
      onTime: 1,
      late: 1,
      notReported: 4,
      pending: 0,
    });
    expect(summary.units.find((u) => u.unitId === 'KTHTDT')).toMatchObject({
      timeliness: 'Nộp muộn',
      submittedAt: '01/12/2026 00:00',
    });
    expect(summary.units.find((u) => u.unitId === 'CA')).toMatchObject({
      timeliness: 'Đúng hạn',
      submittedAt: '30/11/2026 23:59',
    });
    // The Tổng hợp tab, as "Cập nhật tổng hợp" writes it.
    w.fake.run(() => rebuildSummary(w.fake.spreadsheet.api, assessment, new Date()), { as: VHXH });
    const overview = w.fake.spreadsheet.values(TABS.summary.name);
    const rowOf = (name: string) => overview.find((r) => r[0] === name)!.map(String);
    expect(rowOf('Phòng Kinh tế, Hạ tầng và Đô thị')).toEqual(expect.arrayContaining(['Nộp muộn', '01/12/2026 00:00']));
    expect(rowOf('Công an phường')).toEqual(expect.arrayContaining(['Đúng hạn', '30/11/2026 23:59']));
  });

  test('submitting twice: the message of the issue, not a generic error', () => {
    w = makeWorld(vn(d(28, 11), 16, 5));
    completeUnit(w, 'CA');
    submitAs(CA);
    w.at(vn(d(29, 11), 8));
    expect(submitAs(CA_DEPUTY)).toBe(
      'Đơn vị đã gửi báo cáo ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    );
  });

  test('a tick in "Đã gửi báo cáo" is a submission: refused (unticked, reasons in the note) or recorded', () => {
    w = makeWorld(vn(d(26, 11), 10));
    completeUnit(w, 'KTHTDT', ['PL1-2@KTHTDT']);
    const tick = () => typeIn(w, KT, 'units', 'KTHTDT', 'submit', true);
    expect(tick().ok).toBe(true);
    expect(mirrorOf(w.fake, 'KTHTDT')).toMatchObject({ submit: false, submittedAt: '', submissionStatus: 'Chưa gửi' });
    const note = w.fake.spreadsheet.notes(cellOf(w.fake, 'units', 'KTHTDT', 'submit').a1)[0][0];
    expect(note).toMatch(
      /^Chưa gửi được báo cáo \(ô đã được bỏ đánh dấu\)\.\nChưa thể gửi báo cáo: còn 1 mục chưa hoàn thiện\./,
    );
    expect(note).toContain('- Chỉ tiêu, TT 2:');
    expect(logOf('submitRefused').map((r) => [r.user, r.unitId])).toEqual([
      [
        '(cán bộ Phòng Kinh tế, Hạ tầng và Đô thị hoặc Phòng VHXH; Google không cung cấp email với tài khoản cá nhân)',
        'KTHTDT',
      ],
    ]);
    // The reminders still chase it.
    expect(planReminders('manual', w.fake.spreadsheet.api).units.find((u) => u.unit.id === 'KTHTDT')?.action).toBe(
      'send',
    );

    // The same figure as PL2-4 (one measure, one figure: two different figures would block the submission).
    expect(typeIn(w, KT, 'indicators', 'PL1-2@KTHTDT', 'result', '100%').ok).toBe(true);
    w.at(vn(d(26, 11), 10, 20));
    expect(tick().ok).toBe(true);
    expect(mirrorOf(w.fake, 'KTHTDT')).toMatchObject({
      submit: true,
      submittedAt: vn(d(26, 11), 10, 20),
      submittedBy:
        '(cán bộ Phòng Kinh tế, Hạ tầng và Đô thị hoặc Phòng VHXH; Google không cung cấp email với tài khoản cá nhân)',
    });
    expect(w.fake.spreadsheet.notes(cellOf(w.fake, 'units', 'KTHTDT', 'submit').a1)[0][0]).toBe('');
    expect(logOf('submit').map((r) => r.unitId)).toEqual(['KTHTDT']);
  });

  test('unticking or retyping the mirror is undone from the record, with the plain Vietnamese reason', () => {
    w = makeWorld(vn(d(28, 11), 16, 5));
    completeUnit(w, 'CA');
    submitAs(CA);
    const before = mirrorOf(w.fake, 'CA');
    expect(typeIn(w, CA, 'units', 'CA', 'submit', false).ok).toBe(true);
    expect(mirrorOf(w.fake, 'CA')).toEqual(before);
    expect(w.fake.spreadsheet.notes(cellOf(w.fake, 'units', 'CA', 'submit').a1)[0][0]).toBe(
      'Đơn vị đã gửi báo cáo ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    );
    typeIn(w, CA, 'units', 'CA', 'submittedAt', '01/11/2026 08:00');
    expect(mirrorOf(w.fake, 'CA')).toEqual(before);
  });
});

describe('approving, returning, reopening', () => {
  function submittedWorld(): void {
    w = makeWorld(vn(d(27, 11), 8));
    completeUnit(w, 'CA');
    completeUnit(w, 'KTHTDT');
    submitAs(CA);
  }

  test("approval makes the unit's cells read-only for its staff but not for the VHXH office; other units unaffected", () => {
    submittedWorld();
    const cells = inputCellsOf(w.fake, 'CA');
    // Input cells: 2 indicators × 3 (result, evidence, kết quả nổi bật), 11 tasks × 5, 3 on Khó khăn - Đề xuất.
    expect(cells).toHaveLength(2 * 3 + 11 * 5 + 3);
    const tick = cellOf(w.fake, 'units', 'CA', 'submit');
    const ktCells = inputCellsOf(w.fake, 'KTHTDT');
    // Submitted, not approved: still editable (and every change is logged).
    expect([editable(w.fake, CA, cells), editable(w.fake, CA_DEPUTY, cells), editable(w.fake, KT, cells)]).toEqual([
      cells.length,
      cells.length,
      0,
    ]);

    w.at(vn(d(28, 11), 16, 5));
    expect(reviewAs(VHXH, 'CA', 'approve')).toBe('Công an phường: Đã duyệt.');
    expect([editable(w.fake, CA, cells), editable(w.fake, CA_DEPUTY, cells), editable(w.fake, VHXH, cells)]).toEqual([
      0,
      0,
      cells.length,
    ]);
    expect(w.fake.spreadsheet.canUserEdit(CA, TABS.units.name, tick.row, tick.column)).toBe(false);
    expect(editable(w.fake, KT, ktCells)).toBe(ktCells.length);

    const refused = typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', '90%');
    expect(refused).toMatchObject({ ok: false, reason: 'protected', message: PROTECTED_MESSAGE });
    expect(valueAt(w.fake, 'indicators', 'PL1-6@CA', 'result')).toBe('100%');
    // What the unit reads instead of Google's generic text: the Đơn vị row, the protection, the menu.
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({
      approval: 'Đã duyệt',
      submissionStatus:
        'Đã duyệt 28/11/2026 16:05; gửi 27/11/2026 08:00 (đúng hạn); muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại',
    });
    const caProtections = w.fake.spreadsheet.protections().filter((p) => p.description.endsWith('#CA'));
    expect(caProtections.map((p) => p.sheet).sort()).toEqual(
      [TABS.indicators.name, TABS.issues.name, TABS.tasks.name, TABS.units.name].sort(),
    );
    for (const p of caProtections) {
      expect(p.description).toContain(
        ' - khóa: Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại. #CA',
      );
      expect(p.editors).toEqual([VHXH]);
    }
    expect(submitAs(CA)).toBe(
      'Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    );

    // The VHXH office still edits, and that is logged with its e-mail (the owner's is visible).
    expect(typeIn(w, VHXH, 'indicators', 'PL1-6@CA', 'result', '95%').ok).toBe(true);
    expect(logOf('editAfterSubmit').map((r) => [r.user, r.oldValue, r.newValue, r.detail])).toEqual([
      [VHXH, '100%', '95%', 'Sửa sau khi đơn vị đã gửi báo cáo (trạng thái: Đã duyệt)'],
    ]);
    expect(logOf('approve').map((r) => [r.user, r.unitId])).toEqual([[VHXH, 'CA']]);
  });

  test('the lock survives setup + the daily upkeep; approving the VHXH unit never removes the VHXH office', () => {
    submittedWorld();
    reviewAs(VHXH, 'CA', 'approve');
    const cells = inputCellsOf(w.fake, 'CA');
    w.fake.run(() => runSetup(w.fake.spreadsheet.api, new Date()), { as: VHXH });
    upkeep();
    expect([editable(w.fake, CA, cells), editable(w.fake, VHXH, cells)]).toEqual([0, cells.length]);

    // The office's address (not the owner here) is also on the VHXH unit's row: approving that unit keeps it.
    const office = 'truongphong.vhxh@phuong-haiduong.example';
    w.fake.users.add(office);
    const units = w.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
    const emails = cellOf(w.fake, 'units', 'VHXH', 'accounts');
    w.fake.run(
      () => {
        setConfig(w.fake, 'Email Phòng Văn hóa - Xã hội', office);
        units.getRange(emails.row, emails.column).setValue(`${STAFF.VHXH}; ${office}`);
        runSetup(w.fake.spreadsheet.api, new Date());
      },
      { as: VHXH },
    );
    completeUnit(w, 'VHXH');
    expect(submitAs(STAFF.VHXH)).toContain('Phòng Văn hóa - Xã hội đã gửi báo cáo');
    expect(reviewAs(VHXH, 'VHXH', 'approve')).toBe('Phòng Văn hóa - Xã hội: Đã duyệt.');
    const vhxhCells = inputCellsOf(w.fake, 'VHXH');
    expect([editable(w.fake, STAFF.VHXH, vhxhCells), editable(w.fake, office, vhxhCells)]).toEqual([
      0,
      vhxhCells.length,
    ]);
  });

  // setup.ts rebuilds every protection with each unit editable, then calls submissionUpkeep to put the locks back.
  test('runSetup alone keeps an approved unit locked', () => {
    submittedWorld();
    reviewAs(VHXH, 'CA', 'approve');
    w.fake.run(() => runSetup(w.fake.spreadsheet.api, new Date()), { as: VHXH });
    expect(editable(w.fake, CA, inputCellsOf(w.fake, 'CA'))).toBe(0);
  });

  test("return with a comment e-mails only the unit's addresses from the Đơn vị tab and reopens its cells", () => {
    submittedWorld();
    reviewAs(VHXH, 'CA', 'approve');
    w.at(vn(d(29, 11), 9));
    const comment = 'Đề nghị bổ sung văn bản minh chứng cho chỉ tiêu TT 26.';
    expect(reviewAs(VHXH, 'CA', 'return', '  ')).toBe(
      'Khi trả lại báo cáo, cần ghi ý kiến để đơn vị biết phải sửa gì.',
    );
    expect(w.fake.mail.sent).toHaveLength(0);
    expect(reviewAs(VHXH, 'CA', 'return', comment)).toBe(
      `Công an phường: Bị trả lại.\nĐã gửi email ý kiến tới ${CA}, ${CA_DEPUTY}.`,
    );

    expect(w.fake.mail.sent).toHaveLength(1);
    const mail = w.fake.mail.sent[0];
    expect([...mail.to].sort()).toEqual([CA, CA_DEPUTY].sort());
    expect([mail.cc, mail.bcc]).toEqual([[], []]);
    expect(mail.from).toBe(VHXH);
    expect(mail.replyTo).toBe(VHXH);
    expect(mail.subject).toBe('[Kế hoạch 57/KH-UBND] Báo cáo năm 2026 của đơn vị được trả lại để hoàn thiện');
    expect(mail.body).toContain('Kính gửi: Công an phường');
    expect(mail.body).toContain(comment);
    expect(mail.body).toContain(w.fake.spreadsheet.api.getUrl());

    const cells = inputCellsOf(w.fake, 'CA');
    expect([editable(w.fake, CA, cells), editable(w.fake, CA_DEPUTY, cells)]).toEqual([cells.length, cells.length]);
    for (const p of w.fake.spreadsheet.protections().filter((x) => x.description.endsWith('#CA')))
      expect(p.description).not.toContain('khóa');
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({
      submit: false,
      approval: 'Bị trả lại',
      approvalComment: comment,
      submissionStatus: `Bị trả lại 29/11/2026 09:00; ý kiến: ${comment}; đơn vị sửa rồi gửi lại`,
    });
    expect(logOf('returnReport').map((r) => r.detail)).toEqual([
      comment,
      `Đã gửi email ý kiến tới ${CA}, ${CA_DEPUTY}.`,
    ]);
    // Returned = no longer submitted for the reminders (nothing is missing here, so nothing is sent either).
    expect(planReminders('manual', w.fake.spreadsheet.api).units.find((u) => u.unit.id === 'CA')?.action).toBe(
      'nothingOwed',
    );

    // The unit fixes and submits again: the staff cannot write the approval columns; the next owner run does.
    expect(typeIn(w, CA, 'indicators', 'PL2-26@CA', 'evidence', 'Công văn 123/CAP ngày 20/11/2026').ok).toBe(true);
    w.at(vn(d(29, 11), 14));
    expect(submitAs(CA)).toContain('đã gửi báo cáo lúc 29/11/2026 14:00 (đúng hạn)');
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({ submit: true, approval: 'Bị trả lại' });
    poke();
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({
      submit: true,
      submissionStatus: 'Đã gửi, chờ duyệt; gửi 29/11/2026 14:00 (đúng hạn)',
      approval: '',
      approvalComment: '',
    });
  });

  test('a return whose e-mail cannot go out says so and is logged; the cells reopen anyway', () => {
    submittedWorld();
    w.fake.mail.setRemaining(1, VHXH);
    const message = reviewAs(VHXH, 'CA', 'return', 'Thiếu số liệu');
    expect(message).toBe(
      'Công an phường: Bị trả lại.\nChưa gửi được email ý kiến (hết hạn mức gửi email trong ngày); đề nghị báo trực tiếp cho đơn vị.',
    );
    expect(w.fake.mail.sent).toHaveLength(0);
    expect(logOf('returnReport').map((r) => r.detail)).toEqual([
      'Thiếu số liệu',
      'Chưa gửi được email ý kiến (hết hạn mức gửi email trong ngày); đề nghị báo trực tiếp cho đơn vị.',
    ]);
    expect(editable(w.fake, CA, inputCellsOf(w.fake, 'CA'))).toBe(inputCellsOf(w.fake, 'CA').length);
  });

  test('reopening an approved report: cells open, the unit submits again', () => {
    submittedWorld();
    reviewAs(VHXH, 'CA', 'approve');
    w.at(vn(d(28, 11), 10));
    expect(reviewAs(VHXH, 'CA', 'reopen')).toBe('Công an phường: Chưa gửi.');
    expect(editable(w.fake, CA, inputCellsOf(w.fake, 'CA'))).toBe(inputCellsOf(w.fake, 'CA').length);
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({
      submit: false,
      approval: '',
      submissionStatus:
        'Phòng Văn hóa - Xã hội mở lại 28/11/2026 10:00; đơn vị sửa rồi gửi lại (lần gửi trước: 27/11/2026 08:00 (đúng hạn))',
    });
    expect(reviewAs(VHXH, 'CA', 'approve')).toBe('Không thể duyệt báo cáo đang ở trạng thái "Chưa gửi".');
    expect(submitAs(CA)).toContain('Công an phường đã gửi báo cáo lúc 28/11/2026 10:00');
    expect(logOf('reopen').map((r) => [r.user, r.unitId])).toEqual([[VHXH, 'CA']]);
  });

  test("only the VHXH office approves, returns or reopens: another unit's staff (and the unit itself) get the Vietnamese refusal", () => {
    submittedWorld();
    const refusal = 'Chỉ Phòng Văn hóa - Xã hội (email trong trang Cấu hình) được duyệt, trả lại hoặc mở lại báo cáo.';
    const protectionsBefore = w.fake.spreadsheet.protections();
    for (const [who, action] of [
      [KT, 'approve'],
      [KT, 'return'],
      [KT, 'reopen'],
      [CA, 'approve'],
    ] as const) {
      expect(reviewAs(who, 'CA', action, 'Trả lại')).toBe(refusal);
    }
    expect(JSON.parse(w.fake.properties.script.get('submission.2026.CA')!).state).toBe('SUBMITTED');
    expect(w.fake.spreadsheet.protections()).toEqual(protectionsBefore);
    expect(w.fake.mail.sent).toHaveLength(0);
    asMenu(w, KT, () => showReviewSidebar(new Date()));
    expect(w.fake.ui.alerts.map((a) => a.prompt)).toEqual([refusal]);
    asMenu(w, VHXH, () => showReviewSidebar(new Date()));
    expect(w.fake.ui.alerts).toHaveLength(1);
    expect(JSON.stringify(w.fake.ui.lastDialog())).toContain('Đã gửi, chờ duyệt; gửi 27/11/2026 08:00 (đúng hạn)');
  });
});

describe('the audit trail in Nhật ký (the installable trigger runs as the owner)', () => {
  function submitted(accountType: 'consumer' | 'workspace' = 'consumer'): void {
    w = makeWorld(vn(d(27, 11), 8), { accountType });
    completeUnit(w, 'CA');
    w.fake.run(
      () => {
        const ss = w.fake.spreadsheet.api;
        const done = cellOf(w.fake, 'tasks', 'PL4-9@CA', 'status');
        ss.getSheetByName(TABS.tasks.name)!
          .getRange(done.row, done.column, 1, 2)
          .setValues([['Hoàn thành', new Date('2026-10-14T17:00:00Z')]]);
      },
      { as: VHXH },
    );
    submitAs(CA);
  }

  test('an edit before submission is not logged; a single-cell edit after it is, with old and new values', () => {
    w = makeWorld(vn(d(27, 11), 8));
    completeUnit(w, 'CA');
    typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', 'Hoàn thành');
    expect(logOf('editAfterSubmit')).toEqual([]);
    submitAs(CA);
    w.at(vn(d(27, 11), 10, 15));
    expect(typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', 'Hoàn thành 100%').ok).toBe(true);
    expect(logOf('editAfterSubmit')).toEqual([
      {
        time: vn(d(27, 11), 10, 15),
        user: UNKNOWN_CA,
        action: 'Sửa sau khi gửi',
        unitId: 'CA',
        target: 'Chỉ tiêu!PL1-6@CA (Kết quả năm báo cáo)',
        detail: 'Sửa sau khi đơn vị đã gửi báo cáo (trạng thái: Đã gửi, chờ duyệt)',
        oldValue: 'Hoàn thành',
        newValue: 'Hoàn thành 100%',
      },
    ]);
    expect(valueAt(w.fake, 'indicators', 'PL1-6@CA', 'rowStatus')).toBe('Sửa sau khi gửi (27/11/2026 10:15)');
    // It was the installable trigger, run as its creator (the owner), that wrote it.
    expect(
      w.fake.executions
        .filter((x) => x.kind === 'installableTrigger' && x.name === 'onEditInstalled')
        .every((x) => x.user === VHXH && !x.error),
    ).toBe(true);
    // Emptying a cell is a change too.
    typeIn(w, CA, 'indicators', 'PL1-6@CA', 'evidence', 'tạm');
    typeIn(w, CA, 'indicators', 'PL1-6@CA', 'evidence', '');
    expect(
      logOf('editAfterSubmit')
        .slice(-2)
        .map((r) => [r.oldValue, r.newValue]),
    ).toEqual([
      ['', 'tạm'],
      ['tạm', ''],
    ]);
  });

  test('a multi-cell paste: every changed cell with its old value from the snapshot taken at submission', () => {
    submitted();
    w.at(vn(d(28, 11), 9));
    const first = cellOf(w.fake, 'tasks', 'PL4-9@CA', 'status');
    // Three rows (PL4-9, PL4-12, PL4-24) × status, completion date, result.
    const result = w.fake.spreadsheet.userEdit(
      CA,
      first.a1,
      [
        ['Hoàn thành', new Date('2026-10-14T17:00:00Z'), 'Quyết định 15/QĐ-CAP'],
        ['Hoàn thành', new Date('2026-11-19T17:00:00Z'), ''],
        ['Đang thực hiện', '', ''],
      ],
      { handlers: w.handlers },
    );
    expect(result.ok).toBe(true);
    expect(result.event?.oldValue).toBeUndefined();
    expect(cellOf(w.fake, 'tasks', 'PL4-12@CA', 'status').row).toBe(first.row + 1);
    expect(logOf('editAfterSubmit').map((r) => [r.user, r.target, r.oldValue, r.newValue])).toEqual([
      [UNKNOWN_CA, 'Nhiệm vụ!PL4-9@CA (Kết quả, sản phẩm)', '', 'Quyết định 15/QĐ-CAP'],
      [UNKNOWN_CA, 'Nhiệm vụ!PL4-12@CA (Tình trạng)', 'Đang thực hiện', 'Hoàn thành'],
      [UNKNOWN_CA, 'Nhiệm vụ!PL4-12@CA (Ngày hoàn thành)', '', '20/11/2026'],
    ]);
    expect(valueAt(w.fake, 'tasks', 'PL4-24@CA', 'rowStatus')).toBe('');
    expect(valueAt(w.fake, 'tasks', 'PL4-12@CA', 'rowStatus')).toBe('Sửa sau khi gửi (28/11/2026 09:00)');
  });

  test('a single-cell date edit shows dates, not serial numbers; Khó khăn - Đề xuất is audited too', () => {
    submitted();
    const cell = cellOf(w.fake, 'tasks', 'PL4-9@CA', 'completedOn');
    expect(
      w.fake.spreadsheet.userEdit(CA, cell.a1, new Date('2026-10-19T17:00:00Z'), { handlers: w.handlers }).event
        ?.oldValue,
    ).toMatch(/^\d+$/);
    typeIn(w, CA_DEPUTY, 'issues', 'CA', 'proposals', 'Đề nghị cấp thêm máy tính');
    expect(logOf('editAfterSubmit').map((r) => [r.target, r.oldValue, r.newValue])).toEqual([
      ['Nhiệm vụ!PL4-9@CA (Ngày hoàn thành)', '15/10/2026', '20/10/2026'],
      ['Khó khăn - Đề xuất!CA (Đề xuất, kiến nghị)', '', 'Đề nghị cấp thêm máy tính'],
    ]);
  });

  test("Workspace accounts of the owner's domain: the entry names the editor's e-mail", () => {
    submitted('workspace');
    typeIn(w, CA_DEPUTY, 'indicators', 'PL2-26@CA', 'result', '80,2%');
    expect(logOf('editAfterSubmit').map((r) => [r.user, r.oldValue, r.newValue])).toEqual([
      [CA_DEPUTY, '100%', '80,2%'],
    ]);
  });
});

describe('reminders skip a unit that submitted through the menu', () => {
  test('Công an phường is chased before it submits and not after; the others still are', () => {
    w = makeWorld(vn(d(27, 11), 8));
    completeUnit(w, 'CA', ['PL2-26@CA']);
    const actions = () =>
      Object.fromEntries(planReminders('manual', w.fake.spreadsheet.api).units.map((u) => [u.unit.id, u.action]));
    expect(actions().CA).toBe('send');
    typeIn(w, CA, 'indicators', 'PL2-26@CA', 'result', '80,2%');
    submitAs(CA);
    expect(actions()).toEqual({
      TTHCC: 'send',
      VP: 'send',
      KTHTDT: 'send',
      VHXH: 'send',
      CA: 'submitted',
      TTSNC: 'send',
    });
    const run = asMenu(w, VHXH, () => runReminders({ mode: 'manual' }));
    expect(run.counts.sent).toBe(5);
    const recipients = w.fake.mail.sent.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]);
    expect(recipients).not.toContain(CA);
    expect(recipients).not.toContain(CA_DEPUTY);
    expect(recipients).toContain(KT);
  });
});

describe('the daily upkeep keeps the Đơn vị mirror equal to the records', () => {
  test('a tick the tool never recorded (typed while no trigger ran) is undone and logged, so the reminders keep chasing', () => {
    w = makeWorld(vn(d(27, 11), 8));
    const tick = cellOf(w.fake, 'units', 'TTSNC', 'submit');
    // Written without any onEdit (script writes fire no trigger), as if the installable trigger had been missing.
    w.fake.run(
      () => w.fake.spreadsheet.api.getSheetByName(TABS.units.name)!.getRange(tick.row, tick.column).setValue(true),
      { as: VHXH },
    );
    expect(planReminders('manual', w.fake.spreadsheet.api).units.find((u) => u.unit.id === 'TTSNC')?.action).toBe(
      'submitted',
    );
    expect(upkeep()).toEqual({ locked: [], unlocked: [], mirrorFixes: 1 });
    expect(mirrorOf(w.fake, 'TTSNC')).toMatchObject({ submit: false, submissionStatus: 'Chưa gửi' });
    expect(logOf('submitRefused').map((r) => [r.unitId, r.detail])).toEqual([
      [
        'TTSNC',
        'Ô "Đã gửi báo cáo" được đánh dấu mà công cụ không có bản ghi gửi báo cáo; đã bỏ đánh dấu. Đơn vị gửi bằng menu Kế hoạch CĐS > Gửi báo cáo của đơn vị.',
      ],
    ]);
    expect(planReminders('manual', w.fake.spreadsheet.api).units.find((u) => u.unit.id === 'TTSNC')?.action).toBe(
      'send',
    );
    // Nothing to fix the next day: no write at all.
    const writes = w.fake.counter.count('Range.setValues');
    expect(upkeep().mirrorFixes).toBe(0);
    expect(w.fake.counter.count('Range.setValues')).toBe(writes);
  });
});

describe('after the deadline', () => {
  test('"Nhận số liệu sau hạn" = "Không": the daily upkeep locks every unit\'s data rows; VHXH still edits; a late submission is still possible', () => {
    w = makeWorld(vn(d(30, 11), 20), { acceptLate: false });
    completeUnit(w, 'CA');
    const cells = inputCellsOf(w.fake, 'CA');
    const ktCells = inputCellsOf(w.fake, 'KTHTDT');
    upkeep();
    expect(editable(w.fake, CA, cells)).toBe(cells.length);

    w.at(vn(d(1, 12), 7));
    expect(upkeep()).toEqual({
      locked: ['TTHCC', 'VP', 'KTHTDT', 'VHXH', 'CA', 'TTSNC'],
      unlocked: [],
      mirrorFixes: 0,
    });
    expect([editable(w.fake, CA, cells), editable(w.fake, KT, ktCells), editable(w.fake, VHXH, cells)]).toEqual([
      0,
      0,
      cells.length,
    ]);
    const locked = w.fake.spreadsheet
      .protections()
      .find((p) => p.sheet === TABS.indicators.name && p.description.endsWith('#CA'))!;
    expect(locked.description).toContain(
      'khóa: Đã hết hạn báo cáo 30/11/2026 và Phòng Văn hóa - Xã hội không nhận số liệu sau hạn; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại. #CA',
    );
    expect(typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', '90%')).toMatchObject({ ok: false, reason: 'protected' });
    expect(
      logRecords(w.fake).filter((r) =>
        String(r.detail).startsWith('Khóa ô nhập của Công an phường: Đã hết hạn báo cáo'),
      ),
    ).toHaveLength(1);

    // Submitting is still possible (late), from the menu; the Đơn vị row stays the unit's.
    expect(submitAs(CA)).toContain('(sau hạn báo cáo, tính là nộp muộn)');
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({
      submit: true,
      submissionStatus: 'Đã gửi, chờ duyệt; gửi 01/12/2026 07:00 (nộp muộn)',
    });

    // The VHXH office returns it after the deadline: that unit (only) may edit again until it submits.
    w.at(vn(d(2, 12), 9));
    reviewAs(VHXH, 'CA', 'return', 'Sửa số liệu TT 26');
    expect([editable(w.fake, CA, cells), editable(w.fake, KT, ktCells)]).toEqual([cells.length, 0]);
    expect(typeIn(w, CA, 'indicators', 'PL2-26@CA', 'result', '81%').ok).toBe(true);
    expect(logOf('lateEntry').map((r) => [r.detail, r.oldValue, r.newValue])).toEqual([
      ['Nhập sau hạn báo cáo 30/11/2026', '100%', '81%'],
    ]);
    w.at(vn(d(2, 12), 10));
    submitAs(CA);
    poke();
    expect(editable(w.fake, CA, cells)).toBe(0);
  });

  test('"Không" without a daily run yet: the first late edit locks the units at once, and is marked and logged', () => {
    w = makeWorld(vn(d(30, 11), 20), { acceptLate: false });
    completeUnit(w, 'CA');
    w.at(vn(d(1, 12), 0, 30));
    expect(typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', '90%').ok).toBe(true);
    expect(logOf('lateEntry').map((r) => [r.user, r.oldValue, r.newValue, r.detail])).toEqual([
      [
        UNKNOWN_CA,
        '100%',
        '90%',
        'Nhập sau hạn báo cáo 30/11/2026, khi Cấu hình không nhận số liệu sau hạn: công cụ đã khóa ô nhập của đơn vị; Phòng Văn hóa - Xã hội xem xét giữ hay bỏ giá trị này',
      ],
    ]);
    expect(valueAt(w.fake, 'indicators', 'PL1-6@CA', 'rowStatus')).toBe('Nhập sau hạn (01/12/2026 00:30)');
    expect(typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', '80%')).toMatchObject({ ok: false, reason: 'protected' });
  });

  test('"Có": a late entry is accepted, marked "Nhập sau hạn" and logged; switching Cấu hình to "Không" locks, back to "Có" reopens', () => {
    w = makeWorld(vn(d(30, 11), 20));
    completeUnit(w, 'CA');
    w.at(vn(d(1, 12), 8));
    upkeep();
    expect(typeIn(w, CA, 'indicators', 'PL1-6@CA', 'result', '90%').ok).toBe(true);
    expect(valueAt(w.fake, 'indicators', 'PL1-6@CA', 'result')).toBe('90%');
    expect(valueAt(w.fake, 'indicators', 'PL1-6@CA', 'rowStatus')).toBe('Nhập sau hạn (01/12/2026 08:00)');
    expect(logOf('lateEntry').map((r) => [r.action, r.user, r.target, r.oldValue, r.newValue, r.detail])).toEqual([
      [
        'Nhập sau hạn',
        UNKNOWN_CA,
        'Chỉ tiêu!PL1-6@CA (Kết quả năm báo cáo)',
        '100%',
        '90%',
        'Nhập sau hạn báo cáo 30/11/2026',
      ],
    ]);

    const cells = inputCellsOf(w.fake, 'CA');
    const setting = () => {
      const config = w.fake.spreadsheet.values(TABS.config.name);
      const row = config.findIndex((r) => r[0] === 'Nhận số liệu sau hạn') + 1;
      return `'${TABS.config.name}'!B${row}`;
    };
    expect(w.fake.spreadsheet.userEdit(VHXH, setting(), 'Không', { handlers: w.handlers }).ok).toBe(true);
    expect(editable(w.fake, CA, cells)).toBe(0);
    expect(w.fake.spreadsheet.userEdit(VHXH, setting(), 'Có', { handlers: w.handlers }).ok).toBe(true);
    expect(editable(w.fake, CA, cells)).toBe(cells.length);
  });
});
