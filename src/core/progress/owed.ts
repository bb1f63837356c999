import { compareDates, isOnOrBefore } from '../dates';
import type { AssessedIndicator, AssessedTask, Assessment, UnitState } from '../judging/assess';
import type { Unit } from '../plan/units';
import { cleanText } from '../text';
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

export function unitProgress(assessment: Assessment): UnitProgress[] {
  return assessment.registry.units.map((unit) => {
    const state = assessment.units.find((s) => s.unit.id === unit.id) ?? null;
    const indicators = assessment.indicators.filter((r) => r.unitId === unit.id && !r.isGroup);
    const tasks = assessment.tasks.filter((r) => r.unitId === unit.id && !r.isGroup);
    const owed: OwedItem[] = [];
    let reported = 0;
    let lastEntryAt: Date | null = null;
    const seen = (d: Date | null) => {
      if (d && (!lastEntryAt || d > lastEntryAt)) lastEntryAt = d;
    };
    const judged = [
      {
        tab: 'indicators' as const,
        rows: indicators as (AssessedIndicator | AssessedTask)[],
        input: 'result' as const,
        missing: OWED_TEXT.indicator,
      },
      { tab: 'tasks' as const, rows: tasks, input: 'status' as const, missing: OWED_TEXT.task },
    ];
    for (const { tab, rows, input, missing } of judged) {
      for (const row of rows) {
        seen(row.updatedAt);
        if (!isUnanswered(row, input)) {
          reported++;
          continue;
        }
        owed.push({
          tab,
          rowIndex: row.rowIndex,
          rowKey: row.rowKey,
          tt: cleanText(row.record.tt),
          name: cleanText(row.record.name),
          missing,
          explanation: cleanText(row.record.evidence),
        });
      }
    }
    const issue = assessment.issues.find((i) => i.unitId === unit.id);
    seen(issue?.updatedAt ?? null);
    const issuesFilled = !!issue && !!(issue.difficulties || issue.proposals || issue.nextYear);
    if (!issuesFilled) {
      owed.push({
        tab: 'issues',
        rowIndex: issue?.rowIndex ?? -1,
        rowKey: unit.id,
        tt: '',
        name: OWED_TEXT.issues,
        missing: OWED_TEXT.issues,
        explanation: '',
      });
    }
    const invalid = [
      ...indicators.flatMap((r) =>
        r.problems.map((p) => ({
          tab: 'indicators' as const,
          rowIndex: r.rowIndex,
          rowKey: r.rowKey,
          tt: cleanText(r.record.tt),
          ...p,
        })),
      ),
      ...tasks.flatMap((r) =>
        r.problems.map((p) => ({
          tab: 'tasks' as const,
          rowIndex: r.rowIndex,
          rowKey: r.rowKey,
          tt: cleanText(r.record.tt),
          ...p,
        })),
      ),
    ];
    return {
      unit,
      state,
      indicatorsLed: indicators.length,
      tasksLed: tasks.length,
      reported,
      owed,
      invalid,
      issuesFilled,
      timeliness: timelinessOf(state, assessment),
      lastEntryAt,
    };
  });
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
