/**
 * What people choose in the two hand-typed columns that drive tasks and verdicts: the unit's task status
 * and the VHXH office's judgement. Any case, diacritics (or none), Unicode form, spacing; a trailing dot.
 */
import { matchKey } from '../text';
import type { IndicatorVerdict, TaskVerdict } from './verdicts';

export type TaskStatus = 'DONE' | 'IN_PROGRESS' | 'NOT_STARTED';

/** 'empty' when nothing is typed, 'unknown' when the text is none of the choices. */
export type Choice<T> =
  | { kind: 'empty' }
  | { kind: 'unknown'; text: string }
  | { kind: 'value'; value: T; text: string };

function choose<T>(value: unknown, table: Record<string, T>): Choice<T> {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  const text = String(value);
  const key = matchKey(text);
  // Typed content is never "empty": "???", "-", "🚀" are not a choice (the cell gets a note).
  if (!key) return text.trim() ? { kind: 'unknown', text } : { kind: 'empty' };
  const hit = table[key];
  return hit === undefined ? { kind: 'unknown', text } : { kind: 'value', value: hit, text };
}

const STATUS: Record<string, TaskStatus> = {
  'hoan thanh': 'DONE',
  'da hoan thanh': 'DONE',
  'dang thuc hien': 'IN_PROGRESS',
  'dang trien khai': 'IN_PROGRESS',
  'chua thuc hien': 'NOT_STARTED',
  'chua trien khai': 'NOT_STARTED',
};

/** "Hoàn thành" / "Đang thực hiện" / "Chưa thực hiện" (and "Đã hoàn thành", "Đang/Chưa triển khai"). */
export function parseTaskStatus(value: unknown): Choice<TaskStatus> {
  return choose(value, STATUS);
}

const INDICATOR_REVIEW: Record<string, IndicatorVerdict> = {
  dat: 'ACHIEVED',
  'da dat': 'ACHIEVED',
  'hoan thanh': 'ACHIEVED',
  vuot: 'EXCEEDED',
  'vuot chi tieu': 'EXCEEDED',
  'dat va vuot': 'EXCEEDED',
  'khong dat': 'NOT_ACHIEVED',
  'chua dat': 'NOT_ACHIEVED',
  'khong ap dung': 'NOT_APPLICABLE',
  'dung lo trinh': 'ON_TRACK',
  'cham lo trinh': 'BEHIND',
  'chua den han': 'NOT_DUE',
  'can danh gia': 'NEEDS_REVIEW',
  'chua bao cao': 'MISSING',
};

/** The VHXH office's judgement of an indicator: a verdict label (also "Hoàn thành" = Đạt). */
export function parseIndicatorReview(value: unknown): Choice<IndicatorVerdict> {
  return choose(value, INDICATOR_REVIEW);
}

const TASK_REVIEW: Record<string, TaskVerdict> = {
  'hoan thanh': 'DONE',
  'da hoan thanh': 'DONE',
  dat: 'DONE',
  'hoan thanh cham': 'DONE_LATE',
  'hoan thanh tre han': 'DONE_LATE',
  'dang thuc hien': 'IN_PROGRESS',
  'qua han': 'OVERDUE',
  'cham tien do': 'OVERDUE',
  'chua den han': 'NOT_DUE',
  'can danh gia': 'NEEDS_REVIEW',
  'chua bao cao': 'MISSING',
};

/** The VHXH office's judgement of a task: Hoàn thành, Hoàn thành chậm, Đang thực hiện, Quá hạn, Chưa đến hạn. */
export function parseTaskReview(value: unknown): Choice<TaskVerdict> {
  return choose(value, TASK_REVIEW);
}
