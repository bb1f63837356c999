import { startOfVietnamDay, vietnamDateOf } from '../../src/core/dates';
import { assessWorkbook } from '../../src/core/judging/assess';
import {
  CARRY_KEY,
  confirmSendMessage,
  dryRun,
  executeReminderRun,
  markKey,
  missedKey,
  outcomeText,
  planReminderRun,
  type ReminderPlan,
  type RunMode,
  readJournal,
  type SheetLinks,
  summaryKey,
} from '../../src/core/reminders';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';
import { escapeHtml } from '../../src/core/text';
import { d, MemoryPorts, owingWorkbook, RunDied, sampleWorkbook, setCell, UNIT_IDS, unitEmails } from './helpers';

const LINKS: SheetLinks = {
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/SHEET/edit',
  sheetIds: { indicators: 11, tasks: 22, issues: 33, units: 44 },
};

/** A Việt Nam wall-clock time. */
function at(day: number, month: number, hour = 7, minute = 0): Date {
  return new Date(startOfVietnamDay(d(day, month)).getTime() + (hour * 60 + minute) * 60_000);
}

function plan(workbook: WorkbookData, now: Date, mode: RunMode, props: Record<string, string> = {}): ReminderPlan {
  const assessment = assessWorkbook(workbook, vietnamDateOf(now));
  return planReminderRun({
    assessment,
    mode,
    now,
    journal: readJournal(props),
    links: LINKS,
    user: 'vhxh@phuong-haiduong.example',
  });
}

function run(workbook: WorkbookData, ports: MemoryPorts, mode: RunMode = 'daily') {
  return executeReminderRun(plan(workbook, ports.now(), mode, ports.props), ports);
}

const reminderUnits = (ports: MemoryPorts) =>
  ports.outbox.filter((m) => m.email.kind === 'reminder').map((m) => m.email.unitId);
const summaries = (ports: MemoryPorts) => ports.outbox.filter((m) => m.email.kind === 'summary');

