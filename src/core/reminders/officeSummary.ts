/**
 * The e-mail to the VHXH office after a run: per unit, items due / done / missing, invalid entries,
 * submission and timeliness, and what this run did for the unit (sent, skipped, deferred, and why).
 */
import { formatDate, formatVietnamDateTime } from '../dates';
import { type OwedFigures, owedFigures, TIMELINESS_LABELS, type UnitProgress } from '../progress/owed';
import { cleanText, escapeHtml } from '../text';
import { htmlCell, htmlHeaderRow, htmlLink, type OutgoingEmail, replyTo, senderName, wrapHtml } from './email';
import { formatIsoDay, type MissedRun } from './journal';
import { sheetLink } from './links';
import { REMINDERS_TEXT } from './messages';
import { type OutcomeKind, outcomeText, type UnitOutcome } from './outcome';
import type { ReminderPlan } from './recipients';

const T = REMINDERS_TEXT.summary;
const OFFICE = REMINDERS_TEXT.office;

/** The one count of what a unit owes (progress/owed.ts), as the summary e-mail shows it. */
export type UnitFigures = OwedFigures;
export const unitFigures = owedFigures;

export function submissionText(p: UnitProgress): string {
  if (p.state?.submitted) {
    const at = p.state.submittedAt ? formatVietnamDateTime(p.state.submittedAt) : '';
    return T.submitted(at, TIMELINESS_LABELS[p.timeliness]);
  }
  return p.timeliness === 'NOT_REPORTED' ? T.notSubmittedLate : T.notSubmitted;
}

export interface RunCounts {
  sent: number;
  failed: number;
  deferred: number;
  noAddress: number;
  uncertain: number;
  alreadySent: number;
}

export function countOutcomes(outcomes: readonly UnitOutcome[]): RunCounts {
  const n = (...kinds: OutcomeKind[]) => outcomes.filter((o) => kinds.includes(o.outcome)).length;
  return {
    sent: n('sent'),
    failed: n('failed', 'failedToday'),
    deferred: n('deferred'),
    noAddress: n('noAddress'),
    uncertain: n('uncertain'),
    alreadySent: n('alreadySent'),
  };
}

function phaseText(plan: ReminderPlan): string {
  const s = plan.schedule;
  if (s.phase === 'before') return T.phaseBefore(s.daysLeft);
  if (s.phase === 'deadline') return T.phaseDeadline;
  return T.phaseAfter(s.daysLate);
}

function modeText(plan: ReminderPlan): string {
  return plan.mode === 'manual' ? T.modeManual(plan.user) : T.modeDaily;
}

export function summarySubject(plan: ReminderPlan, counts: RunCounts): string {
  const issues: string[] = [];
  if (counts.noAddress) issues.push(T.issueNoAddress(counts.noAddress));
  if (counts.deferred) issues.push(T.issueDeferred(counts.deferred));
  if (counts.failed) issues.push(T.issueFailed(counts.failed));
  if (counts.uncertain) issues.push(T.issueUncertain(counts.uncertain));
  const { planNumber, reportingYear } = plan.config;
  return T.subject(planNumber, reportingYear, formatDate(plan.today), counts.sent, issues);
}

/** Items that need a person in the VHXH office. */
function attentionLines(plan: ReminderPlan, outcomes: readonly UnitOutcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    if (['noAddress', 'failed', 'failedToday', 'uncertain', 'deferred'].includes(o.outcome)) {
      lines.push(`${cleanText(o.planned.unit.name)}: ${outcomeText(o, plan)}`);
    }
    for (const day of o.planned.newlyUncertain) {
      if (o.outcome === 'uncertain') continue;
      lines.push(T.unconfirmed(cleanText(o.planned.unit.name), formatIsoDay(day)));
    }
    // Owing, submitted or not, with some invalid addresses beside valid ones.
    if (o.planned.invalidEmails.length && o.outcome !== 'noAddress' && o.planned.recipients.length) {
      lines.push(T.invalidAddresses(cleanText(o.planned.unit.name), o.planned.invalidEmails.join(', ')));
    }
  }
  for (const problem of plan.configProblems) lines.push(T.configProblem(problem));
  return lines;
}

/** One unit's row of the summary. */
interface SummaryRow {
  /** As typed in the Đơn vị tab (the plain text cleans it, the HTML escapes it). */
  name: string;
  id: string;
  figures: UnitFigures;
  submission: string;
  /** Late or not reported: the submission cell is red. */
  late: boolean;
  /** What this run did for the unit. */
  thisRun: string;
}

/** What the summary says, once: the plain-text and the HTML body each lay it out. */
interface SummaryContent {
  planNumber: string;
  planDate: string;
  /** The run in a few lines: when, how, the schedule, the deadline, the counts, the next reminder day. */
  head: string[];
  /** Daily runs that did not happen ('' when none). */
  missedRuns: string;
  rows: SummaryRow[];
  attention: string[];
  sheetUrl: string | null;
}

