/**
 * The command line end to end: `npx tsx src/local/cli.ts judge FILE --year YYYY [--json]` in a child process,
 * checking stdout, stderr and the exit code, as other tools will script it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/local/cli';
import { writeWardXlsx } from './helpers/wardXlsx';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/ward-lists');
const TMP = mkdtempSync(join(tmpdir(), 'ward-lists-'));

/** npm's own warnings about the machine's npm configuration are not the tool's output. */
const withoutNpmNoise = (s: string) => s.replace(/^npm (warn|notice).*\n?/gm, '');

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/local/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: withoutNpmNoise(r.stderr) };
}

interface JsonRow {
  tt: string;
  kind: string;
  verdict: string | null;
  label: string | null;
  reason: string;
}

describe('judge --json', () => {
  test('a ";" CSV with Vietnamese headers (BOM, CRLF, quoted fields)', () => {
    const r = cli('judge', join(FIXTURES, 'phuong-tran-hung-dao-2025.csv'), '--year', '2025', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as JsonRow[];
    expect(rows.map((x) => [x.tt, x.kind, x.verdict])).toEqual([
      ['I', 'group', null],
      ['1', 'indicator', 'EXCEEDED'],
      ['2', 'indicator', 'NOT_ACHIEVED'],
      ['3', 'indicator', 'ACHIEVED'],
      ['II', 'group', null],
      ['4', 'indicator', 'EXCEEDED'],
      ['5', 'indicator', 'NOT_ACHIEVED'],
      ['6', 'indicator', 'NOT_ACHIEVED'],
      ['7', 'indicator', 'ACHIEVED'],
      ['8', 'indicator', 'NEEDS_REVIEW'],
      ['9', 'indicator', 'ACHIEVED'],
      ['10', 'indicator', 'MISSING'],
      ['11', 'indicator', 'EXCEEDED'],
      ['12', 'indicator', 'NOT_APPLICABLE'],
      ['13', 'indicator', 'NEEDS_REVIEW'],
      ['14', 'indicator', 'EXCEEDED'],
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['tt', 'kind', 'verdict', 'label', 'reason']);
    expect(rows[0]).toEqual({ tt: 'I', kind: 'group', verdict: null, label: null, reason: 'Nhóm: HẠ TẦNG SỐ' });
    expect(rows[1]).toEqual({
      tt: '1',
      kind: 'indicator',
      verdict: 'EXCEEDED',
      label: 'Vượt',
      reason: 'Kết quả 82,54% vượt chỉ tiêu ≥ 80%',
    });
    expect(rows[5].reason).toBe('Kết quả 375/394 (95,18%) vượt chỉ tiêu ≥ 87%');
    // "1.5": one dot, one digit: a decimal point, read as 1,5 and said so.
    expect(rows[7].reason).toBe("Kết quả 1,5% (ghi '1.5') thấp hơn chỉ tiêu > 50%");
    expect(rows[9].reason).toContain('đơn vị không khớp');
    expect(rows[11]).toMatchObject({
      label: 'Chưa báo cáo',
      reason: "Đơn vị ghi 'chưa có số liệu'; giải trình: 'Trạm Y tế chưa tổng hợp'",
    });
    expect(rows[14].reason).toContain('công thức');
  });

  test('the plan\'s own Phụ lục I layout (title rows above the header, "Kết quả" = target)', () => {
    const r = cli('judge', join(FIXTURES, 'phu-luc-1-hai-duong-2026.csv'), '--year', '2026', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as JsonRow[];
    expect(rows.map((x) => [x.tt, x.verdict])).toEqual([
      ['I', null],
      ['1', null],
      ['1.1', 'EXCEEDED'],
      ['1.2', 'EXCEEDED'],
      ['1.4', 'NOT_DUE'],
      ['2', 'NEEDS_REVIEW'],
      ['4', 'NOT_APPLICABLE'],
      ['7', 'EXCEEDED'],
      ['8', 'MISSING'],
      ['9', null],
      ['9.1', 'NEEDS_REVIEW'],
      ['9.4', 'NEEDS_REVIEW'],
      ['II', null],
      ['10', 'ACHIEVED'],
      ['11', 'NOT_DUE'],
    ]);
    expect(rows[2].reason).toBe('Kết quả 82,54% đã vượt chỉ tiêu ≥ 80% đến năm 2030 (đạt sớm)');
    expect(rows[14].reason).toBe(
      'Kết quả 75%, chỉ tiêu 100% đến năm 2045: chưa đến hạn, còn 25 điểm %; chưa có mốc trước hay kết quả năm trước để tính lộ trình',
    );
  });

  test('an .xlsx made in Excel (two-row header, % cells, a formula, a date cell, a hand judgement)', async () => {
    const file = join(TMP, 'phuong-phu-lien.xlsx');
    await writeWardXlsx(file);
    const r = cli('judge', file, '--year', '2027', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as JsonRow[];
    expect(rows.map((x) => [x.tt, x.kind, x.verdict, x.label])).toEqual([
      ['I', 'group', null, null],
      ['1', 'indicator', 'ON_TRACK', 'Đúng lộ trình'],
      ['2', 'indicator', 'BEHIND', 'Chậm lộ trình'],
      ['II', 'group', null, null],
      ['3', 'indicator', 'EXCEEDED', 'Vượt'],
      ['4', 'indicator', 'NEEDS_REVIEW', 'Cần đánh giá'],
      ['5', 'indicator', 'ACHIEVED', 'Đạt (Phòng VHXH)'],
      ['6', 'indicator', 'ACHIEVED', 'Đạt'],
    ]);
    // The % cell 0,8254 is read as the 82,54% it shows.
    expect(rows[1].reason).toBe(
      'Kết quả 82,54%, chỉ tiêu 100% đến năm 2030: đúng lộ trình (năm 2027 cần ≥ 76%, tính theo đường thẳng từ mức ≥ 60% của mốc năm 2025)',
    );
    expect(rows[2].reason).toBe(
      'Kết quả 75%, chỉ tiêu 90% đến năm 2030: chậm lộ trình (năm 2027 cần ≥ 78%, tính theo đường thẳng từ mức 70% của mốc năm 2025)',
    );
    expect(rows[7].reason).toBe(
      "Đơn vị báo 'Hoàn thành', không ghi số liệu; chỉ tiêu 'Đạt' đến năm 2030 được coi là đã đạt sớm",
    );
    expect(rows[4].reason).toContain('Kết quả 95,18% đã vượt chỉ tiêu ≥ 85% đến năm 2030 (đạt sớm)');
    expect(rows[5].reason).toContain('hiểu thành ngày 03/04/2027');
  });

  test('the contract as scripted: npm run --silent cli -- judge FILE --year 2025 --json', () => {
    const r = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'judge',
        join(FIXTURES, 'phuong-tran-hung-dao-2025.csv'),
        '--year',
        '2025',
        '--json',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60000,
      },
    );
    expect(r.status).toBe(0);
    expect(withoutNpmNoise(r.stderr)).toBe('');
    expect((JSON.parse(r.stdout) as JsonRow[]).length).toBe(16);
  });
});

describe('judge (readable)', () => {
  test('first which column was taken for what, then the table', () => {
    const r = cli('judge', join(FIXTURES, 'phuong-tran-hung-dao-2025.csv'), '--year', '2025');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('Dòng tiêu đề: dòng 1; năm báo cáo: 2025');
    expect(out).toMatch(/"Tên chỉ tiêu"\s+→ Tên chỉ tiêu/);
    expect(out).toMatch(/"Chỉ tiêu năm 2025"\s+→ Chỉ tiêu năm 2025/);
    expect(out).toMatch(/"Kết quả năm 2025"\s+→ Kết quả năm 2025/);
    expect(out).toMatch(/"ĐVT"\s+→ Đơn vị tính/);
    expect(out).toMatch(/"Đơn vị chủ trì"\s+→ Đơn vị chủ trì/);
    expect(out.indexOf('Cột đã nhận:')).toBeLessThan(out.indexOf('TT | Chỉ tiêu'));
    expect(out).toContain('| Vượt ');
    expect(out).toContain('Tổng cộng 14 chỉ tiêu:');
    expect(out).toContain('  Cần đánh giá: 2');
    expect(out).toContain("| Không đạt     | Kết quả 1,5% (ghi '1.5') thấp hơn chỉ tiêu > 50%");
  });

  test('the Phụ lục I layout says where its targets come from', () => {
    const r = cli('judge', join(FIXTURES, 'phu-luc-1-hai-duong-2026.csv'), '--year', '2026');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dòng tiêu đề: dòng 3');
    expect(r.stdout).toMatch(/"Kết quả"\s+→ Chỉ tiêu năm 2030\/2045 \(bố cục Phụ lục I/);
    expect(r.stdout).toMatch(/"Kết quả thực hiện năm 2026"\s+→ Kết quả năm 2026/);
  });
});

describe('files it cannot read: a Vietnamese message on stderr, exit code 2', () => {
  test('no such file', () => {
    const r = cli('judge', 'khong-co-tep-nay.csv', '--year', '2025', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Không tìm thấy tệp: khong-co-tep-nay.csv\n');
  });

  test('a corrupted .xlsx', () => {
    const file = join(TMP, 'hong.xlsx');
    writeFileSync(file, 'đây không phải tệp Excel');
    const r = cli('judge', file, '--year', '2025', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Không đọc được tệp Excel');
  });

  test('a CSV saved in a legacy code page, not UTF-8', () => {
    const file = join(TMP, 'ansi.csv');
    // "Chỉ tiêu" and "Kết quả" in Windows-1258 bytes: invalid UTF-8.
    writeFileSync(
      file,
      Buffer.from([0x43, 0x68, 0xd2, 0x20, 0x74, 0x69, 0xea, 0x75, 0x3b, 0x4b, 0xea, 0xf2, 0x74, 0x0a]),
    );
    const r = cli('judge', file, '--year', '2025', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải mã UTF-8');
    expect(r.stderr).toContain('CSV UTF-8');
  });
});

describe('the same errors, in process (run)', () => {
  async function inProcess(...args: string[]) {
    let out = '';
    let err = '';
    const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }

  test.each<[string, string[], string]>([
    ['no command', [], 'Cách dùng: npm run --silent cli -- judge'],
    ['unknown command', ['xem', 'a.csv'], "Lệnh không hợp lệ: 'xem'"],
    ['no file', ['judge', '--year', '2025'], 'Chưa chỉ ra tệp'],
    ['bad year', ['judge', 'a.csv', '--year', 'abc'], "Năm không hợp lệ cho --year: 'abc'"],
    ['unknown option', ['judge', 'a.csv', '--xml'], "Tùy chọn không hợp lệ: '--xml'"],
    ['wrong extension', ['judge', join(ROOT, 'README.md')], 'Chỉ đọc được tệp .xlsx hoặc .csv'],
    ['a folder', ['judge', FIXTURES], 'Không phải là tệp'],
  ])('%s', async (_name, args, message) => {
    const r = await inProcess(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
  });

  test('an unterminated quote', async () => {
    const file = join(TMP, 'ngoac.csv');
    writeFileSync(file, 'STT;Tên chỉ tiêu;Kết quả năm 2025\n1;"Tỷ lệ A;80%\n');
    const r = await inProcess('judge', file, '--year', '2025');
    expect([r.code, r.err]).toEqual([2, `Tệp CSV ${file} bị lỗi ở dòng 2: dấu ngoặc kép (") không được đóng\n`]);
  });

  test('no header in the first five rows', async () => {
    const file = join(TMP, 'khong-tieu-de.csv');
    writeFileSync(file, '1;2;3\n4;5;6\n');
    const r = await inProcess('judge', file, '--year', '2025');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không tìm thấy dòng tiêu đề trong 5 dòng đầu');
  });

  test('an empty file', async () => {
    const file = join(TMP, 'rong.csv');
    writeFileSync(file, '\ufeff\r\n;;\r\n');
    const r = await inProcess('judge', file, '--year', '2025');
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có dữ liệu');
  });

  test('rows it cannot judge are NEEDS_REVIEW, never a crash', async () => {
    const file = join(TMP, 'la.csv');
    writeFileSync(
      file,
      'TT,Tên chỉ tiêu,Chỉ tiêu năm 2025,Kết quả năm 2025\n1,A,≥ ???,=1/0\n2,B,,<script>x</script>\n3,C,80%,"1.2.3"\n,,,,,,\n4\n',
    );
    const r = await inProcess('judge', file, '--year', '2025', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as JsonRow[];
    expect(rows.map((x) => [x.tt, x.verdict])).toEqual([
      ['1', 'NEEDS_REVIEW'],
      ['2', 'NEEDS_REVIEW'],
      ['3', 'NEEDS_REVIEW'],
      ['4', 'MISSING'],
    ]);
  });

  test('--year=2025 and a workbook whose first sheet is a guide page', async () => {
    const file = join(TMP, 'guide-first.xlsx');
    await writeWardXlsx(file);
    const r = await inProcess('judge', file, '--year=2027');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dòng tiêu đề: dòng 2; năm báo cáo: 2027');
    expect(r.out).toMatch(/"Mục tiêu theo giai đoạn Năm 2025"\s+→ Chỉ tiêu năm 2025/);
  });
});
