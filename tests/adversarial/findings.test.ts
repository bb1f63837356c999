/**
 * Issue 13, findings 1–7 and 10: each reproduced on the in-memory Apps Script as a person would meet it, then
 * held fixed. The world: the VHXH office owns the sheet, each unit's staff edits only its rows (tests/submission/world).
 */
import { assessWorkbook } from '../../src/core/judging/assess';
import { COMMON_TEXT } from '../../src/core/messages';
import { summarize } from '../../src/core/overview/overview';
import { owedFigures, unitProgress } from '../../src/core/progress/owed';
import { planOfflineReminders } from '../../src/core/reminders';
import { unitFigures } from '../../src/core/reminders/officeSummary';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import { flushPendingLog, queueLog } from '../../src/gas/cellEdit/pendingLog';
import { runReminders } from '../../src/gas/reminders/reminders';
import { runSetup } from '../../src/gas/setup/setup';
import { readWorkbook } from '../../src/gas/sheet/io';
import { reviewUnit, submissionUpkeep } from '../../src/gas/submission';
import { handleInstalledEdit } from '../../src/gas/submission/auditTrigger';
import { storeBytes } from '../fakes';
import {
  asMenu,
  cellOf,
  completeUnit,
  d,
  logRecords,
  makeWorld,
  mirrorOf,
  STAFF,
  typeIn,
  VHXH,
  valueAt,
  vn,
  type World,
} from '../submission/world';

const CA = STAFF.CA;
const KT = STAFF.KTHTDT;
let w: World;
afterEach(() => w?.done());

/** Setup run as `email`: '' when it went through, else the message the person was shown. */
const setupMessage = (email: string) =>
  w.fake.run(
    () => {
      try {
        runSetup(w.fake.spreadsheet.api, new Date());
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    },
    { as: email },
  );

const ENGLISH = /\b(the|error|exception|argument|too large|lock|timeout|undefined|TypeError|cannot)\b/i;
const logOf = (action: keyof typeof LOG_ACTIONS) => logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS[action]);
const tick = (email: string, unitId: string, value: unknown = true) =>
  w.fake.spreadsheet.userEdit(email, cellOf(w.fake, 'units', unitId, 'submit').a1, value, {
    handlers: w.handlers,
    rethrow: false,
  });

describe('1. long text in an input cell', () => {
  test('a 10 kB explanation after submission: no exception out of the trigger, audited, the record and the Đơn vị tab agree', () => {
    w = makeWorld(vn(d(20, 11), 8));
    const long = `Giải trình chi tiết: ${'Đơn vị đã triển khai đầy đủ các nội dung theo kế hoạch. '.repeat(140)}`;
    expect(Buffer.byteLength(long)).toBeGreaterThan(9 * 1024);
    completeUnit(w, 'CA');
    // Before submission: typed and kept.
    const before = typeIn(w, CA, 'indicators', 'PL2-26@CA', 'evidence', long);
    expect(before.errors).toEqual([]);
    // Submitting by the tick: the record is saved and the Đơn vị tab says so.
    const ticked = tick(CA, 'CA');
    expect(ticked.errors).toEqual([]);
    expect(JSON.parse(w.fake.properties.script.get('submission.2026.CA')!).state).toBe('SUBMITTED');
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({ submit: true });
    expect(String(mirrorOf(w.fake, 'CA').submissionStatus)).toContain('Đã gửi');
    // After submission: a longer text, typed and then pasted over two cells: audited, nothing thrown.
    const after = typeIn(w, CA, 'indicators', 'PL2-26@CA', 'evidence', `${long} (bổ sung)`);
    expect(after.errors).toEqual([]);
    const audited = logOf('editAfterSubmit').filter((r) => String(r.target).includes('PL2-26@CA'));
    expect(audited).toHaveLength(1);
    expect(String(audited[0].newValue)).toContain('(bổ sung)');
    expect(storeBytes(w.fake.properties.script)).toBeLessThan(500 * 1024);
    expect(storeBytes(w.fake.properties.document)).toBeLessThan(500 * 1024);
  });
});

