import { addDays, type CalendarDate, compareDates, startOfVietnamDay } from '../dates';

/**
 * The embedded sample: what a ward's units might have typed by a given day of the reporting year.
 * Values are written the messy ways staff write them (decimal commas, "375/394", "08/08 trường",
 * money amounts, decomposed Unicode, non-breaking spaces, formulas pasted by mistake), some are missing,
 * and one unit reports after the deadline. Timestamps are placed relative to `today`, so the sample never
 * holds an entry from the future.
 */
export interface SampleEntry {
  /** Sheet row key: "<catalog id>@<unit id>". */
  rowKey: string;
  result?: string;
  evidence?: string;
  status?: string;
  completedOn?: string;
  review?: string;
  /** "Kết quả nổi bật (đưa vào báo cáo)". */
  highlight?: string;
}

export interface SampleUnitState {
  unitId: string;
  /** The Google accounts that edit the unit's rows and submit. */
  accounts: string[];
  /** Where reminders go; empty: the accounts. */
  emails: string[];
  /** Days before the deadline the unit entered its data; negative = after the deadline (late). */
  enteredDaysBeforeDeadline: number;
  submits: boolean;
}

export interface SampleIssueEntry {
  unitId: string;
  difficulties: string;
  proposals: string;
  nextYear: string;
}

export const SAMPLE_UNITS: readonly SampleUnitState[] = [
  {
    unitId: 'TTHCC',
    accounts: ['tthcc@phuong-haiduong.example'],
    emails: [],
    enteredDaysBeforeDeadline: 12,
    submits: true,
  },
  {
    unitId: 'VP',
    accounts: ['vanphong@phuong-haiduong.example', 'chanhvanphong@phuong-haiduong.example'],
    emails: [],
    enteredDaysBeforeDeadline: 6,
    submits: true,
  },
  // Staff edit with a personal Google account but read the unit's mail công vụ: reminders go there, not to the gmail.
  {
    unitId: 'KTHTDT',
    accounts: ['kinhte.phuonghaiduong@gmail.example'],
    emails: ['kinhte.phuonghaiduong@haiduong.gov.vn.example'],
    enteredDaysBeforeDeadline: 4,
    submits: false,
  },
  // Submitted on time, then typed more (an unreadable "82.5.4%", a pasted formula): edits after submission are
  // allowed, logged in Nhật ký, and flagged for correction.
  {
    unitId: 'VHXH',
    accounts: ['vhxh@phuong-haiduong.example'],
    emails: [],
    enteredDaysBeforeDeadline: 8,
    submits: true,
  },
  // Công an phường enters its figures five days after the deadline: late.
  {
    unitId: 'CA',
    accounts: ['congan@phuong-haiduong.example'],
    emails: [],
    enteredDaysBeforeDeadline: -5,
    submits: true,
  },
  // A typo in the reminder address: reminders skip it, the VHXH summary and Kiểm tra dữ liệu name it.
  {
    unitId: 'TTSNC',
    accounts: ['ttdvsnc@phuong-haiduong.example'],
    emails: ['ttdvsnc.phuong-haiduong.example'],
    enteredDaysBeforeDeadline: 3,
    submits: false,
  },
];

/** What a submitting unit writes for an indicator it has no figure for yet. */
export const SAMPLE_EXPLANATION = 'Chưa có số liệu thống kê năm 2026; đã đề nghị cơ quan cấp trên cung cấp';

/** Decomposed Unicode, as some keyboards on older Windows machines produce it. */
const decomposed = (s: string) => s.normalize('NFD');

