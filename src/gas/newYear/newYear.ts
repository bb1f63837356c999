/**
 * "Bắt đầu năm báo cáo mới" on Apps Script: runs the core's plan (src/core/newYear) step by step, writing the
 * journal to script properties after each step, so that a run stopped by Google's time limit (or anything else)
 * is resumed from its next step, and a second click after it finished is refused (the year is not over yet).
 */
import { formatDate, vietnamDateOf } from '../../core/dates';
import { AppError } from '../../core/errors';
import { archiveEntries, typedEntries } from '../../core/history/archive';
import { type HistoryEntry, HistoryIndex } from '../../core/history/history';
import { assessWorkbook } from '../../core/judging/assess';
import { guideLines } from '../../core/menu/guide';
import { NEW_YEAR_TEXT } from '../../core/newYear/messages';
import {
  clearWrites,
  DATA_YEAR_KEY,
  dataYearOf,
  decideNewYear,
  defaultDeadline,
  emptiedSnapshots,
  JOURNAL_KEY,
  type NewYearJournal,
  type NewYearStep,
  nextStep,
  parseJournal,
  settingsWrites,
  withStepDone,
  type YearTab,
} from '../../core/newYear/newYear';
import type { Config } from '../../core/sheet/config';
import { TABS } from '../../core/sheet/schema';
import { ColumnMap, literalRows } from '../../core/sheet/table';
import { allPendingSnapshotKeys, emptySnapshotCell } from '../../core/submission/store';
import { flushPendingLog } from '../cellEdit/pendingLog';
import { appendHistory, readHistoryTab } from '../history/history';
import { withScriptLock } from '../lock';
import { refreshJudgedTab } from '../setup/setup';
import { configFromRows } from '../sheet/configStore';
import { appendLog, currentUserEmail, readTab, readWorkbook, sheetOf } from '../sheet/io';
import { requireVhxh } from '../sheet/people';
import { loadRecords } from '../submission/records';
import { submissionUpkeep } from '../submission/upkeep';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface NewYearOptions {
  /** Asks the person (YES/NO); the menu shows an alert. */
  confirm: (question: string) => boolean;
  /** Tests only: called between the writes of a step, to stop a run half-way as Google's time limit would. */
  interrupt?: (step: NewYearStep, at: string) => void;
}

function props() {
  return PropertiesService.getScriptProperties();
}

function readConfig(ss: Spreadsheet, now: Date): Config {
  return configFromRows(readTab(ss, 'config').table.rows, vietnamDateOf(now).year);
}

/** Appends what the history lacks of `expected`, reads the tab back, and stops (nothing cleared) if anything is missing. */
function archiveAndVerify(ss: Spreadsheet, expected: readonly HistoryEntry[], options: NewYearOptions): HistoryIndex {
  const before = new HistoryIndex(readHistoryTab(ss));
  appendHistory(ss, before.missing(expected));
  options.interrupt?.('archive', 'appended');
  const after = new HistoryIndex(readHistoryTab(ss));
  const missing = after.missing(expected);
  if (missing.length) {
    const m = missing[0];
    throw new AppError(
      'UNEXPECTED',
      NEW_YEAR_TEXT.archiveFailed(missing.length, `${m.rowKey} ${m.item} = "${m.value}"`),
      `history read-back: ${missing.length} missing`,
    );
  }
  return after;
}

