/**
 * What a unit's entry page shows: its indicator rows and tasks as cards, and its Khó khăn - Đề xuất, built from the
 * sheet's tabs as read (columns found by header). Every input column of the schema that the sheet has becomes a
 * field, so a column added to the schema (e.g. "Kết quả nổi bật") appears on the page by itself.
 */
import { type CalendarDate, formatDate, vietnamDateOf } from '../dates';
import { assessIndicators, assessTasks } from '../judging/assess';
import { formatVietnameseNumber } from '../judging/numbers';
import { SHEET_TEXT } from '../sheet/messages';
import { type ColumnSpec, TABS, TASK_STATUS_CHOICES } from '../sheet/schema';
import { ColumnMap, type TableData } from '../sheet/table';
import type { SubmissionRecord } from '../submission/state';
import { cleanText } from '../text';
import { ENTRY_PAGE_TEXT } from './messages';
import { type CardKind, judgedPreview, type Preview } from './preview';
import { LIMITS } from './request';

export type FieldKind = 'line' | 'text' | 'choice' | 'date';

export interface FieldModel {
  key: string;
  label: string;
  help: string;
  kind: FieldKind;
  choices: string[];
  /** The cell as the page shows and sends it back (see inputText). */
  value: string;
}

export interface CardModel {
  id: string;
  kind: CardKind;
  title: string;
  /** "Phụ lục I - TT 1.1" */
  where: string;
  group: string;
  /** Read-only lines: unit of measure, target and its year, completion time, output, coordinators. */
  facts: { label: string; value: string }[];
  /** The indicator's result recorded for the previous year, when the tool keeps one (null: none known). */
  lastYear: string | null;
  /** The Phòng VHXH's own judgement of the row, when it set one. */
  review: string;
  fields: FieldModel[];
  /** The row's cells by schema key, as text: what the page judges again as the person types. */
  record: Record<string, string>;
  /** The verdict and notes as the sheet has them now. */
  preview: Preview;
}

export interface EntryModel {
  token: string;
  /** Where the page keeps unsaved drafts (localStorage): derived from the token, never the token itself. */
  draftKey: string;
  unit: { id: string; name: string };
  ward: string;
  year: number;
  today: CalendarDate;
  deadline: string;
  state: { code: SubmissionRecord['state']; label: string; detail: string };
  /** False when the report is approved or the deadline passed without late entries: the page is read-only. */
  editable: boolean;
  lockMessage: string;
  cards: CardModel[];
  limits: typeof LIMITS;
}

/**
 * A cell as text, the one form the page shows, sends back and compares: typed text unchanged (NFC), a date cell as
 * dd/mm/yyyy, a number with a decimal comma.
 */
export function inputText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(vietnamDateOf(value));
  if (typeof value === 'number') return Number.isFinite(value) ? formatVietnameseNumber(value, 10) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).normalize('NFC');
}

/** The input columns of a tab that the sheet has, in the schema's order. */
export function inputColumns(tab: 'indicators' | 'tasks' | 'issues', map: ColumnMap): ColumnSpec[] {
  return TABS[tab].columns.filter((c) => c.role === 'input' && map.has(c.key));
}

function fieldKind(tab: 'indicators' | 'tasks' | 'issues', column: ColumnSpec): FieldKind {
  if (column.choices?.length) return 'choice';
  if (column.format === 'date') return 'date';
  if (tab === 'indicators' && column.key === 'result') return 'line';
  return 'text';
}

function fields(tab: 'indicators' | 'tasks' | 'issues', map: ColumnMap, record: Record<string, unknown>): FieldModel[] {
  return inputColumns(tab, map).map((c) => ({
    key: c.key,
    label: c.header,
    help: c.help ?? '',
    kind: fieldKind(tab, c),
    choices: c.key === 'status' ? [...TASK_STATUS_CHOICES] : [...(c.choices ?? [])],
    value: inputText(record[c.key]),
  }));
}

/** Every schema column the sheet has, as text (what the preview judges). */
function textRecord(map: ColumnMap, record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(record)) if (map.has(key)) out[key] = inputText(record[key]);
  return out;
}

function fact(label: string, value: unknown): { label: string; value: string }[] {
  const text = cleanText(value);
  return text ? [{ label, value: text }] : [];
}

/** A long heading path shortened for a card's top line (the full text stays in the sheet). */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const header = (tab: 'indicators' | 'tasks', key: string) => TABS[tab].columns.find((c) => c.key === key)!.header;