export const SAMPLE_INDICATOR_ENTRIES: readonly SampleEntry[] = [
  {
    rowKey: 'PL1-1.1@TTHCC',
    result: '82,54%',
    evidence: 'Số liệu Cổng dịch vụ công quốc gia đến 31/10/2026',
    highlight: 'Tổ công nghệ số cộng đồng trực tại bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến',
  },
  { rowKey: 'PL1-1.2@TTHCC', result: '95,18 %' },
  { rowKey: 'PL1-1.3@TTHCC', result: '100%' },
  { rowKey: 'PL1-1.4@TTHCC', result: '375/394', evidence: '375 hồ sơ cấp kết quả điện tử trên 394 hồ sơ' },
  { rowKey: 'PL1-1.5@TTHCC', result: '' },
  { rowKey: 'PL1-1.6@TTHCC', result: 'trên\u00a070%' },
  { rowKey: 'PL1-1.7@VP', result: '100%' },
  { rowKey: 'PL1-1.8@VP', result: '≥ 60%' },
  { rowKey: 'PL1-1.9@VP', result: 'Đạt', evidence: '100% cơ quan dùng phần mềm quản lý văn bản' },
  {
    rowKey: 'PL1-2@KTHTDT',
    result: '1.134.256.000 đồng',
    evidence: 'Tổng chi ngân sách phường năm 2026: 52,4 tỷ đồng',
  },
  { rowKey: 'PL1-3.1@VHXH', result: '92%' },
  { rowKey: 'PL1-3.2@VHXH', result: '98,5%' },
  {
    rowKey: 'PL1-4@KTHTDT',
    result: 'Không áp dụng',
    evidence: 'Phường chưa được thành phố lựa chọn xây dựng đô thị thông minh',
  },
  { rowKey: 'PL1-5@VP', result: '100%' },
  { rowKey: 'PL1-6@CA', result: decomposed('Hoàn thành'), evidence: 'Đã cập nhật dữ liệu dân cư lên CSDL quốc gia' },
  { rowKey: 'PL1-7@VHXH', result: '71,2%' },
  { rowKey: 'PL1-8@VHXH', result: 'chưa có số liệu', evidence: 'Trạm Y tế chưa tổng hợp' },
  { rowKey: 'PL1-9.1@VHXH', result: '08/08 trường' },
  { rowKey: 'PL1-9.2@VHXH', result: '100%' },
  { rowKey: 'PL1-9.3@VHXH', result: '87,5%' },
  { rowKey: 'PL1-9.4@VHXH', result: '82.5.4%' },
  { rowKey: 'PL1-9.5@VHXH', result: '3/4 trường' },
  { rowKey: 'PL1-9.6@VHXH', result: '' },
  { rowKey: 'PL1-10@VHXH', result: '100%' },
  { rowKey: 'PL1-11@VHXH', result: '75%' },
  { rowKey: 'PL1-12@VHXH', result: '75%' },
  {
    rowKey: 'PL2-1@VHXH',
    result: '85%',
    highlight: 'Các doanh nghiệp viễn thông lắp đặt thêm 04 trạm phát sóng 5G trên địa bàn phường.',
  },
  { rowKey: 'PL2-2@VHXH', result: '64%' },
  { rowKey: 'PL2-3@VHXH', result: '' },
  { rowKey: 'PL2-4@KTHTDT', result: '2,16%' },
  { rowKey: 'PL2-5@VHXH', result: '90%' },
  { rowKey: 'PL2-6@VHXH', result: '78%' },
  { rowKey: 'PL2-7@VHXH', result: '83%' },
  { rowKey: 'PL2-8@VHXH', result: '' },
  { rowKey: 'PL2-9@VHXH', result: '80%' },
  { rowKey: 'PL2-10@VHXH', result: '=IMPORTXML("http://x","//a")' },
  { rowKey: 'PL2-11@VHXH', result: '100%' },
  { rowKey: 'PL2-13@VHXH', result: '' },
  { rowKey: 'PL2-14@VHXH', result: '<img src=x onerror=alert(1)>' },
  { rowKey: 'PL2-17@TTHCC', result: '78,3%' },
  { rowKey: 'PL2-18@TTHCC', result: '100%' },
  { rowKey: 'PL2-19@TTHCC', result: '72%' },
  { rowKey: 'PL2-20@TTHCC', result: '100%' },
  { rowKey: 'PL2-21@TTHCC', result: '91,3%' },
  { rowKey: 'PL2-22@TTHCC', result: '88%' },
  { rowKey: 'PL2-23@VHXH', result: '55%' },
  { rowKey: 'PL2-24@KTHTDT', result: '' },
  { rowKey: 'PL2-25@VHXH', result: '12,4%' },
  { rowKey: 'PL2-26@CA', result: '80,2%' },
  { rowKey: 'PL2-27@VHXH', result: '100%', review: 'Đạt' },
];