describe('who gets a reminder (the embedded sample)', () => {
  test('on 25/11 a manual run reminds the units that owe and have not submitted', () => {
    const p = plan(sampleWorkbook(d(25, 11)), at(25, 11), 'manual');
    const byUnit = Object.fromEntries(p.units.map((u) => [u.unit.id, u.action]));
    expect(p.schedule.scheduled).toBe(false);
    // TTHCC, VP and VHXH have submitted; TTSNC's only address is malformed.
    expect(byUnit).toMatchObject({ TTHCC: 'submitted', VP: 'submitted', VHXH: 'submitted', TTSNC: 'noAddress' });
    expect(byUnit.CA).toBe('send');
    const ca = p.units.find((u) => u.unit.id === 'CA')!;
    expect(ca.recipients).toEqual(['congan@phuong-haiduong.example']);
    const ttsnc = p.units.find((u) => u.unit.id === 'TTSNC')!;
    expect(ttsnc.invalidEmails).toEqual(['ttdvsnc.phuong-haiduong.example']);
    // The office is told which column to fix, and what is typed there.
    expect(outcomeText({ planned: ttsnc, outcome: 'noAddress', at: null, error: null }, p)).toBe(
      'Bỏ qua: không có địa chỉ e-mail hợp lệ ở cột "Email nhận nhắc hạn" của trang "Đơn vị" (đang ghi: ttdvsnc.phuong-haiduong.example). Đề nghị sửa địa chỉ hoặc liên hệ trực tiếp đơn vị.',
    );
  });

  test('a unit whose reminder column is empty: the office is sent to the accounts column, which was read', () => {
    const workbook = sampleWorkbook(d(25, 11));
    setCell(workbook, 'units', 'unitId', 'CA', 'emails', '');
    setCell(workbook, 'units', 'unitId', 'CA', 'accounts', 'cong an phuong');
    const p = plan(workbook, at(25, 11), 'manual');
    const ca = p.units.find((u) => u.unit.id === 'CA')!;
    expect(ca.action).toBe('noAddress');
    expect(outcomeText({ planned: ca, outcome: 'noAddress', at: null, error: null }, p)).toBe(
      'Bỏ qua: không có địa chỉ e-mail hợp lệ ở cột "Tài khoản Google được nhập liệu" (cột "Email nhận nhắc hạn" để trống) của trang "Đơn vị" (đang ghi: cong an phuong). Đề nghị sửa địa chỉ hoặc liên hệ trực tiếp đơn vị.',
    );
  });

  test('a daily run on 25/11 (not a reminder day) sends nothing and no summary', () => {
    const ports = new MemoryPorts(at(25, 11));
    const result = run(sampleWorkbook(d(25, 11)), ports);
    expect(ports.outbox).toEqual([]);
    expect(result.summary.sent).toBe(false);
  });

  test('every recipient is an address of the Đơn vị tab, the summary goes to the VHXH address only', () => {
    for (const [day, month] of [
      [16, 11],
      [27, 11],
      [30, 11],
      [3, 12],
      [6, 12],
    ]) {
      const workbook = sampleWorkbook(d(day, month));
      const ports = new MemoryPorts(at(day, month));
      run(workbook, ports);
      // The reminder column of the Đơn vị tab, or the accounts where it is empty.
      const map = new ColumnMap('units', workbook.units.header);
      const split = (v: unknown) =>
        String(v)
          .split(/[;,\s]+/)
          .filter(Boolean);
      const listed = new Set(
        workbook.units.rows.flatMap((r) => {
          const own = split(r[map.index('emails')]);
          return own.length ? own : split(r[map.index('accounts')]);
        }),
      );
      for (const { email } of ports.outbox) {
        if (email.kind === 'summary') expect(email.to).toEqual(['vhxh@phuong-haiduong.example']);
        else for (const to of email.to) expect(listed).toContain(to);
        expect(email.replyTo).toBe('vhxh@phuong-haiduong.example');
      }
    }
  });

  test('a unit that owes nothing but has an unreadable entry is reminded to correct it', () => {
    const workbook = sampleWorkbook(d(27, 11));
    const p = plan(workbook, at(27, 11), 'daily');
    for (const u of p.units) {
      if (u.action === 'send') expect(u.progress.owed.length + u.progress.invalid.length).toBeGreaterThan(0);
      if (u.action === 'nothingOwed') expect(u.progress.invalid).toEqual([]);
    }
  });

  test('a submitted unit gets nothing even if it still owes items', () => {
    const workbook = owingWorkbook();
    setCell(workbook, 'units', 'unitId', 'CA', 'submit', true);
    setCell(workbook, 'units', 'unitId', 'CA', 'submittedAt', at(20, 11));
    const ports = new MemoryPorts(at(23, 11));
    run(workbook, ports);
    expect(reminderUnits(ports)).not.toContain('CA');
    expect(reminderUnits(ports).sort()).toEqual(UNIT_IDS.filter((u) => u !== 'CA').sort());
  });

  test('no valid address in Cấu hình for VHXH: reminders still go (no Reply-To), no summary, the skip is logged', () => {
    const workbook = owingWorkbook();
    setCell(workbook, 'config', 'key', 'Email Phòng Văn hóa - Xã hội', 'value', 'vhxh-at-phuong');
    const ports = new MemoryPorts(at(23, 11));
    const result = run(workbook, ports);
    expect(summaries(ports)).toEqual([]);
    expect(reminderUnits(ports)).toHaveLength(6);
    for (const { email } of ports.outbox) expect(email.replyTo).toBeNull();
    expect(result.summary.note).toContain('không hợp lệ');
    expect(ports.log.some((e) => e.action === 'reminderSkipped' && e.detail.includes('tổng hợp'))).toBe(true);
  });
});

