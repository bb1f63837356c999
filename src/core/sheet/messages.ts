/**
 * Every text the sheet itself shows outside its column headers (which are in schema.ts): the rows of Cấu hình
 * with their help, what Nhật ký calls each action, what the protections are called, help on dropdowns.
 */
export const SHEET_TEXT = {
  config: {
    items: {
      wardName: { label: 'Tên phường', help: 'Ví dụ: Hải Dương (không ghi chữ "phường").' },
      reportingYear: { label: 'Năm báo cáo', help: 'Năm đang tổng hợp kết quả, ví dụ 2026.' },
      deadline: {
        label: 'Hạn báo cáo',
        help: 'Mặc định 30/11 của năm báo cáo (tính cả ngày này, giờ Việt Nam). Ghi dạng ngày/tháng/năm.',
      },
      vhxhEmail: {
        label: 'Email Phòng Văn hóa - Xã hội',
        help: 'Nhận thư tổng hợp mỗi lần nhắc hạn; là địa chỉ trả lời của thư nhắc.',
      },
      senderName: { label: 'Tên người gửi thư', help: 'Tên hiển thị trên thư nhắc hạn.' },
      reportNumber: {
        label: 'Số báo cáo',
        help: 'Ví dụ: 125 (để trống nếu chưa có số; báo cáo sẽ ghi "Số: …/BC-UBND").',
      },
      signerAuthority: { label: 'Thẩm quyền ký', help: 'Ví dụ: KT. CHỦ TỊCH (để trống nếu Chủ tịch ký).' },
      signerTitle: { label: 'Chức vụ người ký', help: 'Ví dụ: PHÓ CHỦ TỊCH.' },
      signerName: { label: 'Họ tên người ký', help: 'In dưới chữ ký của báo cáo.' },
      recipients: { label: 'Nơi nhận', help: 'Mỗi nơi nhận một dòng (xuống dòng trong ô: Ctrl+Enter).' },
      reminderDaysBefore: {
        label: 'Nhắc trước hạn (số ngày)',
        help: 'Các ngày gửi thư nhắc trước hạn, cách nhau bởi dấu ;. Số 0 là đúng ngày hết hạn.',
      },
      reminderEveryDaysAfter: {
        label: 'Nhắc lại sau hạn mỗi (số ngày)',
        help: 'Sau hạn, cứ bao nhiêu ngày nhắc lại một lần, cho đến khi tắt nhắc hạn tự động. 0 = không nhắc sau hạn.',
      },
      acceptLateEntries: {
        label: 'Nhận số liệu sau hạn',
        help: 'Có: đơn vị vẫn nhập được sau hạn (được đánh dấu là nộp muộn). Không: sau hạn chỉ Phòng VHXH sửa được.',
      },
      reportFolderId: {
        label: 'Thư mục lưu báo cáo (ID Google Drive)',
        help:
          'Công cụ tự ghi vào đây đường dẫn thư mục "Báo cáo Kế hoạch CĐS" mà nó tạo trong Drive của người bấm "Tạo báo cáo" lần đầu. ' +
          'Công cụ chỉ được quyền ghi vào thư mục do chính nó tạo: muốn để báo cáo ở chỗ khác, hãy di chuyển thư mục đó trong Drive (đường dẫn không đổi).',
      },
      planNumber: { label: 'Số kế hoạch', help: 'Kế hoạch được theo dõi.' },
      planDate: { label: 'Ngày ban hành kế hoạch', help: 'Ngày/tháng/năm.' },
      planTitle: {
        label: 'Trích yếu kế hoạch',
        help: 'Kế hoạch về việc gì, như trên trang đầu của kế hoạch; báo cáo mở đầu "Thực hiện Kế hoạch số … về việc …" khi không ghi văn bản yêu cầu báo cáo. Để trống: không nêu.',
      },
      requestLetters: {
        label: 'Văn bản yêu cầu báo cáo',
        help:
          'Văn bản cấp trên yêu cầu báo cáo, mỗi văn bản một dòng, ví dụ: Công văn số 4157/SKHCN-CNTT ngày 19/11/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả chuyển đổi số năm 2026. ' +
          'Báo cáo mở đầu bằng "Thực hiện …". Để trống: báo cáo căn cứ Kế hoạch của phường.',
      },
      legalBases: {
        label: 'Căn cứ',
        help: 'Các văn bản làm căn cứ (nếu cần nêu), mỗi văn bản một dòng; báo cáo ghi "Căn cứ …" trước phần "Thực hiện …".',
      },
      internalAnnex: {
        label: 'Thêm phụ lục nội bộ vào báo cáo',
        help: 'Có: thêm phụ lục về tình hình gửi báo cáo của các đơn vị, cách đếm và biểu đồ (dùng nội bộ). Mặc định: Không.',
      },
      templateUrl: {
        label: 'Bảng tính mẫu',
        help: 'Địa chỉ bảng tính mẫu mà bảng tính này được sao từ đó (người bảo trì ghi sẵn trong bản mẫu). Trang Hướng dẫn của bản mẫu ghi phiên bản mới nhất.',
      },
      entryMode: {
        label: 'Chế độ nhập liệu',
        help: 'Bảng tính: đơn vị nhập thẳng vào bảng tính (email đơn vị được quyền sửa ô của mình). Trang nhập liệu: đơn vị chỉ được xem bảng tính và nhập qua đường dẫn riêng (an toàn hơn khi chia sẻ ra ngoài Phòng; xem README).',
      },
      entryPageUrl: {
        label: 'Địa chỉ trang nhập liệu',
        help: 'Địa chỉ ứng dụng web (kết thúc bằng /exec) sau khi triển khai; dùng để tạo đường dẫn riêng của từng đơn vị.',
      },
      trendIndicators: {
        label: 'Chỉ tiêu vẽ biểu đồ qua các năm',
        help: 'Mã dòng (ví dụ PL2-26 hoặc PL2-26@CA) hoặc TT của các chỉ tiêu cần vẽ kết quả qua các năm ở trang Tổng hợp, cách nhau bởi dấu ";". Để trống: công cụ chọn tối đa 5 chỉ tiêu tính theo % có kết quả của nhiều năm nhất.',
      },
    },
    entryModes: { sheet: 'Bảng tính', page: 'Trang nhập liệu' },
    badEntryMode: (typed: string) => `Chế độ nhập liệu không hợp lệ: "${typed}"; tạm dùng "Bảng tính".`,
    defaultSender: (ward: string) => `Phòng Văn hóa - Xã hội phường ${ward}`,
    defaultSignerAuthority: 'KT. CHỦ TỊCH',
    defaultSignerTitle: 'PHÓ CHỦ TỊCH',
    defaultRecipients: [
      'UBND thành phố (để b/c);',
      'TT Đảng ủy phường (để b/c);',
      'TT HĐND phường;',
      'Chủ tịch, các PCT UBND phường;',
      'Các phòng, ban, đơn vị thuộc phường;',
      'Lưu: VT, VHXH.',
    ],
    yes: 'Có',
    no: 'Không',
    badYear: (typed: string, used: number) => `Năm báo cáo không hợp lệ: "${typed}"; tạm dùng ${used}.`,
    badDeadline: (typed: string, year: number) => `Không đọc được hạn báo cáo "${typed}"; tạm dùng 30/11/${year}.`,
    badReminderDays: 'Có giá trị không phải số ngày; các giá trị đó bị bỏ qua.',
    badEveryDays: 'Phải là số ngày (0, 1, 2, ...); tạm dùng 3.',
  },
  logActions: {
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
    newYear: 'Bắt đầu năm báo cáo mới',
    planImport: 'Nạp kế hoạch',
    entryPage: 'Nhập qua trang nhập liệu',
    entryLink: 'Đường dẫn nhập liệu',
    logOverflow: 'Nhật ký - thiếu dòng',
    tampered: 'Thay đổi ngoài công cụ',
    triggerOwner: 'Trình kích hoạt',
    tickPending: 'Gửi báo cáo - đang chờ',
    refused: 'Từ chối thao tác',
    headerRestored: 'Khôi phục tiêu đề cột',
    editFailed: 'Lỗi khi xử lý lần sửa',
  },
  protections: {
    header: (tab: string) => `${tab}: dòng tiêu đề`,
    vhxhOnly: 'chỉ Phòng VHXH',
    wholeTab: (tab: string) => `${tab}: chỉ Phòng VHXH`,
    unitInputs: (unitName: string) => `ô nhập của ${unitName}`,
    noLead: 'dòng chưa có đơn vị chủ trì',
  },
  integrity: {
    logRowsDeleted: (n: number) => `Nhật ký: ${n} dòng đã ghi trước đây không còn (bị xóa ngoài công cụ).`,
    logChanged: 'Nhật ký: các dòng đã ghi trước đây bị sửa, xóa hoặc đổi chỗ ngoài công cụ.',
    logRowsBad: (rows: readonly number[]) =>
      `Nhật ký: dòng ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? ', …' : ''} không do công cụ ghi hoặc đã bị sửa.`,
    records: 'Hồ sơ gửi báo cáo (Script Properties) bị thay đổi ngoài công cụ.',
    protections: 'Vùng bảo vệ (quyền sửa) bị thay đổi ngoài công cụ.',
    title: 'Phát hiện thay đổi ngoài công cụ',
    tell: (lines: readonly string[]) =>
      `Phát hiện thay đổi ngoài công cụ:\n- ${lines.join('\n- ')}\nĐã ghi vào Nhật ký. Đề nghị Phòng VHXH kiểm tra ` +
      '(Tệp > Nhật ký phiên bản cho biết ai sửa, lúc nào) và chạy lại Thiết lập nếu quyền sửa bị đổi.',
  },
  choiceHelp: 'Chọn một giá trị trong danh sách.',
  choiceHelpOffline: 'Nên chọn một giá trị trong danh sách.',
  targetOfYear: (target: string, year: number) => `${target} (năm ${year})`,
  workbookCreator: 'Kế hoạch CĐS phường',
} as const;
