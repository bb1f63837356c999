import { formatDate, formatVietnamDateTime, isOnOrBefore } from '../dates';
import type { UnitProgress } from '../progress/owed';
import type { Config } from '../sheet/config';
import { TABS } from '../sheet/schema';

/**
 * A unit's yearly report has a state (after DHIS2's complete registration + approval):
 *   OPEN → SUBMITTED (the unit) → APPROVED (VHXH: the unit's cells become read-only)
 *                               → RETURNED (VHXH, with a comment: the cells reopen) → SUBMITTED …
 *   APPROVED / SUBMITTED → OPEN (VHXH reopens).
 * The record lives where staff cannot type (script properties); the Đơn vị tab shows a copy.
 *
 * Editing rights follow the record and the deadline (DHIS2's expiry lock with lock exceptions): an approved
 * report is locked; after the deadline, when Cấu hình says late entries are not accepted, every unit is locked
 * except one the VHXH office returned or reopened after the deadline (that decision is the exception).
 */
export type SubmissionState = 'OPEN' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

export interface SubmissionRecord {
  unitId: string;
  state: SubmissionState;
  /** ISO instant of the latest submission. */
  submittedAt: string | null;
  submittedBy: string;
  reviewedAt: string | null;
  reviewedBy: string;
  comment: string;
}

export type ReviewAction = 'approve' | 'return' | 'reopen';

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
  unrecordedTick:
    'Ô "Đã gửi báo cáo" được đánh dấu mà công cụ không có bản ghi gửi báo cáo; đã bỏ đánh dấu. Đơn vị gửi bằng menu Kế hoạch CĐS > Gửi báo cáo của đơn vị.',
  busy: 'Công cụ đang bận xử lý yêu cầu khác. Xin thử lại sau ít phút.',
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
} as const;

export function openRecord(unitId: string): SubmissionRecord {
  return { unitId, state: 'OPEN', submittedAt: null, submittedBy: '', reviewedAt: null, reviewedBy: '', comment: '' };
}

/**
 * Why a unit cannot submit yet (empty = it can). Missing values are accepted when the unit wrote a reason in the
 * explanation column. A problem in the VHXH office's own judgement column is not the unit's to fix.
 */
export function submissionProblems(progress: UnitProgress): { blocking: string[]; warnings: string[] } {
  const blocking = [
    ...progress.invalid
      .filter((i) => i.column !== 'review')
      .map((i) => SUBMISSION_TEXT.invalidItem(i.tab, i.tt, i.column, i.message)),
    ...progress.owed.flatMap((o) =>
      o.tab === 'issues' || o.explanation ? [] : [SUBMISSION_TEXT.missingItem(o.tab, o.tt, o.name, o.missing)],
    ),
  ];
  const warnings = progress.issuesFilled ? [] : [SUBMISSION_TEXT.issuesHint];
  return { blocking, warnings };
}

export type SubmitOutcome =
  | { ok: true; record: SubmissionRecord; onTime: boolean; message: string; warnings: string[] }
  | { ok: false; record: SubmissionRecord; message: string; problems: string[] };

export function submit(
  record: SubmissionRecord,
  progress: UnitProgress,
  config: Config,
  now: Date,
  user: string,
): SubmitOutcome {
  if (record.state === 'SUBMITTED' && record.submittedAt)
    return { ok: false, record, message: SUBMISSION_TEXT.alreadySubmitted(new Date(record.submittedAt)), problems: [] };
  if (record.state === 'APPROVED')
    return {
      ok: false,
      record,
      message: SUBMISSION_TEXT.approvedLocked(new Date(record.reviewedAt ?? record.submittedAt ?? now)),
      problems: [],
    };
  const { blocking, warnings } = submissionProblems(progress);
  if (blocking.length)
    return {
      ok: false,
      record,
      message: [SUBMISSION_TEXT.refusedTitle(blocking.length), ...blocking].join('\n'),
      problems: blocking,
    };
  const next: SubmissionRecord = {
    ...record,
    state: 'SUBMITTED',
    submittedAt: now.toISOString(),
    submittedBy: user,
    comment: '',
  };
  const onTime = isOnOrBefore(now, config.deadline);
  return {
    ok: true,
    record: next,
    onTime,
    message: SUBMISSION_TEXT.submitted(progress.unit.name, now, onTime),
    warnings,
  };
}