describe('the reminder e-mail', () => {
  const workbook = owingWorkbook();
  const mail = (now: Date, unitId = 'CA') =>
    plan(workbook, now, 'manual').units.find((u) => u.unit.id === unitId)!.message!;

  test('subject names the plan and the deadline', () => {
    expect(mail(at(25, 11)).subject).toBe('[Kế hoạch 57/KH-UBND] Nhắc báo cáo kết quả năm 2026 - hạn 30/11/2026');
    expect(mail(at(30, 11)).subject).toBe(
      '[Kế hoạch 57/KH-UBND] Nhắc báo cáo kết quả năm 2026 - hạn 30/11/2026 (hôm nay là hạn cuối)',
    );
    expect(mail(at(3, 12)).subject).toBe(
      '[Kế hoạch 57/KH-UBND] Nhắc báo cáo kết quả năm 2026 - hạn 30/11/2026 (đã quá hạn 3 ngày)',
    );
  });

  test('before, on and after the deadline', () => {
    expect(mail(at(25, 11)).text).toContain('Hạn báo cáo kết quả năm 2026: hết ngày 30/11/2026 (còn 5 ngày).');
    expect(mail(at(30, 11, 23, 59)).text).toContain('Hôm nay, ngày 30/11/2026, là hạn cuối báo cáo kết quả năm 2026.');
    expect(mail(at(1, 12, 0, 0)).text).toContain('đơn vị đã quá hạn 1 ngày');
  });

  test('polite administrative text: addressee, request, signature; sender and reply-to from Cấu hình', () => {
    const m = mail(at(25, 11));
    expect(m.text.startsWith('Kính gửi: Công an phường')).toBe(true);
    expect(m.text).toContain('Phòng Văn hóa - Xã hội trân trọng đề nghị đơn vị cập nhật đầy đủ');
    expect(m.text).toContain('PHÒNG VĂN HÓA - XÃ HỘI\nỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG');
    expect(m.fromName).toBe('Phòng Văn hóa - Xã hội phường Hải Dương');
    expect(m.replyTo).toBe('vhxh@phuong-haiduong.example');
    expect(m.to).toEqual(['ca@phuong-haiduong.example']);
    expect(m.html).toContain('<b>Kính gửi:</b> Công an phường');
  });

  test('lists each missing item with TT, name, tab and a link to its row', () => {
    const p = plan(workbook, at(25, 11), 'manual');
    const ca = p.units.find((u) => u.unit.id === 'CA')!;
    const m = ca.message!;
    expect(ca.progress.owed.length).toBeGreaterThan(2);
    expect(m.text).toContain(`đơn vị còn ${ca.progress.owed.length} nội dung chưa báo cáo`);
    for (const item of ca.progress.owed) {
      if (item.tab === 'issues') continue;
      expect(m.text).toContain(`TT ${item.tt} - ${item.name}: ${item.missing} (dòng ${item.rowIndex + 2})`);
      const gid = item.tab === 'indicators' ? 11 : 22;
      expect(m.text).toContain(
        `https://docs.google.com/spreadsheets/d/SHEET/edit#gid=${gid}&range=A${item.rowIndex + 2}`,
      );
      expect(m.html).toContain(
        `href="https://docs.google.com/spreadsheets/d/SHEET/edit#gid=${gid}&amp;range=A${item.rowIndex + 2}"`,
      );
    }
    expect(m.text).toContain('Trang "Chỉ tiêu":');
    expect(m.text).toContain('Trang "Nhiệm vụ":');
    expect(m.text).toContain('Trang "Khó khăn - Đề xuất":');
    expect(m.text).toContain('Chưa điền Khó khăn - Đề xuất');
  });

  test('text typed in the sheet is escaped in the HTML body', () => {
    const wb = owingWorkbook();
    setCell(wb, 'units', 'unitId', 'CA', 'name', 'Công an <script>alert("x")</script> phường');
    const ind = wb.indicators;
    const keyCol = ind.header.indexOf('Mã dòng');
    const caRow = ind.rows.find((r) => String(r[keyCol]).endsWith('@CA'))!;
    setCell(
      wb,
      'indicators',
      'rowKey',
      String(caRow[keyCol]),
      'evidence',
      'Chưa có số liệu <script>steal()</script> & "trích"',
    );
    const p = plan(wb, at(25, 11), 'manual');
    const m = p.units.find((u) => u.unit.id === 'CA')!.message!;
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(m.html).toContain('&lt;script&gt;steal()&lt;/script&gt; &amp; &quot;trích&quot;');
    expect(m.text).toContain('Kính gửi: Công an <script>alert("x")</script> phường');
    expect(m.text).toContain('Giải trình của đơn vị: Chưa có số liệu <script>steal()</script>');
    const summary = dryRun(p).summary!;
    expect(summary.html).not.toContain('<script>');
    expect(summary.html).toContain('&lt;script&gt;');
  });

  test('entries that cannot be read are listed to correct, with the typed value escaped', () => {
    const wb = sampleWorkbook(d(25, 11));
    const p = plan(wb, at(25, 11), 'manual');
    const withInvalid = p.units.find((u) => u.action === 'send' && u.progress.invalid.length > 0);
    if (!withInvalid) {
      // The sample's unreadable entries belong to units that submitted; give one to a unit that has not.
      const keyCol = wb.indicators.header.indexOf('Mã dòng');
      const row = wb.indicators.rows.find((r) => String(r[keyCol]).endsWith('@KTHTDT'))!;
      setCell(wb, 'indicators', 'rowKey', String(row[keyCol]), 'result', '<script>1</script>');
    }
    const again = plan(wb, at(25, 11), 'manual');
    const u = again.units.find((x) => x.action === 'send' && x.progress.invalid.length > 0);
    expect(u).toBeDefined();
    const m = u!.message!;
    expect(m.text).toContain('chưa đúng quy định');
    expect(m.html).not.toMatch(/<script>|<img/);
  });
});

