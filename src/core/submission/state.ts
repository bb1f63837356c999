import { formatDate, isOnOrBefore } from '../dates';
import type { UnitProgress } from '../progress/owed';
import type { Config } from '../sheet/config';
import { SUBMISSION_TEXT } from './messages';

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
  /** The reporting year the record belongs to (absent in records written before records were kept per year). */
  year?: number;
}

export type ReviewAction = 'approve' | 'return' | 'reopen';

export { SUBMISSION_TEXT };

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

/** What the VHXH office may do with a report in each state ("Duyệt" only once the unit has submitted). */
const REVIEW_ALLOWED: Record<ReviewAction, SubmissionState[]> = {
  approve: ['SUBMITTED'],
  return: ['SUBMITTED', 'APPROVED'],
  reopen: ['APPROVED', 'SUBMITTED'],
};

export function reviewActionsFor(state: SubmissionState): ReviewAction[] {
  return (Object.keys(REVIEW_ALLOWED) as ReviewAction[]).filter((a) => REVIEW_ALLOWED[a].includes(state));
}

export function review(
  record: SubmissionRecord,
  action: ReviewAction,
  comment: string,
  now: Date,
  user: string,
): { ok: true; record: SubmissionRecord } | { ok: false; message: string } {
  if (!reviewActionsFor(record.state).includes(action))
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
