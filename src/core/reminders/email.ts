/**
 * The e-mails: one reminder per unit that still owes something, and the summary for the VHXH office.
 * Every e-mail has a plain-text and an HTML body carrying the same content. Everything that comes from the
 * sheet (unit names, item names, typed values, explanations, addresses) is escaped in the HTML body.
 */

import { formatDate, formatVietnamDateTime } from '../dates';
import { ENTRY_PAGE_TEXT } from '../entryPage/messages';
import type { Assessment } from '../judging/assess';
import type { OwedItem, UnitProgress } from '../progress/owed';
import type { Config } from '../sheet/config';
import { TABS, type TabKey } from '../sheet/schema';
import { cleanText, escapeHtml } from '../text';
import { isValidEmail, splitList } from '../units/table';
import { type SheetLinks, sheetLink, sheetRowOf } from './links';
import { REMINDERS_TEXT } from './messages';
import type { DeadlineStatus } from './schedule';

export interface OutgoingEmail {
  kind: 'reminder' | 'summary';
  /** The unit a reminder is for (null for the summary). */
  unitId: string | null;
  /** Recipients: a unit's valid addresses from the Đơn vị tab, or the VHXH address from Cấu hình. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Display name of the sender (Cấu hình: Tên người gửi thư). */
  fromName: string;
  /** The VHXH office's address (Cấu hình), when valid. */
  replyTo: string | null;
}

const T = REMINDERS_TEXT.reminder;

export function tabName(tab: TabKey): string {
  return TABS[tab].name;
}

/** A missing item as the e-mail lists it. */
export interface ReminderLine {
  tab: 'indicators' | 'tasks' | 'issues';
  /** "Phụ lục III" (TT numbers restart in each appendix and group). */
  appendix: string;
  tt: string;
  name: string;
  missing: string;
  explanation: string;
  row: number | null;
  link: string | null;
}

/** An entry that was typed but cannot be accepted as it is. */
export interface InvalidLine {
  tab: 'indicators' | 'tasks';
  appendix: string;
  tt: string;
  column: string;
  message: string;
  typed: string;
  row: number | null;
  link: string | null;
}

function columnHeader(tab: TabKey, column: string): string {
  return TABS[tab].columns.find((c) => c.key === column)?.header ?? column;
}

function recordOf(assessment: Assessment | null, tab: 'indicators' | 'tasks' | 'issues', rowIndex: number) {
  if (!assessment || tab === 'issues') return null;
  const rows = tab === 'indicators' ? assessment.indicators : assessment.tasks;
  return (
    (rows[rowIndex]?.rowIndex === rowIndex ? rows[rowIndex] : rows.find((r) => r.rowIndex === rowIndex))?.record ?? null
  );
}

function appendixOf(assessment: Assessment | null, tab: 'indicators' | 'tasks' | 'issues', rowIndex: number): string {
  const appendix = cleanText(recordOf(assessment, tab, rowIndex)?.appendix);
  return appendix ? T.appendix(appendix) : '';
}

function typedValue(
  assessment: Assessment | null,
  tab: 'indicators' | 'tasks',
  rowIndex: number,
  column: string,
): string {
  const value = recordOf(assessment, tab, rowIndex)?.[column];
  if (value instanceof Date) return formatVietnamDateTime(value);
  return cleanText(value);
}

export function reminderLines(
  progress: UnitProgress,
  assessment: Assessment | null,
  links: SheetLinks | null,
): ReminderLine[] {
  return progress.owed.map((item: OwedItem) => ({
    tab: item.tab,
    appendix: appendixOf(assessment, item.tab, item.rowIndex),
    tt: item.tt,
    name: item.name,
    missing: item.missing,
    explanation: item.explanation,
    row: sheetRowOf(item.rowIndex),
    link: sheetLink(links, item.tab, item.rowIndex),
  }));
}

