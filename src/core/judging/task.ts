/**
 * The verdict on one task for a reporting year, from the unit's status, the completion date, the task's
 * completion time and the reporting date (a calendar day in Asia/Ho_Chi_Minh). The VHXH office's hand
 * judgement decides last. Rules: docs/judging.md, "Nhiệm vụ".
 */

import { type CalendarDate, compareDates, daysBetween, formatDate, parseVietnameseDate } from '../dates';
import { TASK_STATUS_CHOICES } from '../sheet/schema';
import { cleanText } from '../text';
import { JUDGING_TEXT } from './messages';
import { parseTaskReview, parseTaskStatus, type TaskStatus } from './reviews';
import { type CompletionTime, parseCompletionTime } from './taskTime';
import { type TaskVerdict, VERDICT_LABELS } from './verdicts';

const TASK = JUDGING_TEXT.task;

export interface TaskInput {
  /** As written in the catalog. */
  completionTime: string;
  /** "Hoàn thành" / "Đang thực hiện" / "Chưa thực hiện" (any case, diacritics, NFD...), or "". */
  status: unknown;
  /** "15/09/2026", a Date cell, or "". */
  completedOn: unknown;
  result?: unknown;
  evidence?: unknown;
  /** VHXH hand judgement, overrides: "Hoàn thành", "Hoàn thành chậm", "Đang thực hiện", "Quá hạn", ... */
  review?: unknown;
  /** Reporting year. */
  year: number;
  /** The reporting date (Asia/Ho_Chi_Minh calendar day). */
  today: CalendarDate;
  /**
   * The day the plan was issued. A task the plan dates before that day (9/2025, 12/2025 in a plan of 24/02/2026)
   * could not be done on time under this plan: done is done, never "Hoàn thành chậm".
   */
  planIssued?: CalendarDate | null;
}

export interface TaskJudgement {
  verdict: TaskVerdict;
  label: string;
  reason: string;
  byHand: boolean;
  time: CompletionTime;
  /** The due date that applies this year, if any. */
  due: CalendarDate | null;
}

const STATUS_LABEL: Record<TaskStatus, string> = {
  DONE: TASK_STATUS_CHOICES[0],
  IN_PROGRESS: TASK_STATUS_CHOICES[1],
  NOT_STARTED: TASK_STATUS_CHOICES[2],
};

/** The due date that applies in the reporting year: a dated task's date, a yearly task's 31/12, else none. */
export function dueThisYear(time: CompletionTime, year: number): CalendarDate | null {
  switch (time.kind) {
    case 'due':
    case 'range':
      return time.due;
    case 'recurring':
      if (time.every === 'continuous') return null;
      return time.from !== null && time.from > year ? null : { year, month: 12, day: 31 };
    default:
      return null;
  }
}

/** A completion date cell: { date } when readable, { invalid } when typed but unreadable, {} when empty. */
export function readCompletedOn(value: unknown): { date?: CalendarDate; invalid?: string } {
  if (value instanceof Date) {
    const date = parseVietnameseDate(value);
    return date ? { date } : { invalid: String(value) };
  }
  if (typeof value === 'number') return { invalid: String(value) };
  const text = cleanText(value);
  if (!text) return {};
  const date = parseVietnameseDate(text);
  return date ? { date } : { invalid: text };
}

interface Draft {
  verdict: TaskVerdict;
  reason: string;
}

