/** Every text of the entry page: the page itself, its server answers, the office's link dialog and e-mails. */
import { formatVietnamDateTime } from '../dates';
import { SUBMISSION_TEXT } from '../submission/messages';
import type { SubmissionRecord } from '../submission/state';

const VHXH = 'Phòng Văn hóa - Xã hội';

export const ENTRY_PAGE_TEXT = {
  pageTitle: (unitName: string, year: number) => `Nhập kết quả năm ${year} - ${unitName}`,
  genericTitle: 'Trang nhập liệu của đơn vị',
  heading: (year: number) => `Báo cáo kết quả năm ${year}`,
  intro: (deadline: string) =>
    `Nhập kết quả của đơn vị vào từng mục dưới đây; nội dung được lưu khi chuyển sang ô khác. Khi đã đủ, bấm "Gửi báo cáo" (hạn: hết ngày ${deadline}).`,
  where: (appendix: string, tt: string) =>
    [appendix ? `Phụ lục ${appendix}` : '', tt ? `TT ${tt}` : ''].filter(Boolean).join(' - '),
  target: 'Chỉ tiêu cần đạt',
  lastYear: 'Kết quả năm trước',
  review: 'Đánh giá của Phòng VHXH',
  verdict: 'Công cụ đánh giá',
  readAs: (text: string) => `đọc là ${text}`,
  indicatorsHeading: 'Chỉ tiêu',
  tasksHeading: 'Nhiệm vụ',
  issuesHeading: 'Khó khăn - Đề xuất',
  issuesIntro: 'Tồn tại, đề xuất và phương hướng của đơn vị (đưa vào báo cáo chung của phường)',
  progress: (done: number, total: number) => `Đã nhập ${done}/${total} mục`,
  choose: '- Chọn -',
  invalidChoice: (text: string) => `"${text}" (không hợp lệ, chọn lại)`,
  datePlaceholder: 'ngày/tháng/năm, ví dụ 15/09/2026',
  state: SUBMISSION_TEXT.state,
  stateDetail: (r: SubmissionRecord) => {
    const at = r.submittedAt ? formatVietnamDateTime(new Date(r.submittedAt)) : '';
    switch (r.state) {
      case 'SUBMITTED':
        return `Đơn vị đã gửi báo cáo lúc ${at}. Vẫn có thể sửa; mọi thay đổi được ghi vào Nhật ký.`;
      case 'APPROVED':
        return `${VHXH} đã duyệt báo cáo. Muốn sửa, đề nghị ${VHXH} mở lại.`;
      case 'RETURNED':
        return `${VHXH} trả lại báo cáo${r.comment ? `: "${r.comment}"` : ''}. Đề nghị sửa rồi gửi lại.`;
      default:
        return 'Đơn vị chưa gửi báo cáo.';
    }
  },
  status: {
    saved: 'Đã lưu',
    savedAt: (time: string) => `Đã lưu lúc ${time}`,
    saving: 'Đang lưu…',
    unsaved: 'Chưa lưu',
    offline: 'Chưa lưu: mất kết nối. Nội dung vẫn được giữ trên máy này và sẽ được lưu khi có mạng.',
    draftRestored: (count: number) =>
      `Đã khôi phục ${count} mục chưa lưu từ lần trước (giữ trên máy này). Đang lưu lại…`,
    conflict: (fields: string) =>
      `Ô ${fields} vừa được sửa ở nơi khác (trên bảng tính). Nội dung trên trang đã được cập nhật theo bảng tính; nội dung bạn gõ được giữ ở dưới để chép lại nếu cần.`,
    yourText: 'Nội dung bạn đã gõ:',
    retry: 'Thử lưu lại',
    allSaved: 'Mọi nội dung đã được lưu.',
    pending: (count: number) => `${count} mục chưa lưu`,
  },
  submit: {
    button: 'Gửi báo cáo',
    sending: 'Đang gửi…',
    saveFirst: 'Còn nội dung chưa lưu. Đang lưu trước khi gửi…',
    offline: 'Chưa gửi được: mất kết nối. Nội dung đã nhập vẫn được giữ; bấm "Gửi báo cáo" lại khi có mạng.',
    refusedHeading: 'Chưa thể gửi báo cáo',
    goTo: 'Đến mục này',
    already: 'Báo cáo đã được gửi trước đó; không gửi lại.',
  },
  locked: 'Trang chỉ để xem: ',
  footer: (ward: string) =>
    `Ủy ban nhân dân phường ${ward} - ${VHXH}. Trang không cần đăng nhập; không chia sẻ đường dẫn này cho người ngoài đơn vị.`,
  loadFailed:
    'Không tải được trang. Kiểm tra kết nối mạng rồi tải lại trang. Nếu vẫn lỗi, liên hệ Phòng Văn hóa - Xã hội.',
  noScript: 'Trang cần JavaScript. Hãy bật JavaScript trong trình duyệt hoặc dùng trình duyệt khác.',
  fieldCount: (length: number, max: number) => `${length}/${max} ký tự`,

  token: {
    missing: 'Đường dẫn thiếu mã của đơn vị. Hãy mở đúng đường dẫn trong thư của Phòng Văn hóa - Xã hội.',
    malformed:
      'Đường dẫn không đúng hoặc bị cắt mất một phần. Hãy mở lại đúng đường dẫn trong thư của Phòng Văn hóa - Xã hội (chép đủ cả dòng).',
    forged: 'Đường dẫn không hợp lệ. Hãy mở đúng đường dẫn trong thư của Phòng Văn hóa - Xã hội.',
    otherYear: (linkYear: number, year: number) =>
      `Đường dẫn này dùng cho năm ${linkYear}; năm báo cáo hiện nay là ${year}. Đề nghị Phòng Văn hóa - Xã hội gửi đường dẫn mới.`,
    rotated:
      'Đường dẫn này đã được thay bằng đường dẫn mới. Hãy dùng đường dẫn trong thư mới nhất của Phòng Văn hóa - Xã hội.',
    unknownUnit: 'Đơn vị của đường dẫn này không còn trong danh sách. Đề nghị liên hệ Phòng Văn hóa - Xã hội.',
    nothingWritten: 'Không có nội dung nào được ghi.',
  },
  request: {
    malformed: (what: string) =>
      `Yêu cầu không hợp lệ${what ? ` (mục ${what})` : ''}; không có nội dung nào được ghi. Hãy tải lại trang.`,
    fieldTooLong: (bytes: number, max: number) =>
      `Nội dung một ô quá dài (${Math.ceil(bytes / 1024)} KB, tối đa ${Math.round(max / 1024)} KB). Hãy rút gọn; tài liệu dài gửi riêng cho Phòng Văn hóa - Xã hội.`,
    tooManyRows: (count: number, max: number) =>
      `Một lần lưu có ${count} mục, tối đa ${max} mục; không có nội dung nào được ghi. Hãy tải lại trang.`,
    tooLarge: (max: number) =>
      `Nội dung gửi một lần quá lớn (tối đa ${Math.round(max / 1024)} KB); không có nội dung nào được ghi.`,
  },
  save: {
    notYourRow: (id: string) =>
      `Mục "${id.slice(0, 60)}" không thuộc đơn vị của đường dẫn này; không có nội dung nào được ghi.`,
    notAnInput: (key: string) =>
      `Ô "${key.slice(0, 40)}" không phải ô đơn vị được nhập; không có nội dung nào được ghi.`,
    logDetail: (columns: string[], circumstance: string) =>
      `Nhập qua trang nhập liệu: ${columns.join(', ')}${circumstance ? ` (${circumstance})` : ''}`,
    logValues: (pairs: [string, string][]) => pairs.map(([column, value]) => `${column}: ${value}`).join('\n'),
    afterSubmit: 'sau khi đã gửi báo cáo',
    afterDeadline: 'sau hạn báo cáo',
    who: (unitName: string) => `Trang nhập liệu - ${unitName}`,
  },
  submitLogRefused: 'Gửi báo cáo qua trang nhập liệu bị từ chối',

  links: {
    title: 'Đường dẫn nhập liệu của các đơn vị',
    intro:
      'Mỗi đơn vị có một đường dẫn riêng để nhập kết quả trên điện thoại hoặc máy tính, không cần tài khoản Google. Ai có đường dẫn đều nhập được cho đơn vị đó: chỉ gửi cho cán bộ của đơn vị. Nếu đường dẫn bị lộ, bấm "Đổi đường dẫn": đường dẫn cũ thôi dùng được ngay.',
    unit: 'Đơn vị',
    link: 'Đường dẫn',
    send: 'Gửi thư',
    rotate: 'Đổi đường dẫn',
    confirmRotate: 'Bấm lần nữa để đổi',
    copy: 'Chép',
    copied: 'Đã chép',
    noEmail: 'chưa có email hợp lệ',
    urlMissing:
      'Chưa có địa chỉ của trang nhập liệu. Phòng Văn hóa - Xã hội (chủ bảng tính) mở Tiện ích > Apps Script > Triển khai > Tùy chọn triển khai mới > Ứng dụng web (Thực thi với tư cách: Tôi; Người có quyền truy cập: Bất kỳ ai), rồi dán địa chỉ kết thúc bằng /exec vào mục "Địa chỉ trang nhập liệu" của trang Cấu hình.',
    urlInvalid: (url: string) =>
      `Địa chỉ trang nhập liệu "${url.slice(0, 80)}" không dùng được: cần địa chỉ https://script.google.com/…/exec của bản triển khai (không phải /dev).`,
    rotated: (unitName: string) =>
      `Đã đổi đường dẫn của ${unitName}. Đường dẫn cũ không còn dùng được; hãy gửi đường dẫn mới cho đơn vị.`,
    rotatedLog: (version: number) => `Đổi đường dẫn nhập liệu (lần ${version - 1}); đường dẫn cũ thôi dùng được`,
    sent: (unitName: string, to: string) => `Đã gửi đường dẫn nhập liệu cho ${unitName} (${to}).`,
    sentLog: (to: string) => `Gửi đường dẫn nhập liệu tới ${to}`,
    noRecipients: (unitName: string) =>
      `${unitName} chưa có email hợp lệ ở trang Đơn vị; hãy chép đường dẫn và gửi bằng cách khác.`,
    unknownUnit: 'Không tìm thấy đơn vị này ở trang Đơn vị.',
    officeOnly: 'Chỉ Phòng Văn hóa - Xã hội (chủ bảng tính) được xem và đổi đường dẫn nhập liệu của các đơn vị.',
    mailSubject: (planNumber: string, year: number) =>
      `[Kế hoạch ${planNumber}] Đường dẫn nhập kết quả năm ${year} của đơn vị`,
    mailBody: (unitName: string, year: number, deadline: string, link: string, sender: string) =>
      [
        `Kính gửi: ${unitName}`,
        '',
        `${VHXH} gửi đơn vị đường dẫn riêng để nhập kết quả thực hiện năm ${year} (hạn: hết ngày ${deadline}). Trang mở được trên điện thoại hoặc máy tính, không cần tài khoản Google:`,
        '',
        link,
        '',
        'Đường dẫn chỉ dùng cho đơn vị; đề nghị không chuyển cho người ngoài đơn vị.',
        '',
        'Trân trọng./.',
        sender,
      ].join('\n'),
  },
  hardened: {
    question: (accounts: string[]) =>
      `Chế độ nhập liệu đang là "Trang nhập liệu": đơn vị nhập qua đường dẫn riêng, chỉ Phòng Văn hóa - Xã hội sửa bảng tính. ${accounts.length} tài khoản của đơn vị vẫn đang có quyền chỉnh sửa cả bảng tính (và vì thế có thể sửa mã của công cụ):\n${accounts.join('\n')}\n\nChuyển các tài khoản này sang quyền chỉ xem?`,
    done: (count: number) =>
      `Đã chuyển ${count} tài khoản đơn vị sang quyền chỉ xem. Hãy gửi đường dẫn nhập liệu cho các đơn vị (menu Kế hoạch CĐS > Đường dẫn nhập liệu của đơn vị).`,
    kept: 'Chưa thay đổi quyền chia sẻ. Có thể chạy lại Thiết lập để đổi sau.',
    log: (email: string) => `Chế độ Trang nhập liệu: ${email} chuyển từ quyền chỉnh sửa sang quyền xem bảng tính`,
  },
  reminderLine: (link: string) =>
    `Đơn vị có thể nhập và gửi báo cáo ngay trên điện thoại hoặc máy tính, không cần đăng nhập, tại đường dẫn riêng của đơn vị: ${link}`,
  reminderLinkLabel: 'Mở trang nhập liệu của đơn vị',
} as const;
