/**
 * Issue 14: "which rows measure the same thing can be stated there too". A ward's plan says it in a "Cùng chỉ tiêu
 * với" column of its indicator tables (a row of the same table by TT, or of another table by its number and TT);
 * the import links the rows (symmetric, transitive), writes the link on the tracker's "Mã chỉ số chung", and the
 * tracker then treats them as one measure: two figures are a contradiction on both rows and in the report's
 * pre-flight, one figure is counted once. Plans are hand-made grids (the An Hải fixture is left as it is).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tallyIndicators } from '../../src/core/judging/tally';
import { planConfig, planWorkbook } from '../../src/core/planImport/build';
import { parseReference } from '../../src/core/planImport/links';
import { PLAN_IMPORT_TEXT } from '../../src/core/planImport/messages';
import { type PlanSource, readPlan } from '../../src/core/planImport/read';
import { preflight, preflightLines } from '../../src/core/report/preflight';
import { judgeWorkbook } from '../../src/core/sheet/judgedWorkbook';
import { IMPORT_TAB_NAME, TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';
import { handleEdit } from '../../src/gas/cellEdit/onEdit';
import { importPlanFromTab } from '../../src/gas/planImport/planImport';
import { runSetup } from '../../src/gas/setup/setup';
import { main } from '../../src/local/main';
import { runImport } from '../../src/local/planImport/importCommand';
import { createFakeAppsScript } from '../fakes';

const TODAY = { year: 2026, month: 12, day: 5 };
const NOW = new Date('2026-12-05T03:00:00Z');
const TTHCC = 'Trung tâm phục vụ hành chính công';
const VHXH = 'Phòng Văn hóa - Xã hội';

/** Two indicator tables and a task table; Phụ lục 2 says which of its rows are rows of Phụ lục 1. */
const PLAN: PlanSource[] = [
  {
    sheet: 'Phụ lục 1',
    grid: [
      ['Kèm theo Kế hoạch số 30/KH-UBND ngày 02/3/2026 của UBND phường Tân Định'],
      ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Cơ quan chủ trì'],
      ['1', 'Chính quyền số', '', '', ''],
      ['1.1', 'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân', '%', '≥ 50%', TTHCC],
      ['1.2', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', '≥ 80%', TTHCC],
      ['1.3', 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa', '%', '100%', TTHCC],
      ['2', 'Tỷ lệ hộ gia đình có cáp quang', '%', '≥ 90%', VHXH],
    ],
  },
  {
    sheet: 'Phụ lục 2',
    grid: [
      ['TT', 'Chỉ tiêu', 'Kế hoạch 2026', 'Đơn vị chủ trì', 'Cùng chỉ tiêu với'],
      ['20', 'Hồ sơ, kết quả giải quyết TTHC được số hóa', '100%', TTHCC, 'PL1-1.3'],
      ['21', 'Dịch vụ công trực tuyến toàn trình trên tổng số TTHC', '≥ 80%', TTHCC, 'Phụ lục 1, TT 1.2'],
      ['22', 'Hồ sơ TTHC số hóa tại Bộ phận một cửa', '100%', TTHCC, '20'],
      ['23', 'Hộ gia đình dùng cáp quang', '≥ 90%', VHXH, '2 Phụ lục I'],
      ['24', 'Tỷ lệ người dân có tài khoản định danh điện tử', '≥ 70%', VHXH, ''],
    ],
  },
  {
    sheet: 'Nhiệm vụ',
    grid: [
      ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
      ['1', 'Xây dựng kho dữ liệu số của phường', VHXH, '12/2026'],
    ],
  },
];

function typeResult(workbook: WorkbookData, rowKey: string, result: string): void {
  const map = new ColumnMap('indicators', workbook.indicators.header);
  const row = workbook.indicators.rows.find((r) => r[map.index('rowKey')] === rowKey);
  if (!row) throw new Error(`no row ${rowKey}`);
  row[map.index('result')] = result;
}

describe('reading the links of a ward plan', () => {
  const plan = readPlan(PLAN, 2026);

  test('references by TT, by "PL1-1.3", "Phụ lục 1, TT 1.2", "2 Phụ lục I": symmetric, transitive groups', () => {
    expect(plan.unreadable).toEqual([]);
    expect(plan.measures.map((g) => g.rows.map((r) => `${r.appendix}/${r.tt}`))).toEqual([
      ['1/1.2', '2/21'],
      ['1/1.3', '2/20', '2/22'],
      ['1/2', '2/23'],
    ]);
    const measureOf = (id: string) => plan.catalog.find((r) => r.id === id)?.measure;
    expect(measureOf('KH1-1.2')).toBe('M-KH1-1.2');
    expect(measureOf('KH2-21')).toBe('M-KH1-1.2');
    expect(measureOf('KH2-22')).toBe(measureOf('KH1-1.3'));
    expect(measureOf('KH1-1.1')).toBeUndefined();
    expect(measureOf('KH2-24')).toBeUndefined();
    expect(plan.tables[1].columns).toContainEqual({
      header: 'Cùng chỉ tiêu với',
      description: PLAN_IMPORT_TEXT.role.sameAs,
    });
  });

  test.each([
    ['1.2', { table: null, tt: '1.2' }],
    ['TT 1.2.', { table: null, tt: '1.2' }],
    ['Phụ lục 1, TT 1.2', { table: '1', tt: '1.2' }],
    ['PL1-1.2', { table: '1', tt: '1.2' }],
    ['1.2 Phụ lục 1', { table: '1', tt: '1.2' }],
    ['Phụ lục II, chỉ tiêu 21', { table: '2', tt: '21' }],
    ['STT 4 (Bảng 3)', { table: '3', tt: '4' }],
    ['như trên', null],
  ])('the reference %p', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  test('a reference that names no row, a task, itself, or nothing readable: the row left out whole, and so is a row naming it', () => {
    const lead = VHXH;
    const bad = readPlan(
      [
        {
          sheet: 'Chỉ tiêu',
          grid: [
            ['TT', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Trùng với chỉ tiêu'],
            ['1', 'Tỷ lệ A', '%', '10%', lead, ''],
            ['2', 'Tỷ lệ B', '%', '10%', lead, 'Phụ lục 1, TT 9'],
            ['3', 'Tỷ lệ C', '%', '10%', lead, '3'],
            ['4', 'Tỷ lệ D', '%', '10%', lead, 'Phụ lục 2, TT 1'],
            ['5', 'Tỷ lệ E', '%', '10%', lead, 'xem dòng trên'],
            ['6', 'Tỷ lệ F', '%', '10%', lead, 'PL7-1'],
            ['7', 'Tỷ lệ G', '%', '10%', lead, '2'],
            ['8', 'Tỷ lệ H', '%', '10%', lead, '1'],
          ],
        },
        {
          sheet: 'Nhiệm vụ',
          grid: [
            ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
            ['1', 'Số hóa hồ sơ', lead, '2026'],
          ],
        },
      ],
      2026,
    );
    const R = PLAN_IMPORT_TEXT.reasons;
    expect(bad.unreadable).toEqual([
      { sheet: 'Chỉ tiêu', line: 3, reason: R.sameAsNoRow('Phụ lục 1, TT 9', 'Phụ lục 1, TT 9') },
      { sheet: 'Chỉ tiêu', line: 4, reason: R.sameAsSelf('3') },
      { sheet: 'Chỉ tiêu', line: 5, reason: R.sameAsTask('Phụ lục 2, TT 1', 'Phụ lục 2, TT 1') },
      { sheet: 'Chỉ tiêu', line: 6, reason: R.sameAsUnreadable('xem dòng trên') },
      { sheet: 'Chỉ tiêu', line: 7, reason: R.sameAsNoTable('PL7-1', '7', 2) },
      { sheet: 'Chỉ tiêu', line: 8, reason: R.sameAsLeftOut('2', 'Phụ lục 1, TT 2', 'Chỉ tiêu', 3) },
    ]);
    // What the person reads: sheet, line and the reason in Vietnamese.
    expect(R.sameAsNoRow('Phụ lục 1, TT 9', 'Phụ lục 1, TT 9')).toBe(
      'cột "Cùng chỉ tiêu với" ghi \'Phụ lục 1, TT 9\' nhưng không có dòng nào ở Phụ lục 1, TT 9',
    );
    expect(R.sameAsTask('Phụ lục 2, TT 1', 'Phụ lục 2, TT 1')).toBe(
      'cột "Cùng chỉ tiêu với" ghi \'Phụ lục 2, TT 1\' nhưng Phụ lục 2, TT 1 là nhiệm vụ, không phải chỉ tiêu',
    );
    // Nothing half-imported: those rows are not in the tracker; the two rows linked correctly are one measure.
    expect(bad.catalog.filter((r) => r.kind === 'indicator').map((r) => [r.tt, r.measure])).toEqual([
      ['1', 'M-KH1-1'],
      ['8', 'M-KH1-1'],
    ]);
    const lines = planWorkbook(bad, planConfig(bad, 2026)).indicators.rows.length;
    expect(lines).toBe(2);
  });

  test('two rows linked but measured in different units (% and hồ sơ): kept, linked, and the import warns', () => {
    const plan = readPlan(
      [
        {
          sheet: 'Phụ lục 1',
          grid: [
            ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Cơ quan chủ trì'],
            ['1', 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa', '%', '100%', TTHCC],
            ['2', 'Số hồ sơ thủ tục hành chính được số hóa', 'hồ sơ', '5000', TTHCC, '1'],
            ['3', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', '≥ 80%', TTHCC, '4'],
            ['4', 'Dịch vụ công toàn trình', 'Tỷ lệ %', '≥ 80%', TTHCC],
          ].map((r, i) => (i === 0 ? [...r, 'Cùng chỉ tiêu với'] : r)),
        },
      ],
      2026,
    );
    expect(plan.measures.map((g) => g.rows.map((r) => r.tt))).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(plan.warnings.filter((w) => w.reason.includes('đơn vị tính'))).toEqual([
      {
        sheet: 'Phụ lục 1',
        line: 3,
        reason:
          'cột "Cùng chỉ tiêu với" nối các dòng Phụ lục 1, TT 1 (%) và Phụ lục 1, TT 2 (hồ sơ) có đơn vị tính khác ' +
          'nhau: hai số liệu này không so được với nhau; kiểm tra lại cột "Cùng chỉ tiêu với" hoặc "Đơn vị tính"',
      },
    ]);
  });

  test('"TT 1" where the table numbers each group from 1 is not guessed', () => {
    const twice = readPlan(
      [
        {
          sheet: 'Chỉ tiêu',
          grid: [
            ['TT', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Cùng số liệu với'],
            ['I', 'Hạ tầng số', '', '', '', ''],
            ['1', 'Tỷ lệ A', '%', '10%', VHXH, ''],
            ['II', 'Xã hội số', '', '', '', ''],
            ['1', 'Tỷ lệ B', '%', '10%', VHXH, ''],
            ['2', 'Tỷ lệ C', '%', '10%', VHXH, '1'],
          ],
        },
      ],
      2026,
    );
    expect(twice.unreadable).toEqual([
      {
        sheet: 'Chỉ tiêu',
        line: 6,
        reason: PLAN_IMPORT_TEXT.reasons.sameAsSeveral('1', 'Phụ lục 1, TT 1', [3, 5]),
      },
    ]);
  });
});

describe('the tracker of a plan with links', () => {
  const plan = readPlan(PLAN, 2026);

  function judged(results: Record<string, string>) {
    const workbook = planWorkbook(plan, planConfig(plan, 2026));
    for (const [key, value] of Object.entries(results)) typeResult(workbook, key, value);
    return judgeWorkbook(workbook, TODAY, NOW);
  }
  const cell = (workbook: WorkbookData, rowKey: string, key: string) => {
    const map = new ColumnMap('indicators', workbook.indicators.header);
    return workbook.indicators.rows.find((r) => r[map.index('rowKey')] === rowKey)?.[map.index(key)];
  };

  test('the Chỉ tiêu tab carries the link in "Mã chỉ số chung"', () => {
    const { workbook } = judged({});
    expect(workbook.indicators.header).toContain('Mã chỉ số chung');
    expect(cell(workbook, 'KH1-1.2@TTHCC', 'measure')).toBe('M-KH1-1.2');
    expect(cell(workbook, 'KH2-21@TTHCC', 'measure')).toBe('M-KH1-1.2');
    expect(cell(workbook, 'KH2-24@VHXH', 'measure')).toBe('');
  });

  test('two different results: both rows "Cần đánh giá" with the reason and a note; the pre-flight lists it once', () => {
    const { workbook, assessment, decorations } = judged({ 'KH1-1.2@TTHCC': '85%', 'KH2-21@TTHCC': '80%' });
    for (const [key, here, where, other] of [
      ['KH1-1.2@TTHCC', "'85%'", 'Phụ lục 2, TT 21', "'80%'"],
      ['KH2-21@TTHCC', "'80%'", 'Phụ lục 1, TT 1.2', "'85%'"],
    ]) {
      expect(cell(workbook, key, 'verdict')).toBe('Cần đánh giá');
      expect(cell(workbook, key, 'reason')).toBe(
        `Cùng một chỉ số với ${where} nhưng hai dòng ghi hai số liệu khác nhau (dòng này ${here}, ${where} ${other}): cần thống nhất một số liệu`,
      );
      const row = assessment.indicators.findIndex((r) => r.rowKey === key);
      expect(decorations.indicators?.[row]?.notes?.result).toBe(
        `Cùng một chỉ số với ${where}, nhưng ô này ghi ${here} còn ${where} ghi ${other}. Một chỉ số chỉ có một số liệu: thống nhất và sửa một trong hai ô`,
      );
    }
    const lines = preflightLines(preflight(assessment), 50);
    const listed = lines.filter((l) => l.startsWith('- Số liệu mâu thuẫn'));
    expect(listed).toEqual([
      `- Số liệu mâu thuẫn: ${TABS.indicators.name}, Phụ lục 1, TT 1.2 / Phụ lục 2, TT 21 (${TTHCC}): Các dòng cùng một chỉ tiêu ghi số liệu khác nhau: '85%' / '80%'. Thống nhất một số liệu rồi sửa dòng còn lại.`,
    ]);
  });

  test('one result in both rows: no contradiction, and the measure is counted once', () => {
    const { workbook, assessment } = judged({ 'KH1-1.2@TTHCC': '85%', 'KH2-21@TTHCC': '85%' });
    expect(cell(workbook, 'KH1-1.2@TTHCC', 'verdict')).toBe('Vượt');
    expect(cell(workbook, 'KH2-21@TTHCC', 'verdict')).toBe('Vượt');
    expect(preflightLines(preflight(assessment), 50).some((l) => l.includes('Số liệu mâu thuẫn'))).toBe(false);
    const tally = tallyIndicators(assessment.indicators, (r) => r);
    expect(tally.achieved.map((r) => r.rowKey)).toHaveLength(1);
    // 9 rows, 3 measures over 7 of them: 5 counted.
    expect(tally.counted).toHaveLength(5);
  });
});

describe('offline: cli import, then npm start -- --in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-links-'));

  async function writePlan(path: string): Promise<void> {
    const book = new ExcelJS.Workbook();
    for (const source of PLAN) book.addWorksheet(source.sheet).addRows(source.grid as unknown[][]);
    await book.xlsx.writeFile(path);
  }

  test('import prints the links; two different results typed in the workbook are flagged, listed once', async () => {
    const planFile = join(dir, 'ke-hoach.xlsx');
    const out = join(dir, 'bang-tinh.xlsx');
    await writePlan(planFile);
    let printed = '';
    await runImport([planFile, '--out', out, '--year', '2026'], (t) => (printed += t), NOW);
    expect(printed).toContain(
      [
        PLAN_IMPORT_TEXT.linksTitle(3),
        '  - Phụ lục 1, TT 1.2 = Phụ lục 2, TT 21: Tỷ lệ dịch vụ công trực tuyến toàn trình',
        '  - Phụ lục 1, TT 1.3 = Phụ lục 2, TT 20 = Phụ lục 2, TT 22: Tỷ lệ hồ sơ thủ tục hành chính được số hóa',
        '  - Phụ lục 1, TT 2 = Phụ lục 2, TT 23: Tỷ lệ hộ gia đình có cáp quang',
      ].join('\n'),
    );
    expect(PLAN_IMPORT_TEXT.linksTitle(3)).toBe(
      '3 nhóm dòng cùng một chỉ tiêu (đơn vị báo cáo một số liệu, tính một lần; hai số liệu khác nhau bị đánh dấu mâu thuẫn):',
    );

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(TABS.indicators.name)!;
    const map = new ColumnMap('indicators', (sheet.getRow(1).values as unknown[]).slice(1));
    const typed: Record<string, string> = { 'KH1-1.2@TTHCC': '85%', 'KH2-21@TTHCC': '80%' };
    sheet.eachRow((row) => {
      const value = typed[String(row.getCell(map.index('rowKey') + 1).value)];
      if (value) row.getCell(map.index('result') + 1).value = value;
    });
    const typedFile = join(dir, 'bang-tinh-da-nhap.xlsx');
    await book.xlsx.writeFile(typedFile);
    const lines: string[] = [];
    await main(['--in', typedFile, '--out', join(dir, 'ket-qua'), '--today', '2026-12-05'], (l) => lines.push(l));
    const shown = lines.join('\n');
    expect(shown).toContain(
      "  Chỉ số có hai số liệu khác nhau (cần thống nhất): 1\n    - Phụ lục 1, TT 1.2: '85%' / Phụ lục 2, TT 21: '80%'",
    );
    expect(shown.match(/Số liệu mâu thuẫn: /g)).toHaveLength(1);
    // Phụ lục 2's rows of measures Phụ lục 1 reports too are counted there, once.
    expect(shown).toContain(
      '  - Phụ lục 2, nhóm : đạt 00/01 chỉ tiêu đến hạn; 01 chưa có kết quả; 04 cùng chỉ số, tính ở dòng khác',
    );
  }, 120_000);
});

describe('in the sheet: "Nạp kế hoạch", then a unit types (Apps Script fakes)', () => {
  test('the confirmation shows the links; two figures typed for one measure are flagged on both cells', () => {
    const owner = 'vhxh@tandinh.example';
    const now = new Date('2026-11-20T02:00:00Z');
    const fake = createFakeAppsScript({ owner, users: [], now: now.toISOString() });
    const restore = fake.install(globalThis);
    try {
      const ss = fake.spreadsheet.api;
      fake.run(() => runSetup(ss, now), { as: owner });
      let asked = '';
      const load = () =>
        fake.run(
          () =>
            importPlanFromTab(ss, now, (q) => {
              asked = q;
              return true;
            }),
          { as: owner },
        );
      load(); // makes the tab
      const pasted = [...PLAN[0].grid, [], ...PLAN[1].grid, [], ...PLAN[2].grid];
      const width = Math.max(...pasted.map((r) => r.length));
      fake.run(
        () =>
          ss
            .getSheetByName(IMPORT_TAB_NAME)!
            .getRange(1, 1, pasted.length, width)
            .setValues(pasted.map((r) => [...r, ...new Array(width - r.length).fill('')])),
        { as: owner },
      );
      expect(load()).toBe(PLAN_IMPORT_TEXT.done(9, 1, 2));
      expect(asked).toContain(
        '  - Phụ lục 1, TT 1.3 = Phụ lục 2, TT 20 = Phụ lục 2, TT 22: Tỷ lệ hồ sơ thủ tục hành chính được số hóa',
      );
      const values = () => fake.spreadsheet.values(TABS.indicators.name);
      const map = new ColumnMap('indicators', values()[0]);
      const rowOf = (key: string) => values().findIndex((r) => r[map.index('rowKey')] === key) + 1;
      expect(values()[rowOf('KH2-21@TTHCC') - 1][map.index('measure')]).toBe('M-KH1-1.2');
      const a1 = (key: string, column: string) =>
        `'${TABS.indicators.name}'!${String.fromCharCode(65 + map.index(column))}${rowOf(key)}`;
      const onEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => handleEdit(e, now);
      expect(fake.spreadsheet.userEdit(owner, a1('KH1-1.2@TTHCC', 'result'), '85%', onEdit).errors).toEqual([]);
      expect(fake.spreadsheet.userEdit(owner, a1('KH2-21@TTHCC', 'result'), '80%', onEdit).errors).toEqual([]);
      for (const [key, where] of [
        ['KH1-1.2@TTHCC', 'Phụ lục 2, TT 21'],
        ['KH2-21@TTHCC', 'Phụ lục 1, TT 1.2'],
      ]) {
        expect(values()[rowOf(key) - 1][map.index('verdict')]).toBe('Cần đánh giá');
        expect(fake.spreadsheet.notes(a1(key, 'result'))[0][0]).toContain(
          `Cùng một chỉ số với ${where}, nhưng ô này ghi`,
        );
      }
    } finally {
      restore();
    }
  });
});
