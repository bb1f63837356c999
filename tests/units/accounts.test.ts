/**
 * Issue 13, "Accounts and handover": the Đơn vị tab's two address columns. The Google account edits and submits;
 * the reminder address (often a mail công vụ) receives the reminders; an old sheet with one column migrates on setup.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressObject, simpleParser } from 'mailparser';
import { assessWorkbook } from '../../src/core/judging/assess';
import { problemsByUnit, problemsHtml } from '../../src/core/progress/dataCheck';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { isValidEmail } from '../../src/core/units/table';
import { runSetup } from '../../src/gas/setup/setup';
import { LAYOUT_KEY, layoutFrom, layoutProperty } from '../../src/gas/sheet/layout';
import { writeOfflineReminders } from '../../src/local/reminders/eml';
import { d, sampleWorkbook, setCell } from '../reminders/helpers';
import { cellOf, NOW, STAFF, setUpWorld, type World } from '../sheet/helpers';

const GMAIL = 'kinhte.phuong@gmail.example';
const GOV = 'kinhte@haiduong.gov.vn';
const OLD_HEADER = 'Email nhận thông báo (cách nhau bởi dấu ;)';

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? ''));

/** The Đơn vị tab as the sheet shows it. */
function unitsTab(world: World): { values: unknown[][]; map: ColumnMap; row: (id: string) => number } {
  const values = world.fake.spreadsheet.values(TABS.units.name);
  const map = new ColumnMap('units', values[0]);
  return { values, map, row: (id) => values.findIndex((r) => r[map.index('unitId')] === id) + 1 };
}

describe('a unit whose Google account is a gmail and whose reminders go to its mail công vụ', () => {
  let world: World;
  beforeAll(() => {
    world = setUpWorld();
    const { map, row } = unitsTab(world);
    const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
    sheet.getRange(row('KTHTDT'), map.index('accounts') + 1).setValue(GMAIL);
    sheet.getRange(row('KTHTDT'), map.index('emails') + 1).setValue(GOV);
    world.fake.users.add(GMAIL);
    world.fake.users.add(GOV);
    runSetup(world.fake.spreadsheet.api, NOW);
  });
  afterAll(() => world.restore());

  test("the protection of the unit's cells names the gmail only, never the reminder address", () => {
    const { fake } = world;
    const cell = cellOf(fake, 'indicators', 'PL1-2@KTHTDT', 'result');
    const can = (who: string) => fake.spreadsheet.canUserEdit(who, TABS.indicators.name, cell.row, cell.column);
    expect([can(GMAIL), can(GOV), can(STAFF.KTHTDT)]).toEqual([true, false, false]);
    const unitProtections = fake.spreadsheet.api
      .getSheetByName(TABS.indicators.name)!
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((p) => p.getDescription().endsWith('#KTHTDT'));
    expect(unitProtections.length).toBeGreaterThan(0);
    for (const p of unitProtections) {
      const editors = p.getEditors().map((u) => u.getEmail());
      expect(editors).toContain(GMAIL);
      expect(editors).not.toContain(GOV);
    }
  });
});

describe('reminders go to the reminder column, or to the accounts when it is empty (offline .eml)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kh-cds-accounts-'));
  const to: Record<string, string[]> = {};
  beforeAll(async () => {
    const workbook = sampleWorkbook(d(25, 11));
    setCell(workbook, 'units', 'unitId', 'KTHTDT', 'accounts', GMAIL);
    setCell(workbook, 'units', 'unitId', 'KTHTDT', 'emails', GOV);
    setCell(workbook, 'units', 'unitId', 'CA', 'accounts', STAFF.CA);
    setCell(workbook, 'units', 'unitId', 'CA', 'emails', '');
    const { files } = await writeOfflineReminders(outDir, workbook, d(25, 11));
    for (const file of files) to[file.split('/').pop()!] = addresses((await simpleParser(readFileSync(file))).to);
  });

  test('the gov mailbox alone receives the reminder of a unit that has one', () => {
    expect(to['2026-11-25-KTHTDT.eml']).toEqual([GOV]);
  });

  test('an empty reminder column falls back to the account', () => {
    expect(to['2026-11-25-CA.eml']).toEqual([STAFF.CA]);
  });
});

