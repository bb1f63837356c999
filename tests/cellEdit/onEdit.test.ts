/**
 * Validation as staff type (the simple onEdit trigger, run by the fakes as the person editing):
 * notes and warning colours, the typed value never changed, verdicts refreshed, pastes in one go.
 */

import { INVALID_INPUT_COLOR } from '../../src/core/judging/verdicts';
import { TABS } from '../../src/core/sheet/schema';
import { runValidation } from '../../src/gas/progress/dataCheck';
import { cellOf, ioCalls, NOW, noteAt, onEdit, STAFF, setUpWorld, VHXH, valueAt, type World } from '../sheet/helpers';

let world: World;
beforeEach(() => {
  world = setUpWorld();
});
afterEach(() => world.restore());

function backgroundAt(tab: 'indicators' | 'tasks', key: string, column: string): string {
  return world.fake.spreadsheet.backgrounds(cellOf(world.fake, tab, key, column).a1)[0][0];
}

describe('onEdit', () => {
  test('bad input gets a Vietnamese note and a warning colour; the typed value stays as typed', () => {
    const { fake } = world;
    const cell = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    const result = fake.spreadsheet.userEdit(STAFF.TTHCC, cell.a1, '82.5.4%', onEdit);
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toBe('82.5.4%');
    expect(noteAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toBe(
      "Không đọc được số: '82.5.4%'. Ví dụ hợp lệ: 82,5%",
    );
    expect(backgroundAt('indicators', 'PL1-1.1@TTHCC', 'result').toUpperCase()).toBe(INVALID_INPUT_COLOR);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Cần đánh giá');
  });

  test('a good value clears the note and updates the verdict, reason and time', () => {
    const { fake } = world;
    const cell = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    fake.spreadsheet.userEdit(STAFF.TTHCC, cell.a1, '82.5.4%', onEdit);
    fake.spreadsheet.userEdit(STAFF.TTHCC, cell.a1, '82,54%', onEdit);
    expect(noteAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toBe('');
    expect(backgroundAt('indicators', 'PL1-1.1@TTHCC', 'result')).not.toBe(INVALID_INPUT_COLOR);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Vượt');
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'reason')).toContain('82,54%');
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'updatedAt')).toEqual(NOW);
  });

  test('an edit of one cell uses at most 6 reads and writes of the sheet', () => {
    const { fake } = world;
    const cell = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    fake.counter.reset();
    fake.spreadsheet.userEdit(STAFF.TTHCC, cell.a1, '82,54%', onEdit);
    const io = ioCalls(fake);
    console.log(`onEdit of one cell: ${io} reads/writes, ${fake.counter.spreadsheetCalls()} Spreadsheet calls in all`);
    expect(io).toBeLessThanOrEqual(6);
  });

  test('a paste over many rows is handled in one go and leaves every typed value in place', () => {
    const { fake } = world;
    const first = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    // The result column's letter, found by its header (columns move when the schema grows).
    const N = first.a1.replace(/^.*!([A-Z]+)\d+$/, '$1');
    const pasted = [
      ['82,54%'],
      ['95.18.1 %'],
      ['100%'],
      ['375/394'],
      ['=IMPORTXML("http://x","//a")'],
      ['<img src=x onerror=alert(1)>'],
    ];
    fake.counter.reset();
    const result = fake.spreadsheet.userEdit(STAFF.TTHCC, first.a1, pasted, onEdit);
    expect(result.ok).toBe(true);
    const writes = fake.counter.log.filter((n) => /^Range\.set(Values|Notes|Backgrounds)$/.test(n)).length;
    // 3 for the pasted block, 3 for PL2-21, the same measure as the pasted PL1-1.2: its verdict and note follow.
    expect(writes).toBeLessThanOrEqual(6);
    const values = fake.spreadsheet
      .values(`'${TABS.indicators.name}'!${N}${first.row}:${N}${first.row + 5}`)
      .map((r) => r[0]);
    // The input column is plain text: the formula stays the text typed (never a live formula), as everything else.
    expect(fake.spreadsheet.formulas(`'${TABS.indicators.name}'!${N}${first.row + 4}`)[0][0]).toBe('');
    expect(values).toEqual([
      '82,54%',
      '95.18.1 %',
      '100%',
      '375/394',
      '=IMPORTXML("http://x","//a")',
      '<img src=x onerror=alert(1)>',
    ]);
    const notes = fake.spreadsheet
      .notes(`'${TABS.indicators.name}'!${N}${first.row}:${N}${first.row + 5}`)
      .map((r) => r[0]);
    expect(notes[0]).toBe('');
    expect(notes[1]).toContain('Không đọc được số');
    expect(notes[2]).toBe('');
  });

  test('a paste that reaches another unit’s rows is refused whole: nothing changes', () => {
    const { fake } = world;
    const last = cellOf(fake, 'indicators', 'PL2-22@TTHCC', 'result');
    const before = fake.spreadsheet.values(TABS.indicators.name);
    const result = fake.spreadsheet.userEdit(STAFF.TTHCC, last.a1, [['88%'], ['99%']], onEdit);
    expect(result.ok).toBe(false);
    expect(fake.spreadsheet.values(TABS.indicators.name)).toEqual(before);
  });

  test('a person typing over a computed cell sees it restored, with what they typed kept in a note', () => {
    const { fake } = world;
    const verdict = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict');
    fake.spreadsheet.userEdit(STAFF.TTHCC, verdict.a1, 'Đạt rồi', onEdit);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Chưa báo cáo');
    expect(noteAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toContain('Đạt rồi');
    // The typed value waits for Nhật ký (a unit may not write it): the next VHXH run writes it.
    runValidation(fake.spreadsheet.api, NOW);
    const log = fake.spreadsheet.values(TABS.log.name);
    expect(log.some((r) => r.includes('Đạt rồi'))).toBe(true);
  });

  test('a task status outside the list is kept, flagged, and judged as needing review', () => {
    const { fake } = world;
    const status = cellOf(fake, 'tasks', 'PL4-19@KTHTDT', 'status');
    fake.spreadsheet.userEdit(STAFF.KTHTDT, status.a1, 'xong rồi', onEdit);
    expect(valueAt(fake, 'tasks', 'PL4-19@KTHTDT', 'status')).toBe('xong rồi');
    expect(noteAt(fake, 'tasks', 'PL4-19@KTHTDT', 'status')).toContain('Hoàn thành');
    expect(valueAt(fake, 'tasks', 'PL4-19@KTHTDT', 'verdict')).toBe('Cần đánh giá');
  });

  test('the VHXH judgement overrides the computed verdict and says so', () => {
    const { fake } = world;
    fake.spreadsheet.userEdit(
      STAFF.VHXH_STAFF,
      cellOf(fake, 'indicators', 'PL1-8@VHXH', 'result').a1,
      'chưa có số liệu',
      onEdit,
    );
    fake.spreadsheet.userEdit(VHXH, cellOf(fake, 'indicators', 'PL1-8@VHXH', 'review').a1, 'Không đạt', onEdit);
    expect(valueAt(fake, 'indicators', 'PL1-8@VHXH', 'verdict')).toBe('Không đạt (Phòng VHXH)');
  });
});

