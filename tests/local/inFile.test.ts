/**
 * `npm start -- --in FILE.xlsx`: the whole offline job on a copy of the real sheet (as File > Download > .xlsx gives
 * it), `--help`, unknown options, Việt Nam time in the workbook, and the Tổng hợp tab formatted as in the sheet.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { hasCode } from '../../src/core/errors';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { main } from '../../src/local/main';
import { LOCAL_TEXT } from '../../src/local/messages';
import { readWorkbookXlsx } from '../../src/local/sheet/xlsx';

const ROOT = join(__dirname, '../..');
const quiet = () => {
  const lines: string[] = [];
  return { print: (l: string) => lines.push(l), text: () => lines.join('\n') };
};

/** The paragraphs of a .docx, as Word shows their text. */
async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean);
}

/** Changes one cell of a tab, found by the row's key, in an .xlsx file (as a person would in Excel or Sheets). */
async function editCell(file: string, tab: 'indicators', rowKey: string, column: string, value: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(TABS[tab].name)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const map = new ColumnMap(tab, header);
  let done = false;
  sheet.eachRow((row) => {
    if (row.getCell(map.index('rowKey') + 1).value === rowKey) {
      row.getCell(map.index(column) + 1).value = value;
      done = true;
    }
  });
  if (!done) throw new Error(`no row ${rowKey}`);
  await book.xlsx.writeFile(file);
}

describe('npm start on the real workbook', () => {
  const first = mkdtempSync(join(tmpdir(), 'kh-in-a-'));
  const second = mkdtempSync(join(tmpdir(), 'kh-in-b-'));
  const copy = join(first, 'ke-hoach-cds-2026.xlsx');
  let secondRun = '';

  beforeAll(async () => {
    await main(['--today', '2026-12-05', '--out', first], quiet().print);
    // The office changes one result in its copy, then runs the job on it.
    await editCell(copy, 'indicators', 'PL1-1.1@TTHCC', 'result', '91,3%');
    const out = quiet();
    await main(['--today', '2026-12-05', '--in', copy, '--out', second], out.print);
    secondRun = out.text();
  }, 120_000);

  test('the report made from the file shows the changed figure, judged again', async () => {
    const before = await docxParagraphs(join(first, 'bao-cao-2026.docx'));
    const after = await docxParagraphs(join(second, 'bao-cao-2026.docx'));
    const line = (ps: string[]) => ps.find((p) => p.startsWith('- Tỉ lệ sử dụng dịch vụ công trực tuyến'));
    expect(line(before)).toContain('đạt 82,54%');
    expect(line(after)).toContain('đạt 91,3%');
    // The appendix table too: the old figure is nowhere.
    expect(after.join('\n')).not.toContain('82,54%');
    expect(after.filter((p) => p === '91,3%').length).toBeGreaterThan(0);
    expect(secondRun).toContain(LOCAL_TEXT.source.file(copy));
    expect(existsSync(join(second, 'bieu-do', 'verdicts.png'))).toBe(true);
    expect(existsSync(join(second, 'emails', '2026-12-05-tong-hop-vhxh.eml'))).toBe(true);
  });

  test('times in the workbook are Việt Nam time, and read back as the same instants', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(copy);
    const units = book.getWorksheet(TABS.units.name)!;
    const header = (units.getRow(1).values as unknown[]).slice(1);
    const map = new ColumnMap('units', header);
    const { data } = await readWorkbookXlsx(copy);
    const read = new ColumnMap('units', data.units.header);
    let checked = 0;
    units.eachRow((row, n) => {
      const cell = row.getCell(map.index('submittedAt') + 1).value;
      if (!(cell instanceof Date)) return;
      // The cell's wall clock (what Excel or Sheets shows) is the Việt Nam time of the instant read back.
      const instant = data.units.rows[n - 2][read.index('submittedAt')] as Date;
      expect(cell.getUTCHours()).toBe((instant.getUTCHours() + 7) % 24);
      expect(cell.getTime() - instant.getTime()).toBe(7 * 3600_000);
      checked++;
    });
    expect(checked).toBeGreaterThan(0);
  });

  test('Tổng hợp is laid out as in the sheet: widths, one-decimal percentages, counts as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(copy);
    const summary = book.getWorksheet(TABS.summary.name)!;
    expect(summary.getColumn(1).width).toBe(37);
    expect(summary.getColumn(2).width).toBe(16);
    const cells: { value: unknown; numFmt: string }[] = [];
    summary.eachRow((row) => row.eachCell((c) => cells.push({ value: c.value, numFmt: c.numFmt })));
    const rate = cells.find((c) => c.value === 66.7);
    expect(rate?.numFmt).toBe('0.0');
    const counts = cells.filter((c) => typeof c.value === 'number' && Number.isInteger(c.value) && c.numFmt === '0');
    expect(counts.length).toBeGreaterThan(10);
    expect(summary.getRow(1).font?.bold).toBe(true);
  });

  test('the input file is never overwritten', async () => {
    const out = quiet();
    const before = readFileSync(copy);
    await main(['--today', '2026-12-05', '--in', copy, '--out', first], out.print);
    expect(out.text()).toContain(LOCAL_TEXT.workbookSkipped(join(first, 'ke-hoach-cds-2026.xlsx')));
    expect(readFileSync(copy).equals(before)).toBe(true);
  });
});

describe('options', () => {
  test('--help prints the options and writes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kh-help-')), 'out');
    const out = quiet();
    await main(['--help', '--out', dir], out.print);
    expect(out.text()).toBe(LOCAL_TEXT.help);
    expect(out.text()).toContain('--in TỆP.xlsx');
    expect(existsSync(dir)).toBe(false);
  });

  test('an unknown option, a missing value or a file that is not the tracker: a Vietnamese error, nothing written', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kh-bad-')), 'out');
    const fails = async (argv: string[], message: string) => {
      const error = await main([...argv, '--out', dir], () => {}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(hasCode(error, 'INVALID_INPUT')).toBe(true);
      expect((error as Error).message).toBe(message);
    };
    await fails(['--input', 'x.xlsx'], LOCAL_TEXT.unknownOption('--input', '--in'));
    await fails(['--tody', '2026-12-05'], LOCAL_TEXT.unknownOption('--tody', '--today'));
    await fails(['bang-tinh.xlsx'], LOCAL_TEXT.unknownOption('bang-tinh.xlsx', '--in bang-tinh.xlsx'));
    await fails(['--in'], LOCAL_TEXT.missingValue('--in'));
    await fails(['--in', 'khong-co.xlsx'], LOCAL_TEXT.fileNotFound('khong-co.xlsx'));
    const listOnly = join(ROOT, 'tests/fixtures/ward-lists/phuong-phu-lien-2027.xlsx');
    await fails(['--in', listOnly], LOCAL_TEXT.notTracker(listOnly, '"Cấu hình", "Đơn vị", "Nhiệm vụ"'));
    expect(existsSync(dir)).toBe(false);
  });

  test('from the shell: exit code 2 and the message on stderr for an unknown option, 0 and the help for --help', () => {
    const run = (args: string[]) =>
      spawnSync('npx', ['tsx', 'src/local/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const bad = run(['--xyz']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(LOCAL_TEXT.unknownOption('--xyz', null));
    const help = run(['-h']);
    expect(help.status).toBe(0);
    expect(help.stdout.trim()).toBe(LOCAL_TEXT.help);
  }, 120_000);
});
