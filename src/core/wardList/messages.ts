/**
 * The one home of the user-facing text of a ward's own list and the `judge` command line (WARD_LIST_TEXT).
 * Verdict labels come from judging (JUDGING_TEXT.verdict); nothing here repeats them.
 */
import { q } from '../judging/messages';

export const WARD_LIST_TEXT = {
  role: {
    tt: 'Số thứ tự (TT)',
    name: 'Tên chỉ tiêu',
    unitOfMeasure: 'Đơn vị tính',
    evidence: 'Giải trình, minh chứng',
    review: 'Đánh giá của Phòng VHXH (thay đánh giá tự động)',
    lead: 'Đơn vị chủ trì',
    coordinators: 'Cơ quan phối hợp',
    rowKey: 'Mã dòng (liên kết chỉ số cùng nội dung theo danh mục Kế hoạch)',
    measure: 'Mã chỉ số (các dòng cùng mã là một chỉ số, chỉ một số liệu)',
    sameAs: 'Cùng chỉ số với (TT của dòng cùng chỉ số)',
    previousResult: 'Kết quả năm trước (mốc gốc của lộ trình, không phải kết quả năm báo cáo)',
  },
  roleTarget: (year: number) => `Chỉ tiêu năm ${year}`,
  roleTargetFromResult: (years: number[]) =>
    `Chỉ tiêu năm ${years.join('/')} (bố cục Phụ lục I: cột "Kết quả" ghi mục tiêu, năm theo dòng nhóm "Đến năm …")`,
  roleResult: (year: number) => `Kết quả năm ${year}`,
  unused: {
    otherYearResult: (year: number) => `không dùng: kết quả năm ${year}, khác năm báo cáo`,
    computed: 'không dùng: cột do công cụ tính',
    output: 'không dùng: sản phẩm đầu ra',
    unknown: 'không dùng: không nhận ra tên cột',
    duplicate: 'không dùng: trùng vai trò với cột trước',
  },
  warnings: {
    noTargetColumn: (year: number) =>
      `Không thấy cột chỉ tiêu (ví dụ "Chỉ tiêu năm ${year}" hoặc "Kế hoạch năm ${year}"): các dòng sẽ ở trạng thái Cần đánh giá`,
    sameAsUnknown: (line: number, text: string) =>
      `Dòng ${line}: cột "Cùng chỉ số với" ghi ${q(text)} nhưng không có dòng nào có TT đó (hoặc có nhiều dòng cùng TT): chưa liên kết`,
    noResultColumn: (year: number) =>
      `Không thấy cột kết quả năm ${year} (ví dụ "Kết quả năm ${year}"): các dòng sẽ ở trạng thái Chưa báo cáo`,
  },
  groupReason: (name: string) => `Nhóm: ${name}`,
  header: (file: string, row: number, year: number) => `Tệp: ${file}\nDòng tiêu đề: dòng ${row}; năm báo cáo: ${year}`,
  defaultYear: (year: number) => `(không ghi --year: dùng năm hiện tại ${year})`,
  columnsTitle: 'Cột đã nhận:',
  warningsTitle: 'Lưu ý:',
  tableHeader: ['TT', 'Chỉ tiêu', 'Chỉ tiêu áp dụng', 'Kết quả', 'Đánh giá', 'Lý do'],
  totals: (n: number) => `Tổng cộng ${n} chỉ tiêu:`,

  usage: 'Cách dùng: npm run --silent cli -- judge TỆP.xlsx|TỆP.csv --year 2025 [--json]',
  unknownCommand: (cmd: string) => `Lệnh không hợp lệ: ${q(cmd)}.`,
  badYear: (text: string) => `Năm không hợp lệ cho --year: ${q(text)}. Ví dụ: --year 2025`,
  unknownOption: (text: string) => `Tùy chọn không hợp lệ: ${q(text)}.`,
  noFile: 'Chưa chỉ ra tệp cần đánh giá.',
  fileNotFound: (path: string) => `Không tìm thấy tệp: ${path}`,
  notAFile: (path: string) => `Không phải là tệp: ${path}`,
  badExtension: (path: string) => `Chỉ đọc được tệp .xlsx hoặc .csv: ${path}`,
  badXlsx: (path: string) =>
    `Không đọc được tệp Excel ${path}: tệp hỏng hoặc không phải định dạng .xlsx (Excel 2007 trở lên)`,
  noSheet: (path: string) => `Tệp Excel ${path} không có trang tính nào`,
  notUtf8: (path: string) =>
    `Tệp CSV ${path} không phải mã UTF-8. Trong Excel, chọn Lưu thành (Save As) > "CSV UTF-8 (Comma delimited)" rồi thử lại`,
  badCsv: (path: string, line: number) => `Tệp CSV ${path} bị lỗi ở dòng ${line}: dấu ngoặc kép (") không được đóng`,
  empty: (path: string) => `Tệp ${path} không có dữ liệu`,
  noHeader: (path: string) =>
    `Không tìm thấy dòng tiêu đề trong 5 dòng đầu của ${path}: cần ít nhất cột tên chỉ tiêu (ví dụ "Tên chỉ tiêu" hoặc "Chỉ tiêu") và một cột chỉ tiêu hoặc kết quả`,
  unexpected: (detail: string) => `Lỗi không mong đợi khi đánh giá: ${detail}`,
} as const;