export const SAMPLE_TASK_ENTRIES: readonly SampleEntry[] = [
  {
    rowKey: 'PL3-I-1@TTSNC',
    status: 'Đang thực hiện',
    result: 'Chuyên mục "Chuyển đổi số" trên trang thông tin điện tử phường, 24 tin bài',
  },
  { rowKey: 'PL3-I-1@VP', status: 'Hoàn thành', result: 'Duy trì chuyên mục trên Cổng thông tin điện tử' },
  { rowKey: 'PL3-I-2@VP', status: 'Hoàn thành', result: 'Đã lồng ghép vào Chương trình công tác năm 2026' },
  { rowKey: 'PL3-I-3@VHXH', status: 'Đang thực hiện' },
  {
    rowKey: 'PL3-I-4@VHXH',
    status: 'Hoàn thành',
    result: '100% CBCC tham gia nền tảng "Bình dân học vụ số"',
    highlight:
      'Phát động phong trào "Bình dân học vụ số" đến 100% tổ dân phố; 100% cán bộ, công chức tham gia học tập.',
  },
  { rowKey: 'PL3-I-5@VHXH', status: 'Hoàn thành', completedOn: '15/03/2026', result: 'Kế hoạch số 21/KH-UBND' },
  { rowKey: 'PL3-II-1@CA', status: 'Đang thực hiện' },
  { rowKey: 'PL3-II-1@VP', status: 'Đang thực hiện' },
  { rowKey: 'PL3-II-1@TTHCC', status: 'hoàn thành' },
  { rowKey: 'PL3-II-2@TTHCC', status: 'Hoàn thành' },
  { rowKey: 'PL3-III-4@VHXH', status: 'Đang thực hiện', result: 'Đã kết nối 3/5 hệ thống' },
  { rowKey: 'PL3-V-1@TTHCC', status: 'Đang thực hiện' },
  { rowKey: 'PL3-VI-1@KTHTDT', status: 'Chưa thực hiện', evidence: 'Chờ Chương trình của thành phố' },
  { rowKey: 'PL4-1@TTSNC', status: 'Hoàn thành', result: '36 tin, bài; 02 hội nghị tuyên truyền' },
  {
    rowKey: 'PL4-2@VHXH',
    status: 'Hoàn thành',
    completedOn: '20/10/2025',
    result: 'Kế hoạch phát động thi đua số 95/KH-UBND',
  },
  { rowKey: 'PL4-3@VHXH', status: 'Hoàn thành' },
  { rowKey: 'PL4-4@VHXH', status: 'Chưa thực hiện', evidence: 'Sở Nội vụ chưa ban hành Bộ quy tắc ứng xử' },
  { rowKey: 'PL4-5@VHXH', status: 'Đang thực hiện' },
  { rowKey: 'PL4-6@VP', status: 'Hoàn thành' },
  { rowKey: 'PL4-8@KTHTDT', status: 'Đang thực hiện', result: 'Đã số hóa 60% hồ sơ địa chính' },
  { rowKey: 'PL4-9@CA', status: 'Hoàn thành' },
  { rowKey: 'PL4-11@KTHTDT', status: 'Chưa thực hiện' },
  { rowKey: 'PL4-12@CA', status: 'Hoàn thành' },
  { rowKey: 'PL4-13@VHXH', status: 'Hoàn thành', completedOn: '05/02/2026' },
  { rowKey: 'PL4-14@VHXH', status: 'Hoàn thành' },
  {
    rowKey: 'PL4-15@VHXH',
    status: 'Đang thực hiện',
    result: 'Tổ công nghệ số cộng đồng đã hướng dẫn 1.250 lượt người dân',
    highlight:
      'Tổ công nghệ số cộng đồng hướng dẫn 1.250 lượt người dân cài đặt VNeID và sử dụng dịch vụ công trực tuyến.',
  },
  { rowKey: 'PL4-17@KTHTDT', status: 'Hoàn thành' },
  { rowKey: 'PL4-19@KTHTDT', status: 'xong rồi' },
  { rowKey: 'PL4-21@VP', status: 'Đang thực hiện' },
  { rowKey: 'PL4-22@VHXH', status: 'Đang thực hiện' },
  {
    rowKey: 'PL4-24@CA',
    status: 'Hoàn thành',
    highlight: 'Không để xảy ra sự cố mất an toàn thông tin mạng tại các cơ quan của phường.',
  },
  { rowKey: 'PL4-25.5@VHXH', status: 'Đang thực hiện' },
  { rowKey: 'PL4-26@CA', status: 'Hoàn thành' },
  { rowKey: 'PL4-27@CA', status: 'Hoàn thành' },
  { rowKey: 'PL4-29@VHXH', status: 'Hoàn thành', completedOn: '31/02/2026' },
  { rowKey: 'PL4-31@KTHTDT', status: 'Đang thực hiện' },
  { rowKey: 'PL4-32@VHXH', status: 'Hoàn thành' },
];