describe('an invalid entry in either column is named, per column, in Vietnamese', () => {
  const workbook = sampleWorkbook(d(25, 11));
  setCell(workbook, 'units', 'unitId', 'VP', 'accounts', 'vanphong@phuong-haiduong.example; van phong');
  setCell(workbook, 'units', 'unitId', 'TTSNC', 'emails', 'ttdvsnc.haiduong.gov.vn');
  const groups = problemsByUnit(assessWorkbook(workbook, d(25, 11)), workbook);
  const html = problemsHtml(groups, '25/11/2026 08:00');
  const itemsOf = (id: string) => groups.find((g) => g.unitId === id)?.invalid ?? [];

  test('Kiểm tra dữ liệu: the account column of VP, pointing at its cell', () => {
    const map = new ColumnMap('units', workbook.units.header);
    const row = workbook.units.rows.findIndex((r) => r[map.index('unitId')] === 'VP') + 2;
    const letter = String.fromCharCode(65 + map.index('accounts'));
    const [item] = itemsOf('VP').filter((p) => p.cell.sheetName === TABS.units.name);
    expect(item).toEqual({
      cell: { sheetName: 'Đơn vị', a1: `${letter}${row}` },
      tt: '',
      name: 'Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)',
      column: 'Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)',
      typed: 'van phong',
      message:
        'Cột "Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)" có mục không phải địa chỉ email hợp lệ: van ' +
        'phong. Mục này không được quyền nhập liệu hay gửi báo cáo; Phòng VHXH sửa lại ở trang "Đơn vị".',
    });
  });

  test('Kiểm tra dữ liệu: the reminder column of TTSNC, and the sidebar shows both', () => {
    const items = itemsOf('TTSNC').filter((p) => p.cell.sheetName === TABS.units.name);
    expect(items.map((p) => p.message)).toEqual([
      'Cột "Email nhận nhắc hạn (cách nhau bởi dấu ;)" có mục không phải địa chỉ email hợp lệ: ' +
        'ttdvsnc.haiduong.gov.vn. Thư nhắc hạn không gửi tới mục này; Phòng VHXH sửa lại ở trang "Đơn vị".',
    ]);
    expect(html).toContain('Đã nhập: «ttdvsnc.haiduong.gov.vn»');
    expect(html).toContain('Đã nhập: «van phong»');
  });

  test('an invalid account of a unit without reminder addresses is said once, under the accounts', () => {
    const wb = sampleWorkbook(d(25, 11));
    setCell(wb, 'units', 'unitId', 'CA', 'accounts', 'congan-at-phuong');
    setCell(wb, 'units', 'unitId', 'CA', 'emails', '');
    const ca = problemsByUnit(assessWorkbook(wb, d(25, 11)), wb)
      .find((g) => g.unitId === 'CA')!
      .invalid.filter((p) => p.cell.sheetName === TABS.units.name);
    expect(ca.map((p) => p.name)).toEqual(['Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)']);
  });
});

describe('a unit whose Google account was typed in the reminder column only (its account column empty)', () => {
  const NO_ACCOUNT =
    'Cột "Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)" đang để trống: không cán bộ nào của đơn vị được ' +
    'nhập các dòng của đơn vị hay gửi báo cáo (địa chỉ ở cột "Email nhận nhắc hạn (cách nhau bởi dấu ;)" chỉ nhận ' +
    'thư nhắc hạn). Phòng VHXH ghi tài khoản Google của cán bộ đơn vị vào cột này ở trang "Đơn vị".';

  test('Kiểm tra dữ liệu says nobody of the unit can enter its rows, pointing at the empty cell', () => {
    const wb = sampleWorkbook(d(25, 11));
    setCell(wb, 'units', 'unitId', 'KTHTDT', 'accounts', '');
    setCell(wb, 'units', 'unitId', 'KTHTDT', 'emails', GMAIL);
    const map = new ColumnMap('units', wb.units.header);
    const row = wb.units.rows.findIndex((r) => r[map.index('unitId')] === 'KTHTDT') + 2;
    const items = problemsByUnit(assessWorkbook(wb, d(25, 11)), wb)
      .find((g) => g.unitId === 'KTHTDT')!
      .invalid.filter((p) => p.cell.sheetName === TABS.units.name);
    expect(items.map((p) => [p.cell.a1, p.message])).toEqual([
      [`${String.fromCharCode(65 + map.index('accounts'))}${row}`, NO_ACCOUNT],
    ]);
  });

  test('setup leaves its rows to the office and says so in its summary', () => {
    const world = setUpWorld();
    try {
      const { map, row } = unitsTab(world);
      const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
      sheet.getRange(row('KTHTDT'), map.index('accounts') + 1).setValue('');
      sheet.getRange(row('KTHTDT'), map.index('emails') + 1).setValue(STAFF.KTHTDT);
      const result = runSetup(world.fake.spreadsheet.api, NOW);
      const kt = cellOf(world.fake, 'indicators', 'PL1-2@KTHTDT', 'result');
      expect(world.fake.spreadsheet.canUserEdit(STAFF.KTHTDT, TABS.indicators.name, kt.row, kt.column)).toBe(false);
      expect(world.fake.spreadsheet.canUserEdit('nguoi.la@example.com', TABS.indicators.name, kt.row, kt.column)).toBe(
        false,
      );
      expect(result.addressProblems).toEqual([`Phòng Kinh tế, Hạ tầng và Đô thị: ${NO_ACCOUNT}`]);
    } finally {
      world.restore();
    }
  });
});

