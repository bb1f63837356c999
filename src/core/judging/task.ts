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

/** What the unit typed, read once: its status (known), the completion date, the explanation. */
interface TaskFacts {
  status: TaskStatus;
  completed: CalendarDate | undefined;
  evidence: string;
  year: number;
  today: CalendarDate;
  planIssued: CalendarDate | null | undefined;
}

const fmt = formatDate;

/**
 * The cells read before the completion time matters: an unknown status, an unreadable or future date, no status, or a
 * date beside a status other than done is for the office to look at (a Draft); else the facts to judge with.
 */
function readTaskCells(input: TaskInput, due: CalendarDate | null): Draft | TaskFacts {
  const { year, today } = input;
  const status = parseTaskStatus(input.status);
  const completed = readCompletedOn(input.completedOn);
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
  return {
    status: s,
    completed: completed.date,
    evidence: cleanText(input.evidence),
    year,
    today,
    planIssued: input.planIssued,
  };
}

const isPast = (facts: TaskFacts, d: CalendarDate) => compareDates(facts.today, d) > 0;

const overdue = (facts: TaskFacts, d: CalendarDate): Draft => ({
  verdict: 'OVERDUE',
  reason: TASK.overdue(fmt(d), daysBetween(d, facts.today), STATUS_LABEL[facts.status]),
});

/** " (ngày …)" after a done verdict whose date the unit gave. */
const withDate = (facts: TaskFacts) => (facts.completed ? TASK.withDate(fmt(facts.completed)) : '');

/** A done task with a due date: on time, late, or (no date given) judged by whether the date has passed. */
function doneByDate(facts: TaskFacts, d: CalendarDate): Draft {
  const { completed, planIssued } = facts;
  if (planIssued && compareDates(d, planIssued) < 0)
    return {
      verdict: 'DONE',
      reason: TASK.doneDueBeforePlan(completed ? fmt(completed) : '', fmt(d), fmt(planIssued)),
    };
  if (completed)
    return compareDates(completed, d) <= 0
      ? { verdict: 'DONE', reason: TASK.doneOnTime(fmt(completed), fmt(d)) }
      : { verdict: 'DONE_LATE', reason: TASK.doneLate(fmt(completed), fmt(d), daysBetween(d, completed)) };
  return isPast(facts, d)
    ? { verdict: 'NEEDS_REVIEW', reason: TASK.doneNoDatePastDue(fmt(d)) }
    : { verdict: 'DONE', reason: TASK.doneBeforeDue(fmt(d)) };
}

/** A task due on a date, or over a range of years ending on one. */
function judgeDated(facts: TaskFacts, time: Extract<CompletionTime, { kind: 'due' | 'range' }>): Draft {
  const d = time.due;
  const { status, today } = facts;
  if (status === 'DONE') return doneByDate(facts, d);
  if (isPast(facts, d)) return overdue(facts, d);
  if (status === 'IN_PROGRESS')
    return { verdict: 'IN_PROGRESS', reason: TASK.inProgress(fmt(d), daysBetween(today, d)) };
  if (time.kind === 'range') return { verdict: 'NOT_DUE', reason: TASK.notDueRange(time.start, time.end, fmt(d)) };
  return { verdict: 'NOT_DUE', reason: TASK.notDue(fmt(d), daysBetween(today, d)) };
}

/** A task done every year ("Hằng năm", "Năm 2025 và những năm tiếp theo") or continuously ("Thường xuyên"). */
function judgeRecurring(
  facts: TaskFacts,
  time: Extract<CompletionTime, { kind: 'recurring' }>,
  due: CalendarDate | null,
): Draft {
  const { status, completed, year, today, evidence } = facts;
  if (status === 'DONE') {
    if (time.every === 'year' && completed && completed.year !== year)
      return { verdict: 'NEEDS_REVIEW', reason: TASK.doneRecurringOtherYear(fmt(completed), year) };
    return { verdict: 'DONE', reason: TASK.doneRecurring(year, time.text) + withDate(facts) };
  }
  if (time.every === 'continuous') {
    if (status === 'IN_PROGRESS') return { verdict: 'IN_PROGRESS', reason: TASK.inProgressRecurring(time.text) };
    return {
      verdict: 'NEEDS_REVIEW',
      reason: TASK.continuousNotStarted(time.text) + (evidence ? TASK.evidence(evidence) : ''),
    };
  }
  if (time.from !== null && time.from > year) return { verdict: 'NOT_DUE', reason: TASK.notDueFrom(time.from, year) };
  const d: CalendarDate = due ?? { year, month: 12, day: 31 };
  if (isPast(facts, d)) return overdue(facts, d);
  if (status === 'IN_PROGRESS') return { verdict: 'IN_PROGRESS', reason: TASK.inProgressRecurring(time.text) };
  return { verdict: 'NOT_DUE', reason: TASK.notDueYearly(year, fmt(d), daysBetween(today, d)) };
}

/** A task due once a condition is met ("Sau khi Sở Nội vụ ban hành …"): waiting needs the unit's explanation. */
function judgeConditional(facts: TaskFacts, time: Extract<CompletionTime, { kind: 'conditional' }>): Draft {
  if (facts.status === 'DONE')
    return { verdict: 'DONE', reason: TASK.doneConditional(time.condition) + withDate(facts) };
  if (facts.status === 'IN_PROGRESS')
    return { verdict: 'IN_PROGRESS', reason: TASK.inProgressConditional(time.condition) };
  return facts.evidence
    ? { verdict: 'NOT_DUE', reason: TASK.conditionalWaiting(time.condition, facts.evidence) }
    : { verdict: 'NEEDS_REVIEW', reason: TASK.conditionalNoEvidence(time.condition) };
}

/** A completion time the tool cannot read: done is done; anything else is for the office. */
function judgeUnreadTime(facts: TaskFacts, text: string): Draft {
  if (facts.status === 'DONE') return { verdict: 'DONE', reason: TASK.doneUnknownTime(text || TASK.noTime) };
  return { verdict: 'NEEDS_REVIEW', reason: TASK.unknownTime(text || TASK.noTime, STATUS_LABEL[facts.status]) };
}

function computeTask(input: TaskInput, time: CompletionTime, due: CalendarDate | null): Draft {
  const facts = readTaskCells(input, due);
  if ('verdict' in facts) return facts;
  switch (time.kind) {
    case 'due':
    case 'range':
      return judgeDated(facts, time);
    case 'recurring':
      return judgeRecurring(facts, time, due);
    case 'conditional':
      return judgeConditional(facts, time);
    default:
      return judgeUnreadTime(facts, time.text);
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
