import type { CalendarDate } from '../../src/core/dates';
import { type Assessment, assessWorkbook } from '../../src/core/judging/assess';
import { buildReport } from '../../src/core/report/build';
import {
  type Block,
  type ParagraphBlock,
  paragraphText,
  type ReportDocument,
  type TableBlock,
} from '../../src/core/report/model';
import { buildSampleWorkbook } from '../../src/core/sample/workbook';
import { ColumnMap } from '../../src/core/sheet/table';
import type { WorkbookData } from '../../src/core/sheet/workbook';

/** After the deadline (30/11/2026): Công an phường reported late (05/12), two units never submitted. */
export const TODAY: CalendarDate = { year: 2026, month: 12, day: 10 };
/** 10/12/2026 16:05 in Việt Nam. */
export const GENERATED_AT = new Date(Date.UTC(2026, 11, 10, 9, 5));

export function sampleWorkbook(today: CalendarDate = TODAY): WorkbookData {
  return buildSampleWorkbook(today).workbook;
}

/** Sets cells of the Khó khăn - Đề xuất tab for a unit. */
export function setIssue(workbook: WorkbookData, unitId: string, values: Record<string, string>): void {
  const map = new ColumnMap('issues', workbook.issues.header);
  const row = workbook.issues.rows.find((r) => r[map.index('unitId')] === unitId);
  if (!row) throw new Error(`no issues row for ${unitId}`);
  for (const [k, v] of Object.entries(values)) row[map.index(k)] = v;
}

/** Sets cells of an indicator or task row, found by its row key ("PL1-9.4@VHXH"). */
export function setRow(
  workbook: WorkbookData,
  tab: 'indicators' | 'tasks',
  rowKey: string,
  values: Record<string, string>,
): void {
  const map = new ColumnMap(tab, workbook[tab].header);
  const row = workbook[tab].rows.find((r) => r[map.index('rowKey')] === rowKey);
  if (!row) throw new Error(`no ${tab} row ${rowKey}`);
  for (const [k, v] of Object.entries(values)) row[map.index(k)] = v;
}

/** Sets a Cấu hình value by its label. */
export function setConfig(workbook: WorkbookData, label: string, value: string): void {
  const row = workbook.config.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no Cấu hình row ${label}`);
  row[1] = value;
}

export function sampleReport(
  workbook: WorkbookData = sampleWorkbook(),
  today: CalendarDate = TODAY,
): { assessment: Assessment; doc: ReportDocument } {
  const assessment = assessWorkbook(workbook, today);
  return { assessment, doc: buildReport(assessment, { generatedAt: GENERATED_AT }) };
}

/** Every paragraph of the document, table cells included, in order. */
export function allParagraphs(blocks: readonly Block[]): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) out.push(...c.paragraphs);
  }
  return out;
}

export function allTexts(doc: ReportDocument): string[] {
  return allParagraphs(doc.blocks).map(paragraphText);
}

export function bodyTexts(doc: ReportDocument): string[] {
  return doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map(paragraphText);
}

export function gridTables(doc: ReportDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table' && b.style === 'grid');
}

/** Texts between a heading that starts with `from` and the next one that starts with `to`. */
export function between(texts: string[], from: string, to: string): string[] {
  const start = texts.findIndex((t) => t.startsWith(from));
  const end = texts.findIndex((t, i) => i > start && t.startsWith(to));
  if (start < 0 || end < 0) throw new Error(`section ${from} .. ${to} not found`);
  return texts.slice(start + 1, end);
}
