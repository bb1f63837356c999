/**
 * The Apps Script adapter (src/gas/reminders/reminders.ts) against the in-memory Apps Script of tests/fakes:
 * MailApp with a recipient quota, LockService with contention, PropertiesService, ScriptApp triggers
 * (20 per user), SpreadsheetApp with call counting. The clock: jest's fake timers drive `new Date()` in
 * the code under test and follow the fake's clock (which the trigger helpers move).
 */

import { type CalendarDate, formatDate, startOfVietnamDay, vietnamDateOf } from '../../src/core/dates';
import { COMMON_TEXT } from '../../src/core/messages';
import { CARRY_KEY, markKey, missedKey, reminderDaysBetween } from '../../src/core/reminders';
import { sampleConfig } from '../../src/core/sample/workbook';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TAB_ORDER, TABS, type TabKey } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';
import * as app from '../../src/gas/app';
import * as reminders from '../../src/gas/reminders/reminders';
import { missedRunWarning } from '../../src/gas/setup/handover';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import { d, owingWorkbook, sampleWorkbook, setCell, UNIT_IDS } from './helpers';

const VHXH = 'vhxh@phuong-haiduong.example';
const URL = 'https://docs.google.com/spreadsheets/d/SHEET-ID/edit';

/** A Việt Nam wall-clock instant. */
function vn(day: CalendarDate, hour = 0, minute = 0): Date {
  return new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);
}

let restore: (() => void) | null = null;

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  restore?.();
  restore = null;
  jest.useRealTimers();
});

function world(now: Date, quota = 100): FakeAppsScript {
  const fake = createFakeAppsScript({
    owner: VHXH,
    users: ['kinhte@phuong-haiduong.example'],
    now,
    dailyMailQuota: quota,
    spreadsheet: { url: URL },
  });
  restore = fake.install(globalThis);
  sync(fake);
  return fake;
}

/** `new Date()` in the code under test reads the fake's clock. */
function sync(fake: FakeAppsScript): void {
  jest.setSystemTime(fake.clock.now());
}

function setClock(fake: FakeAppsScript, at: Date): void {
  fake.clock.set(at);
  sync(fake);
}

const LOADED_TABS: readonly TabKey[] = ['config', 'units', 'indicators', 'tasks', 'issues'];

/** Writes a workbook into the fake spreadsheet (as the owner, outside any measured run). */
function load(fake: FakeAppsScript, workbook: WorkbookData): void {
  const ss = fake.spreadsheet.api;
  for (const tab of TAB_ORDER) {
    const name = TABS[tab].name;
    const existing = ss.getSheetByName(name);
    if (existing && !LOADED_TABS.includes(tab)) continue;
    const sheet = existing ?? ss.insertSheet(name);
    sheet.clear();
    const rows = [workbook[tab].header, ...workbook[tab].rows];
    const width = Math.max(...rows.map((r) => r.length));
    const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
    if (padded.length && width) sheet.getRange(1, 1, padded.length, width).setValues(padded as unknown[][]);
  }
}

/** Reminder addresses of the Đơn vị tab (the reminder column, or the accounts where it is empty) → unit id. */
function addressBook(workbook: WorkbookData): Map<string, string> {
  const map = new ColumnMap('units', workbook.units.header);
  const book = new Map<string, string>();
  const split = (v: unknown) =>
    String(v)
      .split(/[;,\s]+/)
      .filter(Boolean);
  for (const row of workbook.units.rows) {
    const own = split(row[map.index('emails')]);
    for (const a of own.length ? own : split(row[map.index('accounts')]))
      book.set(a.toLowerCase(), String(row[map.index('unitId')]));
  }
  return book;
}

const asMenu = <T>(fake: FakeAppsScript, fn: () => T, as = VHXH): T => fake.run(fn, { as, kind: 'menu' });
const handlers = (fake: FakeAppsScript) => ({
  dailyReminderTrigger: (e: unknown) => {
    sync(fake);
    return reminders.dailyReminderTrigger(e);
  },
});

