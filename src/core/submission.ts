import type { Config } from './config';
import { formatVietnamDateTime, isOnOrBefore } from './dates';
import type { UnitProgress } from './progress';

/**
 * A unit's yearly report has a state (after DHIS2's complete registration + approval):
 *   OPEN → SUBMITTED (the unit) → APPROVED (VHXH: the unit's cells become read-only)
 *                               → RETURNED (VHXH, with a comment: the cells reopen) → SUBMITTED …
 *   APPROVED → OPEN (VHXH reopens).
 * The record lives where staff cannot type (script properties); the Đơn vị tab shows a copy.
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

export const SUBMISSION_TEXT = {
  state: {
    OPEN: 'Chưa gửi',
    SUBMITTED: 'Đã gửi, chờ duyệt',
    APPROVED: 'Đã duyệt',
    RETURNED: 'Bị trả lại',
  } as Record<SubmissionState, string>,
  alreadySubmitted: (at: Date) =>
    `Đơn vị đã gửi báo cáo ngày ${formatVietnamDateTime(at).slice(0, 10)} lúc ${formatVietnamDateTime(at).slice(11)}; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.`,
  approvedLocked: (at: Date) =>
    `Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày ${formatVietnamDateTime(at)}; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.`,
  refusedTitle: 'Chưa thể gửi báo cáo. Đề nghị đơn vị hoàn thiện các mục sau:',
  invalidItem: (tt: string, message: string) => `- Dòng TT ${tt}: ${message}`,
  missingItem: (tt: string, name: string, missing: string) => `- ${tt ? `TT ${tt}: ` : ''}${name} - ${missing}. Nếu chưa có số liệu, ghi lý do ở cột giải trình.`,
  issuesHint: 'Lưu ý: đơn vị chưa điền trang "Khó khăn - Đề xuất" (không bắt buộc, nhưng nên có để đưa vào báo cáo).',
  submitted: (unitName: string, at: Date, onTime: boolean) =>
    `${unitName} đã gửi báo cáo lúc ${formatVietnamDateTime(at)} (${onTime ? 'đúng hạn' : 'sau hạn báo cáo'}). Phòng Văn hóa - Xã hội sẽ xem xét và phê duyệt.`,
  statusLine: (r: SubmissionRecord, deadlineOk: boolean | null) => {
    const parts = [SUBMISSION_TEXT.state[r.state]];
    if (r.submittedAt) parts.push(`gửi ${formatVietnamDateTime(new Date(r.submittedAt))}${deadlineOk === null ? '' : deadlineOk ? ' (đúng hạn)' : ' (nộp muộn)'}`);
    if (r.state === 'RETURNED' && r.comment) parts.push(`lý do: ${r.comment}`);
    return parts.join('; ');
  },
  notVhxh: 'Chỉ Phòng Văn hóa - Xã hội (email trong trang Cấu hình) được duyệt, trả lại hoặc mở lại báo cáo.',
  returnNeedsComment: 'Khi trả lại báo cáo, cần ghi ý kiến để đơn vị biết phải sửa gì.',
  cannot: (action: ReviewAction, state: SubmissionState) =>
    `Không thể ${action === 'approve' ? 'duyệt' : action === 'return' ? 'trả lại' : 'mở lại'} báo cáo đang ở trạng thái "${SUBMISSION_TEXT.state[state]}".`,
  returnedMailSubject: (plan: string, year: number) => `[Kế hoạch ${plan}] Báo cáo năm ${year} của đơn vị được trả lại để hoàn thiện`,
  returnedMailBody: (unitName: string, comment: string, url: string, sender: string) =>
    `Kính gửi: ${unitName}\n\nPhòng Văn hóa - Xã hội trả lại báo cáo của đơn vị để hoàn thiện, với ý kiến như sau:\n\n${comment}\n\n` +
    `Các ô nhập liệu của đơn vị đã được mở lại. Đề nghị đơn vị chỉnh sửa và gửi lại báo cáo tại: ${url}\n\nTrân trọng,\n${sender}`,
  noUnitForEmail: (email: string) =>
    email
      ? `Email ${email} chưa có trong trang Đơn vị, nên chưa xác định được đơn vị của bạn. Đề nghị liên hệ Phòng Văn hóa - Xã hội.`
      : 'Không xác định được email của bạn. Hãy đăng nhập bằng tài khoản Google đã đăng ký ở trang Đơn vị.',
} as const;

export function openRecord(unitId: string): SubmissionRecord {
  return { unitId, state: 'OPEN', submittedAt: null, submittedBy: '', reviewedAt: null, reviewedBy: '', comment: '' };
}

/** Why a unit cannot submit yet (empty = it can). Missing values are accepted when the unit wrote a reason. */
export function submissionProblems(progress: UnitProgress): { blocking: string[]; warnings: string[] } {
  const blocking = [
    ...progress.invalid.map((i) => SUBMISSION_TEXT.invalidItem(i.tt, i.message)),
    ...progress.owed.filter((o) => o.tab !== 'issues' && !o.explanation).map((o) => SUBMISSION_TEXT.missingItem(o.tt, o.name, o.missing)),
  ];
  const warnings = progress.issuesFilled ? [] : [SUBMISSION_TEXT.issuesHint];
  return { blocking, warnings };
}

