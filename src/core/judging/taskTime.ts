/**
 * Completion times of tasks as the plan writes them: "9/2025", "Quý IV/2026", "2026", "2026-2030",
 * "Hằng năm", "Thường xuyên", "Hoàn thành kết nối tháng 12/2026", "Năm 2025 và những năm tiếp theo",
 * "Sau khi Sở Nội vụ ban hành…", "Theo triển khai của Sở…".
 */

import type { CalendarDate } from '../dates';
import { parseVietnameseDate } from '../dates';
import { cleanText, foldText } from '../text';

export type CompletionTime =
  | { kind: 'due'; due: CalendarDate; text: string }
  | { kind: 'range'; start: number; end: number; due: CalendarDate; text: string }
  | { kind: 'recurring'; every: 'year' | 'continuous'; from: number | null; text: string }
  | { kind: 'conditional'; condition: string; text: string }
  | { kind: 'unknown'; text: string };

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number): CalendarDate => ({ year, month, day: lastDayOfMonth(year, month) });
const validYear = (y: number) => y >= 1900 && y <= 2200;

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Someone else acts first: the time depends on it. */
const CONDITIONAL =
  /^(sau khi|theo|thuc hien theo|trien khai theo|khi|tuy theo|tuy|cho|phu thuoc|can cu|ngay sau khi|khi co)\b/;
const FROM_YEAR =
  /^(?:tu\s+)?(?:nam\s+)?(\d{4})\s*(?:va|,)?\s*(?:nhung|cac)\s+nam\s+(?:tiep\s+theo|sau|ke\s+tiep)$|^tu\s+(?:nam\s+)?(\d{4})(?:\s+(?:tro\s+di|tro\s+ve\s+sau))?$/;
const YEARLY = /^(?:dinh ky\s+)?(?:hang|moi)\s+nam\b/;
const CONTINUOUS = /^(?:thuong xuyen|lien tuc|hang ngay|hang tuan|hang thang|hang quy|dinh ky)\b/;
const RANGE = /(?:^|\D)(\d{4})\s*(?:-|den|toi)\s*(?:nam\s+)?(\d{4})(?!\d)/;
const FULL_DATE = /(?:^|\D)(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})(?!\d)/;
const QUARTER = /\bquy\s+(iv|iii|ii|i|[1-4])\s*(?:\/|-|nam)\s*(\d{4})(?!\d)/;
const HALF = /\b6 thang (dau|cuoi) nam\s*(\d{4})(?!\d)/;
const MONTH = /(?:\bthang\s+)?(?:^|\D)(\d{1,2})\s*\/\s*(\d{4})(?!\d)|\bthang\s+(\d{1,2})\s+nam\s+(\d{4})(?!\d)/;
const YEAR = /(?:^|\D)(\d{4})(?!\d)/g;

/** Parse a task's completion time as written in the catalog (see docs/judging.md, "Thời gian hoàn thành"). */
export function parseCompletionTime(text: string): CompletionTime {
  const c = cleanText(text);
  const f = foldText(c).replace(/[\s.;:,]+$/, '');
  if (!f) return { kind: 'unknown', text: c };

  if (CONDITIONAL.test(f)) return { kind: 'conditional', condition: c.replace(/[\s.;:,]+$/, ''), text: c };

  let m = FROM_YEAR.exec(f);
  if (m) {
    const from = Number(m[1] ?? m[2]);
    if (validYear(from)) return { kind: 'recurring', every: 'year', from, text: c };
  }
  if (YEARLY.test(f)) {
    const y = /\b(?:tu|bat dau tu)\s+(?:nam\s+)?(\d{4})\b/.exec(f);
    return { kind: 'recurring', every: 'year', from: y ? Number(y[1]) : null, text: c };
  }
  if (CONTINUOUS.test(f)) return { kind: 'recurring', every: 'continuous', from: null, text: c };

  m = RANGE.exec(f);
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (validYear(start) && validYear(end) && start <= end)
      return { kind: 'range', start, end, due: { year: end, month: 12, day: 31 }, text: c };
  }
  m = FULL_DATE.exec(f);
  if (m) {
    const date = parseVietnameseDate(m[1].replace(/\s+/g, ''));
    if (date) return { kind: 'due', due: date, text: c };
  }
  m = QUARTER.exec(f);
  if (m) {
    const quarter = QUARTERS[m[1]];
    const year = Number(m[2]);
    if (quarter && validYear(year)) return { kind: 'due', due: endOfMonth(year, quarter * 3), text: c };
  }
  m = HALF.exec(f);
  if (m) {
    const year = Number(m[2]);
    if (validYear(year)) return { kind: 'due', due: endOfMonth(year, m[1] === 'dau' ? 6 : 12), text: c };
  }
  m = MONTH.exec(f);
  if (m) {
    const month = Number(m[1] ?? m[3]);
    const year = Number(m[2] ?? m[4]);
    if (month >= 1 && month <= 12 && validYear(year)) return { kind: 'due', due: endOfMonth(year, month), text: c };
  }
  const years = Array.from(f.matchAll(YEAR), (x) => Number(x[1])).filter(validYear);
  const otherDigits = f.replace(YEAR, ' ').match(/\d/);
  if (years.length === 1 && !otherDigits) {
    const year = /\btruoc nam\s+\d{4}/.test(f) ? years[0] - 1 : years[0];
    return { kind: 'due', due: { year, month: 12, day: 31 }, text: c };
  }
  return { kind: 'unknown', text: c };
}
