import { formatVietnamDateTime } from '../dates';
import type { AssessedIndicator, AssessedTask } from '../judging/assess';
import { JUDGING_TEXT } from '../judging/messages';
import { INVALID_INPUT_COLOR, VERDICT_LABELS } from '../judging/verdicts';
import { cleanText } from '../text';
import type { ColumnMap, TableData } from './table';

/**
 * What the tool writes into a judged tab: the computed cells of each row, the notes and warning colour
 * on input cells whose value could not be read. Pure: the adapters (Apps Script, .xlsx) only paint it.
 */
export type JudgedTab = 'indicators' | 'tasks';

/** Columns the tool recomputes from the typed values (never the "Cập nhật lúc" time: only an edit sets that). */
export const REFRESHED_COLUMNS: Record<JudgedTab, readonly string[]> = {
  indicators: ['applicableTarget', 'verdict', 'reason', 'track'],
  tasks: ['verdict', 'reason'],
};

/** Columns whose cells carry validation notes and the warning colour. */
export const VALIDATED_COLUMNS: Record<JudgedTab, readonly string[]> = {
  indicators: ['result', 'evidence', 'highlight', 'review'],
  tasks: ['status', 'completedOn', 'result', 'evidence', 'highlight', 'review'],
};

export function computedValues(tab: JudgedTab, row: AssessedIndicator | AssessedTask): Record<string, string> {
  if (row.isGroup || !row.judgement) return Object.fromEntries(REFRESHED_COLUMNS[tab].map((k) => [k, '']));
  if (tab === 'indicators') {
    const j = (row as AssessedIndicator).judgement!;
    return { applicableTarget: j.applicableShown, verdict: j.label, reason: j.reason, track: j.path };
  }
  const j = (row as AssessedTask).judgement!;
  return { verdict: j.label, reason: j.reason };
}

/** Note and background for each validated cell of a row: the message, or none (clears an old note). */
export function validationMarks(
  tab: JudgedTab,
  row: AssessedIndicator | AssessedTask,
): Record<string, { note: string; background: string | null }> {
  const marks: Record<string, { note: string; background: string | null }> = {};
  for (const key of VALIDATED_COLUMNS[tab]) marks[key] = { note: '', background: null };
  for (const problem of [...row.problems, ...row.advice]) {
    const mark = marks[problem.column];
    if (!mark) continue;
    mark.note = mark.note ? `${mark.note}\n${problem.message}` : problem.message;
    // Advice (a value read and judged) gets the note, not the warning colour.
    if (!problem.advice) mark.background = INVALID_INPUT_COLOR;
  }
  return marks;
}

export interface ColumnWrite {
  key: string;
  /** 0-based column index in the sheet. */
  column: number;
  values: unknown[];
}

export interface OverwrittenCell {
  rowIndex: number;
  key: string;
  typed: unknown;
  restored: string;
}

/** Could the tool have written this in that column? (A verdict or track cell holding anything else was typed over.) */
function couldBeToolValue(key: string, shown: string): boolean {
  if (key === 'verdict') {
    const base = shown.replace(/\s*\(Phòng VHXH\)$/, '');
    return Object.values(VERDICT_LABELS).includes(base);
  }
  if (key === 'track') return JUDGING_TEXT.path.prefixes.some((p) => shown.startsWith(p));
  return true;
}

/**
 * The refresh of a judged tab: one column of values per computed column, plus the cells where a person typed
 * over a computed cell with something the tool never writes there. Those typed values are returned so they
 * are logged in Nhật ký, never lost. (Edits to computed cells are also caught as they happen, by onEdit.)
 */
export function planRefresh(
  tab: JudgedTab,
  map: ColumnMap,
  table: TableData,
  rows: readonly (AssessedIndicator | AssessedTask)[],
): { writes: ColumnWrite[]; overwritten: OverwrittenCell[] } {
  const writes: ColumnWrite[] = [];
  const overwritten: OverwrittenCell[] = [];
  const computed = rows.map((r) => computedValues(tab, r));
  for (const key of REFRESHED_COLUMNS[tab]) {
    const column = map.index(key);
    if (column < 0) continue;
    const values = computed.map((c) => c[key] ?? '');
    values.forEach((value, rowIndex) => {
      const current = table.rows[rowIndex]?.[column];
      const shown = current instanceof Date ? formatVietnamDateTime(current) : cleanText(current);
      if (shown && shown !== value && !couldBeToolValue(key, shown))
        overwritten.push({ rowIndex, key, typed: current, restored: value });
    });
    writes.push({ key, column, values });
  }
  return { writes, overwritten };
}
