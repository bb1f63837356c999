/**
 * Cheap edits (issue 13): the service calls one single-cell edit costs in each trigger, counted by the fakes (every
 * Apps Script call: Spreadsheet, Properties, Lock, Session, User…), the same for 10 and 10,000 rows; and what a busy
 * deadline day costs in trigger time on a consumer account (90 minutes a day, README "Chi phí").
 */
import { handleEdit } from '../../src/gas/cellEdit/onEdit';
import { handleInstalledEdit } from '../../src/gas/submission';
import { cellOf, completeUnit, d, logRecords, makeWorld, STAFF, vn, type World } from '../submission/world';

let w: World;
afterEach(() => w?.done());

const CA = STAFF.CA;
type Handler = (e: GoogleAppsScript.Events.SheetsOnEdit) => unknown;

/** Calls made by one trigger for one typed cell. */
function callsOf(handler: 'onEdit' | 'onEditInstalled', value: string, key = 'PL2-26@CA', column = 'evidence'): number {
  const handlers: Record<string, Handler> =
    handler === 'onEdit'
      ? { onEdit: (e) => handleEdit(e, new Date()), onEditInstalled: () => undefined }
      : { onEditInstalled: (e) => handleInstalledEdit(e, new Date()) };
  w.fake.counter.reset();
  const result = w.fake.spreadsheet.userEdit(CA, cellOf(w.fake, 'indicators', key, column).a1, value, { handlers });
  expect(result.errors).toEqual([]);
  return w.fake.counter.total();
}

/** Adds `n` extra indicator rows for Công an (as if its block were that long). */
function growTo(n: number): void {
  w.fake.run(
    () => {
      const sheet = w.fake.spreadsheet.api.getSheetByName('Chỉ tiêu')!;
      const width = sheet.getLastColumn();
      const last = sheet.getLastRow();
      const template = sheet.getRange(last, 1, 1, width).getValues()[0];
      const rows = Array.from({ length: n }, (_, i) => template.map((v, j) => (j === 0 ? `PLX-${i}@CA` : v)));
      sheet.insertRowsAfter(sheet.getMaxRows(), n);
      sheet.getRange(last + 1, 1, n, width).setValues(rows);
    },
    { as: 'vhxh@phuong-haiduong.example' },
  );
}

const BUDGET = { onEdit: 12, onEditInstalled: 16 } as const;

describe('service calls of one single-cell edit', () => {
  test.each([10, 10_000])('%i extra rows: onEdit ≤ 12, onEditInstalled ≤ 16, before and after submission', (extra) => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    growTo(extra);
    const before = { onEdit: callsOf('onEdit', 'a'), onEditInstalled: callsOf('onEditInstalled', 'b') };
    w.fake.spreadsheet.userEdit(CA, cellOf(w.fake, 'units', 'CA', 'submit').a1, true, {
      handlers: { onEditInstalled: (e: GoogleAppsScript.Events.SheetsOnEdit) => handleInstalledEdit(e, new Date()) },
    });
    const after = { onEdit: callsOf('onEdit', 'c'), onEditInstalled: callsOf('onEditInstalled', 'd') };
    // The run counted is the one that audits: the edit after submission is in Nhật ký.
    expect(logRecords(w.fake).some((r) => r.newValue === 'd' && String(r.target).includes('PL2-26@CA'))).toBe(true);
    console.log(`${extra} extra rows: before submission ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
    for (const calls of [before, after]) {
      expect(calls.onEdit).toBeLessThanOrEqual(BUDGET.onEdit);
      expect(calls.onEditInstalled).toBeLessThanOrEqual(BUDGET.onEditInstalled);
    }
    MEASURED[extra] = { before, after };
  });

  test('the same number of calls for 10 and 10,000 rows', () => {
    expect(MEASURED[10]).toEqual(MEASURED[10_000]);
  });
});

const MEASURED: Record<number, unknown> = {};

/**
 * The office's installable trigger runs for every unit's edit, on the office's quota: 90 minutes of trigger time a
 * day on a consumer account. Assumption (README "Chi phí"): 1 s to start a run (load the bundle) and 0.1 s per
 * service call, on the slow side of what Apps Script runs show. A busy deadline day: 30 units × 60 edits.
 */
const COST = { startSeconds: 1, secondsPerCall: 0.1, units: 30, editsPerUnit: 60, dailyMinutes: 90 } as const;

test('a deadline day of 30 units × 60 edits stays within 80% of the 90 trigger-minutes, from the measured calls', () => {
  const measured = MEASURED[10_000] as { before: { onEditInstalled: number }; after: { onEditInstalled: number } };
  const edits = COST.units * COST.editsPerUnit;
  const minutes = (calls: number) => (edits * (COST.startSeconds + calls * COST.secondsPerCall)) / 60;
  const before = minutes(measured.before.onEditInstalled);
  const after = minutes(measured.after.onEditInstalled);
  console.log(
    `deadline day, ${edits} edits: ${before.toFixed(0)} trigger-minutes if all before submission, ` +
      `${after.toFixed(0)} if all after (quota ${COST.dailyMinutes})`,
  );
  expect(after).toBeLessThanOrEqual(COST.dailyMinutes * 0.8);
  expect(before).toBeLessThan(after);
});
