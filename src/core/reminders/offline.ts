/**
 * The offline run (`npm start`): no journal, no quota, nothing sent. It shows the reminders that would go
 * out if the VHXH office clicked "Gửi nhắc hạn ngay" on that day, says whether the day is a scheduled
 * reminder day, and lets src/local/reminders/eml.ts write them as .eml files.
 */

import { formatDate, startOfVietnamDay } from '../dates';
import type { Assessment } from '../judging/assess';
import type { OutgoingEmail } from './email';
import { emptyJournal } from './journal';
import type { SheetLinks } from './links';
import { outcomeText } from './outcome';
import { planReminderRun, type ReminderPlan } from './recipients';
import { dryRun } from './send';

/** The time the daily trigger would run on `today`: 07:00 Việt Nam time. */
export function offlineRunTime(today: Assessment['today']): Date {
  return new Date(startOfVietnamDay(today).getTime() + 7 * 3600 * 1000);
}

export interface OfflineReminders {
  plan: ReminderPlan;
  reminders: OutgoingEmail[];
  summary: OutgoingEmail | null;
}

export function planOfflineReminders(
  assessment: Assessment,
  options: { now?: Date; links?: SheetLinks | null } = {},
): OfflineReminders {
  const plan = planReminderRun({
    assessment,
    mode: 'manual',
    now: options.now ?? offlineRunTime(assessment.today),
    journal: emptyJournal(),
    links: options.links ?? null,
    user: '',
  });
  const { reminders, summary } = dryRun(plan);
  return { plan, reminders, summary };
}

/** The lines `npm start` prints about the reminders. */
export function offlineReport(
  offline: OfflineReminders,
  written: readonly { email: OutgoingEmail; path: string }[],
  dir: string,
): string[] {
  const { plan } = offline;
  const lines = [
    `Nhắc hạn ngày ${formatDate(plan.today)}: ${plan.schedule.explanation}`,
    plan.schedule.scheduled
      ? '  Hôm nay trình kích hoạt hằng ngày sẽ gửi các thư dưới đây.'
      : '  Các thư dưới đây là thư sẽ gửi nếu Phòng VHXH bấm "Gửi nhắc hạn ngay" hôm nay (trình kích hoạt hằng ngày không gửi hôm nay).',
    `  Đã ghi ${written.length} thư (.eml) vào ${dir}:`,
  ];
  for (const { email, path } of written) {
    const unit = plan.units.find((u) => u.unit.id === email.unitId);
    const what = unit
      ? `${unit.unit.name} <${email.to.join(', ')}>: ${unit.progress.owed.length} nội dung chưa báo cáo, ${unit.progress.invalid.length} ô sai quy định`
      : `thư tổng hợp gửi Phòng Văn hóa - Xã hội <${email.to.join(', ')}>`;
    lines.push(`    - ${path}: ${what}`);
  }
  for (const u of plan.units) {
    if (u.action === 'noAddress')
      lines.push(
        `  ${u.unit.name} - ${outcomeText({ planned: u, outcome: 'noAddress', at: null, error: null }, plan)}`,
      );
  }
  if (!offline.summary)
    lines.push('  Không có thư tổng hợp: mục "Email Phòng Văn hóa - Xã hội" trong Cấu hình trống hoặc không hợp lệ.');
  return lines;
}
