/**
 * "Bắt đầu năm báo cáo mới": close year N, open year N+1. The plan is pure (what to archive, what to clear, what
 * to write in Cấu hình); the Apps Script side runs it step by step and records each finished step in a journal
 * (script properties), so a run that dies half-way is resumed from where it stopped and a second click does
 * nothing twice.
 *
 *   archive      every typed cell, verdict, submission and approval of year N appended to Lịch sử, read back
 *   clear        (only after the read-back matched) the input, judgement and computed cells emptied;
 *                "Kết quả năm trước" filled from Lịch sử
 *   settings     Cấu hình: Năm báo cáo N+1, Hạn báo cáo 30/11/N+1; the data year becomes N+1
 *   submissions  the Đơn vị copy and the editing locks follow year N+1's (empty) records; old snapshots dropped
 *   refresh      verdicts recomputed for N+1, Hướng dẫn rewritten, one Nhật ký line; the journal removed
 *
 * This is the only time the tool writes into input cells.
 */
import { type CalendarDate, compareDates, formatDate } from '../dates';
import { YEAR_COMPUTED, yearColumns } from '../history/archive';
import { type HistoryIndex, previousResultCell } from '../history/history';
import { CONFIG_ITEMS, type Config } from '../sheet/config';
import { columnRuns } from '../sheet/protections';
import { TABS } from '../sheet/schema';
import { ColumnMap, type TableData } from '../sheet/table';
import { isSnapshotKey, snapshotKey } from '../submission/store';
import { cleanText, matchKey } from '../text';
import { NEW_YEAR_TEXT } from './messages';

export type NewYearStep = 'archive' | 'clear' | 'settings' | 'submissions' | 'refresh';
export const NEW_YEAR_STEPS: readonly NewYearStep[] = ['archive', 'clear', 'settings', 'submissions', 'refresh'];

/** Script property holding the journal of a year change under way. */
export const JOURNAL_KEY = 'newYear.journal.v1';
/** Script property: the reporting year the sheet's input cells belong to. */
export const DATA_YEAR_KEY = 'newYear.dataYear.v1';

export interface NewYearJournal {
  from: number;
  to: number;
  /** Steps finished, in order. */
  done: NewYearStep[];
  startedAt: string;
  by: string;
  /** Values archived (and read back) by the archive step. */
  archived: number;
}

export type NewYearDecision =
  | { kind: 'start'; journal: NewYearJournal }
  | { kind: 'resume'; journal: NewYearJournal }
  | { kind: 'refuse'; message: string };

/** The default deadline of a reporting year: 30/11, inclusive (Kế hoạch, mục V). */
export function defaultDeadline(year: number): CalendarDate {
  return { year, month: 11, day: 30 };
}

export function parseJournal(text: string | null | undefined): NewYearJournal | null {
  if (!text) return null;
  try {
    const j = JSON.parse(text) as NewYearJournal;
    if (!Number.isInteger(j.from) || j.to !== j.from + 1 || !Array.isArray(j.done)) return null;
    return { ...j, done: j.done.filter((s) => NEW_YEAR_STEPS.includes(s)), archived: Number(j.archived) || 0 };
  } catch {
    return null;
  }
}

/** The year the input cells belong to: the stored one, else (a sheet set up before years were tracked) Cấu hình's. */
export function dataYearOf(stored: string | null | undefined, config: Config): number {
  const year = Number(stored);
  return Number.isInteger(year) && year > 2000 ? year : config.reportingYear;
}

/** Cấu hình's year must be the data's year, or every verdict, lock and count would mix two years. */
export function yearMismatch(config: Config, dataYear: number): string | null {
  return config.reportingYear === dataYear ? null : NEW_YEAR_TEXT.yearMismatch(config.reportingYear, dataYear);
}

/**
 * Start, resume, or refuse. A year is closed only after its deadline has passed (so a second click, or a click in
 * January, never closes the year that has just begun); a journal left by a run that stopped is resumed.
 */
export function decideNewYear(args: {
  config: Config;
  dataYear: number;
  journal: NewYearJournal | null;
  today: CalendarDate;
  now: Date;
  user: string;
}): NewYearDecision {
  const { config, dataYear, journal, today } = args;
  if (journal && journal.done.length < NEW_YEAR_STEPS.length) return { kind: 'resume', journal };
  const mismatch = yearMismatch(config, dataYear);
  if (mismatch) return { kind: 'refuse', message: mismatch };
  const from = dataYear;
  if (compareDates(today, config.deadline) <= 0)
    return { kind: 'refuse', message: NEW_YEAR_TEXT.notYet(from, formatDate(config.deadline), from + 1) };
  return {
    kind: 'start',
    journal: { from, to: from + 1, done: [], startedAt: args.now.toISOString(), by: args.user, archived: 0 },
  };
}

