/**
 * What the tool makes of a card's values, for the page as the person types ("đọc là 82,54%", the notes, the
 * verdict) and for the server after a save. It judges one row with the very functions the sheet uses
 * (assessIndicators / assessTasks: the same validation notes, the same verdict), so the page can never disagree
 * with the sheet: a change to how results are read or judged reaches the page by itself.
 */
import type { CalendarDate } from '../dates';
import { formatDate } from '../dates';
import { type AssessedIndicator, type AssessedTask, assessIndicators, assessTasks } from '../judging/assess';
import { formatQuantity, PERCENT, parseResult, unitOfMeasure } from '../judging/quantity';
import { readCompletedOn } from '../judging/task';
import { TABS } from '../sheet/schema';
import { rowInSchemaOrder, type TableData } from '../sheet/table';

export type CardKind = 'indicator' | 'task' | 'issues';

export const TAB_OF: Record<CardKind, 'indicators' | 'tasks' | 'issues'> = {
  indicator: 'indicators',
  task: 'tasks',
  issues: 'issues',
};

export interface Preview {
  /** The verdict label as the sheet's "Đánh giá" column would show it ("" for the Khó khăn card). */
  label: string;
  verdict: string;
  reason: string;
  /** What the tool read from the typed value, per column: { result: "82,54%" } or { completedOn: "15/09/2026" }. */
  readAs: Record<string, string>;
  /** The notes the sheet would put on the cells, per column. */
  problems: { column: string; message: string }[];
}

/** One row, in schema order, with the sheet's headers: what the judge reads, whatever the live sheet's order. */
function oneRowTable(tab: 'indicators' | 'tasks', record: Record<string, unknown>): TableData {
  return { header: TABS[tab].columns.map((c) => c.header), rows: [rowInSchemaOrder(tab, record)] };
}

/** "82,54%" for a result the judge read as a number; nothing for words, text or what it could not read. */
function readResult(row: AssessedIndicator): string | null {
  const value = row.judgement?.resultValue;
  if (value === null || value === undefined) return null;
  const parsed = parseResult(row.record.result);
  if (parsed.kind !== 'number' || parsed.op !== '=') return null;
  const unit = unitOfMeasure(String(row.record.unitOfMeasure ?? ''));
  const percent = unit.kind === 'percent' || parsed.ratio !== null || parsed.unit?.kind === 'percent';
  return formatQuantity(value, percent ? PERCENT : (parsed.unit ?? unit));
}

/** The preview of a judged row: its verdict, the reason, the notes of its cells; `readAs` as the caller read it. */
export function judgedPreview(row: AssessedIndicator | AssessedTask, readAs: Preview['readAs'] = {}): Preview {
  return {
    label: row.judgement?.label ?? '',
    verdict: row.judgement?.verdict ?? '',
    reason: row.judgement?.reason ?? '',
    readAs,
    problems: [...row.problems, ...row.advice].map((p) => ({ column: p.column, message: p.message })),
  };
}

export function previewIndicator(record: Record<string, unknown>, year: number): Preview {
  const [row] = assessIndicators(oneRowTable('indicators', record), year);
  const read = readResult(row);
  return judgedPreview(row, read ? { result: read } : {});
}

export function previewTask(record: Record<string, unknown>, year: number, today: CalendarDate): Preview {
  const [row]: AssessedTask[] = assessTasks(oneRowTable('tasks', record), year, today);
  const completed = readCompletedOn(record.completedOn);
  return judgedPreview(row, completed.date ? { completedOn: formatDate(completed.date) } : {});
}

export function previewCard(
  kind: CardKind,
  record: Record<string, unknown>,
  year: number,
  today: CalendarDate,
): Preview {
  if (kind === 'indicator') return previewIndicator(record, year);
  if (kind === 'task') return previewTask(record, year, today);
  return { label: '', verdict: '', reason: '', readAs: {}, problems: [] };
}
