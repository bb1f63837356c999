import { addDays, formatDate, formatVietnamDateTime } from '../dates';
import type { PlannedUnit, ReminderPlan, UnitAction } from './recipients';

/** What happened to a unit in a run: the plan's decision, or for a planned send, how the send went. */
export type OutcomeKind = Exclude<UnitAction, 'send'> | 'sent' | 'failed' | 'deferred';

export interface UnitOutcome {
  planned: PlannedUnit;
  outcome: OutcomeKind;
  /** When the e-mail went out (sent) or was tried (failed). */
  at: Date | null;
  error: string | null;
}

export function outcomeOf(planned: PlannedUnit): UnitOutcome {
  if (planned.action === 'send') throw new Error('a planned send has no outcome before it is executed');
  return { planned, outcome: planned.action, at: planned.mark?.at ?? null, error: null };
}

/** One Vietnamese phrase: what this run did for the unit, and why. */
export function outcomeText(o: UnitOutcome, plan: Pick<ReminderPlan, 'today' | 'schedule'>): string {
  const tomorrow = formatDate(addDays(plan.today, 1));
  const to = o.planned.recipients.join(', ');
  switch (o.outcome) {
    case 'sent':
      return `Đã gửi thư nhắc tới ${to}${o.at ? ` lúc ${formatVietnamDateTime(o.at)}` : ''}.`;
    case 'failed':
      return `Gửi thư nhắc bị lỗi${o.error ? ` (${o.error})` : ''}; sẽ gửi lại từ ngày ${tomorrow}.`;
    case 'deferred':
      return 'Hoãn: đã hết hạn mức gửi thư trong ngày của Google; sẽ gửi ở lần chạy tiếp theo (kể cả ngày không theo lịch).';
    case 'submitted':
      return 'Không nhắc: đơn vị đã gửi báo cáo.';
    case 'nothingOwed':
      return 'Không nhắc: đơn vị đã nhập đủ.';
    case 'noAddress': {
      const typed = o.planned.invalidEmails.length ? ` (đang ghi: ${o.planned.invalidEmails.join(', ')})` : '';
      return `Bỏ qua: không có địa chỉ e-mail hợp lệ trong trang "Đơn vị"${typed}. Đề nghị sửa địa chỉ hoặc liên hệ trực tiếp đơn vị.`;
    }
    case 'alreadySent':
      return `Không gửi lại: đã nhắc hôm nay${o.at ? ` lúc ${formatVietnamDateTime(o.at)}` : ''}.`;
    case 'failedToday':
      return `Không gửi lại hôm nay: lần gửi trước trong ngày bị lỗi; sẽ gửi lại từ ngày ${tomorrow}.`;
    case 'uncertain':
      return (
        `Không gửi lại hôm nay: lần gửi${o.at ? ` lúc ${formatVietnamDateTime(o.at)}` : ''} chưa được xác nhận (lần chạy bị dừng giữa chừng), ` +
        `có thể thư đã đi; sẽ gửi lại từ ngày ${tomorrow}. Có thể kiểm tra thư mục "Đã gửi" của tài khoản gửi.`
      );
    case 'notDue':
      return plan.schedule.next
        ? `Chưa nhắc: hôm nay không phải ngày nhắc theo lịch (ngày nhắc tiếp theo: ${formatDate(plan.schedule.next)}).`
        : 'Chưa nhắc: hôm nay không phải ngày nhắc theo lịch.';
  }
}
