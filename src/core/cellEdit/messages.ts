import { cleanText } from '../text';

/** Vietnamese messages shown on cells after an edit. */
export const CELL_EDIT_TEXT = {
  computedRestored: (typed: unknown) =>
    `Ô này do công cụ tự tính nên đã được khôi phục. Giá trị vừa nhập ("${cleanText(typed)}") được lưu ở trang Nhật ký. ` +
    'Muốn thay đánh giá, Phòng VHXH dùng cột "Đánh giá của Phòng VHXH".',
  computedRestoredLog: (column: string) => `Ô tính toán (${column}) bị ghi đè, công cụ đã khôi phục`,
  highlightMarkup:
    'Ô "Kết quả nổi bật" có công thức hoặc mã HTML: báo cáo không dùng nội dung này. Hãy viết thành câu, ví dụ: Hoàn thành cấp chữ ký số cho 100% cán bộ.',
  highlightTooLong: (length: number, limit: number) =>
    `Ô "Kết quả nổi bật" dài ${length} ký tự; báo cáo chỉ dùng tối đa ${limit} ký tự. Hãy viết gọn lại (một, hai câu).`,
} as const;