export function nextStep(journal: NewYearJournal): NewYearStep | null {
  return NEW_YEAR_STEPS.find((s) => !journal.done.includes(s)) ?? null;
}

export function withStepDone(journal: NewYearJournal, step: NewYearStep, archived?: number): NewYearJournal {
  return {
    ...journal,
    done: journal.done.includes(step) ? journal.done : [...journal.done, step],
    archived: archived ?? journal.archived,
  };
}

/** One block write: `values` for data rows 0..n-1 of the columns starting at 0-based `column`. */
export interface BlockWrite {
  column: number;
  values: unknown[][];
}

export type YearTab = 'indicators' | 'tasks' | 'issues';

/**
 * The writes that empty a tab's year columns (inputs, the VHXH judgement, the computed columns) in keyed rows, and
 * put last year's result beside this year's input. Rows without a key (pasted after the last setup) are left as they
 * are: the archive cannot name them, so they are not cleared.
 */
export function clearWrites(tab: YearTab, table: TableData, history: HistoryIndex, to: number): BlockWrite[] {
  const map = new ColumnMap(tab, table.header);
  const keyIndex = map.index(tab === 'issues' ? 'unitId' : 'rowKey');
  const keyOf = (row: readonly unknown[]) => cleanText(row[keyIndex]);
  const columns = [...yearColumns(tab), ...YEAR_COMPUTED[tab]].map((k) => map.index(k)).filter((i) => i >= 0);
  const previous = tab === 'indicators' ? map.index('previousResult') : -1;
  if (previous >= 0) columns.push(previous);
  const writes: BlockWrite[] = [];
  for (const [start, length] of columnRuns(columns)) {
    writes.push({
      column: start,
      values: table.rows.map((row) =>
        Array.from({ length }, (_, i) => {
          const c = start + i;
          if (!keyOf(row)) return row[c] ?? '';
          if (c === previous) return previousResultCell(history.previousResult(keyOf(row), to), to);
          return '';
        }),
      ),
    });
  }
  return writes;
}

/** "Kết quả năm trước" for every keyed indicator row, from the history (what setup writes). */
export function previousResultColumn(table: TableData, history: HistoryIndex, year: number): unknown[][] | null {
  const map = new ColumnMap('indicators', table.header);
  const previous = map.index('previousResult');
  if (previous < 0) return null;
  const keyIndex = map.index('rowKey');
  return table.rows.map((row) => {
    const key = cleanText(row[keyIndex]);
    return [key ? previousResultCell(history.previousResult(key, year), year) : (row[previous] ?? '')];
  });
}

/** The Cấu hình value cells to change (0-based data row → value): Năm báo cáo and Hạn báo cáo of the new year. */
export function settingsWrites(configTable: TableData, to: number): { row: number; value: string }[] {
  const map = new ColumnMap('config', configTable.header);
  const labelOf = (key: keyof Config) => matchKey(CONFIG_ITEMS.find((i) => i.key === key)!.label);
  const wanted: [string, string][] = [
    [labelOf('reportingYear'), String(to)],
    [labelOf('deadline'), formatDate(defaultDeadline(to))],
  ];
  const writes: { row: number; value: string }[] = [];
  configTable.rows.forEach((row, i) => {
    const hit = wanted.find(([label]) => label === matchKey(row[map.index('key')]));
    if (hit && cleanText(row[map.index('value')]) !== hit[1]) writes.push({ row: i, value: hit[1] });
  });
  return writes;
}

/**
 * The stored row snapshots (old values for the audit of a paste) rewritten as the cleared cells: every input empty.
 * Rewritten rather than deleted: one write whatever the number of rows, and the audit then knows the old value ('').
 */
export function emptiedSnapshots(keys: readonly string[]): Record<string, string> {
  const inputs = (tab: YearTab) => TABS[tab].columns.filter((c) => c.role === 'input').map((c) => c.key);
  const empty = (keysOf: string[]) => JSON.stringify(Object.fromEntries(keysOf.map((k) => [k, ''])));
  const issues = empty(inputs('issues'));
  const rows = empty([...inputs('indicators'), ...inputs('tasks')]);
  const issuesPrefix = snapshotKey('issues', '');
  return Object.fromEntries(keys.filter(isSnapshotKey).map((k) => [k, k.startsWith(issuesPrefix) ? issues : rows]));
}
