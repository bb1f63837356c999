/**
 * The spreadsheet menu. Each handler name is a top-level function in the Apps Script bundle
 * (src/gas/entry.ts); a test checks that every name here exists there.
 */
export interface MenuItem {
  label: string;
  handler: string;
}
export type MenuEntry = MenuItem | 'separator';

export const MENU_TITLE = 'Kế hoạch CĐS';

export const MENU_ENTRIES: readonly MenuEntry[] = [
  { label: 'Thiết lập / cập nhật bảng tính', handler: 'menuSetup' },
  { label: 'Kiểm tra dữ liệu', handler: 'menuValidate' },
  { label: 'Cập nhật tổng hợp', handler: 'menuRefreshSummary' },
  'separator',
  { label: 'Gửi báo cáo của đơn vị', handler: 'menuSubmitUnitReport' },
  { label: 'Duyệt / trả lại báo cáo đơn vị (Phòng VHXH)', handler: 'menuReviewSubmissions' },
  'separator',
  { label: 'Tạo báo cáo', handler: 'menuCreateReport' },
  { label: 'Gửi nhắc hạn ngay', handler: 'menuSendRemindersNow' },
  { label: 'Bật nhắc hạn tự động', handler: 'menuEnableReminders' },
  { label: 'Tắt nhắc hạn tự động', handler: 'menuDisableReminders' },
  'separator',
  { label: 'Hướng dẫn', handler: 'menuGuide' },
];

export const MENU_ITEMS: readonly MenuItem[] = MENU_ENTRIES.filter((e): e is MenuItem => e !== 'separator');
