/**
 * Checks a cell a person typed, with the same parsers the verdicts use, so a cell that validates is a
 * cell the judge can read. Used by onEdit (a note on the cell) and by the data check. Empty cells are
 * not problems (a missing result is a verdict, not a typing mistake). Messages say what is valid.
 */

import { type CalendarDate, compareDates, formatDate, vietnamDateOf } from '../dates';
import { JUDGING_TEXT } from '../judging/messages';
import { formatVietnameseNumber } from '../judging/numbers';
import { parseResult, unitOfMeasure } from '../judging/quantity';
import { parseIndicatorReview, parseTaskReview, parseTaskStatus } from '../judging/reviews';
import { readCompletedOn } from '../judging/task';
import { TASK_STATUS_CHOICES } from '../sheet/schema';
import { cleanText } from '../text';
import { CELL_EDIT_TEXT } from './messages';

/** The report prints a unit's "Kết quả nổi bật" as it is: a sentence or two, never markup. */
export const HIGHLIGHT_LIMIT = 600;

/** Problems in the "Kết quả nổi bật" cell (empty is fine: it is optional). */
export function validateHighlight(value: unknown): CellProblem[] {
  const text = cleanText(value);
  if (!text) return [];
  const parsed = parseResult(text);
  if (parsed.kind === 'formula' || parsed.kind === 'html')
    return [{ column: 'highlight', message: CELL_EDIT_TEXT.highlightMarkup }];
  if (text.length > HIGHLIGHT_LIMIT)
    return [{ column: 'highlight', message: CELL_EDIT_TEXT.highlightTooLong(text.length, HIGHLIGHT_LIMIT) }];
  return [];
}

const CELL = JUDGING_TEXT.cell;

export interface CellProblem {
  /** Schema key of the column: "result", "status", "completedOn", "review". */
  column: string;
  message: string;
  /**
   * Advice, not an error: the value was read and judged (a decimal point written "65.5%"); the cell gets the note
   * but no warning colour, and the unit can submit.
   */
  advice?: boolean;
  /**
   * What sort of problem, where it is not that the cell cannot be used as typed: 'unit', a figure in another unit
   * than the target's (money against a %); 'sameMeasure', a figure another row of the same measure contradicts.
   */
  kind?: 'unit' | 'sameMeasure';
}

/** Problems in an indicator row's typed cells: the result (with the row's unit of measure) and the VHXH judgement. */
export function validateIndicatorEntry(entry: {
  result: unknown;
  review?: unknown;
  unitOfMeasure?: string;
  highlight?: unknown;
}): CellProblem[] {
  const problems: CellProblem[] = validateHighlight(entry.highlight);
  const add = (message: string) => problems.push({ column: 'result', message });
  const r = parseResult(entry.result);
  const unit = unitOfMeasure(entry.unitOfMeasure ?? '');
  switch (r.kind) {
    case 'formula':
      add(CELL.formula);
      break;
    case 'html':
      add(CELL.html);
      break;
    case 'date':
      add(CELL.date(formatDate(r.date)));
      break;
    case 'boolean':
      add(CELL.boolean);
      break;
    case 'approximate':
      add(CELL.approximate(r.text));
      break;
    case 'unreadableNumber':
      add(CELL.unreadableNumber(r.text));
      break;
    case 'symbols':
      add(CELL.symbols(r.text));
      break;
    case 'dashNumber':
      add(CELL.dashNumber(r.text));
      break;
    case 'badRatio':
      add(r.num < 0 ? CELL.negative(r.text) : CELL.badRatio(r.text));
      break;
    case 'number': {
      const percent = r.ratio !== null || r.unit?.kind === 'percent' || (r.unit === null && unit.kind === 'percent');
      if (r.value < 0) add(CELL.negative(r.text));
      else if (percent && r.range.lo > 100) add(CELL.over100(r.text));
      else if (unit.kind === 'percent' && r.unit?.kind === 'money')
        problems.push({ column: 'result', message: CELL.moneyForPercent(r.text), kind: 'unit' });
      else if (unit.kind === 'percent' && r.unit?.kind === 'count' && !r.ratio)
        problems.push({ column: 'result', message: CELL.countForPercent(r.text), kind: 'unit' });
      else if (unit.kind === 'percent' && r.unit === null && !r.ratio && r.op === '=' && r.value > 0 && r.value < 1)
        add(CELL.fraction(formatVietnameseNumber(r.value, 6), formatVietnameseNumber(r.value * 100, 4)));
      if (r.dotDecimal)
        problems.push({ column: 'result', message: CELL.dotDecimal(r.text, r.suggestion), advice: true });
      break;
    }
    default:
      break;
  }
  const review = parseIndicatorReview(entry.review);
  if (review.kind === 'unknown') problems.push({ column: 'review', message: CELL.indicatorReview(review.text) });
  return problems;
}

/**
 * Problems in a task row's typed cells. `today` (the Vietnamese calendar day) defaults to now; a completion
 * date after it is a problem. `year` is the reporting year (accepted for callers; dates are checked against today).
 */
export function validateTaskEntry(entry: {
  status: unknown;
  completedOn: unknown;
  review?: unknown;
  year?: number;
  today?: CalendarDate;
  highlight?: unknown;
}): CellProblem[] {
  const problems: CellProblem[] = validateHighlight(entry.highlight);
  const status = parseTaskStatus(entry.status);
  if (status.kind === 'unknown') problems.push({ column: 'status', message: CELL.taskStatus(status.text) });
  const completed = readCompletedOn(entry.completedOn);
  const today = entry.today ?? vietnamDateOf(new Date());
  if (completed.invalid !== undefined) {
    problems.push({ column: 'completedOn', message: CELL.completedOnInvalid(cleanText(completed.invalid)) });
  } else if (completed.date) {
    if (compareDates(completed.date, today) > 0) {
      problems.push({
        column: 'completedOn',
        message: CELL.completedOnFuture(formatDate(completed.date), formatDate(today)),
      });
    } else if (status.kind === 'value' && status.value !== 'DONE') {
      const label = status.value === 'IN_PROGRESS' ? TASK_STATUS_CHOICES[1] : TASK_STATUS_CHOICES[2];
      problems.push({ column: 'completedOn', message: CELL.completedOnNotDone(label) });
    } else if (status.kind === 'empty') {
      problems.push({ column: 'completedOn', message: CELL.completedOnNoStatus });
    }
  }
  const review = parseTaskReview(entry.review);
  if (review.kind === 'unknown') problems.push({ column: 'review', message: CELL.taskReview(review.text) });
  return problems;
}