function runStep(ss: Spreadsheet, step: NewYearStep, journal: NewYearJournal, now: Date, options: NewYearOptions) {
  const { from, to } = journal;
  if (step === 'archive') {
    // The year's verdicts as Kiểm tra dữ liệu gives them: judged with the earlier years of Lịch sử.
    const workbook = readWorkbook(ss, ['config', 'units', 'indicators', 'tasks', 'issues', 'history']);
    const assessment = assessWorkbook(workbook, vietnamDateOf(now));
    const expected = archiveEntries(workbook, assessment, loadRecords(from), now);
    archiveAndVerify(ss, expected, options);
    return withStepDone(journal, step, expected.length);
  }
  if (step === 'clear') {
    const tabs: YearTab[] = ['indicators', 'tasks', 'issues'];
    const workbook = readWorkbook(ss, tabs);
    // Typed since the archive step (a run resumed later): archived too before anything is cleared.
    const history = archiveAndVerify(ss, typedEntries(workbook, from, now), options);
    for (const tab of tabs) {
      const sheet = sheetOf(ss, tab);
      const table = workbook[tab];
      if (!sheet || !table.rows.length) continue;
      for (const write of clearWrites(tab, table, history, to))
        sheet.getRange(2, write.column + 1, write.values.length, write.values[0].length).setValues(write.values);
      options.interrupt?.('clear', tab);
    }
    return withStepDone(journal, step);
  }
  if (step === 'settings') {
    const { sheet, table } = readTab(ss, 'config');
    if (!sheet) throw new AppError('SHEET_MISSING', TABS.config.name);
    const valueColumn = new ColumnMap('config', table.header).index('value');
    const rows = table.rows.map((r) => [...r]);
    for (const w of settingsWrites(table, to)) {
      sheet.getRange(w.row + 2, valueColumn + 1).setValue(w.value);
      rows[w.row][valueColumn] = w.value;
    }
    configFromRows(rows, to);
    props().setProperty(DATA_YEAR_KEY, String(to));
    return withStepDone(journal, step);
  }
  if (step === 'submissions') {
    // Year-keyed records need no reset: year `to` has none yet. A row's snapshot (its old values, for the audit of a
    // paste) now says what the cells hold: nothing. One read and one write, whatever the number of rows.
    const documentProps = PropertiesService.getDocumentProperties();
    const emptied = emptiedSnapshots(Object.keys(documentProps.getProperties()));
    if (Object.keys(emptied).length) documentProps.setProperties(emptied);
    // Snapshots a menu submission left for the office to write describe the closed year: dropped.
    const scriptProps = PropertiesService.getScriptProperties();
    for (const k of allPendingSnapshotKeys(scriptProps.getProperties())) scriptProps.deleteProperty(k);
    // The snapshots now live in the rows (hidden column, issue 13): one write per tab says the inputs are empty.
    for (const tab of ['indicators', 'tasks', 'issues'] as const) {
      const { sheet, table } = readTab(ss, tab);
      const column = new ColumnMap(tab, table.header).index('snapshot');
      if (!sheet || column < 0 || !table.rows.length) continue;
      const cell = emptySnapshotCell(tab);
      sheet.getRange(2, column + 1, table.rows.length, 1).setValues(literalRows(table.rows.map(() => [cell])));
    }
    submissionUpkeep(ss, now);
    return withStepDone(journal, step);
  }
  // refresh
  const config = readConfig(ss, now);
  const user = currentUserEmail();
  const workbook = readWorkbook(ss, ['indicators', 'tasks']);
  for (const tab of ['indicators', 'tasks'] as const) {
    const sheet = sheetOf(ss, tab);
    if (sheet) refreshJudgedTab(sheet, tab, workbook[tab], config, now, user);
  }
  const guide = sheetOf(ss, 'guide');
  if (guide) {
    const lines = [[TABS.guide.columns[0].header], ...guideLines(config).map((l) => [l])];
    guide.clearContents();
    guide.getRange(1, 1, lines.length, 1).setValues(lines);
  }
  flushPendingLog(ss);
  appendLog(ss, [{ time: now, user, action: 'newYear', detail: NEW_YEAR_TEXT.log(from, to, journal.archived) }]);
  return withStepDone(journal, step);
}

/** Runs (or resumes) the year change; returns what the person is told. */
export function startNewYear(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  now: Date = new Date(),
  options: NewYearOptions,
): string {
  const config = readConfig(ss, now);
  requireVhxh(ss, config, NEW_YEAR_TEXT.notVhxh);
  const decide = (current: Config) => {
    const all = props().getProperties();
    return decideNewYear({
      config: current,
      dataYear: dataYearOf(all[DATA_YEAR_KEY], config),
      journal: parseJournal(all[JOURNAL_KEY]),
      today: vietnamDateOf(now),
      now,
      user: currentUserEmail(),
    });
  };
  const first = decide(config);
  if (first.kind === 'refuse') return first.message;
  const question =
    first.kind === 'resume'
      ? NEW_YEAR_TEXT.resumeConfirm(first.journal.from, first.journal.to)
      : NEW_YEAR_TEXT.confirm(first.journal.from, first.journal.to, formatDate(defaultDeadline(first.journal.to)));
  if (!options.confirm(question)) return NEW_YEAR_TEXT.cancelled;
  return withScriptLock('interactive', () => {
    // Asked again under the lock: another click may have finished (or started) the change meanwhile.
    const decision = decide(readConfig(ss, now));
    if (decision.kind === 'refuse') return decision.message;
    if (decision.journal.from !== first.journal.from) return NEW_YEAR_TEXT.cancelled;
    let journal = decision.journal;
    if (decision.kind === 'resume')
      appendLog(ss, [
        {
          time: now,
          user: currentUserEmail(),
          action: 'newYear',
          detail: NEW_YEAR_TEXT.logResumed(journal.from, journal.to),
        },
      ]);
    props().setProperty(JOURNAL_KEY, JSON.stringify(journal));
    for (let step = nextStep(journal); step; step = nextStep(journal)) {
      journal = runStep(ss, step, journal, now, options);
      props().setProperty(JOURNAL_KEY, JSON.stringify(journal));
    }
    props().deleteProperty(JOURNAL_KEY);
    return NEW_YEAR_TEXT.done(journal.from, journal.to, journal.archived, formatDate(defaultDeadline(journal.to)));
  });
}
