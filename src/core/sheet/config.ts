import { type CalendarDate, formatDate, parseVietnameseDate } from '../dates';
import { PLAN } from '../plan/catalog';
import { cleanText, matchKey } from '../text';

/** Settings the VHXH office keeps in the Cấu hình tab, one per row: label | value | help. */
export interface Config {
  wardName: string;
  reportingYear: number;
  /** Inclusive: an entry made at 23:59 on this day (Asia/Ho_Chi_Minh) is on time. */
  deadline: CalendarDate;
  vhxhEmail: string;
  senderName: string;
  reportNumber: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
  reminderDaysBefore: number[];
  reminderEveryDaysAfter: number;
  acceptLateEntries: boolean;
  reportFolderId: string;
  planNumber: string;
  planDate: string;
}

export interface ConfigItem {
  key: keyof Config;
  label: string;
  help: string;
  /** The default as the sheet shows it, for a reporting year. */
  defaultText: (year: number) => string;
}

export const CONFIG_ITEMS: readonly ConfigItem[] = [
  {
    key: 'wardName',
    label: 'Tên phường',
    help: 'Ví dụ: Hải Dương (không ghi chữ "phường").',
    defaultText: () => PLAN.ward,
  },
  {
    key: 'reportingYear',
    label: 'Năm báo cáo',
    help: 'Năm đang tổng hợp kết quả, ví dụ 2026.',
    defaultText: (y) => String(y),
  },
  {
    key: 'deadline',
    label: 'Hạn báo cáo',
    help: 'Mặc định 30/11 của năm báo cáo (tính cả ngày này, giờ Việt Nam). Ghi dạng ngày/tháng/năm.',
    defaultText: (y) => `30/11/${y}`,
  },
  {
    key: 'vhxhEmail',
    label: 'Email Phòng Văn hóa - Xã hội',
    help: 'Nhận thư tổng hợp mỗi lần nhắc hạn; là địa chỉ trả lời của thư nhắc.',
    defaultText: () => '',
  },
  {
    key: 'senderName',
    label: 'Tên người gửi thư',
    help: 'Tên hiển thị trên thư nhắc hạn.',
    defaultText: () => `Phòng Văn hóa - Xã hội phường ${PLAN.ward}`,
  },
  {
    key: 'reportNumber',
    label: 'Số báo cáo',
    help: 'Ví dụ: 125 (để trống nếu chưa có số; báo cáo sẽ ghi "Số: …/BC-UBND").',
    defaultText: () => '',
  },
  {
    key: 'signerAuthority',
    label: 'Thẩm quyền ký',
    help: 'Ví dụ: KT. CHỦ TỊCH (để trống nếu Chủ tịch ký).',
    defaultText: () => 'KT. CHỦ TỊCH',
  },
  { key: 'signerTitle', label: 'Chức vụ người ký', help: 'Ví dụ: PHÓ CHỦ TỊCH.', defaultText: () => 'PHÓ CHỦ TỊCH' },
  { key: 'signerName', label: 'Họ tên người ký', help: 'In dưới chữ ký của báo cáo.', defaultText: () => '' },
  {
    key: 'recipients',
    label: 'Nơi nhận',
    help: 'Mỗi nơi nhận một dòng (xuống dòng trong ô: Ctrl+Enter).',
    defaultText: () =>
      [
        'UBND thành phố (để b/c);',
        'TT Đảng ủy phường (để b/c);',
        'TT HĐND phường;',
        'Chủ tịch, các PCT UBND phường;',
        'Các phòng, ban, đơn vị thuộc phường;',
        'Lưu: VT, VHXH.',
      ].join('\n'),
  },
  {
    key: 'reminderDaysBefore',
    label: 'Nhắc trước hạn (số ngày)',
    help: 'Các ngày gửi thư nhắc trước hạn, cách nhau bởi dấu ;. Số 0 là đúng ngày hết hạn.',
    defaultText: () => '14; 7; 3; 1; 0',
  },
  {
    key: 'reminderEveryDaysAfter',
    label: 'Nhắc lại sau hạn mỗi (số ngày)',
    help: 'Sau hạn, cứ bao nhiêu ngày nhắc lại một lần, cho đến khi tắt nhắc hạn tự động. 0 = không nhắc sau hạn.',
    defaultText: () => '3',
  },
  {
    key: 'acceptLateEntries',
    label: 'Nhận số liệu sau hạn',
    help: 'Có: đơn vị vẫn nhập được sau hạn (được đánh dấu là nộp muộn). Không: sau hạn chỉ Phòng VHXH sửa được.',
    defaultText: () => 'Có',
  },
  {
    key: 'reportFolderId',
    label: 'Thư mục lưu báo cáo (ID Google Drive)',
    help: 'Để trống: lưu cùng thư mục với bảng tính.',
    defaultText: () => '',
  },
  { key: 'planNumber', label: 'Số kế hoạch', help: 'Kế hoạch được theo dõi.', defaultText: () => PLAN.number },
  { key: 'planDate', label: 'Ngày ban hành kế hoạch', help: 'Ngày/tháng/năm.', defaultText: () => PLAN.date },
];

