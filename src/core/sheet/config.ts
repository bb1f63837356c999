import { type CalendarDate, formatDate, parseVietnameseDate } from '../dates';
import { PLAN } from '../plan/catalog';
import { cleanText, matchKey } from '../text';
import { SHEET_TEXT } from './messages';

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
  /** The letter(s) the report answers ("Công văn số 4157/SKHCN-CNTT ngày 19/11/2026 của Sở ..."), one per line. */
  requestLetters: string[];
  /** Legal bases cited before them ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị ..."), one per line. */
  legalBases: string[];
  /** Add the internal annex (who reported when, how counts are made) to the report. Off by default. */
  internalAnnex: boolean;
  /** The published template this sheet was copied from: its Hướng dẫn shows the newest version. */
  templateUrl: string;
  /** Where units type: 'sheet' (editors of their rows) or 'page' (viewers; the entry page only: the hardened mode). */
  entryMode: EntryMode;
  /** The deployed web app's /exec address, for the units' entry links ('' until the office pastes it). */
  entryPageUrl: string;
}

export type EntryMode = 'sheet' | 'page';

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
    ...SHEET_TEXT.config.items.wardName,
    defaultText: () => PLAN.ward,
  },
  {
    key: 'reportingYear',
    ...SHEET_TEXT.config.items.reportingYear,
    defaultText: (y) => String(y),
  },
  {
    key: 'deadline',
    ...SHEET_TEXT.config.items.deadline,
    defaultText: (y) => `30/11/${y}`,
  },
  {
    key: 'vhxhEmail',
    ...SHEET_TEXT.config.items.vhxhEmail,
    defaultText: () => '',
  },
  {
    key: 'senderName',
    ...SHEET_TEXT.config.items.senderName,
    defaultText: () => SHEET_TEXT.config.defaultSender(PLAN.ward),
  },
  {
    key: 'reportNumber',
    ...SHEET_TEXT.config.items.reportNumber,
    defaultText: () => '',
  },
  {
    key: 'signerAuthority',
    ...SHEET_TEXT.config.items.signerAuthority,
    defaultText: () => SHEET_TEXT.config.defaultSignerAuthority,
  },
  {
    key: 'signerTitle',
    ...SHEET_TEXT.config.items.signerTitle,
    defaultText: () => SHEET_TEXT.config.defaultSignerTitle,
  },
  { key: 'signerName', ...SHEET_TEXT.config.items.signerName, defaultText: () => '' },
  {
    key: 'recipients',
    ...SHEET_TEXT.config.items.recipients,
    defaultText: () => SHEET_TEXT.config.defaultRecipients.join('\n'),
  },
  {
    key: 'reminderDaysBefore',
    ...SHEET_TEXT.config.items.reminderDaysBefore,
    defaultText: () => '14; 7; 3; 1; 0',
  },
  {
    key: 'reminderEveryDaysAfter',
    ...SHEET_TEXT.config.items.reminderEveryDaysAfter,
    defaultText: () => '3',
  },
  {
    key: 'acceptLateEntries',
    ...SHEET_TEXT.config.items.acceptLateEntries,
    defaultText: () => SHEET_TEXT.config.yes,
  },
  {
    key: 'reportFolderId',
    ...SHEET_TEXT.config.items.reportFolderId,
    defaultText: () => '',
  },
  { key: 'planNumber', ...SHEET_TEXT.config.items.planNumber, defaultText: () => PLAN.number },
  { key: 'planDate', ...SHEET_TEXT.config.items.planDate, defaultText: () => PLAN.date },
  { key: 'requestLetters', ...SHEET_TEXT.config.items.requestLetters, defaultText: () => '' },
  { key: 'legalBases', ...SHEET_TEXT.config.items.legalBases, defaultText: () => '' },
  { key: 'internalAnnex', ...SHEET_TEXT.config.items.internalAnnex, defaultText: () => SHEET_TEXT.config.no },
  { key: 'templateUrl', ...SHEET_TEXT.config.items.templateUrl, defaultText: () => '' },
  { key: 'entryMode', ...SHEET_TEXT.config.items.entryMode, defaultText: () => SHEET_TEXT.config.entryModes.sheet },
  { key: 'entryPageUrl', ...SHEET_TEXT.config.items.entryPageUrl, defaultText: () => '' },
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
      message: SHEET_TEXT.config.badYear(text('reportingYear', fallbackYear), fallbackYear),
    });
    year = fallbackYear;
  }
  const deadlineText = text('deadline', year) || `30/11/${year}`;
  let deadline = parseVietnameseDate(deadlineText);
  if (!deadline) {
    problems.push({
      label: item('deadline').label,
      message: SHEET_TEXT.config.badDeadline(deadlineText, year),
    });
    deadline = { year, month: 11, day: 30 };
  }
  const days = splitList(text('reminderDaysBefore', year), /[;,\s]+/).map(Number);
  const reminderDaysBefore = days.filter((d) => Number.isInteger(d) && d >= 0);
  if (reminderDaysBefore.length !== days.length) {
    problems.push({
      label: item('reminderDaysBefore').label,
      message: SHEET_TEXT.config.badReminderDays,
    });
  }
  let every = Number(text('reminderEveryDaysAfter', year) || '0');
  if (!Number.isInteger(every) || every < 0) {
    problems.push({
      label: item('reminderEveryDaysAfter').label,
      message: SHEET_TEXT.config.badEveryDays,
    });
    every = 3;
  }
  const accept = matchKey(text('acceptLateEntries', year));
  const lines = (key: keyof Config) =>
    String(byLabel.get(matchKey(item(key).label)) ?? item(key).defaultText(year))
      .split(/\n+/)
      .map((s) => cleanText(s).replace(/^[-–•]\s*/, ''))
      .filter(Boolean);
  const internal = matchKey(text('internalAnnex', year));
  const modeText = text('entryMode', year);
  const entryMode: EntryMode = matchKey(modeText) === matchKey(SHEET_TEXT.config.entryModes.page) ? 'page' : 'sheet';
  if (modeText && entryMode === 'sheet' && matchKey(modeText) !== matchKey(SHEET_TEXT.config.entryModes.sheet))
    problems.push({ label: item('entryMode').label, message: SHEET_TEXT.config.badEntryMode(modeText) });
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
      requestLetters: lines('requestLetters'),
      legalBases: lines('legalBases'),
      internalAnnex: internal === 'co' || internal === 'yes' || internal === 'true',
      templateUrl: text('templateUrl', year),
      entryMode,
      entryPageUrl: text('entryPageUrl', year),
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
    if (key === 'acceptLateEntries') return config.acceptLateEntries ? SHEET_TEXT.config.yes : SHEET_TEXT.config.no;
    if (key === 'reminderDaysBefore') return config.reminderDaysBefore.join('; ');
    if (key === 'recipients' || key === 'requestLetters' || key === 'legalBases')
      return (config[key] as string[]).join('\n');
    if (key === 'internalAnnex') return config.internalAnnex ? SHEET_TEXT.config.yes : SHEET_TEXT.config.no;
    if (key === 'entryMode') return SHEET_TEXT.config.entryModes[config.entryMode];
    return String(value);
  };
  return CONFIG_ITEMS.map((item) => [item.label, show(item.key), item.help]);
}
