/**
 * What the page sends, checked before anything is read or written. Everything here is untrusted: the page may be
 * old, edited in the browser, or not our page at all. A request that breaks any rule is refused whole, with a
 * Vietnamese message, and nothing is written.
 */

import { utf8Bytes } from '../text';
import { ENTRY_PAGE_TEXT } from './messages';
import type { CardKind } from './preview';

export const LIMITS = {
  /** Per field, in UTF-8 bytes (a Vietnamese letter takes 2 or 3): far above any real explanation, far below a cell's 50,000 characters. */
  fieldBytes: 20 * 1024,
  /** Rows in one save (the page saves one card at a time; a restored draft may carry several). */
  rowsPerSave: 25,
  /** One request in all. */
  requestBytes: 200 * 1024,
  /** Fields in one row (the widest card has 4 inputs; room for columns the schema may add). */
  fieldsPerRow: 12,
} as const;

export interface SaveRow {
  id: string;
  /** The typed values, by column key, cleaned (see cleanTyped). */
  values: Record<string, string>;
  /** What the page last saw in those cells: a cell changed elsewhere since then is not overwritten. */
  base: Record<string, string> | null;
}

export interface SaveRequest {
  kind: CardKind;
  rows: SaveRow[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const KINDS: readonly CardKind[] = ['indicator', 'task', 'issues'];
const KEY = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;
const ID = /^[^\u0000-\u001f]{1,120}$/;

/**
 * Typed text as the sheet will keep it: NFC (whatever the keyboard sent), line breaks as \n, no control characters
 * but tab and line break, no lone surrogate halves. Nothing else is changed: the text is the person's.
 */
export function cleanTyped(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (m) => (m.length === 2 ? m : '\ufffd'))
    .normalize('NFC');
}

/** A plain object (of any realm: what google.script.run hands over is built where the function runs). */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
};

function parseValues(raw: unknown, what: string): Parsed<Record<string, string>> {
  if (!isPlainObject(raw)) return { ok: false, message: ENTRY_PAGE_TEXT.request.malformed(what) };
  const keys = Object.keys(raw);
  if (keys.length > LIMITS.fieldsPerRow) return { ok: false, message: ENTRY_PAGE_TEXT.request.malformed(what) };
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = raw[key];
    if (!KEY.test(key) || typeof value !== 'string')
      return { ok: false, message: ENTRY_PAGE_TEXT.request.malformed(what) };
    if (value.length > LIMITS.fieldBytes || utf8Bytes(value) > LIMITS.fieldBytes)
      return { ok: false, message: ENTRY_PAGE_TEXT.request.fieldTooLong(utf8Bytes(value), LIMITS.fieldBytes) };
    out[key] = cleanTyped(value);
  }
  return { ok: true, value: out };
}

/** Checks a save request: shape, kinds, sizes. Which rows and columns may be written is decided later, per unit. */
export function parseSaveRequest(raw: unknown): Parsed<SaveRequest> {
  const malformed = { ok: false, message: ENTRY_PAGE_TEXT.request.malformed('') } as const;
  if (!isPlainObject(raw)) return malformed;
  const kind = raw.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind as CardKind)) return malformed;
  const rows = raw.rows;
  if (!Array.isArray(rows) || rows.length === 0) return malformed;
  if (rows.length > LIMITS.rowsPerSave)
    return { ok: false, message: ENTRY_PAGE_TEXT.request.tooManyRows(rows.length, LIMITS.rowsPerSave) };
  let total = 0;
  const seen = new Set<string>();
  const parsed: SaveRow[] = [];
  for (const row of rows) {
    if (!isPlainObject(row) || typeof row.id !== 'string' || !ID.test(row.id)) return malformed;
    if (seen.has(row.id)) return malformed;
    seen.add(row.id);
    const values = parseValues(row.values, row.id);
    if (!values.ok) return values;
    let base: Record<string, string> | null = null;
    if (row.base !== undefined && row.base !== null) {
      const b = parseValues(row.base, row.id);
      if (!b.ok) return b;
      base = b.value;
    }
    for (const text of [...Object.values(values.value), ...Object.values(base ?? {})]) total += utf8Bytes(text);
    if (total > LIMITS.requestBytes)
      return { ok: false, message: ENTRY_PAGE_TEXT.request.tooLarge(LIMITS.requestBytes) };
    parsed.push({ id: row.id, values: values.value, base });
  }
  return { ok: true, value: { kind: kind as CardKind, rows: parsed } };
}

/** A submit request's id (the page makes one per attempt, so a replayed or repeated call is answered once). */
export function parseRequestId(raw: unknown): string | null {
  return typeof raw === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(raw) ? raw : null;
}
