/**
 * One measure, one figure. Rows that report the same measure (linked in the catalog, plan/catalog/measures.ts, or
 * by a ward's own list) must give the same figure; different figures are a contradiction: both rows are flagged
 * (a note on the result cell, the verdict "Cần đánh giá" with the reason) and listed for the data check and the
 * report's pre-flight. Totals count a measure once (tally.ts).
 */
import type { CellProblem } from '../cellEdit/validateCell';
import type { IndicatorJudgement, ResultFigure } from './indicator';
import { JUDGING_TEXT } from './messages';
import { VERDICT_LABELS } from './verdicts';

export interface MeasureRow {
  /** The key the caller knows the row by (sheet row key, line number). */
  rowKey: string;
  /** The measure the row reports, when another row reports it too. */
  measure: string | null;
  /** How a person finds the row: "Phụ lục II, TT 1". */
  where: string;
  judgement: IndicatorJudgement | null;
}

export interface Contradiction {
  measure: string;
  /**
   * Every row of the measure that gives a figure, with the figure as written. index / rowIndex: the row's position
   * in the input (for the sheet's assessment, its 0-based data row); result: the figure as shown.
   */
  rows: {
    index: number;
    tab: 'indicators';
    rowIndex: number;
    rowKey: string;
    where: string;
    shown: string;
    result: string;
  }[];
}

/** Two figures of one measure that cannot both be right (rounding to the coarser one's decimals aside). */
export function figuresDiffer(a: ResultFigure, b: ResultFigure): boolean {
  const money = (f: ResultFigure) => f.unit === 'dong';
  if (money(a) !== money(b)) return false; // 1.134.256.000 đồng and 2,16% cannot be compared here
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  const decimals = Math.min(a.decimals, b.decimals);
  const tolerance = Number.isFinite(decimals) ? 0.5 * 10 ** -decimals + 1e-9 : 1e-9 * Math.max(1, Math.abs(a.value));
  return Math.abs(a.value - b.value) > tolerance;
}

/** Every measure whose rows give different figures. Pure: the data check and the report's pre-flight list these. */
export function findContradictions(rows: readonly MeasureRow[]): Contradiction[] {
  const byMeasure = new Map<string, { row: MeasureRow; index: number }[]>();
  rows.forEach((row, index) => {
    if (!row.measure || !row.judgement?.figure) return;
    const list = byMeasure.get(row.measure) ?? [];
    list.push({ row, index });
    byMeasure.set(row.measure, list);
  });
  const out: Contradiction[] = [];
  for (const [measure, list] of byMeasure) {
    if (list.length < 2) continue;
    const figure = (x: { row: MeasureRow }) => x.row.judgement!.figure!;
    const differs = list.some((a, i) => list.some((b, j) => j > i && figuresDiffer(figure(a), figure(b))));
    if (!differs) continue;
    out.push({
      measure,
      rows: list.map((x) => ({
        index: x.index,
        tab: 'indicators' as const,
        rowIndex: x.index,
        rowKey: x.row.rowKey,
        where: x.row.where,
        shown: figure(x).shown,
        result: figure(x).shown,
      })),
    });
  }
  return out;
}

/**
 * Marks the rows of every contradiction: the verdict becomes "Cần đánh giá" with the reason (unless the VHXH office
 * judged the row by hand, or the row has no target this year), and the result cell gets a note. Returns the
 * contradictions found. `problemsOf` gives the row's list of cell problems to add the note to.
 */
export function flagContradictions<T extends MeasureRow>(
  rows: readonly T[],
  problemsOf: (row: T) => CellProblem[],
): Contradiction[] {
  const found = findContradictions(rows);
  if (!found.length) return found;
  for (const c of found) {
    for (const entry of c.rows) {
      const row = rows[entry.index];
      if (!row?.judgement) continue;
      const others = c.rows.filter((o) => o.index !== entry.index);
      const where = others.map((o) => o.where).join(', ');
      const other = others.map((o) => o.shown).join(', ');
      problemsOf(row).push({
        column: 'result',
        message: JUDGING_TEXT.cell.sameMeasure(entry.shown, other, where),
        kind: 'sameMeasure',
      });
      const j = row.judgement;
      if (j.byHand || j.verdict === 'NOT_APPLICABLE') continue;
      row.judgement = {
        ...j,
        verdict: 'NEEDS_REVIEW',
        label: VERDICT_LABELS.NEEDS_REVIEW,
        reason: JUDGING_TEXT.indicator.sameMeasureDiffers(entry.shown, other, where),
        track: null,
        path: j.timing === 'ahead' && j.targetYear ? JUDGING_TEXT.path.milestone(j.targetYear) : j.path,
      };
    }
  }
  return found;
}
