import { JUDGING_TEXT } from './messages';

/**
 * The verdicts the tool gives, defined once: their Vietnamese labels (from the messages home), the colour of a
 * verdict cell, the colour of its bar in the charts. The sheet, the Tổng hợp tab, the charts, the reminders and the
 * report all take them from here.
 *
 * Indicators, by timing (docs/judging.md, "Mốc chỉ tiêu và lộ trình"):
 *  - the target is due this year (its year, after it, a yearly target, a target kept from the last milestone):
 *    ACHIEVED / EXCEEDED / NOT_ACHIEVED;
 *  - the target is for a later year: ACHIEVED / EXCEEDED (achieved early), ON_TRACK / BEHIND (against the
 *    straight line from a baseline), NOT_DUE (no baseline: the reason says how far there is to go). Never
 *    NOT_ACHIEVED;
 *  - any time: MISSING, NOT_APPLICABLE, NEEDS_REVIEW.
 */
export type IndicatorVerdict =
  | 'ACHIEVED'
  | 'EXCEEDED'
  | 'NOT_ACHIEVED'
  | 'ON_TRACK'
  | 'BEHIND'
  | 'NOT_DUE'
  | 'MISSING'
  | 'NOT_APPLICABLE'
  | 'NEEDS_REVIEW';
export type TaskVerdict = 'DONE' | 'DONE_LATE' | 'IN_PROGRESS' | 'OVERDUE' | 'NOT_DUE' | 'MISSING' | 'NEEDS_REVIEW';
export type Verdict = IndicatorVerdict | TaskVerdict;

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = JUDGING_TEXT.verdict;

/** Background colours of verdict cells (light, readable when printed). */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  ACHIEVED: '#D9EAD3',
  EXCEEDED: '#B6D7A8',
  NOT_ACHIEVED: '#F4CCCC',
  ON_TRACK: '#E2F0D9',
  BEHIND: '#FCE5CD',
  MISSING: '#EFEFEF',
  NOT_APPLICABLE: '#FFFFFF',
  NEEDS_REVIEW: '#FFF2CC',
  DONE: '#D9EAD3',
  DONE_LATE: '#FCE5CD',
  IN_PROGRESS: '#CFE2F3',
  OVERDUE: '#F4CCCC',
  NOT_DUE: '#FFFFFF',
};

/** Bar colours in the charts (stronger than the cell colours, same hue family). */
export const VERDICT_CHART_COLORS = {
  ACHIEVED: '#6AA84F',
  EXCEEDED: '#38761D',
  NOT_ACHIEVED: '#CC0000',
  EARLY: '#93C47D',
  ON_TRACK: '#6FA8DC',
  BEHIND: '#E69138',
  NOT_DUE: '#B7B7B7',
  NEEDS_REVIEW: '#F1C232',
  MISSING: '#999999',
} as const;

/** Colour for a cell whose typed value could not be read. */
export const INVALID_INPUT_COLOR = '#FFE599';

/** Where a result stands against a target of a later year (the verdicts of the same name). */
export type TrackStatus = 'ON_TRACK' | 'BEHIND';

/** Which verdict a label means, for the VHXH office's judgement column (any spelling). */
export function verdictFromLabel(
  label: string,
  labels: Readonly<Record<string, string>> = VERDICT_LABELS,
): Verdict | null {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  const wanted = fold(label);
  for (const [verdict, text] of Object.entries(labels)) if (fold(text) === wanted) return verdict as Verdict;
  return null;
}