export function composeSummary(plan: ReminderPlan, outcomes: readonly UnitOutcome[], to: string): OutgoingEmail {
  const counts = countOutcomes(outcomes);
  const content = summaryContent(plan, outcomes, counts);
  return {
    kind: 'summary',
    unitId: null,
    to: to.split(', '),
    subject: summarySubject(plan, counts),
    text: summaryText(content),
    html: wrapHtml(summaryHtml(content)),
    fromName: senderName(plan.config),
    replyTo: replyTo(plan.config),
  };
}

function summaryContent(plan: ReminderPlan, outcomes: readonly UnitOutcome[], counts: RunCounts): SummaryContent {
  const { config, schedule } = plan;
  return {
    planNumber: config.planNumber,
    planDate: config.planDate,
    head: [
      T.when(formatVietnamDateTime(plan.now), modeText(plan)),
      schedule.explanation,
      T.deadline(config.reportingYear, formatDate(config.deadline), phaseText(plan)),
      T.counts(counts),
      ...(schedule.scheduled ? [T.next(schedule.next ? formatDate(schedule.next) : null)] : []),
    ],
    missedRuns: missedRunsText(plan.missedRuns),
    rows: outcomes.map((o) => summaryRow(o, plan)),
    attention: attentionLines(plan, outcomes),
    sheetUrl: sheetLink(plan.links),
  };
}

/** One or two sentences naming the days the daily run did not happen, by why; '' when it always ran. */
function missedRunsText(runs: readonly MissedRun[]): string {
  const days = (reason: MissedRun['reason']) =>
    runs
      .filter((run) => run.reason === reason)
      .map((run) => formatIsoDay(run.day))
      .join(', ');
  const busy = days('busy');
  const stopped = days('stopped');
  return [busy && T.missedBusy(busy), stopped && T.missedStopped(stopped)].filter(Boolean).join(' ');
}

function summaryRow(o: UnitOutcome, plan: ReminderPlan): SummaryRow {
  const p = o.planned.progress;
  return {
    name: p.unit.name,
    id: p.unit.id,
    figures: unitFigures(p),
    submission: submissionText(p),
    late: p.timeliness === 'LATE' || p.timeliness === 'NOT_REPORTED',
    thisRun: outcomeText(o, plan),
  };
}

function summaryText(c: SummaryContent): string {
  const t = [`${REMINDERS_TEXT.dear} ${OFFICE}`, '', T.intro(c.planNumber, c.planDate), ...c.head.map((l) => `- ${l}`)];
  if (c.missedRuns) t.push('', c.missedRuns);
  t.push('', T.unitsHeading);
  c.rows.forEach((row, i) => {
    const f = row.figures;
    t.push(
      `${i + 1}. ${cleanText(row.name)} (${row.id})`,
      `   ${T.figures(f.due, f.done, f.missing, f.invalid)}`,
      `   ${row.submission}.`,
      `   ${T.thisRun(row.thisRun)}`,
    );
  });
  if (c.attention.length) t.push('', T.attention, ...c.attention.map((line) => `- ${line}`));
  if (c.sheetUrl) t.push('', REMINDERS_TEXT.sheetLine(c.sheetUrl));
  t.push('', T.logNote, '', '--', T.automatic(c.planNumber));
  return t.join('\n');
}

const e = escapeHtml;
const list = (lines: readonly string[]) => lines.map((line) => `<li>${e(line)}</li>`);

function summaryHtml(c: SummaryContent): string {
  const h = [
    `<p><b>${REMINDERS_TEXT.dear}</b> ${e(OFFICE)}</p>`,
    `<p>${T.intro(e(c.planNumber), e(c.planDate))}</p>`,
    '<ul>',
    ...list(c.head),
    '</ul>',
    ...(c.missedRuns ? [`<p style="color:#b00000">${e(c.missedRuns)}</p>`] : []),
    '<table style="border-collapse:collapse;font-size:13px">',
    htmlHeaderRow(T.columns),
    ...c.rows.map(summaryRowHtml),
    '</table>',
  ];
  if (c.attention.length) h.push(`<p><b>${e(T.attention)}</b></p><ul>`, ...list(c.attention), '</ul>');
  if (c.sheetUrl) h.push(`<p>${REMINDERS_TEXT.sheetLine(htmlLink(c.sheetUrl, c.sheetUrl))}</p>`);
  h.push(`<p>${T.logNote}</p>`);
  h.push(`<hr><p style="color:#777;font-size:12px">${T.automatic(e(c.planNumber))}</p>`);
  return h.join('\n');
}

function summaryRowHtml(row: SummaryRow, i: number): string {
  const f = row.figures;
  const right = 'text-align:right';
  return (
    `<tr>${htmlCell(i + 1)}${htmlCell(e(row.name))}` +
    `${htmlCell(f.due, right)}${htmlCell(f.done, right)}${htmlCell(f.missing, right)}${htmlCell(f.invalid, right)}` +
    `${htmlCell(e(row.submission), row.late ? 'color:#b00000;' : '')}${htmlCell(e(row.thisRun))}</tr>`
  );
}