export const SAMPLE_ISSUES: readonly SampleIssueEntry[] = [
  {
    unitId: 'TTHCC',
    difficulties:
      'Một bộ phận người dân cao tuổi chưa quen sử dụng dịch vụ công trực tuyến; đường truyền tại bộ phận một cửa có lúc chậm.',
    proposals: 'Đề nghị thành phố nâng cấp đường truyền và bố trí thêm máy quét tài liệu cho bộ phận một cửa.',
    nextYear: 'Duy trì tỷ lệ hồ sơ trực tuyến toàn trình trên 90%; hướng dẫn người dân thanh toán trực tuyến.',
  },
  {
    unitId: 'VHXH',
    difficulties:
      'Kinh phí cho hoạt động chuyển đổi số tại các trường còn hạn chế; số liệu y tế chưa được cập nhật đầy đủ.',
    proposals: 'Đề nghị Sở Y tế hướng dẫn việc tổng hợp tỷ lệ người dân có hồ sơ sức khỏe điện tử theo địa bàn phường.',
    nextYear: 'Hoàn thành kết nối dữ liệu ngành; tiếp tục bồi dưỡng kỹ năng số cho cán bộ, công chức.',
  },
  {
    unitId: 'VP',
    difficulties: 'Một số văn bản mật chưa thể xử lý trên môi trường điện tử.',
    proposals: '',
    nextYear: 'Triển khai ký số 100% văn bản đi.',
  },
  {
    unitId: 'CA',
    difficulties: 'Khối lượng dữ liệu dân cư cần làm sạch lớn, nhân lực mỏng.',
    proposals: 'Đề nghị Công an thành phố hỗ trợ trang thiết bị phục vụ làm sạch dữ liệu dân cư.',
    nextYear: 'Tiếp tục làm sạch dữ liệu, nâng tỷ lệ người dân có tài khoản định danh điện tử mức 2.',
  },
];

/**
 * The sheet's Lịch sử as a ward has it in its second year with the tool: the results its units reported for 2025
 * (archived when that year was closed). They are the baseline of each path to a 2030 target and the figure the
 * report compares with ("tăng 4,2 điểm % so với năm 2025"). Rows chosen to show a rise, a fall, the same level,
 * and a path that the earlier result moves (PL1-9.3: "còn 12,5 điểm %" without it, behind the line from 85% with it).
 */
export const SAMPLE_HISTORY: readonly { year: number; rowKey: string; result: string }[] = [
  { year: 2025, rowKey: 'PL1-1.1@TTHCC', result: '80,1%' },
  { year: 2025, rowKey: 'PL2-17@TTHCC', result: '72%' },
  { year: 2025, rowKey: 'PL2-18@TTHCC', result: '100%' },
  { year: 2025, rowKey: 'PL1-9.3@VHXH', result: '85%' },
  { year: 2025, rowKey: 'PL2-5@VHXH', result: '86%' },
  { year: 2025, rowKey: 'PL2-11@VHXH', result: '96%' },
  { year: 2025, rowKey: 'PL2-23@VHXH', result: '56%' },
  { year: 2025, rowKey: 'PL2-26@CA', result: '76%' },
];

/** When the sample's 2025 was closed (its Lịch sử rows say so). */
export const SAMPLE_HISTORY_ARCHIVED_AT = new Date('2025-12-05T02:00:00Z');

/** When a unit's sample entries were made, or null when, on `today`, the unit has not entered them yet. */
export function sampleEntryTime(unit: SampleUnitState, deadline: CalendarDate, today: CalendarDate): Date | null {
  const day = addDays(deadline, -unit.enteredDaysBeforeDeadline);
  if (compareDates(day, today) > 0) {
    // A unit that enters early still has something on the sheet by today: move its entry to today,
    // but one that reports after the deadline has nothing yet.
    if (unit.enteredDaysBeforeDeadline < 0) return null;
    return new Date(startOfVietnamDay(today).getTime() + 8 * 3600 * 1000);
  }
  // 16:05 Việt Nam time on that day.
  return new Date(startOfVietnamDay(day).getTime() + (16 * 60 + 5) * 60 * 1000);
}
