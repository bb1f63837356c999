/**
 * Issue 13, "Must show": an adversarial run in the spirit of the independent one, on the in-memory Apps Script with
 * both edit triggers (the simple onEdit as the person, the office's installable onEditInstalled). Hundreds of odd
 * inputs typed and pasted in every input column of Chỉ tiêu and Nhiệm vụ, by a unit that has submitted (every edit
 * audited) and one that has not; runs killed at every send; a duplicate trigger; busy locks; one unit on another's
 * rows. Totals are counted and printed; each must be 0.
 */
import { validateIndicatorEntry, validateTaskEntry } from '../../src/core/cellEdit/validateCell';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { runReminders } from '../../src/gas/reminders/reminders';
import { reviewUnit, submissionUpkeep } from '../../src/gas/submission';
import {
  asMenu,
  cellOf,
  completeUnit,
  d,
  logRecords,
  makeWorld,
  rowKeysOf,
  STAFF,
  vn,
  type World,
} from '../submission/world';

const CA = STAFF.CA;
const KT = STAFF.KTHTDT;
/** Words of Google's or JavaScript's English errors that must never reach a person. */
const ENGLISH =
  /\b(error|exception|argument too large|lock timeout|undefined|null|TypeError|ReferenceError|cannot read|is not a function|exceeded|permission|protected cell)\b/i;

const nfd = (s: string) => s.normalize('NFD');
const vnDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const ODD: string[] = [
  // formulas and what Sheets reads as formulas
  '=IMPORTXML("https://example.com/x","//a")',
  '=HYPERLINK("https://example.com","bấm vào đây")',
  '=1+1',
  '=SUM(A1:A9)',
  '+1',
  '+84 912 345 678',
  '-1+2',
  '-abc',
  '@x',
  "'=1+1",
  "'quote",
  '==',
  // HTML and script
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '<b>Đạt</b>',
  '&lt;b&gt;',
  // numbers the Vietnamese way and not
  '82,54%',
  '82.54%',
  '1.134.256.000 đồng',
  '375/394',
  '08/08 trường',
  '1.5',
  '1,5',
  '100%',
  '≥ 90%',
  '0',
  '-5%',
  '150%',
  '1e9',
  '  42  ',
  '٣٤',
  // dates
  '15/09/2026',
  '2026-09-15',
  '31/02/2026',
  '9/2025',
  'Quý IV/2026',
  // words
  'Đạt',
  'Hoàn thành',
  'Đang thực hiện',
  'Chưa thực hiện',
  'hoàn thành',
  'Xong',
  nfd('Hoàn thành'),
  nfd('Đạt mục tiêu đề ra'),
  nfd('Phường đã triển khai ứng dụng VNeID'),
  // emoji, symbols only, odd spaces
  '✅ Đạt',
  '👍👍👍',
  '🇻🇳',
  '%%%',
  '…',
  '—',
  '///',
  '***',
  '\u200b',
  '\u00a0',
  'a\u200bb',
  '\u202eĐạt',
  'TRUE',
  'FALSE',
  'null',
  'undefined',
  'NaN',
  // long
  'Giải trình: '.repeat(5) + 'x'.repeat(300),
  `${'Đơn vị đã triển khai đầy đủ các nội dung theo kế hoạch. '.repeat(140)}`,
  'dòng 1\ndòng 2\ndòng 3',
  '\t\ttab',
];
/** Variants, so every column gets a few hundred: each odd value alone, with a prefix, with a suffix. */
const INPUTS = ODD.flatMap((v) => [v, `Kết quả: ${v}`, `${v} (đơn vị ghi)`, ` ${v}`]);

const COLUMNS = {
  indicators: ['result', 'evidence'],
  tasks: ['status', 'completedOn', 'result', 'evidence'],
} as const;

let w: World;
afterEach(() => w?.done());

/** What a plain-text cell keeps of what was typed: Sheets takes a leading apostrophe as "text". */
const kept = (typed: string) => (typed.startsWith("'") ? typed.slice(1) : typed);

interface Totals {
  edits: number;
  changed: number;
  lost: number;
  injections: number;
  exceptions: number;
  misreadPastes: number;
  invalidWithoutNote: number;
  englishShown: number;
}

const empty = (): Totals => ({
  edits: 0,
  changed: 0,
  lost: 0,
  injections: 0,
  exceptions: 0,
  misreadPastes: 0,
  invalidWithoutNote: 0,
  englishShown: 0,
});

function formulasOutsideInputs(w: World): number {
  let n = 0;
  for (const tab of Object.values(TABS)) {
    const sheet = w.fake.spreadsheet.raw._findSheet(tab.name);
    if (!sheet || sheet.getLastRow() < 1) continue;
    n += w.fake.spreadsheet
      .formulas(tab.name)
      .flat()
      .filter((f) => f !== '').length;
  }
  return n;
}

