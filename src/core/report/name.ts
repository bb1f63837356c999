import {
  type CalendarDate,
  formatVietnamDateTime,
  startOfVietnamDay,
  VIETNAM_OFFSET_MS,
  vietnamDateOf,
} from '../dates';
import type { Config } from '../sheet/config';
import { REPORT_TEXT } from './messages';

/** "57/KH-UBND" → "57". */
export function planShortNumber(planNumber: string): string {
  const m = /^\s*([^/\s]+)/.exec(planNumber);
  return m ? m[1] : planNumber;
}

/**
 * Name of the Google Doc made for one run: year and time, so every run makes a new, distinguishable document
 * ("Báo cáo Kế hoạch 57 năm 2026 - 25/11/2026 16:05").
 */
export function reportDocumentName(config: Pick<Config, 'planNumber' | 'reportingYear'>, generatedAt: Date): string {
  return REPORT_TEXT.documentName(
    planShortNumber(config.planNumber),
    config.reportingYear,
    formatVietnamDateTime(generatedAt),
  );
}

/** File name of the offline report: out/bao-cao-<year>.docx. */
export function reportFileName(year: number): string {
  return `bao-cao-${year}.docx`;
}

/**
 * The instant to date a report made "as of" a chosen day (npm start -- --today ...): that day, at the current
 * time of day in Việt Nam; `now` itself when it already falls on that day.
 */
export function reportInstantFor(today: CalendarDate, now: Date): Date {
  const d = vietnamDateOf(now);
  if (d.year === today.year && d.month === today.month && d.day === today.day) return now;
  const msIntoDay = (now.getTime() + VIETNAM_OFFSET_MS) % (24 * 3600 * 1000);
  return new Date(startOfVietnamDay(today).getTime() + msIntoDay);
}

/**
 * The folder id in Cấu hình's "Thư mục lưu báo cáo": the id itself, or a Drive link to the folder
 * ("https://drive.google.com/drive/folders/<id>?usp=sharing", ".../open?id=<id>"); "" when none.
 */
export function reportFolderIdOf(setting: string): string {
  const text = setting.trim();
  if (!text) return '';
  const link = /\/folders\/([\w-]{5,})|[?&]id=([\w-]{5,})/.exec(text);
  if (link) return link[1] ?? link[2];
  return /^[\w-]{5,}$/.test(text) ? text : '';
}
