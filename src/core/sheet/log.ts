import { rowInSchemaOrder } from './table';

/**
 * The Nhật ký tab: an append-only journal. The tool never deletes or rewrites an entry; every send,
 * submission, approval, late entry and restored overwrite is one row here.
 */
export const LOG_ACTIONS = {
  setup: 'Thiết lập bảng tính',
  rowRetired: 'Dòng không còn trong danh mục',
  editAfterSubmit: 'Sửa sau khi gửi',
  lateEntry: 'Nhập sau hạn',
  restoreComputed: 'Khôi phục ô tính toán',
  reminderPlanned: 'Nhắc hạn - chuẩn bị gửi',
  reminderSent: 'Nhắc hạn - đã gửi',
  reminderFailed: 'Nhắc hạn - lỗi',
  reminderSkipped: 'Nhắc hạn - bỏ qua',
  reminderDeferred: 'Nhắc hạn - hoãn (hết hạn mức)',
  summarySent: 'Thư tổng hợp - đã gửi',
  triggerInstalled: 'Bật nhắc hạn tự động',
  triggerRemoved: 'Tắt nhắc hạn tự động',
  submit: 'Gửi báo cáo',
  submitRefused: 'Gửi báo cáo - bị từ chối',
  approve: 'Phê duyệt',
  returnReport: 'Trả lại',
  reopen: 'Mở lại',
  editingLock: 'Khóa / mở ô nhập',
  report: 'Tạo báo cáo',
} as const;

export type LogAction = keyof typeof LOG_ACTIONS;

export interface LogEntry {
  time: Date;
  user: string;
  action: LogAction;
  unitId?: string;
  /** The cell or row concerned, e.g. "Chỉ tiêu!N12" or a row key. */
  target?: string;
  detail: string;
  oldValue?: unknown;
  newValue?: unknown;
}

/** A log entry as a Nhật ký row, in schema order. */
export function logRow(entry: LogEntry): unknown[] {
  return rowInSchemaOrder('log', {
    time: entry.time,
    user: entry.user,
    action: LOG_ACTIONS[entry.action],
    unitId: entry.unitId ?? '',
    target: entry.target ?? '',
    detail: entry.detail,
    oldValue: entry.oldValue ?? '',
    newValue: entry.newValue ?? '',
  });
}
