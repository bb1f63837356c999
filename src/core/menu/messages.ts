/**
 * Every text of the spreadsheet menu, its guide (Hướng dẫn) and the menu-level notices, in one place.
 */
import { formatDate } from '../dates';
import type { Config } from '../sheet/config';

export const MENU_TEXT = {
  title: 'Kế hoạch CĐS',
  items: {
    menuSetup: 'Thiết lập / cập nhật bảng tính',
    menuValidate: 'Kiểm tra dữ liệu',
    menuRefreshSummary: 'Cập nhật tổng hợp',
    menuSubmitUnitReport: 'Gửi báo cáo của đơn vị',
    menuReviewSubmissions: 'Duyệt / trả lại báo cáo đơn vị (Phòng VHXH)',
    menuCreateReport: 'Tạo báo cáo',
    menuSendRemindersNow: 'Gửi nhắc hạn ngay',
    menuEnableReminders: 'Bật nhắc hạn tự động',
    menuDisableReminders: 'Tắt nhắc hạn tự động',
    menuEntryLinks: 'Đường dẫn nhập liệu của đơn vị (gửi / đổi)…',
    menuTriggers: 'Trình kích hoạt và bàn giao (Phòng VHXH)',
    menuGuide: 'Hướng dẫn',
    menuNewYear: 'Bắt đầu năm báo cáo mới (Phòng VHXH)',
    menuImportPlan: 'Nạp kế hoạch của phường (Phòng VHXH)',
  },
  guideTitle: 'Hướng dẫn',
  version: (version: string, templateUrl: string) =>
    `Phiên bản công cụ: ${version}.` +
    (templateUrl
      ? ` Phiên bản mới nhất ghi ở trang Hướng dẫn của bảng tính mẫu: ${templateUrl} (nếu khác, Phòng VHXH xem README, mục "Cập nhật bản sao").`
      : ''),
  /** The Hướng dẫn tab and sidebar: plain Vietnamese for unit staff who are not technical. */
  guide: (config: Config): string[] => {
    const deadline = formatDate(config.deadline);
    return [
      `THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ ${config.planNumber} NGÀY ${config.planDate} - PHƯỜNG ${config.wardName.toUpperCase()}`,
      '',
      `1. Hạn báo cáo kết quả năm ${config.reportingYear}: hết ngày ${deadline} (giờ Việt Nam). Nhập trước hoặc trong ngày này là đúng hạn.`,
      '2. Mỗi đơn vị chỉ nhập vào các dòng có tên đơn vị mình ở cột "Đơn vị chủ trì". Các ô của đơn vị khác bị khóa.',
      '3. Tab "Chỉ tiêu": nhập cột "Kết quả năm báo cáo". Ví dụ hợp lệ: 82,54%  |  375/394  |  08/08 trường  |  Đạt. Dùng dấu phẩy cho phần thập phân (82,5%), dấu chấm để tách hàng nghìn (1.250).',
      '   Nếu chưa có số liệu, để trống ô kết quả và ghi lý do ở cột "Giải trình, minh chứng".',
      '4. Tab "Nhiệm vụ": chọn "Tình trạng" (Hoàn thành / Đang thực hiện / Chưa thực hiện); nếu đã hoàn thành, ghi "Ngày hoàn thành" dạng ngày/tháng/năm (ví dụ 15/09/2026) và nêu sản phẩm ở cột "Kết quả, sản phẩm".',
      '5. Tab "Khó khăn - Đề xuất": mỗi đơn vị ghi tồn tại, hạn chế; đề xuất, kiến nghị; phương hướng năm sau vào dòng của đơn vị mình.',
      '6. Khi nhập sai định dạng, ô chuyển màu vàng và có ghi chú giải thích (di chuột vào ô để xem). Giá trị đã nhập được giữ nguyên, chỉ cần sửa lại cho đúng.',
      '7. Các cột "Chỉ tiêu áp dụng", "Đánh giá", "Lý do", "Lộ trình", "Cập nhật lúc" do công cụ tự tính, không nhập tay.',
      '8. Nhập xong, đơn vị đánh dấu ô "Gửi báo cáo" ở dòng của mình trong tab "Đơn vị" (hoặc dùng menu Kế hoạch CĐS > Gửi báo cáo của đơn vị).',
      '9. Phòng Văn hóa - Xã hội: kiểm tra bằng menu Kế hoạch CĐS > Kiểm tra dữ liệu; có thể ghi "Đánh giá của Phòng VHXH" để thay đánh giá tự động; tạo báo cáo bằng Kế hoạch CĐS > Tạo báo cáo.',
      '',
      `Mọi thắc mắc xin liên hệ Phòng Văn hóa - Xã hội${config.vhxhEmail ? ` (${config.vhxhEmail}).` : '.'}`,
    ];
  },
} as const;
