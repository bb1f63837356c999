import { validateIndicatorEntry, validateTaskEntry } from '../../src/core/cellEdit/validateCell';
import { judgeIndicator } from '../../src/core/judging/indicator';
import { judgeTask } from '../../src/core/judging/task';

const TODAY = { year: 2026, month: 11, day: 25 };

describe('validateIndicatorEntry', () => {
  test.each<unknown>([
    '',
    '   ',
    null,
    undefined,
    '82,54%',
    '95,18 %',
    '100%',
    '≥ 60%',
    'trên 70%',
    '375/394',
    '08/08 trường',
    'Đạt',
    'Hoàn thành',
    'Không áp dụng',
    'chưa có số liệu',
    'Đã triển khai tuyên truyền rộng rãi',
    '1.500',
    82.54,
    'Ước đạt 85%',
  ])('%p is fine for a % indicator', (result) => {
    const problems = validateIndicatorEntry({ result, unitOfMeasure: '' });
    expect(problems).toEqual([]);
  });

  test.each<[unknown, string, string]>([
    ['82.5.4%', '%', "Không đọc được số: '82.5.4%'. Ví dụ hợp lệ: 82,5%"],
    ['=IMPORTXML("http://x","//a")', '%', 'Không nhập công thức vào ô kết quả. Ví dụ hợp lệ: 82,5% hoặc 375/394'],
    ['<img src=x onerror=alert(1)>', '%', 'Ô kết quả có mã HTML hoặc script'],
    ['9/8 trường', '%', "Tỷ số '9/8 trường' không hợp lệ"],
    ['0/0', '%', 'mẫu số phải khác 0'],
    ['120%', '%', "Tỷ lệ '120%' lớn hơn 100%"],
    ['1.500', '%', "Tỷ lệ '1.500' lớn hơn 100%"],
    ['1.134.256.000 đồng', '% tổng chi ngân sách nhà nước', 'Chỉ tiêu tính theo % nhưng kết quả là số tiền'],
    ['12 trường', '%', 'Chỉ tiêu tính theo % nhưng kết quả là số lượng'],
    ['khoảng 80%', '%', "Kết quả ghi gần đúng 'khoảng 80%'. Ghi số liệu cụ thể"],
    [new Date(Date.UTC(2026, 3, 3)), '%', "Ô bị hiểu thành ngày 03/04/2026. Nếu là tỷ số, gõ dấu ' trước"],
    [true, '%', 'TRUE/FALSE'],
    ['???', '%', "Ô ghi '???': không có số liệu hay chữ đọc được. Ghi số liệu (ví dụ 82,5%)"],
    ['-', '%', "Ô ghi '-': không có số liệu hay chữ đọc được"],
    ['🚀', '%', 'không có số liệu hay chữ đọc được'],
    ['- 5', '%', "Ô ghi '- 5': không rõ dấu '-' là gạch đầu dòng hay dấu âm. Ghi số liệu không kèm dấu '-', ví dụ 5%"],
    ['-5%', '%', "Ô ghi số âm '-5%': tỷ lệ, số lượng không thể âm"],
    ['-0,5', '%', 'số âm'],
    [-5, '%', 'số âm'],
    ['-3/4', '%', "Ô ghi số âm '-3/4'"],
    ['0,9', '%', "Số '0,9' không ghi % và nhỏ hơn 1. Nếu là tỷ lệ 90%, ghi 90%; nếu đúng là 0,9%, ghi 0,9%"],
    [0.8254, '%', "Số '0,8254' không ghi % và nhỏ hơn 1. Nếu là tỷ lệ 82,54%, ghi 82,54%"],
  ])('%p (ĐVT %p) is a problem', (result, unitOfMeasure, message) => {
    const problems = validateIndicatorEntry({ result, unitOfMeasure });
    expect(problems).toHaveLength(1);
    expect(problems[0].column).toBe('result');
    expect(problems[0].advice).toBeUndefined();
    expect(problems[0].message).toContain(message);
  });

  test.each<[unknown, string]>([
    [
      '1.5',
      "Đã đọc '1.5' là 1,5: theo cách viết Việt Nam, dấu thập phân là dấu phẩy (dấu chấm tách hàng nghìn). Đề nghị sửa thành 1,5",
    ],
    ['82.5%', 'Đề nghị sửa thành 82,5%'],
    ['65.50 %', 'Đề nghị sửa thành 65,50 %'],
  ])('%p is read (a decimal point) and gets advice, not an error', (result, message) => {
    const problems = validateIndicatorEntry({ result, unitOfMeasure: '%' });
    expect(problems).toEqual([{ column: 'result', message: expect.stringContaining(message), advice: true }]);
    expect(
      judgeIndicator({ name: 'x', unitOfMeasure: '%', targets: { 2026: '≥ 80' }, result, year: 2026 }).verdict,
    ).not.toBe('NEEDS_REVIEW');
  });

  test('the validator and the judge agree: every flagged result is judged NEEDS_REVIEW', () => {
    const flagged = [
      '82.5.4%',
      '=SUM(A1)',
      '???',
      '- 5',
      '-5%',
      '0,9',
      '<b>x</b>',
      '9/8',
      '120%',
      'khoảng 80%',
      '12 trường',
      '1.134.256.000 đồng',
    ];
    for (const result of flagged) {
      expect(validateIndicatorEntry({ result, unitOfMeasure: '%' }).length).toBeGreaterThan(0);
      expect(
        judgeIndicator({ name: 'x', unitOfMeasure: '%', targets: { 2026: '≥ 80' }, result, year: 2026 }).verdict,
      ).toBe('NEEDS_REVIEW');
    }
  });

  test.each(['Đạt', 'đạt', 'Vượt', 'Không đạt', 'Không áp dụng', 'KHONG AP DUNG', 'Hoàn thành', ''])(
    'review %p is fine',
    (review) => {
      expect(validateIndicatorEntry({ result: '', review })).toEqual([]);
    },
  );

  test('an unrecognised review lists the valid choices', () => {
    expect(validateIndicatorEntry({ result: '80%', review: 'tốt' })).toEqual([
      {
        column: 'review',
        message:
          "Đánh giá 'tốt' không hợp lệ. Chọn một trong: Đạt, Vượt, Không đạt, Đúng lộ trình, Chậm lộ trình, Không áp dụng",
      },
    ]);
  });

  test.each(['???', '-', '🚀', '<!--'])('a review of symbols only (%p) is not empty: it gets a note', (review) => {
    expect(validateIndicatorEntry({ result: '80%', review })).toEqual([
      { column: 'review', message: expect.stringContaining(`Đánh giá '${review}' không hợp lệ`) },
    ]);
  });

  test('a result problem and a review problem together', () => {
    expect(validateIndicatorEntry({ result: '82.5.4%', review: 'Quá hạn' }).map((p) => p.column)).toEqual([
      'result',
      'review',
    ]);
  });
});

