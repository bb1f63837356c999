/**
 * Time zones and Utilities.formatDate. formatDate takes Java SimpleDateFormat patterns
 * (developers.google.com/apps-script/reference/utilities/utilities#formatdatedate,-timezone,-format
 * links to the SimpleDateFormat spec). Time zones: IANA names via Intl ("Asia/Ho_Chi_Minh" is UTC+7,
 * no DST), plus fixed offsets "UTC", "GMT", "GMT+7", "GMT+07:00", "UTC+7" parsed here because Intl
 * rejects "GMT+7".
 */

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 1 = Monday ... 7 = Sunday (ISO)
  offsetMinutes: number; // local - UTC
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

function fixedOffset(tz: string): number | undefined {
  const m = FIXED.exec(tz.trim());
  if (!m) return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function offsetMinutes(ms: number, tz: string): number {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) return fixed;
  const parts = Object.fromEntries(
    formatter(tz)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  return Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
}

export function zonedParts(date: Date, tz: string): ZonedParts {
  const ms = date.getTime();
  const off = offsetMinutes(ms, tz);
  const local = new Date(ms + off * 60000);
  const dow = local.getUTCDay();
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: dow === 0 ? 7 : dow,
    offsetMinutes: off,
  };
}

/** The instant at which the wall clock in tz reads the given local time. */
export function zonedToUtc(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let ms = guess - offsetMinutes(guess, tz) * 60000;
  ms = guess - offsetMinutes(ms, tz) * 60000; // second pass settles DST edges
  return new Date(ms);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function zone(off: number, style: 'Z' | 'X' | 'XXX' | 'z'): string {
  if (style === 'X' && off === 0) return 'Z';
  const sign = off < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(off) / 60), 2);
  const m = pad(Math.abs(off) % 60, 2);
  if (style === 'Z') return `${sign}${h}${m}`;
  if (style === 'X') return `${sign}${h}`;
  if (style === 'z') return `GMT${sign}${h}:${m}`;
  return off === 0 ? 'Z' : `${sign}${h}:${m}`;
}

/**
 * SimpleDateFormat subset: y M d H h m s S a E u Z X z D and 'quoted' text ('' is a quote). Other
 * letters throw like Java does ("Illegal pattern character 'x'").
 */
export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const p = zonedParts(date, tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday - 1] : DAYS[p.weekday - 1].slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday, n);
        break;
      case 'D': {
        const start = Date.UTC(p.year, 0, 1);
        out += pad(Math.floor((Date.UTC(p.year, p.month - 1, p.day) - start) / 86400000) + 1, n);
        break;
      }
      case 'Z':
        out += zone(p.offsetMinutes, 'Z');
        break;
      case 'X':
        out += zone(p.offsetMinutes, n === 1 ? 'X' : 'XXX');
        break;
      case 'z':
        out += zone(p.offsetMinutes, 'z');
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** Sheets' serial day number (days since 1899-12-30 in the spreadsheet's zone), used for e.value of a date. */
export function sheetsSerial(date: Date, tz: string): number {
  const p = zonedParts(date, tz);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return (local - Date.UTC(1899, 11, 30)) / 86400000;
}

/** Validates a time zone the way the fakes need to (IANA via Intl, or a fixed GMT/UTC offset). */
export function assertTimeZone(tz: string): void {
  if (fixedOffset(tz) !== undefined) return;
  formatter(tz);
}
