import { INVALID_INPUT_COLOR, VERDICT_COLORS, VERDICT_LABELS, type Verdict } from '../judging/verdicts';
import type { ColumnSpec } from './schema';

/**
 * How each column looks. Typed columns are plain text ("@"): Sheets would otherwise turn "82,54%" into
 * 0.8254 or "05/09/2026" into 9 May under a US locale, changing what the person typed.
 */
export const PLAIN_TEXT_FORMAT = '@';
export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const HEADER_BACKGROUND = '#D9E2F3';

export function numberFormatOf(column: ColumnSpec): string | null {
  if (column.format === 'checkbox') return null;
  if (column.format === 'datetime') return DATETIME_FORMAT;
  if (column.role === 'input' || column.role === 'review' || column.format === 'date' || column.format === 'text')
    return PLAIN_TEXT_FORMAT;
  return null;
}

/** Conditional colours for the verdict column: one rule per label (a hand-set label "Đạt (Phòng VHXH)" matches too). */
export function verdictColorRules(): { text: string; background: string }[] {
  return (
    (Object.keys(VERDICT_LABELS) as Verdict[])
      .filter((v, i, all) => all.findIndex((w) => VERDICT_LABELS[w] === VERDICT_LABELS[v]) === i)
      .map((v) => ({ text: VERDICT_LABELS[v], background: VERDICT_COLORS[v] }))
      .filter((r) => r.background !== '#FFFFFF')
      // Longest first: "Hoàn thành chậm" before "Hoàn thành", "Không đạt" before "Đạt".
      .sort((a, b) => b.text.length - a.text.length)
  );
}

export { INVALID_INPUT_COLOR };