function problemsFor(tab: 'indicators' | 'tasks', row: Record<string, unknown>, column: string): boolean {
  const problems =
    tab === 'indicators'
      ? validateIndicatorEntry({ result: row.result, unitOfMeasure: String(row.unitOfMeasure ?? '') })
      : validateTaskEntry({ status: row.status, completedOn: row.completedOn, today: d(25, 11) });
  return problems.some((p) => p.column === column);
}

describe('hundreds of odd inputs, typed and pasted, in every input column', () => {
  test('0 typed values changed, 0 lost, 0 injections, 0 exceptions, 0 misread pastes, 0 invalid without a note, 0 English', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    completeUnit(w, 'KTHTDT');
    // Công an submits by its tick (every later edit is audited); Kinh tế has not submitted.
    w.fake.spreadsheet.userEdit(CA, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, { handlers: w.handlers });
    const totals = empty();
    for (const [tab, columns] of Object.entries(COLUMNS) as ['indicators' | 'tasks', readonly string[]][]) {
      for (const [who, unitId] of [
        [CA, 'CA'],
        [KT, 'KTHTDT'],
      ] as const) {
        const keys = rowKeysOf(w.fake, tab, unitId);
        for (const column of columns) {
          INPUTS.forEach((typed, i) => {
            // Every other value, in turn over the unit's rows; both units.
            if (i % 2 !== (unitId === 'CA' ? 0 : 1)) return;
            const key = keys[i % keys.length];
            const cell = cellOf(w.fake, tab, key, column);
            const result = w.fake.spreadsheet.userEdit(who, cell.a1, typed, { handlers: w.handlers, rethrow: false });
            totals.edits++;
            totals.exceptions += result.errors.length;
            if (!result.ok) totals.lost++;
            const values = w.fake.spreadsheet.values(TABS[tab].name);
            const map = new ColumnMap(tab, values[0]);
            const now = values[cell.row - 1][cell.column - 1];
            if (now !== kept(typed)) totals.changed++;
            const row = map.read(values[cell.row - 1]);
            const note = w.fake.spreadsheet.notes(cell.a1)[0][0];
            if (problemsFor(tab, row, column) && !note) totals.invalidWithoutNote++;
            // The note may quote what was typed ("null", "undefined"): only the tool's own words are checked.
            if (ENGLISH.test(note.split(kept(typed).trim()).join(''))) {
              totals.englishShown++;
              console.log(`English in a note: ${JSON.stringify(note)}`);
            }
          });
        }
      }
    }
    // Pasted blocks: three rows × every input column of Nhiệm vụ, Công an's rows.
    const keys = rowKeysOf(w.fake, 'tasks', 'CA');
    for (let i = 0; i + 3 <= ODD.length; i += 3) {
      const first = cellOf(w.fake, 'tasks', keys[0], 'status');
      const block = [0, 1, 2].map((r) => COLUMNS.tasks.map((_, c) => ODD[(i + r + c) % ODD.length]));
      const result = w.fake.spreadsheet.userEdit(CA, first.a1, block, { handlers: w.handlers, rethrow: false });
      totals.edits++;
      totals.exceptions += result.errors.length;
      if (!result.ok) totals.lost++;
      const values = w.fake.spreadsheet.values(TABS.tasks.name);
      block.forEach((line, r) =>
        line.forEach((typed, c) => {
          if (values[first.row - 1 + r][first.column - 1 + c] !== kept(typed)) totals.misreadPastes++;
        }),
      );
    }
    totals.injections = formulasOutsideInputs(w);
    for (const entry of logRecords(w.fake))
      if (ENGLISH.test(String(entry.detail)) && entry.action !== LOG_ACTIONS.editAfterSubmit) totals.englishShown++;
    // Every edit of Công an's rows after its submission is in Nhật ký (old and new values).
    const audited = logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.editAfterSubmit).length;
    console.log(
      `adversarial edits: ${totals.edits} (${INPUTS.length} inputs per column), ` +
        `audited entries ${audited}: ${JSON.stringify(totals)}`,
    );
    expect(totals.edits).toBeGreaterThan(1000);
    expect(audited).toBeGreaterThan(300);
    expect({ ...totals, edits: 0 }).toEqual({ ...empty() });
  });
});

