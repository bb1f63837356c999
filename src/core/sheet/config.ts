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
  /** What the plan is about ("Thực hiện Nghị quyết số 57-NQ/TW …"): the opening's "về việc …"; '' to leave it out. */
  planTitle: string;
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
  /**
   * The indicators Tổng hợp charts across the years, as typed: row keys ("PL2-26@CA"), catalog ids ("PL2-26") or TT
   * ("26"); matched against the indicator rows where the overview is built (overview/trend.ts). [] = the tool picks.
   */
  trendIndicators: string[];
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
  // The sample plan's title, in a sheet of the sample plan only (see readConfig).
  { key: 'planTitle', ...SHEET_TEXT.config.items.planTitle, defaultText: () => PLAN.title },
  { key: 'requestLetters', ...SHEET_TEXT.config.items.requestLetters, defaultText: () => '' },
  { key: 'legalBases', ...SHEET_TEXT.config.items.legalBases, defaultText: () => '' },
  { key: 'internalAnnex', ...SHEET_TEXT.config.items.internalAnnex, defaultText: () => SHEET_TEXT.config.no },
  { key: 'templateUrl', ...SHEET_TEXT.config.items.templateUrl, defaultText: () => '' },
  { key: 'entryMode', ...SHEET_TEXT.config.items.entryMode, defaultText: () => SHEET_TEXT.config.entryModes.sheet },
  { key: 'entryPageUrl', ...SHEET_TEXT.config.items.entryPageUrl, defaultText: () => '' },
  { key: 'trendIndicators', ...SHEET_TEXT.config.items.trendIndicators, defaultText: () => '' },
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

/** The Cấu hình rows by label (matched ignoring case, diacritics and spacing), read as text. */
class ConfigCells {
  private readonly byLabel = new Map<string, unknown>();

  constructor(rows: readonly (readonly unknown[])[]) {
    for (const row of rows) {
      const label = matchKey(row[0]);
      if (label) this.byLabel.set(label, row[1]);
    }
  }

  static item(key: keyof Config): ConfigItem {
    return CONFIG_ITEMS.find((i) => i.key === key)!;
  }

  /** Whether Cấu hình has the item's row (a sheet made before the item existed has not). */
  has(key: keyof Config): boolean {
    return this.byLabel.has(matchKey(ConfigCells.item(key).label));
  }