export function review(
  record: SubmissionRecord,
  action: ReviewAction,
  comment: string,
  now: Date,
  user: string,
): { ok: true; record: SubmissionRecord } | { ok: false; message: string } {
  const allowed: Record<ReviewAction, SubmissionState[]> = {
    approve: ['SUBMITTED'],
    return: ['SUBMITTED', 'APPROVED'],
    reopen: ['APPROVED', 'SUBMITTED'],
  };
  if (!allowed[action].includes(record.state))
    return { ok: false, message: SUBMISSION_TEXT.cannot(action, record.state) };
  if (action === 'return' && !comment.trim()) return { ok: false, message: SUBMISSION_TEXT.returnNeedsComment };
  const state: SubmissionState = action === 'approve' ? 'APPROVED' : action === 'return' ? 'RETURNED' : 'OPEN';
  return {
    ok: true,
    record: { ...record, state, reviewedAt: now.toISOString(), reviewedBy: user, comment: comment.trim() },
  };
}

/** May the unit's staff edit their input cells in this state? (The deadline lock is `unitMayEditNow`.) */
export function unitMayEdit(record: SubmissionRecord): boolean {
  return record.state !== 'APPROVED';
}

/**
 * May the unit's staff edit now: not after approval; after the deadline only when Cấu hình accepts late entries,
 * or when the VHXH office returned / reopened the report after the deadline (until the unit submits again).
 */
export function unitMayEditNow(record: SubmissionRecord, config: Config, now: Date): boolean {
  if (!unitMayEdit(record)) return false;
  if (config.acceptLateEntries || isOnOrBefore(now, config.deadline)) return true;
  return (
    (record.state === 'RETURNED' || record.state === 'OPEN') &&
    !!record.reviewedAt &&
    !isOnOrBefore(new Date(record.reviewedAt), config.deadline)
  );
}

/** Why the unit's cells are locked now (for the protection's description), or '' when they are not. */
export function lockReason(record: SubmissionRecord, config: Config, now: Date): string {
  if (unitMayEditNow(record, config, now)) return '';
  if (record.state === 'APPROVED') return SUBMISSION_TEXT.approvedLocked(new Date(record.reviewedAt ?? now));
  return SUBMISSION_TEXT.deadlineLocked(formatDate(config.deadline));
}

/** The Đơn vị tab's copy of a record, by column key. */
export function mirrorCells(record: SubmissionRecord, config: Config): Record<string, unknown> {
  const at = record.submittedAt ? new Date(record.submittedAt) : null;
  const submitted = record.state === 'SUBMITTED' || record.state === 'APPROVED';
  return {
    submit: submitted,
    submittedAt: at ?? '',
    submittedBy: record.submittedBy,
    submissionStatus: SUBMISSION_TEXT.statusLine(record, at ? isOnOrBefore(at, config.deadline) : null),
    approval:
      record.state === 'APPROVED'
        ? SUBMISSION_TEXT.state.APPROVED
        : record.state === 'RETURNED'
          ? SUBMISSION_TEXT.state.RETURNED
          : '',
    approvalComment: record.state === 'RETURNED' || record.state === 'APPROVED' ? record.comment : '',
  };
}

/** The mirror columns a unit's own staff may write (the others are the VHXH office's). */
export const STAFF_MIRROR_KEYS = ['submit', 'submittedAt', 'submittedBy', 'submissionStatus'] as const;
export const MIRROR_KEYS = [...STAFF_MIRROR_KEYS, 'approval', 'approvalComment'] as const;
