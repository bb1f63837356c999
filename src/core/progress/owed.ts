import { compareDates, isOnOrBefore } from '../dates';
import type { AssessedIndicator, AssessedTask, Assessment, IssueEntry } from '../judging/assess';
import type { Unit } from '../plan/units';
import { cleanText } from '../text';
import type { UnitState } from '../units/table';
import { PROGRESS_TEXT } from './messages';

/**
 * What each unit owes for the reporting year, and whether it reported on time. One definition used by
 * the reminders, the submission check, the overview and the report.
 */
export interface OwedItem {
  tab: 'indicators' | 'tasks' | 'issues';
  rowIndex: number;
  rowKey: string;
  tt: string;
  name: string;
  /** What is missing, in Vietnamese ("Chưa nhập kết quả", "Chưa chọn tình trạng", ...). */
  missing: string;
  /** A reason the unit wrote for not having a value (accepted at submission). */
  explanation: string;
}

export interface UnitProgress {
  unit: Unit;
  state: UnitState | null;
  indicatorsLed: number;
  tasksLed: number;
  /** Rows the unit leads that have an entry (result / status). */
  reported: number;
  owed: OwedItem[];
  /** Invalid entries (validation problems) on rows the unit leads. */
  invalid: {
    tab: 'indicators' | 'tasks';
    rowIndex: number;
    rowKey: string;
    tt: string;
    column: string;
    message: string;
  }[];
  issuesFilled: boolean;
  timeliness: Timeliness;
  lastEntryAt: Date | null;
}

/** ON_TIME / LATE: submitted by / after the deadline; NOT_REPORTED: deadline passed without submission; PENDING: not yet due. */
export type Timeliness = 'ON_TIME' | 'LATE' | 'NOT_REPORTED' | 'PENDING';

export const TIMELINESS_LABELS: Record<Timeliness, string> = PROGRESS_TEXT.timeliness;

export const OWED_TEXT = PROGRESS_TEXT.owed;

/** A row the unit has not answered: its main input (result or status) is empty and VHXH has not judged it by hand. */
function isUnanswered(row: AssessedIndicator | AssessedTask, input: 'result' | 'status'): boolean {
  return !row.isGroup && cleanText(row.record[input]) === '' && !row.judgement?.byHand;
}

export function timelinessOf(state: UnitState | null, assessment: Pick<Assessment, 'config' | 'today'>): Timeliness {
  if (state?.submitted && state.submittedAt)
    return isOnOrBefore(state.submittedAt, assessment.config.deadline) ? 'ON_TIME' : 'LATE';
  return compareDates(assessment.today, assessment.config.deadline) > 0 ? 'NOT_REPORTED' : 'PENDING';
}

type JudgedRow = AssessedIndicator | AssessedTask;

/** The latest of the rows' edit times (null when none was edited). */
function lastEditOf(rows: readonly { updatedAt: Date | null }[]): Date | null {
  let last: Date | null = null;
  for (const { updatedAt } of rows) if (updatedAt && (!last || updatedAt > last)) last = updatedAt;
  return last;
}

/** A judged row the unit has not answered, as an item it owes. */
function owedRow(tab: 'indicators' | 'tasks', row: JudgedRow, missing: string): OwedItem {
  return {
    tab,
    rowIndex: row.rowIndex,
    rowKey: row.rowKey,
    tt: cleanText(row.record.tt),
    name: cleanText(row.record.name),
    missing,
    explanation: cleanText(row.record.evidence),
  };
}

/** The Khó khăn - Đề xuất row, owed while none of its three cells is filled. */
function owedIssues(unit: Unit, issue: IssueEntry | undefined): OwedItem {
  return {
    tab: 'issues',
    rowIndex: issue?.rowIndex ?? -1,
    rowKey: unit.id,
    tt: '',
    name: OWED_TEXT.issues,
    missing: OWED_TEXT.issues,
    explanation: '',
  };
}

/** The validation problems of a tab's rows, each with where it is. */
function invalidEntries(tab: 'indicators' | 'tasks', rows: readonly JudgedRow[]): UnitProgress['invalid'] {
  return rows.flatMap((r) =>
    r.problems.map((p) => ({ tab, rowIndex: r.rowIndex, rowKey: r.rowKey, tt: cleanText(r.record.tt), ...p })),
  );
}

/** One unit's progress: the rows it leads, what it answered and owes, what is invalid, when it last typed. */
function progressOf(unit: Unit, assessment: Assessment): UnitProgress {
  const state = assessment.units.find((s) => s.unit.id === unit.id) ?? null;
  const indicators = assessment.indicators.filter((r) => r.unitId === unit.id && !r.isGroup);
  const tasks = assessment.tasks.filter((r) => r.unitId === unit.id && !r.isGroup);
  const unansweredIndicators = indicators.filter((r) => isUnanswered(r, 'result'));
  const unansweredTasks = tasks.filter((r) => isUnanswered(r, 'status'));
  const owed = [
    ...unansweredIndicators.map((r) => owedRow('indicators', r, OWED_TEXT.indicator)),
    ...unansweredTasks.map((r) => owedRow('tasks', r, OWED_TEXT.task)),
  ];
  const issue = assessment.issues.find((i) => i.unitId === unit.id);
  const issuesFilled = !!issue && !!(issue.difficulties || issue.proposals || issue.nextYear);
  if (!issuesFilled) owed.push(owedIssues(unit, issue));
  return {
    unit,
    state,
    indicatorsLed: indicators.length,
    tasksLed: tasks.length,
    reported: indicators.length + tasks.length - unansweredIndicators.length - unansweredTasks.length,
    owed,
    invalid: [...invalidEntries('indicators', indicators), ...invalidEntries('tasks', tasks)],
    issuesFilled,
    timeliness: timelinessOf(state, assessment),
    lastEntryAt: lastEditOf([...indicators, ...tasks, ...(issue ? [issue] : [])]),
  };
}

export function unitProgress(assessment: Assessment): UnitProgress[] {
  return assessment.registry.units.map((unit) => progressOf(unit, assessment));
}

/** What a unit has to report and how much of it is done: the one count every screen, e-mail and report uses. */
export interface OwedFigures {
  /** Rows the unit leads (indicators and tasks) plus its Khó khăn - Đề xuất row: each is one item to report. */
  due: number;
  done: number;
  /** Items not reported yet (an explained empty row is still missing: it is accepted at submission, not done). */
  missing: number;
  /** Entries typed but not acceptable as they are. */
  invalid: number;
}

export function owedFigures(p: UnitProgress): OwedFigures {
  const due = p.indicatorsLed + p.tasksLed + 1;
  const missing = p.owed.length;
  return { due, done: due - missing, missing, invalid: p.invalid.length };
}
