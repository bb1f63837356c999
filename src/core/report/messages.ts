/**
 * Every Vietnamese phrase the report prints, in one place. The wording follows the wards' real reports
 * ("Thực hiện Công văn số … của …", "a) Kết quả đạt được", "b) Tồn tại, hạn chế", "UBND phường kiến nghị",
 * "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"). Phrases that carry values are functions; counts are written with two
 * digits ("đạt 02/03 chỉ tiêu") as the reports write them. One status has one name everywhere (REPORT_TEXT.standing,
 * REPORT_TEXT.taskStatus). What the VHXH office reads in Apps Script dialogs about the report is here too.
 */
import { pad2 } from '../text';
import type { PreflightKind } from './preflight';
import type { Standing } from './standing';

const n = pad2;
/** No-break space: "UBND phường Hải Dương", "năm 2026" never split across lines. */
const NB = '\u00a0';
const keep = (text: string) => text.replace(/ /g, NB);

export const REPORT_TEXT = {
  /** One name per standing of an indicator (the appendix's "Đánh giá" column and the counts). */
  standing: {
    ACHIEVED: () => 'Đạt',
    EXCEEDED: () => 'Vượt',
    NOT_ACHIEVED: () => 'Không đạt',
    REACHED_EARLY: (y) => (y ? `Đã đạt mức năm ${y}` : 'Đã đạt'),
    ON_TRACK: () => 'Đúng lộ trình',
    BEHIND: () => 'Chậm lộ trình',
    SHORT: (y) => (y ? `Chưa đạt mức năm ${y}` : 'Chưa đạt'),
    NO_DATA: () => 'Chưa báo cáo',
    INVALID: () => 'Chưa có số liệu hợp lệ',
    UNJUDGED: () => 'Chưa đánh giá',
    NOT_APPLICABLE: () => 'Không áp dụng',
  } as Record<Standing, (year: number | null) => string>,
  /** One name per task status. */
  taskStatus: {
    DONE: 'Hoàn thành',
    DONE_LATE: 'Hoàn thành chậm',
    IN_PROGRESS: 'Đang thực hiện',
    OVERDUE: 'Quá hạn',
    NOT_DUE: 'Chưa đến hạn',
    MISSING: 'Chưa báo cáo',
    NEEDS_REVIEW: 'Chưa đánh giá',
  },
  /** A result the tool cannot print (formula, HTML, unreadable number). */
  invalidResult: 'Chưa có số liệu hợp lệ',
  /** Comparisons written before a figure ("≥ 60%", "trên 70%"). */
  ops: { '>=': '≥ ', '>': 'trên ', '<=': '≤ ', '<': 'dưới ' } as Record<string, string>,
  docCreator: (ward: string) => `UBND phường ${ward}`,
  /** The areas of the narrative (areas.ts decides which rows go where). */
  areas: {
    awareness: 'Nâng cao nhận thức, đổi mới tư duy, tuyên truyền',
    institutions: 'Hoàn thiện thể chế, chính sách',
    infrastructure: 'Hạ tầng số',
    people: 'Nhân lực, kỹ năng số và giáo dục',
    government: 'Chuyển đổi số trong hoạt động của cơ quan nhà nước',
    economy: 'Khoa học, công nghệ, đổi mới sáng tạo và kinh tế số',
    other: 'Các nội dung khác',
  },
  /** Whom a unit's proposal is addressed to, read from its first words ("Đề nghị Sở Y tế …"). */
  addressees: {
    city: 'Ủy ban nhân dân thành phố',
    cityPolice: 'Công an thành phố',
    cityDepartments: 'các sở, ngành thành phố',
    departments: [
      'Sở Khoa học và Công nghệ',
      'Sở Giáo dục và Đào tạo',
      'Sở Nông nghiệp và Môi trường',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Dân tộc và Tôn giáo',
      'Sở Y tế',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Xây dựng',
      'Sở Tư pháp',
      'Sở Ngoại vụ',
    ],
    /** Regular-expression sources, matched at the start, case-insensitive. */
    cityWords: '(ủy ban nhân dân|ubnd) (thành phố|tp)',
    cityShort: '(thành phố|tp)',
    cityPoliceWords: 'công an (thành phố|tp)',
    cityDepartmentsWords: '(các|những) sở,? ngành( (của|thuộc) thành phố| thành phố)?',
    ofCity: '( thành phố)?',
  },
  // Header block.
  issuerParent: 'ỦY BAN NHÂN DÂN',
  issuer: (ward: string) => `PHƯỜNG ${ward.toLocaleUpperCase('vi')}`,
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** The number is given when the report is registered: left for the office unless Cấu hình has it. */
  numberLine: (reportNumber: string) => `Số: ${reportNumber || '…'}/BC-UBND`,
  /** Day and month are written when the report is signed (as the wards' reports leave them). */
  dateLine: (ward: string, year: number) => `${ward}, ngày … tháng … năm ${year}`,
  title: 'BÁO CÁO',
  subject: (planNumber: string, planDate: string, ward: string, year: number) =>
    `Kết quả thực hiện Kế hoạch số ${planNumber} ngày ${planDate} của ${keep(`UBND phường ${ward}`)} ${keep(`năm ${year}`)}`,

  // Opening: "Căn cứ …" (optional), "Thực hiện …".
  legalBasis: (basis: string) => `Căn cứ ${basis.replace(/^căn cứ\s+/i, '')};`,
  request: (letters: string[], ward: string, year: number) =>
    `Thực hiện ${letters.map((l) => l.replace(/^thực hiện\s+/i, '').replace(/[;.,\s]+$/, '')).join('; ')}, ` +
    `Ủy ban nhân dân phường ${ward} báo cáo kết quả thực hiện năm ${year} như sau:`,
  planRequest: (planNumber: string, planDate: string, ward: string, about: string, year: number) =>
    `Thực hiện Kế hoạch số ${planNumber} ngày ${planDate} của Ủy ban nhân dân phường ${ward}${about ? ` về việc ${about}` : ''}, ` +
    `Ủy ban nhân dân phường ${ward} báo cáo kết quả thực hiện năm ${year} như sau:`,

  // I. Results.
  sectionResults: (year: number) => `I. KẾT QUẢ THỰC HIỆN NĂM ${year}`,
  overallHeading: '1. Kết quả chung',
  /** "- Về chỉ tiêu đến hạn trong năm 2026: đạt 01/03 chỉ tiêu; còn lại 01 chỉ tiêu không đạt, …" (one sentence). */
  dueIndicators: (year: number, achieved: number, total: number, exceeded: number, rest: string) =>
    `- Về chỉ tiêu đến hạn trong năm ${year}: đạt ${n(achieved)}/${n(total)} chỉ tiêu` +
    (exceeded ? ` (trong đó ${n(exceeded)} chỉ tiêu vượt)` : '') +
    (rest ? `; còn lại ${rest}` : '') +
    '.',
  noDueIndicators: (year: number) => `- Không có chỉ tiêu nào đến hạn trong năm ${year}.`,
  laterIndicators: (total: number, years: string, parts: string) =>
    `- Về chỉ tiêu có mục tiêu đến năm ${years}: ${n(total)} chỉ tiêu, trong đó ${parts}.`,
  laterParts: {
    reachedEarly: (c: number) => `${n(c)} chỉ tiêu đã đạt mục tiêu`,
    onTrack: (c: number) => `${n(c)} chỉ tiêu đúng lộ trình`,
    behind: (c: number) => `${n(c)} chỉ tiêu chậm lộ trình`,
    short: (c: number) => `${n(c)} chỉ tiêu chưa đạt mục tiêu, cần tiếp tục phấn đấu`,
    noData: (c: number) => `${n(c)} chỉ tiêu chưa có số liệu`,
    invalid: (c: number) => `${n(c)} chỉ tiêu chưa có số liệu hợp lệ`,
    unjudged: (c: number) => `${n(c)} chỉ tiêu chưa đánh giá`,
  },
  dueParts: {
    notAchieved: (c: number) => `${n(c)} chỉ tiêu không đạt`,
    noData: (c: number) => `${n(c)} chỉ tiêu chưa có số liệu`,
    invalid: (c: number) => `${n(c)} chỉ tiêu chưa có số liệu hợp lệ`,
    unjudged: (c: number) => `${n(c)} chỉ tiêu chưa đánh giá`,
  },
  groupLine: (group: string, total: number, parts: string) => `+ ${group} (${n(total)} chỉ tiêu): ${parts}.`,
  groupName: (group: string) =>
    `Nhóm chỉ tiêu ${/^đến năm/i.test(group) ? group.charAt(0).toLocaleLowerCase('vi') + group.slice(1) : group}`,
  standingCount: (label: string, c: number) => `${n(c)} ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`,
  notApplicableNote: (c: number) => `${n(c)} chỉ tiêu không áp dụng đối với phường (không tính)`,
  tasksOverall: (total: number, counts: string) => `- Về nhiệm vụ: ${n(total)} nhiệm vụ, trong đó ${counts}.`,
  taskCounts: {
    DONE: (c: number) => `${n(c)} nhiệm vụ hoàn thành`,
    DONE_LATE: (c: number) => `${n(c)} nhiệm vụ hoàn thành chậm`,
    IN_PROGRESS: (c: number) => `${n(c)} nhiệm vụ đang thực hiện`,
    OVERDUE: (c: number) => `${n(c)} nhiệm vụ quá hạn`,
    NOT_DUE: (c: number) => `${n(c)} nhiệm vụ chưa đến hạn`,
    MISSING: (c: number) => `${n(c)} nhiệm vụ chưa báo cáo`,
    NEEDS_REVIEW: (c: number) => `${n(c)} nhiệm vụ chưa đánh giá`,
  },
  detailsInAppendix: 'Chi tiết tại Phụ lục I và Phụ lục II kèm theo.',
  areaHeading: (index: number, title: string) => `${index}. ${title}`,
  achievedHeading: 'a) Kết quả đạt được',
  limitsHeading: 'b) Tồn tại, hạn chế',
  /** "Tỷ lệ …: đạt 82,54%, tăng 2,44 điểm % so với năm 2025, đã đạt mục tiêu năm 2030 (mục tiêu năm 2030: ≥ 80%)." */
  indicatorAchieved: (name: string, result: string, change: string, how: string, target: string) =>
    `- ${name}: đạt ${result}${change ? `, ${change}` : ''}${how ? `, ${how}` : ''}${target ? ` (${target})` : ''}.`,
  /** A unit wrote "Đạt" or "Hoàn thành" (no figure) and the tool took the claim: said as a claim, never "đạt Đạt". */
  indicatorClaimed: (name: string, how: string, target: string) =>
    `- ${name}: đơn vị báo cáo đã đạt, không nêu số liệu cụ thể${how ? `; ${how}` : ''}${target ? ` (${target})` : ''}.`,
  /** The change from the indicator's latest earlier result (Lịch sử): "tăng 4,2 điểm % so với năm 2025". */
  change: (delta: number, amount: string, year: number) =>
    delta > 0
      ? `tăng ${amount} so với năm ${year}`
      : delta < 0
        ? `giảm ${amount} so với năm ${year}`
        : `bằng năm ${year}`,
  onTrackHow: 'đúng lộ trình',
  reachedEarlyHow: (year: number | null) => (year ? `đã đạt mục tiêu năm ${year}` : 'đã đạt mục tiêu'),
  indicatorBehind: (name: string, result: string, change: string, target: string, what: string) =>
    `- ${name}: ${result ? `kết quả ${result}, ` : ''}${change ? `${change}, ` : ''}${what}${target ? ` (${target})` : ''}.`,
  indicatorNoData: (name: string, what: string) => `- ${name}: ${what}.`,
  /** A unit wrote "Đạt" or "Hoàn thành" where a figure was asked for. */
  indicatorWordOnly: (name: string, word: string, target: string) =>
    `- ${name}: đơn vị báo cáo "${word}", chưa có số liệu cụ thể để đánh giá${target ? ` (${target})` : ''}.`,
  targetOf: (target: string, year: number | null) => (year ? `mục tiêu năm ${year}: ${target}` : `mục tiêu: ${target}`),
  behindWhat: 'chậm so với lộ trình',
  shortWhat: (year: number | null) => (year ? `chưa đạt mục tiêu năm ${year}` : 'chưa đạt mục tiêu'),
  notAchievedWhat: 'không đạt chỉ tiêu',
  noDataWhat: 'chưa có số liệu',
  invalidWhat: 'chưa có số liệu hợp lệ',
  unjudgedWhat: 'chưa đủ căn cứ để đánh giá',
  taskDone: (name: string, result: string) => `- ${name}${result ? `: ${result}` : ''}.`,
  taskOverdue: (name: string, due: string) => `- ${name}: chưa hoàn thành${due ? ` (thời hạn ${due})` : ''}.`,
  taskLate: (name: string, due: string) => `- ${name}: hoàn thành chậm so với thời hạn${due ? ` ${due}` : ''}.`,
  tasksDone: (c: number) => `- Hoàn thành ${n(c)} nhiệm vụ (chi tiết tại Phụ lục II).`,
  otherTasksDone: (c: number) => `- Hoàn thành ${n(c)} nhiệm vụ khác (chi tiết tại Phụ lục II).`,
  tasksInProgress: (c: number) => `- ${n(c)} nhiệm vụ đang triển khai thực hiện theo kế hoạch.`,
  noAreaResults: 'Các nhiệm vụ đang được triển khai theo kế hoạch; chưa có kết quả cụ thể được báo cáo.',
  noAreaLimits: 'Không có.',

  // II. Shortfalls and causes.
  sectionLimits: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
  limitsSubheading: '1. Tồn tại, hạn chế',
  causesSubheading: '2. Nguyên nhân',
  limitIndicatorsBehind: (c: number, list: string) => `- ${n(c)} chỉ tiêu chậm so với lộ trình (${list}).`,
  limitIndicatorsNotAchieved: (c: number, list: string) => `- ${n(c)} chỉ tiêu đến hạn không đạt (${list}).`,
  limitIndicatorsNoData: (c: number) => `- ${n(c)} chỉ tiêu chưa có số liệu để đánh giá.`,
  limitTasksOverdue: (c: number) => `- ${n(c)} nhiệm vụ quá thời hạn nhưng chưa hoàn thành.`,
  limitTasksLate: (c: number) => `- ${n(c)} nhiệm vụ hoàn thành chậm so với thời hạn.`,
  limitsNone: '- Các chỉ tiêu, nhiệm vụ đến hạn trong năm đều đạt, hoàn thành đúng tiến độ.',
  indicatorRefs: (list: string, appendix: string) => `chỉ tiêu ${list} tại ${appendix} của Kế hoạch`,
  /** A unit's own cause, in the ward's voice. */
  cause: (text: string) => `- ${text}`,
  noCauses:
    '- Một số chỉ tiêu, nhiệm vụ phụ thuộc vào hướng dẫn, hạ tầng và dữ liệu của cấp trên; nguồn lực của phường cho chuyển đổi số còn hạn chế.',

  // III. Proposals, grouped by addressee.
  sectionProposals: 'III. ĐỀ XUẤT, KIẾN NGHỊ',
  proposalsIntro: (ward: string) => `Ủy ban nhân dân phường ${ward} kiến nghị:`,
  addressee: (index: number, who: string) => `${index}. Đối với ${who}:`,
  addresseeOther: 'các cơ quan có liên quan',
  proposal: (text: string) => `- ${text}`,
  noProposals: 'Ủy ban nhân dân phường không có kiến nghị.',

  // IV. Next year.
  sectionNextYear: (year: number) => `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year}`,
  nextYearGeneral:
    '- Tiếp tục quán triệt, tổ chức thực hiện đồng bộ các nhiệm vụ, giải pháp của Kế hoạch; gắn mục tiêu chuyển đổi số với nhiệm vụ chuyên môn của từng cơ quan, đơn vị.',
  nextYearBehind: (list: string) => `- Tập trung nguồn lực cho các chỉ tiêu chậm so với lộ trình (${list}).`,
  nextYearOverdue: (c: number) =>
    `- Hoàn thành dứt điểm ${n(c)} nhiệm vụ đã quá thời hạn; đôn đốc các nhiệm vụ đang thực hiện.`,
  nextYearItem: (text: string) => `- ${text}`,
  nextYearMonitoring:
    '- Các phòng, ban, đơn vị cập nhật kết quả thường xuyên; Phòng Văn hóa - Xã hội theo dõi, đôn đốc, tổng hợp, báo cáo Ủy ban nhân dân phường.',
  closing: (planNumber: string, ward: string, year: number) =>
    `Trên đây là Báo cáo kết quả thực hiện Kế hoạch số ${planNumber} năm ${year} và phương hướng, nhiệm vụ năm ${year + 1} của Ủy ban nhân dân phường ${ward}./.`,

  // Recipients and signature.
  recipientsTitle: 'Nơi nhận:',
  signerBody: 'TM. ỦY BAN NHÂN DÂN',
  defaultSignerTitle: 'CHỦ TỊCH',

  // Appendices.
  appendixNumerals: ['I', 'II', 'III', 'IV', 'V', 'VI'],
  appendixLabel: (numeral: string) => `Phụ lục ${numeral}`,
  indicatorsAppendixTitle: (year: number) => `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`,
  tasksAppendixTitle: (year: number) => `KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ NĂM ${year}`,
  internalTitle: 'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ VÀ CÁCH TỔNG HỢP (DÙNG NỘI BỘ)',
  appendixSubtitle: (reportNumber: string, year: number, ward: string) =>
    `(Kèm theo Báo cáo số ${reportNumber || '…'}/BC-UBND ngày … tháng … năm ${year} của Ủy ban nhân dân phường ${ward})`,
  indicatorHeaders: (year: number) => [
    'TT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Mục tiêu',
    `Kết quả năm ${year}`,
    'Đánh giá',
    'Đơn vị chủ trì',
  ],
  taskHeaders: ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', 'Kết quả, sản phẩm'],
  bandLetters: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
  appendixFallback: (label: string) => `Phụ lục ${label}`,
  /** The Google Doc of one run: "Báo cáo Kế hoạch 57 năm 2026 - 25/11/2026 16:05". */
  documentName: (planShortNumber: string, year: number, at: string) =>
    `Báo cáo Kế hoạch ${planShortNumber} năm ${year} - ${at}`,
  /** The word that joins the last item of a list: "a, b và c". */
  and: 'và',
  /** A band row of the report's appendix naming one of the plan's appendices ("Theo Phụ lục III của Kế hoạch: …"). */
  bandTitle: (planAppendixTitle: string) => {
    const m = /^(Phụ lục \S+) - (.*)$/.exec(planAppendixTitle);
    return m ? `Theo ${m[1]} của Kế hoạch: ${m[2]}` : planAppendixTitle;
  },
  targetWithYear: (target: string, year: number) => `${target} (năm${NB}${year})`,
  noTarget: '-',
  percentUnit: '%',

  // Internal annex (off by default).
  internalReporting: (date: string, deadline: string) =>
    `Tình hình gửi báo cáo của các đơn vị tính đến ngày ${date} (hạn: ${deadline}):`,
  onTime: (count: number, total: number, names: string) => `- Gửi đúng hạn: ${n(count)}/${n(total)} đơn vị (${names}).`,
  late: (count: number, names: string) => `- Gửi sau hạn: ${n(count)} đơn vị (${names}).`,
  notReported: (count: number, names: string) => `- Chưa gửi: ${n(count)} đơn vị (${names}).`,
  pending: (count: number, names: string) => `- Chưa gửi, còn trong hạn: ${n(count)} đơn vị (${names}).`,
  lateUnit: (name: string, date: string) => `${name}: ngày ${date}`,
  countingRule: (year: number) =>
    `Cách tổng hợp: chỉ tiêu đến hạn là chỉ tiêu có mục tiêu của năm ${year} (hoặc áp dụng hằng năm), được đánh giá đạt hoặc không đạt; ` +
    'chỉ tiêu có mục tiêu ở năm sau được đánh giá theo lộ trình (đường thẳng từ mục tiêu mốc trước đến mục tiêu mốc sau); ' +
    'chỉ tiêu, nhiệm vụ có nhiều đơn vị chủ trì được tính riêng cho từng đơn vị; số liệu lấy từ bảng theo dõi chung do các đơn vị nhập.',
  internalUnjudged: (c: number) =>
    `Các chỉ tiêu, nhiệm vụ chưa được Phòng Văn hóa - Xã hội đánh giá (${n(c)}), ghi "Chưa đánh giá" trong phụ lục:`,
  internalInvalid: (c: number) => `Các ô kết quả chưa dùng được (${n(c)}), ghi "Chưa có số liệu hợp lệ" trong báo cáo:`,
  internalItem: (where: string, unit: string, detail: string) => `- ${where} (${unit}): ${detail}`,
  internalLeftOut: (c: number) =>
    `Nội dung do đơn vị nhập có công thức hoặc mã HTML nên không đưa vào báo cáo: ${n(c)} ô.`,

  // Apps Script: what the VHXH office reads around "Tạo báo cáo".
  reportFolderName: 'Báo cáo Kế hoạch CĐS',
  driveServiceMissing:
    'Chưa bật dịch vụ Drive nâng cao (Drive API v3) cho dự án Apps Script: hãy đưa mã lên lại bằng "npm run push" (tệp appsscript.json đã khai báo dịch vụ này).',
  folderNotAllowed: (setting: string) =>
    `Công cụ không được quyền ghi vào thư mục "${setting}" ghi ở Cấu hình (công cụ chỉ ghi được vào thư mục do chính nó tạo). Báo cáo được lưu vào thư mục "Báo cáo Kế hoạch CĐS" của công cụ; đường dẫn đã ghi lại ở Cấu hình.`,
  folderCreated: (name: string) =>
    `Công cụ đã tạo thư mục "${name}" trong Drive của bạn để lưu báo cáo và ghi đường dẫn ở Cấu hình (Thư mục lưu báo cáo). Có thể di chuyển thư mục này tới chỗ khác trong Drive.`,
  folderUnusable: 'Drive không cho ghi báo cáo vào thư mục công cụ vừa tạo. Hãy thử lại sau ít phút.',
  dialogTitle: 'Tạo báo cáo',
  dialogCreated: 'Đã tạo báo cáo mới (báo cáo cũ được giữ nguyên):',
  dialogOpen: 'Mở báo cáo',
  dialogFolder: 'Mở thư mục báo cáo',
  dialogCheck:
    'Hãy đọc soát trước khi trình ký: Google Docs chuyển từ tệp Word nên khoảng cách dòng và độ rộng cột có thể lệch đôi chút.',
  logCreated: (url: string) => `Đã tạo báo cáo: ${url}`,

  // The pre-flight, shown before the report is made (Apps Script dialog, npm start's console).
  preflight: {
    title: 'Trước khi tạo báo cáo',
    clean: 'Dữ liệu đã đủ và đọc được: có thể tạo báo cáo.',
    summary: (c: Record<PreflightKind, number>) =>
      [
        c.invalid
          ? `${c.invalid} ô nhập chưa đúng quy định (kết quả không đọc được in là "chưa có số liệu hợp lệ")`
          : '',
        c.unitMismatch
          ? `${c.unitMismatch} kết quả ghi khác đơn vị tính của chỉ tiêu (báo cáo sẽ ghi "Chưa đánh giá" cho đến khi sửa hoặc Phòng VHXH đánh giá)`
          : '',
        c.contradiction
          ? `${c.contradiction} chỉ tiêu có số liệu mâu thuẫn giữa các dòng (báo cáo sẽ ghi "Chưa đánh giá" cho các dòng đó cho đến khi thống nhất)`
          : '',
        c.unjudged ? `${c.unjudged} dòng chờ Phòng VHXH đánh giá (báo cáo sẽ ghi "Chưa đánh giá")` : '',
        c.notSubmitted ? `${c.notSubmitted} đơn vị chưa gửi báo cáo` : '',
        c.setting ? `${c.setting} mục ở trang Cấu hình nên điền` : '',
      ].filter(Boolean),
    kinds: {
      invalid: 'Ô nhập chưa đúng quy định',
      unitMismatch: 'Khác đơn vị tính',
      contradiction: 'Số liệu mâu thuẫn',
      unjudged: 'Chờ Phòng VHXH đánh giá',
      notSubmitted: 'Đơn vị chưa gửi báo cáo',
      setting: 'Cấu hình',
    } as Record<PreflightKind, string>,
    unjudged: (reason: string) => `Cần Phòng VHXH chọn ở cột "Đánh giá của Phòng VHXH". ${reason}`,
    notSubmitted: (late: boolean) => (late ? 'Quá hạn, chưa gửi báo cáo.' : 'Chưa gửi báo cáo (còn trong hạn).'),
    contradiction: (results: string) =>
      `Các dòng cùng một chỉ tiêu ghi số liệu khác nhau: ${results}. Thống nhất một số liệu rồi sửa dòng còn lại.`,
    settingRequest: 'Văn bản yêu cầu báo cáo',
    settingSigner: 'Họ tên người ký',
    noRequest: 'Chưa ghi văn bản yêu cầu báo cáo: báo cáo sẽ mở đầu bằng "Thực hiện Kế hoạch số …".',
    noSigner: 'Chưa ghi họ tên người ký.',
    question: 'Vẫn tạo báo cáo bây giờ? Chọn "Không" để sửa trước (menu Kế hoạch CĐS > Kiểm tra dữ liệu).',
    more: (n: number) => `… và ${n} mục khác (xem menu Kế hoạch CĐS > Kiểm tra dữ liệu).`,
    stopped: 'Chưa tạo báo cáo. Sửa các mục trên rồi chọn lại "Tạo báo cáo".',
  },
} as const;
