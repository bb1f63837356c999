/**
 * What a unit typed, as the report prints it: one normalised form for every result ("95,18 %" → "95,18%",
 * "375/394" → "375/394 (95,18%)" in the text and in the appendix alike), and nothing the tool could not read.
 * A formula, HTML, a number no rule reads, an impossible ratio, a date or TRUE/FALSE typed as a result is never
 * printed: the report says "chưa có số liệu hợp lệ" and the pre-flight names the cell. The raw text stays in the
 * sheet; only the report's copy is normalised.
 */
import { formatVietnameseNumber } from '../judging/numbers';
import { type ParsedResult, parseResult } from '../judging/quantity';
import { cleanText } from '../text';
import { REPORT_TEXT } from './messages';

export interface ShownResult {
  /** What the report prints ("" when nothing was typed). */
  text: string;
  /** The typed value cannot be printed (formula, HTML, unreadable): `text` is the "no valid data" phrase. */
  invalid: boolean;
}

export const INVALID_RESULT = REPORT_TEXT.invalidResult;

const UNPRINTABLE: ReadonlySet<ParsedResult['kind']> = new Set([
  'formula',
  'html',
  'unreadableNumber',
  'badRatio',
  'symbols',
  'dashNumber',
  'date',
  'boolean',
]);

const fmt = (n: number, digits = 2) => formatVietnameseNumber(n, digits);

/** "82,54%", "≥ 60%", "trên 70%": the comparison written the way the reports write it. */
function opText(op: string): string {
  return REPORT_TEXT.ops[op] ?? '';
}

/** Free text as the report prints it: spaces and quotes cleaned, a space-before-% closed up. */
export function tidy(text: string): string {
  return cleanText(text)
    .replace(/(\d)\s+%/g, '$1%')
    .replace(/\s+([,;.:!?])/g, '$1');
}

/** A plan text whose bracket the plan itself never closed ("(chăm sóc sức khỏe từ xa, … số…") gets its ")". */
export function closeBrackets(text: string): string {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0 ? text + ')'.repeat(depth) : text;
}

/** An indicator's result in its one printed form. */
export function showIndicatorResult(value: unknown): ShownResult {
  const parsed = parseResult(value);
  if (parsed.kind === 'empty') return { text: '', invalid: false };
  if (UNPRINTABLE.has(parsed.kind)) return { text: INVALID_RESULT, invalid: true };
  // A negative figure is not a result (judging refuses it); a decimal point ("65.5%") prints as 65,5%.
  if (parsed.kind === 'number' && parsed.value < 0) return { text: INVALID_RESULT, invalid: true };
  if (parsed.kind === 'number' && !parsed.estimate && parsed.op !== 'range') {
    if (parsed.ratio) {
      // The ratio as typed ("375/394", "08/08 trường"), then its percentage.
      const typed = /^\s*(\d[\d.]*)\s*\/\s*(\d[\d.]*)\s*([^\d()]*)/.exec(tidy(parsed.text));
      const ratio = typed
        ? `${typed[1]}/${typed[2]}${typed[3].trim() ? ` ${typed[3].trim()}` : ''}`
        : `${fmt(parsed.ratio.num, 0)}/${fmt(parsed.ratio.den, 0)}`;
      return { text: `${ratio} (${fmt(parsed.value)}%)`, invalid: false };
    }
    if (parsed.unit?.kind === 'percent') return { text: `${opText(parsed.op)}${fmt(parsed.value)}%`, invalid: false };
  }
  return { text: capitalise(tidy(parsed.text)), invalid: false };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Free text a unit wrote (a task's result, a difficulty, a proposal): printed unless it is a formula or HTML. */
export function showFreeText(value: unknown): ShownResult {
  const text = cleanText(value);
  if (!text) return { text: '', invalid: false };
  const parsed = parseResult(text);
  if (parsed.kind === 'formula' || parsed.kind === 'html') return { text: '', invalid: true };
  return { text: tidy(text), invalid: false };
}