export interface ConfigProblem {
  label: string;
  message: string;
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((s) => cleanText(s))
    .filter(Boolean);
}

/** Default configuration for a reporting year (what setup writes). */
export function defaultConfigRows(year: number): string[][] {
  return CONFIG_ITEMS.map((item) => [item.label, item.defaultText(year), item.help]);
}

/**
 * Reads the Cấu hình tab (label → value rows). Values that cannot be read fall back to their default
 * and are reported, so a typo in the deadline never stops the reminders silently.
 */
export function readConfig(
  rows: readonly (readonly unknown[])[],
  fallbackYear: number,
): { config: Config; problems: ConfigProblem[] } {
  const byLabel = new Map<string, unknown>();
  for (const row of rows) {
    const label = matchKey(row[0]);
    if (label) byLabel.set(label, row[1]);
  }
  const problems: ConfigProblem[] = [];
  const raw = (item: ConfigItem): string => {
    const value = byLabel.get(matchKey(item.label));
    if (value instanceof Date)
      return formatDate({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
    return cleanText(value);
  };
  const item = (key: keyof Config) => CONFIG_ITEMS.find((i) => i.key === key)!;
  const text = (key: keyof Config, year: number) => {
    const it = item(key);
    const v = byLabel.has(matchKey(it.label)) ? raw(it) : it.defaultText(year);
    return v;
  };

  let year = Number(text('reportingYear', fallbackYear));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    problems.push({
      label: item('reportingYear').label,
      message: `Năm báo cáo không hợp lệ: "${text('reportingYear', fallbackYear)}"; tạm dùng ${fallbackYear}.`,
    });
    year = fallbackYear;
  }
  const deadlineText = text('deadline', year) || `30/11/${year}`;
  let deadline = parseVietnameseDate(deadlineText);
  if (!deadline) {
    problems.push({
      label: item('deadline').label,
      message: `Không đọc được hạn báo cáo "${deadlineText}"; tạm dùng 30/11/${year}.`,
    });
    deadline = { year, month: 11, day: 30 };
  }
  const days = splitList(text('reminderDaysBefore', year), /[;,\s]+/).map(Number);
  const reminderDaysBefore = days.filter((d) => Number.isInteger(d) && d >= 0);
  if (reminderDaysBefore.length !== days.length) {
    problems.push({
      label: item('reminderDaysBefore').label,
      message: 'Có giá trị không phải số ngày; các giá trị đó bị bỏ qua.',
    });
  }
  let every = Number(text('reminderEveryDaysAfter', year) || '0');
  if (!Number.isInteger(every) || every < 0) {
    problems.push({
      label: item('reminderEveryDaysAfter').label,
      message: 'Phải là số ngày (0, 1, 2, ...); tạm dùng 3.',
    });
    every = 3;
  }
  const accept = matchKey(text('acceptLateEntries', year));
  return {
    config: {
      wardName: text('wardName', year) || PLAN.ward,
      reportingYear: year,
      deadline,
      vhxhEmail: text('vhxhEmail', year),
      senderName: text('senderName', year),
      reportNumber: text('reportNumber', year),
      signerAuthority: text('signerAuthority', year),
      signerTitle: text('signerTitle', year),
      signerName: text('signerName', year),
      recipients: String(byLabel.get(matchKey(item('recipients').label)) ?? item('recipients').defaultText(year))
        .split(/\n+/)
        .map((s) => cleanText(s).replace(/^[-–•]\s*/, ''))
        .filter(Boolean),
      reminderDaysBefore: [...new Set(reminderDaysBefore)].sort((a, b) => b - a),
      reminderEveryDaysAfter: every,
      acceptLateEntries: !(accept === 'khong' || accept === 'no' || accept === 'false'),
      reportFolderId: text('reportFolderId', year),
      planNumber: text('planNumber', year) || PLAN.number,
      planDate: text('planDate', year) || PLAN.date,
    },
    problems,
  };
}

export function defaultConfig(year: number): Config {
  return readConfig(defaultConfigRows(year), year).config;
}

/** The Cấu hình rows (label | value | help) for a configuration, as setup writes them. */
export function configRows(config: Config): string[][] {
  const show = (key: keyof Config): string => {
    const value = config[key];
    if (key === 'deadline') return formatDate(config.deadline);
    if (key === 'acceptLateEntries') return config.acceptLateEntries ? 'Có' : 'Không';
    if (key === 'reminderDaysBefore') return config.reminderDaysBefore.join('; ');
    if (key === 'recipients') return config.recipients.join('\n');
    return String(value);
  };
  return CONFIG_ITEMS.map((item) => [item.label, show(item.key), item.help]);
}
