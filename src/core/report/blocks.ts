/** Block constructors every section of the report uses; formats come from form.ts. */
import { BODY_SIZE, FORMATS, type FormatName } from './form';
import type { Align, ParagraphBlock, RowKind, Run, TableBlock } from './model';
import { typographicQuotes } from './textTools';

/** A paragraph of the report: every text NFC, every straight quote a typographic one. */
export function para(format: FormatName, content: string | Run[], extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return {
    kind: 'paragraph',
    runs: runs.map((r) => ({ ...r, text: typographicQuotes(r.text.normalize('NFC')) })),
    format: { ...FORMATS[format] },
    ...extra,
  };
}

/** A short horizontal line (under the issuing body, under the subject). */
export function rule(widthMm: number, spaceAfterPt = 0): ParagraphBlock {
  return { kind: 'paragraph', runs: [], format: { ...FORMATS.rule, spaceAfterPt }, ruleWidthMm: widthMm };
}

/** A borderless table that only places paragraphs side by side (header block, signature block). */
export function layoutTable(columns: readonly number[], rows: ParagraphBlock[][][]): TableBlock {
  return {
    kind: 'table',
    style: 'layout',
    columns: columns.map((widthMm) => ({ widthMm, align: 'center' as Align })),
    rows: rows.map((cells) => ({ kind: 'data' as RowKind, cells: cells.map((paragraphs) => ({ paragraphs })) })),
    sizePt: BODY_SIZE,
  };
}
