/**
 * The one home of every user-facing Vietnamese string of judging: verdict labels, reasons of indicator and task
 * verdicts, the short path text of the "Lộ trình" column, cell notes, the counts, the benchmark. Strings that carry
 * values are functions. Values typed by people are quoted with q() and never start a message, so a message written
 * into a sheet cell can never be read as a formula.
 */

/** 'text' (shortened): what a person typed, quoted in a reason. */
export function q(text: unknown, max = 60): string {
  const t = String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  return `'${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}'`;
}

/** The verdict labels (the only place they are written); verdicts.ts types them. */
const VERDICT = {
  ACHIEVED: 'Đạt',
  EXCEEDED: 'Vượt',
  NOT_ACHIEVED: 'Không đạt',
  ON_TRACK: 'Đúng lộ trình',
  BEHIND: 'Chậm lộ trình',
  MISSING: 'Chưa báo cáo',
  NOT_APPLICABLE: 'Không áp dụng',
  NEEDS_REVIEW: 'Cần đánh giá',
  DONE: 'Hoàn thành',
  DONE_LATE: 'Hoàn thành chậm',
  IN_PROGRESS: 'Đang thực hiện',
  OVERDUE: 'Quá hạn',
  NOT_DUE: 'Chưa đến hạn',
} as const;

const TASK_STATUS = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] as const;
const INDICATOR_REVIEW_CHOICES = [
  VERDICT.ACHIEVED,
  VERDICT.EXCEEDED,
  VERDICT.NOT_ACHIEVED,
  VERDICT.ON_TRACK,
  VERDICT.BEHIND,
  VERDICT.NOT_APPLICABLE,
] as const;
const TASK_REVIEW_CHOICES = [
  VERDICT.DONE,
  VERDICT.DONE_LATE,
  VERDICT.IN_PROGRESS,
  VERDICT.OVERDUE,
  VERDICT.NOT_DUE,
] as const;

const lower = (s: string) => s.toLocaleLowerCase('vi');