describe('2. typed formulas never come alive in Nhật ký', () => {
  test.each([
    '=IMPORTXML("https://example.com/x","//a")',
    '=HYPERLINK("https://example.com","bấm")',
    '+1',
    '-1+2',
    '@x',
    "'=1+1",
  ])('%s typed after submission is logged as the text typed', (typed) => {
    w = makeWorld(vn(d(20, 11), 8));
    completeUnit(w, 'CA');
    tick(CA, 'CA');
    typeIn(w, CA, 'indicators', 'PL2-26@CA', 'evidence', typed);
    const formulas = w.fake.spreadsheet.formulas(TABS.log.name).flat().filter(Boolean);
    expect(formulas).toEqual([]);
    const entry = logOf('editAfterSubmit').find((r) => String(r.target).includes('PL2-26@CA'))!;
    // What the cell holds (Sheets takes a typed leading apostrophe as "text", as the tool does).
    expect(entry.newValue).toBe(valueAt(w.fake, 'indicators', 'PL2-26@CA', 'evidence'));
    expect(entry.newValue).toBe(typed.replace(/^'/, ''));
  });
});

describe('3. a killed run never duplicates the VHXH summary e-mail', () => {
  test('the run dies right after the summary went out: the next run does not send it again', () => {
    w = makeWorld(vn(d(16, 11), 8));
    // 16/11 is 14 days before the deadline: a reminder day. The run is killed right after the summary is sent.
    w.fake.counter.killAfter((name, args) => name === 'MailApp.sendEmail' && (args[0] as { to?: string }).to === VHXH);
    expect(() => w.fake.run(() => runReminders({ mode: 'daily' }), { as: VHXH, kind: 'timeTrigger' })).toThrow(
      'Exceeded maximum execution time',
    );
    const summaries = () => w.fake.mail.sent.filter((m) => m.to.join() === VHXH).length;
    expect(summaries()).toBe(1);
    w.at(vn(d(16, 11), 9));
    w.fake.run(() => runReminders({ mode: 'daily' }), { as: VHXH, kind: 'timeTrigger' });
    w.at(vn(d(16, 11), 10));
    w.fake.run(() => runReminders({ mode: 'manual' }), { as: VHXH, kind: 'menu' });
    expect(summaries()).toBe(1);
  });
});

describe('4. ticking "Đã gửi báo cáo" while the lock is busy', () => {
  test('no exception; the tick is kept pending and the next run records it, never silently unticked', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    const hold = w.fake.locks.holdScriptLock();
    const result = tick(CA, 'CA');
    expect(result.errors).toEqual([]);
    expect(mirrorOf(w.fake, 'CA').submit).toBe(true);
    const note = w.fake.spreadsheet.notes(cellOf(w.fake, 'units', 'CA', 'submit').a1)[0][0];
    expect(note).toMatch(/được giữ lại/);
    expect(note).not.toMatch(ENGLISH);
    hold.release();
    w.at(vn(d(26, 11), 7));
    w.fake.run(() => submissionUpkeep(w.fake.spreadsheet.api, new Date()), { as: VHXH, kind: 'timeTrigger' });
    expect(mirrorOf(w.fake, 'CA').submit).toBe(true);
    const record = JSON.parse(w.fake.properties.script.get('submission.2026.CA')!);
    expect(record.state).toBe('SUBMITTED');
    // Submitted when it was ticked, not when the next run came.
    expect(record.submittedAt).toBe(vn(d(25, 11), 8).toISOString());
  });

  test("another unit's staff cannot tick Công an's box (the protection covers it)", () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    const result = tick(KT, 'CA');
    expect(result.ok).toBe(false);
    expect(w.fake.properties.script.get('submission.2026.CA')).toBeUndefined();
  });
});

describe('5. renamed headers and setup', () => {
  test('"Mã dòng" renamed, setup re-run: no row re-keyed, no copy appended, every entry still protected', () => {
    w = makeWorld(vn(d(20, 11), 8));
    completeUnit(w, 'CA');
    const tasks = w.fake.spreadsheet.api.getSheetByName(TABS.tasks.name)!;
    const rowsBefore = tasks.getLastRow();
    const keysBefore = tasks
      .getRange(2, 1, rowsBefore - 1, 1)
      .getValues()
      .map((r) => r[0]);
    tasks.getRange(1, 1).setValue('Ma dong (cu)');
    const message = setupMessage(VHXH);
    expect(message).not.toMatch(ENGLISH);
    expect(tasks.getLastRow()).toBe(rowsBefore);
    const keysAfter = tasks
      .getRange(2, 1, rowsBefore - 1, 1)
      .getValues()
      .map((r) => r[0]);
    expect(keysAfter).toEqual(keysBefore);
    expect(keysAfter.filter((k) => String(k).startsWith('RIENG-'))).toEqual([]);
  });
});

