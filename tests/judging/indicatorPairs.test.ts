/**
 * Real-world target/result pairs, as the plan and other wards write targets and as unit staff type results.
 * Each row: target text, "Đơn vị tính" column, result cell, expected verdict, fragments the reason must contain.
 * Judged for a single milestone year equal to the reporting year (milestones are tested in indicator.test.ts).
 */
import { judgeIndicator } from '../../src/core/judging/indicator';
import type { IndicatorVerdict } from '../../src/core/judging/verdicts';

type Row = [target: string, unit: string, result: unknown, verdict: IndicatorVerdict, ...fragments: string[]];

const NFD = (s: string) => s.normalize('NFD');
const COMPOUND =
  '≥ 95 đối với cơ sở giáo dục phổ thông và giáo dục thường xuyên ≥ 95 đối với cơ sở giáo dục mầm non và các cơ quan quản lý giáo dục';
const BUDGET = '% tổng chi ngân sách nhà nước';

const PAIRS: Row[] = [
  // "≥ 80" with the unit in the ĐVT column (Phụ lục I)
  ['≥ 80', '%', '82,54%', 'EXCEEDED', 'Kết quả 82,54% vượt chỉ tiêu ≥ 80%'],
  ['≥ 80', '%', '80%', 'ACHIEVED', 'Kết quả 80% đạt chỉ tiêu ≥ 80%'],
  ['≥ 80', '%', '79,99%', 'NOT_ACHIEVED', 'Kết quả 79,99% thấp hơn chỉ tiêu ≥ 80%'],
  ['≥ 80', '%', '80', 'ACHIEVED', 'Kết quả 80% đạt'],
  ['≥ 80', '%', '80,0%', 'ACHIEVED', 'Kết quả 80%'],
  ['≥ 80', '%', '80 %', 'ACHIEVED'],
  ['≥ 80', '%', '0%', 'NOT_ACHIEVED', 'thấp hơn'],
  ['≥ 80', '%', '100%', 'EXCEEDED', 'vượt chỉ tiêu ≥ 80%'],
  ['≥ 80', '%', '  85%  ', 'EXCEEDED'],
  ['≥ 80', '%', 85, 'EXCEEDED', 'Kết quả 85% vượt'],
  ['≥ 80', '%', 82.54, 'EXCEEDED', '82,54%'],
  ['≥ 80', '%', 80, 'ACHIEVED'],
  ['≥ 80', '%', 0.8254, 'NEEDS_REVIEW', 'Kết quả 0,8254 không ghi % và nhỏ hơn 1', '82,54%'],
  ['≥ 80', '%', '0,9', 'NEEDS_REVIEW', 'nếu là 0,9% hay 90%'],
  ['≥ 80', '%', '0,9%', 'NOT_ACHIEVED', 'Kết quả 0,9% thấp hơn'],
  ['≥ 80', '%', '82.54%', 'EXCEEDED', "Kết quả 82,54% (ghi '82.54%') vượt chỉ tiêu ≥ 80%"],
  ['≥ 80', '%', '65.5%', 'NOT_ACHIEVED', "Kết quả 65,5% (ghi '65.5%') thấp hơn chỉ tiêu ≥ 80%"],
  ['≥80', '%', '81%', 'EXCEEDED'],
  ['>= 80%', '', '81%', 'EXCEEDED', '≥ 80%'],
  ['=> 80%', '', '80%', 'ACHIEVED'],
  // bare numbers: "at least"
  ['90', '%', '95,18 %', 'EXCEEDED', 'Kết quả 95,18% vượt chỉ tiêu 90%'],
  ['90', '%', '90%', 'ACHIEVED', 'đạt chỉ tiêu 90%'],
  ['90', '%', '89,9%', 'NOT_ACHIEVED', 'Kết quả 89,9% thấp hơn chỉ tiêu 90%'],
  ['90', '%', '95,18\u00a0%', 'EXCEEDED', '95,18%'],
  ['90', '%', NFD('95,18 %'), 'EXCEEDED'],
  ['90', '% dân số', '91%', 'EXCEEDED'],
  // "100"
  ['100', '%', '100%', 'ACHIEVED', 'Kết quả 100% đạt chỉ tiêu 100%'],
  ['100', '%', '99,99%', 'NOT_ACHIEVED', 'thấp hơn chỉ tiêu 100%'],
  ['100', '%', '375/394', 'NOT_ACHIEVED', 'Kết quả 375/394 (95,18%) thấp hơn chỉ tiêu 100%'],
  ['100', '%', '394/394', 'ACHIEVED', '394/394 (100%)'],
  ['100', '%', '08/08 trường', 'ACHIEVED', 'Kết quả 8/8 (100%) đạt chỉ tiêu 100%'],
  ['100', '%', '101%', 'NEEDS_REVIEW', 'Tỷ lệ 101% lớn hơn 100%'],
  ['100', '%', 'Đạt', 'ACHIEVED', "Đơn vị báo 'Đạt', không ghi số liệu; chỉ tiêu 100% được coi là đạt"],
  ['100', '%', 'Hoàn thành', 'ACHIEVED', "Đơn vị báo 'Hoàn thành', không ghi số liệu"],
  ['100', '%', NFD('Hoàn thành'), 'ACHIEVED', "Đơn vị báo 'Hoàn thành'"],
  ['100', '%', 'Đã hoàn thành', 'ACHIEVED', 'không ghi số liệu'],
  ['100', '%', 'đã hoàn thành 100%', 'ACHIEVED', 'Kết quả 100% đạt chỉ tiêu 100%'],
  ['100', '%', 'Hoàn thành 100% kế hoạch', 'ACHIEVED', 'Kết quả 100% đạt'],
  ['100', '%', 'Vượt', 'ACHIEVED', "Đơn vị báo 'Vượt'"],
  ['100', '%', 'Chưa hoàn thành', 'NOT_ACHIEVED', "Đơn vị báo 'Chưa hoàn thành' so với chỉ tiêu 100%"],
  ['≥ 95', '%', 'Đạt', 'NEEDS_REVIEW', "Đơn vị tự đánh giá 'Đạt', không có số liệu"],
  ['≥ 95', '%', 'Hoàn thành', 'NEEDS_REVIEW', 'tự đánh giá'],
  ['100', '%', 'Có', 'NEEDS_REVIEW', 'tự đánh giá'],
  ['100', '% dân số', '98,5%', 'NOT_ACHIEVED', 'Kết quả 98,5% thấp hơn chỉ tiêu 100%'],
  ['100', '%', '“100%”', 'ACHIEVED'],
  ['100', '%', "'100%'", 'ACHIEVED'],
  // "≥60%" (Phụ lục II: the unit in the target, ĐVT empty)
  ['≥60%', '', '64%', 'EXCEEDED', 'Kết quả 64% vượt chỉ tiêu ≥ 60%'],
  ['≥60%', '', '60%', 'ACHIEVED'],
  ['≥60%', '', '59%', 'NOT_ACHIEVED', 'thấp hơn chỉ tiêu ≥ 60%'],
  ['≥60%', '', '≥ 60%', 'ACHIEVED', "Kết quả '≥ 60%' đạt (ít nhất) chỉ tiêu ≥ 60%"],
  ['≥60%', '', '≥ 70%', 'EXCEEDED'],
  ['≥60%', '', 'trên 60%', 'EXCEEDED'],
  ['≥60%', '', 'trên 50%', 'NEEDS_REVIEW', "Kết quả ghi 'trên 50%' không đủ để so với chỉ tiêu ≥ 60%"],
  ['≥60%', '', 'dưới 50%', 'NOT_ACHIEVED'],
  ['≥60%', '', '375/394', 'EXCEEDED'],
  ['≥ 90%', '', '95,18 %', 'EXCEEDED', 'vượt chỉ tiêu ≥ 90%'],
  ['≥ 90%', '', '82,54%', 'NOT_ACHIEVED', 'Kết quả 82,54% thấp hơn chỉ tiêu ≥ 90%'],
  // "> 50%" / ">50%": a value above 50 meets it; there is no level to exceed
  ['> 50%', '%', '60%', 'ACHIEVED', 'Kết quả 60% đạt chỉ tiêu > 50%'],
  ['> 50%', '%', '50%', 'NOT_ACHIEVED', 'Kết quả 50% chưa đạt chỉ tiêu > 50%'],
  ['> 50%', '%', '50,01%', 'ACHIEVED'],
  ['> 50%', '%', '49%', 'NOT_ACHIEVED', 'thấp hơn chỉ tiêu > 50%'],
  ['>50%', '%', '75%', 'ACHIEVED', '> 50%'],
  ['>50%', '%', 'trên 50%', 'ACHIEVED'],
  ['>50%', '%', '≥ 50%', 'NEEDS_REVIEW', 'không đủ để so'],
  // "100%." (a trailing full stop)
  ['100%.', '%', '100%', 'ACHIEVED', 'chỉ tiêu 100%'],
  ['100%.', '%', '95%', 'NOT_ACHIEVED', 'Kết quả 95% thấp hơn chỉ tiêu 100%'],
  // "trên 90%"
  ['trên 90%', '%', '91%', 'ACHIEVED', 'đạt chỉ tiêu > 90%'],
  ['trên 90%', '%', '90%', 'NOT_ACHIEVED', 'chưa đạt chỉ tiêu > 90%'],
  ['Trên 90%', '%', '92,5%', 'ACHIEVED'],
  ['trên\u00a090%', '%', '89%', 'NOT_ACHIEVED'],
  // "tối thiểu 80%"
  ['tối thiểu 80%', '%', '80%', 'ACHIEVED', 'chỉ tiêu ≥ 80%'],
  ['tối thiểu 80%', '%', '81%', 'EXCEEDED'],
  ['Tối thiểu 80%', '%', '70%', 'NOT_ACHIEVED'],
  ['không dưới 70%', '', '70%', 'ACHIEVED', '≥ 70%'],
  ['từ 80% trở lên', '', '80%', 'ACHIEVED', '≥ 80%'],
  // "ít nhất 3%"
  ['ít nhất 3%', '%', '3%', 'ACHIEVED', 'chỉ tiêu ≥ 3%'],
  ['ít nhất 3%', '%', '2,9%', 'NOT_ACHIEVED'],
  ['ít nhất 3%', '%', '3,5%', 'EXCEEDED'],
  // "Phấn đấu đạt 3%" with the budget unit
  ['Phấn đấu đạt 3%', BUDGET, '3%', 'ACHIEVED', 'Kết quả 3% đạt chỉ tiêu 3%'],
  ['Phấn đấu đạt 3%', BUDGET, '2,16%', 'NOT_ACHIEVED', 'Kết quả 2,16% thấp hơn chỉ tiêu 3%'],
  ['Phấn đấu đạt 3%', BUDGET, '3,2%', 'EXCEEDED'],
  ['Phấn đấu đạt 3%', BUDGET, '1.134.256.000 đồng', 'NEEDS_REVIEW', 'đơn vị không khớp', 'số tiền', BUDGET],
  ['Phấn đấu đạt 3%', BUDGET, '52,4 tỷ đồng', 'NEEDS_REVIEW', 'đơn vị không khớp'],
  ['Phấn đấu đạt 3%', BUDGET, '1.134.256.000đ', 'NEEDS_REVIEW', 'đơn vị không khớp'],
  ['Phấn đấu đạt 3%', BUDGET, '2,16', 'NOT_ACHIEVED', '2,16%'],
  // "phấn đấu ít nhất 3%"
  ['phấn đấu ít nhất 3%', '', '3%', 'ACHIEVED', 'chỉ tiêu ≥ 3%'],
  ['phấn đấu ít nhất 3%', '', '2,16%', 'NOT_ACHIEVED', 'thấp hơn chỉ tiêu ≥ 3%'],
  // "Đạt 3%", "Đạt trên 3%", "Đạt 100%"
  ['Đạt 3%', '', '3%', 'ACHIEVED'],
  ['Đạt 3%', '', '4%', 'EXCEEDED', 'vượt chỉ tiêu 3%'],
  ['Đạt 3%', '', '2%', 'NOT_ACHIEVED'],
  ['Đạt trên 3%', '', '3%', 'NOT_ACHIEVED', 'chưa đạt chỉ tiêu > 3%'],
  ['Đạt trên 3%', '', '3,1%', 'ACHIEVED'],
  ['Đạt 100%', '', '100%', 'ACHIEVED'],
  ['= 100%', '', '100%', 'ACHIEVED'],
  // ranges
  ['80-90%', '', '85%', 'ACHIEVED', 'Kết quả 85% đạt chỉ tiêu 80-90%'],
  ['80-90%', '', '80%', 'ACHIEVED'],
  ['80-90%', '', '90%', 'ACHIEVED'],
  ['80-90%', '', '91%', 'EXCEEDED', 'vượt chỉ tiêu 80-90%'],
  ['80-90%', '', '79%', 'NOT_ACHIEVED', 'thấp hơn chỉ tiêu 80-90%'],
  ['80 - 90 %', '', '85%', 'ACHIEVED'],
  ['80–90%', '', '85%', 'ACHIEVED'],
  ['từ 80% đến 90%', '', '95%', 'EXCEEDED'],
  ['80-90', '%', '85', 'ACHIEVED', '80-90%'],
  // qualitative targets
  ['Đạt', '', 'Đạt', 'ACHIEVED', "Đơn vị báo 'Đạt', không ghi số liệu; chỉ tiêu 'Đạt' được coi là đạt"],
  ['Đạt', '', 'Không đạt', 'NOT_ACHIEVED', "Đơn vị báo 'Không đạt'"],
  ['Đạt', '', 'Đã xây dựng 3 mô hình', 'NEEDS_REVIEW', "Chỉ tiêu định tính 'Đạt'"],
  ['Đạt', '', '100%', 'NEEDS_REVIEW', 'định tính'],
  ['Đạt', '', '', 'MISSING', 'Chưa nhập kết quả'],
  ['Hoàn thành', '', 'Hoàn thành', 'ACHIEVED', "chỉ tiêu 'Hoàn thành' được coi là đạt"],
  ['Xây dựng xong đề án', '', 'Hoàn thành', 'NEEDS_REVIEW', "Chỉ tiêu định tính 'Xây dựng xong đề án'"],
  ['Có', '', 'Có', 'ACHIEVED', "Đơn vị báo 'Có'"],
  // "-": no target this stage
  ['-', '%', '70%', 'NOT_APPLICABLE', 'Năm 2025 không có chỉ tiêu', "kết quả đã nhập '70%' không dùng"],
  ['-', '%', '', 'NOT_APPLICABLE', "ghi '-'"],
  ['–', '%', '', 'NOT_APPLICABLE'],
  ['Không áp dụng', '', '50%', 'NOT_APPLICABLE'],
  // compound targets
  [
    COMPOUND,
    '%',
    '08/08 trường',
    'NEEDS_REVIEW',
    'Chỉ tiêu gồm 2 phần',
    '(1) ≥ 95 đối với cơ sở giáo dục phổ thông',
    '(2) ≥ 95 đối với cơ sở giáo dục mầm non',
  ],
  [COMPOUND, '%', '', 'MISSING'],
  [
    '95% đối với trường THCS; 90% đối với trường tiểu học',
    '',
    '92%',
    'NEEDS_REVIEW',
    'gồm 2 phần',
    '(2) 90% đối với trường tiểu học',
  ],
  ['95% đối với trường THCS, 90% đối với trường tiểu học', '', '92%', 'NEEDS_REVIEW', 'gồm 2 phần'],
  // compound targets, part by part
  [
    COMPOUND,
    '%',
    'Phổ thông, GDTX: 96%; mầm non, cơ quan quản lý: 95%',
    'ACHIEVED',
    'Chỉ tiêu gồm 2 phần, đạt cả 2 phần: (1) 96% so với ≥ 95% đối với cơ sở giáo dục phổ thông',
  ],
  [
    COMPOUND,
    '%',
    'mầm non: 97%; phổ thông: 96%',
    'EXCEEDED',
    'vượt cả 2 phần',
    '(2) 97% so với ≥ 95% đối với cơ sở giáo dục mầm non',
  ],
  [
    COMPOUND,
    '%',
    'phổ thông 100%, mầm non 88%',
    'NOT_ACHIEVED',
    'Chưa đạt phần (2): (1) 100% so với',
    '(2) 88% so với ≥ 95% đối với cơ sở giáo dục mầm non',
  ],
  [COMPOUND, '%', '96%; 88%', 'NOT_ACHIEVED', 'Chưa đạt phần (2)'],
  [COMPOUND, '%', '96%; 88%; 90%', 'NEEDS_REVIEW', 'chưa ghép được kết quả'],
  [COMPOUND, '%', 'trường học: 96%; khác: 92%', 'NEEDS_REVIEW', 'chưa ghép được kết quả'],
  [
    '95% đối với trường THCS; 90% đối với trường tiểu học',
    '',
    'tiểu học 91%, THCS 94%',
    'NOT_ACHIEVED',
    'Chưa đạt phần (1)',
  ],
  ['≥ 95% đối với trường trung học cơ sở', '', '96%', 'EXCEEDED', 'vượt chỉ tiêu ≥ 95% đối với trường trung học cơ sở'],
  // conditions written in the target
  [
    '100% (nếu được thành phố phân bổ kinh phí)',
    '',
    'Không áp dụng',
    'NOT_APPLICABLE',
    "điều kiện 'nếu được thành phố phân bổ kinh phí'",
  ],
  ['100% (nếu được thành phố phân bổ kinh phí)', '', '100%', 'ACHIEVED'],
  ['Nếu được thành phố lựa chọn: Đạt', '', 'Không áp dụng', 'NOT_APPLICABLE', 'Nếu được thành phố lựa chọn'],
  // results that say there is no figure
  ['≥ 80', '%', 'chưa có số liệu', 'MISSING', "Đơn vị ghi 'chưa có số liệu'"],
  ['≥ 80', '%', 'Chưa có số liệu', 'MISSING'],
  ['≥ 80', '%', 'chưa có số liệu (Trạm Y tế chưa tổng hợp)', 'MISSING', 'Trạm Y tế'],
  ['≥ 80', '%', '-', 'NEEDS_REVIEW', "Kết quả '-' không có số liệu hay chữ đọc được"],
  ['≥ 80', '%', '???', 'NEEDS_REVIEW', 'không có số liệu hay chữ đọc được'],
  ['≥ 80', '%', '🚀', 'NEEDS_REVIEW', 'không có số liệu hay chữ đọc được'],
  ['≥ 80', '%', '…', 'NEEDS_REVIEW', 'không có số liệu hay chữ đọc được'],
  ['≥ 80', '%', '<!--', 'NEEDS_REVIEW', 'HTML'],
  ['≥ 80', '%', 'đang tổng hợp', 'MISSING'],
  ['≥ 80', '%', 'Chưa thống kê', 'MISSING'],
  ['≥ 80', '%', null, 'MISSING', 'Chưa nhập kết quả'],
  ['≥ 80', '%', undefined, 'MISSING'],
  ['≥ 80', '%', '   ', 'MISSING'],
  ['≥ 80', '%', 'Không áp dụng', 'NEEDS_REVIEW', 'không kèm điều kiện'],
  // pasted formulas and HTML: never evaluated
  ['≥ 80', '%', '=IMPORTXML("http://x","//a")', 'NEEDS_REVIEW', 'công thức'],
  ['≥ 80', '%', '=80%', 'NEEDS_REVIEW', 'công thức'],
  ['≥ 80', '%', '+SUM(A1:A3)', 'NEEDS_REVIEW', 'công thức'],
  ['≥ 80', '%', '<img src=x onerror=alert(1)>', 'NEEDS_REVIEW', 'HTML'],
  ['≥ 80', '%', '<script>alert(1)</script>', 'NEEDS_REVIEW', 'HTML'],
  ['≥ 80', '%', '<b>85%</b>', 'NEEDS_REVIEW', 'HTML'],
  // numbers that cannot be read, or are ambiguous
  ['≥ 80', '%', '82.5.4%', 'NEEDS_REVIEW', "Không đọc được số trong kết quả '82.5.4%'", 'Ví dụ hợp lệ: 82,5%'],
  ['95', '%', '82.5.4%', 'NEEDS_REVIEW', 'Không đọc được số'],
  ['≥ 80', '%', '1.5', 'NOT_ACHIEVED', "Kết quả 1,5% (ghi '1.5') thấp hơn"],
  ['≥ 80', '%', '82.5%', 'EXCEEDED', "Kết quả 82,5% (ghi '82.5%') vượt"],
  ['≥ 80', '%', '82.50%', 'EXCEEDED', "Kết quả 82,5% (ghi '82.50%') vượt"],
  ['≥ 80', '%', '1.500', 'NEEDS_REVIEW', 'Tỷ lệ 1.500% lớn hơn 100%'],
  ['≥ 80', '%', '85%%', 'EXCEEDED', 'Kết quả 85%'],
  ['≥ 80', '%', '82.5.4', 'NEEDS_REVIEW', 'Không đọc được số'],
  ['≥ 80', '%', '1,234.5%', 'NEEDS_REVIEW', 'Không đọc được số'],
  // free text, approximations, estimates, fillers
  [
    '≥ 80',
    '%',
    'Đã triển khai tuyên truyền rộng rãi',
    'NEEDS_REVIEW',
    "Kết quả là văn bản 'Đã triển khai tuyên truyền rộng rãi'",
  ],
  ['≥ 80', '%', 'Đã hướng dẫn 1.250 lượt người dân', 'NEEDS_REVIEW', 'Kết quả là văn bản'],
  ['≥ 80', '%', '85% hồ sơ, 90% thủ tục', 'NEEDS_REVIEW', 'có nhiều số liệu khác nhau'],
  ['≥ 80', '%', '375/394 hồ sơ, đạt 95,18%', 'EXCEEDED', 'Kết quả 375/394 (95,18%) vượt'],
  ['≥ 80', '%', 'khoảng 85%', 'NEEDS_REVIEW', "Kết quả ghi gần đúng 'khoảng 85%'"],
  ['≥ 80', '%', 'gần 80%', 'NEEDS_REVIEW', 'gần đúng'],
  ['≥ 80', '%', 'Ước đạt 85%', 'EXCEEDED', 'Kết quả ước 85% vượt'],
  ['≥ 80', '%', 'Đạt 85%', 'EXCEEDED', 'Kết quả 85%'],
  ['≥ 80', '%', 'đạt tỷ lệ 85%', 'EXCEEDED'],
  ['≥ 80', '%', '85% (số liệu đến 31/10/2026)', 'EXCEEDED', 'Kết quả 85%'],
  ['≥ 80', '%', '- 85%', 'NEEDS_REVIEW', "không rõ dấu '-' là gạch đầu dòng hay dấu âm"],
  ['≥ 80', '%', '- 5', 'NEEDS_REVIEW', "Kết quả '- 5' không rõ dấu '-'"],
  ['≥ 80', '%', '• 85%', 'EXCEEDED'],
  ['≥ 80', '%', '-5%', 'NEEDS_REVIEW', "Kết quả '-5%' là số âm"],
  ['≥ 80', '%', '-0,5', 'NEEDS_REVIEW', 'là số âm'],
  ['≥ 80', '%', -5, 'NEEDS_REVIEW', 'là số âm'],
  ['≤ 5%', '', '−2%', 'NEEDS_REVIEW', 'là số âm'],
  ['≥ 80', '%', '85% trở lên', 'EXCEEDED'],
  ['≥ 80', '%', '80-90%', 'ACHIEVED', "'80-90%' đạt (ít nhất)"],
  ['≥ 90', '%', '80-95%', 'NEEDS_REVIEW', "Kết quả ghi khoảng '80-95%'"],
  ['≥ 80', '%', 'Không đạt', 'NOT_ACHIEVED', "Đơn vị báo 'Không đạt' so với chỉ tiêu ≥ 80%"],
  ['≥ 80', '%', 'Vượt', 'NEEDS_REVIEW', 'tự đánh giá'],
  // ratios
  ['≥ 80', '%', '0/0', 'NEEDS_REVIEW', 'mẫu số bằng 0'],
  ['≥ 80', '%', '9/8 trường', 'NEEDS_REVIEW', 'tử số lớn hơn mẫu số'],
  ['≥ 80', '%', '375 trên 394 hồ sơ', 'EXCEEDED', '375/394 (95,18%)'],
  ['95', '%', '3/4 trường', 'NOT_ACHIEVED', 'Kết quả 3/4 (75%) thấp hơn chỉ tiêu 95%'],
  ['≥ 80', '%', '1.250/1.300', 'EXCEEDED', '1.250/1.300 (96,15%)'],
  // cells the sheet turned into something else
  ['≥ 80', '%', new Date(Date.UTC(2026, 3, 3)), 'NEEDS_REVIEW', 'hiểu thành ngày 03/04/2026'],
  ['≥ 80', '%', true, 'NEEDS_REVIEW', 'TRUE/FALSE'],
  // units that do not match
  ['≥ 80', '%', '12 trường', 'NEEDS_REVIEW', 'đơn vị không khớp', 'số lượng (trường)'],
  ['10', 'điểm', '50%', 'NEEDS_REVIEW', 'đơn vị không khớp', 'tỷ lệ %'],
  ['10', 'điểm', '3/4', 'NEEDS_REVIEW', 'đơn vị không khớp', 'tỷ số'],
  [
    '34',
    'nhóm nhiệm vụ',
    '34/34 nhóm nhiệm vụ',
    'ACHIEVED',
    'Kết quả 34/34 nhóm nhiệm vụ đạt chỉ tiêu 34 nhóm nhiệm vụ',
  ],
  ['≥ 2 sản phẩm', '', 'Không', 'NOT_ACHIEVED', "Kết quả 'Không' (0 sản phẩm) thấp hơn chỉ tiêu ≥ 2 sản phẩm"],
  ['≥ 80', '%', 'Không', 'NEEDS_REVIEW', 'tự đánh giá'],
  ['10', 'điểm', '12 trường', 'NEEDS_REVIEW', 'đơn vị không khớp'],
  ['500 triệu đồng', '', '80%', 'NEEDS_REVIEW', 'đơn vị không khớp'],
  // money against money (converted to đồng)
  ['500 triệu đồng', '', '1.134.256.000 đồng', 'EXCEEDED', 'Kết quả 1.134.256.000 đồng vượt chỉ tiêu 500 triệu đồng'],
  ['500', 'triệu đồng', '450', 'NOT_ACHIEVED', 'Kết quả 450 triệu đồng thấp hơn chỉ tiêu 500 triệu đồng'],
  ['1 tỷ đồng', '', '1.000.000.000 đồng', 'ACHIEVED'],
  ['1 tỷ đồng', '', '900 triệu đồng', 'NOT_ACHIEVED'],
  // counts
  ['10', 'điểm', '12 điểm', 'EXCEEDED', 'Kết quả 12 điểm vượt chỉ tiêu 10 điểm'],
  ['10', 'điểm', '12', 'EXCEEDED', '12 điểm'],
  ['10', 'điểm', '8 điểm', 'NOT_ACHIEVED'],
  ['10', 'điểm', '10', 'ACHIEVED'],
  ['≥ 5 mô hình', '', '6 mô hình', 'EXCEEDED', 'vượt chỉ tiêu ≥ 5 mô hình'],
  ['≥ 1.000', 'lượt', '1.250 lượt', 'EXCEEDED', '1.250 lượt'],
  ['1.000', 'lượt', '1.250', 'EXCEEDED'],
  ['1.000', 'lượt', '999', 'NOT_ACHIEVED'],
  // at most
  ['≤ 5%', '', '3%', 'EXCEEDED', 'vượt chỉ tiêu ≤ 5%'],
  ['≤ 5%', '', '5%', 'ACHIEVED'],
  ['≤ 5%', '', '7%', 'NOT_ACHIEVED', 'cao hơn mức tối đa của chỉ tiêu ≤ 5%'],
  ['không quá 5%', '', '5%', 'ACHIEVED', '≤ 5%'],
  ['dưới 5%', '', '4%', 'ACHIEVED', '< 5%'],
  ['dưới 5%', '', '5%', 'NOT_ACHIEVED'],
  // targets this parser cannot read
  ['80% hoặc 90%', '', '85%', 'NEEDS_REVIEW', "Không đọc được chỉ tiêu '80% hoặc 90%'"],
  ['1.5%', '', '2%', 'EXCEEDED', 'vượt chỉ tiêu 1,5%'],
  ['82.5.4%', '', '85%', 'NEEDS_REVIEW', 'Không đọc được chỉ tiêu'],
];

