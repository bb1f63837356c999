/**
 * Every user-facing Vietnamese string of the judging core (indicators, tasks, cell validation, a ward's
 * own list and its command line). Strings that carry values are functions. Verdict labels themselves
 * live in ../verdicts.ts. Values typed by people are quoted with q() and never start a message, so a
 * message written into a sheet cell can never be read as a formula.
 */

/** 'text' (shortened): what a person typed, quoted in a reason. */
export function q(text: unknown, max = 60): string {
  const t = String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  return `'${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}'`;
}

export const TASK_STATUS_LIST = 'Hoàn thành, Đang thực hiện, Chưa thực hiện';
export const INDICATOR_REVIEW_LIST = 'Đạt, Vượt, Không đạt, Không áp dụng';
export const TASK_REVIEW_LIST = 'Hoàn thành, Hoàn thành chậm, Đang thực hiện, Quá hạn, Chưa đến hạn';

/** Reasons of indicator verdicts. */
export const IND = {
  milestone: (year: number) => ` (mốc năm ${year})`,
  estimate: 'ước ',

  noTargetStage: (year: number, targetYear: number, text: string) =>
    targetYear === year
      ? `Năm ${year} không có chỉ tiêu (ghi ${q(text)})`
      : `Năm ${year} không có chỉ tiêu: mốc năm ${targetYear} ghi ${q(text)}`,
  resultIgnored: (result: string) => `; kết quả đã nhập ${q(result)} không dùng để đánh giá`,
  noTargets: 'Dòng này chưa có chỉ tiêu để so sánh: cần bổ sung chỉ tiêu hoặc Phòng VHXH đánh giá',
  emptyTarget: (targetYear: number) =>
    `Chưa có chỉ tiêu cho năm ${targetYear}: cần bổ sung chỉ tiêu hoặc Phòng VHXH đánh giá`,

  missing: 'Chưa nhập kết quả',
  noData: (text: string) => `Đơn vị ghi ${q(text)}`,
  evidence: (text: string) => `; giải trình: ${q(text, 100)}`,
  conditionHint: (condition: string) => `; nếu điều kiện ${q(condition)} chưa xảy ra, ghi 'Không áp dụng' và nêu lý do`,

  notApplicableCondition: (condition: string) =>
    `Không áp dụng: chỉ tiêu có điều kiện ${q(condition)} và đơn vị báo không áp dụng`,
  noEvidence: '; chưa ghi lý do ở cột giải trình',
  notApplicableWithoutCondition: (text: string) =>
    `Đơn vị ghi ${q(text)} nhưng chỉ tiêu không kèm điều kiện: cần Phòng VHXH xác nhận`,

  formula: "Ô kết quả chứa công thức (bắt đầu bằng '='): công cụ không tính công thức, cần nhập số liệu, ví dụ 82,5%",
  html: 'Ô kết quả chứa mã HTML hoặc script: không dùng, cần nhập số liệu, ví dụ 82,5%',
  date: (date: string) =>
    `Ô kết quả bị bảng tính hiểu thành ngày ${date}: nếu là tỷ số, gõ dấu ' trước (ví dụ '3/4) hoặc ghi tỷ lệ %`,
  boolean: 'Ô kết quả chứa giá trị đúng/sai (TRUE/FALSE), không phải số liệu',
  approximate: (text: string) => `Kết quả ghi gần đúng ${q(text)}: cần số liệu cụ thể hoặc Phòng VHXH đánh giá`,
  unreadable: (text: string) => `Không đọc được số trong kết quả ${q(text)}. Ví dụ hợp lệ: 82,5%`,
  ambiguous: (text: string, suggestion: string) =>
    `Số ${q(text)} không rõ: dấu chấm dùng để tách hàng nghìn; nếu là số thập phân, viết ${q(suggestion)}`,
  zeroDenominator: (text: string) => `Tỷ số ${q(text)} có mẫu số bằng 0: cần kiểm tra lại số liệu`,
  numeratorTooBig: (text: string) => `Tỷ số ${q(text)} có tử số lớn hơn mẫu số: cần kiểm tra lại số liệu`,
  over100: (display: string) => `Tỷ lệ ${display} lớn hơn 100%: cần kiểm tra lại số liệu`,
  freeText: (text: string, target: string) =>
    `Kết quả là văn bản ${q(text)}, không có số liệu để so với chỉ tiêu ${target}: cần Phòng VHXH đánh giá`,
  selfAssessed: (text: string, target: string) =>
    `Đơn vị tự đánh giá ${q(text)}, không có số liệu để so với chỉ tiêu ${target}: cần Phòng VHXH đánh giá`,

  qualitativeTarget: (target: string, result: string) =>
    `Chỉ tiêu định tính ${q(target)}: cần Phòng VHXH đánh giá; kết quả đơn vị nhập: ${q(result)}`,
  compoundTarget: (parts: string[], result: string) =>
    `Chỉ tiêu gồm ${parts.length} phần: ${parts.map((p, i) => `(${i + 1}) ${p}`).join('; ')}: cần Phòng VHXH đánh giá từng phần; kết quả đơn vị nhập: ${q(result)}`,
  unreadableTarget: (target: string) => `Không đọc được chỉ tiêu ${q(target)}: cần Phòng VHXH đánh giá`,
  ambiguousTarget: (target: string) =>
    `Chỉ tiêu ${q(target)} có số không rõ (dấu chấm dùng để tách hàng nghìn): cần sửa chỉ tiêu hoặc Phòng VHXH đánh giá`,

  unitMismatch: (result: string, resultKind: string, target: string, targetUnit: string) =>
    `Kết quả và chỉ tiêu có đơn vị không khớp: kết quả ${result} là ${resultKind}, chỉ tiêu ${target} tính theo ${targetUnit}: cần Phòng VHXH đánh giá`,
  kindMoney: 'số tiền',
  kindPercent: 'tỷ lệ %',
  kindRatio: 'tỷ số',
  kindCount: (unit: string) => `số lượng (${unit})`,
  unitPercent: '%',
  unitMoney: 'số tiền',
  unitCount: (unit: string) => `số lượng (${unit})`,
  unitNone: 'số (không ghi đơn vị)',

  boundUnclear: (result: string, target: string) =>
    `Kết quả ghi ${q(result)} không đủ để so với chỉ tiêu ${target}: cần số liệu cụ thể`,
  rangeUnclear: (result: string, target: string) =>
    `Kết quả ghi khoảng ${q(result)} không đủ để so với chỉ tiêu ${target}: cần số liệu cụ thể`,

  exceeded: (result: string, target: string) => `Kết quả ${result} vượt chỉ tiêu ${target}`,
  achieved: (result: string, target: string) => `Kết quả ${result} đạt chỉ tiêu ${target}`,
  achievedAtLeast: (result: string, target: string) => `Kết quả ${result} đạt (ít nhất) chỉ tiêu ${target}`,
  lower: (result: string, target: string) => `Kết quả ${result} thấp hơn chỉ tiêu ${target}`,
  higher: (result: string, target: string) => `Kết quả ${result} cao hơn mức tối đa của chỉ tiêu ${target}`,
  notReached: (result: string, target: string) => `Kết quả ${result} chưa đạt chỉ tiêu ${target}`,

  onTrack: (expected: string, year: number) => `; đúng lộ trình: cần ${expected} năm ${year}`,
  behind: (expected: string, year: number) => `; chậm lộ trình: cần ${expected} năm ${year}`,

  byHand: (label: string, computedLabel: string, computedReason: string) =>
    `Phòng VHXH đánh giá '${label}' (nhập tay); đánh giá tự động: ${computedLabel} - ${computedReason}`,
  invalidReview: (text: string) => ` (ô đánh giá của Phòng VHXH ghi ${q(text)}, không hợp lệ nên chưa áp dụng)`,
  byHandSuffix: ' (Phòng VHXH)',
  internalError: 'Không tự đánh giá được dòng này: cần Phòng VHXH đánh giá',
} as const;

