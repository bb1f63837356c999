import ExcelJS from 'exceljs';

/**
 * A ward's list as an Excel user makes it: a title row, a two-row header (a merged "Mục tiêu theo giai đoạn"
 * over the years, a line break inside "Kết quả\nnăm 2027"), percentage cells stored as fractions with a "%"
 * format, a formula with its cached result, a cell Excel turned into a date, plain numbers, and the VHXH
 * office's hand judgement on one row. Judged with --year 2027 (between the 2025 and 2030 milestones).
 */
export async function writeWardXlsx(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const guide = book.addWorksheet('Hướng dẫn');
  guide.addRow(['Bảng theo dõi chỉ tiêu chuyển đổi số của phường Phù Liễn. Nhập kết quả ở trang "Chỉ tiêu".']);
  const sheet = book.addWorksheet('Chỉ tiêu');
  sheet.addRow(['CHỈ TIÊU CHUYỂN ĐỔI SỐ PHƯỜNG PHÙ LIỄN GIAI ĐOẠN 2025-2035']);
  sheet.addRow([
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Mục tiêu theo giai đoạn',
    '',
    '',
    'Kết quả\nnăm 2027',
    'Cơ quan chủ trì',
    'Đánh giá của Phòng VHXH',
  ]);
  sheet.mergeCells('D2:F2');
  sheet.addRow(['', '', '', 'Năm 2025', 'Năm 2030', 'Năm 2035', '', '', '']);
  sheet.addRow(['I', 'Phát triển hạ tầng số', '', '', '', '', '', '', '']);
  sheet.addRow([
    '1',
    'Tỷ lệ phủ sóng 5G trên địa bàn phường',
    '%',
    '≥60%',
    '100%',
    '100%',
    0.8254,
    'Phòng Văn hóa - Xã hội',
    '',
  ]);
  sheet.getCell('G5').numFmt = '0.00%';
  sheet.addRow([
    '2',
    'Tỷ lệ hộ gia đình sử dụng Internet cáp quang',
    '%',
    70,
    90,
    100,
    75,
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    '',
  ]);
  sheet.addRow(['II', 'Chuyển đổi số trong cơ quan nhà nước', '', '', '', '', '', '', '']);
  sheet.addRow([
    '3',
    'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
    '%',
    '≥ 70%',
    '≥ 85%',
    '≥ 95%',
    { formula: '375/394', result: 375 / 394 },
    'Trung tâm phục vụ hành chính công',
    '',
  ]);
  sheet.getCell('G8').numFmt = '0.00%';
  sheet.addRow([
    '4',
    'Tỷ lệ trường học có phòng học thông minh',
    '%',
    '-',
    '50%',
    '80%',
    new Date(Date.UTC(2027, 3, 3)),
    'Phòng Văn hóa - Xã hội',
    '',
  ]);
  sheet.addRow(['5', 'Tỷ lệ người dân có chữ ký số', '%', '-', '10%', '20%', '9%', 'Công an phường', 'đạt']);
  sheet.addRow([
    '6',
    'Ứng dụng trí tuệ nhân tạo trong quản lý, điều hành',
    '',
    '',
    'Đạt',
    'Đạt',
    'Hoàn thành',
    'Văn phòng HĐND và UBND',
    '',
  ]);
  await book.xlsx.writeFile(path);
}

if (require.main === module) {
  writeWardXlsx(process.argv[2] ?? 'tests/fixtures/ward-lists/phuong-phu-lien-2027.xlsx').catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
