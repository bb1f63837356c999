/** Judging a ward's list: every indicator row with judgeIndicator, rows of one measure checked against each other. */
import { readPreviousResultCell } from '../history/history';
import { type IndicatorJudgement, judgeIndicator } from '../judging/indicator';
import { JUDGING_TEXT } from '../judging/messages';
import { flagContradictions, type MeasureRow } from '../judging/sameMeasure';
import { WARD_LIST_TEXT as WARD } from './messages';
import type { WardList, WardListRow } from './wardList';

export interface WardRowJudgement {
  row: WardListRow;
  /** null for group rows. */
  judgement: IndicatorJudgement | null;
}

/** Judge every indicator row of a ward's list; group rows stay groups; rows of one measure must agree. */
export function judgeWardList(list: WardList): WardRowJudgement[] {
  const judged = list.rows.map((row) => ({
    row,
    judgement:
      row.kind === 'group'
        ? null
        : judgeIndicator({
            name: row.name,
            unitOfMeasure: row.unitOfMeasure,
            targets: row.targets,
            result: row.result,
            evidence: row.evidence,
            review: row.review,
            year: list.year,
            // Judged as the sheet judges the row: its "Kết quả năm trước" is the baseline of the path.
            history: [readPreviousResultCell(row.previousResult, list.year)].flatMap((r) => (r ? [r] : [])),
          }),
  }));
  const measureRows: MeasureRow[] = judged.map(({ row, judgement }) => ({
    rowKey: String(row.line),
    measure: row.measure,
    where: JUDGING_TEXT.rowRef('', row.tt),
    judgement,
  }));
  flagContradictions(measureRows, () => []);
  return judged.map((j, i) => ({ ...j, judgement: measureRows[i].judgement }));
}

/** The command line's JSON contract: one object per data row, in order. */
export interface WardJsonRow {
  tt: string;
  kind: 'indicator' | 'group';
  verdict: IndicatorJudgement['verdict'] | null;
  label: string | null;
  reason: string;
}

export function toJsonRows(judged: readonly WardRowJudgement[]): WardJsonRow[] {
  return judged.map(({ row, judgement }) =>
    judgement
      ? { tt: row.tt, kind: 'indicator', verdict: judgement.verdict, label: judgement.label, reason: judgement.reason }
      : { tt: row.tt, kind: 'group', verdict: null, label: null, reason: WARD.groupReason(row.name) },
  );
}
