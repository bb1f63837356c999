/**
 * What the deadline reminders say: the menu, the schedule, the e-mail to a unit, the summary to the VHXH office,
 * what a run did for each unit, the Nhật ký rows, the offline run's lines and the daily trigger's messages.
 * Values come in already formatted (dates as dd/mm/yyyy); in an HTML body the caller passes them escaped.
 */
import { formatVietnamDateTime } from '../dates';
import { MENU_TEXT } from '../menu/messages';
import type { Config } from '../sheet/config';
import { TABS } from '../sheet/schema';
import type { TriggerInfo } from './journal';
import type { RunCounts } from './officeSummary';
import { DAILY_REMINDER_HOUR, TRIGGER_LIMIT } from './trigger';

const OFFICE = 'Phòng Văn hóa - Xã hội';
const menu = (item: string) => `"${MENU_TEXT.title} > ${item}"`;
const at = (time: string) => (time ? ` lúc ${time}` : '');
/**
 * Where a unit's reminder addresses were read: its reminder column, or its accounts when that column is empty
 * (units/table.ts unitAddresses), so the office fixes the cell that was read.
 */
const reminderColumn = (toAccounts: boolean) =>
  toAccounts
    ? `cột "Tài khoản Google được nhập liệu" (cột "Email nhận nhắc hạn" để trống) của trang "${TABS.units.name}"`
    : `cột "Email nhận nhắc hạn" của trang "${TABS.units.name}"`;
const sendNowMenu = `menu "${MENU_TEXT.items.menuSendRemindersNow}"`;
const request = `${OFFICE} trân trọng đề nghị đơn vị cập nhật đầy đủ, chính xác các nội dung trên vào bảng tính theo dõi, sau đó gửi báo cáo bằng menu ${menu(MENU_TEXT.items.menuSubmitUnitReport)}`;
const checkNotDone = 'đã nhập nhưng chưa đúng quy định, đề nghị kiểm tra, sửa lại:';
const asOfSheet = (asOf: string) => `Theo bảng tính theo dõi (số liệu lúc ${asOf})`;
const vhxhEmailItem = `mục "Email ${OFFICE}"`;