const reminderMails = (fake: FakeAppsScript) =>
  fake.mail.sent.filter((m) => m.to[0] !== VHXH || !m.subject.includes('Tổng hợp'));
const summaryMails = (fake: FakeAppsScript) =>
  fake.mail.sent.filter((m) => m.to.length === 1 && m.to[0] === VHXH && m.subject.includes('Tổng hợp'));

function logRows(fake: FakeAppsScript): unknown[][] {
  const sheet = fake.spreadsheet.api.getSheetByName(TABS.log.name);
  return sheet ? (sheet.getDataRange().getValues() as unknown[][]).slice(1) : [];
}

describe('time travel over a reporting period with the daily trigger (sample data, 10/11 to 15/12/2026)', () => {
  test('who gets how many e-mails on which day', () => {
    const fake = world(vn(d(9, 11), 20));
    load(fake, sampleWorkbook(d(9, 11)));
    asMenu(fake, () => reminders.installDailyTrigger());
    expect(fake.triggers.installed().filter((t) => t.handler === 'dailyReminderTrigger')).toHaveLength(1);

    const perDay = new Map<string, Record<string, number>>();
    const callsPerRun: number[] = [];
    const book = addressBook(sampleWorkbook(d(9, 11)));
    for (let day = d(10, 11); vn(day) <= vn(d(15, 12)); day = vietnamDateOf(new Date(vn(day).getTime() + 86_400_000))) {
      load(fake, sampleWorkbook(day));
      const before = fake.mail.sent.length;
      const calls = fake.counter.spreadsheetCalls();
      const runs = fake.triggers.advanceTo(vn(day, 12), handlers(fake));
      expect(runs).toHaveLength(1);
      expect(runs[0].error).toBeUndefined();
      expect(formatDate(vietnamDateOf(runs[0].at))).toBe(formatDate(day));
      callsPerRun.push(fake.counter.spreadsheetCalls() - calls);
      const counts: Record<string, number> = {};
      for (const m of fake.mail.sent.slice(before)) {
        const who = m.subject.includes('Tổng hợp')
          ? 'VHXH-tổng hợp'
          : (book.get(m.to[0].toLowerCase()) ?? `?${m.to[0]}`);
        counts[who] = (counts[who] ?? 0) + 1;
      }
      if (Object.keys(counts).length) perDay.set(formatDate(day), counts);
    }

    const scheduled = reminderDaysBetween(sampleConfig(), d(10, 11), d(15, 12)).map(formatDate);
    expect(scheduled).toEqual([
      '16/11/2026',
      '23/11/2026',
      '27/11/2026',
      '29/11/2026',
      '30/11/2026',
      '03/12/2026',
      '06/12/2026',
      '09/12/2026',
      '12/12/2026',
      '15/12/2026',
    ]);
    // Nothing on days off the schedule.
    expect([...perDay.keys()]).toEqual(scheduled);
    // Kinh tế never submits: one e-mail per reminder day. Công an reports 5 days late (05/12): reminded until 03/12.
    // TTHCC, VP and VHXH submitted; TTSNC's address is malformed: nothing, but named in the summary.
    for (const day of scheduled) {
      const lateCA = ['06/12/2026', '09/12/2026', '12/12/2026', '15/12/2026'].includes(day);
      expect({ day, counts: perDay.get(day) }).toEqual({
        day,
        counts: { KTHTDT: 1, ...(lateCA ? {} : { CA: 1 }), 'VHXH-tổng hợp': 1 },
      });
    }
    // Each e-mail has exactly one recipient here, and every one is in the Đơn vị tab or is the VHXH address.
    for (const m of fake.mail.sent) {
      for (const to of [...m.to, ...m.cc, ...m.bcc]) expect(book.has(to.toLowerCase()) || to === VHXH).toBe(true);
      expect(m.from).toBe(VHXH);
      expect(m.name).toBe('Phòng Văn hóa - Xã hội phường Hải Dương');
      expect(m.replyTo).toBe(VHXH);
      expect(m.htmlBody).toContain('<html');
    }
    const summaries = summaryMails(fake);
    expect(summaries).toHaveLength(10);
    for (const s of summaries) expect(s.body).toContain('ttdvsnc.phuong-haiduong.example');
    // Off-schedule days the run reads the sheet and stops; no run makes more calls than a fixed budget.
    expect(Math.max(...callsPerRun)).toBeLessThanOrEqual(40);
    // The properties journal stays small (old days pruned).
    const size = [...fake.properties.script.entries()].reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(size).toBeLessThan(3000);
    // Nhật ký has each send.
    const sent = logRows(fake).filter((r) => r.includes(LOG_ACTIONS.reminderSent));
    expect(sent).toHaveLength(16);
  });
});

