/**
 * The signed link of a unit's entry page. A token names the unit, the reporting year and the link's version, and
 * carries an HMAC-SHA256 of them under a secret only the office's script holds:
 *
 *     v1.<unit id, base64url>.<year>.<version>.<HMAC, base64url, 43 characters>
 *
 * Whoever holds the link may enter that unit's data for that year: the token is the credential, because the page
 * runs as the office and Google does not tell it who is visiting (Session.getActiveUser is empty there). The office
 * revokes a link by raising the unit's version ("Đổi đường dẫn"); a new year needs new links. Every server call
 * checks the token again: nothing the page sends is trusted, the unit least of all.
 *
 * Pure: the HMAC itself is passed in (Utilities.computeHmacSha256Signature on Apps Script, node:crypto in tests).
 */
import { base64UrlDecode, base64UrlEncode, constantTimeEqual, utf8Decode, utf8Encode } from './encoding';

/** HMAC-SHA256 of a message under the tool's secret: 32 bytes, signed or not. */
export type Hmac = (message: string) => readonly number[];

export interface LinkClaims {
  unitId: string;
  year: number;
  version: number;
}

/** Why a token was refused; each has its own message for the person holding it. */
export type TokenProblem = 'missing' | 'malformed' | 'forged' | 'otherYear' | 'rotated' | 'unknownUnit';

export type TokenCheck = ({ ok: true } & LinkClaims) | { ok: false; problem: TokenProblem; claims?: LinkClaims };

const VERSION = 'v1';
/** Longest token worth reading: anything longer is not one of ours (and is not hashed). */
export const MAX_TOKEN_LENGTH = 200;
const SHAPE = /^v1\.([A-Za-z0-9_-]{2,88})\.(\d{4})\.([1-9]\d{0,5})\.([A-Za-z0-9_-]{43})$/;

/** What is signed: the claims, with a purpose prefix so the secret signs nothing else by accident. */
function message(claims: LinkClaims): string {
  return `entryPage|${VERSION}|${claims.unitId}|${claims.year}|${claims.version}`;
}

export function signToken(claims: LinkClaims, hmac: Hmac): string {
  if (!claims.unitId || !Number.isInteger(claims.year) || !Number.isInteger(claims.version) || claims.version < 1)
    throw new Error(`Invalid link claims: ${JSON.stringify(claims)}`);
  const unit = base64UrlEncode(utf8Encode(claims.unitId));
  return `${VERSION}.${unit}.${claims.year}.${claims.version}.${base64UrlEncode([...hmac(message(claims))])}`;
}

/** Reads a token without checking it (for messages only: never trust what this returns). */
function readClaims(token: string): LinkClaims | null {
  const m = SHAPE.exec(token);
  if (!m) return null;
  const bytes = base64UrlDecode(m[1]);
  const unitId = bytes ? utf8Decode(bytes) : null;
  if (!unitId) return null;
  return { unitId, year: Number(m[2]), version: Number(m[3]) };
}

/**
 * Checks a token the page sent. The signature is checked first and in constant time; only a genuine token is told
 * that it belongs to another year or was replaced.
 */
export function verifyToken(
  token: unknown,
  context: {
    hmac: Hmac;
    year: number;
    /** The unit's current link version (1 until the office changes the link). */
    versionOf: (unitId: string) => number;
    /** Whether the unit still exists; omitted when the caller does not know. */
    unitExists?: (unitId: string) => boolean;
  },
): TokenCheck {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, problem: 'missing' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: 'malformed' };
  const claims = readClaims(token);
  if (!claims) return { ok: false, problem: 'malformed' };
  const given = token.slice(token.lastIndexOf('.') + 1);
  const expected = base64UrlEncode([...context.hmac(message(claims))]);
  if (!constantTimeEqual(given, expected)) return { ok: false, problem: 'forged' };
  if (claims.year !== context.year) return { ok: false, problem: 'otherYear', claims };
  if (claims.version !== context.versionOf(claims.unitId)) return { ok: false, problem: 'rotated', claims };
  if (context.unitExists && !context.unitExists(claims.unitId)) return { ok: false, problem: 'unknownUnit', claims };
  return { ok: true, ...claims };
}

/** The unit's link version in the stored map (1 when never changed). */
export function versionIn(versions: Record<string, number>, unitId: string): number {
  const v = versions[unitId];
  return Number.isInteger(v) && v >= 1 ? v : 1;
}

/** The stored map of link versions, read leniently: anything unreadable counts as "never changed". */
export function parseVersions(text: string | null | undefined): Record<string, number> {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** The versions after the office changed a unit's link: every link given out before stops working. */
export function rotate(versions: Record<string, number>, unitId: string): Record<string, number> {
  return { ...versions, [unitId]: versionIn(versions, unitId) + 1 };
}

/** The page link: the deployed web app's /exec address with the token. */
export function entryLink(baseUrl: string, token: string): string {
  return `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}t=${token}`;
}

/** A deployment address units can open: https, script.google.com (or a Workspace domain's), ending in /exec. */
export function isUsableWebAppUrl(url: unknown): url is string {
  return (
    typeof url === 'string' &&
    /^https:\/\/script\.google\.com\/(a\/macros\/[a-z0-9.-]+\/s|macros\/s)\/[\w-]+\/exec$/i.test(url)
  );
}