/** Reasons of task verdicts. */
export const TASK = {
  missing: (year: number) => `Chưa nhập tình trạng thực hiện năm ${year}`,
  missingDue: (due: string) => ` (hạn ${due})`,
  missingWithDate: 'Có ngày hoàn thành nhưng chưa chọn tình trạng: cần chọn Hoàn thành',
  statusUnknown: (text: string) => `Tình trạng ${q(text)} không hợp lệ; chọn một trong: ${TASK_STATUS_LIST}`,
  completedOnInvalid: (text: string) =>
    `Ngày hoàn thành ${q(text)} không đọc được (ghi ngày/tháng/năm, ví dụ 15/09/2026)`,
  completedOnFuture: (date: string, today: string) => `Ngày hoàn thành ${date} sau ngày báo cáo ${today}: cần kiểm tra`,
  dateWithoutDone: (date: string, status: string) =>
    `Có ngày hoàn thành ${date} nhưng tình trạng là '${status}': cần kiểm tra`,

  doneOnTime: (date: string, due: string) => `Hoàn thành ngày ${date}, trong hạn ${due}`,
  doneLate: (date: string, due: string, days: number) => `Hoàn thành ngày ${date}, chậm ${days} ngày so với hạn ${due}`,
  doneDueBeforePlan: (date: string, due: string, plan: string) =>
    `Hoàn thành${date ? ` ngày ${date}` : ''}; thời hạn ${due} có trước ngày ban hành Kế hoạch (${plan}) nên không tính chậm`,
  doneBeforeDue: (due: string) => `Đơn vị báo hoàn thành; hạn ${due} chưa qua`,
  doneNoDatePastDue: (due: string) =>
    `Đơn vị báo hoàn thành nhưng chưa ghi ngày hoàn thành; hạn ${due} đã qua nên chưa biết đúng hạn hay chậm: cần ghi ngày hoàn thành`,
  doneRecurring: (year: number, time: string) => `Đơn vị báo hoàn thành nhiệm vụ năm ${year} (thời gian: ${q(time)})`,
  doneRecurringOtherYear: (date: string, year: number) =>
    `Ngày hoàn thành ${date} không thuộc năm ${year}, trong khi nhiệm vụ thực hiện hằng năm: cần kiểm tra`,
  doneConditional: (condition: string) => `Đơn vị báo hoàn thành (thời hạn theo điều kiện ${q(condition)})`,
  doneUnknownTime: (time: string) =>
    `Đơn vị báo hoàn thành; không đọc được thời hạn ${q(time)} nên chưa kiểm tra đúng hạn`,
  withDate: (date: string) => ` ngày ${date}`,

  inProgress: (due: string, days: number) => `Đang thực hiện; hạn ${due} (còn ${days} ngày)`,
  inProgressRecurring: (time: string) => `Đang thực hiện (thời gian: ${q(time)})`,
  inProgressConditional: (condition: string) => `Đang thực hiện (thời hạn theo điều kiện ${q(condition)})`,
  overdue: (due: string, days: number, status: string) => `Quá hạn ${due} đã ${days} ngày; tình trạng: ${status}`,
  notDue: (due: string, days: number) => `Chưa thực hiện; hạn ${due} chưa đến (còn ${days} ngày)`,
  notDueRange: (start: number, end: number, due: string) => `Chưa thực hiện; giai đoạn ${start}-${end}, hạn ${due}`,
  notDueFrom: (from: number, year: number) => `Nhiệm vụ thực hiện từ năm ${from}, chưa đến năm ${year}`,
  notDueYearly: (year: number, due: string, days: number) =>
    `Chưa thực hiện nhiệm vụ năm ${year}; hạn ${due} (còn ${days} ngày)`,
  continuousNotStarted: (time: string) => `Nhiệm vụ ${q(time)} nhưng đơn vị báo chưa thực hiện: cần Phòng VHXH xem xét`,
  conditionalWaiting: (condition: string, evidence: string) =>
    `Chưa đến hạn: thời hạn phụ thuộc điều kiện ${q(condition)}; đơn vị giải trình: ${q(evidence, 100)}`,
  conditionalNoEvidence: (condition: string) =>
    `Chưa thực hiện, thời hạn phụ thuộc điều kiện ${q(condition)}: cần đơn vị giải trình điều kiện đã xảy ra chưa`,
  unknownTime: (time: string, status: string) =>
    `Không đọc được thời hạn ${q(time)} nên chưa xác định đúng hạn hay quá hạn (tình trạng: ${status}): cần Phòng VHXH đánh giá`,
  noTime: 'chưa ghi thời gian hoàn thành',

  byHand: (label: string, computedLabel: string, computedReason: string) =>
    `Phòng VHXH đánh giá '${label}' (nhập tay); đánh giá tự động: ${computedLabel} - ${computedReason}`,
  invalidReview: (text: string) => ` (ô đánh giá của Phòng VHXH ghi ${q(text)}, không hợp lệ nên chưa áp dụng)`,
  internalError: 'Không tự đánh giá được dòng này: cần Phòng VHXH đánh giá',
} as const;

