/** What "Bắt đầu năm báo cáo mới" says: its question, its refusals, its result, its Nhật ký line. */
export const NEW_YEAR_TEXT = {
  confirm: (from: number, to: number, deadline: string) =>
    `Kết thúc năm báo cáo ${from} và bắt đầu năm ${to}?\n\n` +
    `1. Mọi kết quả, giải trình, đánh giá, hồ sơ gửi và duyệt của năm ${from} được lưu vào trang Lịch sử và đọc lại để kiểm tra.\n` +
    `2. Chỉ sau khi kiểm tra xong, các ô nhập của năm ${from} mới được xóa; cột "Kết quả năm trước" hiện kết quả năm ${from}.\n` +
    `3. Năm báo cáo thành ${to}, hạn báo cáo ${deadline}; việc gửi, duyệt và khóa ô bắt đầu lại cho năm ${to}.\n` +
    '4. Đơn vị, e-mail và các cài đặt khác được giữ nguyên.',
  resumeConfirm: (from: number, to: number) =>
    `Lần chuyển từ năm ${from} sang năm ${to} trước đó chưa xong. Làm tiếp từ bước còn dở? (Phần đã làm không bị làm lại.)`,
  cancelled: 'Chưa thay đổi gì.',
  unfinished: (from: number, to: number) =>
    `Việc chuyển từ năm ${from} sang năm ${to} còn dở. Hãy chọn Kế hoạch CĐS > Bắt đầu năm báo cáo mới để làm tiếp, ` +
    'rồi mới thiết lập lại. Chưa thay đổi gì.',
  notYet: (from: number, deadline: string, to: number) =>
    `Chưa thể bắt đầu năm ${to}: năm báo cáo ${from} chỉ được kết thúc sau hạn báo cáo ${deadline}. Chưa thay đổi gì.`,
  notVhxh:
    'Chỉ Phòng Văn hóa - Xã hội (e-mail ghi ở trang Cấu hình) hoặc chủ sở hữu bảng tính mới được bắt đầu năm báo cáo mới.',
  yearMismatch: (configYear: number, dataYear: number) =>
    `Năm báo cáo ở trang Cấu hình là ${configYear}, nhưng số liệu đang nhập trên bảng tính là của năm ${dataYear}. ` +
    `Để sang năm mới, hãy ghi lại ${dataYear} ở Cấu hình rồi chọn Kế hoạch CĐS > Bắt đầu năm báo cáo mới ` +
    `(công cụ lưu số liệu năm ${dataYear} vào trang Lịch sử trước khi xóa ô nhập). Chưa thay đổi gì.`,
  archiveFailed: (missing: number, example: string) =>
    `Không đọc lại được ${missing} giá trị vừa lưu vào trang Lịch sử (ví dụ: ${example}). ` +
    'Các ô nhập CHƯA bị xóa. Xin chạy lại Bắt đầu năm báo cáo mới; nếu vẫn lỗi, báo bộ phận CNTT.',
  done: (from: number, to: number, archived: number, deadline: string) =>
    `Đã bắt đầu năm báo cáo ${to}.\n` +
    `- ${archived} giá trị của năm ${from} đã được lưu vào trang Lịch sử và kiểm tra lại.\n` +
    `- Ô nhập đã được xóa; cột "Kết quả năm trước" hiện kết quả năm ${from}.\n` +
    `- Hạn báo cáo năm ${to}: ${deadline}. Việc gửi, duyệt, khóa ô bắt đầu lại từ đầu.\n` +
    '- Nếu đang bật nhắc hạn tự động, trình kích hoạt vẫn giữ nguyên.',
  log: (from: number, to: number, archived: number) =>
    `Bắt đầu năm báo cáo ${to}: lưu ${archived} giá trị năm ${from} vào Lịch sử, xóa ô nhập, đặt hạn 30/11/${to}.`,
  logResumed: (from: number, to: number) => `Làm tiếp việc chuyển năm ${from} → ${to} còn dở.`,
} as const;
