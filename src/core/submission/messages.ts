/** Every text of submitting, reviewing and the audit trail: dialogs, refusals, the Đơn vị status, e-mails. */
import { formatVietnamDateTime } from '../dates';
import { TABS } from '../sheet/schema';
import type { ReviewAction, SubmissionRecord, SubmissionState } from './state';

/** "28/11/2026" and "16:05" of an instant, in Việt Nam time. */
function dayAndTime(at: Date): { day: string; time: string } {
  const text = formatVietnamDateTime(at);
  return { day: text.slice(0, 10), time: text.slice(11) };
}

/** A catalog name shortened for a list in a dialog. */
function shortName(name: string, max = 90): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

const EXPLANATION_HEADER = {
  indicators: TABS.indicators.columns.find((c) => c.key === 'evidence')!.header,
  tasks: TABS.tasks.columns.find((c) => c.key === 'evidence')!.header,
} as const;

const headerOf = (tab: 'indicators' | 'tasks', key: string) =>
  TABS[tab].columns.find((c) => c.key === key)?.header ?? key;

export const SUBMISSION_TEXT = {
  state: {
    OPEN: 'Chưa gửi',
    SUBMITTED: 'Đã gửi, chờ duyệt',
    APPROVED: 'Đã duyệt',
    RETURNED: 'Bị trả lại',
  } as Record<SubmissionState, string>,
  alreadySubmitted: (at: Date) => {
    const { day, time } = dayAndTime(at);
    return `Đơn vị đã gửi báo cáo ngày ${day} lúc ${time}; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.`;
  },
  approvedLocked: (at: Date) => {
    const { day, time } = dayAndTime(at);
    return `Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày ${day} lúc ${time}; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.`;
  },
  deadlineLocked: (deadline: string) =>
    `Đã hết hạn báo cáo ${deadline} và Phòng Văn hóa - Xã hội không nhận số liệu sau hạn; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.`,
  refusedTitle: (count: number) =>
    `Chưa thể gửi báo cáo: còn ${count} mục chưa hoàn thiện. Đề nghị đơn vị hoàn thiện các mục sau rồi gửi lại:`,
  invalidItem: (tab: 'indicators' | 'tasks', tt: string, column: string, message: string) =>
    `- ${TABS[tab].name}${tt ? `, TT ${tt}` : ''} (cột "${headerOf(tab, column)}"): ${message}`,
  missingItem: (tab: 'indicators' | 'tasks', tt: string, name: string, missing: string) =>
    `- ${TABS[tab].name}${tt ? `, TT ${tt}` : ''}: ${shortName(name)} - ${missing}. Nếu chưa có số liệu, ghi lý do ở cột "${EXPLANATION_HEADER[tab]}".`,
  issuesHint: 'Lưu ý: đơn vị chưa điền trang "Khó khăn - Đề xuất" (không bắt buộc, nhưng nên có để đưa vào báo cáo).',
  submitted: (unitName: string, at: Date, onTime: boolean) =>
    `${unitName} đã gửi báo cáo lúc ${formatVietnamDateTime(at)} (${onTime ? 'đúng hạn' : 'sau hạn báo cáo, tính là nộp muộn'}). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.`,
  confirm: (year: number, unitName: string) =>
    `Gửi báo cáo năm ${year} của ${unitName}? Sau khi gửi, mọi thay đổi đều được ghi vào trang Nhật ký.`,
  notSent: 'Chưa gửi báo cáo.',
  statusLine: (r: SubmissionRecord, deadlineOk: boolean | null) => {
    const sent = r.submittedAt
      ? `gửi ${formatVietnamDateTime(new Date(r.submittedAt))}${deadlineOk === null ? '' : deadlineOk ? ' (đúng hạn)' : ' (nộp muộn)'}`
      : '';
    const reviewed = r.reviewedAt ? formatVietnamDateTime(new Date(r.reviewedAt)) : '';
    switch (r.state) {
      case 'SUBMITTED':
        return [SUBMISSION_TEXT.state.SUBMITTED, sent].filter(Boolean).join('; ');
      case 'APPROVED':
        return [`Đã duyệt ${reviewed}`, sent, 'muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại']
          .filter(Boolean)
          .join('; ');
      case 'RETURNED':
        return [`Bị trả lại ${reviewed}`, r.comment ? `ý kiến: ${r.comment}` : '', 'đơn vị sửa rồi gửi lại']
          .filter(Boolean)
          .join('; ');
      default:
        return r.reviewedAt
          ? `Phòng Văn hóa - Xã hội mở lại ${reviewed}; đơn vị sửa rồi gửi lại${sent ? ` (lần gửi trước: ${sent.slice(4)})` : ''}`
          : SUBMISSION_TEXT.state.OPEN;
    }
  },
  notVhxh: 'Chỉ Phòng Văn hóa - Xã hội (email trong trang Cấu hình) được duyệt, trả lại hoặc mở lại báo cáo.',
  returnNeedsComment: 'Khi trả lại báo cáo, cần ghi ý kiến để đơn vị biết phải sửa gì.',
  cannot: (action: ReviewAction, state: SubmissionState) =>
    `Không thể ${action === 'approve' ? 'duyệt' : action === 'return' ? 'trả lại' : 'mở lại'} báo cáo đang ở trạng thái "${SUBMISSION_TEXT.state[state]}".`,
  unknownUnit: (unitId: string) => `Không có đơn vị mã ${unitId} trong trang Đơn vị.`,
  reviewed: (unitName: string, state: SubmissionState) => `${unitName}: ${SUBMISSION_TEXT.state[state]}.`,
  returnedMailSubject: (plan: string, year: number) =>
    `[Kế hoạch ${plan}] Báo cáo năm ${year} của đơn vị được trả lại để hoàn thiện`,
  returnedMailBody: (unitName: string, comment: string, url: string, sender: string) =>
    `Kính gửi: ${unitName}\n\nPhòng Văn hóa - Xã hội trả lại báo cáo của đơn vị để hoàn thiện, với ý kiến như sau:\n\n${comment}\n\n` +
    `Các ô nhập liệu của đơn vị đã được mở lại. Đề nghị đơn vị chỉnh sửa và gửi lại báo cáo tại: ${url}\n\nTrân trọng,\n${sender}`,
  mailSent: (emails: readonly string[]) => `Đã gửi email ý kiến tới ${emails.join(', ')}.`,
  mailNoAddress:
    'Đơn vị chưa có email hợp lệ trong trang Đơn vị: chưa gửi được email ý kiến, đề nghị báo trực tiếp cho đơn vị.',
  mailFailed: (reason: string) => `Chưa gửi được email ý kiến (${reason}); đề nghị báo trực tiếp cho đơn vị.`,
  noUnitForEmail: (email: string) =>
    email
      ? `Email ${email} chưa có trong trang Đơn vị, nên chưa xác định được đơn vị của bạn. Đề nghị liên hệ Phòng Văn hóa - Xã hội.`
      : 'Không xác định được email của bạn. Hãy đăng nhập bằng tài khoản Google đã đăng ký ở trang Đơn vị.',
  /** Who acted when Google does not tell (consumer accounts): protections leave only these people. */
  unknownEditor: (unitName: string) =>
    `(cán bộ ${unitName} hoặc Phòng VHXH; Google không cung cấp email với tài khoản cá nhân)`,
  /** Note on the Đơn vị checkbox when a tick could not be taken as a submission. */
  tickRefused: 'Chưa gửi được báo cáo (ô đã được bỏ đánh dấu).',
  tickRestored: 'Chỉ công cụ ghi các cột gửi báo cáo; giá trị đã được khôi phục.',
  /** Note on the checkbox while the tick waits for the next run (the tool was busy). */
  tickPending: (at: string) =>
    `Đã nhận yêu cầu gửi báo cáo lúc ${at}. Công cụ đang bận với một việc khác nên chưa kiểm tra được; ` +
    'yêu cầu được giữ lại và sẽ được xử lý ở lần chạy tiếp theo (chậm nhất sáng mai), tính thời điểm gửi là lúc đánh dấu. Không cần đánh dấu lại.',
  tickPendingLog: 'Đánh dấu "Đã gửi báo cáo" khi công cụ đang bận: giữ lại, xử lý ở lần chạy sau',
  /** A tick by an account Google names, which is not one of the unit's accounts. */
  tickNotYours: (email: string, unitName: string) =>
    `Tài khoản ${email} không thuộc ${unitName} (trang Đơn vị), nên không gửi báo cáo thay đơn vị này được. Ô đã được khôi phục.`,
  /** The installable trigger met an error: what Nhật ký says (the person's data is untouched). */
  editFailed: (message: string) => `Công cụ chưa xử lý được lần sửa này (dữ liệu đã nhập được giữ nguyên): ${message}`,
  snapshotFailed: 'Chưa lưu được bản sao dữ liệu lúc gửi; báo cáo chưa được ghi nhận là đã gửi. Xin thử lại.',
  unrecordedTick:
    'Ô "Đã gửi báo cáo" được đánh dấu mà công cụ không có bản ghi gửi báo cáo; đã bỏ đánh dấu. Đơn vị gửi bằng menu Kế hoạch CĐS > Gửi báo cáo của đơn vị.',
  mailQuotaExhausted: 'hết hạn mức gửi email trong ngày',
  /** Nhật ký entries for a change of a unit's editing lock. */
  lockedLog: (unitName: string, reason: string) => `Khóa ô nhập của ${unitName}: ${reason}`,
  unlockedLog: (unitName: string) => `Mở lại ô nhập của ${unitName}`,
  /** Put between a protection's description and the reason its unit is locked. */
  lockSeparator: ' - khóa: ',
  sidebar: {
    title: 'Duyệt báo cáo đơn vị',
    approve: 'Duyệt',
    return: 'Trả lại',
    reopen: 'Mở lại',
    returnPrompt: 'Ý kiến trả lại (bắt buộc):',
    working: 'Đang xử lý...',
  },
  /** The audit trail: Nhật ký lines and row notes for edits after submission or after the deadline. */
  audit: {
    afterSubmit: (state: string) => `Sửa sau khi đơn vị đã gửi báo cáo (trạng thái: ${state})`,
    afterDeadline: (deadline: string) => `Nhập sau hạn báo cáo ${deadline}`,
    afterDeadlineRefused: (deadline: string) =>
      `Nhập sau hạn báo cáo ${deadline}, khi Cấu hình không nhận số liệu sau hạn: công cụ đã khóa ô nhập của đơn vị; Phòng Văn hóa - Xã hội xem xét giữ hay bỏ giá trị này`,
    rowMarkAfterSubmit: (at: Date) => `Sửa sau khi gửi (${formatVietnamDateTime(at)})`,
    rowMarkLate: (at: Date) => `Nhập sau hạn (${formatVietnamDateTime(at)})`,
    unknownOld: '(không rõ: chưa có bản lưu trước khi sửa)',
  },
  someUnit: 'đơn vị',
} as const;
