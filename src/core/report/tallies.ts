/**
 * Counts by the judged verdict: indicators per group (the Tổng hợp tab reads these; judging/tally.ts counts them:
 * due this year apart from later years, a measure once) and tasks per verdict. The report's own indicator counts
 * (due this year vs on the way) come from standing.ts.
 */
import type { Assessment } from '../judging/assess';
import { type IndicatorTally, tallyByGroup, tallyIndicators } from '../judging/tally';
import type { TaskVerdict } from '../judging/verdicts';
import { type IndicatorLine, indicatorLines } from './lines';
import { REPORT_TEXT } from './messages';
import { ordered } from './planOrder';

export interface GroupTally {
  appendix: string;
  group: string;
  /** Everything the judging tally separates (due / of a later year, early, not due, same measure…). */
  timing: IndicatorTally<IndicatorLine>;
}

/** Per group of the sheet's Nhóm column, in sheet order: the counts the report's section I states. */
export function indicatorGroupTallies(assessment: Assessment): GroupTally[] {
  const lines = indicatorLines(assessment);
  const keyOf = (l: IndicatorLine) => `${l.appendix}\u0000${l.group}`;
  const byGroup = new Map(
    tallyByGroup(lines, (l) => ({ judgement: l.row.judgement, measure: l.row.measure }), keyOf).map((g) => [
      g.group,
      g.tally,
    ]),
  );
  return ordered(lines, keyOf).map((k) => {
    const [appendix, group] = k.split('\u0000');
    const t = byGroup.get(k) ?? tallyIndicators<IndicatorLine>([], () => ({ judgement: null, measure: null }));
    return { appendix, group, timing: t };
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
