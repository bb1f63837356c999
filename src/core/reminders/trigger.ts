/**
 * The daily time-driven trigger: what it calls, when, and how installing twice still leaves one.
 * Apps Script keeps triggers per user: each account sees (and can delete) only its own.
 */
import { formatVietnamDateTime } from '../dates';
import type { TriggerInfo } from './journal';

export const DAILY_REMINDER_HANDLER = 'dailyReminderTrigger';
/** Apps Script runs an "at hour 7" trigger some time between 7:00 and 8:00. */
export const DAILY_REMINDER_HOUR = 7;
export const REMINDER_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export interface TriggerInstallPlan {
  /** Indexes (into the list given) of the user's reminder triggers to delete: all but the first. */
  remove: number[];
  /** Create one: the user has none yet. */
  create: boolean;
}

/** Given the handler names of the user's project triggers, what to delete and whether to create. */
export function planTriggerInstall(handlers: readonly string[]): TriggerInstallPlan {
  const ours = handlers.map((h, i) => (h === DAILY_REMINDER_HANDLER ? i : -1)).filter((i) => i >= 0);
  return { remove: ours.slice(1), create: ours.length === 0 };
}

/** Every reminder trigger of the user is deleted. */
export function planTriggerRemoval(handlers: readonly string[]): number[] {
  return handlers.map((h, i) => (h === DAILY_REMINDER_HANDLER ? i : -1)).filter((i) => i >= 0);
}

export const TRIGGER_MESSAGES = {
  installed: (user: string) =>
    `Đã bật nhắc hạn tự động: mỗi ngày, trong khoảng ${DAILY_REMINDER_HOUR}:00 - ${DAILY_REMINDER_HOUR + 1}:00 (giờ Việt Nam), công cụ kiểm tra lịch nhắc ` +
    `trong trang Cấu hình và gửi thư cho các đơn vị còn thiếu nội dung.${user ? ` Thư được gửi từ tài khoản ${user}.` : ''}`,
  alreadyInstalled: (user: string) =>
    `Nhắc hạn tự động đã được bật từ trước${user ? ` (tài khoản ${user})` : ''}; không tạo thêm trình kích hoạt nào.`,
  otherUser: (info: TriggerInfo) =>
    `Lưu ý: tài khoản ${info.by} cũng đã bật nhắc hạn tự động lúc ${formatVietnamDateTime(new Date(info.at))}. ` +
    'Hai trình kích hoạt không làm đơn vị nhận thư hai lần trong một ngày, nhưng nên chỉ để một tài khoản (của Phòng VHXH) bật.',
  limit: `Không bật được nhắc hạn tự động: tài khoản đã có tối đa ${TRIGGER_LIMIT} trình kích hoạt cho bảng tính này. Xin xóa bớt trình kích hoạt không dùng (Tiện ích mở rộng > Apps Script > Trình kích hoạt) rồi thử lại.`,
  removed: (n: number) =>
    n > 0
      ? 'Đã tắt nhắc hạn tự động. Vẫn có thể gửi nhắc bằng menu "Gửi nhắc hạn ngay".'
      : 'Nhắc hạn tự động chưa được bật bằng tài khoản này; không có gì để tắt.',
  removedOtherUser: (info: TriggerInfo) =>
    `Nhắc hạn tự động đang được bật bởi tài khoản ${info.by} (lúc ${formatVietnamDateTime(new Date(info.at))}). ` +
    'Trình kích hoạt thuộc về tài khoản đó: người đó cần đăng nhập và chọn "Tắt nhắc hạn tự động".',
} as const;