describe('never twice', () => {
  test('a second run on the same day sends nothing (trigger fired twice, menu clicked after the trigger)', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(27, 11));
    run(workbook, ports);
    expect(reminderUnits(ports)).toHaveLength(6);
    expect(summaries(ports)).toHaveLength(1);
    ports.clock = at(27, 11, 7, 30);
    const second = run(workbook, ports);
    ports.clock = at(27, 11, 15, 0);
    const manual = run(workbook, ports, 'manual');
    expect(reminderUnits(ports)).toHaveLength(6);
    expect(summaries(ports)).toHaveLength(1);
    expect(second.counts.alreadySent).toBe(6);
    expect(manual.counts.alreadySent).toBe(6);
    expect(manual.message).toContain('Đã nhắc trước đó trong ngày');
  });

  test('the summary goes to every VHXH address of Cấu hình ("a; b", as the README says to list them)', () => {
    // One cell "vhxh@…; pho.vhxh@…" used to be judged as one invalid address: no summary at all, ever.
    const workbook = owingWorkbook({ vhxhEmail: 'vhxh@phuong-haiduong.example; Pho.VHXH@phuong-haiduong.example; ' });
    const ports = new MemoryPorts(at(27, 11));
    const result = run(workbook, ports);
    expect(result.summary.sent).toBe(true);
    const [summary] = summaries(ports);
    expect(summary.email.to).toEqual(['vhxh@phuong-haiduong.example', 'Pho.VHXH@phuong-haiduong.example']);
    // Units reply to the office's first address.
    const reminder = ports.outbox.find((m) => m.email.kind === 'reminder')!;
    expect(reminder.email.replyTo).toBe('vhxh@phuong-haiduong.example');
  });

  test('journal marks: planned before the send, sent after; the carry-over empties', () => {
    const ports = new MemoryPorts(at(27, 11));
    run(owingWorkbook(), ports);
    for (const id of UNIT_IDS) expect(ports.props[markKey(d(27, 11), id)]).toMatch(/^sent\|/);
    expect(ports.props[summaryKey(d(27, 11))]).toMatch(/^sent\|/);
    expect(JSON.parse(ports.props[CARRY_KEY]).units).toEqual({});
  });

  test('Nhật ký: one batch before sending (planned), one after (sent), each with time, unit, addresses, items', () => {
    const ports = new MemoryPorts(at(27, 11));
    const result = run(sampleWorkbook(d(27, 11)), ports);
    expect(ports.logCalls).toBe(2);
    const planned = ports.log.filter((e) => e.action === 'reminderPlanned');
    const sent = ports.log.filter((e) => e.action === 'reminderSent');
    expect(planned.length).toBe(result.counts.sent);
    expect(sent.length).toBe(result.counts.sent);
    for (const e of sent) {
      expect(e.time).toBeInstanceOf(Date);
      expect(e.unitId).toBeTruthy();
      expect(e.target).toMatch(/@/);
      expect(e.detail).toMatch(/nội dung chưa báo cáo/);
    }
    expect(ports.log.some((e) => e.action === 'reminderSkipped' && e.unitId === 'TTSNC')).toBe(true);
    expect(ports.log.some((e) => e.action === 'summarySent')).toBe(true);
  });

  test('the summary went out but its "sent" mark could not be written: the next run the same day does not send it again', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(27, 11));
    const key = summaryKey(d(27, 11));
    const write = ports.setProperty.bind(ports);
    ports.setProperty = (k: string, value: string) => {
      if (k === key && value.startsWith('sent')) throw new Error('Service error: Properties');
      write(k, value);
    };
    const first = run(workbook, ports);
    expect(summaries(ports)).toHaveLength(1);
    expect(first.summary.sent).toBe(true);
    expect(ports.props[key]).toMatch(/^planned\|/);
    ports.clock = at(27, 11, 15, 0);
    run(workbook, ports, 'manual');
    expect(summaries(ports)).toHaveLength(1);
  });

  test('a run killed between two sends resumes without a duplicate; the maybe-sent unit gets its reminder the next day', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(27, 11));
    ports.dieAfterSend = 2;
    expect(() => run(workbook, ports)).toThrow(RunDied);
    const [first, second] = reminderUnits(ports);
    expect(reminderUnits(ports)).toHaveLength(2);
    expect(ports.props[markKey(d(27, 11), second!)]).toMatch(/^planned\|/);

    // The same day: the trigger fires again / someone clicks the menu.
    ports.clock = at(27, 11, 9, 0);
    const resumed = run(workbook, ports, 'manual');
    const afterResume = reminderUnits(ports);
    expect(afterResume).toHaveLength(6); // 2 before the crash + 4 remaining
    expect(afterResume.filter((u) => u === first)).toHaveLength(1);
    expect(afterResume.filter((u) => u === second)).toHaveLength(1);
    expect(resumed.outcomes.find((o) => o.planned.unit.id === second)?.outcome).toBe('uncertain');
    expect(ports.props[markKey(d(27, 11), second!)]).toMatch(/^uncertain\|/);
    expect(
      ports.log.some(
        (e) => e.action === 'reminderFailed' && e.unitId === second && e.detail.includes('chưa được xác nhận'),
      ),
    ).toBe(true);
    const summary = summaries(ports).at(-1)!.email;
    expect(summary.text).toContain('chưa được xác nhận');

    // Later the same day: still not resent.
    ports.clock = at(27, 11, 16, 0);
    run(workbook, ports, 'manual');
    expect(reminderUnits(ports)).toHaveLength(6);

    // 28/11 is not a reminder day: only the maybe-sent unit gets its reminder.
    ports.clock = at(28, 11);
    run(workbook, ports);
    expect(reminderUnits(ports).slice(6)).toEqual([second]);
    // 29/11 is a reminder day: everybody, once.
    ports.clock = at(29, 11);
    run(workbook, ports);
    expect(reminderUnits(ports).slice(7).sort()).toEqual([...UNIT_IDS].sort());
  });

  test('a send the mail service refuses is not retried that day, and is retried the next day', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(27, 11));
    ports.failOnSend = 3;
    const result = run(workbook, ports);
    expect(result.counts.sent).toBe(5);
    expect(result.counts.failed).toBe(1);
    const failed = result.outcomes.find((o) => o.outcome === 'failed')!.planned.unit.id;
    expect(ports.log.some((e) => e.action === 'reminderFailed' && e.unitId === failed)).toBe(true);
    ports.clock = at(27, 11, 10, 0);
    run(workbook, ports, 'manual');
    expect(reminderUnits(ports)).toHaveLength(5);
    ports.clock = at(28, 11);
    run(workbook, ports);
    expect(reminderUnits(ports)).toHaveLength(6);
    expect(reminderUnits(ports)[5]).toBe(failed);
  });

  test('quota: 3 reminders + 1 summary today, the other 3 the next morning (a day off the schedule)', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(27, 11), 4);
    const day1 = run(workbook, ports);
    expect(day1.counts.sent).toBe(3);
    expect(day1.counts.deferred).toBe(3);
    expect(summaries(ports)).toHaveLength(1);
    expect(ports.log.filter((e) => e.action === 'reminderDeferred')).toHaveLength(3);
    expect(Object.keys(JSON.parse(ports.props[CARRY_KEY]).units)).toHaveLength(3);

    ports.clock = at(28, 11);
    ports.quota = 4;
    const day2 = run(workbook, ports);
    expect(day2.scheduled).toBe(false);
    expect(day2.counts.sent).toBe(3);
    expect(new Set(reminderUnits(ports)).size).toBe(6);
    expect(summaries(ports)).toHaveLength(2);
    expect(JSON.parse(ports.props[CARRY_KEY]).units).toEqual({});

    ports.clock = at(29, 11);
    ports.quota = 100;
    run(workbook, ports);
    expect(reminderUnits(ports)).toHaveLength(12);
  });

  test('6 minutes a run: near the limit the run stops sending; the rest goes in the next run (resumed from the journal)', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(27, 11));
    // Each send takes 100 s of the run: after three, less than a minute of the 5 allowed is left.
    let left = 5 * 60_000;
    ports.remainingMs = () => left;
    const send = ports.send.bind(ports);
    ports.send = (email) => {
      send(email);
      left -= 100_000;
    };
    const first = run(workbook, ports);
    expect(first.counts.sent).toBe(3);
    expect(first.counts.deferred).toBe(3);
    left = 5 * 60_000;
    ports.clock = new Date(at(27, 11).getTime() + 3600_000);
    const second = run(workbook, ports);
    expect(second.counts.sent).toBe(3);
    expect(new Set(reminderUnits(ports)).size).toBe(6);
    expect(reminderUnits(ports)).toHaveLength(6);
  });

  test('quota of 3 exactly: one is kept for the summary, so 2 reminders go today', () => {
    const ports = new MemoryPorts(at(27, 11), 3);
    const result = run(owingWorkbook(), ports);
    expect(result.counts.sent).toBe(2);
    expect(result.counts.deferred).toBe(4);
    expect(summaries(ports)).toHaveLength(1);
  });

  test('a unit with two addresses uses two of the quota', () => {
    const workbook = owingWorkbook();
    for (const id of UNIT_IDS)
      unitEmails(
        workbook,
        id,
        `${id.toLowerCase()}@phuong-haiduong.example; lanhdao.${id.toLowerCase()}@phuong-haiduong.example`,
      );
    const ports = new MemoryPorts(at(27, 11), 5);
    const result = run(workbook, ports);
    expect(result.counts.sent).toBe(2);
    expect(ports.quota).toBe(0);
  });

  test('no quota at all: nothing sent, everything deferred and logged', () => {
    const ports = new MemoryPorts(at(27, 11), 0);
    const result = run(owingWorkbook(), ports);
    expect(ports.outbox).toEqual([]);
    expect(result.counts.deferred).toBe(6);
    expect(result.summary.sent).toBe(false);
    expect(ports.log.some((e) => e.action === 'reminderDeferred' && e.target === 'vhxh@phuong-haiduong.example')).toBe(
      true,
    );
  });

  test('a daily run that could not get the lock is caught up by the next run', () => {
    const workbook = owingWorkbook();
    const ports = new MemoryPorts(at(28, 11));
    ports.props[missedKey(d(27, 11))] = 'daily';
    const result = run(workbook, ports);
    expect(result.counts.sent).toBe(6);
    expect(ports.props[missedKey(d(27, 11))]).toBeUndefined();
    ports.clock = at(28, 11, 9);
    const again = run(workbook, ports);
    expect(again.counts.sent).toBe(0);
    expect(reminderUnits(ports)).toHaveLength(6);
  });

  test('old journal keys are pruned', () => {
    const ports = new MemoryPorts(at(30, 11));
    ports.props[markKey(d(1, 11), 'CA')] = 'sent|2026-11-01T00:00:00.000Z';
    ports.props[summaryKey(d(2, 11))] = 'sent|2026-11-02T00:00:00.000Z';
    ports.props['someone.else'] = 'kept';
    run(owingWorkbook(), ports);
    expect(ports.props[markKey(d(1, 11), 'CA')]).toBeUndefined();
    expect(ports.props[summaryKey(d(2, 11))]).toBeUndefined();
    expect(ports.props['someone.else']).toBe('kept');
    // What stays is small.
    const size = Object.entries(ports.props).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(size).toBeLessThan(2000);
  });
});

