/** What setup says: its summary alert, the row notes it writes, its Nhật ký lines. */
export interface SetupSummary {
  tabs: number;
  indicators: number;
  tasks: number;
  added: number;
  retired: number;
  unknownLeads: readonly string[];
  protections: number;
  /** What happened to the onEdit trigger (one sentence). */
  trigger?: string;
  /** Column headers put back (and the Đơn vị address column split). */
  restored?: readonly string[];
  /** Invalid entries of the Đơn vị address columns, one sentence each. */
  addressProblems?: readonly string[];
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
    for (const r of s.restored ?? []) lines.push(r);
    for (const p of s.addressProblems ?? []) lines.push(p);
    if (s.trigger) lines.push(s.trigger);
    return lines.join('\n');
  },
  logDetail: (indicators: number, tasks: number, added: number, retired: number, protections: number) =>
    `Thiết lập: ${indicators} dòng chỉ tiêu, ${tasks} dòng nhiệm vụ; thêm ${added}; giữ lại ${retired} dòng không còn trong danh mục; ${protections} vùng bảo vệ.`,
  rowRetiredLog: 'Dòng không còn trong danh mục kế hoạch, dữ liệu được giữ lại',
  restoredOnSetup: (column: string) => `Ô tính toán (${column}) bị ghi đè, công cụ đã khôi phục khi cập nhật`,
  /** The action named in a role refusal ("Chỉ Phòng VHXH … được <action>"). */
  action: 'chạy Thiết lập / cập nhật bảng tính',
  columnsMissing: (tab: string, headers: readonly string[]) =>
    `Chưa thiết lập được: trang "${tab}" không còn cột ${headers.map((h) => `"${h}"`).join(', ')} ` +
    '(có thể tiêu đề đã bị đổi tên hoặc cột bị xóa). Công cụ dừng lại để không ghép nhầm dữ liệu. Hãy đặt lại đúng ' +
    'tiêu đề cột (Tệp > Nhật ký phiên bản giúp xem tiêu đề cũ) rồi chạy lại Thiết lập. Chưa có gì bị thay đổi.',
  headerRestored: (tab: string, header: string, was: string) =>
    `Trang "${tab}": tiêu đề cột "${was}" đã được đặt lại thành "${header}" (công cụ tìm cột theo tiêu đề).`,
  handover: {
    title: 'Trình kích hoạt và bàn giao',
    action: 'xem và nhận bàn giao trình kích hoạt',
    editLabel: 'Trình kích hoạt khi sửa (onEditInstalled)',
    dailyLabel: 'Trình kích hoạt hằng ngày (nhắc hạn)',
    never: 'chưa chạy lần nào',
    none: (label: string) => `${label}: chưa cài.`,
    line: (label: string, by: string, at: string, last: string) =>
      `${label}: tài khoản ${by}, cài lúc ${at}; lần chạy gần nhất: ${last}.`,
    missed: (by: string, last: string) =>
      `Cảnh báo: trình kích hoạt hằng ngày (tài khoản ${by}) không chạy từ ${last}. Nhắc hạn và khóa sau hạn đang ` +
      'dừng. Nếu tài khoản đó không còn dùng, Phòng VHXH chọn Kế hoạch CĐS > Trình kích hoạt và bàn giao để nhận bàn giao.',
    askTakeOver: (user: string) =>
      `Nhận bàn giao: cài lại các trình kích hoạt bằng tài khoản ${user} và dùng chúng từ nay (trình kích hoạt của tài khoản cũ sẽ không làm gì nữa)?`,
    tookOver: (label: string, user: string, before: string) =>
      `${label}: từ nay chạy bằng tài khoản ${user}${before && before !== user ? ` (thay ${before})` : ''}.`,
  },
  trigger: {
    created: (by: string) => `Đã cài trình kích hoạt onEdit (chạy bằng tài khoản ${by}).`,
    kept: (by: string) => `Trình kích hoạt onEdit đã có (tài khoản ${by}); không cài thêm.`,
    other: (by: string, at: string) =>
      `Trình kích hoạt onEdit đang chạy bằng tài khoản ${by} (cài lúc ${at}); không cài thêm một cái thứ hai ` +
      '(mỗi lần sửa sẽ bị xử lý hai lần). Khi bàn giao, tài khoản mới dùng menu Kế hoạch CĐS > Trình kích hoạt và bàn giao.',
  },
} as const;
