/**
 * What a year leaves in the history when it is closed: every input and VHXH-judgement cell that holds a value,
 * the verdict the sheet showed for every judged row, each unit's submission and approval, and the year's
 * deadline. Pure: the Apps Script side appends these rows, reads the tab back and compares (HistoryIndex.missing)
 * before any input cell is cleared.
 */
import { formatDate } from '../dates';
import type { AssessedIndicator, AssessedTask, Assessment } from '../judging/assess';
import { TIMELINESS_LABELS, timelinessOf } from '../progress/owed';
import { computedValues } from '../sheet/computedColumns';
import { TABS, type TabKey } from '../sheet/schema';
import { ColumnMap } from '../sheet/table';
import type { WorkbookData } from '../sheet/workbook';
import type { SubmissionRecord } from '../submission/state';
import { SUBMISSION_TEXT } from '../submission/state';
import { cleanText } from '../text';
import { type HistoryEntry, type HistoryTab, historyValue } from './history';

/** The columns a year's people type (the unit's inputs and the VHXH office's judgement): what a new year clears. */
export function yearColumns(tab: Extract<TabKey, 'indicators' | 'tasks' | 'issues'>): string[] {
  return TABS[tab].columns.filter((c) => c.role === 'input' || c.role === 'review').map((c) => c.key);
}

/** Columns the tool computed from them, archived as the sheet showed them (and cleared with them). */
export const YEAR_COMPUTED: Record<'indicators' | 'tasks' | 'issues', readonly string[]> = {
  indicators: ['applicableTarget', 'verdict', 'reason', 'track', 'updatedAt'],
  tasks: ['verdict', 'reason', 'updatedAt'],
  issues: ['updatedAt'],
};

const blank = (v: unknown) => historyValue(v).trim() === '';

/** Only the typed cells (inputs, VHXH judgement) that hold a value: what must be in the history before clearing. */
export function typedEntries(workbook: WorkbookData, year: number, now: Date): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const tab of ['indicators', 'tasks', 'issues'] as const) {
    const map = new ColumnMap(tab, workbook[tab].header);
    const keyColumn = tab === 'issues' ? 'unitId' : 'rowKey';
    for (const row of workbook[tab].rows) {
      const r = map.read(row);
      const rowKey = cleanText(r[keyColumn]);
      if (!rowKey) continue;
      for (const item of yearColumns(tab)) {
        if (!map.has(item) || blank(r[item])) continue;
        entries.push(entryOf(year, tab, rowKey, r, item, r[item], now));
      }
    }
  }
  return entries;
}

function entryOf(
  year: number,
  tab: HistoryTab,
  rowKey: string,
  record: Record<string, unknown>,
  item: string,
  value: unknown,
  now: Date,
): HistoryEntry {
  const unitId = tab === 'issues' || tab === 'units' ? rowKey : (rowKey.split('@')[1] ?? '');
  return {
    year,
    tab,
    rowKey,
    unitId,
    tt: historyValue(record.tt),
    name: cleanText(record.name ?? record.unitName),
    item,
    value: historyValue(value),
    archivedAt: now,
  };
}

/**
 * Everything a closed year leaves: the typed cells, the computed verdicts of judged rows, the units' submissions
 * (from the records when the caller has them, else from the Đơn vị tab's copy), the deadline and names.
 */
export function archiveEntries(
  workbook: WorkbookData,
  assessment: Assessment,
  records: Record<string, SubmissionRecord> | null,
  now: Date,
): HistoryEntry[] {
  const year = assessment.config.reportingYear;
  const entries = typedEntries(workbook, year, now);
  const judged = (tab: 'indicators' | 'tasks', rows: readonly (AssessedIndicator | AssessedTask)[]) => {
    for (const row of rows) {
      if (row.isGroup || !row.rowKey || !row.judgement) continue;
      const computed: Record<string, unknown> = { ...computedValues(tab, row), updatedAt: row.updatedAt ?? '' };
      for (const item of YEAR_COMPUTED[tab]) {
        if (blank(computed[item])) continue;
        entries.push(entryOf(year, tab, row.rowKey, row.record, item, computed[item], now));
      }
    }
  };
  judged('indicators', assessment.indicators);
  judged('tasks', assessment.tasks);
  for (const issue of assessment.issues) {
    if (issue.unitId && issue.updatedAt)
      entries.push(entryOf(year, 'issues', issue.unitId, { name: issue.unitName }, 'updatedAt', issue.updatedAt, now));
  }
  for (const state of assessment.units) {
    const record = records?.[state.unit.id];
    const facts: Record<string, unknown> = record
      ? {
          state: SUBMISSION_TEXT.state[record.state],
          submittedAt: record.submittedAt ? new Date(record.submittedAt) : '',
          submittedBy: record.submittedBy,
          reviewedAt: record.reviewedAt ? new Date(record.reviewedAt) : '',
          reviewedBy: record.reviewedBy,
          comment: record.comment,
        }
      : {
          state: state.approval || (state.submitted ? SUBMISSION_TEXT.state.SUBMITTED : SUBMISSION_TEXT.state.OPEN),
          submittedAt: state.submittedAt ?? '',
          submittedBy: state.submittedBy,
          comment: state.approvalComment,
        };
    facts.timeliness = TIMELINESS_LABELS[timelinessOf(state, assessment)];
    for (const [item, value] of Object.entries(facts)) {
      if (blank(value)) continue;
      entries.push(entryOf(year, 'units', state.unit.id, { name: state.unit.name }, item, value, now));
    }
  }
  const settings: Record<string, string> = {
    deadline: formatDate(assessment.config.deadline),
    wardName: assessment.config.wardName,
    planNumber: assessment.config.planNumber,
  };
  for (const [item, value] of Object.entries(settings)) {
    if (value)
      entries.push({ year, tab: 'config', rowKey: item, unitId: '', tt: '', name: '', item, value, archivedAt: now });
  }
  return entries;
}
