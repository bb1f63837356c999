import { JUDGING_TEXT } from '../core/judging/messages';
import type { GroupSummaryRow } from '../core/overview/overview';
import { pad2 } from '../core/text';
/** What `npm start` prints: its help, its refusals, its summary of the run. */
export const LOCAL_TEXT = {
  help: [
    'npm start -- [tùy chọn]',
    '',
    'Chạy toàn bộ công việc ngoại tuyến (đánh giá, bảng tính, báo cáo .docx, biểu đồ, thư nhắc .eml) và ghi vào thư mục kết quả.',
    'Không có --in: chạy trên dữ liệu mẫu (Kế hoạch 57/KH-UBND phường Hải Dương).',
    '',
    'Tùy chọn:',
    '  --in TỆP.xlsx      bảng tính thật: bản tải về từ Google Sheets (Tệp > Tải xuống > Microsoft Excel .xlsx),',
    '                     hoặc bảng tính do "npm run cli -- import" tạo ra',
    '  --today yyyy-mm-dd xem như đang ở ngày này (giờ Việt Nam); mặc định: hôm nay',
    '  --out THƯ-MỤC      nơi ghi kết quả; mặc định: out',
    '  --help, -h         in hướng dẫn này, không ghi gì',
    '',
    'Ví dụ:',
    '  npm start -- --today 2026-12-05',
    '  npm start -- --in bang-tinh.xlsx --out ket-qua',
  ].join('\n'),
  badToday: (value: string) => `Ngày không hợp lệ cho --today: "${value}". Ví dụ: --today 2026-11-25`,
  missingValue: (option: string) => `Thiếu giá trị sau ${option}. Xem: npm start -- --help`,
  unknownOption: (option: string, hint: string | null) =>
    `Không hiểu tùy chọn "${option}".${hint ? ` Có phải ý bạn là ${hint}?` : ''} Xem: npm start -- --help`,
  fileNotFound: (file: string) => `Không tìm thấy tệp "${file}".`,
  notXlsx: (file: string) =>
    `Tệp "${file}" không phải bảng tính .xlsx. Trong Google Sheets chọn Tệp > Tải xuống > Microsoft Excel (.xlsx).`,
  unreadable: (file: string) => `Không mở được tệp "${file}" (tệp hỏng hoặc không phải .xlsx).`,
  notTracker: (file: string, tabs: string) =>
    `Tệp "${file}" không phải bảng tính theo dõi kế hoạch: thiếu trang ${tabs}. ` +
    'Hãy tải bảng tính từ Google Sheets (Tệp > Tải xuống > .xlsx), hoặc tạo bằng: npm run cli -- import KẾ-HOẠCH.xlsx --out bang-tinh.xlsx',
  source: {
    sample: 'Dữ liệu: mẫu có sẵn (Kế hoạch 57/KH-UBND phường Hải Dương)',
    file: (file: string) => `Dữ liệu: ${file}`,
    missingTabs: (tabs: string) => `  (tệp không có trang ${tabs}: coi như trống)`,
  },
  plan: (planNumber: string, ward: string, year: number) =>
    `Kế hoạch ${planNumber} - phường ${ward} - năm báo cáo ${year}`,
  dates: (today: string, deadline: string) => `Ngày chạy: ${today}; hạn báo cáo: ${deadline} (tính cả ngày này)`,
  workbookWritten: (path: string) => `\nĐã ghi bảng tính: ${path}`,
  workbookSkipped: (path: string) =>
    `\nKhông ghi đè bảng tính đầu vào ${path} (chọn --out khác để có bản đã đánh giá).`,
  tabRows: (tab: string, rows: number) => `  - ${tab}: ${rows} dòng`,
  judged: (what: 'indicators' | 'tasks', count: number, counts: string) =>
    `${what === 'indicators' ? '\nĐánh giá' : 'Đánh giá'} ${count} dòng ${what === 'indicators' ? 'chỉ tiêu' : 'nhiệm vụ'}: ${counts}`,
  /** A group of the Tổng hợp tab: due targets apart from those of later years (JUDGING_TEXT.tally words them). */
  group: (g: GroupSummaryRow, year: number) => {
    const T = JUDGING_TEXT.tally;
    const ahead = g.early + g.onTrack + g.behind + g.notDue;
    const parts = [
      g.early ? T.aheadPart.early(pad2(g.early)) : '',
      g.onTrack ? T.aheadPart.onTrack(pad2(g.onTrack)) : '',
      g.behind ? T.aheadPart.behind(pad2(g.behind)) : '',
      g.notDue ? T.aheadPart.notDue(pad2(g.notDue)) : '',
    ].filter(Boolean);
    return (
      `  - Phụ lục ${g.appendix}, nhóm ${g.group}: ${g.judged ? T.dueSentence(pad2(g.achieved + g.exceeded), pad2(g.judged)) : T.noneDue(year)}` +
      (ahead ? `; ${pad2(ahead)} chỉ tiêu của các năm sau: ${parts.join(', ')}` : '') +
      (g.needsReview ? `; ${T.aheadPart.needsReview(pad2(g.needsReview))}` : '') +
      (g.missing ? `; ${T.aheadPart.missing(pad2(g.missing))}` : '') +
      (g.sameMeasure ? `; ${pad2(g.sameMeasure)} ${T.sameMeasure.toLocaleLowerCase('vi')}` : '')
    );
  },
  contradictions: (n: number) => `  Chỉ số có hai số liệu khác nhau (cần thống nhất): ${n}`,
  contradiction: (rows: string[]) => `    - ${rows.join(' / ')}`,
  timeliness: (t: {
    expected: number;
    submitted: number;
    rate: string;
    onTime: number;
    late: number;
    notReported: number;
    pending: number;
  }) =>
    `\nTính kịp thời: ${t.expected} đơn vị phải báo cáo; đã gửi ${t.submitted} (${t.rate}%), đúng hạn ${t.onTime}, nộp muộn ${t.late}, quá hạn chưa gửi ${t.notReported}, còn hạn chưa gửi ${t.pending}.`,
  unit: (name: string, reported: number, led: number, percent: string, timeliness: string) =>
    `  - ${name}: đã báo cáo ${reported}/${led} mục (${percent}%) - ${timeliness}`,
  history: (years: number[]) => `Lịch sử: có số liệu ${years.length > 1 ? 'các năm' : 'năm'} ${years.join(', ')}`,
  charts: (count: number, paths: string) => `\nĐã vẽ ${count} biểu đồ: ${paths}`,
  reportWritten: (path: string) => `Đã ghi báo cáo: ${path}`,
} as const;
