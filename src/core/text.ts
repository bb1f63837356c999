/**
 * Text as staff type it: any keyboard (Telex/VNI, composed or decomposed Unicode), pasted from Word
 * (curly quotes, en/em dashes, non-breaking spaces). These helpers never change what is stored;
 * they give the form that matching and parsing work on.
 */

const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t\r\n]+/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b]/g;

/** NFC, straight quotes, ASCII hyphen for every dash, one plain space between words, trimmed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** cleanText, then lower case without diacritics (đ → d): the key for tolerant matching. */
export function foldText(value: unknown): string {
  return cleanText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** foldText with punctuation turned into spaces: for matching headers and unit names. */
export function matchKey(value: unknown): string {
  return foldText(value)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Escape text for HTML: anything a person typed that is shown in a sidebar or e-mail goes through here. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Zero-padded two-digit count as the reports write it: 2 → "02", 12 → "12". */
export function pad2(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}

/**
 * UTF-8 bytes of a text: Google counts property sizes in bytes, the entry page its field limits; a Vietnamese letter
 * takes up to 3.
 */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