describe('the deadline edge in Việt Nam time', () => {
  test('30/11 23:59 (16:59 UTC) is the deadline day; 01/12 00:00 (17:00 UTC) is one day late and not a reminder day', () => {
    const fake = world(new Date('2026-11-30T16:59:00Z'));
    load(fake, owingWorkbook());
    const lastMinute = asMenu(fake, () => reminders.runReminders({ mode: 'manual' }));
    expect(lastMinute.today).toEqual(d(30, 11));
    expect(lastMinute.scheduled).toBe(true);
    expect(reminderMails(fake)).toHaveLength(6);
    for (const m of reminderMails(fake)) expect(m.subject).toContain('(hôm nay là hạn cuối)');

    setClock(fake, new Date('2026-11-30T17:00:00Z'));
    const daily = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(daily.today).toEqual(d(1, 12));
    expect(daily.scheduled).toBe(false);
    expect(reminderMails(fake)).toHaveLength(6);
    // A new day: the menu may remind again, now as late.
    const manual = asMenu(fake, () => reminders.runReminders({ mode: 'manual' }));
    expect(manual.counts.sent).toBe(6);
    for (const m of reminderMails(fake).slice(6)) {
      expect(m.subject).toContain('(đã quá hạn 1 ngày)');
      expect(m.body).toContain('đơn vị đã quá hạn 1 ngày');
    }
  });

  test('a unit submitting at 23:59 on 30/11 is on time and no longer chased; one submitting at 00:00 on 01/12 is late', () => {
    const fake = world(vn(d(3, 12), 7));
    const workbook = owingWorkbook();
    setCell(workbook, 'units', 'unitId', 'CA', 'submit', true);
    setCell(workbook, 'units', 'unitId', 'CA', 'submittedAt', new Date('2026-11-30T16:59:00Z'));
    setCell(workbook, 'units', 'unitId', 'VP', 'submit', true);
    setCell(workbook, 'units', 'unitId', 'VP', 'submittedAt', new Date('2026-11-30T17:00:00Z'));
    load(fake, workbook);
    const result = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(result.counts.sent).toBe(4);
    const summary = summaryMails(fake)[0].body;
    expect(summary).toMatch(/Công an phường \(CA\)\n.*\n\s+Đã gửi báo cáo lúc 30\/11\/2026 23:59 \(Đúng hạn\)/);
    expect(summary).toMatch(/Văn phòng HĐND và UBND \(VP\)\n.*\n\s+Đã gửi báo cáo lúc 01\/12\/2026 00:00 \(Nộp muộn\)/);
  });
});

