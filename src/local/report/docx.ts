/**
 * Writes the report model (src/core/report) as a .docx with the `docx` package. A translation only: sizes,
 * texts and order all come from the model.
 */

import { writeFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Align, Block, ImageBlock, ParagraphBlock, ReportDocument, TableBlock } from '../../core/report/model';

/** 1 mm = 1440/25.4 twips. A4 210 × 297 mm → 11906 × 16838; 20 mm → 1134; 30 mm → 1701; 15 mm → 850. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const twipsPt = (pt: number): number => Math.round(pt * 20);
const emuPx = (mm: number): number => Math.round((mm / 25.4) * 96);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Cell padding left/right (Word's default is 1.9 mm; the layout tables use less so long lines fit). */
const LAYOUT_CELL_MARGIN = twips(1);
const GRID_CELL_MARGIN = twips(1.5);

function paragraph(p: ParagraphBlock, font: string, containerMm: number): Paragraph {
  const f = p.format;
  const common = {
    alignment: ALIGN[f.align],
    spacing: {
      before: twipsPt(f.spaceBeforePt),
      after: twipsPt(f.spaceAfterPt),
      line: Math.round(f.lineSpacing * 240),
      lineRule: LineRuleType.AUTO,
    },
    indent: f.firstLineIndentMm ? { firstLine: twips(f.firstLineIndentMm) } : undefined,
    keepNext: f.keepWithNext || undefined,
    pageBreakBefore: p.pageBreakBefore || undefined,
    outlineLevel: p.outline !== undefined ? p.outline - 1 : undefined,
  };
  if (p.ruleWidthMm !== undefined) {
    // A short centred rule: a paragraph whose bottom border is as long as the space between its indents.
    const side = Math.max(0, (containerMm - p.ruleWidthMm) / 2);
    return new Paragraph({
      ...common,
      // Exactly as tall as its (tiny) font, so the rule sits right under the line above it.
      spacing: {
        before: twipsPt(f.spaceBeforePt),
        after: twipsPt(f.spaceAfterPt),
        line: twipsPt(f.sizePt),
        lineRule: LineRuleType.EXACT,
      },
      indent: { left: twips(side), right: twips(side) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      run: { size: halfPoints(f.sizePt), font },
      children: [],
    });
  }
  return new Paragraph({
    ...common,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          font,
          size: halfPoints(r.sizePt ?? f.sizePt),
          bold: r.bold ?? f.bold ?? false,
          italics: r.italic ?? f.italic ?? false,
          underline: r.underline ? {} : undefined,
        }),
    ),
  });
}

function table(t: TableBlock, font: string): Table {
  const layout = t.style === 'layout';
  const widths = t.columns.map((c) => twips(c.widthMm));
  const margin = layout ? LAYOUT_CELL_MARGIN : GRID_CELL_MARGIN;
  const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  /** Rows a cell spans downwards: itself and the "continued" cells below it. */
  const rowSpan = (r: number, c: number) => {
    let n = 1;
    while (t.rows[r + n]?.cells[c]?.continued) n++;
    return n;
  };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: layout
      ? TableBorders.NONE
      : { top: single, bottom: single, left: single, right: single, insideHorizontal: single, insideVertical: single },
    rows: t.rows.map((row, r) => {
      const cells: TableCell[] = [];
      const last = row.spanFrom !== undefined ? row.spanFrom : row.cells.length - 1;
      row.cells.forEach((cell, c) => {
        if (cell.continued || c > last) return;
        const span = c === last ? row.cells.length - c : 1;
        const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
        const spanDown = rowSpan(r, c);
        cells.push(
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            rowSpan: spanDown > 1 ? spanDown : undefined,
            margins: { left: margin, right: margin, top: layout ? 0 : twips(0.5), bottom: layout ? 0 : twips(0.5) },
            verticalAlign: layout ? VerticalAlign.TOP : VerticalAlign.CENTER,
            children: cell.paragraphs.map((p) =>
              paragraph(p, font, (width * 25.4) / 1440 - (2 * margin * 25.4) / 1440),
            ),
          }),
        );
      });
      return new TableRow({ tableHeader: row.kind === 'header' || undefined, cantSplit: true, children: cells });
    }),
  });
}

function image(b: ImageBlock): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: b.png,
        transformation: { width: emuPx(b.widthMm), height: emuPx(b.heightMm) },
        altText: { name: b.title, description: b.title, title: b.title },
      }),
    ],
  });
}

function block(b: Block, font: string, textWidthMm: number): (Paragraph | Table)[] {
  if (b.kind === 'paragraph') return [paragraph(b, font, textWidthMm)];
  if (b.kind === 'image') return [image(b)];
  // Word needs a paragraph between two tables, and after a table that ends a cell or the document.
  return [table(b, font)];
}

export function buildDocx(doc: ReportDocument): Document {
  const font = doc.font.family;
  const { page } = doc;
  const textWidthMm = page.widthMm - page.marginLeftMm - page.marginRightMm;
  const children: (Paragraph | Table)[] = [];
  doc.blocks.forEach((b, i) => {
    children.push(...block(b, font, textWidthMm));
    const next = doc.blocks[i + 1];
    if (b.kind === 'table' && (!next || next.kind === 'table')) children.push(new Paragraph({ children: [] }));
  });
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: ALIGN[doc.pageNumbers.align],
        children: [new TextRun({ children: [PageNumber.CURRENT], font, size: halfPoints(doc.pageNumbers.sizePt) })],
      }),
    ],
  });
  return new Document({
    title: doc.meta.title,
    creator: `UBND phường ${doc.meta.wardName}`,
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(doc.font.sizePt) },
          paragraph: { spacing: { after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          // The first page has its own (empty) header, so numbering shows from page 2.
          titlePage: doc.pageNumbers.fromPage > 1,
          page: {
            size: { width: twips(page.widthMm), height: twips(page.heightMm) },
            margin: {
              top: twips(page.marginTopMm),
              bottom: twips(page.marginBottomMm),
              left: twips(page.marginLeftMm),
              right: twips(page.marginRightMm),
              header: twips(page.headerDistanceMm),
              footer: twips(page.headerDistanceMm),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
}

/** The report as .docx bytes. */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc));
}

/** Renders and writes the report; returns the path. */
export async function writeReportDocx(path: string, doc: ReportDocument): Promise<string> {
  writeFileSync(path, await renderReportDocx(doc));
  return path;
}
