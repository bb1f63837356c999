/** What the deadline reminders say: menu titles, refusals, e-mails, the journal's lines (being moved here). */
export const REMINDERS_TEXT = {
  menuTitle: 'Nhắc hạn báo cáo',
  /** The action named in a role refusal ("Chỉ Phòng VHXH … được <action>"). */
  action: {
    enable: 'bật nhắc hạn tự động',
    disable: 'tắt nhắc hạn tự động',
    sendNow: 'gửi nhắc hạn',
  },
  /** The summary e-mail's line when the daily run did not run on time. */
  dailyRunMissed: (since: string) =>
    `Trình kích hoạt hằng ngày (nhắc hạn) không chạy từ ${since}: kiểm tra tài khoản sở hữu trình kích hoạt (menu Kế hoạch CĐS > Trình kích hoạt và bàn giao).`,
  summaryUncertain: (day: string) =>
    `Thư tổng hợp ngày ${day} chưa được xác nhận đã gửi (lần chạy bị dừng giữa chừng); không gửi lại trong ngày đó để tránh trùng.`,
} as const;
