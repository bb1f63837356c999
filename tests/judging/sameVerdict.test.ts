/**
 * One row, one verdict, wherever it is judged: `npm start` (the .xlsx it writes), the `judge` command line run on
 * that .xlsx, and the Google Sheet (Apps Script fakes: the units' entries written in, "Kiểm tra dữ liệu" run).
 * And `npm start -- --today 2026-12-05` as a ward would read it: no "Không đạt" for a target of a later year, and
 * counts that separate targets due this year from those on the way.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessWorkbook, measureContradictions } from '../../src/core/judging/assess';
import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { preflight } from '../../src/core/report/preflight';
import { SAMPLE_INDICATOR_ENTRIES } from '../../src/core/sample/entries';
import { buildSampleWorkbook } from '../../src/core/sample/workbook';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { runValidation } from '../../src/gas/progress/dataCheck';
import { run } from '../../src/local/cli';
import { main } from '../../src/local/main';
import { readWorkbookXlsx } from '../../src/local/sheet/xlsx';
import { setUpWorld } from '../sheet/helpers';

const outDir = mkdtempSync(join(tmpdir(), 'kh-cds-17-'));
const xlsx = join(outDir, 'ke-hoach-cds-2026.xlsx');
let logged = '';
let rows: unknown[][] = [];
let map: ColumnMap;

beforeAll(async () => {
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    logged += `${args.join(' ')}\n`;
  });
  await main(['--today', '2026-12-05', '--out', outDir]);
  log.mockRestore();
  const { data } = await readWorkbookXlsx(xlsx);
  rows = data.indicators.rows;
  map = new ColumnMap('indicators', data.indicators.header);
}, 60000);

const cell = (row: unknown[], key: string) => String(row[map.index(key)] ?? '');
const byId = new Map(PLAN_CATALOG.map((r) => [r.id, r]));

describe('npm start -- --today 2026-12-05', () => {
  test('no "Không đạt" on a row whose target year is after 2026', () => {
    const failed = rows.filter((r) => cell(r, 'verdict').startsWith('Không đạt'));
    expect(failed.length).toBeGreaterThan(0);
    const later = failed.filter((r) => {
      const catalog = byId.get(cell(r, 'rowKey').split('@')[0])!;
      const years = Object.keys(catalog.targets).map(Number);
      const yearly = /hằng năm|hàng năm|mỗi năm/i.test(catalog.name);
      // Due in 2026 only through a target of 2026 or earlier kept in force, or a yearly target.
      return !yearly && !years.some((y) => y <= 2026);
    });
    console.log(`"Không đạt" rows: ${failed.length}; of them with a target year after 2026: ${later.length}`);
    expect(later).toEqual([]);
    for (const r of failed) expect(cell(r, 'applicableTarget')).not.toContain('đến năm');
    // The examples: PL1-1.4 (375/394 against 100 by 2030), PL1-11 and 12 (75% against 100% by 2045).
    const verdictOf = (key: string) => cell(rows.find((r) => cell(r, 'rowKey') === key)!, 'verdict');
    expect(verdictOf('PL1-1.4@TTHCC')).toBe('Chưa đến hạn');
    expect(verdictOf('PL1-11@VHXH')).toBe('Chưa đến hạn');
    expect(verdictOf('PL1-12@VHXH')).toBe('Chưa đến hạn');
  });

  test('the console and the Tổng hợp tab count targets due this year apart from those on the way', async () => {
    expect(logged).toMatch(
      /Phụ lục II, nhóm Phát triển chuyển đổi số: đạt \d{2}\/\d{2} chỉ tiêu đến hạn; \d{2} chỉ tiêu của các năm sau: .*đúng lộ trình, .*chậm lộ trình/,
    );
    expect(logged).toContain('Chỉ số có hai số liệu khác nhau (cần thống nhất): 3');
    // A group with no target due this year says so, not "đạt 00/00 chỉ tiêu đến hạn".
    expect(logged).toContain('Phụ lục I, nhóm Đến năm 2030: không có chỉ tiêu đến hạn năm 2026;');
    expect(logged).not.toContain('00/00');
    const { data } = await readWorkbookXlsx(xlsx);
    const grid = [data.summary.header, ...data.summary.rows].map((r) => r.map((c) => String(c ?? '')));
    const header = grid.find((r) => r[0] === 'Phụ lục')!;
    for (const h of [
      'Đạt',
      'Vượt',
      'Không đạt',
      'Đạt sớm',
      'Đúng lộ trình',
      'Chậm lộ trình',
      'Chưa đến hạn',
      'Đạt / đến hạn',
    ])
      expect(header).toContain(h);
    const at = (label: string) => header.indexOf(label);
    const pl1 = grid.find((r) => r[0] === 'I' && r[1] === 'Đến năm 2030')!;
    // Phụ lục I group I: every target is for 2030, so nothing is due in 2026 and nothing is "Không đạt".
    expect(pl1[at('Đạt / đến hạn')]).toBe('không có chỉ tiêu đến hạn năm 2026');
    expect(pl1[at('Không đạt')]).toBe('0');
    expect(Number(pl1[at('Đạt sớm')])).toBeGreaterThan(0);
  });
});

describe('the same verdict for the same row: npm start, the judge command line, the sheet', () => {
  test('judge CLI on the .xlsx npm start wrote', async () => {
    let out = '';
    const code = await run(['judge', xlsx, '--year', '2026', '--json'], {
      out: (t) => {
        out += t;
      },
      err: () => {},
    });
    expect(code).toBe(0);
    const judged = JSON.parse(out) as { tt: string; verdict: string | null; label: string | null }[];
    expect(judged.length).toBe(rows.length);
    let compared = 0;
    judged.forEach((j, i) => {
      if (!j.label) return;
      compared++;
      expect([cell(rows[i], 'rowKey'), j.label]).toEqual([cell(rows[i], 'rowKey'), cell(rows[i], 'verdict')]);
    });
    expect(compared).toBeGreaterThan(45);
  });

  test('the Google Sheet after "Kiểm tra dữ liệu"', () => {
    const world = setUpWorld();
    try {
      const sheet = world.fake.spreadsheet.api.getSheetByName(TABS.indicators.name)!;
      const values = sheet.getDataRange().getValues();
      const m = new ColumnMap('indicators', values[0]);
      for (const e of SAMPLE_INDICATOR_ENTRIES) {
        const r = values.findIndex((row) => row[m.index('rowKey')] === e.rowKey);
        for (const key of ['result', 'evidence', 'review'] as const)
          if (e[key] !== undefined) sheet.getRange(r + 1, m.index(key) + 1).setValue(e[key]);
      }
      // The sample's Lịch sử (its 2025 results), as the closing of 2025 left it: the baseline of the paths.
      const history = buildSampleWorkbook({ year: 2026, month: 12, day: 5 }).workbook.history.rows;
      const historySheet = world.fake.spreadsheet.api.getSheetByName(TABS.history.name)!;
      historySheet.getRange(2, 1, history.length, history[0].length).setValues(history);
      runValidation(world.fake.spreadsheet.api, new Date('2026-12-05T02:00:00Z'));
      const after = sheet.getDataRange().getValues();
      for (const e of SAMPLE_INDICATOR_ENTRIES) {
        const inSheet = after.find((row) => row[m.index('rowKey')] === e.rowKey)!;
        const inStart = rows.find((row) => cell(row, 'rowKey') === e.rowKey)!;
        // The reason too, where the unit typed a result (npm start also writes an explanation in empty rows). A
        // typed "=…" is a formula in the fakes (its value "#ERROR!" is read back; in the real sheet the plain-text
        // column keeps it as text): the verdict is the same, the reason words it differently.
        const sameReason = !!e.result && !e.result.startsWith('=');
        expect([e.rowKey, inSheet[m.index('verdict')], sameReason ? inSheet[m.index('reason')] : '']).toEqual([
          e.rowKey,
          cell(inStart, 'verdict'),
          sameReason ? cell(inStart, 'reason') : '',
        ]);
      }
    } finally {
      world.restore();
    }
  });
});

describe("the report's pre-flight lists the measures given two figures", () => {
  test('the sample: 5G, broadband and online public services', () => {
    const today = { year: 2026, month: 12, day: 5 };
    const assessment = assessWorkbook(buildSampleWorkbook(today).workbook, today);
    const found = measureContradictions(assessment);
    expect(found.map((c) => c.rows.map((r) => `${r.where}: ${r.shown}`))).toEqual([
      ["Phụ lục I, TT 1.2: '95,18 %'", "Phụ lục II, TT 21: '91,3%'"],
      ["Phụ lục I, TT 3.1: '92%'", "Phụ lục II, TT 2: '64%'"],
      ["Phụ lục I, TT 3.2: '98,5%'", "Phụ lục II, TT 1: '85%'"],
    ]);
    const check = preflight(assessment, found);
    expect(check.counts.contradiction).toBe(3);
    expect(check.clean).toBe(false);
  });
});
