/**
 * What the entry page keeps in script properties (staff never see them; in the hardened mode units are not editors
 * and cannot open the script): the signing secret, each unit's link version, the answer to each unit's last
 * accepted submission (so a repeated or replayed submit is answered once).
 */
import { hex } from '../../core/entryPage/encoding';
import { type Hmac, parseVersions, rotate, versionIn } from '../../core/entryPage/token';

const SECRET_KEY = 'entryPage.secret.v1';
const VERSIONS_KEY = 'entryPage.linkVersions.v1';
const SUBMIT_PREFIX = 'entryPage.submit.v1.';

const scriptProps = () => PropertiesService.getScriptProperties();

/** The store as one read (a page call reads it once). */
export function entryProperties(): Record<string, string> {
  return scriptProps().getProperties();
}

export function secretIn(all: Record<string, string>): string | null {
  const secret = all[SECRET_KEY];
  return secret && secret.length >= 64 ? secret : null;
}

/**
 * The secret, made on first use by the office (never by a page call): four random UUIDs (java.util.UUID.randomUUID,
 * 122 random bits each from a SecureRandom), hashed together: 256 bits no visitor can guess. Call under the script
 * lock so two first uses cannot make two secrets.
 */
export function ensureSecret(): string {
  const existing = secretIn(entryProperties());
  if (existing) return existing;
  const seed = [0, 1, 2, 3].map(() => Utilities.getUuid()).join('|');
  const secret =
    hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, seed)) +
    hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, `${seed}|2`));
  scriptProps().setProperty(SECRET_KEY, secret);
  return secret;
}

export function hmacWith(secret: string): Hmac {
  return (message) => Utilities.computeHmacSha256Signature(message, secret);
}

export function versionsIn(all: Record<string, string>): Record<string, number> {
  return parseVersions(all[VERSIONS_KEY]);
}

/** Raises the unit's link version (under the script lock): every link given before stops working. Returns it. */
export function rotateLink(unitId: string): number {
  const next = rotate(versionsIn(entryProperties()), unitId);
  scriptProps().setProperty(VERSIONS_KEY, JSON.stringify(next));
  return versionIn(next, unitId);
}

/** Where the page keeps drafts in the browser: a hash of the token (the token itself is not written there). */
export function draftKeyOf(token: string): string {
  return hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, `draft|${token}`)).slice(0, 24);
}

export interface StoredSubmit {
  requestId: string;
  at: string;
  message: string;
}

export function storedSubmit(all: Record<string, string>, unitId: string): StoredSubmit | null {
  try {
    const value = JSON.parse(all[SUBMIT_PREFIX + unitId] ?? 'null') as StoredSubmit | null;
    return value && typeof value.requestId === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function storeSubmit(unitId: string, value: StoredSubmit): void {
  scriptProps().setProperty(
    SUBMIT_PREFIX + unitId,
    JSON.stringify({ ...value, message: value.message.slice(0, 1500) }),
  );
}

export { versionIn };