export const REMINDERS_TEXT = {
  menuTitle: 'Nhắc hạn báo cáo',
  /** The action named in a role refusal ("Chỉ Phòng VHXH … được <action>"). */
  action: {
    enable: 'bật nhắc hạn tự động',
    disable: 'tắt nhắc hạn tự động',
    sendNow: 'gửi nhắc hạn',
  },
  summaryUncertain: (day: string) =>
    `Thư tổng hợp ngày ${day} chưa được xác nhận đã gửi (lần chạy bị dừng giữa chừng); không gửi lại trong ngày đó để tránh trùng.`,

  /** The VHXH office, as the e-mails name it. */
  office: OFFICE,
  /** "Kính gửi:" (the e-mails' first line). */
  dear: 'Kính gửi:',
  sheetLine: (link: string) => `Bảng tính theo dõi: ${link}`,
  sender: (wardName: string) => `${OFFICE} phường ${wardName}`,

  /** Why today is or is not a reminder day (schedule.ts). */
  schedule: {
    next: (day: string | null) => (day ? ` Ngày nhắc tiếp theo: ${day}.` : ' Không còn ngày nhắc nào theo lịch.'),
    dueBefore: (today: string, daysLeft: number, deadline: string) =>
      `Hôm nay (${today}) là ngày nhắc theo lịch: còn ${daysLeft} ngày đến hạn ${deadline}.`,
    dueOnDeadline: (today: string) => `Hôm nay (${today}) là hạn cuối báo cáo: ngày nhắc theo lịch.`,
    dueAfter: (today: string, daysLate: number) =>
      `Hôm nay (${today}) là ngày nhắc theo lịch: đã quá hạn ${daysLate} ngày.`,
    notYet: (today: string, deadline: string, next: string) =>
      `Hôm nay (${today}) chưa đến thời gian nhắc hạn (hạn báo cáo ${deadline}).${next}`,
    notToday: (today: string, next: string) => `Hôm nay (${today}) không phải ngày nhắc theo lịch.${next}`,
  },

  /** The reminder to one unit (email.ts). */
  reminder: {
    subject: (planNumber: string, year: number, deadline: string) =>
      `[Kế hoạch ${planNumber}] Nhắc báo cáo kết quả năm ${year} - hạn ${deadline}`,
    subjectOnDeadline: ' (hôm nay là hạn cuối)',
    subjectLate: (daysLate: number) => ` (đã quá hạn ${daysLate} ngày)`,
    intro: (config: Pick<Config, 'planNumber' | 'planDate' | 'wardName'>) =>
      `Thực hiện Kế hoạch số ${config.planNumber} ngày ${config.planDate} của Ủy ban nhân dân phường ${config.wardName}, ` +
      `định kỳ hằng năm các cơ quan, đơn vị rà soát, báo cáo kết quả thực hiện về Ủy ban nhân dân phường (qua ${OFFICE}).`,
    deadlineBefore: (year: number, deadline: string, daysLeft: number) =>
      `Hạn báo cáo kết quả năm ${year}: hết ngày ${deadline} (còn ${daysLeft} ngày).`,
    deadlineToday: (year: number, deadline: string) =>
      `Hôm nay, ngày ${deadline}, là hạn cuối báo cáo kết quả năm ${year}.`,
    deadlineAfter: (year: number, deadline: string, daysLate: number) =>
      `Hạn báo cáo kết quả năm ${year} là hết ngày ${deadline}; đến nay đơn vị đã quá hạn ${daysLate} ngày.`,
    requestBefore: (deadline: string) => `${request} trước khi hết ngày ${deadline}.`,
    requestToday: `${request} trong ngày hôm nay.`,
    requestAfter: `${request} trong thời gian sớm nhất, để ${OFFICE} kịp tổng hợp, báo cáo Ủy ban nhân dân phường.`,
    appendix: (appendix: string) => `Phụ lục ${appendix}`,
    tt: (tt: string) => `TT ${tt}`,
    row: (row: number) => ` (dòng ${row})`,
    /** The owed items' heading; `count` may come wrapped in HTML. */
    owedIntro: (asOf: string, count: string | number) =>
      `${asOfSheet(asOf)}, đơn vị còn ${count} nội dung chưa báo cáo:`,
    tabHeading: (tab: string) => `Trang "${tab}":`,
    explanation: (text: string) => `Giải trình của đơn vị: ${text}`,
    invalidIntroAfterOwed: `Ngoài ra, các ô sau ${checkNotDone}`,
    invalidIntro: (asOf: string) => `${asOfSheet(asOf)}, các ô sau của đơn vị ${checkNotDone}`,
    /** One invalid entry; `where` is ", Phụ lục I, TT 1" or ''. */
    invalidLine: (tab: string, where: string, row: string, column: string, message: string) =>
      `Trang "${tab}"${where}${row}, cột "${column}": ${message}`,
    typed: (value: string) => `Đã nhập: "${value}"`,
    typedLabel: 'Đã nhập:',
    columns: ['STT', 'Trang', 'Phụ lục, TT', 'Nội dung', 'Còn thiếu', 'Mở bảng tính'],
    issuesRow: (tab: string) => `Dòng của đơn vị tại trang "${tab}"`,
    rowLink: (row: number) => `Dòng ${row}`,
    open: 'Mở',
    openCell: 'Mở ô này',
    contact: (mail: string) =>
      `Nếu đơn vị đã cập nhật sau thời điểm lập thư này, xin bỏ qua thư. Mọi vướng mắc xin trả lời thư này hoặc liên hệ ${OFFICE}${mail ? ` (${mail})` : ''}.`,
    regards: 'Trân trọng./.',
    signature: (wardName: string) => [OFFICE.toUpperCase(), `ỦY BAN NHÂN DÂN PHƯỜNG ${wardName.toUpperCase()}`],
    automatic: (planNumber: string, time: string) =>
      `Thư được gửi tự động từ công cụ theo dõi Kế hoạch số ${planNumber}, lập lúc ${time} (giờ Việt Nam).`,
  },

  /** The summary to the VHXH office after a run (officeSummary.ts). */
  summary: {
    subject: (planNumber: string, year: number, day: string, sent: number, issues: readonly string[]) =>
      `[Kế hoạch ${planNumber}] Tổng hợp nhắc hạn báo cáo năm ${year} ngày ${day}` +
      ` - đã gửi ${sent} thư nhắc${issues.length ? ` (${issues.join(', ')})` : ''}`,
    issueNoAddress: (n: number) => `${n} đơn vị thiếu e-mail`,
    issueDeferred: (n: number) => `${n} hoãn`,
    issueFailed: (n: number) => `${n} lỗi`,
    issueUncertain: (n: number) => `${n} chưa xác nhận`,
    intro: (planNumber: string, planDate: string) =>
      `Kết quả nhắc hạn báo cáo thực hiện Kế hoạch số ${planNumber} ngày ${planDate}:`,
    when: (time: string, mode: string) => `Thời điểm: ${time} (giờ Việt Nam); cách chạy: ${mode}.`,
    modeManual: (user: string) => `gửi ngay theo yêu cầu (${sendNowMenu})${user ? ` của ${user}` : ''}`,
    modeDaily: 'chạy tự động hằng ngày',
    deadline: (year: number, deadline: string, phase: string) =>
      `Hạn báo cáo kết quả năm ${year}: hết ngày ${deadline} (${phase}).`,
    phaseBefore: (daysLeft: number) => `còn ${daysLeft} ngày`,
    phaseDeadline: 'hôm nay là hạn cuối',
    phaseAfter: (daysLate: number) => `đã quá hạn ${daysLate} ngày`,
    counts: (c: RunCounts) =>
      `Lần này: đã gửi ${c.sent} thư nhắc; bỏ qua do thiếu e-mail: ${c.noAddress}; hoãn do hết hạn mức: ${c.deferred}; lỗi: ${c.failed}; chưa xác nhận: ${c.uncertain}; đã nhắc trước đó trong ngày: ${c.alreadySent}.`,
    next: (day: string | null) => `Ngày nhắc tiếp theo theo lịch: ${day ?? 'không còn ngày nhắc theo lịch'}.`,
    unitsHeading: 'Tình hình từng đơn vị:',
    figures: (due: number, done: number, missing: number, invalid: number) =>
      `Phải báo cáo: ${due}; đã nhập: ${done}; còn thiếu: ${missing}; ô sai quy định: ${invalid}.`,
    thisRun: (outcome: string) => `Lần này: ${outcome}`,
    columns: ['STT', 'Đơn vị', 'Phải báo cáo', 'Đã nhập', 'Còn thiếu', 'Ô sai quy định', 'Gửi báo cáo', 'Lần này'],
    submitted: (time: string, timeliness: string) => `Đã gửi báo cáo${at(time)} (${timeliness})`,
    notSubmittedLate: 'Chưa gửi báo cáo - quá hạn',
    notSubmitted: 'Chưa gửi báo cáo (còn hạn)',
    attention: `Cần ${OFFICE} lưu ý:`,
    /** The paragraph on daily runs that did not happen; `days` are "27/11/2026, 28/11/2026". */
    missedBusy: (days: string) =>
      `Nhắc hạn tự động ngày ${days} không chạy được vì một lần gửi khác đang chạy; thư nhắc của ngày đó (nếu đến lịch) được gửi bù ở lần chạy kế tiếp.`,
    missedStopped: (days: string) =>
      `Trình kích hoạt hằng ngày (nhắc hạn) đã không chạy vào ngày ${days}: những ngày đó không có thư nhắc tự động nào. ` +
      `Kiểm tra tài khoản sở hữu trình kích hoạt (menu ${menu(MENU_TEXT.items.menuTriggers)}).`,
    unconfirmed: (unit: string, day: string) =>
      `${unit}: thư nhắc ngày ${day} chưa được xác nhận đã gửi (lần chạy bị dừng giữa chừng).`,
    invalidAddresses: (unit: string, addresses: string) =>
      `${unit}: địa chỉ không hợp lệ trong trang "${TABS.units.name}", đã bỏ qua: ${addresses}.`,
    configProblem: (problem: string) => `${TABS.config.name} - ${problem}`,
    logNote: `Chi tiết từng lần gửi được ghi tại trang "${TABS.log.name}" của bảng tính.`,
    automatic: (planNumber: string) => `Thư được gửi tự động từ công cụ theo dõi Kế hoạch số ${planNumber}.`,
  },

  /** What a run did for a unit, and why (outcome.ts). Times are "" when unknown. */
  outcome: {
    sent: (to: string, time: string) => `Đã gửi thư nhắc tới ${to}${at(time)}.`,
    failed: (error: string, tomorrow: string) =>
      `Gửi thư nhắc bị lỗi${error ? ` (${error})` : ''}; sẽ gửi lại từ ngày ${tomorrow}.`,
    deferred:
      'Hoãn: đã hết hạn mức gửi thư trong ngày của Google; sẽ gửi ở lần chạy tiếp theo (kể cả ngày không theo lịch).',
    submitted: 'Không nhắc: đơn vị đã gửi báo cáo.',
    nothingOwed: 'Không nhắc: đơn vị đã nhập đủ.',
    noAddress: (typed: string, toAccounts: boolean) =>
      `Bỏ qua: không có địa chỉ e-mail hợp lệ ở ${reminderColumn(toAccounts)}${typed ? ` (đang ghi: ${typed})` : ''}. Đề nghị sửa địa chỉ hoặc liên hệ trực tiếp đơn vị.`,
    alreadySent: (time: string) => `Không gửi lại: đã nhắc hôm nay${at(time)}.`,
    failedToday: (tomorrow: string) =>
      `Không gửi lại hôm nay: lần gửi trước trong ngày bị lỗi; sẽ gửi lại từ ngày ${tomorrow}.`,
    uncertain: (time: string, tomorrow: string) =>
      `Không gửi lại hôm nay: lần gửi${at(time)} chưa được xác nhận (lần chạy bị dừng giữa chừng), ` +
      `có thể thư đã đi; sẽ gửi lại từ ngày ${tomorrow}. Có thể kiểm tra thư mục "Đã gửi" của tài khoản gửi.`,
    notDue: (next: string | null) =>
      next
        ? `Chưa nhắc: hôm nay không phải ngày nhắc theo lịch (ngày nhắc tiếp theo: ${next}).`
        : 'Chưa nhắc: hôm nay không phải ngày nhắc theo lịch.',
  },

  /** The reminder rows of Nhật ký (recipients.ts, send.ts). */
  journal: {
    /** "9 nội dung chưa báo cáo, 2 ô sai quy định" */
    counts: (owed: number, invalid: number) => `${owed} nội dung chưa báo cáo, ${invalid} ô sai quy định`,
    invalidItems: (tts: string) => `Ô sai quy định: ${tts}`,
    planned: (why: string, items: string) => `Chuẩn bị gửi thư nhắc (${why}): ${items}`,
    whyManual: 'gửi ngay theo yêu cầu',
    whyScheduled: 'theo lịch',
    whyCatchUp: 'gửi bù',
    noAddress: (items: string, toAccounts: boolean) =>
      `Không gửi được thư nhắc: đơn vị không có địa chỉ e-mail hợp lệ ở ${reminderColumn(toAccounts)}. ${items}`,
    unconfirmed: (day: string, next: string) =>
      `Thư nhắc ngày ${day} chưa được xác nhận đã gửi (lần chạy trước bị dừng giữa chừng). ${next}`,
    resendNow: 'Gửi lại trong lần chạy này (ngày khác).',
    resendFrom: (tomorrow: string) => `Không gửi lại trong cùng ngày để tránh trùng; gửi lại từ ngày ${tomorrow}.`,
    resendNextReminderDay: 'Sẽ gửi lại vào ngày nhắc tiếp theo.',
    noResend: 'Không cần gửi lại.',
    sent: (items: string) => `Đã gửi thư nhắc: ${items}`,
  },

  /** Whether the summary went out (send.ts). */
  summaryNote: {
    busy: 'Không chạy: một lần gửi khác đang chạy.',
    notDue:
      'Không gửi thư tổng hợp: lần chạy này không gửi thêm thư nào và thư tổng hợp hôm nay đã gửi (hoặc hôm nay không phải ngày nhắc).',
    noAddress: `Không gửi được thư tổng hợp: ${vhxhEmailItem} trong trang ${TABS.config.name} trống hoặc không hợp lệ.`,
    noQuota: 'Chưa gửi được thư tổng hợp: đã hết hạn mức gửi thư trong ngày.',
    sent: (to: string) => `Đã gửi thư tổng hợp tới ${to}.`,
    failed: (error: string) => `Gửi thư tổng hợp bị lỗi: ${error}.`,
  },

  /** What a menu user reads after a run, and before "Gửi nhắc hạn ngay" sends (send.ts). */
  run: {
    sent: (count: number, names: string) => `Đã gửi ${count} thư nhắc${count ? `: ${names}` : ''}.`,
    alreadySent: (names: string) => `Đã nhắc trước đó trong ngày (không gửi lại): ${names}.`,
    noAddress: (names: string) => `Bỏ qua vì không có e-mail hợp lệ: ${names}.`,
    deferred: (names: string) => `Hoãn vì hết hạn mức gửi thư trong ngày (sẽ gửi ở lần chạy sau): ${names}.`,
    failed: (names: string) => `Gửi lỗi (sẽ gửi lại từ ngày mai): ${names}.`,
    uncertain: (names: string) => `Chưa xác nhận lần gửi trước (không gửi lại hôm nay, gửi lại từ ngày mai): ${names}.`,
    logError: (error: string) => `Lưu ý: chưa ghi được trang ${TABS.log.name} (${error}).`,
    confirmNobody: 'Không có đơn vị nào cần nhắc lúc này.',
    confirmSend: (count: number, names: string) => `Sẽ gửi thư nhắc tới ${count} đơn vị: ${names}.`,
    confirmAlreadySent: (names: string) => `Đã nhắc hôm nay, không gửi lại: ${names}.`,
    confirmNoAddress: (names: string) => `Không có e-mail hợp lệ, sẽ bỏ qua: ${names}.`,
    confirmWaiting: (names: string) =>
      `Lần gửi trước hôm nay chưa thành công hoặc chưa xác nhận, sẽ gửi lại từ ngày mai: ${names}.`,
    confirmSummary: (to: string) => `Thư tổng hợp gửi tới ${to}.`,
    confirmNoSummary: `Chưa có e-mail hợp lệ của ${OFFICE} trong ${TABS.config.name}: sẽ không có thư tổng hợp.`,
    confirmContinue: 'Tiếp tục gửi?',
    confirmSummaryOnly: 'Vẫn chạy (chỉ gửi thư tổng hợp nếu hôm nay chưa gửi)?',
  },

  /** The lines `npm start` prints about the reminders (offline.ts). */
  offline: {
    day: (day: string, explanation: string) => `Nhắc hạn ngày ${day}: ${explanation}`,
    scheduled: '  Hôm nay trình kích hoạt hằng ngày sẽ gửi các thư dưới đây.',
    notScheduled: `  Các thư dưới đây là thư sẽ gửi nếu Phòng VHXH bấm "${MENU_TEXT.items.menuSendRemindersNow}" hôm nay (trình kích hoạt hằng ngày không gửi hôm nay).`,
    written: (count: number, dir: string) => `  Đã ghi ${count} thư (.eml) vào ${dir}:`,
    summaryFile: (to: string) => `thư tổng hợp gửi ${OFFICE} <${to}>`,
    noSummary: `  Không có thư tổng hợp: ${vhxhEmailItem} trong ${TABS.config.name} trống hoặc không hợp lệ.`,
  },

  /** Turning the daily trigger on and off (trigger.ts, src/gas/reminders). */
  trigger: {
    installed: (user: string) =>
      `Đã bật nhắc hạn tự động: mỗi ngày, trong khoảng ${DAILY_REMINDER_HOUR}:00 - ${DAILY_REMINDER_HOUR + 1}:00 (giờ Việt Nam), công cụ kiểm tra lịch nhắc ` +
      `trong trang ${TABS.config.name} và gửi thư cho các đơn vị còn thiếu nội dung.${user ? ` Thư được gửi từ tài khoản ${user}.` : ''}`,
    alreadyInstalled: (user: string) =>
      `Nhắc hạn tự động đã được bật từ trước${user ? ` (tài khoản ${user})` : ''}; không tạo thêm trình kích hoạt nào.`,
    otherUser: (info: TriggerInfo) =>
      `Lưu ý: tài khoản ${info.by} cũng đã bật nhắc hạn tự động lúc ${formatVietnamDateTime(new Date(info.at))}. ` +
      'Hai trình kích hoạt không làm đơn vị nhận thư hai lần trong một ngày, nhưng nên chỉ để một tài khoản (của Phòng VHXH) bật.',
    limit: `Không bật được nhắc hạn tự động: tài khoản đã có tối đa ${TRIGGER_LIMIT} trình kích hoạt cho bảng tính này. Xin xóa bớt trình kích hoạt không dùng (Tiện ích mở rộng > Apps Script > Trình kích hoạt) rồi thử lại.`,
    removed: (n: number) =>
      n > 0
        ? `Đã tắt nhắc hạn tự động. Vẫn có thể gửi nhắc bằng menu "${MENU_TEXT.items.menuSendRemindersNow}".`
        : 'Nhắc hạn tự động chưa được bật bằng tài khoản này; không có gì để tắt.',
    removedOtherUser: (info: TriggerInfo) =>
      `Nhắc hạn tự động đang được bật bởi tài khoản ${info.by} (lúc ${formatVietnamDateTime(new Date(info.at))}). ` +
      'Trình kích hoạt thuộc về tài khoản đó: người đó cần đăng nhập và chọn "Tắt nhắc hạn tự động".',
  },
} as const;
