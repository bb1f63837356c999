/**
 * What a person sees in the sheet (Apps Script fakes, onEdit run as the person editing): a number pasted with a
 * percent format is judged as the percent the cell shows; two figures for one measure are flagged on both cells;
 * symbols are never "empty". The verdict cell, the reason and the note are what is checked.
 */
import { INVALID_INPUT_COLOR } from '../../src/core/judging/verdicts';
import { TABS } from '../../src/core/sheet/schema';
import { runValidation } from '../../src/gas/progress/dataCheck';
import { cellOf, noteAt, onEdit, STAFF, setUpWorld, VHXH, valueAt, type World } from '../sheet/helpers';

let world: World;
beforeEach(() => {
  world = setUpWorld();
});
afterEach(() => world.restore());

/** A paste that brings its own number format (Sheets keeps the source's format on paste). */
function pasteNumber(rowKey: string, value: number, format: string, user: string = STAFF.CA): void {
  const { fake } = world;
  const cell = cellOf(fake, 'indicators', rowKey, 'result');
  fake.spreadsheet.api.getSheetByName(TABS.indicators.name)!.getRange(cell.row, cell.column).setNumberFormat(format);
  const r = fake.spreadsheet.userEdit(user, cell.a1, value, onEdit);
  expect(r.errors).toEqual([]);
}

describe('a number with a percent format is the percent the cell shows', () => {
  test.each<[number, string, string, string]>([
    // PL2-26: ≥ 70% in 2025, 85% in 2030; 2026 needs 73%.
    [0.8254, '0.00%', 'Đúng lộ trình', 'Kết quả 82,54%, chỉ tiêu 85% đến năm 2030: đúng lộ trình'],
    [0.72, '0%', 'Chậm lộ trình', 'Kết quả 72%, chỉ tiêu 85% đến năm 2030: chậm lộ trình'],
    [0.9, '0.0%', 'Vượt', 'Kết quả 90% đã vượt chỉ tiêu 85% đến năm 2030 (đạt sớm)'],
    // Shown rounded: 0,7296 with "0%" shows 73%, and 73% is what is judged.
    [0.7296, '0%', 'Đúng lộ trình', 'Kết quả 73%,'],
  ])('pasted %p with "%s": %s', (value, format, verdict, reason) => {
    pasteNumber('PL2-26@CA', value, format);
    expect(valueAt(world.fake, 'indicators', 'PL2-26@CA', 'verdict')).toBe(verdict);
    expect(String(valueAt(world.fake, 'indicators', 'PL2-26@CA', 'reason'))).toContain(reason);
    expect(noteAt(world.fake, 'indicators', 'PL2-26@CA', 'result')).toBe('');
    // Kiểm tra dữ liệu reads the tab the same way.
    runValidation(world.fake.spreadsheet.api, new Date('2026-11-25T02:00:00Z'));
    expect(valueAt(world.fake, 'indicators', 'PL2-26@CA', 'verdict')).toBe(verdict);
  });

  test('a number without a percent format for a rate is not guessed: Cần đánh giá and a note', () => {
    pasteNumber('PL2-26@CA', 0.8254, '0.####');
    expect(valueAt(world.fake, 'indicators', 'PL2-26@CA', 'verdict')).toBe('Cần đánh giá');
    expect(noteAt(world.fake, 'indicators', 'PL2-26@CA', 'result')).toBe(
      "Số '0,8254' không ghi % và nhỏ hơn 1. Nếu là tỷ lệ 82,54%, ghi 82,54%; nếu đúng là 0,8254%, ghi 0,8254%",
    );
  });
});

