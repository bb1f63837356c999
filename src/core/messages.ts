/**
 * Text every feature shares: the one "busy" message, refusals, and what a person reads when something went wrong.
 * Each feature keeps its own text in `<feature>/messages.ts` (one object named `<FEATURE>_TEXT`); this is the
 * home of what belongs to none of them. Values are inserted by functions, never by string concatenation elsewhere.
 */
export const COMMON_TEXT = {
  busy: 'Công cụ đang bận với một việc khác (gửi nhắc hạn, thiết lập hoặc một người khác vừa thao tác). Chưa có gì thay đổi; xin thử lại sau ít phút.',
  unexpected:
    'Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã nhập không bị thay đổi. Xin thử lại; nếu vẫn lỗi, báo bộ phận CNTT ' +
    'của phường (chi tiết kỹ thuật được ghi ở Apps Script > Lần thực thi).',
  tooLarge:
    'Nội dung quá lớn để công cụ lưu (giới hạn của Google). Dữ liệu đã nhập không bị thay đổi; xin rút gọn nội dung ô vừa nhập hoặc báo Phòng Văn hóa - Xã hội.',
  quota:
    'Đã hết hạn mức sử dụng trong ngày của Google (gửi thư hoặc thời gian chạy). Việc còn lại sẽ được làm tiếp vào lần chạy sau.',
  timeout: 'Việc này chạy quá thời gian Google cho phép. Phần đã làm được giữ lại; xin chạy lại để làm tiếp.',
  authorization:
    'Công cụ chưa được cấp quyền cho việc này. Hãy chạy lại mục menu và bấm "Cho phép" khi Google hỏi (xem README, mục Quyền).',
  officeOnly: (action: string, email: string) =>
    `Chỉ Phòng Văn hóa - Xã hội (các tài khoản ghi ở mục "Email Phòng Văn hóa - Xã hội" trang Cấu hình) hoặc chủ sở hữu ` +
    `bảng tính được ${action}.${email ? ` Tài khoản đang dùng (${email}) không có trong danh sách đó.` : ' Không xác định được tài khoản đang dùng.'}`,
  logOverflow: (count: number) =>
    `Có ${count} dòng nhật ký chờ ghi đã không được giữ lại (hàng đợi đầy vì trình kích hoạt onEdit của Phòng VHXH ` +
    'không chạy trong thời gian dài). Hãy kiểm tra trình kích hoạt (menu Kế hoạch CĐS > Trình kích hoạt và bàn giao).',
  sheetMissing: (tab: string) =>
    `Không tìm thấy trang "${tab}". Phòng Văn hóa - Xã hội hãy chạy Kế hoạch CĐS > Thiết lập / cập nhật bảng tính.`,
} as const;