  /** The cell as text (a date cell as dd/mm/yyyy); the default when the sheet has no such row. */
  text(key: keyof Config, year: number): string {
    const it = ConfigCells.item(key);
    if (!this.byLabel.has(matchKey(it.label))) return it.defaultText(year);
    const value = this.byLabel.get(matchKey(it.label));
    if (value instanceof Date)
      return formatDate({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
    return cleanText(value);
  }

  /** A cell of one item a line ("- " or "• " in front dropped): recipients, letters, legal bases. */
  lines(key: keyof Config, year: number): string[] {
    const it = ConfigCells.item(key);
    return String(this.byLabel.get(matchKey(it.label)) ?? it.defaultText(year))
      .split(/\n+/)
      .map((s) => cleanText(s).replace(/^[-–•]\s*/, ''))
      .filter(Boolean);
  }
}

const problemOf = (key: keyof Config, message: string): ConfigProblem => ({
  label: ConfigCells.item(key).label,
  message,
});

function readYear(cells: ConfigCells, fallbackYear: number, problems: ConfigProblem[]): number {
  const year = Number(cells.text('reportingYear', fallbackYear));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) return year;
  problems.push(
    problemOf('reportingYear', SHEET_TEXT.config.badYear(cells.text('reportingYear', fallbackYear), fallbackYear)),
  );
  return fallbackYear;
}

function readDeadline(cells: ConfigCells, year: number, problems: ConfigProblem[]): CalendarDate {
  const deadlineText = cells.text('deadline', year) || `30/11/${year}`;
  const deadline = parseVietnameseDate(deadlineText);
  if (deadline) return deadline;
  problems.push(problemOf('deadline', SHEET_TEXT.config.badDeadline(deadlineText, year)));
  return { year, month: 11, day: 30 };
}

/** The reminder days before the deadline, latest first, each once; anything not a whole number ≥ 0 is reported. */
function readReminderDays(cells: ConfigCells, year: number, problems: ConfigProblem[]): number[] {
  const days = splitList(cells.text('reminderDaysBefore', year), /[;,\s]+/).map(Number);
  const valid = days.filter((d) => Number.isInteger(d) && d >= 0);
  if (valid.length !== days.length) problems.push(problemOf('reminderDaysBefore', SHEET_TEXT.config.badReminderDays));
  return [...new Set(valid)].sort((a, b) => b - a);
}

function readEveryDays(cells: ConfigCells, year: number, problems: ConfigProblem[]): number {
  const every = Number(cells.text('reminderEveryDaysAfter', year) || '0');
  if (Number.isInteger(every) && every >= 0) return every;
  problems.push(problemOf('reminderEveryDaysAfter', SHEET_TEXT.config.badEveryDays));
  return 3;
}

function readEntryMode(cells: ConfigCells, year: number, problems: ConfigProblem[]): EntryMode {
  const modeText = cells.text('entryMode', year);
  const entryMode: EntryMode = matchKey(modeText) === matchKey(SHEET_TEXT.config.entryModes.page) ? 'page' : 'sheet';
  if (modeText && entryMode === 'sheet' && matchKey(modeText) !== matchKey(SHEET_TEXT.config.entryModes.sheet))
    problems.push(problemOf('entryMode', SHEET_TEXT.config.badEntryMode(modeText)));
  return entryMode;
}

/** Yes/no cells: "Không" (or no, false) is no for late entries; "Có" (or yes, true) is yes for the annex. */
const isNo = (text: string) => ['khong', 'no', 'false'].includes(matchKey(text));
const isYes = (text: string) => ['co', 'yes', 'true'].includes(matchKey(text));

/**
 * Reads the Cấu hình tab (label → value rows). Values that cannot be read fall back to their default
 * and are reported, so a typo in the deadline never stops the reminders silently.
 */
export function readConfig(
  rows: readonly (readonly unknown[])[],
  fallbackYear: number,
): { config: Config; problems: ConfigProblem[] } {
  const cells = new ConfigCells(rows);
  const problems: ConfigProblem[] = [];
  const year = readYear(cells, fallbackYear, problems);
  const deadline = readDeadline(cells, year, problems);
  const reminderDaysBefore = readReminderDays(cells, year, problems);
  const reminderEveryDaysAfter = readEveryDays(cells, year, problems);
  const entryMode = readEntryMode(cells, year, problems);
  const text = (key: keyof Config) => cells.text(key, year);
  return {
    config: {
      wardName: text('wardName') || PLAN.ward,
      reportingYear: year,
      deadline,
      vhxhEmail: text('vhxhEmail'),
      senderName: text('senderName'),
      reportNumber: text('reportNumber'),
      signerAuthority: text('signerAuthority'),
      signerTitle: text('signerTitle'),
      signerName: text('signerName'),
      recipients: cells.lines('recipients', year),
      reminderDaysBefore,
      reminderEveryDaysAfter,
      acceptLateEntries: !isNo(text('acceptLateEntries')),
      reportFolderId: text('reportFolderId'),
      planNumber: text('planNumber') || PLAN.number,
      planDate: text('planDate') || PLAN.date,
      planTitle: planTitleOf(cells.has('planTitle') ? text('planTitle') : null, {
        planNumber: text('planNumber') || PLAN.number,
        wardName: text('wardName') || PLAN.ward,
      }),
      requestLetters: cells.lines('requestLetters', year),
      legalBases: cells.lines('legalBases', year),
      internalAnnex: isYes(text('internalAnnex')),
      templateUrl: text('templateUrl'),
      entryMode,
      entryPageUrl: text('entryPageUrl'),
      // "PL2-26; PL2-5@VHXH" (a line break or a comma read as ";" too: a row key never holds one).
      trendIndicators: splitList(text('trendIndicators'), /[;,\n]+/),
    },
    problems,
  };
}

/**
 * The plan's title as Cấu hình gives it; a sheet without the row (made before it existed) gets the sample plan's
 * title only when it tracks the sample plan, never another ward's.
 */
function planTitleOf(typed: string | null, plan: { planNumber: string; wardName: string }): string {
  if (typed !== null) return typed;
  return cleanText(plan.planNumber) === PLAN.number && cleanText(plan.wardName) === PLAN.ward ? PLAN.title : '';
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
    if (key === 'trendIndicators') return config.trendIndicators.join('; ');
    if (key === 'internalAnnex') return config.internalAnnex ? SHEET_TEXT.config.yes : SHEET_TEXT.config.no;
    if (key === 'entryMode') return SHEET_TEXT.config.entryModes[config.entryMode];
    return String(value);
  };
  return CONFIG_ITEMS.map((item) => [item.label, show(item.key), item.help]);
}