describe('one Google account typed for two units', () => {
  test('Kiểm tra dữ liệu and the setup summary say it submits for the first unit only', () => {
    const world = setUpWorld();
    try {
      const { map, row } = unitsTab(world);
      const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
      // The clerk who also enters for Công an, typed with capitals and spaces.
      sheet.getRange(row('CA'), map.index('accounts') + 1).setValue(`${STAFF.CA}; ${STAFF.KTHTDT.toUpperCase()} `);
      const result = runSetup(world.fake.spreadsheet.api, NOW);
      const shared = (first: string, other: string) =>
        `Tài khoản ${STAFF.KTHTDT} được ghi cho cả "Phòng Kinh tế, Hạ tầng và Đô thị" và "Công an phường": khi gửi ` +
        `báo cáo, tài khoản này chỉ gửi được cho "${first}", không gửi được cho "${other}". Mỗi tài khoản Google chỉ ` +
        'ghi cho một đơn vị; Phòng VHXH sửa lại ở trang "Đơn vị".';
      expect(result.addressProblems).toEqual([
        `Phòng Kinh tế, Hạ tầng và Đô thị: ${shared('Phòng Kinh tế, Hạ tầng và Đô thị', 'Công an phường')}`,
        `Công an phường: ${shared('Phòng Kinh tế, Hạ tầng và Đô thị', 'Công an phường')}`,
      ]);
      const wb = sampleWorkbook(d(25, 11));
      setCell(wb, 'units', 'unitId', 'KTHTDT', 'accounts', STAFF.KTHTDT);
      setCell(wb, 'units', 'unitId', 'CA', 'accounts', `${STAFF.CA}; ${STAFF.KTHTDT.toUpperCase()} `);
      const ca = problemsByUnit(assessWorkbook(wb, d(25, 11)), wb)
        .find((g) => g.unitId === 'CA')!
        .invalid.filter((p) => p.cell.sheetName === TABS.units.name);
      expect(ca.map((p) => p.message)).toEqual([shared('Phòng Kinh tế, Hạ tầng và Đô thị', 'Công an phường')]);
    } finally {
      world.restore();
    }
  });
});