describe(`${PAIRS.length} target/result pairs`, () => {
  test('there are at least 150', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(150);
  });
  test.each(PAIRS.map((row, i) => [i + 1, ...row] as const))(
    '#%i target %p unit %p result %p → %s',
    (_i, target, unit, result, verdict, ...fragments) => {
      const j = judgeIndicator({
        name: 'Chỉ tiêu thử',
        unitOfMeasure: unit,
        targets: { '2025': target },
        result,
        year: 2025,
      });
      expect(j.verdict).toBe(verdict);
      expect(j.label).toBeTruthy();
      expect(j.byHand).toBe(false);
      expect(j.targetYear).toBe(2025);
      expect(j.track).toBeNull();
      for (const fragment of fragments) expect(j.reason).toContain(fragment);
      // One line of NFC Vietnamese that cannot start a formula in a cell.
      expect(j.reason).not.toMatch(/[\r\n]/);
      expect(j.reason).toBe(j.reason.normalize('NFC'));
      expect(j.reason).toMatch(/^[A-ZĐÔƯÂĂÊ]/u);
    },
  );
});

describe('a bare number in a "Tỷ lệ …" indicator without a unit column is a percentage', () => {
  test('Tỷ lệ … with "≥ 80" and result 85 → 85%', () => {
    const j = judgeIndicator({
      name: 'Tỷ lệ hộ gia đình có Internet',
      unitOfMeasure: '',
      targets: { 2025: '≥ 80' },
      result: '85',
      year: 2025,
    });
    expect(j.verdict).toBe('EXCEEDED');
    expect(j.reason).toBe('Kết quả 85% vượt chỉ tiêu ≥ 80%');
  });
  test('another indicator keeps the bare number', () => {
    const j = judgeIndicator({
      name: 'Số lượt truy cập cổng thông tin',
      unitOfMeasure: '',
      targets: { 2025: '≥ 80' },
      result: '85',
      year: 2025,
    });
    expect(j.verdict).toBe('EXCEEDED');
    expect(j.reason).toBe('Kết quả 85 vượt chỉ tiêu ≥ 80');
  });
});