describe('never twice, never lost', () => {
  test('the trigger firing twice and the menu clicked after it: one e-mail per unit that day', () => {
    const fake = world(vn(d(27, 11), 7));
    load(fake, owingWorkbook());
    fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    setClock(fake, vn(d(27, 11), 7, 5));
    fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    setClock(fake, vn(d(27, 11), 10));
    fake.ui.answerAlert('YES');
    asMenu(fake, () => reminders.menuSendRemindersNow());
    expect(reminderMails(fake)).toHaveLength(6);
    expect(summaryMails(fake)).toHaveLength(1);
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('Đã nhắc trước đó trong ngày');
  });

  test('the menu clicked while the trigger run holds the lock: nothing sent, the user is told', () => {
    const fake = world(vn(d(27, 11), 7));
    load(fake, owingWorkbook());
    const held = fake.locks.holdScriptLock();
    fake.ui.answerAlert('YES');
    asMenu(fake, () => reminders.menuSendRemindersNow());
    expect(fake.mail.sent).toHaveLength(0);
    expect(fake.ui.alerts.at(-1)?.prompt).toContain(COMMON_TEXT.busy);
    held.release();
    // The trigger run that held the lock is over; the next click finds nothing new to send beyond today's.
    const result = asMenu(fake, () => reminders.runReminders({ mode: 'manual' }));
    expect(result.counts.sent).toBe(6);
  });

  test('a daily run that cannot get the lock does nothing, and the next day catches up', () => {
    const fake = world(vn(d(27, 11), 7));
    load(fake, owingWorkbook());
    const held = fake.locks.holdScriptLock();
    const busy = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(busy.status).toBe('busy');
    expect(fake.mail.sent).toHaveLength(0);
    expect(fake.properties.script.get(missedKey(d(27, 11)))).toBe('daily');
    held.release();
    setClock(fake, vn(d(28, 11), 7));
    const next = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(next.scheduled).toBe(false);
    expect(next.counts.sent).toBe(6);
    expect(fake.properties.script.has(missedKey(d(27, 11)))).toBe(false);
  });

  test('MailApp throwing on the 3rd send: that unit is not retried the same day, the others are not duplicated, it goes the next day', () => {
    const fake = world(vn(d(27, 11), 7));
    load(fake, owingWorkbook());
    fake.mail.throwOnNthSend(3);
    const first = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(first.counts.sent).toBe(5);
    const failed = first.outcomes.find((o) => o.outcome === 'failed')!.planned.unit.id;
    expect(logRows(fake).some((r) => r.includes(LOG_ACTIONS.reminderFailed) && r.includes(failed))).toBe(true);
    setClock(fake, vn(d(27, 11), 9));
    asMenu(fake, () => reminders.runReminders({ mode: 'manual' }));
    expect(reminderMails(fake)).toHaveLength(5);
    setClock(fake, vn(d(28, 11), 7));
    const next = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(next.counts.sent).toBe(1);
    expect(next.outcomes.find((o) => o.outcome === 'sent')!.planned.unit.id).toBe(failed);
  });

  test('a run killed after the 2nd send, before "sent" is written: no duplicate that day; the maybe-sent unit gets it the next day', () => {
    const fake = world(vn(d(27, 11), 7));
    load(fake, owingWorkbook());
    // Kill the execution when it writes the 2nd "sent" mark (the e-mail has gone; the journal says "planned").
    const realService = fake.globals.PropertiesService;
    let sentMarks = 0;
    (globalThis as Record<string, unknown>).PropertiesService = {
      getScriptProperties() {
        const props = realService.getScriptProperties();
        return new Proxy(props, {
          get(target, prop) {
            if (prop === 'setProperty') {
              return (key: string, value: string) => {
                if (String(value).startsWith('sent|') && key.startsWith('rem:') && ++sentMarks === 2)
                  throw new Error('Exceeded maximum execution time');
                return target.setProperty(key, value);
              };
            }
            const v = Reflect.get(target, prop);
            return typeof v === 'function' ? v.bind(target) : v;
          },
        });
      },
    };
    expect(() => fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH })).toThrow(
      'Exceeded maximum execution time',
    );
    (globalThis as Record<string, unknown>).PropertiesService = realService;
    expect(reminderMails(fake)).toHaveLength(2);
    const maybe = UNIT_IDS.find((id) => fake.properties.script.get(markKey(d(27, 11), id))?.startsWith('planned|'))!;
    expect(maybe).toBeDefined();
    expect(fake.locks.isHeld()).toBe(false);
    // Nothing about sends reached Nhật ký (the run died before its last batch); the properties alone decide.
    expect(logRows(fake).filter((r) => r.includes(LOG_ACTIONS.reminderSent))).toHaveLength(0);

    // The same day: the trigger fires again.
    setClock(fake, vn(d(27, 11), 7, 10));
    const resumed = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(resumed.counts.sent).toBe(4);
    expect(resumed.counts.uncertain).toBe(1);
    const recipients = reminderMails(fake).map((m) => m.to[0]);
    expect(new Set(recipients).size).toBe(6);
    expect(recipients).toHaveLength(6);
    expect(summaryMails(fake).at(-1)!.body).toContain('chưa được xác nhận');

    // 28/11 (not a reminder day): only the maybe-sent unit.
    setClock(fake, vn(d(28, 11), 7));
    const next = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(next.outcomes.filter((o) => o.outcome === 'sent').map((o) => o.planned.unit.id)).toEqual([maybe]);
  });

  test('quota: with 4 left (3 reminders + 1 kept for the summary) and 6 owing units, 3 go today and 3 tomorrow', () => {
    const fake = world(vn(d(26, 11), 20), 4);
    load(fake, owingWorkbook());
    asMenu(fake, () => reminders.installDailyTrigger());
    fake.triggers.advanceTo(vn(d(27, 11), 12), handlers(fake));
    expect(reminderMails(fake)).toHaveLength(3);
    expect(summaryMails(fake)).toHaveLength(1);
    expect(logRows(fake).filter((r) => r.includes(LOG_ACTIONS.reminderDeferred))).toHaveLength(3);
    expect(Object.keys(JSON.parse(fake.properties.script.get(CARRY_KEY)!).units)).toHaveLength(3);
    // 28/11 is not a reminder day: the deferred three go out.
    fake.triggers.advanceTo(vn(d(28, 11), 12), handlers(fake));
    expect(reminderMails(fake)).toHaveLength(6);
    expect(new Set(reminderMails(fake).map((m) => m.to[0])).size).toBe(6);
    expect(summaryMails(fake)).toHaveLength(2);
    // 29/11 is a reminder day again: three more (quota).
    fake.triggers.advanceTo(vn(d(29, 11), 12), handlers(fake));
    expect(reminderMails(fake)).toHaveLength(9);
  });

  test('quota of exactly 3: two reminders and the summary today, the rest tomorrow', () => {
    const fake = world(vn(d(27, 11), 7), 3);
    load(fake, owingWorkbook());
    const result = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(result.counts).toMatchObject({ sent: 2, deferred: 4 });
    expect(summaryMails(fake)).toHaveLength(1);
  });

  test('a submitted unit gets nothing; a unit with an invalid address is skipped and named in the summary', () => {
    const fake = world(vn(d(27, 11), 7));
    const workbook = owingWorkbook();
    setCell(workbook, 'units', 'unitId', 'VP', 'submit', true);
    setCell(workbook, 'units', 'unitId', 'VP', 'submittedAt', vn(d(26, 11), 9));
    setCell(workbook, 'units', 'unitId', 'TTSNC', 'emails', 'ttdvsnc.phuong-haiduong.example; <script>@x');
    load(fake, workbook);
    const result = fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    expect(result.counts.sent).toBe(4);
    const book = addressBook(owingWorkbook());
    const units = reminderMails(fake).map((m) => book.get(m.to[0]));
    expect(units).not.toContain('VP');
    expect(units).not.toContain('TTSNC');
    const summary = summaryMails(fake)[0];
    expect(summary.body).toContain('Trung tâm dịch vụ sự nghiệp công phường: Bỏ qua: không có địa chỉ e-mail hợp lệ');
    expect(summary.htmlBody).toContain('&lt;script&gt;@x');
    expect(summary.htmlBody).not.toContain('<script>');
    expect(logRows(fake).some((r) => r.includes(LOG_ACTIONS.reminderSkipped) && r.includes('TTSNC'))).toBe(true);
  });

  test('nothing is sent to an address outside the Đơn vị tab, even one typed in other tabs', () => {
    const fake = world(vn(d(27, 11), 7));
    const workbook = owingWorkbook();
    const keyCol = workbook.indicators.header.indexOf('Mã dòng');
    const row = workbook.indicators.rows.find((r) => String(r[keyCol]).endsWith('@CA'))!;
    setCell(workbook, 'indicators', 'rowKey', String(row[keyCol]), 'evidence', 'gửi cho attacker@evil.example');
    load(fake, workbook);
    fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
    const allowed = new Set([...addressBook(workbook).keys(), VHXH]);
    for (const m of fake.mail.sent)
      for (const to of [...m.to, ...m.cc, ...m.bcc, ...(m.replyTo ? [m.replyTo] : [])])
        expect(allowed).toContain(to.toLowerCase());
  });

  test('spreadsheet calls do not grow with the number of rows or units', () => {
    const measure = (workbook: WorkbookData) => {
      const fake = world(vn(d(27, 11), 7));
      load(fake, workbook);
      fake.counter.reset();
      fake.run(() => reminders.runReminders({ mode: 'daily' }), { kind: 'timeTrigger', as: VHXH });
      const calls = fake.counter.spreadsheetCalls();
      const sent = fake.mail.sent.length;
      restore?.();
      restore = null;
      return { calls, sent };
    };
    const small = measure(owingWorkbook());
    const big = owingWorkbook();
    const map = new ColumnMap('units', big.units.header);
    for (let i = 0; i < 30; i++) {
      const row = Array(big.units.header.length).fill('');
      row[map.index('unitId')] = `X${i}`;
      row[map.index('name')] = `Tổ dân phố số ${i}`;
      row[map.index('emails')] = `to${i}@phuong-haiduong.example`;
      big.units.rows.push(row);
    }
    big.indicators.rows.push(...big.indicators.rows.map((r) => [...r]));
    const large = measure(big);
    expect(large.sent).toBeGreaterThan(small.sent);
    expect(large.calls).toBe(small.calls);
  });
});

