/**
 * Tamper evidence. On Google Sheets any editor can script the spreadsheet, so nothing here can stop a determined
 * editor; it makes changes made outside the tool visible. Each Nhật ký row the tool writes carries a check value (a
 * keyed hash of the row); the tool keeps, in script properties, how many log rows it has verified and a digest of
 * them, a digest of the submission records and one of the protections. Each tool action run by the VHXH office (and
 * the daily run) compares: a log row edited or deleted, a record or a protection changed outside the tool is
 * reported in Nhật ký and to the office, once, and becomes the new baseline.
 *
 * The hash is cyrb53 (two 32-bit lanes), written here because the core uses no platform API; it is a checksum
 * keyed with a secret kept in script properties, not a cryptographic signature (README: the trust boundary).
 */
import { SHEET_TEXT } from './messages';

export const INTEGRITY_KEY = 'integrity.v1';

export interface IntegrityState {
  secret: string;
  /** Log rows (data rows under the header) verified so far, and the digest of their checks. */
  logRows: number;
  logDigest: string;
  records: string;
  protections: string;
}

export function hash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** A cell as the check sees it: what getValues returns for what the tool wrote. */
function canonical(value: unknown): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The check value of a log row (its cells without the check itself). */
export function rowCheck(secret: string, cells: readonly unknown[]): string {
  return hash(`${secret}\u241e${cells.map(canonical).join('\u241f')}`);
}

export function digestOf(previous: string, check: string): string {
  return hash(`${previous}|${check}`);
}

export function parseIntegrity(raw: string | null | undefined): IntegrityState | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as IntegrityState;
    return typeof s.secret === 'string' && s.secret ? s : null;
  } catch {
    return null;
  }
}

export function newIntegrity(secret: string): IntegrityState {
  return { secret, logRows: 0, logDigest: '', records: '', protections: '' };
}

/** A stable text of the submission records (by unit id), for their digest. */
export function recordsDigest(records: Readonly<Record<string, unknown>>): string {
  return hash(
    Object.keys(records)
      .sort()
      .map((k) => `${k}=${JSON.stringify(records[k])}`)
      .join('\n'),
  );
}

export interface ProtectionView {
  sheet: string;
  range: string;
  description: string;
  editors: readonly string[];
}

export function protectionsDigest(protections: readonly ProtectionView[]): string {
  return hash(
    protections
      .map(
        (p) =>
          `${p.sheet}!${p.range}|${p.description}|${[...p.editors]
            .map((e) => e.toLowerCase())
            .sort()
            .join(',')}`,
      )
      .sort()
      .join('\n'),
  );
}

export interface LogVerification {
  /** Rows whose check does not match (edited, or written by someone else), 1-based sheet rows. */
  badRows: number[];
  /** The log has fewer rows than were verified before: rows were deleted. */
  rowsMissing: number;
  /** The verified part no longer matches its digest (a verified row edited, deleted or moved). */
  digestChanged: boolean;
  /** The new baseline. */
  logRows: number;
  logDigest: string;
}

/** Checks the log's data rows (without the header): `checkIndex` is the check column (0-based). */
export function verifyLog(
  state: IntegrityState,
  rows: readonly (readonly unknown[])[],
  checkIndex: number,
): LogVerification {
  const badRows: number[] = [];
  let digest = '';
  let prefixDigest = '';
  rows.forEach((row, i) => {
    const cells = row.filter((_, j) => j !== checkIndex);
    const stored = String(row[checkIndex] ?? '');
    const content = rowCheck(state.secret, cells);
    // Rows already verified are covered by the digest of their content (including rows written before the tool
    // kept checks); a newer row must carry the check of what it says.
    if (i >= state.logRows && stored !== content) badRows.push(i + 2);
    digest = digestOf(digest, content);
    if (i + 1 === state.logRows) prefixDigest = digest;
  });
  const rowsMissing = Math.max(0, state.logRows - rows.length);
  const digestChanged = state.logRows > 0 && (rowsMissing > 0 || prefixDigest !== state.logDigest);
  return { badRows, rowsMissing, digestChanged, logRows: rows.length, logDigest: digest };
}

/** What to tell the office, in Vietnamese; empty when nothing changed outside the tool. */
export function tamperFindings(
  log: LogVerification | null,
  recordsChanged: boolean,
  protectionsChanged: boolean,
): string[] {
  const T = SHEET_TEXT.integrity;
  const lines: string[] = [];
  if (log?.rowsMissing) lines.push(T.logRowsDeleted(log.rowsMissing));
  else if (log?.digestChanged) lines.push(T.logChanged);
  if (log?.badRows.length) lines.push(T.logRowsBad(log.badRows));
  if (recordsChanged) lines.push(T.records);
  if (protectionsChanged) lines.push(T.protections);
  return lines;
}