describe('one measure, one figure: different figures are flagged on both cells', () => {
  const type = (rowKey: string, value: string) => {
    const { fake } = world;
    const r = fake.spreadsheet.userEdit(
      STAFF.VHXH_STAFF,
      cellOf(fake, 'indicators', rowKey, 'result').a1,
      value,
      onEdit,
    );
    expect(r.errors).toEqual([]);
  };

  test('5G: 98,5% in Phụ lục I, 85% in Phụ lục II', () => {
    const { fake } = world;
    type('PL1-3.2@VHXH', '98,5%');
    expect(valueAt(fake, 'indicators', 'PL1-3.2@VHXH', 'verdict')).not.toBe('Cần đánh giá');
    type('PL2-1@VHXH', '85%');
    for (const [rowKey, here, where, other] of [
      ['PL1-3.2@VHXH', "'98,5%'", 'Phụ lục II, TT 1', "'85%'"],
      ['PL2-1@VHXH', "'85%'", 'Phụ lục I, TT 3.2', "'98,5%'"],
    ]) {
      expect(valueAt(fake, 'indicators', rowKey, 'verdict')).toBe('Cần đánh giá');
      expect(valueAt(fake, 'indicators', rowKey, 'reason')).toBe(
        `Cùng một chỉ số với ${where} nhưng hai dòng ghi hai số liệu khác nhau (dòng này ${here}, ${where} ${other}): cần thống nhất một số liệu`,
      );
      expect(noteAt(fake, 'indicators', rowKey, 'result')).toBe(
        `Cùng một chỉ số với ${where}, nhưng ô này ghi ${here} còn ${where} ghi ${other}. Một chỉ số chỉ có một số liệu: thống nhất và sửa một trong hai ô`,
      );
      expect(fake.spreadsheet.backgrounds(cellOf(fake, 'indicators', rowKey, 'result').a1)[0][0].toUpperCase()).toBe(
        INVALID_INPUT_COLOR,
      );
    }
    // One figure again: both notes go, both verdicts come back.
    type('PL2-1@VHXH', '98,5%');
    expect(noteAt(fake, 'indicators', 'PL1-3.2@VHXH', 'result')).toBe('');
    expect(noteAt(fake, 'indicators', 'PL2-1@VHXH', 'result')).toBe('');
    expect(valueAt(fake, 'indicators', 'PL1-3.2@VHXH', 'verdict')).toBe('Chưa đến hạn');
    expect(valueAt(fake, 'indicators', 'PL2-1@VHXH', 'verdict')).toBe('Đúng lộ trình');
  });

  test('the same figure written two ways is one figure (95,18% and 375/394)', () => {
    const { fake } = world;
    const r1 = fake.spreadsheet.userEdit(
      STAFF.TTHCC,
      cellOf(fake, 'indicators', 'PL1-1.2@TTHCC', 'result').a1,
      '95,18%',
      onEdit,
    );
    const r2 = fake.spreadsheet.userEdit(
      STAFF.TTHCC,
      cellOf(fake, 'indicators', 'PL2-21@TTHCC', 'result').a1,
      '375/394',
      onEdit,
    );
    expect([r1.errors, r2.errors]).toEqual([[], []]);
    expect(noteAt(fake, 'indicators', 'PL1-1.2@TTHCC', 'result')).toBe('');
    expect(valueAt(fake, 'indicators', 'PL2-21@TTHCC', 'verdict')).toBe('Không đạt');
  });
});

describe('typed content is never empty', () => {
  test.each(['???', '-', '🚀', '<!--'])('status %p: a note, Cần đánh giá (not "Chưa nhập tình trạng")', (status) => {
    const { fake } = world;
    const cell = cellOf(fake, 'tasks', 'PL4-3@VHXH', 'status');
    fake.spreadsheet.userEdit(STAFF.VHXH_STAFF, cell.a1, status, onEdit);
    expect(valueAt(fake, 'tasks', 'PL4-3@VHXH', 'verdict')).toBe('Cần đánh giá');
    expect(noteAt(fake, 'tasks', 'PL4-3@VHXH', 'status')).toBe(
      `Tình trạng '${status}' không hợp lệ. Chọn một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện`,
    );
  });

  test.each(['???', '🚀'])('result %p: a note and Cần đánh giá', (result) => {
    const { fake } = world;
    fake.spreadsheet.userEdit(STAFF.TTHCC, cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result').a1, result, onEdit);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Cần đánh giá');
    expect(noteAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toContain(`Ô ghi '${result}': không có số liệu`);
  });

  test("the VHXH office's review column: '???' gets a note and changes nothing", () => {
    const { fake } = world;
    fake.spreadsheet.userEdit(STAFF.TTHCC, cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result').a1, '82,54%', onEdit);
    fake.spreadsheet.userEdit(VHXH, cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'review').a1, '???', onEdit);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Vượt');
    expect(noteAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'review')).toBe(
      "Đánh giá '???' không hợp lệ. Chọn một trong: Đạt, Vượt, Không đạt, Đúng lộ trình, Chậm lộ trình, Không áp dụng",
    );
    expect(String(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'reason'))).toContain(
      "(ô đánh giá của Phòng VHXH ghi '???', không hợp lệ nên chưa áp dụng)",
    );
  });

  test('a decimal point is read, judged, and the note asks for a comma (no warning colour)', () => {
    const { fake } = world;
    const cell = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    fake.spreadsheet.userEdit(STAFF.TTHCC, cell.a1, '65.5%', onEdit);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Chưa đến hạn');
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'reason')).toContain("Kết quả 65,5% (ghi '65.5%')");
    expect(noteAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toBe(
      "Đã đọc '65.5%' là 65,5%: theo cách viết Việt Nam, dấu thập phân là dấu phẩy (dấu chấm tách hàng nghìn). Đề nghị sửa thành 65,5%",
    );
    expect(fake.spreadsheet.backgrounds(cell.a1)[0][0].toUpperCase()).not.toBe(INVALID_INPUT_COLOR);
  });
});
