/**
 * User-facing Vietnamese text that is not tied to one rule module. Messages that carry values are functions.
 * (Verdict labels live in verdicts.ts, sheet headers in schema.ts, settings in config.ts.)
 */
export const MSG = {
  setupDone: (tabs: number, indicators: number, tasks: number) =>
    `Đã thiết lập ${tabs} trang tính: ${indicators} dòng chỉ tiêu, ${tasks} dòng nhiệm vụ. Dữ liệu đơn vị đã nhập được giữ nguyên.`,
  busy: 'Công cụ đang chạy một tác vụ khác (ví dụ gửi nhắc hạn). Xin thử lại sau ít phút.',
  unexpectedError: (detail: string) =>
    `Đã xảy ra lỗi: ${detail}. Dữ liệu đã nhập không bị thay đổi. Xin báo bộ phận CNTT của phường.`,
} as const;
