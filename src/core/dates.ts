/**
 * Dates in the ward's time zone, Asia/Ho_Chi_Minh (UTC+7, no daylight saving), whatever the machine's zone.
 * A calendar date is plain data; instants are Date objects.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date an instant falls on in Việt Nam. */
export function vietnamDateOf(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The first instant of a Vietnamese calendar day (00:00 UTC+7). */
export function startOfVietnamDay(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day) - VIETNAM_OFFSET_MS);
}

/** The instant a deadline day ends: an entry strictly before it is on time (23:59:59.999 counts). */
export function endOfVietnamDay(date: CalendarDate): Date {
  return new Date(startOfVietnamDay(date).getTime() + DAY_MS);
}

export function isOnOrBefore(instant: Date, deadline: CalendarDate): boolean {
  return instant.getTime() < endOfVietnamDay(deadline).getTime();
}

/** Whole days from a to b (b - a), both calendar dates. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return daysBetween(b, a);
}

const two = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy */
export function formatDate(date: CalendarDate): string {
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** dd/mm/yyyy hh:mm in Việt Nam time. */
export function formatVietnamDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${formatDate(vietnamDateOf(instant))} ${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}`;
}

/** yyyy-mm-dd, for file names and keys. */
export function isoDate(date: CalendarDate): string {
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

/**
 * A date as staff write it: "15/09/2026", "15-9-2026", "15.09.2026", "2026-09-15", or a Date cell.
 * Returns null for anything else (never guesses month/day order: dd/mm is the Vietnamese order).
 */
export function parseVietnameseDate(value: unknown): CalendarDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : vietnamDateOf(value);
  const text = String(value ?? '').trim();
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(year, month, day) ? { year, month, day } : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(year, month, day) ? { year, month, day } : null;
  }
  return null;
}

/** An instant from a sheet cell (a Date) or an ISO/`dd/mm/yyyy hh:mm` text in Việt Nam time. */
export function parseInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = String(value ?? '').trim();
  if (!text) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) {
    const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    if (!isValidDate(date.year, date.month, date.day)) return null;
    const ms = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) * 1000;
    return new Date(startOfVietnamDay(date).getTime() + ms);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}