export function invalidLines(
  progress: UnitProgress,
  assessment: Assessment | null,
  links: SheetLinks | null,
): InvalidLine[] {
  return progress.invalid.map((p) => ({
    tab: p.tab,
    appendix: appendixOf(assessment, p.tab, p.rowIndex),
    tt: p.tt,
    column: columnHeader(p.tab, p.column),
    message: cleanText(p.message),
    typed: typedValue(assessment, p.tab, p.rowIndex, p.column),
    row: sheetRowOf(p.rowIndex),
    link: sheetLink(links, p.tab, p.rowIndex),
  }));
}

/** "[Kế hoạch 57/KH-UBND] Nhắc báo cáo kết quả năm 2026 - hạn 30/11/2026", with the day's situation. */
export function reminderSubject(config: Config, status: DeadlineStatus): string {
  const base = T.subject(config.planNumber, config.reportingYear, formatDate(config.deadline));
  if (status.phase === 'deadline') return base + T.subjectOnDeadline;
  if (status.phase === 'after') return base + T.subjectLate(status.daysLate);
  return base;
}

function deadlineSentence(config: Config, status: DeadlineStatus): string {
  const year = config.reportingYear;
  const deadline = formatDate(config.deadline);
  if (status.phase === 'before') return T.deadlineBefore(year, deadline, status.daysLeft);
  if (status.phase === 'deadline') return T.deadlineToday(year, deadline);
  return T.deadlineAfter(year, deadline, status.daysLate);
}

function requestSentence(config: Config, status: DeadlineStatus): string {
  if (status.phase === 'before') return T.requestBefore(formatDate(config.deadline));
  if (status.phase === 'deadline') return T.requestToday;
  return T.requestAfter;
}

const TAB_ORDER_IN_MAIL: readonly ('indicators' | 'tasks' | 'issues')[] = ['indicators', 'tasks', 'issues'];

/** "Phụ lục III, TT 1" */
function where(line: { appendix: string; tt: string }): string {
  return [line.appendix, line.tt ? T.tt(line.tt) : ''].filter(Boolean).join(', ');
}

function lineLabel(line: ReminderLine): string {
  if (line.tab === 'issues') return line.missing;
  const at = where(line);
  return `${at ? `${at} - ` : ''}${line.name}: ${line.missing}`;
}

function rowText(row: number | null): string {
  return row ? T.row(row) : '';
}

export interface ReminderInput {
  config: Config;
  status: DeadlineStatus;
  progress: UnitProgress;
  recipients: string[];
  assessment: Assessment | null;
  links: SheetLinks | null;
  now: Date;
  /** The unit's own entry page link (issue 16), when the page is deployed; the e-mail then leads with it. */
  entryLink?: string | null;
}

/** What a reminder says, once: the plain-text and the HTML body each lay it out. */
interface ReminderContent {
  unitName: string;
  intro: string;
  deadline: string;
  /** On or after the deadline day: the deadline sentence is shown in red. */
  urgent: boolean;
  /** When the sheet was read (Việt Nam time). */
  asOf: string;
  /** The missing items, grouped by tab in the e-mail's order (non-empty groups only). */
  owed: { tab: ReminderLine['tab']; lines: ReminderLine[] }[];
  invalid: InvalidLine[];
  request: string;
  entryLink: string | null;
  sheetUrl: string | null;
  contact: string;
  signature: string[];
  automatic: string;
}

/** The reminder to one unit. */
export function composeReminder(input: ReminderInput): OutgoingEmail {
  const { config, status, progress } = input;
  const content = reminderContent(input);
  return {
    kind: 'reminder',
    unitId: progress.unit.id,
    to: [...input.recipients],
    subject: reminderSubject(config, status),
    text: reminderText(content),
    html: wrapHtml(reminderHtml(content)),
    fromName: senderName(config),
    replyTo: replyTo(config),
  };
}

