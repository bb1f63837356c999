/**
 * The reminders as RFC 5322 files (.eml) for the offline run: built by nodemailer's MailComposer (UTF-8,
 * encoded headers, multipart/alternative text + HTML, Date and Message-ID), written under out/emails/.
 * The content comes from the core (src/core/reminders); this module only encodes and writes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { type CalendarDate, isoDate } from '../../core/dates';
import { assessWorkbook } from '../../core/judging/assess';
import {
  type OfflineReminders,
  type OutgoingEmail,
  offlineReport,
  planOfflineReminders,
  type ReminderPlan,
  type SheetLinks,
} from '../../core/reminders';
import type { WorkbookData } from '../../core/sheet/workbook';

export interface EmlOptions {
  /** The sender's address (Apps Script sends from the account running it); defaults to the reply-to address. */
  fromAddress?: string;
  date?: Date;
  messageId?: string;
}

const FALLBACK_FROM = 'khong-tra-loi@localhost';

/** One e-mail as the bytes of an .eml file. */
export async function buildEml(email: OutgoingEmail, options: EmlOptions = {}): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: email.fromName, address: options.fromAddress ?? email.replyTo ?? FALLBACK_FROM },
    to: email.to,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    subject: email.subject,
    text: email.text,
    html: email.html,
    date: options.date ?? new Date(),
    ...(options.messageId ? { messageId: options.messageId } : {}),
    textEncoding: 'quoted-printable',
  });
  return composer.compile().build();
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_');
}

/** `<yyyy-mm-dd>-<unitId>.eml`, `<yyyy-mm-dd>-tong-hop-vhxh.eml` */
export function emlFileName(email: OutgoingEmail, day: CalendarDate): string {
  return `${isoDate(day)}-${email.kind === 'summary' ? 'tong-hop-vhxh' : safeName(email.unitId ?? 'don-vi')}.eml`;
}

const OUR_FILES = /^\d{4}-\d{2}-\d{2}-.+\.eml$/;

/**
 * Writes the reminders (and the summary) of a plan as .eml files in `dir`, replacing the .eml files an
 * earlier offline run wrote there. Returns the paths, reminders first, the summary last.
 */
export async function writeReminderEmls(
  dir: string,
  offline: Pick<OfflineReminders, 'plan' | 'reminders' | 'summary'>,
  options: EmlOptions = {},
): Promise<{ email: OutgoingEmail; path: string }[]> {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (OUR_FILES.test(file)) rmSync(join(dir, file), { force: true });
  const { plan } = offline;
  const domain = (options.fromAddress ?? plan.summaryTo?.split(', ')[0] ?? FALLBACK_FROM).split('@')[1] ?? 'localhost';
  const written: { email: OutgoingEmail; path: string }[] = [];
  for (const email of [...offline.reminders, ...(offline.summary ? [offline.summary] : [])]) {
    const name = emlFileName(email, plan.today);
    const path = join(dir, name);
    const messageId = `<${name.replace(/\.eml$/, '')}.${plan.now.getTime()}@${domain}>`;
    writeFileSync(path, await buildEml(email, { date: plan.now, messageId, ...options }));
    written.push({ email, path });
  }
  return written;
}

/**
 * The offline run's reminders for a workbook on a day: writes `<outDir>/emails/*.eml` and returns the lines to
 * print (whether the day is a scheduled reminder day, each file, each unit skipped).
 */
export async function writeOfflineReminders(
  outDir: string,
  workbook: WorkbookData,
  today: CalendarDate,
  options: { now?: Date; links?: SheetLinks | null } = {},
): Promise<{ plan: ReminderPlan; files: string[]; lines: string[] }> {
  const offline = planOfflineReminders(assessWorkbook(workbook, today), options);
  const dir = join(outDir, 'emails');
  const written = await writeReminderEmls(dir, offline);
  return { plan: offline.plan, files: written.map((w) => w.path), lines: offlineReport(offline, written, dir) };
}