function computeTask(input: TaskInput, time: CompletionTime, due: CalendarDate | null): Draft {
  const { year, today } = input;
  const status = parseTaskStatus(input.status);
  const completed = readCompletedOn(input.completedOn);
  const evidence = cleanText(input.evidence);
  const fmt = formatDate;

  if (status.kind === 'unknown') return { verdict: 'NEEDS_REVIEW', reason: TASK.statusUnknown(status.text) };
  if (completed.invalid !== undefined)
    return { verdict: 'NEEDS_REVIEW', reason: TASK.completedOnInvalid(completed.invalid) };
  if (completed.date && compareDates(completed.date, today) > 0) {
    return { verdict: 'NEEDS_REVIEW', reason: TASK.completedOnFuture(fmt(completed.date), fmt(today)) };
  }
  if (status.kind === 'empty') {
    if (completed.date) return { verdict: 'NEEDS_REVIEW', reason: TASK.missingWithDate };
    return { verdict: 'MISSING', reason: TASK.missing(year) + (due ? TASK.missingDue(fmt(due)) : '') };
  }
  const s = status.value;
  if (completed.date && s !== 'DONE') {
    return { verdict: 'NEEDS_REVIEW', reason: TASK.dateWithoutDone(fmt(completed.date), STATUS_LABEL[s]) };
  }
  const after = (d: CalendarDate) => compareDates(today, d) > 0;

  switch (time.kind) {
    case 'due':
    case 'range': {
      const d = time.due;
      if (s === 'DONE' && input.planIssued && compareDates(d, input.planIssued) < 0) {
        return {
          verdict: 'DONE',
          reason: TASK.doneDueBeforePlan(completed.date ? fmt(completed.date) : '', fmt(d), fmt(input.planIssued)),
        };
      }
      if (s === 'DONE') {
        if (completed.date) {
          return compareDates(completed.date, d) <= 0
            ? { verdict: 'DONE', reason: TASK.doneOnTime(fmt(completed.date), fmt(d)) }
            : {
                verdict: 'DONE_LATE',
                reason: TASK.doneLate(fmt(completed.date), fmt(d), daysBetween(d, completed.date)),
              };
        }
        return after(d)
          ? { verdict: 'NEEDS_REVIEW', reason: TASK.doneNoDatePastDue(fmt(d)) }
          : { verdict: 'DONE', reason: TASK.doneBeforeDue(fmt(d)) };
      }
      if (after(d)) return { verdict: 'OVERDUE', reason: TASK.overdue(fmt(d), daysBetween(d, today), STATUS_LABEL[s]) };
      if (s === 'IN_PROGRESS')
        return { verdict: 'IN_PROGRESS', reason: TASK.inProgress(fmt(d), daysBetween(today, d)) };
      if (time.kind === 'range') return { verdict: 'NOT_DUE', reason: TASK.notDueRange(time.start, time.end, fmt(d)) };
      return { verdict: 'NOT_DUE', reason: TASK.notDue(fmt(d), daysBetween(today, d)) };
    }
    case 'recurring': {
      if (s === 'DONE') {
        if (time.every === 'year' && completed.date && completed.date.year !== year) {
          return { verdict: 'NEEDS_REVIEW', reason: TASK.doneRecurringOtherYear(fmt(completed.date), year) };
        }
        return {
          verdict: 'DONE',
          reason: TASK.doneRecurring(year, time.text) + (completed.date ? TASK.withDate(fmt(completed.date)) : ''),
        };
      }
      if (time.every === 'continuous') {
        if (s === 'IN_PROGRESS') return { verdict: 'IN_PROGRESS', reason: TASK.inProgressRecurring(time.text) };
        return {
          verdict: 'NEEDS_REVIEW',
          reason: TASK.continuousNotStarted(time.text) + (evidence ? TASK.evidence(evidence) : ''),
        };
      }
      if (time.from !== null && time.from > year)
        return { verdict: 'NOT_DUE', reason: TASK.notDueFrom(time.from, year) };
      const d: CalendarDate = due ?? { year, month: 12, day: 31 };
      if (after(d)) return { verdict: 'OVERDUE', reason: TASK.overdue(fmt(d), daysBetween(d, today), STATUS_LABEL[s]) };
      if (s === 'IN_PROGRESS') return { verdict: 'IN_PROGRESS', reason: TASK.inProgressRecurring(time.text) };
      return { verdict: 'NOT_DUE', reason: TASK.notDueYearly(year, fmt(d), daysBetween(today, d)) };
    }
    case 'conditional': {
      if (s === 'DONE')
        return {
          verdict: 'DONE',
          reason: TASK.doneConditional(time.condition) + (completed.date ? TASK.withDate(fmt(completed.date)) : ''),
        };
      if (s === 'IN_PROGRESS') return { verdict: 'IN_PROGRESS', reason: TASK.inProgressConditional(time.condition) };
      return evidence
        ? { verdict: 'NOT_DUE', reason: TASK.conditionalWaiting(time.condition, evidence) }
        : { verdict: 'NEEDS_REVIEW', reason: TASK.conditionalNoEvidence(time.condition) };
    }
    default: {
      if (s === 'DONE') return { verdict: 'DONE', reason: TASK.doneUnknownTime(time.text || TASK.noTime) };
      return { verdict: 'NEEDS_REVIEW', reason: TASK.unknownTime(time.text || TASK.noTime, STATUS_LABEL[s]) };
    }
  }
}

/** Judge one task. Never throws: anything unexpected is NEEDS_REVIEW with the reason. */
export function judgeTask(input: TaskInput): TaskJudgement {
  const time = parseCompletionTime(String(input.completionTime ?? ''));
  const due = dueThisYear(time, input.year);
  let draft: Draft;
  try {
    draft = computeTask(input, time, due);
  } catch {
    draft = { verdict: 'NEEDS_REVIEW', reason: TASK.internalError };
  }
  const computed: TaskJudgement = {
    verdict: draft.verdict,
    label: VERDICT_LABELS[draft.verdict],
    reason: draft.reason,
    byHand: false,
    time,
    due,
  };
  const review = parseTaskReview(input.review);
  if (review.kind === 'value') {
    const label = VERDICT_LABELS[review.value];
    return {
      ...computed,
      verdict: review.value,
      label: label + TASK.byHandSuffix,
      reason: TASK.byHand(label, computed.label, computed.reason),
      byHand: true,
    };
  }
  if (review.kind === 'unknown') computed.reason += TASK.invalidReview(review.text);
  return computed;
}
