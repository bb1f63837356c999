/**
 * Issue 14: another ward's plan without code. Phường An Hải's plan (tests/fixtures/plans/ke-hoach-an-hai.xlsx, built
 * by helpers/anHai.ts as the ward would copy it) read by the core, loaded offline by `cli import` (the contract other
 * tools script against), run by `npm start -- --in`, and loaded in the sheet from the "Nạp kế hoạch" tab.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { judgeIndicator } from '../../src/core/judging/indicator';
import { hasOwnPlan, planConfig, planWorkbook } from '../../src/core/planImport/build';
import { PLAN_IMPORT_TEXT } from '../../src/core/planImport/messages';
import { PlanImportError, readPlan } from '../../src/core/planImport/read';
import { buildSampleWorkbook } from '../../src/core/sample/workbook';
import { IMPORT_TAB_NAME, TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { classifyHeader } from '../../src/core/wardList/header';
import { importPlanFromTab } from '../../src/gas/planImport/planImport';
import { runSetup } from '../../src/gas/setup/setup';
import { main } from '../../src/local/main';
import { readGrids } from '../../src/local/sheet/grids';
import { readWorkbookXlsx } from '../../src/local/sheet/xlsx';
import { createFakeAppsScript } from '../fakes';
import { AN_HAI_INDICATORS, AN_HAI_TASKS, AN_HAI_TITLE, AN_HAI_UNITS } from './helpers/anHai';

const ROOT = join(__dirname, '../..');
const PLAN = join(ROOT, 'tests/fixtures/plans/ke-hoach-an-hai.xlsx');
const TMP = mkdtempSync(join(tmpdir(), 'plan-import-'));
const withoutNpmNoise = (s: string) => s.replace(/^npm (warn|notice).*\n?/gm, '');

describe('reading a ward plan (core)', () => {
  let plan: ReturnType<typeof readPlan>;
  beforeAll(async () => {
    plan = readPlan(await readGrids(PLAN), 2026);
  });

  test('the plan names itself: ward, plan number and date from the "Kèm theo" line', () => {
    expect({ ward: plan.ward, number: plan.planNumber, date: plan.planDate }).toEqual({
      ward: 'An Hải',
      number: '112/KH-UBND',
      date: '10/03/2026',
    });
  });

  test('indicators: a target for each year, groups kept, the nameless row left out and reported', () => {
    const indicators = plan.catalog.filter((r) => r.kind === 'indicator');
    expect(indicators.map((r) => r.tt)).toEqual(['1', '2', '3', '4', '5', '6']);
    const fiveG = indicators.find((r) => r.tt === '2')!;
    expect(fiveG.targets).toEqual({
      '2025': '-',
      '2026': 'tối thiểu 80%',
      '2027': '85%',
      '2028': '90%',
      '2029': '95%',
      '2030': '100%.',
    });
    expect(plan.catalog.find((r) => r.id === fiveG.parentId)?.name).toBe('HẠ TẦNG SỐ');
    expect(plan.unreadable).toContainEqual({ sheet: 'Phụ lục I', line: 15, reason: 'không có tên chỉ tiêu' });
    // A 2026 target is in force in 2026: below it is "Không đạt", not a delay on the way to 2030.
    const judged = judgeIndicator({
      name: fiveG.name,
      unitOfMeasure: '%',
      targets: fiveG.targets,
      result: '78%',
      evidence: '',
      review: '',
      year: 2026,
    });
    expect(judged.verdict).toBe('NOT_ACHIEVED');
    expect(judged.applicableTarget).toContain('80');
  });

  test('tasks: own deadlines and leads as written; a row without content left out; an unknown lead flagged', () => {
    const tasks = plan.catalog.filter((r) => r.kind === 'task');
    expect(tasks.map((r) => [r.tt, r.completionTime])).toEqual([
      ['1', '6/2026'],
      ['2', 'Quý III/2026'],
      ['3', '2026-2027'],
      ['4', 'Hằng năm'],
      ['5', 'Thường xuyên'],
      ['7', '12/2026'],
    ]);
    expect(plan.unreadable).toContainEqual({ sheet: 'Phụ lục II', line: 11, reason: 'không có nội dung nhiệm vụ' });
    expect(plan.warnings).toContainEqual({
      sheet: 'Phụ lục II',
      line: 12,
      reason: PLAN_IMPORT_TEXT.warnings.unknownLead('Ban Chỉ huy Quân sự phường'),
    });
  });

  test('units: their codes, e-mails and other names; a bad address dropped and flagged; a repeated unit left out', () => {
    expect(plan.units.map((u) => [u.id, u.emails])).toEqual([
      ['VP', ['vanphong@anhai.example']],
      ['KTHTDT', ['kinhte@anhai.example']],
      ['VHXH', ['vhxh@anhai.example', 'canbo.vhxh@anhai.example']],
      ['CA', ['congan@anhai.example']],
      ['MOTCUA', ['motcua@anhai.example']],
      ['THCS', []],
    ]);
    expect(plan.warnings).toContainEqual({
      sheet: 'Đơn vị',
      line: 7,
      reason: PLAN_IMPORT_TEXT.warnings.badEmail('thcs.anhai.example'),
    });
    expect(plan.unreadable).toContainEqual({ sheet: 'Đơn vị', line: 8, reason: 'trùng đơn vị ở dòng 4' });
  });

  test('the tracker for the plan: its units own its rows ("Phòng KT-HT&ĐT" is Phòng Kinh tế), one column per target year', () => {
    const workbook = planWorkbook(plan, planConfig(plan, 2026));
    const map = new ColumnMap('indicators', workbook.indicators.header);
    expect(map.targetYears()).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2035, 2040, 2045]);
    const keys = workbook.indicators.rows.map((r) => r[map.index('rowKey')]);
    expect(keys).toContain('KH1-1@KTHTDT');
    expect(keys).toContain('KH1-3@MOTCUA');
    expect(keys).toContain('KH1-5@CA');
    const tasks = new ColumnMap('tasks', workbook.tasks.header);
    const taskKeys = workbook.tasks.rows.map((r) => r[tasks.index('rowKey')]);
    expect(taskKeys).toEqual(expect.arrayContaining(['KH2-5@VHXH', 'KH2-5@MOTCUA', 'KH2-7']));
    expect(hasOwnPlan(workbook.indicators, workbook.tasks)).toBe(true);
    const sample = buildSampleWorkbook({ year: 2026, month: 11, day: 1 }).workbook;
    expect(hasOwnPlan(sample.indicators, sample.tasks)).toBe(false);
  });

  test('the tracker\'s "Kết quả năm trước" is never read as this year\'s result (cli judge on a downloaded sheet)', () => {
    // It is the baseline of the path, as on the sheet (wardList/judge.ts), not a result.
    expect(classifyHeader('Kết quả năm trước')).toMatchObject({ role: 'previousResult' });
    expect(classifyHeader('Kết quả năm báo cáo')).toMatchObject({ role: 'result' });
  });

  test('a file without any plan table is refused', () => {
    expect(() => readPlan([{ sheet: 'Trang 1', grid: [['Ghi chú'], ['không có bảng']] }], 2026)).toThrow(
      PlanImportError,
    );
  });

  test('a plan without a unit table or a lead column: units from the leads, the whole table to the office', () => {
    const only = readPlan(
      [
        {
          sheet: 'Chỉ tiêu',
          grid: [
            ['TT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu đến năm 2030'],
            ['1', 'Tỷ lệ hộ có cáp quang', '%', '≥ 80'],
          ],
        },
      ],
      2026,
    );
    expect(only.units.map((u) => u.name)).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(only.catalog.find((r) => r.kind === 'indicator')?.lead).toBe('Phòng Văn hóa - Xã hội');
    expect(only.catalog.find((r) => r.kind === 'indicator')?.targets).toEqual({ '2030': '≥ 80' });
  });
});

describe('cli import (the offline contract)', () => {
  const cli = (...args: string[]) => {
    const r = spawnSync('npx', ['tsx', 'src/local/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    return { code: r.status, stdout: r.stdout, stderr: withoutNpmNoise(r.stderr) };
  };
  // In a folder not made yet: the command makes it.
  const out = join(TMP, 'ket-qua', 'bang-tinh.xlsx');
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    result = cli('import', PLAN, '--out', out, '--ward', 'An Hải', '--year', '2026');
  }, 120_000);

  test('exit 0; prints which column it took for what and every row it could not read, with sheet and line', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bảng chỉ tiêu ở trang "Phụ lục I", tiêu đề dòng 4:');
    expect(result.stdout).toMatch(/"Kế hoạch 2026"\s+→ Chỉ tiêu năm 2026/);
    expect(result.stdout).toMatch(/"Thời hạn hoàn thành"\s+→ Thời gian hoàn thành/);
    expect(result.stdout).toMatch(/"Email"\s+→ E-mail nhận thông báo/);
    expect(result.stdout).toContain('3 dòng không đọc được (không nạp):');
    expect(result.stdout).toContain('  - trang "Phụ lục I", dòng 15: không có tên chỉ tiêu');
    expect(result.stdout).toContain('  - trang "Phụ lục II", dòng 11: không có nội dung nhiệm vụ');
    expect(result.stdout).toContain('  - trang "Đơn vị", dòng 8: trùng đơn vị ở dòng 4');
    expect(result.stdout).toContain(`Đã ghi bảng tính theo dõi: ${out}`);
  });

  test('the workbook is the tracker for An Hải: its Cấu hình, units, rows', async () => {
    const { data, missingTabs } = await readWorkbookXlsx(out);
    expect(missingTabs).toEqual([]);
    const config = Object.fromEntries(data.config.rows.map((r) => [r[0], r[1]]));
    expect(config['Tên phường']).toBe('An Hải');
    expect(config['Số kế hoạch']).toBe('112/KH-UBND');
    expect(config['Ngày ban hành kế hoạch']).toBe('10/03/2026');
    expect(config['Năm báo cáo']).toBe('2026');
    const units = new ColumnMap('units', data.units.header);
    expect(data.units.rows.map((r) => r[units.index('unitId')])).toEqual([
      'VP',
      'KTHTDT',
      'VHXH',
      'CA',
      'MOTCUA',
      'THCS',
    ]);
    // Nothing of the sample's ward in the data (the Cấu hình help column gives examples).
    const text = JSON.stringify({ ...data, config: data.config.rows.map((r) => r.slice(0, 2)) });
    expect(text).not.toContain('Hải Dương');
    expect(text).not.toContain('PL1-');
  });

  test('a file it cannot use: exit 2, a Vietnamese message, nothing written', () => {
    const csv = join(TMP, 'ghi-chu.csv');
    writeFileSync(csv, 'Ghi chú;Nội dung\nkhông;có bảng\n');
    const none = join(TMP, 'none.xlsx');
    const r = cli('import', csv, '--out', none);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(PLAN_IMPORT_TEXT.noTables(csv));
    expect(existsSync(none)).toBe(false);
    const noOut = cli('import', PLAN);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain(PLAN_IMPORT_TEXT.noOut);
    const missing = cli('import', join(TMP, 'khong-co.xlsx'), '--out', none);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    // A folder where the file should be: a Vietnamese message, no English error.
    const blocked = join(TMP, 'la-tep.txt');
    writeFileSync(blocked, 'một tệp, không phải thư mục');
    const cannot = cli('import', PLAN, '--out', join(blocked, 'bang-tinh.xlsx'));
    expect(cannot.code).toBe(2);
    expect(cannot.stderr.trim()).toBe(PLAN_IMPORT_TEXT.cannotWrite(join(blocked, 'bang-tinh.xlsx')));
  }, 120_000);

  test('npm start -- --in the written workbook: the report of An Hải, with a figure typed into it', async () => {
    // A unit's figure for 2026, typed into the workbook (as the sheet would hold it).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(TABS.indicators.name)!;
    const map = new ColumnMap('indicators', (sheet.getRow(1).values as unknown[]).slice(1));
    sheet.eachRow((row) => {
      if (row.getCell(map.index('rowKey') + 1).value === 'KH1-2@KTHTDT')
        row.getCell(map.index('result') + 1).value = '78%';
    });
    const typed = join(TMP, 'bang-tinh-da-nhap.xlsx');
    await book.xlsx.writeFile(typed);
    const dir = join(TMP, 'ket-qua');
    await main(['--in', typed, '--out', dir, '--today', '2026-12-05'], () => {});
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'bao-cao-2026.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    const all = paragraphs.join('\n');
    expect(all).toContain('PHƯỜNG AN HẢI');
    expect(all).toContain('Kế hoạch số 112/KH-UBND ngày 10/03/2026');
    expect(all).not.toContain('Hải Dương');
    // Judged against the ward's 2026 target, a target in force this year: not met (not "behind the path to 2030").
    expect(paragraphs.find((p) => p.includes('Tỷ lệ khu dân cư được phủ sóng 5G') && p.includes('78%'))).toContain(
      'không đạt chỉ tiêu (mục tiêu năm 2026: tối thiểu 80%)',
    );
  }, 120_000);
});

describe('loading the plan in the sheet (Apps Script fakes)', () => {
  const VHXH = 'vhxh@anhai.example';
  const CA = 'congan@anhai.example';

  function world() {
    const now = new Date('2026-03-20T02:00:00Z');
    const fake = createFakeAppsScript({ owner: VHXH, users: [CA, 'kinhte@anhai.example'], now: now.toISOString() });
    const restore = fake.install(globalThis);
    fake.run(() => runSetup(fake.spreadsheet.api, now), { as: VHXH }); // the template, set up with the sample
    return { fake, restore, now };
  }

  test('first click makes the tab; pasted tables are read, confirmed, loaded; setup never brings the sample back', () => {
    const { fake, restore, now } = world();
    try {
      const ss = fake.spreadsheet.api;
      const run = (confirm = (_q: string) => true) => fake.run(() => importPlanFromTab(ss, now, confirm), { as: VHXH });
      expect(run()).toBe(PLAN_IMPORT_TEXT.tabCreated(IMPORT_TAB_NAME));
      // The office pastes the three tables one under another, under the plan's "Kèm theo" line.
      const pasted = [[`(${AN_HAI_TITLE})`], [], ...AN_HAI_INDICATORS, [], ...AN_HAI_TASKS, [], ...AN_HAI_UNITS];
      const width = Math.max(...pasted.map((r) => r.length));
      const tab = ss.getSheetByName(IMPORT_TAB_NAME)!;
      fake.run(
        () =>
          tab
            .getRange(2, 1, pasted.length, width)
            .setValues(pasted.map((r) => [...r, ...new Array(width - r.length).fill('')])),
        { as: VHXH },
      );
      let asked = '';
      expect(
        run((q) => {
          asked = q;
          return false;
        }),
      ).toBe(PLAN_IMPORT_TEXT.cancelled);
      expect(asked).toContain(`trang "${IMPORT_TAB_NAME}", dòng 15: không có tên chỉ tiêu`);
      expect(fake.spreadsheet.values(TABS.indicators.name).some((r) => String(r[0]).startsWith('PL1-'))).toBe(true);

      expect(run()).toBe(PLAN_IMPORT_TEXT.done(6, 7, 6));
      const keys = () =>
        fake.spreadsheet
          .values(TABS.indicators.name)
          .slice(1)
          .map((r) => String(r[0]));
      expect(keys()).toHaveLength(6);
      expect(keys().every((k) => k.startsWith('KH1-'))).toBe(true);
      const config = Object.fromEntries(fake.spreadsheet.values(TABS.config.name).map((r) => [r[0], r[1]]));
      expect(config['Tên phường']).toBe('An Hải');
      expect(config['Số kế hoạch']).toBe('112/KH-UBND');
      // Setup run again (as after every change of e-mails): An Hải's rows only, nothing of Hải Dương added.
      fake.run(() => runSetup(ss, now), { as: VHXH });
      expect(keys()).toHaveLength(6);
      expect(
        fake.spreadsheet
          .values(TABS.tasks.name)
          .slice(1)
          .every((r) => String(r[0]).startsWith('KH2-')),
      ).toBe(true);
      // Công an's staff may type its own row and nothing else.
      const header = fake.spreadsheet.values(TABS.indicators.name)[0];
      const map = new ColumnMap('indicators', header);
      const rowOf = (key: string) => keys().indexOf(key) + 2;
      expect(fake.spreadsheet.canUserEdit(CA, TABS.indicators.name, rowOf('KH1-5@CA'), map.index('result') + 1)).toBe(
        true,
      );
      expect(
        fake.spreadsheet.canUserEdit(CA, TABS.indicators.name, rowOf('KH1-1@KTHTDT'), map.index('result') + 1),
      ).toBe(false);
      expect(
        fake.spreadsheet.canUserEdit(CA, TABS.indicators.name, rowOf('KH1-5@CA'), map.index('target2026') + 1),
      ).toBe(false);
      // Once a unit has typed, loading a plan again is refused.
      fake.run(
        () =>
          ss
            .getSheetByName(TABS.indicators.name)!
            .getRange(rowOf('KH1-5@CA'), map.index('result') + 1)
            .setValue('81%'),
        { as: VHXH },
      );
      expect(run()).toBe(PLAN_IMPORT_TEXT.hasData(TABS.indicators.name, 1));
    } finally {
      restore();
    }
  });

  test('only the VHXH office loads a plan', () => {
    const { fake, restore, now } = world();
    try {
      expect(() => fake.run(() => importPlanFromTab(fake.spreadsheet.api, now), { as: CA })).toThrow(
        PLAN_IMPORT_TEXT.notVhxh,
      );
    } finally {
      restore();
    }
  });
});
