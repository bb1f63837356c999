/**
 * Every Vietnamese phrase the report prints, in one place (wording follows the wards' real reports:
 * "a) Kết quả đạt được", "b) Tồn tại, hạn chế", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"). Phrases that carry
 * values are functions; counts are written with two digits ("02/03") as the reports write them.
 */
import { pad2 } from '../text';

const n = pad2;

export const REPORT_TEXT = {
  issuerParent: 'ỦY BAN NHÂN DÂN',
  lateUnit: (name: string, date: string) => `${name} - ngày ${date}`,
  issuer: (ward: string) => `PHƯỜNG ${ward.toLocaleUpperCase('vi')}`,
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLine: (reportNumber: string) => `Số: ${reportNumber || '…'}/BC-UBND`,
  /** Nghị định 30: days below 10 and the months 1 and 2 get a leading zero ("ngày 05 tháng 02", "tháng 3"). */
  dateLine: (ward: string, day: number, month: number, year: number) =>
    `${ward}, ngày ${n(day)} tháng ${month <= 2 ? n(month) : String(month)} năm ${year}`,
  title: 'BÁO CÁO',
  subject: (planNumber: string, planDate: string, ward: string, year: number) =>
    `Kết quả thực hiện Kế hoạch số ${planNumber} ngày ${planDate} của UBND phường ${ward} năm ${year}`,
  legalBasis: (planNumber: string, planDate: string, ward: string, about: string, year: number) =>
    `Thực hiện Kế hoạch số ${planNumber} ngày ${planDate} của Ủy ban nhân dân phường ${ward}${about ? ` về việc ${about}` : ''}; ` +
    `trên cơ sở báo cáo của các phòng, ban, đơn vị, Ủy ban nhân dân phường ${ward} báo cáo kết quả thực hiện năm ${year} như sau:`,

  // Units' reporting.
  reportingAsOf: (date: string, deadline: string) =>
    `Tính đến ngày ${date} (hạn báo cáo của các đơn vị: ${deadline}), `,
  onTime: (count: number, total: number, names: string) =>
    `${n(count)}/${n(total)} đơn vị gửi báo cáo đúng hạn (${names})`,
  late: (count: number, names: string) => `${n(count)} đơn vị gửi báo cáo sau hạn (${names})`,
  notReported: (count: number, names: string) => `${n(count)} đơn vị chưa gửi báo cáo (${names})`,
  pending: (count: number, names: string) => `${n(count)} đơn vị chưa gửi báo cáo, còn trong hạn (${names})`,
  noneOnTime: (total: number) => `chưa có đơn vị nào trong ${n(total)} đơn vị gửi báo cáo đúng hạn`,
  reportingTail: 'Số liệu trong báo cáo là số liệu các đơn vị đã nhập trên bảng theo dõi chung.',

  // I. Indicators.
  sectionIndicators: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  indicatorsOverall: (achieved: number, counted: number, rate: string, exceeded: number) =>
    `Năm báo cáo có ${n(counted)} chỉ tiêu phải đánh giá; đạt ${n(achieved)}/${n(counted)} chỉ tiêu (${rate})` +
    (exceeded ? `, trong đó ${n(exceeded)} chỉ tiêu vượt` : '') +
    '. Chi tiết từng chỉ tiêu tại Phụ lục kèm theo.',
  countingRule: (year: number) =>
    `Cách tính: số chỉ tiêu đạt gồm các chỉ tiêu "Đạt" và "Vượt", trên tổng số chỉ tiêu có mục tiêu phải đánh giá trong năm ${year}; ` +
    'chỉ tiêu chưa có kết quả và chỉ tiêu chờ Phòng Văn hóa - Xã hội đánh giá được tính là chưa đạt; ' +
    'chỉ tiêu không áp dụng (không có mục tiêu trong năm hoặc không thuộc phạm vi của phường) không tính vào tổng số.',
  indicatorAppendixHeading: (index: number, title: string) => `${index}. ${title}`,
  appendixIHeading: 'Các chỉ tiêu theo Phụ lục I (Danh mục các chỉ tiêu)',
  appendixIIHeading: 'Các chỉ tiêu theo dõi, đánh giá theo giai đoạn 05 năm (Phụ lục II)',
  otherIndicatorsHeading: (appendix: string) => `Các chỉ tiêu theo Phụ lục ${appendix}`,
  achievedHeading: 'a) Kết quả đạt được',
  limitsHeading: 'b) Tồn tại, hạn chế',
  groupName: (group: string) =>
    `Nhóm chỉ tiêu ${/^đến năm/i.test(group) ? group.charAt(0).toLocaleLowerCase('vi') + group.slice(1) : group}`,
  groupNone: (label: string, year: number) => `${label}: không có chỉ tiêu phải đánh giá trong năm ${year}`,
  groupAchieved: (label: string, achieved: number, counted: number) =>
    `${label}: đạt ${n(achieved)}/${n(counted)} chỉ tiêu`,
  groupExceeded: (count: number) => `trong đó ${n(count)} chỉ tiêu vượt`,
  groupNotAchieved: (count: number, list: string) => `${n(count)} chỉ tiêu chưa đạt (${list})`,
  groupMissing: (count: number, list: string) => `${n(count)} chỉ tiêu chưa có kết quả (${list})`,
  groupNeedsReview: (count: number, list: string) => `${n(count)} chỉ tiêu chờ Phòng VHXH đánh giá (${list})`,
  groupNotApplicable: (count: number, list: string) => `${n(count)} chỉ tiêu không áp dụng, không tính (${list})`,
  indicatorRefs: (list: string) => `chỉ tiêu ${list}`,
  trackSentence: (milestone: string, onTrack: number, behind: number, behindList: string) =>
    `Theo lộ trình đến mốc ${milestone}: ${n(onTrack)} chỉ tiêu đúng lộ trình` +
    (behind ? `, ${n(behind)} chỉ tiêu chậm lộ trình (${behindList})` : '') +
    '.',
  milestoneYear: (year: number) => `năm ${year}`,
  milestoneMixed: 'các năm mốc của giai đoạn',
  /** The label is left out when the unit's result already says it ("Đạt"). */
  achievedItem: (tt: string, name: string, unit: string, result: string, label: string) =>
    `- ${tt ? `${tt}. ` : ''}${name}${unit ? ` (${unit})` : ''}: ${result || 'không ghi kết quả'}` +
    `${result.toLocaleLowerCase('vi') === label.toLocaleLowerCase('vi') ? '' : ` (${label})`}.`,
  limitItem: (tt: string, name: string, unit: string, label: string, reason: string) =>
    `- ${tt ? `${tt}. ` : ''}${name}${unit ? ` (${unit})` : ''}: ${label}${reason ? `. ${reason}` : ''}${/[.!?]$/.test(reason) ? '' : '.'}`,
  noAchieved: 'Chưa có chỉ tiêu nào đạt.',
  noLimits: 'Không có chỉ tiêu chưa đạt, chưa có kết quả hoặc chờ đánh giá.',
  byHand: '(Phòng VHXH đánh giá)',

  // II. Tasks.
  sectionTasks: 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
  tasksOverall: (total: number) =>
    `Tổng số ${n(total)} nhiệm vụ (nhiệm vụ có nhiều đơn vị chủ trì được tính riêng cho từng đơn vị)`,
  taskCounts: {
    DONE: (c: number) => `${n(c)} hoàn thành đúng hạn`,
    DONE_LATE: (c: number) => `${n(c)} hoàn thành chậm`,
    IN_PROGRESS: (c: number) => `${n(c)} đang thực hiện`,
    OVERDUE: (c: number) => `${n(c)} quá hạn`,
    NOT_DUE: (c: number) => `${n(c)} chưa đến hạn`,
    MISSING: (c: number) => `${n(c)} chưa có báo cáo tình trạng`,
    NEEDS_REVIEW: (c: number) => `${n(c)} chờ Phòng VHXH đánh giá`,
  },
  taskAppendixLine: (title: string, total: number, counts: string) => `- ${title}: ${n(total)} nhiệm vụ; ${counts}.`,
  doneItem: (tt: string, name: string, unit: string, result: string) =>
    `- ${tt ? `${tt}. ` : ''}${name} (${unit}): ${result}${/[.!?]$/.test(result) ? '' : '.'}`,
  doneWithoutResult: (count: number) =>
    `Ngoài ra, ${n(count)} nhiệm vụ đã hoàn thành nhưng đơn vị chưa ghi kết quả, sản phẩm cụ thể.`,
  noDone: 'Chưa có nhiệm vụ nào được báo cáo hoàn thành.',
  overdueIntro: (count: number) => `Có ${n(count)} nhiệm vụ quá hạn:`,
  noOverdue: 'Không có nhiệm vụ quá hạn.',
  taskLimitItem: (tt: string, name: string, unit: string, label: string, reason: string) =>
    `- ${tt ? `${tt}. ` : ''}${name} (đơn vị chủ trì: ${unit}): ${label}${reason ? `. ${reason}` : ''}${/[.!?]$/.test(reason) ? '' : '.'}`,
  needsReviewIntro: (count: number) => `Có ${n(count)} nhiệm vụ chờ Phòng Văn hóa - Xã hội đánh giá:`,
  tasksOfAppendix: (appendix: string) => `Nhiệm vụ theo ${appendix}:`,
  missingTasksIntro: (count: number) => `Có ${n(count)} nhiệm vụ đơn vị chưa báo cáo tình trạng thực hiện:`,
  missingTasksByUnit: (unit: string, count: number) => `- ${unit}: ${n(count)} nhiệm vụ.`,

  // III–V.
  sectionLimits: 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
  limitsSummaryIndicators: (notAchieved: number, missing: number, review: number) =>
    `- Về chỉ tiêu: ${[
      notAchieved ? `${n(notAchieved)} chỉ tiêu chưa đạt` : '',
      missing ? `${n(missing)} chỉ tiêu chưa có kết quả` : '',
      review ? `${n(review)} chỉ tiêu chờ đánh giá` : '',
    ]
      .filter(Boolean)
      .join(', ')} (chi tiết tại Mục I).`,
  limitsSummaryTasks: (overdue: number, late: number, missing: number) =>
    `- Về nhiệm vụ: ${[
      overdue ? `${n(overdue)} nhiệm vụ quá hạn` : '',
      late ? `${n(late)} nhiệm vụ hoàn thành chậm` : '',
      missing ? `${n(missing)} nhiệm vụ chưa báo cáo tình trạng` : '',
    ]
      .filter(Boolean)
      .join(', ')} (chi tiết tại Mục II).`,
  limitsSummaryReporting: (parts: string) => `- Về việc báo cáo: ${parts}.`,
  limitsNone: 'Các chỉ tiêu, nhiệm vụ phải thực hiện trong năm đều đạt, hoàn thành đúng tiến độ.',
  unitsSaid: 'Khó khăn, vướng mắc do các đơn vị nêu:',
  noDifficulties: 'Các phòng, ban, đơn vị không nêu khó khăn, vướng mắc.',
  unitItem: (unit: string, text: string) => `- ${unit}: ${text}`,
  sectionProposals: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
  noProposals: 'Các phòng, ban, đơn vị không có đề xuất, kiến nghị.',
  sectionNextYear: (year: number) => `V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year}`,
  nextYearGeneral: (year: number) =>
    `- Tiếp tục tổ chức thực hiện Kế hoạch; tập trung hoàn thành các nhiệm vụ đang thực hiện, quá hạn và phấn đấu đạt các chỉ tiêu còn chưa đạt trong năm ${year}.`,
  nextYearMonitoring:
    '- Các phòng, ban, đơn vị cập nhật kết quả thường xuyên trên bảng theo dõi chung; Phòng Văn hóa - Xã hội theo dõi, đôn đốc và tổng hợp báo cáo Ủy ban nhân dân phường.',
  nextYearUnits: 'Nhiệm vụ trọng tâm do các đơn vị đề ra:',
  closing: (planNumber: string, planDate: string, ward: string, year: number) =>
    `Trên đây là Báo cáo kết quả thực hiện Kế hoạch số ${planNumber} ngày ${planDate} năm ${year} của Ủy ban nhân dân phường ${ward}./.`,

  // Recipients and signature.
  recipientsTitle: 'Nơi nhận:',
  signerBody: 'TM. ỦY BAN NHÂN DÂN',
  defaultSignerTitle: 'CHỦ TỊCH',

  // Appendices.
  indicatorsAppendixTitle: (year: number) => `Phụ lục: Kết quả thực hiện các chỉ tiêu năm ${year}`,
  tasksAppendixTitle: (year: number) => `Phụ lục: Kết quả thực hiện các nhiệm vụ năm ${year}`,
  chartsTitle: (year: number) => `Biểu đồ kết quả thực hiện năm ${year}`,
  appendixSubtitle: (reportNumber: string, date: string, ward: string) =>
    `(Kèm theo Báo cáo số ${reportNumber || '…'}/BC-UBND ngày ${date} của UBND phường ${ward})`,
  indicatorHeaders: ['TT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm', 'Kết quả', 'Đánh giá'],
  taskHeaders: ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
  bandLetters: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
  appendixFallback: (label: string) => `Phụ lục ${label}`,
  /** No-break space: "(mốc 2030)" never splits across lines in a narrow cell. */
  milestoneNote: (year: number) => `(mốc\u00a0${year})`,
  noTarget: '-',
  completedOn: (date: string) => `(${date})`,

  // Google Docs: what the tool cannot do itself, told to the VHXH office in the dialog.
  gdocPageNumberHint:
    'Google Docs chưa cho phép công cụ tự chèn số trang. Để đánh số trang đúng thể thức (giữa lề trên, từ trang 2): ' +
    'chọn Chèn > Số trang > Tùy chọn khác, chọn Đầu trang, bỏ chọn "Hiển thị trên trang đầu tiên", bấm Áp dụng, rồi căn giữa số trang.',
  gdocFolderMissing: (folderId: string) =>
    `Không mở được thư mục "${folderId}" ghi ở Cấu hình (Thư mục lưu báo cáo); báo cáo được lưu cùng thư mục với bảng tính.`,
  gdocFolderFallback: 'Không đặt được báo cáo vào thư mục của bảng tính; báo cáo nằm trong "Drive của tôi".',
} as const;
