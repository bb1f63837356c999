/**
 * The e-mail to the VHXH office after a run: per unit, items due / done / missing, invalid entries,
 * submission and timeliness, and what this run did for the unit (sent, skipped, deferred, and why).
 */
import { formatDate, formatVietnamDateTime } from '../dates';
import { type OwedFigures, owedFigures, TIMELINESS_LABELS, type UnitProgress } from '../progress/owed';
import { cleanText, escapeHtml } from '../text';
import { type OutgoingEmail, replyTo, senderName, wrapHtml } from './email';
import { formatIsoDay } from './journal';
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

export function composeSummary(plan: ReminderPlan, outcomes: readonly UnitOutcome[], to: string): OutgoingEmail {
  const { config } = plan;
  const counts = countOutcomes(outcomes);
  const attention = attentionLines(plan, outcomes);
  const sheetUrl = sheetLink(plan.links);
  const head = [
    T.when(formatVietnamDateTime(plan.now), modeText(plan)),
    plan.schedule.explanation,
    T.deadline(config.reportingYear, formatDate(config.deadline), phaseText(plan)),
    T.counts(counts),
    ...(plan.schedule.scheduled ? [T.next(plan.schedule.next ? formatDate(plan.schedule.next) : null)] : []),
  ];

  // ---- plain text ----
  const t: string[] = [`${REMINDERS_TEXT.dear} ${OFFICE}`, '', T.intro(config.planNumber, config.planDate)];
  for (const line of head) t.push(`- ${line}`);
  t.push('', T.unitsHeading);
  outcomes.forEach((o, i) => {
    const p = o.planned.progress;
    const f = unitFigures(p);
    t.push(
      `${i + 1}. ${cleanText(p.unit.name)} (${p.unit.id})`,
      `   ${T.figures(f.due, f.done, f.missing, f.invalid)}`,
      `   ${submissionText(p)}.`,
      `   ${T.thisRun(outcomeText(o, plan))}`,
    );
  });
  if (attention.length) {
    t.push('', T.attention);
    for (const line of attention) t.push(`- ${line}`);
  }
  if (sheetUrl) t.push('', REMINDERS_TEXT.sheetLine(sheetUrl));
  t.push('', T.logNote, '', '--', T.automatic(config.planNumber));

  // ---- HTML ----
  const e = escapeHtml;
  const cell = 'border:1px solid #bbb;padding:4px 6px;vertical-align:top;';
  const h: string[] = [
    `<p><b>${REMINDERS_TEXT.dear}</b> ${e(OFFICE)}</p>`,
    `<p>${T.intro(e(config.planNumber), e(config.planDate))}</p>`,
  ];
  h.push('<ul>', ...head.map((line) => `<li>${e(line)}</li>`), '</ul>');
  h.push('<table style="border-collapse:collapse;font-size:13px">');
  h.push(`<tr style="background:#eee">${T.columns.map((c) => `<th style="${cell}">${c}</th>`).join('')}</tr>`);
  outcomes.forEach((o, i) => {
    const p = o.planned.progress;
    const f = unitFigures(p);
    const late = p.timeliness === 'LATE' || p.timeliness === 'NOT_REPORTED';
    h.push(
      `<tr><td style="${cell}">${i + 1}</td><td style="${cell}">${e(p.unit.name)}</td>` +
        `<td style="${cell}text-align:right">${f.due}</td><td style="${cell}text-align:right">${f.done}</td>` +
        `<td style="${cell}text-align:right">${f.missing}</td><td style="${cell}text-align:right">${f.invalid}</td>` +
        `<td style="${cell}${late ? 'color:#b00000;' : ''}">${e(submissionText(p))}</td><td style="${cell}">${e(outcomeText(o, plan))}</td></tr>`,
    );
  });
  h.push('</table>');
  if (attention.length) {
    h.push(`<p><b>${e(T.attention)}</b></p><ul>`, ...attention.map((line) => `<li>${e(line)}</li>`), '</ul>');
  }
  if (sheetUrl) h.push(`<p>${REMINDERS_TEXT.sheetLine(`<a href="${e(sheetUrl)}">${e(sheetUrl)}</a>`)}</p>`);
  h.push(`<p>${T.logNote}</p>`);
  h.push(`<hr><p style="color:#777;font-size:12px">${T.automatic(e(config.planNumber))}</p>`);

  return {
    kind: 'summary',
    unitId: null,
    to: [to],
    subject: summarySubject(plan, counts),
    text: t.join('\n'),
    html: wrapHtml(h.join('\n')),
    fromName: senderName(config),
    replyTo: replyTo(config),
  };
}
