import { JUDGING_TEXT } from '../judging/messages';
import { SHEET_TEXT } from '../sheet/messages';

const V = JUDGING_TEXT.verdict;
/** 'Cấu hình "Chỉ tiêu vẽ biểu đồ qua các năm"': where a note about the chosen indicators sends the reader. */
const CONFIG_TREND = `Cấu hình "${SHEET_TEXT.config.items.trendIndicators.label}"`;

/** Every text of the Tổng hợp tab and its two charts (verdict labels come from judging, written there once). */
export const OVERVIEW_TEXT = {
  refreshed: 'Đã cập nhật trang Tổng hợp.',
  notAllowed:
    'Trang Tổng hợp do Phòng Văn hóa - Xã hội cập nhật (công cụ cũng tự cập nhật trang này mỗi ngày). Số liệu đơn vị đã nhập vẫn được giữ nguyên.',
  summary: {
    title: (year: number, at: string) =>
      `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM ${year} (cập nhật ${at}; công cụ tự cập nhật, không nhập tay)`,
    deadline: (d: string) => `Hạn báo cáo: ${d}`,
    units: '1. Theo đơn vị',
    groups: '2. Chỉ tiêu theo nhóm',
    tasks: '3. Nhiệm vụ',
    timeliness: '4. Tính kịp thời của báo cáo',
    trend: '5. Kết quả một số chỉ tiêu qua các năm (%)',
    total: 'Tổng cộng',
  },
  headers: {
    units: [
      'Đơn vị',
      'Số mục chủ trì',
      'Đã báo cáo',
      'Chưa báo cáo',
      `${V.ACHIEVED} / ${V.DONE}`,
      V.NOT_ACHIEVED,
      V.NEEDS_REVIEW,
      'Nhiệm vụ quá hạn',
      'Tỷ lệ đã báo cáo (%)',
      'Gửi báo cáo',
      'Thời điểm gửi',
    ],
    /** The first columns of the group block; the verdict columns follow the verdict set (overview.ts). */
    groups: ['Phụ lục', 'Nhóm chỉ tiêu'],
    tasks: [V.DONE, V.DONE_LATE, V.IN_PROGRESS, V.OVERDUE, V.NOT_DUE, V.MISSING, V.NEEDS_REVIEW],
    timeliness: [
      'Đơn vị phải báo cáo',
      'Đã gửi',
      'Đúng hạn',
      'Nộp muộn',
      'Chưa báo cáo (quá hạn)',
      'Chưa gửi (còn hạn)',
      'Tỷ lệ đã gửi (%)',
      'Tỷ lệ đúng hạn (%)',
    ],
  },
  chart: {
    /** After an amount in money on a chart's axis (Vega's locale currency suffix). */
    currencySuffix: ' đ',
    completeness: (year: number) => `Tỷ lệ đã báo cáo theo đơn vị, năm ${year} (%)`,
    verdicts: (year: number) => `Kết quả đánh giá chỉ tiêu theo nhóm, năm ${year}`,
    unit: 'Đơn vị',
    percent: 'Tỷ lệ đã báo cáo (%)',
    group: 'Nhóm chỉ tiêu',
    count: 'Số chỉ tiêu',
    verdict: 'Đánh giá',
    appendixGroup: (appendix: string, group: string) => `Phụ lục ${appendix} - ${group}`,
    ratio: (ratio: string) => `đạt ${ratio} đến hạn`,
    nothingJudged: (year: number) => JUDGING_TEXT.tally.noneDue(year),
  },
  /** The chart of indicators across the years (overview/trend.ts) and the block of Tổng hợp it is drawn from. */
  trend: {
    title: 'Kết quả một số chỉ tiêu qua các năm (%)',
    year: 'Năm',
    axis: 'Kết quả (%)',
    indicator: 'Chỉ tiêu',
    none: 'Chưa có chỉ tiêu nào có kết quả từ hai năm trở lên để vẽ biểu đồ qua các năm.',
    withUnit: (name: string, unit: string) => `${name} (${unit})`,
    withWhere: (name: string, where: string) => `${name} - ${where}`,
    /** What Cấu hình asked for that cannot be drawn: one line each, under the block. */
    unknown: (entry: string) =>
      `${CONFIG_TREND}: không có chỉ tiêu "${entry}" (ghi mã dòng như PL2-26, PL2-26@CA hoặc TT); đã bỏ qua.`,
    ambiguous: (entry: string, places: string, example: string) =>
      `${CONFIG_TREND}: TT "${entry}" có ở nhiều phụ lục (${places}); hãy ghi mã dòng (ví dụ ${example}); đã bỏ qua.`,
    notPercent: (entry: string, where: string) =>
      `${CONFIG_TREND}: chỉ tiêu "${entry}" (${where}) không tính theo %; biểu đồ chỉ vẽ chỉ tiêu tính theo %.`,
    tooMany: (max: number, left: readonly string[]) =>
      `${CONFIG_TREND}: biểu đồ vẽ tối đa ${max} chỉ tiêu; đã bỏ qua ${left.length} chỉ tiêu ghi sau ` +
      `(${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}).`,
    moreNotes: (count: number) => `${CONFIG_TREND}: và ${count} mục khác không vẽ được (xem các mục trên).`,
    noResult: (entry: string, where: string) =>
      `${CONFIG_TREND}: chỉ tiêu "${entry}" (${where}) chưa có kết quả nào đọc được thành số; chưa vẽ.`,
  },
  renderFailed: 'Không vẽ được biểu đồ (xem chi tiết kỹ thuật ở dòng trên).',
} as const;