export interface ModelInput {
  token: string;
  draftKey: string;
  unitId: string;
  unitName: string;
  ward: string;
  year: number;
  today: CalendarDate;
  deadline: CalendarDate;
  tables: { indicators: TableData; tasks: TableData; issues: TableData };
  record: SubmissionRecord;
  editable: boolean;
  lockMessage: string;
  /** Last year's result of a row; by default the sheet's "Kết quả năm trước" column (filled from Lịch sử). */
  lastYearOf?: (rowKey: string) => string | null;
}

const whereOf = (record: Record<string, unknown>) =>
  ENTRY_PAGE_TEXT.where(cleanText(record.appendix), cleanText(record.tt));

/** A card for each indicator the unit leads: its unit, target of the year, last year's result. */
function indicatorCards(input: ModelInput): CardModel[] {
  const map = new ColumnMap('indicators', input.tables.indicators.header);
  return assessIndicators(input.tables.indicators, input.year)
    .filter((row) => !row.isGroup && row.unitId === input.unitId && row.judgement)
    .map((row) => {
      const r = row.record;
      const j = row.judgement!;
      const target = j.applicableTarget
        ? j.targetYear
          ? SHEET_TEXT.targetOfYear(j.applicableTarget, j.targetYear)
          : j.applicableTarget
        : '';
      return {
        id: row.rowKey,
        kind: 'indicator',
        title: cleanText(r.name),
        where: whereOf(r),
        group: shorten(cleanText(r.group), 90),
        facts: [
          ...fact(header('indicators', 'unitOfMeasure'), r.unitOfMeasure),
          ...fact(ENTRY_PAGE_TEXT.target, target),
          ...fact(header('indicators', 'coordinators'), r.coordinators),
        ],
        lastYear: input.lastYearOf ? input.lastYearOf(row.rowKey) : cleanText(r.previousResult) || null,
        review: cleanText(r.review),
        fields: fields('indicators', map, r),
        record: textRecord(map, r),
        preview: judgedPreview(row),
      };
    });
}

/** A card for each task the unit leads: its deadline, output and coordinators. */
function taskCards(input: ModelInput): CardModel[] {
  const map = new ColumnMap('tasks', input.tables.tasks.header);
  return assessTasks(input.tables.tasks, input.year, input.today)
    .filter((row) => !row.isGroup && row.unitId === input.unitId && row.judgement)
    .map((row) => {
      const r = row.record;
      return {
        id: row.rowKey,
        kind: 'task',
        title: cleanText(r.name),
        where: whereOf(r),
        group: shorten(cleanText(r.group), 90),
        facts: [
          ...fact(header('tasks', 'completionTime'), r.completionTime),
          ...fact(header('tasks', 'output'), r.output),
          ...fact(header('tasks', 'coordinators'), r.coordinators),
        ],
        lastYear: null,
        review: cleanText(r.review),
        fields: fields('tasks', map, r),
        record: textRecord(map, r),
        preview: judgedPreview(row),
      };
    });
}

/** The unit's Khó khăn - Đề xuất row as one card (none when the tab has no row for it). */
function issueCards(input: ModelInput): CardModel[] {
  const map = new ColumnMap('issues', input.tables.issues.header);
  const row = input.tables.issues.rows.map((r) => map.read(r)).find((r) => cleanText(r.unitId) === input.unitId);
  if (!row) return [];
  return [
    {
      id: input.unitId,
      kind: 'issues',
      title: ENTRY_PAGE_TEXT.issuesIntro,
      where: '',
      group: '',
      facts: [],
      lastYear: null,
      review: '',
      fields: fields('issues', map, row),
      record: textRecord(map, row),
      preview: { label: '', verdict: '', reason: '', readAs: {}, problems: [] },
    },
  ];
}

export function buildEntryModel(input: ModelInput): EntryModel {
  const record = input.record;
  return {
    token: input.token,
    draftKey: input.draftKey,
    unit: { id: input.unitId, name: input.unitName },
    ward: input.ward,
    year: input.year,
    today: input.today,
    deadline: formatDate(input.deadline),
    state: {
      code: record.state,
      label: ENTRY_PAGE_TEXT.state[record.state],
      detail: ENTRY_PAGE_TEXT.stateDetail(record),
    },
    editable: input.editable,
    lockMessage: input.lockMessage,
    cards: [...indicatorCards(input), ...taskCards(input), ...issueCards(input)],
    limits: LIMITS,
  };
}

/**
 * JSON for a <script type="application/json"> element: no "<", ">" or "&" (so nothing typed can close the element
 * or open a comment), no U+2028/2029. JSON.parse reads it back unchanged.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
