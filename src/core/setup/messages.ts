/** What setup says: its summary alert, the row notes it writes, its Nhật ký lines. */
export interface SetupSummary {
  tabs: number;
  indicators: number;
  tasks: number;
  added: number;
  retired: number;
  unknownLeads: readonly string[];
  protections: number;
}

export const SETUP_TEXT = {
  /** The "Ghi chú hệ thống" of a row. */
  rowStatus: {
    retired: 'Không còn trong danh mục kế hoạch (dữ liệu được giữ lại)',
    added: 'Mới bổ sung khi cập nhật danh mục',
    own: 'Dòng do phường tự thêm',
    unknownLead: 'Chưa xác định đơn vị chủ trì: bổ sung tên gọi khác ở trang Đơn vị',
  },
  /** The alert after "Thiết lập / cập nhật bảng tính". */
  done: (s: SetupSummary): string => {
    const lines = [
      `Đã thiết lập ${s.tabs} trang tính: ${s.indicators} dòng chỉ tiêu, ${s.tasks} dòng nhiệm vụ. Dữ liệu đơn vị đã nhập được giữ nguyên.`,
    ];
    if (s.added) lines.push(`Dòng mới bổ sung: ${s.added}.`);
    if (s.retired) lines.push(`Dòng không còn trong danh mục (được giữ lại, đánh dấu): ${s.retired}.`);
    if (s.unknownLeads.length)
      lines.push(
        `Chưa xác định được đơn vị chủ trì: ${s.unknownLeads.join('; ')}. Hãy thêm tên gọi khác ở trang Đơn vị.`,
      );
    lines.push(`Đã áp dụng ${s.protections} vùng bảo vệ theo đơn vị.`);
    return lines.join('\n');
  },
  logDetail: (indicators: number, tasks: number, added: number, retired: number, protections: number) =>
    `Thiết lập: ${indicators} dòng chỉ tiêu, ${tasks} dòng nhiệm vụ; thêm ${added}; giữ lại ${retired} dòng không còn trong danh mục; ${protections} vùng bảo vệ.`,
  rowRetiredLog: 'Dòng không còn trong danh mục kế hoạch, dữ liệu được giữ lại',
  restoredOnSetup: (column: string) => `Ô tính toán (${column}) bị ghi đè, công cụ đã khôi phục khi cập nhật`,
} as const;
