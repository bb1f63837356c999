import { type CalendarDate, formatDate, vietnamDateOf } from '../../src/core/dates';
import {
  CARRY_KEY,
  daysWithoutDailyRun,
  JOURNAL_KEEP_DAYS,
  markKey,
  missedKey,
  readJournal,
  staleJournalKeys,
  stoppedRunWrites,
  summaryKey,
} from '../../src/core/reminders/journal';
import { sheetLink } from '../../src/core/reminders/links';
import {
  deadlineStatus,
  isReminderDay,
  nextReminderDay,
  reminderDaysBetween,
  reminderSchedule,
} from '../../src/core/reminders/schedule';
import { planTriggerInstall, planTriggerRemoval } from '../../src/core/reminders/trigger';
import { defaultConfig } from '../../src/core/sheet/config';

const d = (day: number, month: number, year = 2026): CalendarDate => ({ year, month, day });
const config = defaultConfig(2026);

describe('the reminder schedule', () => {
  test('default: 14, 7, 3, 1 days before, the deadline day, then every 3 days', () => {
    expect(config.reminderDaysBefore).toEqual([14, 7, 3, 1, 0]);
    expect(config.reminderEveryDaysAfter).toBe(3);
    const days = reminderDaysBetween(config, d(1, 11), d(15, 12)).map(formatDate);
    expect(days).toEqual([
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
  });

  test('nothing before the reporting period, nothing on days off the schedule', () => {
    expect(isReminderDay(config, d(10, 11))).toBe(false);
    expect(isReminderDay(config, d(15, 11))).toBe(false);
    expect(reminderSchedule(config, d(10, 11))).toMatchObject({
      scheduled: false,
      inPeriod: false,
      phase: 'before',
      daysLeft: 20,
    });
    expect(reminderSchedule(config, d(25, 11))).toMatchObject({ scheduled: false, inPeriod: true, daysLeft: 5 });
    expect(reminderSchedule(config, d(25, 11)).explanation).toContain('27/11/2026');
    expect(isReminderDay(config, d(1, 12))).toBe(false);
    expect(isReminderDay(config, d(2, 12))).toBe(false);
  });

  test('the deadline is inclusive in Việt Nam time: 30/11 16:59 UTC is the deadline day, 17:00 UTC is one day late', () => {
    const before = vietnamDateOf(new Date('2026-11-30T16:59:00Z'));
    const after = vietnamDateOf(new Date('2026-11-30T17:00:00Z'));
    expect(deadlineStatus(config.deadline, before)).toMatchObject({ phase: 'deadline', daysLeft: 0, daysLate: 0 });
    expect(deadlineStatus(config.deadline, after)).toMatchObject({ phase: 'after', daysLeft: 0, daysLate: 1 });
    expect(isReminderDay(config, before)).toBe(true);
    expect(isReminderDay(config, after)).toBe(false);
  });

  test('the next reminder day', () => {
    expect(nextReminderDay(config, d(1, 11))).toEqual(d(16, 11));
    expect(nextReminderDay(config, d(25, 11))).toEqual(d(27, 11));
    expect(nextReminderDay(config, d(30, 11))).toEqual(d(3, 12));
    expect(nextReminderDay(config, d(4, 12))).toEqual(d(6, 12));
    expect(nextReminderDay({ ...config, reminderEveryDaysAfter: 0 }, d(30, 11))).toBeNull();
    expect(isReminderDay({ ...config, reminderEveryDaysAfter: 0 }, d(3, 12))).toBe(false);
  });

  test('a schedule edited in Cấu hình', () => {
    const custom = { ...config, reminderDaysBefore: [10, 2], reminderEveryDaysAfter: 1 };
    expect(reminderDaysBetween(custom, d(15, 11), d(3, 12)).map(formatDate)).toEqual([
      '20/11/2026',
      '28/11/2026',
      '01/12/2026',
      '02/12/2026',
      '03/12/2026',
    ]);
    expect(isReminderDay(custom, d(30, 11))).toBe(false);
  });
});

describe('links to the sheet', () => {
  const links = {
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    sheetIds: { indicators: 123, tasks: 0 },
  };
  test('tab and row', () => {
    expect(sheetLink(links, 'indicators', 12)).toBe(
      'https://docs.google.com/spreadsheets/d/abc/edit#gid=123&range=A14',
    );
    expect(sheetLink(links, 'tasks', 0)).toBe('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A2');
    expect(sheetLink(links, 'issues', 3)).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(sheetLink(links, 'indicators', -1)).toBe('https://docs.google.com/spreadsheets/d/abc/edit#gid=123');
    expect(sheetLink(links)).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
  });
  test('no usable URL, no link', () => {
    expect(sheetLink(null, 'indicators', 1)).toBeNull();
    expect(sheetLink({ spreadsheetUrl: 'javascript:alert(1)', sheetIds: {} }, 'indicators', 1)).toBeNull();
    expect(sheetLink({ spreadsheetUrl: '', sheetIds: {} })).toBeNull();
  });
});

describe('the journal in script properties', () => {
  test('reads marks, summaries, carry-over, missed days and ignores other properties', () => {
    const j = readJournal({
      [markKey(d(30, 11), 'CA')]: 'sent|2026-11-30T00:01:00.000Z',
      [markKey(d(30, 11), 'VP')]: 'planned|2026-11-30T00:01:00.000Z',
      [summaryKey(d(30, 11))]: 'sent|2026-11-30T00:02:00.000Z',
      [missedKey(d(29, 11))]: 'daily',
      [CARRY_KEY]: JSON.stringify({
        cycle: '2026',
        units: { KTHTDT: { since: '2026-11-30', notBefore: '2026-11-30', reason: 'quota' } },
      }),
      'submission.v1': '{"x":1}',
    });
    expect(j.marks.get('2026-11-30')?.get('CA')?.state).toBe('sent');
    expect(j.marks.get('2026-11-30')?.get('VP')?.state).toBe('planned');
    expect(j.summaries.has('2026-11-30')).toBe(true);
    expect(j.missed).toEqual(['2026-11-29']);
    expect(j.carry?.units.KTHTDT.reason).toBe('quota');
    expect(j.keys).not.toContain('submission.v1');
  });

  test('missed daily runs: a busy day is caught up once, every kind is kept until a summary names it', () => {
    const j = readJournal({
      [missedKey(d(25, 11))]: 'daily',
      [missedKey(d(26, 11))]: 'caughtUp',
      [missedKey(d(27, 11))]: 'stopped',
    });
    expect(j.missed).toEqual(['2026-11-25']);
    expect(j.missedRuns).toEqual([
      { day: '2026-11-25', reason: 'busy' },
      { day: '2026-11-26', reason: 'busy' },
      { day: '2026-11-27', reason: 'stopped' },
    ]);
  });

  test('the days the daily trigger did not run: strictly between its last run and today, in Việt Nam days', () => {
    // Last run 27/11 07:05, now 30/11 07:01 (Việt Nam): 28/11 and 29/11 had none.
    const vn = (day: number, month: number, h: number, m = 0) => new Date(Date.UTC(2026, month - 1, day, h - 7, m));
    expect(daysWithoutDailyRun(vn(27, 11, 7, 5), null, vn(30, 11, 7, 1))).toEqual(['2026-11-28', '2026-11-29']);
    // Ran yesterday, or earlier today: nothing missed. 23:30 UTC on 27/11 is already 28/11 in Việt Nam.
    expect(daysWithoutDailyRun(vn(29, 11, 7), null, vn(30, 11, 7))).toEqual([]);
    expect(daysWithoutDailyRun(new Date('2026-11-27T23:30:00Z'), null, vn(29, 11, 7))).toEqual([]);
    // Never ran: counted from the day it was turned on; neither known (reminders off): nothing.
    expect(daysWithoutDailyRun(null, vn(26, 11, 20), vn(28, 11, 7))).toEqual(['2026-11-27']);
    expect(daysWithoutDailyRun(null, null, vn(28, 11, 7))).toEqual([]);
    // A long silence: the last 14 days only (the journal keeps no more).
    const long = daysWithoutDailyRun(vn(1, 10, 7), null, vn(30, 11, 7));
    expect(long).toHaveLength(JOURNAL_KEEP_DAYS);
    expect([long[0], long.at(-1)]).toEqual(['2026-11-16', '2026-11-29']);
  });

  test('a stopped day already in the journal keeps its mark', () => {
    expect(stoppedRunWrites(['2026-11-28', '2026-11-29'], { [missedKey('2026-11-28')]: 'daily' })).toEqual({
      [missedKey('2026-11-29')]: 'stopped',
    });
  });

  test('keys older than 14 days are pruned', () => {
    const j = readJournal({
      [markKey(d(1, 11), 'CA')]: 'sent|2026-11-01T00:00:00.000Z',
      [summaryKey(d(2, 11))]: 'sent|2026-11-02T00:00:00.000Z',
      [markKey(d(20, 11), 'CA')]: 'sent|2026-11-20T00:00:00.000Z',
      [CARRY_KEY]: '{"cycle":"2026","units":{}}',
    });
    expect(staleJournalKeys(j, d(30, 11)).sort()).toEqual([markKey(d(1, 11), 'CA'), summaryKey(d(2, 11))].sort());
  });

  test('a damaged carry-over is ignored, not fatal', () => {
    expect(readJournal({ [CARRY_KEY]: '{not json' }).carry).toBeNull();
  });
});

describe('the daily trigger', () => {
  test('installing keeps one, removes extras', () => {
    expect(planTriggerInstall([])).toEqual({ remove: [], create: true });
    expect(planTriggerInstall(['onEditInstalled', 'dailyReminderTrigger'])).toEqual({ remove: [], create: false });
    expect(planTriggerInstall(['dailyReminderTrigger', 'onEditInstalled', 'dailyReminderTrigger'])).toEqual({
      remove: [2],
      create: false,
    });
    expect(planTriggerRemoval(['dailyReminderTrigger', 'onEditInstalled', 'dailyReminderTrigger'])).toEqual([0, 2]);
  });
});