describe('validateTaskEntry', () => {
  test.each<[unknown, unknown]>([
    ['', ''],
    ['Hoàn thành', ''],
    ['Hoàn thành', '15/09/2026'],
    ['hoàn thành', '15-9-2026'],
    ['Hoàn thành'.normalize('NFD'), new Date(Date.UTC(2026, 8, 15))],
    ['Đang thực hiện', ''],
    ['Chưa thực hiện', ''],
    ['Hoàn thành', '25/11/2026'],
  ])('status %p with date %p is fine', (status, completedOn) => {
    expect(validateTaskEntry({ status, completedOn, year: 2026, today: TODAY })).toEqual([]);
  });

  test('unknown status lists the valid choices', () => {
    expect(validateTaskEntry({ status: 'xong rồi', completedOn: '', today: TODAY })).toEqual([
      {
        column: 'status',
        message: "Tình trạng 'xong rồi' không hợp lệ. Chọn một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện",
      },
    ]);
  });

  test.each(['???', '-', '🚀', '<!--'])(
    'a status of symbols only (%p) is not empty: a note, and Cần đánh giá',
    (status) => {
      expect(validateTaskEntry({ status, completedOn: '', today: TODAY })).toEqual([
        {
          column: 'status',
          message: `Tình trạng '${status}' không hợp lệ. Chọn một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện`,
        },
      ]);
      const j = judgeTask({ completionTime: 'Hằng năm', status, completedOn: '', year: 2026, today: TODAY });
      expect([j.verdict, j.reason]).toEqual([
        'NEEDS_REVIEW',
        `Tình trạng '${status}' không hợp lệ; chọn một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện`,
      ]);
    },
  );

  test('an impossible date', () => {
    expect(validateTaskEntry({ status: 'Hoàn thành', completedOn: '31/02/2026', today: TODAY })).toEqual([
      {
        column: 'completedOn',
        message: "Ngày hoàn thành không hợp lệ: '31/02/2026'. Ghi ngày/tháng/năm, ví dụ 15/09/2026",
      },
    ]);
  });

  test('a date in the future', () => {
    const problems = validateTaskEntry({ status: 'Hoàn thành', completedOn: '26/11/2026', year: 2026, today: TODAY });
    expect(problems).toEqual([
      {
        column: 'completedOn',
        message:
          'Ngày hoàn thành 26/11/2026 ở sau hôm nay (25/11/2026). Ghi ngày đã hoàn thành thực tế, ví dụ 15/09/2026',
      },
    ]);
  });

  test('without `today`, the future is measured from now', () => {
    expect(validateTaskEntry({ status: 'Hoàn thành', completedOn: '01/01/2999' })[0].column).toBe('completedOn');
    expect(validateTaskEntry({ status: 'Hoàn thành', completedOn: '01/01/2001' })).toEqual([]);
  });

  test('a date with a status other than Hoàn thành', () => {
    expect(validateTaskEntry({ status: 'Đang thực hiện', completedOn: '10/10/2026', today: TODAY })[0].message).toBe(
      "Có ngày hoàn thành nhưng tình trạng là 'Đang thực hiện'. Nếu đã xong, chọn Hoàn thành; nếu chưa, xóa ngày hoàn thành",
    );
    expect(validateTaskEntry({ status: '', completedOn: '10/10/2026', today: TODAY })[0].message).toContain(
      'chưa chọn tình trạng',
    );
  });

  test('an unrecognised review', () => {
    expect(validateTaskEntry({ status: 'Hoàn thành', completedOn: '', review: 'Không đạt', today: TODAY })).toEqual([
      {
        column: 'review',
        message:
          "Đánh giá 'Không đạt' không hợp lệ. Chọn một trong: Hoàn thành, Hoàn thành chậm, Đang thực hiện, Quá hạn, Chưa đến hạn",
      },
    ]);
    expect(validateTaskEntry({ status: '', completedOn: '', review: 'Hoàn thành chậm', today: TODAY })).toEqual([]);
  });
});
