import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvError, detectDelimiter, parseCsv } from '../../src/core/wardList/csv';
import { classifyHeader } from '../../src/core/wardList/header';
import { judgeWardList, toJsonRows } from '../../src/core/wardList/judge';
import { readWardList, WardListError } from '../../src/core/wardList/wardList';

const FIXTURES = join(__dirname, '../fixtures/ward-lists');

describe('header matching', () => {
  test.each<[string, string | null, number | null]>([
    ['STT', 'tt', null],
    ['TT', 'tt', null],
    ['Số TT', 'tt', null],
    ['Chỉ tiêu', 'name', null],
    ['CHỈ TIÊU', 'name', null],
    ['Tên chỉ tiêu', 'name', null],
    ['Ten chi tieu', 'name', null],
    ['Nội dung', 'name', null],
    ['Mục tiêu cụ thể', 'name', null],
    ['Chỉ tiêu năm 2025', 'target', 2025],
    ['Chỉ tiêu\nnăm 2025', 'target', 2025],
    ['Mục tiêu năm 2025', 'target', 2025],
    ['Kế hoạch năm 2025', 'target', 2025],
    ['KH 2025', 'target', 2025],
    ['Năm 2030', 'target', 2030],
    ['Năm\n2030', 'target', 2030],
    ['2035', 'target', 2035],
    ['Chỉ tiêu 2025', 'target', 2025],
    ['Mục tiêu đến năm 2030', 'target', 2030],
    ['Chỉ tiêu kế hoạch', 'target', null],
    ['Kết quả năm 2025', 'result', 2025],
    ['Kết quả thực hiện năm 2025', 'result', 2025],
    ['Thực hiện năm 2025', 'result', 2025],
    ['Ước TH 2025', 'result', 2025],
    ['Kết quả năm báo cáo', 'result', null],
    ['Kết quả', 'bareResult', null],
    ['  KẾT   QUẢ ', 'bareResult', null],
    ['ĐVT', 'unitOfMeasure', null],
    ['Đơn vị tính', 'unitOfMeasure', null],
    ['Đơn vị chủ trì', 'lead', null],
    ['Cơ quan chủ trì', 'lead', null],
    ['Cơ quan chủ trì\ntham mưu thực hiện', 'lead', null],
    ['Cơ quan chủ trì theo dõi, đánh giá', 'lead', null],
    ['Cơ quan phối hợp', 'coordinators', null],
    ['Giải trình, minh chứng', 'evidence', null],
    ['Ghi chú', 'evidence', null],
    ['Đánh giá của Phòng VHXH', 'review', null],
    ['Đánh giá', 'ignored', null],
    ['Lý do', 'ignored', null],
    ['Sản phẩm đầu ra', 'ignored', null],
    ['Màu sắc', null, null],
  ])('%p → %s %s', (header, role, year) => {
    const c = classifyHeader(header);
    if (role === null) expect(c).toBeNull();
    else expect([c?.role, c?.year ?? null]).toEqual([role, year]);
  });
});

