/**
 * The e-mail to the VHXH office after a run: per unit, items due / done / missing, invalid entries,
 * submission and timeliness, and what this run did for the unit (sent, skipped, deferred, and why).
 */
import { formatDate, formatVietnamDateTime } from '../dates';
import { type OwedFigures, owedFigures, TIMELINESS_LABELS, type UnitProgress } from '../progress/owed';
import { cleanText, escapeHtml } from '../text';
import { type OutgoingEmail, replyTo, senderName, VHXH_OFFICE, wrapHtml } from './email';
import { sheetLink } from './links';
import { type OutcomeKind, outcomeText, type UnitOutcome } from './outcome';
import type { ReminderPlan } from './recipients';

/** The one count of what a unit owes (progress/owed.ts), as the summary e-mail shows it. */
export type UnitFigures = OwedFigures;
export const unitFigures = owedFigures;

export function submissionText(p: UnitProgress): string {
  if (p.state?.submitted) {
    return `Đã gửi báo cáo${p.state.submittedAt ? ` lúc ${formatVietnamDateTime(p.state.submittedAt)}` : ''} (${TIMELINESS_LABELS[p.timeliness]})`;
  }
  return p.timeliness === 'NOT_REPORTED' ? 'Chưa gửi báo cáo - quá hạn' : 'Chưa gửi báo cáo (còn hạn)';
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
  if (s.phase === 'before') return `còn ${s.daysLeft} ngày`;
  if (s.phase === 'deadline') return 'hôm nay là hạn cuối';
  return `đã quá hạn ${s.daysLate} ngày`;
}

function modeText(plan: ReminderPlan): string {
  if (plan.mode === 'manual')
    return `gửi ngay theo yêu cầu (menu "Gửi nhắc hạn ngay")${plan.user ? ` của ${plan.user}` : ''}`;
  return 'chạy tự động hằng ngày';
}

export function summarySubject(plan: ReminderPlan, counts: RunCounts): string {
  const issues: string[] = [];
  if (counts.noAddress) issues.push(`${counts.noAddress} đơn vị thiếu e-mail`);
  if (counts.deferred) issues.push(`${counts.deferred} hoãn`);
  if (counts.failed) issues.push(`${counts.failed} lỗi`);
  if (counts.uncertain) issues.push(`${counts.uncertain} chưa xác nhận`);
  return (
    `[Kế hoạch ${plan.config.planNumber}] Tổng hợp nhắc hạn báo cáo năm ${plan.config.reportingYear} ngày ${formatDate(plan.today)}` +
    ` - đã gửi ${counts.sent} thư nhắc${issues.length ? ` (${issues.join(', ')})` : ''}`
  );
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
      lines.push(
        `${cleanText(o.planned.unit.name)}: thư nhắc ngày ${day.split('-').reverse().join('/')} chưa được xác nhận đã gửi (lần chạy bị dừng giữa chừng).`,
      );
    }
    // Owing, submitted or not, with some invalid addresses beside valid ones.
    if (o.planned.invalidEmails.length && o.outcome !== 'noAddress' && o.planned.recipients.length) {
      lines.push(
        `${cleanText(o.planned.unit.name)}: địa chỉ không hợp lệ trong trang "Đơn vị", đã bỏ qua: ${o.planned.invalidEmails.join(', ')}.`,
      );
    }
  }
  for (const problem of plan.configProblems) lines.push(`Cấu hình - ${problem}`);
  return lines;
}

