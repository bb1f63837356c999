/** The signed links, pure: what a token carries, and every way a token that is not the unit's current one fails. */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import {
  base64UrlDecode,
  base64UrlEncode,
  constantTimeEqual,
  utf8Decode,
  utf8Encode,
} from '../../src/core/entryPage/encoding';
import {
  entryLink,
  isUsableWebAppUrl,
  MAX_TOKEN_LENGTH,
  parseVersions,
  rotate,
  signToken,
  verifyToken,
} from '../../src/core/entryPage/token';

const SECRET = 'a'.repeat(64);
/** Java's signed bytes, as Utilities.computeHmacSha256Signature returns them. */
const hmac = (secret: string) => (message: string) =>
  [...createHmac('sha256', secret).update(message, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b));

const context = (versions: Record<string, number> = {}, year = 2026) => ({
  hmac: hmac(SECRET),
  year,
  versionOf: (id: string) => versions[id] ?? 1,
});

describe('encoding', () => {
  test('base64url matches Node for any bytes, signed or not, and decodes back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -128, max: 255 }), { maxLength: 80 }), (bytes) => {
        const unsigned = bytes.map((b) => b & 0xff);
        const text = base64UrlEncode(bytes);
        expect(text).toBe(Buffer.from(unsigned).toString('base64url'));
        expect(base64UrlDecode(text)).toEqual(unsigned);
      }),
    );
  });
  test('UTF-8 matches Node for any text; invalid sequences are refused', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(utf8Encode(text)).toEqual([...Buffer.from(text, 'utf8')]);
        expect(utf8Decode(utf8Encode(text))).toBe(text);
      }),
    );
    expect(utf8Decode([0xc0, 0x80])).toBeNull(); // overlong NUL
    expect(utf8Decode([0xe1, 0xba])).toBeNull(); // truncated
    expect(utf8Decode([0xed, 0xa0, 0x80])).toBeNull(); // surrogate
    expect(base64UrlDecode('ab=c')).toBeNull();
    expect(base64UrlDecode('a')).toBeNull();
    expect(base64UrlDecode('YR')).toBeNull(); // non-zero leftover bits
  });
  test('constant-time comparison: equal only when equal', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
      }),
    );
  });
});

describe('tokens', () => {
  const token = signToken({ unitId: 'CA', year: 2026, version: 1 }, hmac(SECRET));

  test('a token names the unit, the year and the version, and passes', () => {
    expect(token).toMatch(/^v1\.Q0E\.2026\.1\.[A-Za-z0-9_-]{43}$/);
    expect(verifyToken(token, context())).toEqual({ ok: true, unitId: 'CA', year: 2026, version: 1 });
  });

  test('any unit id, Vietnamese included, round-trips', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => utf8Decode(utf8Encode(s)) === s),
        (unitId) => {
          const t = signToken({ unitId, year: 2027, version: 3 }, hmac(SECRET));
          expect(t.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
          expect(verifyToken(t, context({ [unitId]: 3 }, 2027))).toEqual({ ok: true, unitId, year: 2027, version: 3 });
        },
      ),
    );
  });

  test.each([
    ['missing', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['not a string', { token }, 'missing'],
    ['truncated by one character', token.slice(0, -1), 'malformed'],
    ['truncated in the middle', token.slice(0, 20), 'malformed'],
    ['cut at the last dot', token.slice(0, token.lastIndexOf('.')), 'malformed'],
    ['very long', `${token}${'A'.repeat(500)}`, 'malformed'],
    ['with a space', ` ${token}`, 'malformed'],
    ['another version prefix', token.replace(/^v1/, 'v2'), 'malformed'],
    ['HTML instead of a token', '<script>alert(1)</script>', 'malformed'],
  ])('%s is refused', (_name, given, problem) => {
    expect(verifyToken(given, context())).toMatchObject({ ok: false, problem });
  });

  test('forged: another unit, year or version with the same signature; another secret; a flipped bit', () => {
    const [, , year, version, sig] = token.split('.');
    const kt = base64UrlEncode(utf8Encode('KTHTDT'));
    expect(verifyToken(`v1.${kt}.${year}.${version}.${sig}`, context())).toMatchObject({ problem: 'forged' });
    expect(verifyToken(`v1.Q0E.2027.${version}.${sig}`, context({}, 2027))).toMatchObject({ problem: 'forged' });
    expect(verifyToken(`v1.Q0E.${year}.2.${sig}`, context({ CA: 2 }))).toMatchObject({ problem: 'forged' });
    const other = signToken({ unitId: 'CA', year: 2026, version: 1 }, hmac('b'.repeat(64)));
    expect(verifyToken(other, context())).toMatchObject({ problem: 'forged' });
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    expect(verifyToken(flipped, context())).toMatchObject({ problem: 'forged' });
  });

  test('a genuine token of another year, or replaced by a newer link, is told so', () => {
    expect(verifyToken(token, context({}, 2027))).toMatchObject({ ok: false, problem: 'otherYear' });
    expect(verifyToken(token, context(rotate({}, 'CA')))).toMatchObject({ ok: false, problem: 'rotated' });
    const ctx = { ...context(), unitExists: (id: string) => id !== 'CA' };
    expect(verifyToken(token, ctx)).toMatchObject({ ok: false, problem: 'unknownUnit' });
  });

  test('versions: 1 until changed, read leniently, each change raises by one', () => {
    expect(parseVersions(null)).toEqual({});
    expect(parseVersions('not json')).toEqual({});
    expect(parseVersions('[1,2]')).toEqual({});
    expect(parseVersions('{"CA":2,"VP":"x","KT":0,"X":1.5}')).toEqual({ CA: 2 });
    expect(rotate(rotate({}, 'CA'), 'CA')).toEqual({ CA: 3 });
  });

  test('only a deployment address (/exec, not /dev) makes links', () => {
    expect(isUsableWebAppUrl('https://script.google.com/macros/s/AKfycbx-1_2/exec')).toBe(true);
    expect(isUsableWebAppUrl('https://script.google.com/a/macros/phuong.gov.vn/s/AKfy/exec')).toBe(true);
    expect(isUsableWebAppUrl('https://script.google.com/macros/s/AKfy/dev')).toBe(false);
    expect(isUsableWebAppUrl('http://script.google.com/macros/s/AKfy/exec')).toBe(false);
    expect(isUsableWebAppUrl('https://evil.example/macros/s/AKfy/exec')).toBe(false);
    expect(entryLink('https://script.google.com/macros/s/X/exec', token)).toBe(
      `https://script.google.com/macros/s/X/exec?t=${token}`,
    );
  });
});