describe('readWardList', () => {
  test('the header may sit on rows 1–5, after title rows', () => {
    const grid = [
      ['UBND PHƯỜNG PHÙ LIỄN', '', ''],
      ['BẢNG CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025', '', ''],
      [],
      ['TT', 'Tên chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025'],
      ['1', 'Tỷ lệ A', '≥ 80%', '82,54%'],
    ];
    const list = readWardList(grid, 2025);
    expect(list.headerLine).toBe(4);
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({
      line: 5,
      tt: '1',
      kind: 'indicator',
      targets: { '2025': '≥ 80%' },
      result: '82,54%',
    });
    expect(judgeWardList(list)[0].judgement?.verdict).toBe('EXCEEDED');
  });

  test('a header after row 5 is not looked for', () => {
    const grid = [['x'], ['x'], ['x'], ['x'], ['x'], ['TT', 'Tên chỉ tiêu', 'Chỉ tiêu năm 2025'], ['1', 'A', '80%']];
    expect(() => readWardList(grid, 2025)).toThrow(WardListError);
  });

  test('an empty table', () => {
    expect(() => readWardList([[''], []], 2025)).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  test('"Chỉ tiêu" is the name, "Chỉ tiêu năm 2025" the target, in the same header', () => {
    const list = readWardList(
      [
        ['Chỉ tiêu', 'Chỉ tiêu năm 2025', 'Chỉ tiêu năm 2030', 'Kết quả năm 2024', 'Kết quả năm 2025'],
        ['Tỷ lệ A', '80%', '100%', '70%', '85%'],
      ],
      2025,
    );
    expect(list.columns.map((c) => [c.role, c.year])).toEqual([
      ['name', null],
      ['target', 2025],
      ['target', 2030],
      [null, null],
      ['result', 2025],
    ]);
    expect(list.columns[3].description).toBe('không dùng: kết quả năm 2024, khác năm báo cáo');
    expect(list.rows[0]).toMatchObject({ name: 'Tỷ lệ A', targets: { '2025': '80%', '2030': '100%' }, result: '85%' });
  });

  test("--year picks the year: the other year's result column is not used", () => {
    const grid = [
      ['Chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025'],
      ['Tỷ lệ A', '80%', '85%'],
    ];
    const list = readWardList(grid, 2026);
    expect(list.columns[2].role).toBeNull();
    expect(list.warnings.join(' ')).toContain('Không thấy cột kết quả năm 2026');
    expect(judgeWardList(list)[0].judgement?.verdict).toBe('MISSING');
  });

  test('"Nội dung | Chỉ tiêu | Kết quả thực hiện": with a more specific name column, "Chỉ tiêu" holds the target', () => {
    const list = readWardList(
      [
        ['STT', 'Nội dung', 'Chỉ tiêu', 'Kết quả thực hiện'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến', '≥ 87%', '90%'],
      ],
      2025,
    );
    expect(list.columns.map((c) => [c.role, c.year])).toEqual([
      ['tt', null],
      ['name', null],
      ['target', 2025],
      ['result', 2025],
    ]);
    expect(judgeWardList(list)[0].judgement?.verdict).toBe('EXCEEDED');
  });

  test('a bare "Kết quả" next to a target column is the result', () => {
    const list = readWardList(
      [
        ['STT', 'Nội dung', 'Kế hoạch năm 2025', 'Kết quả'],
        ['1', 'Tỷ lệ A', '≥ 90%', '95%'],
      ],
      2025,
    );
    expect(list.appendixOneLayout).toBe(false);
    expect(list.columns[3]).toMatchObject({ role: 'result', year: 2025 });
  });

  test('the plan\'s Phụ lục I layout: a bare "Kết quả" holds the 2030 or 2045 target, by group row', () => {
    const list = readWardList(
      [
        ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì tham mưu thực hiện', 'Kết quả năm 2026'],
        ['I', 'Đến năm 2030', '', '', '', ''],
        ['1.1', 'Tỉ lệ sử dụng dịch vụ công trực tuyến', '%', '≥ 80', 'Trung tâm phục vụ hành chính công', '82,54%'],
        ['II', 'Đến năm 2045', '', '', '', ''],
        ['10', 'Mức độ chuyển đổi số', '%', '100', 'Phòng Văn hóa - Xã hội', '100%'],
      ],
      2026,
    );
    expect(list.appendixOneLayout).toBe(true);
    expect(list.columns[3].role).toBe('target');
    expect(list.columns[3].description).toContain('Chỉ tiêu năm 2030/2045');
    expect(list.rows.map((r) => [r.tt, r.kind, r.targets])).toEqual([
      ['I', 'group', {}],
      ['1.1', 'indicator', { '2030': '≥ 80' }],
      ['II', 'group', {}],
      ['10', 'indicator', { '2045': '100' }],
    ]);
    const judged = judgeWardList(list);
    expect(judged[1].judgement).toMatchObject({ verdict: 'EXCEEDED', targetYear: 2030 });
    expect(judged[3].judgement).toMatchObject({ verdict: 'ACHIEVED', targetYear: 2045 });
  });

  test('group rows: Roman numerals and parent items without target or result', () => {
    const list = readWardList(
      [
        ['TT', 'Tên chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025'],
        ['I', 'HẠ TẦNG SỐ', '', ''],
        ['1', 'Chỉ tiêu về dịch vụ công', '', ''],
        ['1.1', 'Tỷ lệ A', '80%', '90%'],
        ['2', 'Tỷ lệ B không có chỉ tiêu', '', ''],
        ['III', 'Nhóm có chỉ tiêu', '50%', ''],
        ['IV.', 'CHUYỂN ĐỔI SỐ', '', ''],
      ],
      2025,
    );
    expect(list.rows.map((r) => [r.tt, r.kind])).toEqual([
      ['I', 'group'],
      ['1', 'group'],
      ['1.1', 'indicator'],
      ['2', 'indicator'],
      ['III', 'indicator'],
      ['IV', 'group'],
    ]);
    const json = toJsonRows(judgeWardList(list));
    expect(json[0]).toEqual({ tt: 'I', kind: 'group', verdict: null, label: null, reason: 'Nhóm: HẠ TẦNG SỐ' });
    expect(json[3]).toMatchObject({ tt: '2', kind: 'indicator', verdict: 'MISSING' });
  });

  test('a column-number row under the header is skipped; blank rows are not data rows', () => {
    const list = readWardList(
      [
        ['TT', 'Tên chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025'],
        ['(1)', '(2)', '(3)', '(4)'],
        ['1', 'Tỷ lệ A', '80%', '90%'],
        ['', '', '', ''],
        ['2', 'Tỷ lệ B', '80%', '70%'],
      ],
      2025,
    );
    expect(list.rows.map((r) => r.tt)).toEqual(['1', '2']);
    expect(list.rows[1].line).toBe(5);
  });

  test('a two-row header: years under a spanning cell', () => {
    const list = readWardList(
      [
        ['STT', 'Chỉ tiêu', 'Mục tiêu theo giai đoạn', '', 'Kết quả năm 2027'],
        ['', '', '2025', '2030', ''],
        ['1', 'Tỷ lệ A', '≥ 60%', '100%', '85%'],
      ],
      2027,
    );
    expect(list.columns.filter((c) => c.role === 'target').map((c) => c.year)).toEqual([2025, 2030]);
    const j = judgeWardList(list)[0].judgement!;
    expect([j.verdict, j.track]).toEqual(['ON_TRACK', 'ON_TRACK']);
  });

  test('TT stored as numbers (Excel turns "1.1" into 1.1) still nests', () => {
    const list = readWardList(
      [
        ['TT', 'Tên chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025'],
        [1, 'Chỉ tiêu về dịch vụ công', '', ''],
        [1.1, 'Tỷ lệ A', '80%', '90%'],
      ],
      2025,
    );
    expect(list.rows.map((r) => [r.tt, r.kind])).toEqual([
      ['1', 'group'],
      ['1.1', 'indicator'],
    ]);
  });

  test('a two-row header where "Chỉ tiêu" spans the years and "Nội dung" is the name', () => {
    const list = readWardList(
      [
        ['TT', 'Nội dung', 'Chỉ tiêu', '', 'Kết quả năm 2026'],
        ['', '', 'Năm 2025', 'Năm 2030', ''],
        ['1', 'Tỷ lệ A', '60%', '100%', '70%'],
      ],
      2026,
    );
    expect(list.columns.map((c) => [c.role, c.year])).toEqual([
      ['tt', null],
      ['name', null],
      ['target', 2025],
      ['target', 2030],
      ['result', 2026],
    ]);
    expect(judgeWardList(list)[0].judgement).toMatchObject({ verdict: 'ON_TRACK', track: 'ON_TRACK' });
  });

  test('numbers and dates in cells', () => {
    const list = readWardList(
      [
        ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025'],
        ['Tỷ lệ A', '%', 80, 85],
        ['Tỷ lệ B', '%', 80, new Date(Date.UTC(2025, 3, 3))],
      ],
      2025,
    );
    const judged = judgeWardList(list);
    expect(judged[0].judgement?.verdict).toBe('EXCEEDED');
    expect(judged[1].judgement?.verdict).toBe('NEEDS_REVIEW');
  });

  test('our own sheet tab reads back (schema headers)', () => {
    const list = readWardList(
      [
        [
          'Mã dòng',
          'Phụ lục',
          'Nhóm',
          'TT',
          'Chỉ tiêu',
          'ĐVT',
          'Chỉ tiêu 2025',
          'Chỉ tiêu 2030',
          'Đơn vị chủ trì',
          'Kết quả năm báo cáo',
          'Giải trình, minh chứng',
          'Đánh giá của Phòng VHXH',
          'Chỉ tiêu áp dụng',
          'Đánh giá',
          'Lý do',
        ],
        [
          'PL2-1@VHXH',
          'II',
          'Hạ tầng',
          '1',
          'Tỷ lệ phủ sóng 5G',
          '',
          '≥60%',
          '100%',
          'Phòng Văn hóa - Xã hội',
          '85%',
          '',
          '',
          '100%',
          'Không đạt',
          '…',
        ],
      ],
      2026,
    );
    const roles = list.columns.filter((c) => c.role).map((c) => c.role);
    expect(roles).toEqual([
      'rowKey',
      'tt',
      'name',
      'unitOfMeasure',
      'target',
      'target',
      'lead',
      'result',
      'evidence',
      'review',
    ]);
    expect(judgeWardList(list)[0].judgement).toMatchObject({ verdict: 'ON_TRACK', track: 'ON_TRACK' });
  });

  test('the ";" fixture', () => {
    const grid = parseCsv(readFileSync(join(FIXTURES, 'phuong-tran-hung-dao-2025.csv'), 'utf8'));
    const list = readWardList(grid, 2025);
    expect(list.columns.map((c) => c.role)).toEqual([
      'tt',
      'name',
      'unitOfMeasure',
      'target',
      'result',
      'lead',
      'evidence',
    ]);
    expect(list.rows[9].evidence).toBe('Tổng chi ngân sách phường: 52,4 tỷ đồng; số liệu tạm tính');
    expect(list.rows[10].name).toBe('Xây dựng mô hình "Tổ dân phố số"');
  });
});

describe('parseCsv', () => {
  test('quoted fields, doubled quotes, line breaks inside quotes, CRLF, BOM', () => {
    const text = '\ufeffa;b;c\r\n1;"x;y";"he said ""hi"""\r\n2;"two\nlines";\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'he said "hi"'],
      ['2', 'two\nlines', ''],
    ]);
  });

  test('the delimiter is the one that splits rows consistently (decimal commas do not fool it)', () => {
    expect(detectDelimiter('STT;Tên chỉ tiêu;Kết quả\n1;Tỷ lệ A, B;82,54%\n2;C;95,18%\n')).toBe(';');
    expect(detectDelimiter('STT,Tên chỉ tiêu,Kết quả\n1,"Tỷ lệ A; B","82,54%"\n')).toBe(',');
    expect(detectDelimiter('STT\tTên\tKết quả\n1\tA\t80%\n')).toBe('\t');
  });

  test('no trailing newline; a last empty field', () => {
    expect(parseCsv('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  test('an unterminated quote is an error with its line', () => {
    expect(() => parseCsv('a,b\n1,"abc\n2,3\n')).toThrow(CsvError);
    try {
      parseCsv('a,b\n1,"abc\n2,3\n');
    } catch (e) {
      expect((e as CsvError).line).toBe(2);
    }
  });
});

describe("a ward's own list says which rows are one measure", () => {
  const header = ['TT', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2026', 'Kết quả năm 2026', 'Mã chỉ số', 'Cùng chỉ số với'];
  test('"Mã chỉ số" shared by rows, or "Cùng chỉ số với" naming a TT: different figures flagged on both', () => {
    const list = readWardList(
      [
        header,
        ['1', 'Tỷ lệ phủ sóng 5G', '%', '100', '98,5%', '5G', ''],
        ['2', 'Tỷ lệ hộ có cáp quang', '%', '≥ 80', '92%', '', ''],
        ['3', 'Phủ sóng 5G (theo doanh nghiệp)', '%', '≥ 90', '85%', '5G', ''],
        ['4', 'Tỷ lệ hộ gia đình dùng cáp quang', '%', '≥ 80', '64%', '', '2'],
        ['5', 'Tỷ lệ người dùng Internet', '%', '≥ 80', '90%', '', '9'],
      ],
      2026,
    );
    expect(list.columns.map((c) => c.role)).toEqual([
      'tt',
      'name',
      'unitOfMeasure',
      'target',
      'result',
      'measure',
      'sameAs',
    ]);
    expect(list.warnings).toContainEqual(expect.stringContaining('Dòng 6: cột "Cùng chỉ số với" ghi \'9\''));
    const judged = judgeWardList(list).map((j) => [j.row.tt, j.judgement!.verdict, j.judgement!.reason]);
    expect(judged).toEqual([
      [
        '1',
        'NEEDS_REVIEW',
        "Cùng một chỉ số với TT 3 nhưng hai dòng ghi hai số liệu khác nhau (dòng này '98,5%', TT 3 '85%'): cần thống nhất một số liệu",
      ],
      [
        '2',
        'NEEDS_REVIEW',
        "Cùng một chỉ số với TT 4 nhưng hai dòng ghi hai số liệu khác nhau (dòng này '92%', TT 4 '64%'): cần thống nhất một số liệu",
      ],
      ['3', 'NEEDS_REVIEW', expect.stringContaining('Cùng một chỉ số với TT 1')],
      ['4', 'NEEDS_REVIEW', expect.stringContaining('Cùng một chỉ số với TT 2')],
      ['5', 'EXCEEDED', 'Kết quả 90% vượt chỉ tiêu ≥ 80%'],
    ]);
  });

  test.each([
    ['Cùng chỉ tiêu với', 'sameAs'],
    ['Trùng với chỉ tiêu', 'sameAs'],
    ['Cùng số liệu với', 'sameAs'],
    ['Cùng chỉ tiêu với (TT)', 'sameAs'],
    ['Trùng chỉ tiêu với STT', 'sameAs'],
    ['Mã chỉ số chung', 'measure'],
  ])('the header %p is the column of %p', (text, role) => {
    expect(classifyHeader(text)).toMatchObject({ role });
  });

  test('the same figure in both rows is fine; a list exported from the sheet keeps the plan\'s links ("Mã dòng")', () => {
    const list = readWardList(
      [
        ['Mã dòng', 'TT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu 2030', 'Kết quả năm báo cáo'],
        ['PL1-3.2@VHXH', '3.2', 'Phủ sóng 5G cho người dân', '% dân số', '100', '98,5%'],
        ['PL2-1@VHXH', '1', 'Tỷ lệ phủ sóng 5G trên địa bàn phường', '', '100%', '98,50%'],
        ['PL2-2@VHXH', '2', 'Băng rộng cố định trên 1 Gbps', '', '100%', '64%'],
      ],
      2026,
    );
    const judged = judgeWardList(list);
    expect(judged.map((j) => j.row.measure !== null)).toEqual([true, true, false]);
    expect(judged.map((j) => j.judgement!.verdict)).toEqual(['NOT_DUE', 'NOT_DUE', 'NOT_DUE']);
  });
});