export function composeSummary(plan: ReminderPlan, outcomes: readonly UnitOutcome[], to: string): OutgoingEmail {
  const { config } = plan;
  const counts = countOutcomes(outcomes);
  const attention = attentionLines(plan, outcomes);
  const sheetUrl = sheetLink(plan.links);
  const nextText = plan.schedule.next ? formatDate(plan.schedule.next) : 'không còn ngày nhắc theo lịch';
  const head = [
    `Thời điểm: ${formatVietnamDateTime(plan.now)} (giờ Việt Nam); cách chạy: ${modeText(plan)}.`,
    plan.schedule.explanation,
    `Hạn báo cáo kết quả năm ${config.reportingYear}: hết ngày ${formatDate(config.deadline)} (${phaseText(plan)}).`,
    `Lần này: đã gửi ${counts.sent} thư nhắc; bỏ qua do thiếu e-mail: ${counts.noAddress}; hoãn do hết hạn mức: ${counts.deferred}; lỗi: ${counts.failed}; chưa xác nhận: ${counts.uncertain}; đã nhắc trước đó trong ngày: ${counts.alreadySent}.`,
    ...(plan.schedule.scheduled ? [`Ngày nhắc tiếp theo theo lịch: ${nextText}.`] : []),
  ];

  // ---- plain text ----
  const t: string[] = [
    `Kính gửi: ${VHXH_OFFICE}`,
    '',
    `Kết quả nhắc hạn báo cáo thực hiện Kế hoạch số ${config.planNumber} ngày ${config.planDate}:`,
  ];
  for (const line of head) t.push(`- ${line}`);
  t.push('', 'Tình hình từng đơn vị:');
  outcomes.forEach((o, i) => {
    const p = o.planned.progress;
    const f = unitFigures(p);
    t.push(
      `${i + 1}. ${cleanText(p.unit.name)} (${p.unit.id})`,
      `   Phải báo cáo: ${f.due}; đã nhập: ${f.done}; còn thiếu: ${f.missing}; ô sai quy định: ${f.invalid}.`,
      `   ${submissionText(p)}.`,
      `   Lần này: ${outcomeText(o, plan)}`,
    );
  });
  if (attention.length) {
    t.push('', `Cần ${VHXH_OFFICE} lưu ý:`);
    for (const line of attention) t.push(`- ${line}`);
  }
  if (sheetUrl) t.push('', `Bảng tính theo dõi: ${sheetUrl}`);
  t.push(
    '',
    'Chi tiết từng lần gửi được ghi tại trang "Nhật ký" của bảng tính.',
    '',
    '--',
    `Thư được gửi tự động từ công cụ theo dõi Kế hoạch số ${config.planNumber}.`,
  );

  // ---- HTML ----
  const e = escapeHtml;
  const cell = 'border:1px solid #bbb;padding:4px 6px;vertical-align:top;';
  const h: string[] = [
    `<p><b>Kính gửi:</b> ${e(VHXH_OFFICE)}</p>`,
    `<p>Kết quả nhắc hạn báo cáo thực hiện Kế hoạch số ${e(config.planNumber)} ngày ${e(config.planDate)}:</p>`,
  ];
  h.push('<ul>', ...head.map((line) => `<li>${e(line)}</li>`), '</ul>');
  h.push('<table style="border-collapse:collapse;font-size:13px">');
  h.push(
    `<tr style="background:#eee">${['STT', 'Đơn vị', 'Phải báo cáo', 'Đã nhập', 'Còn thiếu', 'Ô sai quy định', 'Gửi báo cáo', 'Lần này'].map((c) => `<th style="${cell}">${c}</th>`).join('')}</tr>`,
  );
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
    h.push(
      `<p><b>Cần ${e(VHXH_OFFICE)} lưu ý:</b></p><ul>`,
      ...attention.map((line) => `<li>${e(line)}</li>`),
      '</ul>',
    );
  }
  if (sheetUrl) h.push(`<p>Bảng tính theo dõi: <a href="${e(sheetUrl)}">${e(sheetUrl)}</a></p>`);
  h.push('<p>Chi tiết từng lần gửi được ghi tại trang "Nhật ký" của bảng tính.</p>');
  h.push(
    `<hr><p style="color:#777;font-size:12px">Thư được gửi tự động từ công cụ theo dõi Kế hoạch số ${e(config.planNumber)}.</p>`,
  );

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
