/** The column that names another row of the same measure, as the reasons name it. */
const SAME_AS = 'cột "Cùng chỉ tiêu với"';

/** What loading a ward's plan says: which column it took for what, the rows it could not read, its refusals. */
export const PLAN_IMPORT_TEXT = {
  kind: { indicators: 'Bảng chỉ tiêu', tasks: 'Bảng nhiệm vụ', units: 'Bảng đơn vị' },
  role: {
    tt: 'Số thứ tự (TT)',
    indicatorName: 'Tên chỉ tiêu',
    taskName: 'Tên nhiệm vụ',
    unitOfMeasure: 'Đơn vị tính',
    lead: 'Đơn vị chủ trì',
    coordinators: 'Cơ quan phối hợp',
    output: 'Sản phẩm đầu ra',
    time: 'Thời gian hoàn thành',
    unitName: 'Tên đơn vị',
    unitId: 'Mã đơn vị (viết tắt)',
    emails: 'E-mail nhận thông báo',
    aliases: 'Tên gọi khác',
    sameAs: 'Cùng chỉ tiêu với (dòng đo cùng một chỉ tiêu: một số liệu, tính một lần)',
    measureCode: 'Mã chỉ số (các dòng cùng mã là cùng một chỉ tiêu)',
  },
  unused: 'không dùng',
  unusedPlan: 'không dùng (kế hoạch không có kết quả; kết quả do đơn vị nhập trên bảng tính)',
  tableAt: (kind: string, sheet: string, line: number) => `${kind} ở trang "${sheet}", tiêu đề dòng ${line}:`,
  reasons: {
    noIndicatorName: 'không có tên chỉ tiêu',
    noTaskName: 'không có nội dung nhiệm vụ',
    noUnitName: 'không có tên đơn vị',
    duplicateUnit: (line: number) => `trùng đơn vị ở dòng ${line}`,
    // The "Cùng chỉ tiêu với" column: the row it names (planImport/links.ts).
    sameAsUnreadable: (text: string) =>
      `${SAME_AS} ghi '${text}': không rõ là dòng nào (ghi TT, ví dụ 1.2; hoặc phụ lục và TT, ví dụ "Phụ lục 1, TT 1.2")`,
    sameAsNoTable: (text: string, table: string, count: number) =>
      `${SAME_AS} ghi '${text}' nhưng không có Phụ lục ${table} (các bảng chỉ tiêu, nhiệm vụ được đánh số ` +
      `${count > 1 ? `từ 1 đến ${count}` : '1'} theo thứ tự trong tệp)`,
    sameAsNoRow: (text: string, at: string) => `${SAME_AS} ghi '${text}' nhưng không có dòng nào ở ${at}`,
    sameAsSeveral: (text: string, at: string, lines: readonly number[]) =>
      `${SAME_AS} ghi '${text}' nhưng ${at} có ở nhiều dòng (dòng ${lines.join(', ')}): không rõ là dòng nào`,
    sameAsSelf: (text: string) => `${SAME_AS} ghi '${text}', chính là dòng này`,
    sameAsTask: (text: string, at: string) => `${SAME_AS} ghi '${text}' nhưng ${at} là nhiệm vụ, không phải chỉ tiêu`,
    sameAsGroup: (text: string, at: string) =>
      `${SAME_AS} ghi '${text}' nhưng ${at} là dòng tiêu đề nhóm, không phải chỉ tiêu`,
    sameAsLeftOut: (text: string, at: string, sheet: string, line: number) =>
      `${SAME_AS} ghi '${text}' nhưng ${at} (trang "${sheet}", dòng ${line}) không nạp được`,
  },
  warnings: {
    badEmail: (emails: string) => `e-mail không hợp lệ, bỏ qua: ${emails}`,
    unknownLead: (lead: string) =>
      `đơn vị chủ trì "${lead}" không có trong bảng đơn vị (dòng được giữ; thêm đơn vị hoặc tên gọi khác ở trang Đơn vị)`,
    noUnitTable: 'Không có bảng đơn vị: danh sách đơn vị lập từ cột chủ trì; hãy điền e-mail ở trang Đơn vị.',
    noLeadColumn: (kind: string, unit: string) => `${kind} không có cột chủ trì: mọi dòng giao cho ${unit}.`,
    sameAsOnGroup: (text: string) =>
      `dòng tiêu đề nhóm không có số liệu: bỏ qua ${SAME_AS} ('${text}'); ghi ở dòng chỉ tiêu`,
    sameAsUnits: (first: string, other: string) =>
      `${SAME_AS} nối các dòng ${first} và ${other} có đơn vị tính khác nhau: hai số liệu này không so được với ` +
      `nhau; kiểm tra lại ${SAME_AS} hoặc "Đơn vị tính"`,
    noTargetColumn: 'không thấy cột chỉ tiêu (ví dụ "Chỉ tiêu năm 2026", "Kế hoạch 2026"): các dòng sẽ là Cần đánh giá',
  },
  /** The office the whole plan goes to when no table names a lead. */
  officeName: 'Phòng Văn hóa - Xã hội',
  summary: (indicators: number, tasks: number, units: number) =>
    `Đọc được ${indicators} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị.`,
  linksTitle: (n: number) =>
    `${n} nhóm dòng cùng một chỉ tiêu (đơn vị báo cáo một số liệu, tính một lần; hai số liệu khác nhau bị đánh dấu mâu thuẫn):`,
  linkLine: (rows: readonly string[], name: string) => `  - ${rows.join(' = ')}: ${name}`,
  unreadableTitle: (n: number) => `${n} dòng không đọc được (không nạp):`,
  warningsTitle: (n: number) => `${n} điều cần xem lại:`,
  problemLine: (sheet: string, line: number, reason: string) => `  - trang "${sheet}", dòng ${line}: ${reason}`,
  warningLine: (sheet: string, line: number, reason: string) =>
    line ? `  - trang "${sheet}", dòng ${line}: ${reason}` : `  - ${reason}`,
  detected: (ward: string, number: string, date: string) =>
    `Kế hoạch: ${number || '(chưa rõ số)'}${date ? ` ngày ${date}` : ''}; phường: ${ward || '(chưa rõ: dùng --ward)'}`,
  noTables: (file: string) =>
    `Không tìm thấy bảng chỉ tiêu hay bảng nhiệm vụ nào trong "${file}". Mỗi bảng cần một dòng tiêu đề, ví dụ: ` +
    '"STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 | Cơ quan chủ trì" hoặc ' +
    '"STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành".',
  // The command line.
  usage:
    'Cách dùng: npm run --silent cli -- import KẾ-HOẠCH.xlsx --out bang-tinh.xlsx [--ward "An Hải"] [--year 2026]\n' +
    '  Đọc các bảng của kế hoạch (chỉ tiêu, nhiệm vụ, đơn vị; .xlsx mọi trang hoặc .csv) và ghi bảng tính theo dõi.',
  noOut: 'Thiếu --out: tên tệp bảng tính sẽ ghi, ví dụ --out bang-tinh.xlsx.',
  outNotXlsx: (file: string) => `--out phải là tệp .xlsx: "${file}".`,
  cannotWrite: (file: string) =>
    `Không ghi được tệp "${file}": kiểm tra thư mục có quyền ghi và tệp không đang mở trong Excel, rồi chạy lại.`,
  written: (file: string, indicators: number, tasks: number, units: number) =>
    `Đã ghi bảng tính theo dõi: ${file} (${indicators} dòng chỉ tiêu, ${tasks} dòng nhiệm vụ, ${units} đơn vị). ` +
    `Chạy tiếp: npm start -- --in ${file}`,
  // The sheet.
  tabGuide:
    'Dán vào đây các bảng của kế hoạch, mỗi bảng kèm dòng tiêu đề của nó (bảng chỉ tiêu; bảng nhiệm vụ; bảng đơn vị ' +
    'có cột e-mail), bảng nọ dưới bảng kia, rồi chọn Kế hoạch CĐS > Nạp kế hoạch của phường.',
  tabCreated: (tab: string) =>
    `Đã tạo trang "${tab}". Dán các bảng của kế hoạch vào trang này (mỗi bảng kèm dòng tiêu đề), rồi chọn lại ` +
    'Kế hoạch CĐS > Nạp kế hoạch của phường.',
  notVhxh: 'Chỉ Phòng Văn hóa - Xã hội (e-mail ghi ở trang Cấu hình) hoặc chủ sở hữu bảng tính mới được nạp kế hoạch.',
  hasData: (tab: string, count: number) =>
    `Bảng tính đã có ${count} ô do đơn vị nhập ở trang ${tab}. Chỉ nạp kế hoạch vào bảng tính chưa có số liệu ` +
    '(bản sao mới của bảng tính mẫu). Chưa thay đổi gì.',
  confirm: (report: string) =>
    `${report}\n\nNạp kế hoạch này vào bảng tính? Các trang Chỉ tiêu, Nhiệm vụ, Đơn vị được thay bằng kế hoạch vừa đọc.`,
  cancelled: 'Chưa thay đổi gì.',
  done: (indicators: number, tasks: number, units: number) =>
    `Đã nạp kế hoạch: ${indicators} dòng chỉ tiêu, ${tasks} dòng nhiệm vụ, ${units} đơn vị. ` +
    'Hãy kiểm tra trang Cấu hình (tên phường, số và ngày kế hoạch, người ký) và e-mail ở trang Đơn vị, rồi chạy Thiết lập / cập nhật bảng tính.',
  log: (indicators: number, tasks: number, units: number, unreadable: number) =>
    `Nạp kế hoạch: ${indicators} dòng chỉ tiêu, ${tasks} dòng nhiệm vụ, ${units} đơn vị; ${unreadable} dòng không đọc được.`,
} as const;