describe('6. roles and triggers', () => {
  test('setup by a unit staff member is refused in Vietnamese; a second VHXH account does not add a second edit trigger', () => {
    w = makeWorld(vn(d(20, 11), 8));
    const refused = setupMessage(CA);
    expect(refused).toMatch(/Phòng Văn hóa - Xã hội/);
    const second = 'vhxh2@phuong-haiduong.example';
    w.fake.users.add(second);
    const config = w.fake.spreadsheet.api.getSheetByName(TABS.config.name)!;
    const rows = config.getDataRange().getValues();
    const i = rows.findIndex((r) => r[0] === 'Email Phòng Văn hóa - Xã hội');
    config.getRange(i + 1, 2).setValue(`${VHXH}; ${second}`);
    // The office's first account runs setup (the new account becomes an editor of the office's tabs) …
    w.fake.run(() => runSetup(w.fake.spreadsheet.api, new Date()), { as: VHXH });
    // … then the second account runs it too: it is told whose trigger runs, and adds none.
    const result = w.fake.run(() => runSetup(w.fake.spreadsheet.api, new Date()), { as: second });
    expect(result.trigger).toContain(VHXH);
    const editTriggers = w.fake.triggers.installed().filter((t) => t.handler === 'onEditInstalled');
    expect(editTriggers).toHaveLength(1);
  });

  test('flushPendingLog under a held lock writes nothing twice', () => {
    w = makeWorld(vn(d(20, 11), 8));
    w.fake.run(() => queueLog([{ time: new Date(), user: CA, action: 'setup', detail: 'một dòng' }]), { as: CA });
    const hold = w.fake.locks.holdScriptLock();
    w.fake.run(() => flushPendingLog(w.fake.spreadsheet.api), { as: VHXH });
    hold.release();
    w.fake.run(() => flushPendingLog(w.fake.spreadsheet.api), { as: VHXH });
    w.fake.run(() => flushPendingLog(w.fake.spreadsheet.api), { as: VHXH });
    expect(logRecords(w.fake).filter((r) => r.detail === 'một dòng')).toHaveLength(1);
  });
});

describe('7. messages under a busy lock', () => {
  test('approving while another run holds the lock shows the one busy message', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    tick(CA, 'CA');
    const hold = w.fake.locks.holdScriptLock();
    const message = asMenu(w, VHXH, () => reviewUnit('CA', 'approve', '', new Date()));
    hold.release();
    expect(message).toBe(COMMON_TEXT.busy);
  });

  test('the installable trigger never throws under a busy lock (a late edit with locks to apply)', () => {
    w = makeWorld(vn(d(2, 12), 8), { acceptLate: false });
    const hold = w.fake.locks.holdScriptLock();
    const result = w.fake.spreadsheet.userEdit(VHXH, cellOf(w.fake, 'indicators', 'PL2-26@CA', 'evidence').a1, 'x', {
      handlers: { onEditInstalled: (e: GoogleAppsScript.Events.SheetsOnEdit) => handleInstalledEdit(e, new Date()) },
      rethrow: false,
    });
    hold.release();
    expect(result.errors).toEqual([]);
  });
});

describe('10. one definition of what a unit still owes', () => {
  test('the console, Tổng hợp, the e-mails and the submission check count the same items', () => {
    w = makeWorld(vn(d(20, 11), 8));
    completeUnit(w, 'KTHTDT', []);
    const assessment = assessWorkbook(readWorkbook(w.fake.spreadsheet.api), d(20, 11));
    const summary = summarize(assessment, new Date());
    const offline = planOfflineReminders(assessment);
    for (const p of unitProgress(assessment)) {
      const figures = owedFigures(p);
      const row = summary.units.find((u) => u.unitId === p.unit.id)!;
      expect({ unit: p.unit.id, due: row.itemsLed, done: row.reported, missing: row.missing }).toEqual({
        unit: p.unit.id,
        due: figures.due,
        done: figures.done,
        missing: figures.missing,
      });
      expect(unitFigures(p)).toMatchObject(figures);
      const planned = offline.plan.units.find((u) => u.unit.id === p.unit.id)!;
      if (planned.message) expect(planned.message.text).toContain(`còn ${figures.missing} nội dung chưa báo cáo`);
    }
  });
});
