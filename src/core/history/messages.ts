/** What the Lịch sử tab calls the facts that are not a column of another tab (a unit's submission, the year's deadline). */
export const HISTORY_TEXT = {
  items: {
    state: 'Tình trạng báo cáo',
    submittedAt: 'Thời điểm gửi',
    submittedBy: 'Người gửi',
    reviewedAt: 'Thời điểm duyệt / trả lại',
    reviewedBy: 'Người duyệt / trả lại',
    comment: 'Ý kiến của Phòng VHXH',
    timeliness: 'Tính kịp thời',
    deadline: 'Hạn báo cáo',
    wardName: 'Tên phường',
    planNumber: 'Số kế hoạch',
  },
  configTab: 'Cấu hình',
  /** "Kết quả năm trước" when the latest recorded result is not last year's: "82,54% (năm 2025)". */
  resultOfYear: (value: string, year: number) => `${value} (năm ${year})`,
  /** Reads resultOfYear back: the value and the year. */
  resultOfYearPattern: /^(.*\S)\s*\(năm (\d{4})\)$/,
} as const;
