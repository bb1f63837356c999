/**
 * Counts by the judged verdict: indicators per group (the Tổng hợp tab reads these) and tasks per verdict. The
 * report's own indicator counts (due this year vs on the way) come from standing.ts.
 */
import type { Assessment } from '../judging/assess';
import type { IndicatorVerdict, TaskVerdict } from '../judging/verdicts';
import { type IndicatorLine, indicatorLines } from './lines';
import { REPORT_TEXT } from './messages';
import { ordered } from './planOrder';

export interface GroupTally {
  appendix: string;
  group: string;
  lines: IndicatorLine[];
  /** Indicators with a target this year (everything but NOT_APPLICABLE). */
  counted: number;
  achieved: IndicatorLine[];
  exceeded: IndicatorLine[];
  notAchieved: IndicatorLine[];
  missing: IndicatorLine[];
  needsReview: IndicatorLine[];
  notApplicable: IndicatorLine[];
  onTrack: IndicatorLine[];
  behind: IndicatorLine[];
}

function tally(appendix: string, group: string, lines: IndicatorLine[]): GroupTally {
  const of = (...v: IndicatorVerdict[]) => lines.filter((l) => v.includes(l.verdict));
  const notApplicable = of('NOT_APPLICABLE');
  return {
    appendix,
    group,
    lines,
    counted: lines.length - notApplicable.length,
    achieved: of('ACHIEVED', 'EXCEEDED'),
    exceeded: of('EXCEEDED'),
    notAchieved: of('NOT_ACHIEVED'),
    missing: of('MISSING'),
    needsReview: of('NEEDS_REVIEW'),
    notApplicable,
    onTrack: lines.filter((l) => l.row.judgement?.track === 'ON_TRACK'),
    behind: lines.filter((l) => l.row.judgement?.track === 'BEHIND'),
  };
}

/** Per group of the sheet's Nhóm column, in sheet order: the counts the report's section I states. */
export function indicatorGroupTallies(assessment: Assessment): GroupTally[] {
  const lines = indicatorLines(assessment);
  const keys = ordered(lines, (l) => `${l.appendix}\u0000${l.group}`);
  return keys.map((k) => {
    const [appendix, group] = k.split('\u0000');
    return tally(
      appendix,
      group,
      lines.filter((l) => l.appendix === appendix && l.group === group),
    );
  });
}

export type TaskTally = Record<TaskVerdict, number> & { total: number };
const TASK_ORDER: TaskVerdict[] = ['DONE', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE', 'NOT_DUE', 'MISSING', 'NEEDS_REVIEW'];

export function taskTally(lines: readonly { verdict: TaskVerdict }[]): TaskTally {
  const t = { total: lines.length } as TaskTally;
  for (const v of TASK_ORDER) t[v] = lines.filter((l) => l.verdict === v).length;
  return t;
}

/** "12 nhiệm vụ hoàn thành, 03 nhiệm vụ quá hạn": only the verdicts that occur, in TASK_ORDER. */
export function taskCountsText(t: TaskTally): string {
  return TASK_ORDER.filter((v) => t[v] > 0)
    .map((v) => REPORT_TEXT.taskCounts[v](t[v]))
    .join(', ');
}