describe('setup on a sheet from before the split (one column "Email nhận thông báo")', () => {
  let world: World;
  let result: ReturnType<typeof runSetup>;
  beforeAll(() => {
    world = setUpWorld();
    // Rebuild the Đơn vị tab as the old version wrote it: one address column, the accounts' values in it.
    const { values, map } = unitsTab(world);
    const old = values.map((r, i) =>
      r.flatMap((v, c) =>
        c === map.index('emails') ? [] : c === map.index('accounts') && i === 0 ? [OLD_HEADER] : [v],
      ),
    );
    old.forEach((r, i) => {
      if (r[0] === 'KTHTDT') r[map.index('accounts')] = `${STAFF.KTHTDT}; ${GOV}`;
      if (i === 0) expect(r).not.toContain(TABS.units.columns.find((c) => c.key === 'emails')!.header);
    });
    const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
    sheet.clearContents();
    sheet.getRange(1, 1, old.length, old[0].length).setValues(old);
    // What setup recorded then: the old header.
    const props = PropertiesService.getScriptProperties();
    const layout = layoutFrom(props.getProperties());
    layout.units = old[0].map(String);
    props.setProperty(LAYOUT_KEY, layoutProperty(layout)[1]);
    world.fake.users.add(GOV);
    result = runSetup(world.fake.spreadsheet.api, NOW);
  });
  afterAll(() => world.restore());

  test('the old column becomes the accounts and its addresses are copied to the new reminder column', () => {
    const { values, map, row } = unitsTab(world);
    expect(values[0][map.index('accounts')]).toBe('Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)');
    expect(values[0][map.index('emails')]).toBe('Email nhận nhắc hạn (cách nhau bởi dấu ;)');
    expect(values[0]).not.toContain(OLD_HEADER);
    const at = (id: string, key: string) => values[row(id) - 1][map.index(key)];
    expect([at('KTHTDT', 'accounts'), at('KTHTDT', 'emails')]).toEqual([
      `${STAFF.KTHTDT}; ${GOV}`,
      `${STAFF.KTHTDT}; ${GOV}`,
    ]);
    expect([at('CA', 'accounts'), at('CA', 'emails')]).toEqual([STAFF.CA, STAFF.CA]);
  });

  test('nobody loses the right to edit', () => {
    const cell = cellOf(world.fake, 'indicators', 'PL1-6@CA', 'result');
    expect(world.fake.spreadsheet.canUserEdit(STAFF.CA, TABS.indicators.name, cell.row, cell.column)).toBe(true);
    const kt = cellOf(world.fake, 'indicators', 'PL1-2@KTHTDT', 'result');
    expect(world.fake.spreadsheet.canUserEdit(STAFF.KTHTDT, TABS.indicators.name, kt.row, kt.column)).toBe(true);
  });

  test('setup says what it did, in Vietnamese, and a second run copies nothing again', () => {
    expect(result.restored).toContain(
      `Trang "Đơn vị": cột "${OLD_HEADER}" nay là "Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)" (tài khoản ` +
        'Google được nhập liệu, giữ nguyên quyền sửa); các địa chỉ trong cột được chép sang cột mới "Email nhận nhắc ' +
        'hạn (cách nhau bởi dấu ;)", nên thư nhắc hạn vẫn gửi như trước. Đơn vị nào đọc thư ở mail công vụ: ghi địa ' +
        'chỉ đó vào cột nhận nhắc hạn.',
    );
    const { map, row } = unitsTab(world);
    const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
    sheet.getRange(row('CA'), map.index('emails') + 1).setValue('congan@haiduong.gov.vn');
    const again = runSetup(world.fake.spreadsheet.api, NOW);
    expect(again.restored.filter((l) => l.includes(OLD_HEADER))).toEqual([]);
    const after = unitsTab(world);
    expect(after.values[row('CA') - 1][after.map.index('emails')]).toBe('congan@haiduong.gov.vn');
    expect(after.values[0].filter((h) => String(h).startsWith('Email nhận nhắc hạn'))).toHaveLength(1);
  });
});

describe('the setup summary names invalid entries per column', () => {
  let world: World;
  beforeAll(() => {
    world = setUpWorld();
  });
  afterAll(() => world.restore());

  test('one sentence per unit and column', () => {
    const { map, row } = unitsTab(world);
    const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
    sheet.getRange(row('CA'), map.index('emails') + 1).setValue('congan@haiduong');
    const result = runSetup(world.fake.spreadsheet.api, NOW);
    expect(result.addressProblems).toEqual([
      'Công an phường: Cột "Email nhận nhắc hạn (cách nhau bởi dấu ;)" có mục không phải địa chỉ email hợp lệ: ' +
        'congan@haiduong. Thư nhắc hạn không gửi tới mục này; Phòng VHXH sửa lại ở trang "Đơn vị".',
    ]);
  });
});

describe('what counts as an address (Google accounts and mail servers take ASCII addresses only)', () => {
  test.each([
    'kinhte.phuong@gmail.com',
    'VHXH@haiduong.gov.vn',
    'can.bo+nhac@phuong.example',
    'canbo_1@haiduong.gov.vn',
    "o'neil@x.vn",
    '  congan@haiduong.gov.vn  ',
  ])('%s is an address', (typed) => expect(isValidEmail(typed)).toBe(true));

  test.each([
    // A clerk typing the unit's name with its marks: real Google refuses it as an editor and as a recipient.
    'Công.an@gmail.com',
    'congan@hảiduong.vn',
    'van phong',
    'a@b',
    'mailto:a@b.vn',
    'Văn phòng <vp@x.vn>',
    'a@@x.vn',
    'a b@x.vn',
    'a@x..vn',
    '.a@x.vn',
    'a.@x.vn',
    'a@-x.vn',
    '=HYPERLINK("x")@x.vn',
  ])('%s is not', (typed) => expect(isValidEmail(typed)).toBe(false));
});