describe('the daily trigger', () => {
  test('installing twice leaves exactly one, at about 7:00 Việt Nam time; removing removes it', () => {
    const fake = world(vn(d(20, 11), 15));
    load(fake, owingWorkbook());
    const first = asMenu(fake, () => reminders.installDailyTrigger());
    const second = asMenu(fake, () => reminders.installDailyTrigger());
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    const ours = fake.triggers.installed().filter((t) => t.handler === 'dailyReminderTrigger');
    expect(ours).toHaveLength(1);
    expect(ours[0].nextRun?.toISOString()).toBe(vn(d(21, 11), 7).toISOString());
    expect(second.message).toContain('đã được bật từ trước');
    expect(logRows(fake).filter((r) => r.includes(LOG_ACTIONS.triggerInstalled))).toHaveLength(1);

    const removed = asMenu(fake, () => reminders.removeDailyTrigger());
    expect(removed.removed).toBe(1);
    expect(fake.triggers.installed().filter((t) => t.handler === 'dailyReminderTrigger')).toHaveLength(0);
    expect(logRows(fake).filter((r) => r.includes(LOG_ACTIONS.triggerRemoved))).toHaveLength(1);
    // Turned off: no reminder on the next reminder day.
    fake.triggers.advanceTo(vn(d(23, 11), 12), handlers(fake));
    expect(fake.mail.sent).toHaveLength(0);
  });

  test('duplicates left by an older version are cleaned up to one', () => {
    const fake = world(vn(d(20, 11), 15));
    load(fake, owingWorkbook());
    asMenu(fake, () => {
      ScriptApp.newTrigger('dailyReminderTrigger').timeBased().everyDays(1).atHour(7).create();
      ScriptApp.newTrigger('dailyReminderTrigger').timeBased().everyDays(1).atHour(8).create();
    });
    asMenu(fake, () => reminders.installDailyTrigger());
    expect(fake.triggers.installed().filter((t) => t.handler === 'dailyReminderTrigger')).toHaveLength(1);
  });

  test('at the 20-trigger limit the user gets a Vietnamese explanation, nothing breaks', () => {
    const fake = world(vn(d(20, 11), 15));
    load(fake, owingWorkbook());
    asMenu(fake, () => {
      for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`other${i}`).timeBased().everyHours(1).create();
    });
    const result = asMenu(fake, () => reminders.installDailyTrigger());
    expect(result.installed).toBe(false);
    expect(result.message).toContain('tối đa 20 trình kích hoạt');
    expect(fake.triggers.installed()).toHaveLength(20);
  });

  test('another account cannot remove the trigger; it is told who turned it on', () => {
    const fake = world(vn(d(20, 11), 15));
    load(fake, owingWorkbook());
    asMenu(fake, () => reminders.installDailyTrigger());
    const other = asMenu(fake, () => reminders.removeDailyTrigger(), 'kinhte@phuong-haiduong.example');
    expect(other.removed).toBe(0);
    expect(other.message).toContain(VHXH);
    expect(fake.triggers.installed().filter((t) => t.handler === 'dailyReminderTrigger')).toHaveLength(1);
  });

  test('menu items: enable, send now (after a confirmation), disable', () => {
    const fake = world(vn(d(25, 11), 10));
    load(fake, sampleWorkbook(d(25, 11)));
    asMenu(fake, () => reminders.menuEnableReminders());
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('Đã bật nhắc hạn tự động');
    fake.ui.answerAlert('NO');
    asMenu(fake, () => reminders.menuSendRemindersNow());
    expect(fake.mail.sent).toHaveLength(0);
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('Sẽ gửi thư nhắc tới 2 đơn vị');
    fake.ui.answerAlert('YES');
    asMenu(fake, () => reminders.menuSendRemindersNow());
    expect(reminderMails(fake)).toHaveLength(2);
    expect(summaryMails(fake)).toHaveLength(1);
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('Đã gửi 2 thư nhắc');
    asMenu(fake, () => reminders.menuDisableReminders());
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('Đã tắt nhắc hạn tự động');
  });
});