describe('the VHXH summary', () => {
  test('per unit: due / done / missing, submission, what this run did and why', () => {
    const ports = new MemoryPorts(at(3, 12));
    run(sampleWorkbook(d(3, 12)), ports);
    const summary = summaries(ports)[0].email;
    expect(summary.to).toEqual(['vhxh@phuong-haiduong.example']);
    expect(summary.subject).toMatch(
      /^\[Kế hoạch 57\/KH-UBND\] Tổng hợp nhắc hạn báo cáo năm 2026 ngày 03\/12\/2026 - đã gửi \d+ thư nhắc/,
    );
    expect(summary.text).toContain('Phải báo cáo:');
    expect(summary.text).toContain('còn thiếu:');
    expect(summary.text).toContain('Trung tâm dịch vụ sự nghiệp công phường');
    expect(summary.text).toContain('ttdvsnc.phuong-haiduong.example');
    expect(summary.text).toContain('Bỏ qua: không có địa chỉ e-mail hợp lệ');
    expect(summary.text).toContain('Không nhắc: đơn vị đã gửi báo cáo.');
    expect(summary.text).toContain('Đã gửi thư nhắc tới');
    expect(summary.text).toContain('Chưa gửi báo cáo - quá hạn');
    expect(summary.text).toContain('đã quá hạn 3 ngày');
    expect(summary.html).toContain('<table');
  });

  test('a missed daily run is named in the next summary, in plain text and escaped HTML, then forgotten', () => {
    // 26/11 found the lock taken; on 27/11 and 28/11 the trigger did not run. 29/11 is a reminder day.
    const ports = new MemoryPorts(at(29, 11));
    ports.props[missedKey(d(26, 11))] = 'daily';
    ports.props[missedKey(d(27, 11))] = 'stopped';
    ports.props[missedKey(d(28, 11))] = 'stopped';
    const workbook = owingWorkbook();
    run(workbook, ports);
    const busy =
      'Nhắc hạn tự động ngày 26/11/2026 không chạy được vì một lần gửi khác đang chạy; thư nhắc của ngày đó (nếu đến lịch) được gửi bù ở lần chạy kế tiếp.';
    const stopped =
      'Trình kích hoạt hằng ngày (nhắc hạn) đã không chạy vào ngày 27/11/2026, 28/11/2026: những ngày đó không có thư nhắc tự động nào. ' +
      'Kiểm tra tài khoản sở hữu trình kích hoạt (menu "Kế hoạch CĐS > Trình kích hoạt và bàn giao (Phòng VHXH)").';
    const summary = summaries(ports)[0].email;
    expect(summary.text).toContain(`\n\n${busy} ${stopped}\n\nTình hình từng đơn vị:`);
    expect(summary.html).toContain(`</ul>\n<p style="color:#b00000">${escapeHtml(`${busy} ${stopped}`)}</p>\n<table`);
    expect(summary.html).toContain('(menu &quot;Kế hoạch CĐS &gt; Trình kích hoạt');
    expect(Object.keys(ports.props).filter((k) => k.startsWith('rem-missed:'))).toEqual([]);
    // The next summary (the next reminder day's) does not repeat them.
    ports.clock = at(30, 11);
    run(workbook, ports);
    expect(summaries(ports)).toHaveLength(2);
    expect(summaries(ports)[1].email.text).not.toContain('không chạy');
  });

  test('a missed run caught up by a run that sends no summary is named by the next summary', () => {
    // 25/11 (no reminder day) found the lock taken; 26/11 (none either) catches up: nothing to send, no summary.
    const ports = new MemoryPorts(at(26, 11));
    ports.props[missedKey(d(25, 11))] = 'daily';
    const workbook = owingWorkbook();
    const quiet = run(workbook, ports);
    expect(quiet.summary.sent).toBe(false);
    expect(ports.props[missedKey(d(25, 11))]).toBe('caughtUp');
    // Caught up once: the run of 27/11 does not count it as due again, but its summary names it.
    ports.clock = at(27, 11);
    const next = run(workbook, ports);
    expect(next.summary.message?.text).toContain('Nhắc hạn tự động ngày 25/11/2026 không chạy được');
    expect(ports.props[missedKey(d(25, 11))]).toBeUndefined();
  });

  test('a summary that cannot go out keeps the missed runs for the next one', () => {
    const ports = new MemoryPorts(at(29, 11), 0);
    ports.props[missedKey(d(28, 11))] = 'stopped';
    const result = run(owingWorkbook(), ports);
    expect(result.summary.note).toContain('hết hạn mức');
    expect(ports.props[missedKey(d(28, 11))]).toBe('stopped');
  });

  test('a manual run while the trigger is stopped names the days it missed, without writing them down', () => {
    const now = at(29, 11, 10);
    const p = planReminderRun({
      assessment: assessWorkbook(owingWorkbook(), vietnamDateOf(now)),
      mode: 'manual',
      now,
      journal: readJournal({}),
      stoppedDays: ['2026-11-27', '2026-11-28'],
    });
    expect(p.missedRuns).toEqual([
      { day: '2026-11-27', reason: 'stopped' },
      { day: '2026-11-28', reason: 'stopped' },
    ]);
    expect(Object.keys(p.prepare.set).filter((k) => k.startsWith('rem-missed:'))).toEqual([]);
    expect(dryRun(p).summary?.text).toContain('đã không chạy vào ngày 27/11/2026, 28/11/2026');
  });

  test('the confirmation before a manual send names who will get a reminder', () => {
    const text = confirmSendMessage(plan(sampleWorkbook(d(25, 11)), at(25, 11), 'manual'));
    expect(text).toContain('Sẽ gửi thư nhắc tới');
    expect(text).toContain('Công an phường');
    expect(text).toContain('Không có e-mail hợp lệ, sẽ bỏ qua: Trung tâm dịch vụ sự nghiệp công phường');
  });
});