export type SubmitOutcome =
  | { ok: true; record: SubmissionRecord; onTime: boolean; message: string; warnings: string[] }
  | { ok: false; record: SubmissionRecord; message: string };

export function submit(record: SubmissionRecord, progress: UnitProgress, config: Config, now: Date, user: string): SubmitOutcome {
  if (record.state === 'SUBMITTED' && record.submittedAt) return { ok: false, record, message: SUBMISSION_TEXT.alreadySubmitted(new Date(record.submittedAt)) };
  if (record.state === 'APPROVED' && record.reviewedAt) return { ok: false, record, message: SUBMISSION_TEXT.approvedLocked(new Date(record.reviewedAt)) };
  const { blocking, warnings } = submissionProblems(progress);
  if (blocking.length) return { ok: false, record, message: [SUBMISSION_TEXT.refusedTitle, ...blocking].join('\n') };
  const next: SubmissionRecord = { ...record, state: 'SUBMITTED', submittedAt: now.toISOString(), submittedBy: user, comment: '' };
  const onTime = isOnOrBefore(now, config.deadline);
  return { ok: true, record: next, onTime, message: SUBMISSION_TEXT.submitted(progress.unit.name, now, onTime), warnings };
}

export function review(record: SubmissionRecord, action: ReviewAction, comment: string, now: Date, user: string): { ok: true; record: SubmissionRecord } | { ok: false; message: string } {
  const allowed: Record<ReviewAction, SubmissionState[]> = { approve: ['SUBMITTED'], return: ['SUBMITTED', 'APPROVED'], reopen: ['APPROVED', 'SUBMITTED'] };
  if (!allowed[action].includes(record.state)) return { ok: false, message: SUBMISSION_TEXT.cannot(action, record.state) };
  if (action === 'return' && !comment.trim()) return { ok: false, message: SUBMISSION_TEXT.returnNeedsComment };
  const state: SubmissionState = action === 'approve' ? 'APPROVED' : action === 'return' ? 'RETURNED' : 'OPEN';
  return { ok: true, record: { ...record, state, reviewedAt: now.toISOString(), reviewedBy: user, comment: comment.trim() } };
}

/** May the unit's staff edit their input cells in this state? (The deadline lock is separate.) */
export function unitMayEdit(record: SubmissionRecord): boolean {
  return record.state !== 'APPROVED';
}

/** The Đơn vị tab's copy of a record. */
export function mirrorCells(record: SubmissionRecord, config: Config): Record<string, unknown> {
  const at = record.submittedAt ? new Date(record.submittedAt) : null;
  const submitted = record.state === 'SUBMITTED' || record.state === 'APPROVED';
  return {
    submit: submitted,
    submittedAt: at ?? '',
    submittedBy: record.submittedBy,
    submissionStatus: SUBMISSION_TEXT.statusLine(record, at ? isOnOrBefore(at, config.deadline) : null),
    approval: record.state === 'APPROVED' ? SUBMISSION_TEXT.state.APPROVED : record.state === 'RETURNED' ? SUBMISSION_TEXT.state.RETURNED : '',
    approvalComment: record.comment,
  };
}