describe('a missed daily run is named in the next summary (issue 13)', () => {
  /** The daily trigger as Apps Script runs it: the app's handler (registered-run check and last-run stamp first). */
  const appHandlers = (fake: FakeAppsScript) => ({
    dailyReminderTrigger: (e: unknown) => {
      sync(fake);
      app.dailyReminderTrigger(e);
    },
  });
  const lastSummary = (fake: FakeAppsScript) => summaryMails(fake).at(-1)!;
  const STOPPED = 'Trình kích hoạt hằng ngày (nhắc hạn) đã không chạy vào ngày';

  function turnedOn(): FakeAppsScript {
    const fake = world(vn(d(26, 11), 20));
    load(fake, owingWorkbook());
    asMenu(fake, () => reminders.installDailyTrigger());
    fake.triggers.advanceTo(vn(d(27, 11), 12), appHandlers(fake));
    expect(summaryMails(fake)).toHaveLength(1);
    expect(lastSummary(fake).body).not.toContain(STOPPED);
    return fake;
  }

  test('the trigger stops for two days: a manual run names the day so far, its next run names both, then no more', () => {
    const fake = turnedOn();
    // 28/11 and the morning of 29/11 go by without a run (the trigger's owner lost access).
    setClock(fake, vn(d(29, 11), 10));
    fake.ui.answerAlert('YES');
    asMenu(fake, () => reminders.menuSendRemindersNow());
    expect(lastSummary(fake).body).toContain(`${STOPPED} 28/11/2026:`);
    // The manual run names it without writing it down: the trigger's own next run finds the gap again.
    expect([...fake.properties.script.keys()].filter((k) => k.startsWith('rem-missed:'))).toEqual([]);

    setClock(fake, vn(d(30, 11), 6));
    const runs = fake.triggers.fireDaily(appHandlers(fake));
    expect(runs.map((r) => r.error)).toEqual([undefined]);
    const summary = lastSummary(fake);
    expect(summary.subject).toContain('ngày 30/11/2026');
    expect(summary.body).toContain(`${STOPPED} 28/11/2026, 29/11/2026: những ngày đó không có thư nhắc tự động nào.`);
    expect(summary.body).toContain('(menu "Kế hoạch CĐS > Trình kích hoạt và bàn giao (Phòng VHXH)")');
    expect(summary.htmlBody).toContain(
      `<p style="color:#b00000">${STOPPED} 28/11/2026, 29/11/2026: những ngày đó không có thư nhắc tự động nào. ` +
        'Kiểm tra tài khoản sở hữu trình kích hoạt (menu &quot;Kế hoạch CĐS &gt; Trình kích hoạt và bàn giao (Phòng VHXH)&quot;).</p>',
    );
    expect([...fake.properties.script.keys()].filter((k) => k.startsWith('rem-missed:'))).toEqual([]);

    // Named once: the trigger runs every day again, and the next summary (03/12) says nothing of it.
    fake.triggers.advanceTo(vn(d(3, 12), 12), appHandlers(fake));
    expect(lastSummary(fake).subject).toContain('ngày 03/12/2026');
    expect(lastSummary(fake).body).not.toContain(STOPPED);
  });

  test('a day whose run found the lock taken is named by the summary of the run that catches it up', () => {
    const fake = turnedOn();
    // 28/11: another run holds the lock all morning (the day's upkeep says so in the execution log).
    const held = fake.locks.holdScriptLock();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      fake.triggers.advanceTo(vn(d(28, 11), 12), appHandlers(fake));
    } finally {
      errors.mockRestore();
      held.release();
    }
    expect(fake.properties.script.get(missedKey(d(28, 11)))).toBe('daily');
    const sent = summaryMails(fake).length;
    // The run of 29/11 (a reminder day) catches up and sends its summary, which names 28/11.
    fake.triggers.advanceTo(vn(d(29, 11), 12), appHandlers(fake));
    expect(summaryMails(fake)).toHaveLength(sent + 1);
    expect(lastSummary(fake).body).toContain(
      'Nhắc hạn tự động ngày 28/11/2026 không chạy được vì một lần gửi khác đang chạy;',
    );
    expect(lastSummary(fake).body).not.toContain(STOPPED);
    expect(fake.properties.script.has(missedKey(d(28, 11)))).toBe(false);
  });

  test('reminders turned off for a week and on again: no day is called missed', () => {
    const fake = turnedOn();
    asMenu(fake, () => reminders.removeDailyTrigger());
    setClock(fake, vn(d(4, 12), 20));
    asMenu(fake, () => reminders.installDailyTrigger());
    expect(fake.run(() => missedRunWarning(new Date()), { as: VHXH })).toBe('');
    fake.triggers.advanceTo(vn(d(6, 12), 12), appHandlers(fake));
    expect(lastSummary(fake).subject).toContain('ngày 06/12/2026');
    expect(lastSummary(fake).body).not.toContain(STOPPED);
    expect([...fake.properties.script.keys()].filter((k) => k.startsWith('rem-missed:'))).toEqual([]);
  });
});