function reminderContent(input: ReminderInput): ReminderContent {
  const { config, status, progress, links, now } = input;
  const lines = reminderLines(progress, input.assessment, links);
  return {
    unitName: cleanText(progress.unit.name),
    intro: T.intro(config),
    deadline: deadlineSentence(config, status),
    urgent: status.phase !== 'before',
    asOf: formatVietnamDateTime(now),
    owed: TAB_ORDER_IN_MAIL.map((tab) => ({ tab, lines: lines.filter((l) => l.tab === tab) })).filter(
      (g) => g.lines.length,
    ),
    invalid: invalidLines(progress, input.assessment, links),
    request: requestSentence(config, status),
    entryLink: input.entryLink || null,
    sheetUrl: sheetLink(links),
    contact: T.contact(replyTo(config) ?? ''),
    signature: T.signature(config.wardName),
    automatic: T.automatic(config.planNumber, formatVietnamDateTime(now)),
  };
}

// ---- plain text ----

function reminderText(c: ReminderContent): string {
  return [
    ...[`${REMINDERS_TEXT.dear} ${c.unitName}`, '', c.intro, '', c.deadline, ''],
    ...owedItemsText(c),
    ...invalidEntriesText(c),
    ...linksText(c),
    ...['', c.contact, '', T.regards, '', ...c.signature, '', '--', c.automatic],
  ].join('\n');
}

function owedItemsText(c: ReminderContent): string[] {
  if (!c.owed.length) return [];
  const t = [T.owedIntro(c.asOf, c.owed.flatMap((g) => g.lines).length)];
  let n = 0;
  for (const group of c.owed) {
    t.push('', T.tabHeading(tabName(group.tab)));
    for (const line of group.lines) {
      t.push(`  ${++n}. ${lineLabel(line)}${rowText(line.row)}`);
      if (line.explanation) t.push(`     ${T.explanation(line.explanation)}`);
      if (line.link) t.push(`     ${line.link}`);
    }
  }
  return [...t, ''];
}

function invalidEntriesText(c: ReminderContent): string[] {
  if (!c.invalid.length) return [];
  const t = [c.owed.length ? T.invalidIntroAfterOwed : T.invalidIntro(c.asOf)];
  c.invalid.forEach((line, i) => {
    const tt = where(line) ? `, ${where(line)}` : '';
    t.push(`  ${i + 1}. ${T.invalidLine(tabName(line.tab), tt, rowText(line.row), line.column, line.message)}`);
    if (line.typed) t.push(`     ${T.typed(line.typed)}`);
    if (line.link) t.push(`     ${line.link}`);
  });
  return [...t, ''];
}

/** The request to submit, then the unit's entry page and the sheet. */
function linksText(c: ReminderContent): string[] {
  const t = [c.request];
  if (c.entryLink) t.push('', ENTRY_PAGE_TEXT.reminderLine(c.entryLink), '');
  if (c.sheetUrl) t.push(REMINDERS_TEXT.sheetLine(c.sheetUrl));
  return t;
}

// ---- HTML (everything from the sheet is escaped) ----

const e = escapeHtml;
const CELL = 'border:1px solid #bbb;padding:4px 6px;vertical-align:top;';

/** A table cell of the e-mails (the content comes escaped). */
export function htmlCell(html: string | number, style = ''): string {
  return `<td style="${CELL}${style}">${html}</td>`;
}

export function htmlHeaderRow(columns: readonly string[]): string {
  return `<tr style="background:#eee">${columns.map((column) => `<th style="${CELL}">${column}</th>`).join('')}</tr>`;
}

/** A link (escaped), or '' without an address. */
export function htmlLink(href: string | null, label: string): string {
  return href ? `<a href="${e(href)}">${e(label)}</a>` : '';
}

