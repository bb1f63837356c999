/** What a unit still owes and the "Kiểm tra dữ liệu" sidebar, in words. */
export const PROGRESS_TEXT = {
  timeliness: {
    ON_TIME: 'Đúng hạn',
    LATE: 'Nộp muộn',
    NOT_REPORTED: 'Chưa báo cáo',
    PENDING: 'Chưa gửi (còn hạn)',
  },
  owed: {
    indicator: 'Chưa nhập kết quả',
    task: 'Chưa chọn tình trạng thực hiện',
    issues: 'Chưa điền Khó khăn - Đề xuất',
  },
  dataCheck: {
    title: 'Kiểm tra dữ liệu',
    where: (appendix: string, tt: string) => `${appendix ? `Phụ lục ${appendix}, ` : ''}TT ${tt}`,
    explained: (missing: string, explanation: string) => `${missing} (đã giải trình: ${explanation})`,
    typed: 'Đã nhập:',
    totals: (invalid: number, missing: number, units: number) =>
      `Tổng cộng: ${invalid} ô cần sửa, ${missing} mục chưa nhập, ở ${units} đơn vị.`,
    invalidCount: (n: number) => `${n} ô cần sửa`,
    missingCount: (n: number) => `${n} mục chưa nhập`,
    allGood: 'Không có lỗi nào. Tất cả đơn vị đã nhập đủ và đúng định dạng.',
    checkedAt: (at: string) => `Kiểm tra lúc ${at}.`,
  },
} as const;
