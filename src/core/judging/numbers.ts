/**
 * Numbers written the Vietnamese way: "," is the decimal mark, "." (or a space) groups thousands.
 *   "82,54" → 82.54   "1.134.256.000" → 1134256000   "1 250" → 1250   "1.234,5" → 1234.5
 * A thousands separator is always followed by three digits (and the first group does not start with 0), so a
 * single "." that cannot separate thousands ("65.5", "1.50", "0.500", "12.3456") is a decimal point: the number is
 * read as written and marked `dotDecimal`, so the caller can ask the person to write "65,5".
 * Anything else ("82.5.4", "1,234.5", "1,2,3") is unreadable (null).
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const GROUPED_DOT = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const GROUPED_SPACE = /^[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d+$/;

export interface ParsedNumber {
  value: number;
  /** Written with "." as the decimal point ("65.5"): read as 65,5; the person is asked to use a comma. */
  dotDecimal: boolean;
}

/** Parse a number written the Vietnamese way: "," decimal mark, "." thousands groups ("1.134.256.000"), spaces/nbsp allowed. */
export function parseVietnameseNumber(text: string): ParsedNumber | null {
  if (typeof text !== 'string') return null;
  let t = text.replace(SPACES, ' ').trim();
  if (!t) return null;
  let sign = 1;
  if (t[0] === '-' || t[0] === '+' || t[0] === '\u2212') {
    if (t[0] !== '+') sign = -1;
    t = t.slice(1).trim();
  }
  if (!t) return null;
  let value: number;
  let dotDecimal = false;
  if (PLAIN.test(t)) {
    value = Number(t.replace(',', '.'));
  } else if (GROUPED_DOT.test(t)) {
    value = Number(t.replace(/\./g, '').replace(',', '.'));
  } else if (GROUPED_SPACE.test(t)) {
    value = Number(t.replace(/ /g, '').replace(',', '.'));
  } else if (DOT_DECIMAL.test(t)) {
    value = Number(t);
    dotDecimal = true;
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  value = sign * value;
  if (Object.is(value, -0)) value = 0;
  return { value, dotDecimal };
}

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

/** Format: 82.54 -> "82,54", 1134256000 -> "1.134.256.000"; maxFractionDigits default 2, trailing zeros trimmed. */
export function formatVietnameseNumber(value: number, maxFractionDigits = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value === 0 ? 0 : value);
  const digits = Math.max(0, Math.min(20, Math.floor(maxFractionDigits)));
  if (Math.abs(value) >= 1e21) return String(value);
  const fixed = Math.abs(value).toFixed(digits);
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  let end = fixed.length;
  if (dot >= 0) {
    while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
    if (end === dot + 1) end = dot;
  }
  const fracPart = dot >= 0 && end > dot ? fixed.slice(dot + 1, end) : '';
  const grouped = intPart.length > 3 ? groupThousands(intPart) : intPart;
  const negative = value < 0 && (fracPart !== '' || intPart !== '0');
  return `${negative ? '-' : ''}${grouped}${fracPart ? `,${fracPart}` : ''}`;
}

/** A percentage for display: 95.177 → "95,18%". */
export function formatPercent(value: number, maxFractionDigits = 2): string {
  return `${formatVietnameseNumber(value, maxFractionDigits)}%`;
}

/**
 * The number a cell shows when the sheet stores a number with a percent format (Sheets/Excel "0.00%"):
 * 0,8254 with "0.00%" shows "82,54%", with "0%" shows "83%". Returns that text, so the number judged is the
 * number the person sees; a number without a percent format is returned unchanged.
 */
export function shownCellValue(value: unknown, numberFormat: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value) || typeof numberFormat !== 'string') return value;
  // Quoted literals and escaped characters are not format codes.
  const codes = numberFormat.replace(/"[^"]*"|\\./g, '');
  const section = codes.split(';')[value < 0 && codes.includes(';') ? 1 : 0] ?? codes;
  if (!section.includes('%')) return value;
  const decimals = /\.([0#?]+)/.exec(section)?.[1].length ?? 0;
  const percent = roundHalfAway(value * 100, decimals);
  return `${formatVietnameseNumber(percent, decimals)}%`;
}

/** Round as spreadsheets show numbers: half away from zero, on the decimal digits (0,125 → 0,13). */
export function roundHalfAway(value: number, decimals: number): number {
  const exact = Number(value.toPrecision(15));
  const factor = 10 ** decimals;
  const scaled = Math.abs(exact) * factor;
  const rounded = Math.floor(Number(scaled.toPrecision(15)) + 0.5) / factor;
  return exact < 0 ? -rounded : rounded;
}

/** Whether a grid holds a number anywhere (typed input columns are plain text: a number came with a paste). */
export function hasNumber(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row.some((v) => typeof v === 'number'));
}

/** A grid of values as the cells show them: shownCellValue for each cell with its number format. */
export function shownCells(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[] | null,
): unknown[][] {
  if (!formats) return values.map((row) => [...row]);
  return values.map((row, r) => row.map((v, c) => shownCellValue(v, formats[r]?.[c])));
}
