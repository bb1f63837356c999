/** Small text helpers shared by the sections: shortening names, Vietnamese lists, typographic quotes. */
import { REPORT_TEXT } from './messages';

/** Long catalog names are shortened in the body text (the appendix prints them in full). */
const BODY_NAME_LIMIT = 160;

/**
 * Cut at a word, never inside a bracket or a quotation left open: a cut that would leave "(" or "“" without its
 * partner moves back to before that bracket.
 */
export function shorten(full: string, limit = BODY_NAME_LIMIT): string {
  const text = full.replace(/[\s.;:,]+$/, '');
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  if (space > limit * 0.6) cut = cut.slice(0, space);
  for (;;) {
    const open = unclosedAt(cut);
    if (open < 0) break;
    cut = cut.slice(0, open);
  }
  return `${cut.replace(/[\s,;:.\-(“"]+$/, '')}…`;
}

/** Index of the last bracket or quotation mark opened and not closed in text, or -1. */
function unclosedAt(text: string): number {
  const stack: number[] = [];
  let quote = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') stack.push(i);
    else if ((c === ')' || c === ']') && stack.length) stack.pop();
    else if (c === '"' || c === '“' || c === '”') quote = quote < 0 ? i : -1;
  }
  return Math.max(stack.length ? stack[stack.length - 1] : -1, quote);
}

/**
 * "a, b và c" for short items; items that hold "và" or a comma themselves (unit names: "Văn phòng HĐND và UBND",
 * "Phòng Kinh tế, Hạ tầng và Đô thị") are separated by semicolons, so no "và" is ambiguous.
 */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  const and = REPORT_TEXT.and;
  if (items.some((i) => i.includes(',') || i.split(/\s+/).includes(and))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function stripEnd(text: string): string {
  return text.replace(/[\s;,.]+$/, '');
}

/** A sentence ends with one full stop (or its own ! ?). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${stripEnd(text)}.`;
}

/** Straight quotes as typographic ones: “…” and ‘…’ (an apostrophe inside a word stays ’). */
export function typographicQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u00a0“‘—-])"(?=\S)/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u00a0“‘—-])'(?=\S)/g, '$1‘')
    .replace(/'/g, '’');
}