/** Messages for a cell typed by a person (onEdit notes, the data check). They say what is valid. */
export const CELL = {
  unreadableNumber: (text: string) => `Không đọc được số: ${q(text)}. Ví dụ hợp lệ: 82,5%`,
  ambiguousNumber: (text: string, suggestion: string) =>
    `Số ${q(text)} không rõ: dấu chấm (.) dùng để tách hàng nghìn. Nếu là số thập phân, viết ${suggestion}`,
  formula: 'Không nhập công thức vào ô kết quả. Ví dụ hợp lệ: 82,5% hoặc 375/394',
  html: 'Ô kết quả có mã HTML hoặc script. Chỉ nhập số liệu hoặc chữ, ví dụ 82,5% hoặc Đạt',
  date: (date: string) =>
    `Ô bị hiểu thành ngày ${date}. Nếu là tỷ số, gõ dấu ' trước, ví dụ '3/4; hoặc ghi tỷ lệ, ví dụ 75%`,
  boolean: 'Ô kết quả chứa TRUE/FALSE. Ví dụ hợp lệ: 82,5% hoặc Đạt',
  approximate: (text: string) => `Kết quả ghi gần đúng ${q(text)}. Ghi số liệu cụ thể, ví dụ 80,5%`,
  badRatio: (text: string) =>
    `Tỷ số ${q(text)} không hợp lệ: mẫu số phải khác 0 và tử số không lớn hơn mẫu số. Ví dụ hợp lệ: 375/394`,
  over100: (text: string) => `Tỷ lệ ${q(text)} lớn hơn 100%. Kiểm tra lại; ví dụ hợp lệ: 95,5%`,
  moneyForPercent: (text: string) =>
    `Chỉ tiêu tính theo % nhưng kết quả là số tiền (${q(text)}). Ghi tỷ lệ, ví dụ 2,16%; số tiền ghi ở cột giải trình`,
  countForPercent: (text: string) =>
    `Chỉ tiêu tính theo % nhưng kết quả là số lượng (${q(text)}). Ghi tỷ lệ (ví dụ 75%) hoặc tỷ số (ví dụ 3/4)`,
  indicatorReview: (text: string) => `Đánh giá ${q(text)} không hợp lệ. Chọn một trong: ${INDICATOR_REVIEW_LIST}`,
  taskReview: (text: string) => `Đánh giá ${q(text)} không hợp lệ. Chọn một trong: ${TASK_REVIEW_LIST}`,
  taskStatus: (text: string) => `Tình trạng ${q(text)} không hợp lệ. Chọn một trong: ${TASK_STATUS_LIST}`,
  completedOnInvalid: (text: string) =>
    `Ngày hoàn thành không hợp lệ: ${q(text)}. Ghi ngày/tháng/năm, ví dụ 15/09/2026`,
  completedOnFuture: (date: string, today: string) =>
    `Ngày hoàn thành ${date} ở sau hôm nay (${today}). Ghi ngày đã hoàn thành thực tế, ví dụ 15/09/2026`,
  completedOnNotDone: (status: string) =>
    `Có ngày hoàn thành nhưng tình trạng là '${status}'. Nếu đã xong, chọn Hoàn thành; nếu chưa, xóa ngày hoàn thành`,
  completedOnNoStatus: 'Có ngày hoàn thành nhưng chưa chọn tình trạng. Chọn: Hoàn thành',
} as const;

/** A ward's own list and the command line. */
export const WARD = {
  role: {
    tt: 'Số thứ tự (TT)',
    name: 'Tên chỉ tiêu',
    unitOfMeasure: 'Đơn vị tính',
    evidence: 'Giải trình, minh chứng',
    review: 'Đánh giá của Phòng VHXH (thay đánh giá tự động)',
    lead: 'Đơn vị chủ trì',
    coordinators: 'Cơ quan phối hợp',
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

/** `npm run bench`. */
export const BENCH = {
  title: (rows: string, node: string, cores: number) =>
    `Đánh giá ${rows} dòng chỉ tiêu (Node ${node}, ${cores} lõi CPU)`,
  total: (ms: string) => `Tổng thời gian: ${ms} ms`,
  speed: (perSecond: string) => `Tốc độ: ${perSecond} dòng/giây`,
  verdicts: (list: string) => `Kết quả: ${list}`,
  target: (rows: string, limitMs: number, met: boolean, scaledMs: string) =>
    `Mục tiêu ${rows} dòng dưới ${limitMs} ms: ${met ? 'ĐẠT' : 'KHÔNG ĐẠT'} (${scaledMs} ms cho ${rows} dòng)`,
} as const;