export const JUDGING_TEXT = {
  verdict: VERDICT,
  /** What the VHXH office may choose (dropdowns, and the messages that list them). */
  choices: {
    taskStatus: TASK_STATUS,
    indicatorReview: INDICATOR_REVIEW_CHOICES,
    taskReview: TASK_REVIEW_CHOICES,
  },

  /** Reasons of indicator verdicts (one line each). */
  indicator: {
    estimate: 'ước ',
    /** After a figure written with a decimal point: "65,5% (ghi '65.5%')". */
    writtenAs: (text: string) => ` (ghi ${q(text)})`,
    /** How the target judged against is named in a reason. */
    targetOfYear: (target: string, year: number) => `${target} (năm ${year})`,
    targetMilestone: (target: string, year: number) => `${target} (mốc năm ${year})`,
    targetYearly: (target: string) => `${target} (hằng năm)`,
    targetKept: (target: string, since: number, until: number) =>
      `${target} (mức của mốc năm ${since}, giữ đến năm ${until})`,
    targetBy: (target: string, year: number) => `${target} đến năm ${year}`,

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
    conditionHint: (condition: string) =>
      `; nếu điều kiện ${q(condition)} chưa xảy ra, ghi 'Không áp dụng' và nêu lý do`,

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
    symbols: (text: string) =>
      `Kết quả ${q(text)} không có số liệu hay chữ đọc được: cần ghi số liệu (ví dụ 82,5%) hoặc 'chưa có số liệu' và nêu lý do`,
    dashNumber: (text: string) =>
      `Kết quả ${q(text)} không rõ dấu '-' là gạch đầu dòng hay dấu âm: cần ghi lại số liệu, ví dụ 5%`,
    negative: (text: string) => `Kết quả ${q(text)} là số âm: tỷ lệ, số lượng không thể âm, cần kiểm tra lại số liệu`,
    approximate: (text: string) => `Kết quả ghi gần đúng ${q(text)}: cần số liệu cụ thể hoặc Phòng VHXH đánh giá`,
    unreadable: (text: string) => `Không đọc được số trong kết quả ${q(text)}. Ví dụ hợp lệ: 82,5%`,
    zeroDenominator: (text: string) => `Tỷ số ${q(text)} có mẫu số bằng 0: cần kiểm tra lại số liệu`,
    numeratorTooBig: (text: string) => `Tỷ số ${q(text)} có tử số lớn hơn mẫu số: cần kiểm tra lại số liệu`,
    over100: (display: string) => `Tỷ lệ ${display} lớn hơn 100%: cần kiểm tra lại số liệu`,
    fraction: (shown: string, asPercent: string) =>
      `Kết quả ${shown} không ghi % và nhỏ hơn 1: nếu là ${shown}% hay ${asPercent}%, cần ghi rõ (ví dụ ${asPercent}%)`,
    freeText: (text: string, target: string) =>
      `Kết quả là văn bản ${q(text)}, không có số liệu để so với chỉ tiêu ${target}: cần Phòng VHXH đánh giá`,
    selfAssessed: (text: string, target: string) =>
      `Đơn vị tự đánh giá ${q(text)}, không có số liệu để so với chỉ tiêu ${target}: cần Phòng VHXH đánh giá`,
    manyFigures: (text: string, target: string) =>
      `Kết quả ${q(text)} có nhiều số liệu khác nhau cho một chỉ tiêu ${target}: cần ghi một số liệu`,

    claimAchieved: (text: string, target: string) =>
      `Đơn vị báo ${q(text)}, không ghi số liệu; chỉ tiêu ${target} được coi là đạt`,
    claimAchievedEarly: (text: string, target: string) =>
      `Đơn vị báo ${q(text)}, không ghi số liệu; chỉ tiêu ${target} được coi là đã đạt sớm`,
    claimNotAchieved: (text: string, target: string) => `Đơn vị báo ${q(text)} so với chỉ tiêu ${target}`,
    claimNotYet: (text: string, target: string) =>
      `Đơn vị báo ${q(text)}, không ghi số liệu; chỉ tiêu ${target} chưa đến hạn`,
    noneAsZero: (text: string, zero: string) => `${q(text)} (${zero})`,

    qualitativeTarget: (target: string, result: string) =>
      `Chỉ tiêu định tính ${q(target)}: cần Phòng VHXH đánh giá; kết quả đơn vị nhập: ${q(result)}`,
    compoundTarget: (parts: string[], result: string) =>
      `Chỉ tiêu gồm ${parts.length} phần: ${parts.map((p, i) => `(${i + 1}) ${p}`).join('; ')}: chưa ghép được kết quả ${q(result)} với từng phần, cần ghi số liệu từng phần (ví dụ 'mầm non: 92%; phổ thông: 96%') hoặc Phòng VHXH đánh giá`,
    compoundPart: (n: number, result: string, target: string) => `(${n}) ${result} so với ${target}`,
    compoundAll: (count: number, word: string, parts: string[]) =>
      `Chỉ tiêu gồm ${count} phần, ${word} cả ${count} phần: ${parts.join('; ')}`,
    compoundShort: (parts: string[], all: string[]) => `Chưa đạt phần ${parts.join(', ')}: ${all.join('; ')}`,
    compoundUnclear: (parts: string[]) => `Chưa đủ số liệu để so từng phần: ${parts.join('; ')}`,
    wordAchieved: 'đạt',
    wordExceeded: 'vượt',
    unreadableTarget: (target: string) => `Không đọc được chỉ tiêu ${q(target)}: cần Phòng VHXH đánh giá`,

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

    /** Targets of a later year. */
    exceededEarly: (result: string, target: string) => `Kết quả ${result} đã vượt chỉ tiêu ${target} (đạt sớm)`,
    achievedEarly: (result: string, target: string) => `Kết quả ${result} đã đạt chỉ tiêu ${target} (đạt sớm)`,
    onTrack: (result: string, target: string, expected: string, year: number, from: string) =>
      `Kết quả ${result}, chỉ tiêu ${target}: đúng lộ trình (năm ${year} cần ${expected}, tính theo đường thẳng từ ${from})`,
    behind: (result: string, target: string, expected: string, year: number, from: string) =>
      `Kết quả ${result}, chỉ tiêu ${target}: chậm lộ trình (năm ${year} cần ${expected}, tính theo đường thẳng từ ${from})`,
    fromMilestone: (target: string, year: number) => `mức ${target} của mốc năm ${year}`,
    fromHistory: (value: string, year: number) => `kết quả ${value} năm ${year}`,
    notDue: (result: string, target: string, gap: string) =>
      `Kết quả ${result}, chỉ tiêu ${target}: chưa đến hạn, ${gap}; chưa có mốc trước hay kết quả năm trước để tính lộ trình`,
    notDueUnclear: (result: string, target: string) =>
      `Kết quả ghi ${q(result)}, chỉ tiêu ${target}: chưa đến hạn; cần số liệu cụ thể để biết còn bao xa`,
    pathUnclear: (result: string, target: string, expected: string, year: number) =>
      `Kết quả ghi ${q(result)}, chỉ tiêu ${target}: chưa đến hạn; chưa đủ để biết đúng hay chậm lộ trình (năm ${year} cần ${expected})`,
    gapUp: (gap: string) => `còn ${gap}`,
    gapDown: (gap: string) => `còn cao hơn mức tối đa ${gap}`,
    gapPoints: (n: string) => `${n} điểm %`,
    belowPrevious: (target: string, year: number) => `; thấp hơn cả mức ${target} của mốc năm ${year}`,
    missedMilestone: (target: string, year: number, value: string) =>
      `; mốc năm ${year} (${target}) không đạt: kết quả năm ${year} là ${value}`,

    /** One measure, one figure. */
    sameMeasureDiffers: (here: string, other: string, where: string) =>
      `Cùng một chỉ số với ${where} nhưng hai dòng ghi hai số liệu khác nhau (dòng này ${here}, ${where} ${other}): cần thống nhất một số liệu`,

    byHand: (label: string, computedLabel: string, computedReason: string) =>
      `Phòng VHXH đánh giá '${label}' (nhập tay); đánh giá tự động: ${computedLabel} - ${computedReason}`,
    invalidReview: (text: string) => ` (ô đánh giá của Phòng VHXH ghi ${q(text)}, không hợp lệ nên chưa áp dụng)`,
    byHandSuffix: ' (Phòng VHXH)',
    internalError: 'Không tự đánh giá được dòng này: cần Phòng VHXH đánh giá',
  },

  /** The "Lộ trình" column: where the row stands against the target's year, in a few words. */
  path: {
    due: (year: number) => `Đến hạn năm ${year}`,
    yearly: 'Chỉ tiêu hằng năm',
    kept: (since: number, until: number) => `Giữ mức mốc ${since} đến ${until}`,
    early: (year: number) => `Đạt sớm mốc ${year}`,
    need: (expected: string, year: number, target: string, targetYear: number) =>
      `Năm ${year} cần ${expected}; mốc ${targetYear}: ${target}`,
    gap: (gap: string, year: number) => `Mốc ${year}: ${gap}`,
    toward: (target: string, year: number) => `Mốc ${year}: ${target}`,
    milestone: (year: number) => `Mốc ${year}`,
    /** Every path text starts with one of these (a typed-over cell starts with none of them). */
    prefixes: ['Đến hạn năm ', 'Chỉ tiêu hằng năm', 'Giữ mức mốc ', 'Đạt sớm mốc ', 'Năm ', 'Mốc '],
  },

  /** The sheet's "Chỉ tiêu áp dụng" column. */
  applicable: {
    ofYear: (target: string, year: number) => `${target} (năm ${year})`,
    by: (target: string, year: number) => `${target} (đến năm ${year})`,
    yearly: (target: string) => `${target} (hằng năm)`,
    kept: (target: string, since: number) => `${target} (từ mốc ${since})`,
  },

  /** Reasons of task verdicts. */
  task: {
    missing: (year: number) => `Chưa nhập tình trạng thực hiện năm ${year}`,
    missingDue: (due: string) => ` (hạn ${due})`,
    missingWithDate: 'Có ngày hoàn thành nhưng chưa chọn tình trạng: cần chọn Hoàn thành',
    statusUnknown: (text: string) => `Tình trạng ${q(text)} không hợp lệ; chọn một trong: ${TASK_STATUS.join(', ')}`,
    completedOnInvalid: (text: string) =>
      `Ngày hoàn thành ${q(text)} không đọc được (ghi ngày/tháng/năm, ví dụ 15/09/2026)`,
    completedOnFuture: (date: string, today: string) =>
      `Ngày hoàn thành ${date} sau ngày báo cáo ${today}: cần kiểm tra`,
    dateWithoutDone: (date: string, status: string) =>
      `Có ngày hoàn thành ${date} nhưng tình trạng là '${status}': cần kiểm tra`,

    doneOnTime: (date: string, due: string) => `Hoàn thành ngày ${date}, trong hạn ${due}`,
    doneLate: (date: string, due: string, days: number) =>
      `Hoàn thành ngày ${date}, chậm ${days} ngày so với hạn ${due}`,
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
    continuousNotStarted: (time: string) =>
      `Nhiệm vụ ${q(time)} nhưng đơn vị báo chưa thực hiện: cần Phòng VHXH xem xét`,
    conditionalWaiting: (condition: string, evidence: string) =>
      `Chưa đến hạn: thời hạn phụ thuộc điều kiện ${q(condition)}; đơn vị giải trình: ${q(evidence, 100)}`,
    conditionalNoEvidence: (condition: string) =>
      `Chưa thực hiện, thời hạn phụ thuộc điều kiện ${q(condition)}: cần đơn vị giải trình điều kiện đã xảy ra chưa`,
    unknownTime: (time: string, status: string) =>
      `Không đọc được thời hạn ${q(time)} nên chưa xác định đúng hạn hay quá hạn (tình trạng: ${status}): cần Phòng VHXH đánh giá`,
    noTime: 'chưa ghi thời gian hoàn thành',
    evidence: (text: string) => `; giải trình: ${q(text, 100)}`,

    byHand: (label: string, computedLabel: string, computedReason: string) =>
      `Phòng VHXH đánh giá '${label}' (nhập tay); đánh giá tự động: ${computedLabel} - ${computedReason}`,
    invalidReview: (text: string) => ` (ô đánh giá của Phòng VHXH ghi ${q(text)}, không hợp lệ nên chưa áp dụng)`,
    byHandSuffix: ' (Phòng VHXH)',
    internalError: 'Không tự đánh giá được dòng này: cần Phòng VHXH đánh giá',
  },

  /** Notes on a cell typed by a person (onEdit notes, the data check). They say what is valid. */
  cell: {
    unreadableNumber: (text: string) => `Không đọc được số: ${q(text)}. Ví dụ hợp lệ: 82,5%`,
    dotDecimal: (text: string, suggestion: string) =>
      `Đã đọc ${q(text)} là ${suggestion}: theo cách viết Việt Nam, dấu thập phân là dấu phẩy (dấu chấm tách hàng nghìn). Đề nghị sửa thành ${suggestion}`,
    formula: 'Không nhập công thức vào ô kết quả. Ví dụ hợp lệ: 82,5% hoặc 375/394',
    html: `Ô kết quả có mã HTML hoặc script. Chỉ nhập số liệu hoặc chữ, ví dụ 82,5% hoặc ${VERDICT.ACHIEVED}`,
    date: (date: string) =>
      `Ô bị hiểu thành ngày ${date}. Nếu là tỷ số, gõ dấu ' trước, ví dụ '3/4; hoặc ghi tỷ lệ, ví dụ 75%`,
    boolean: `Ô kết quả chứa TRUE/FALSE. Ví dụ hợp lệ: 82,5% hoặc ${VERDICT.ACHIEVED}`,
    symbols: (text: string) =>
      `Ô ghi ${q(text)}: không có số liệu hay chữ đọc được. Ghi số liệu (ví dụ 82,5%), hoặc 'chưa có số liệu' và nêu lý do ở cột giải trình`,
    dashNumber: (text: string) =>
      `Ô ghi ${q(text)}: không rõ dấu '-' là gạch đầu dòng hay dấu âm. Ghi số liệu không kèm dấu '-', ví dụ 5%`,
    negative: (text: string) => `Ô ghi số âm ${q(text)}: tỷ lệ, số lượng không thể âm. Kiểm tra lại số liệu`,
    fraction: (text: string, asPercent: string) =>
      `Số ${q(text)} không ghi % và nhỏ hơn 1. Nếu là tỷ lệ ${asPercent}%, ghi ${asPercent}%; nếu đúng là ${text}%, ghi ${text}%`,
    approximate: (text: string) => `Kết quả ghi gần đúng ${q(text)}. Ghi số liệu cụ thể, ví dụ 80,5%`,
    badRatio: (text: string) =>
      `Tỷ số ${q(text)} không hợp lệ: mẫu số phải khác 0 và tử số không lớn hơn mẫu số. Ví dụ hợp lệ: 375/394`,
    over100: (text: string) => `Tỷ lệ ${q(text)} lớn hơn 100%. Kiểm tra lại; ví dụ hợp lệ: 95,5%`,
    moneyForPercent: (text: string) =>
      `Chỉ tiêu tính theo % nhưng kết quả là số tiền (${q(text)}). Ghi tỷ lệ, ví dụ 2,16%; số tiền ghi ở cột giải trình`,
    countForPercent: (text: string) =>
      `Chỉ tiêu tính theo % nhưng kết quả là số lượng (${q(text)}). Ghi tỷ lệ (ví dụ 75%) hoặc tỷ số (ví dụ 3/4)`,
    indicatorReview: (text: string) =>
      `Đánh giá ${q(text)} không hợp lệ. Chọn một trong: ${INDICATOR_REVIEW_CHOICES.join(', ')}`,
    taskReview: (text: string) => `Đánh giá ${q(text)} không hợp lệ. Chọn một trong: ${TASK_REVIEW_CHOICES.join(', ')}`,
    taskStatus: (text: string) => `Tình trạng ${q(text)} không hợp lệ. Chọn một trong: ${TASK_STATUS.join(', ')}`,
    completedOnInvalid: (text: string) =>
      `Ngày hoàn thành không hợp lệ: ${q(text)}. Ghi ngày/tháng/năm, ví dụ 15/09/2026`,
    completedOnFuture: (date: string, today: string) =>
      `Ngày hoàn thành ${date} ở sau hôm nay (${today}). Ghi ngày đã hoàn thành thực tế, ví dụ 15/09/2026`,
    completedOnNotDone: (status: string) =>
      `Có ngày hoàn thành nhưng tình trạng là '${status}'. Nếu đã xong, chọn Hoàn thành; nếu chưa, xóa ngày hoàn thành`,
    completedOnNoStatus: 'Có ngày hoàn thành nhưng chưa chọn tình trạng. Chọn: Hoàn thành',
    sameMeasure: (here: string, other: string, where: string) =>
      `Cùng một chỉ số với ${where}, nhưng ô này ghi ${here} còn ${where} ghi ${other}. Một chỉ số chỉ có một số liệu: thống nhất và sửa một trong hai ô`,
  },

  /** Where another row of the plan is: "Phụ lục II, TT 1". */
  rowRef: (appendix: string, tt: string) => (appendix ? `Phụ lục ${appendix}, TT ${tt}` : `TT ${tt}`),

  /** Counts the overview, charts and report state (labels of what the tally separates). */
  tally: {
    due: 'Đến hạn năm nay',
    early: 'Đạt sớm',
    ahead: 'Chỉ tiêu các năm sau',
    noResult: 'Chưa có kết quả',
    ratioDue: `${VERDICT.ACHIEVED} / đến hạn`,
    sameMeasure: 'Cùng chỉ số, tính ở dòng khác',
    dueSentence: (achieved: string, due: string) => `đạt ${achieved}/${due} chỉ tiêu đến hạn`,
    /** Said instead of "đạt 00/00 chỉ tiêu đến hạn" when a group has no target due this year. */
    noneDue: (year: number) => `không có chỉ tiêu đến hạn năm ${year}`,
    aheadSentence: (n: string, year: string, parts: string[]) =>
      `${n} chỉ tiêu đến năm ${year}${parts.length ? `: ${parts.join(', ')}` : ''}`,
    aheadPart: {
      early: (n: string) => `${n} ${lower('đã đạt sớm')}`,
      onTrack: (n: string) => `${n} ${lower(VERDICT.ON_TRACK)}`,
      behind: (n: string) => `${n} ${lower(VERDICT.BEHIND)}`,
      notDue: (n: string) => `${n} chưa tính được lộ trình`,
      missing: (n: string) => `${n} chưa có kết quả`,
      needsReview: (n: string) => `${n} cần đánh giá`,
    },
  },

  /** `npm run bench`. */
  bench: {
    title: (rows: string, node: string, cores: number) =>
      `Đánh giá ${rows} dòng chỉ tiêu (Node ${node}, ${cores} lõi CPU)`,
    total: (ms: string) => `Tổng thời gian: ${ms} ms`,
    speed: (perSecond: string) => `Tốc độ: ${perSecond} dòng/giây`,
    verdicts: (list: string) => `Kết quả: ${list}`,
    target: (rows: string, limitMs: number, met: boolean, scaledMs: string) =>
      `Mục tiêu ${rows} dòng dưới ${limitMs} ms: ${met ? 'ĐẠT' : 'KHÔNG ĐẠT'} (${scaledMs} ms cho ${rows} dòng)`,
  },
} as const;
