import { cleanText } from '../text';

/** Vietnamese messages shown on cells after an edit. */
export const CELL_EDIT_TEXT = {
  computedRestored: (typed: unknown) =>
    `Ô này do công cụ tự tính nên đã được khôi phục. Giá trị vừa nhập ("${cleanText(typed)}") được lưu ở trang Nhật ký. ` +
    'Muốn thay đánh giá, Phòng VHXH dùng cột "Đánh giá của Phòng VHXH".',
  computedRestoredLog: (column: string) => `Ô tính toán (${column}) bị ghi đè, công cụ đã khôi phục`,
} as const;
