/**
 * Issue 14's "another ward's plan" in the report: the report follows the plan the sheet carries. Phường An Hải's
 * plan (tests/fixtures/plans, read as `cli import` reads it) gives a report with An Hải's name, its plan's number
 * and appendices and no word of the sample plan (Hải Dương's appendix titles, plan title, plan number), its rows in
 * the plan's order although the sheet keeps each unit's rows together; and a plan that numbers each group from 1.
 */
import { join } from 'node:path';
import { APPENDIX_TITLES, PLAN } from '../../src/core/plan/catalog';
import { planConfig, planWorkbook } from '../../src/core/planImport/build';
import { readPlan } from '../../src/core/planImport/read';
import { paragraphText, type TableBlock } from '../../src/core/report/model';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';
import { readGrids } from '../../src/local/sheet/grids';
import { allTexts, bodyTexts, gridTables, sampleReport, setRow } from './helpers';

const FIXTURE = join(__dirname, '../fixtures/plans/ke-hoach-an-hai.xlsx');
const TODAY = { year: 2026, month: 12, day: 5 };

function typeResult(workbook: WorkbookData, rowKey: string, result: string): void {
  setRow(workbook, 'indicators', rowKey, { result });
}

/** A copy of the workbook with Cấu hình's "Trích yếu kế hoạch" typed as `title` (the shared one stays as it is). */
function withPlanTitle(workbook: WorkbookData, title: string): WorkbookData {
  const config = new ColumnMap('config', workbook.config.header);
  return {
    ...workbook,
    config: {
      ...workbook.config,
      rows: workbook.config.rows.map((r) =>
        r[config.index('key')] === 'Trích yếu kế hoạch'
          ? r.map((v, i) => (i === config.index('value') ? title : v))
          : r,
      ),
    },
  };
}

/**
 * A grid table's data and group rows as [TT, name] (band rows left out). A ward's group rows have no TT: the sheet's
 * Nhóm column keeps the groups' names only.
 */
function rowsOf(table: TableBlock): [string, string][] {
  return table.rows
    .filter((r) => r.kind === 'data' || r.kind === 'group')
    .map((r) => [paragraphText(r.cells[0].paragraphs[0]), paragraphText(r.cells[1].paragraphs[0])]);
}

