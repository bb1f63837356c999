/**
 * The Lịch sử tab: every year's figures, kept in the sheet, one row per value. A year's rows are appended when
 * the year is closed and never rewritten; a value archived twice for the same year and row (a resumed close
 * after someone corrected a cell) is read as the last one appended.
 *
 * One row per value, not one row per sheet row: every input column of every tab, the computed verdicts, each
 * unit's submission and approval and the year's settings fit the same nine columns, and a column added to the
 * sheet later needs no change here. A person filters on Năm and Mục to read one year's results.
 */
import { formatVietnamDateTime, parseInstant } from '../dates';
import { formatVietnameseNumber } from '../judging/numbers';
import { TABS, type TabKey } from '../sheet/schema';
import { ColumnMap, rowInSchemaOrder, type TableData } from '../sheet/table';
import { cleanText, matchKey } from '../text';
import { HISTORY_TEXT } from './messages';

/** The tabs whose values the history keeps; 'config' holds the year's settings. */
export type HistoryTab = Extract<TabKey, 'indicators' | 'tasks' | 'issues' | 'units' | 'config'>;
export const HISTORY_TABS: readonly HistoryTab[] = ['indicators', 'tasks', 'issues', 'units', 'config'];

/** Facts kept for a unit (its submission) or for the year (its settings), beside the tabs' own columns. */
export type HistoryFact = keyof typeof HISTORY_TEXT.items;

export interface HistoryEntry {
  year: number;
  tab: HistoryTab;
  /** The sheet row's key ("PL1-1.1@TTHCC"), the unit id for Đơn vị and Khó khăn rows, the setting's key for config. */
  rowKey: string;
  unitId: string;
  tt: string;
  name: string;
  /** A column key of the tab ("result", "verdict"), or a HistoryFact ("state", "deadline"). */
  item: string;
  /** The value as the sheet showed it, as text (numbers the Vietnamese way, times dd/mm/yyyy hh:mm in Việt Nam). */
  value: string;
  /** When it was archived; null when the cell could not be read as a time. */
  archivedAt: Date | null;
}

