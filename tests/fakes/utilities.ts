/**
 * Utilities, Blob, Logger and a recording console.
 * - Utilities.formatDate(date, timeZone, format): Java SimpleDateFormat patterns (time.ts).
 * - Utilities.sleep(ms): moves the fake clock; the reference gives 300000 ms as the maximum.
 * - Blob.getBytes() returns signed bytes (-128..127), as Java byte[] reaches Apps Script.
 * - computeHmacSha256Signature(value, key): "Signs the provided value using HMAC-SHA256 with the given key"; value and
 *   key are strings (UTF-8) or Byte[]; returns Byte[] (signed bytes, as computeDigest does) (Utilities reference).
 * - base64EncodeWebSafe / base64DecodeWebSafe: the URL-safe alphabet (- and _). The padding "=" is kept on encode,
 *   as java.util.Base64's URL encoder does; decode accepts it with or without.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { isDate } from './clock';
import type { Env } from './context';
import { type CallCounter, gas, wrap } from './counter';
import { makeEnum } from './enums';
import { formatJavaDate } from './time';

const signed = (buf: Buffer): number[] => [...buf].map((b) => (b > 127 ? b - 256 : b));
const toBuffer = (data: unknown): Buffer =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Array.isArray(data)
      ? Buffer.from((data as number[]).map((b) => b & 0xff))
      : Buffer.from(String(data ?? ''));

type Blob = GoogleAppsScript.Base.Blob;

export class FakeBlob
  implements
    Pick<
      Blob,
      | 'getBytes'
      | 'getDataAsString'
      | 'getContentType'
      | 'setContentType'
      | 'getName'
      | 'setName'
      | 'copyBlob'
      | 'getAs'
      | 'setDataFromString'
      | 'isGoogleType'
    >
{
  constructor(
    private readonly counter: CallCounter,
    public _data: Buffer,
    public _contentType: string | null,
    public _name: string | null,
  ) {}
  getBytes(): number[] {
    return signed(this._data);
  }
  getDataAsString(charset?: string): string {
    return this._data.toString(charset && /latin1|iso-8859-1/i.test(charset) ? 'latin1' : 'utf8');
  }
  setDataFromString(text: string): Blob {
    this._data = Buffer.from(text, 'utf8');
    return gas(this);
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(contentType: string | null): Blob {
    this._contentType = contentType;
    return gas(this);
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): Blob {
    this._name = name;
    return gas(this);
  }
  isGoogleType(): boolean {
    return false;
  }
  copyBlob(): Blob {
    return gas(
      wrap(this.counter, 'Blob', new FakeBlob(this.counter, Buffer.from(this._data), this._contentType, this._name)),
    );
  }
  /** No conversion is done: same bytes, new content type (enough to see what was asked for). */
  getAs(contentType: string): Blob {
    return gas(
      wrap(this.counter, 'Blob', new FakeBlob(this.counter, Buffer.from(this._data), contentType, this._name)),
    );
  }
}

export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const Charset = makeEnum(['US_ASCII', 'UTF_8']);

export class FakeUtilities
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      | 'formatDate'
      | 'getUuid'
      | 'sleep'
      | 'newBlob'
      | 'base64Encode'
      | 'base64Decode'
      | 'base64EncodeWebSafe'
      | 'base64DecodeWebSafe'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
    >
{
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  constructor(private readonly env: Env) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw new Error(`Invalid argument: date`);
    return formatJavaDate(date as unknown as Date, timeZone, format);
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(milliseconds: number): void {
    // Reference: "The maximum allowed value is 300000 (or 5 minutes)." Exceeding text is ours.
    if (milliseconds > 300000) throw new Error('Utilities.sleep: the maximum allowed value is 300000 milliseconds.');
    this.env.clock.advance(Math.max(0, milliseconds));
  }
  newBlob(data: any, contentType?: string, name?: string): Blob {
    return gas(
      wrap(this.env.counter, 'Blob', new FakeBlob(this.env.counter, toBuffer(data), contentType ?? null, name ?? null)),
    );
  }
  base64Encode(data: any): string {
    return toBuffer(data).toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return signed(Buffer.from(encoded, 'base64'));
  }
  base64EncodeWebSafe(data: any): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return signed(Buffer.from(encoded, 'base64url'));
  }
  computeHmacSha256Signature(value: any, key: any): number[] {
    return signed(createHmac('sha256', toBuffer(key)).update(toBuffer(value)).digest());
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: any): number[] {
    const names: Record<string, string> = {
      MD2: 'md2',
      MD5: 'md5',
      SHA_1: 'sha1',
      SHA_256: 'sha256',
      SHA_384: 'sha384',
      SHA_512: 'sha512',
    };
    return signed(createHash(names[String(algorithm)]).update(toBuffer(value)).digest());
  }
}

/** Logger.log(format, ...values) with %s substitution, as the Logger reference describes. */
export class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly lines: string[] = [];
  constructor(private readonly echo: boolean) {}
  log(data: any, ...values: any[]): GoogleAppsScript.Base.Logger {
    let text = typeof data === 'string' ? data : stringify(data);
    for (const v of values) text = text.replace(/%s|%d/, stringify(v));
    this.lines.push(text);
    if (this.echo) console.log(`[Logger] ${text}`);
    return gas(this);
  }
  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

export function stringify(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isDate(v)) return (v as Date).toString();
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

/** A console for vm contexts: records every line (fake.logs) and echoes only when asked. */
export function makeConsole(lines: { level: string; text: string }[], echo: boolean) {
  const make =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args.map(stringify).join(' ');
      lines.push({ level, text });
      if (echo) console.log(`[${level}] ${text}`);
    };
  return { log: make('log'), info: make('info'), warn: make('warn'), error: make('error'), debug: make('debug') };
}
