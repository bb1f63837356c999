import ExcelJS from 'exceljs';

/**
 * Kế hoạch of phường An Hải as its Phòng Văn hóa - Xã hội would copy it into Excel from the signed plan (built from
 * the description of other wards' plans in shared/domain.md; the ward and its figures are invented): a title, a
 * "(Kèm theo Kế hoạch số …)" line, a target column per year ("Chỉ tiêu năm 2025", "Kế hoạch 2026" … 2030), the
 * column-number row "(1) (2) …", units named their own way ("Phòng KT-HT&ĐT", "Bộ phận Một cửa", "Công an phường
 * An Hải"), tasks with their own deadlines, a unit list with e-mails, and the slips a real copy has: a row with no
 * name, a task with no content, a lead missing from the unit list, an e-mail without "@", a repeated unit.
 * `npx tsx tests/planImport/helpers/anHai.ts` rewrites tests/fixtures/plans/ke-hoach-an-hai.xlsx.
 */
export const AN_HAI_TITLE = 'Kèm theo Kế hoạch số 112/KH-UBND ngày 10/3/2026 của UBND phường An Hải';

export const AN_HAI_INDICATORS: (string | number)[][] = [
  [
    'STT',
    'Tên chỉ tiêu',
    'Đơn vị tính',
    'Chỉ tiêu năm 2025',
    'Kế hoạch 2026',
    'Kế hoạch 2027',
    'Kế hoạch 2028',
    'Kế hoạch 2029',
    'Kế hoạch 2030',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
  ],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
  ['I', 'HẠ TẦNG SỐ', '', '', '', '', '', '', '', '', ''],
  [
    1,
    'Tỷ lệ hộ gia đình có kết nối Internet cáp quang',
    '%',
    '>50%',
    '60%',
    '70%',
    '80%',
    '90%',
    '100%',
    'Phòng KT-HT&ĐT',
    'Các doanh nghiệp viễn thông',
  ],
  [
    2,
    'Tỷ lệ khu dân cư được phủ sóng 5G',
    '%',
    '-',
    'tối thiểu 80%',
    '85%',
    '90%',
    '95%',
    '100%.',
    'Phòng Kinh tế - Hạ tầng và Đô thị',
    '',
  ],
  ['II', 'CHÍNH QUYỀN SỐ', '', '', '', '', '', '', '', '', ''],
  [
    3,
    'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình',
    '%',
    'trên 90%',
    '≥ 92%',
    '≥ 94%',
    '≥ 96%',
    '≥ 98%',
    '100%',
    'Bộ phận Một cửa phường',
    'Văn phòng HĐND - UBND phường',
  ],
  [
    4,
    'Tỷ lệ văn bản đi được ký số',
    '%',
    '95%',
    '100%',
    '100%',
    '100%',
    '100%',
    '100%',
    'Văn phòng HĐND - UBND phường',
    '',
  ],
  ['III', 'XÃ HỘI SỐ', '', '', '', '', '', '', '', '', ''],
  [
    5,
    'Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2',
    '%',
    '> 70%',
    '80%',
    '85%',
    '90%',
    '95%',
    '100%',
    'Công an phường An Hải',
    'Phòng Văn hoá – Xã hội',
  ],
  [
    6,
    'Số lớp bồi dưỡng kỹ năng số cho người dân',
    'lớp',
    2,
    4,
    4,
    4,
    4,
    4,
    'Phòng Văn hoá – Xã hội',
    'Trường THCS An Hải',
  ],
  [7, '', '%', '30%', '40%', '50%', '60%', '70%', '80%', 'Phòng Văn hoá – Xã hội', ''],
];

export const AN_HAI_TASKS: string[][] = [
  ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn hoàn thành'],
  ['I', 'Hoàn thiện thể chế', '', '', '', ''],
  [
    '1',
    'Ban hành Quy chế quản lý, vận hành hệ thống thông tin của phường',
    'Văn phòng HĐND - UBND phường',
    'Các phòng, ban',
    'Quyết định',
    '6/2026',
  ],
  [
    '2',
    'Rà soát, cập nhật danh mục dữ liệu dùng chung của phường',
    'Phòng Văn hoá – Xã hội',
    '',
    'Danh mục',
    'Quý III/2026',
  ],
  ['II', 'Hạ tầng và dữ liệu', '', '', '', ''],
  [
    '3',
    'Lắp đặt wifi công cộng tại nhà văn hóa các khu phố',
    'Phòng KT-HT&ĐT',
    'Doanh nghiệp viễn thông',
    'Điểm wifi',
    '2026-2027',
  ],
  ['4', 'Làm sạch dữ liệu dân cư phục vụ Đề án 06', 'Công an phường An Hải', 'Tổ dân phố', 'Báo cáo', 'Hằng năm'],
  [
    '5',
    'Tổ chức phong trào "Bình dân học vụ số"',
    'Phòng Văn hoá – Xã hội; Bộ phận Một cửa phường',
    'Đoàn Thanh niên',
    'Kế hoạch, báo cáo',
    'Thường xuyên',
  ],
  ['6', '-', 'Phòng Văn hoá – Xã hội', '', '', '12/2026'],
  ['7', 'Số hóa hồ sơ quân nhân dự bị', 'Ban Chỉ huy Quân sự phường', '', 'Cơ sở dữ liệu', '12/2026'],
];

export const AN_HAI_UNITS: string[][] = [
  ['STT', 'Tên cơ quan, đơn vị', 'Viết tắt', 'Email', 'Tên gọi khác'],
  ['1', 'Văn phòng HĐND và UBND phường', 'VP', 'vanphong@anhai.example', 'Văn phòng HĐND - UBND phường'],
  ['2', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'KTHTDT', 'kinhte@anhai.example', 'Phòng KT-HT&ĐT'],
  ['3', 'Phòng Văn hóa - Xã hội', 'VHXH', 'vhxh@anhai.example; canbo.vhxh@anhai.example', ''],
  ['4', 'Công an phường An Hải', 'CA', 'congan@anhai.example', ''],
  ['5', 'Bộ phận Một cửa phường', 'MOTCUA', 'motcua@anhai.example', 'Trung tâm phục vụ hành chính công'],
  ['6', 'Trường THCS An Hải', 'THCS', 'thcs.anhai.example', ''],
  ['7', 'Phòng Văn hoá – Xã hội', '', 'vhxh2@anhai.example', ''],
];

export async function writeAnHaiPlan(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const indicators = book.addWorksheet('Phụ lục I');
  indicators.addRow(['PHỤ LỤC I']);
  indicators.addRow(['CHỈ TIÊU CHUYỂN ĐỔI SỐ PHƯỜNG AN HẢI GIAI ĐOẠN 2025 - 2030']);
  indicators.addRow([`(${AN_HAI_TITLE})`]);
  for (const row of AN_HAI_INDICATORS) indicators.addRow(row);
  const tasks = book.addWorksheet('Phụ lục II');
  tasks.addRow(['PHỤ LỤC II - NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026 VÀ CÁC NĂM TIẾP THEO']);
  tasks.addRow([]);
  for (const row of AN_HAI_TASKS) tasks.addRow(row);
  const units = book.addWorksheet('Đơn vị');
  for (const row of AN_HAI_UNITS) units.addRow(row);
  await book.xlsx.writeFile(path);
}

if (require.main === module) {
  writeAnHaiPlan('tests/fixtures/plans/ke-hoach-an-hai.xlsx').then(() => console.log('ok'));
}