describe('one unit on another unit’s rows', () => {
  test("Kinh tế can edit none of Công an's input cells nor tick its box; nothing changes", () => {
    w = makeWorld(vn(d(25, 11), 8));
    const before = w.fake.spreadsheet.values(TABS.indicators.name);
    let refused = 0;
    let cells = 0;
    for (const [tab, columns] of Object.entries(COLUMNS) as ['indicators' | 'tasks', readonly string[]][])
      for (const key of rowKeysOf(w.fake, tab, 'CA'))
        for (const column of columns) {
          cells++;
          const r = w.fake.spreadsheet.userEdit(KT, cellOf(w.fake, tab, key, column).a1, 'x', {
            handlers: w.handlers,
            rethrow: false,
          });
          if (!r.ok) refused++;
        }
    const tick = w.fake.spreadsheet.userEdit(KT, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, {
      handlers: w.handlers,
      rethrow: false,
    });
    expect(cells).toBeGreaterThan(40);
    expect(refused).toBe(cells);
    expect(tick.ok).toBe(false);
    expect(w.fake.spreadsheet.values(TABS.indicators.name)).toEqual(before);
    expect(w.fake.properties.script.get('submission.2026.CA')).toBeUndefined();
  });
});

describe('busy locks', () => {
  test('edits, ticks and a review under a held lock: 0 exceptions, ticks kept, the one busy message', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    completeUnit(w, 'VP');
    const hold = w.fake.locks.holdScriptLock();
    let errors = 0;
    for (const typed of ODD.slice(0, 20))
      errors += w.fake.spreadsheet.userEdit(CA, cellOf(w.fake, 'indicators', 'PL2-26@CA', 'evidence').a1, typed, {
        handlers: w.handlers,
        rethrow: false,
      }).errors.length;
    for (const [email, unit] of [
      [CA, 'CA'],
      [STAFF.VP, 'VP'],
    ] as const)
      errors += w.fake.spreadsheet.userEdit(email, cellOf(w.fake, 'units', unit, 'submit').a1, true, {
        handlers: w.handlers,
        rethrow: false,
      }).errors.length;
    const review = asMenu(w, STAFF.VHXH === '' ? '' : 'vhxh@phuong-haiduong.example', () =>
      reviewUnit('CA', 'approve', '', new Date()),
    );
    hold.release();
    expect(errors).toBe(0);
    expect(review).toMatch(/bận/);
    expect(review).not.toMatch(ENGLISH);
    w.at(vn(d(26, 11), 7));
    w.fake.run(() => submissionUpkeep(w.fake.spreadsheet.api, new Date()), {
      as: 'vhxh@phuong-haiduong.example',
      kind: 'timeTrigger',
    });
    for (const unit of ['CA', 'VP'])
      expect(JSON.parse(w.fake.properties.script.get(`submission.2026.${unit}`)!).state).toBe('SUBMITTED');
  });
});

describe('runs killed at every send', () => {
  test('killed after each send in turn: 0 duplicate reminders, 0 duplicate summaries, 0 lost (sent the next day)', () => {
    const VHXH = 'vhxh@phuong-haiduong.example';
    const results: string[] = [];
    // 16/11: a reminder day (14 days before); the six units owe everything: 6 reminders + 1 summary.
    for (let k = 1; k <= 7; k++) {
      w = makeWorld(vn(d(16, 11), 7));
      let sends = 0;
      w.fake.counter.killAfter((name) => name === 'MailApp.sendEmail' && ++sends === k);
      try {
        w.fake.run(() => runReminders({ mode: 'daily' }), { as: VHXH, kind: 'timeTrigger' });
      } catch {
        // killed
      }
      // Later the same day (a second trigger, a click), then the next days.
      for (const at of [vn(d(16, 11), 9), vn(d(16, 11), 15), vn(d(17, 11), 7), vn(d(18, 11), 7)]) {
        w.at(at);
        w.fake.run(() => runReminders({ mode: at.getUTCHours() === 8 ? 'manual' : 'daily' }), {
          as: VHXH,
          kind: 'timeTrigger',
        });
      }
      const day = (m: { sentAt: Date }) => vnDay(m.sentAt);
      const summaries = w.fake.mail.sent.filter((m) => m.to.join() === VHXH);
      const reminders = w.fake.mail.sent.filter((m) => m.to.join() !== VHXH);
      const perUnitDay = new Map<string, number>();
      for (const m of reminders)
        perUnitDay.set(`${m.to.join()}|${day(m)}`, (perUnitDay.get(`${m.to.join()}|${day(m)}`) ?? 0) + 1);
      const summaryDays = new Map<string, number>();
      for (const m of summaries) summaryDays.set(day(m), (summaryDays.get(day(m)) ?? 0) + 1);
      // At most one reminder per unit per day, and every unit reminded (the one whose send a kill left
      // unconfirmed is reminded the next day: maybe twice in two days, never twice in one).
      const duplicates =
        [...perUnitDay.values()].filter((n) => n > 1).length + [...summaryDays.values()].filter((n) => n > 1).length;
      const lost = 6 - new Set(reminders.map((m) => m.to.join())).size;
      results.push(`kill after send ${k}: ${reminders.length} reminders, ${summaries.length} summaries`);
      expect({ k, duplicates, lost }).toEqual({ k, duplicates: 0, lost: 0 });
      w.done();
    }
    console.log(results.join('\n'));
  });
});