describe("An Hải's plan: the report is An Hải's", () => {
  let workbook: WorkbookData;
  beforeAll(async () => {
    const plan = readPlan(await readGrids(FIXTURE), 2026);
    workbook = planWorkbook(plan, planConfig(plan, 2026, 'An Hải'));
    typeResult(workbook, 'KH1-1@KTHTDT', '62%');
    typeResult(workbook, 'KH1-2@KTHTDT', '78%');
    typeResult(workbook, 'KH1-5@CA', '81,5%');
  });

  test('no wording of the sample plan: ward, plan number, plan title, appendix titles', () => {
    const { doc } = sampleReport(workbook, TODAY);
    const all = allTexts(doc).join('\n');
    expect(all).toContain('PHƯỜNG AN HẢI');
    expect(all).not.toContain('Hải Dương');
    expect(all).not.toContain(PLAN.number);
    expect(all).not.toContain('57-NQ/TW');
    for (const title of Object.values(APPENDIX_TITLES)) expect(all).not.toContain(title.split(' - ')[1]);
    // The opening cites An Hải's plan, without the sample plan's "về việc …" (An Hải's Cấu hình has no title yet).
    expect(bodyTexts(doc)).toContain(
      'Thực hiện Kế hoạch số 112/KH-UBND ngày 10/03/2026 của Ủy ban nhân dân phường An Hải, Ủy ban nhân dân phường An Hải báo cáo kết quả thực hiện năm 2026 như sau:',
    );
    // The appendix bands name the plan's tables as the sheet numbers them.
    const bands = gridTables(doc).flatMap((t) =>
      t.rows.filter((r) => r.kind === 'band').map((r) => paragraphText(r.cells[1].paragraphs[0])),
    );
    expect(bands).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  });

  test('the plan title typed in Cấu hình is the opening\'s "về việc …"', () => {
    const withTitle = withPlanTitle(workbook, 'Chuyển đổi số phường An Hải giai đoạn 2025 - 2030');
    expect(bodyTexts(sampleReport(withTitle, TODAY).doc)).toContainEqual(
      expect.stringContaining(
        'của Ủy ban nhân dân phường An Hải về việc chuyển đổi số phường An Hải giai đoạn 2025 - 2030,',
      ),
    );
  });

  test('a title typed as clerks type it reads as one clause: no second "về việc", no stray period, no "kẾ HOẠCH"', () => {
    const opening = (title: string) => {
      const withTitle = withPlanTitle(workbook, title);
      const line = bodyTexts(sampleReport(withTitle, TODAY).doc).find((t) => t.startsWith('Thực hiện Kế hoạch số'));
      return line?.replace(/^.*phường An Hải về việc /, '').replace(/, Ủy ban nhân dân phường An Hải báo cáo.*$/, '');
    };
    const about = 'chuyển đổi số phường An Hải giai đoạn 2025 - 2030';
    expect(opening('V/v chuyển đổi số phường An Hải giai đoạn 2025 - 2030')).toBe(about);
    expect(opening('V/v: Chuyển đổi số phường An Hải giai đoạn 2025 - 2030')).toBe(about);
    expect(opening('Về việc - chuyển đổi số phường An Hải giai đoạn 2025 - 2030')).toBe(about);
    expect(opening('Chuyển đổi số phường An Hải giai đoạn 2025 - 2030.')).toBe(about);
    expect(opening('Chuyển đổi số phường An Hải giai đoạn 2025 - 2030;')).toBe(about);
    expect(opening('VỀ VIỆC CHUYỂN ĐỔI SỐ PHƯỜNG AN HẢI GIAI ĐOẠN 2025 - 2030')).toBe(
      'chuyển đổi số phường an hải giai đoạn 2025 - 2030',
    );
    // A name in capitals inside a normal title is kept as typed.
    expect(opening('Chuyển đổi số UBND phường An Hải')).toBe('chuyển đổi số UBND phường An Hải');
  });

  test("rows in the plan's order, not in the sheet's unit blocks", () => {
    // The sheet: VP's row 4 first, then Phòng Kinh tế's 1 and 2, VHXH's 6, Công an's 5, the Một cửa's 3.
    const map = new ColumnMap('indicators', workbook.indicators.header);
    expect(workbook.indicators.rows.map((r) => r[map.index('tt')])).toEqual(['4', '1', '2', '6', '5', '3']);
    const [indicators, tasks] = gridTables(sampleReport(workbook, TODAY).doc);
    expect(rowsOf(indicators)).toEqual([
      ['', 'HẠ TẦNG SỐ'],
      ['1', 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang'],
      ['2', 'Tỷ lệ khu dân cư được phủ sóng 5G'],
      ['', 'CHÍNH QUYỀN SỐ'],
      ['3', 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình'],
      ['4', 'Tỷ lệ văn bản đi được ký số'],
      ['', 'XÃ HỘI SỐ'],
      ['5', 'Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2'],
      ['6', 'Số lớp bồi dưỡng kỹ năng số cho người dân'],
    ]);
    // Task 5 has two leads: one row per unit, its TT and name printed once.
    expect(rowsOf(tasks).map(([tt]) => tt)).toEqual(['', '1', '2', '', '3', '4', '5', '', '7']);
  });
});

describe('a plan that numbers each group from 1, its units interleaved', () => {
  test("the report keeps the plan's order", () => {
    const header = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Cơ quan chủ trì'];
    const grid = [
      ['Kèm theo Kế hoạch số 45/KH-UBND ngày 05/3/2026 của UBND phường Chu Văn An'],
      header,
      ['I', 'Hạ tầng số', '', '', ''],
      ['1', 'Tỷ lệ hộ có cáp quang', '%', '60%', 'Phòng Văn hóa - Xã hội'],
      ['2', 'Tỷ lệ khu phố có wifi công cộng', '%', '50%', 'Công an phường'],
      ['II', 'Xã hội số', '', '', ''],
      ['1', 'Tỷ lệ người dân có tài khoản định danh mức 2', '%', '80%', 'Công an phường'],
      ['2', 'Tỷ lệ hộ dùng thanh toán không tiền mặt', '%', '40%', 'Phòng Văn hóa - Xã hội'],
    ];
    const plan = readPlan([{ sheet: 'Phụ lục', grid }], 2026);
    const workbook = planWorkbook(plan, planConfig(plan, 2026));
    const map = new ColumnMap('indicators', workbook.indicators.header);
    // Each unit's rows together: Phòng VHXH's I.1 and II.2, then Công an's I.2 and II.1 (or the other way round).
    const sheetOrder = workbook.indicators.rows.map((r) => String(r[map.index('name')]).slice(0, 20));
    expect(sheetOrder).not.toEqual([
      'Tỷ lệ hộ có cáp quang',
      'Tỷ lệ khu phố có wif',
      'Tỷ lệ người dân có t',
      'Tỷ lệ hộ dùng thanh ',
    ]);
    const [indicators] = gridTables(sampleReport(workbook, TODAY).doc);
    expect(rowsOf(indicators)).toEqual([
      ['', 'Hạ tầng số'],
      ['1', 'Tỷ lệ hộ có cáp quang'],
      ['2', 'Tỷ lệ khu phố có wifi công cộng'],
      ['', 'Xã hội số'],
      ['1', 'Tỷ lệ người dân có tài khoản định danh mức 2'],
      ['2', 'Tỷ lệ hộ dùng thanh toán không tiền mặt'],
    ]);
  });
});

describe('a plan of four tables: the fourth is "Phụ lục 4" of this plan, not the sample plan\'s', () => {
  test("the appendix bands and the references name this plan's tables only", () => {
    const title = ['Kèm theo Kế hoạch số 45/KH-UBND ngày 05/3/2026 của UBND phường Chu Văn An'];
    const indicators = (name: string) => [
      title,
      ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Cơ quan chủ trì'],
      ['1', name, '%', '60%', 'Phòng Văn hóa - Xã hội'],
    ];
    const tasks = (name: string) => [
      title,
      ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành'],
      ['1', name, 'Công an phường', '6/2026'],
    ];
    const plan = readPlan(
      [
        { sheet: 'Chỉ tiêu hạ tầng', grid: indicators('Tỷ lệ hộ có cáp quang') },
        { sheet: 'Chỉ tiêu xã hội số', grid: indicators('Tỷ lệ hộ dùng thanh toán không tiền mặt') },
        { sheet: 'Nhiệm vụ chung', grid: tasks('Rà soát thủ tục hành chính') },
        { sheet: 'Nhiệm vụ khác', grid: tasks('Làm sạch dữ liệu dân cư') },
      ],
      2026,
    );
    const workbook = planWorkbook(plan, planConfig(plan, 2026));
    typeResult(workbook, 'KH1-1@VHXH', '55%');
    const { doc } = sampleReport(workbook, TODAY);
    const bands = gridTables(doc).flatMap((t) =>
      t.rows.filter((r) => r.kind === 'band').map((r) => paragraphText(r.cells[1].paragraphs[0])),
    );
    expect(bands).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']);
    const all = allTexts(doc).join('\n');
    for (const t of Object.values(APPENDIX_TITLES)) expect(all).not.toContain(t.split(' - ')[1]);
    // The shortfall names the row by its own table: "chỉ tiêu 1 tại Phụ lục 1 của Kế hoạch".
    expect(all).toContain('chỉ tiêu 1 tại Phụ lục 1 của Kế hoạch');
  });
});