describe('Kiểm tra dữ liệu', () => {
  test('lists problems by unit, escapes what people typed, and judges HTML and formulas as needing review', () => {
    const { fake } = world;
    fake.spreadsheet.userEdit(
      STAFF.VHXH_STAFF,
      cellOf(fake, 'indicators', 'PL2-14@VHXH', 'result').a1,
      '<img src=x onerror=alert(1)>',
      onEdit,
    );
    fake.spreadsheet.userEdit(
      STAFF.VHXH_STAFF,
      cellOf(fake, 'indicators', 'PL2-10@VHXH', 'result').a1,
      '=IMPORTXML("http://x","//a")',
      onEdit,
    );
    const { groups, html } = runValidation(fake.spreadsheet.api, NOW);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(valueAt(fake, 'indicators', 'PL2-14@VHXH', 'verdict')).toBe('Cần đánh giá');
    expect(valueAt(fake, 'indicators', 'PL2-10@VHXH', 'verdict')).toBe('Cần đánh giá');
    const vhxh = groups.find((g) => g.unitId === 'VHXH')!;
    expect(vhxh.invalid.map((p) => p.cell.a1)).toContain(
      cellOf(fake, 'indicators', 'PL2-14@VHXH', 'result').a1.split('!')[1],
    );
    expect(groups.map((g) => g.unitName)).toContain('Công an phường');
  });

  test('uses the same number of Spreadsheet calls however many rows are filled', () => {
    const { fake } = world;
    fake.counter.reset();
    runValidation(fake.spreadsheet.api, NOW);
    const empty = fake.counter.spreadsheetCalls();
    const first = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    fake.spreadsheet.userEdit(STAFF.TTHCC, first.a1, [['82,54%'], ['1.5'], ['100%'], ['x.y']], onEdit);
    fake.counter.reset();
    runValidation(fake.spreadsheet.api, NOW);
    expect(fake.counter.spreadsheetCalls()).toBe(empty);
  });
});