function reminderHtml(c: ReminderContent): string {
  return [
    `<p><b>${REMINDERS_TEXT.dear}</b> ${e(c.unitName)}</p>`,
    `<p>${e(c.intro)}</p>`,
    `<p${c.urgent ? ' style="color:#b00000"' : ''}><b>${e(c.deadline)}</b></p>`,
    ...owedItemsHtml(c),
    ...invalidEntriesHtml(c),
    ...linksHtml(c),
    `<p>${e(c.contact)}</p>`,
    `<p>${T.regards}</p>`,
    `<p><b>${c.signature.map(e).join('<br>')}</b></p>`,
    `<hr><p style="color:#777;font-size:12px">${e(c.automatic)}</p>`,
  ].join('\n');
}

function owedItemsHtml(c: ReminderContent): string[] {
  const lines = c.owed.flatMap((g) => g.lines);
  if (!lines.length) return [];
  return [
    `<p>${T.owedIntro(e(c.asOf), `<b>${lines.length}</b>`)}</p>`,
    `<table style="border-collapse:collapse;font-size:13px">`,
    htmlHeaderRow(T.columns),
    ...lines.map((line, i) => owedRowHtml(line, i + 1)),
    '</table>',
  ];
}

function owedRowHtml(line: ReminderLine, n: number): string {
  const name = line.tab === 'issues' ? T.issuesRow(tabName('issues')) : line.name;
  const explanation = line.explanation ? `<br><i>${T.explanation(e(line.explanation))}</i>` : '';
  const open = htmlLink(line.link, line.row ? T.rowLink(line.row) : T.open);
  return (
    `<tr>${htmlCell(n)}${htmlCell(e(tabName(line.tab)))}${htmlCell(e(where(line)))}` +
    `${htmlCell(`${e(name)}${explanation}`)}${htmlCell(e(line.missing))}` +
    `${htmlCell(`${open}${!line.link && line.row ? T.rowLink(line.row) : ''}`)}</tr>`
  );
}

function invalidEntriesHtml(c: ReminderContent): string[] {
  if (!c.invalid.length) return [];
  const items = c.invalid.map((line) => {
    const tt = where(line) ? `, ${e(where(line))}` : '';
    const typed = line.typed ? `<br>${T.typedLabel} <code>${e(line.typed)}</code>` : '';
    const open = line.link ? ` ${htmlLink(line.link, T.openCell)}` : '';
    const text = T.invalidLine(e(tabName(line.tab)), tt, e(rowText(line.row)), e(line.column), e(line.message));
    return `<li>${text}${typed}${open}</li>`;
  });
  return [`<p>${c.owed.length ? T.invalidIntroAfterOwed : T.invalidIntro(e(c.asOf))}</p>`, '<ol>', ...items, '</ol>'];
}

function linksHtml(c: ReminderContent): string[] {
  const h = [`<p>${e(c.request)}</p>`];
  if (c.entryLink)
    h.push(
      `<p>${e(ENTRY_PAGE_TEXT.reminderLine(''))}<br><a href="${e(c.entryLink)}"><b>${e(ENTRY_PAGE_TEXT.reminderLinkLabel)}</b></a></p>`,
    );
  if (c.sheetUrl) h.push(`<p>${REMINDERS_TEXT.sheetLine(htmlLink(c.sheetUrl, c.sheetUrl))}</p>`);
  return h;
}

export function senderName(config: Config): string {
  return cleanText(config.senderName) || REMINDERS_TEXT.sender(config.wardName);
}

/** The VHXH office's valid addresses in Cấu hình ("a@x.vn; b@x.vn"), each once whatever its case. */
export function officeAddresses(config: Pick<Config, 'vhxhEmail'>): string[] {
  const out: string[] = [];
  for (const address of splitList(config.vhxhEmail).filter(isValidEmail))
    if (!out.some((a) => a.toLowerCase() === address.toLowerCase())) out.push(address);
  return out;
}

/** Units reply to the office's first address. */
export function replyTo(config: Config): string | null {
  return officeAddresses(config)[0] ?? null;
}

export function wrapHtml(body: string): string {
  return (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head>' +
    `<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">\n${body}\n</div></body></html>`
  );
}