/** A cell value as history text: what a person saw, so it reads back identically from a plain-text cell. */
export function historyValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatVietnamDateTime(value);
  if (typeof value === 'number') return formatVietnameseNumber(value, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * A text starting with "=" would become a formula when written; the leading apostrophe keeps it text (Sheets
 * hides the apostrophe and returns the text without it; the fake returns it, so reading strips it either way).
 */
export function encodeCell(value: string): string {
  return value.startsWith('=') ? `'${value}` : value;
}
export function decodeCell(value: unknown): string {
  const text = historyValue(value);
  return text.startsWith("'=") ? text.slice(1) : text;
}

/** The label a person reads in the Mục column. */
export function itemLabel(tab: HistoryTab, item: string): string {
  const column = tab === 'config' ? undefined : TABS[tab].columns.find((c) => c.key === item);
  if (column) return column.header;
  return (HISTORY_TEXT.items as Record<string, string>)[item] ?? item;
}

function itemOf(tab: HistoryTab, label: unknown): string {
  const key = matchKey(label);
  if (tab !== 'config') {
    const column = TABS[tab].columns.find((c) => matchKey(c.header) === key);
    if (column) return column.key;
  }
  const fact = Object.entries(HISTORY_TEXT.items).find(([, text]) => matchKey(text) === key);
  return fact ? fact[0] : cleanText(label);
}

function tabName(tab: HistoryTab): string {
  return tab === 'config' ? HISTORY_TEXT.configTab : TABS[tab].name;
}

function tabOf(name: unknown): HistoryTab | null {
  const key = matchKey(name);
  return HISTORY_TABS.find((t) => matchKey(tabName(t)) === key) ?? null;
}

/** The Lịch sử row of an entry, in schema order (every cell text; the value encoded against formulas). */
export function historyRow(entry: HistoryEntry): string[] {
  return rowInSchemaOrder('history', {
    year: String(entry.year),
    tab: tabName(entry.tab),
    rowKey: entry.rowKey,
    unitId: entry.unitId,
    tt: entry.tt,
    name: entry.name,
    item: itemLabel(entry.tab, entry.item),
    value: encodeCell(entry.value),
    archivedAt: entry.archivedAt ? formatVietnamDateTime(entry.archivedAt) : '',
  }).map((v) => String(v));
}

/** The entries of the Lịch sử tab, in the order they were appended; rows that are not history rows are skipped. */
export function readHistory(table: TableData): HistoryEntry[] {
  const map = new ColumnMap('history', table.header);
  if (!map.has('year') || !map.has('value')) return [];
  const entries: HistoryEntry[] = [];
  for (const row of table.rows) {
    const r = map.read(row);
    const year = Number(cleanText(r.year));
    const tab = tabOf(r.tab);
    if (!Number.isInteger(year) || !tab) continue;
    entries.push({
      year,
      tab,
      rowKey: cleanText(r.rowKey),
      unitId: cleanText(r.unitId),
      tt: historyValue(r.tt),
      name: historyValue(r.name),
      item: itemOf(tab, r.item),
      value: decodeCell(r.value),
      archivedAt: parseInstant(r.archivedAt),
    });
  }
  return entries;
}

const slot = (e: Pick<HistoryEntry, 'year' | 'tab' | 'rowKey' | 'item'>) => `${e.year}|${e.tab}|${e.rowKey}|${e.item}`;

/**
 * The history read once, answering the questions the sheet, the verdicts and the report ask. The last value
 * appended for a (year, tab, row, item) is the one that counts.
 */
export class HistoryIndex {
  private readonly latest = new Map<string, HistoryEntry>();
  /** Each indicator row's non-empty results by year, built on the first question (assess asks once a row). */
  private results: Map<string, Map<number, string>> | null = null;

  constructor(readonly entries: readonly HistoryEntry[]) {
    for (const e of entries) this.latest.set(slot(e), e);
  }

  /** The value kept for a row's item in a year ('' when none). */
  value(year: number, tab: HistoryTab, rowKey: string, item: string): string {
    return this.latest.get(slot({ year, tab, rowKey, item }))?.value ?? '';
  }

  /** Years that have anything archived, in order. */
  years(): number[] {
    return [...new Set(this.entries.map((e) => e.year))].sort((a, b) => a - b);
  }

  /** An indicator's recorded results, one per year with a non-empty result, oldest first. */
  resultSeries(rowKey: string): { year: number; value: string }[] {
    if (!this.results) {
      this.results = new Map();
      for (const e of this.latest.values()) {
        if (e.tab !== 'indicators' || e.item !== 'result' || !cleanText(e.value)) continue;
        const byYear = this.results.get(e.rowKey) ?? new Map<number, string>();
        this.results.set(e.rowKey, byYear.set(e.year, e.value));
      }
    }
    const byYear = this.results.get(rowKey);
    if (!byYear) return [];
    return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
  }

  /** The latest recorded result of an indicator row before `year`, with its year; null when none. */
  previousResult(rowKey: string, year: number): { year: number; value: string } | null {
    const earlier = this.resultSeries(rowKey).filter((r) => r.year < year);
    return earlier.length ? earlier[earlier.length - 1] : null;
  }

  /** Entries of `expected` the history lacks or holds with another value (the read-back check of a close). */
  missing(expected: readonly HistoryEntry[]): HistoryEntry[] {
    return expected.filter((e) => this.latest.get(slot(e))?.value !== e.value);
  }
}

/**
 * The latest recorded result of an indicator row before `year` ("82,54%" in 2025 for a 2026 report), or null.
 * For many rows, build one HistoryIndex and ask it.
 */
export function previousResult(
  history: readonly HistoryEntry[] | HistoryIndex,
  rowKey: string,
  year: number,
): { year: number; value: string } | null {
  return (history instanceof HistoryIndex ? history : new HistoryIndex(history)).previousResult(rowKey, year);
}

/** A recorded result with its year ("Kết quả năm trước" shows it; the verdicts take it as a baseline). */
export interface RecordedResult {
  year: number;
  value: string;
}

/**
 * The "Kết quả năm trước" cell for a reporting year: last year's result as recorded ("82,54%"), or an older one with
 * its year ("82,54% (năm 2025)") when last year has none, so the cell never passes an older figure off as last year's.
 */
export function previousResultCell(previous: RecordedResult | null, year: number): string {
  if (!previous) return '';
  return previous.year === year - 1 ? previous.value : HISTORY_TEXT.resultOfYear(previous.value, previous.year);
}

/**
 * A "Kết quả năm trước" cell read back as a recorded result: "82,54%" is last year's (year - 1), "82,54% (năm 2025)"
 * the year's it names; null when empty. What a single-cell edit judges with when it does not read Lịch sử.
 */
export function readPreviousResultCell(cell: unknown, year: number): RecordedResult | null {
  const text = cleanText(historyValue(cell));
  if (!text) return null;
  const m = HISTORY_TEXT.resultOfYearPattern.exec(text);
  const named = m ? Number(m[2]) : null;
  if (m && named !== null && named < year) return { year: named, value: m[1] };
  return { year: year - 1, value: text };
}
