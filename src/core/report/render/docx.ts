/**
 * Writes the report model as a .docx with the `docx` package: a translation only (sizes, texts and order all
 * come from the model). The same code runs on Node (`npm start` writes the bytes to a file) and in Apps Script
 * (Drive converts the bytes into a Google Doc), so the two outputs cannot drift apart.
 *
 * Apps Script has no setTimeout, setImmediate, Buffer or TextEncoder, and `Packer.to*()` need them and answer
 * through a promise. `docxBytes` therefore takes the synchronous path inside docx 9.15.2: its compiler builds
 * every part of the package (XML strings, images as bytes) and fflate's `zipSync` zips them. The compiler is a
 * private static of `Packer` (docx pins to 9.15.2 exactly in package.json); `docxParts` fails loudly if a new
 * version moves it, and a test runs the whole path in a node:vm that has only Apps Script's globals.
 * Nothing here may use a Node or Apps Script API: tsconfig.core.json checks this file with no ambient types.
 */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
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
import { strToU8, zipSync } from 'fflate';
import type { Align, ImageBlock, PageSetup, ParagraphBlock, ReportDocument, TableBlock } from '../model';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
    keepLines: f.keepWithNext || undefined,
    pageBreakBefore: p.pageBreakBefore || undefined,
    outlineLevel: p.outline !== undefined ? p.outline - 1 : undefined,
  };
  if (p.ruleWidthMm !== undefined) {
    // A short centred rule: a paragraph whose bottom border is as long as the space between its indents (a
    // line, not an underline, so it never cuts the letters above it).
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
        // Only what differs from the document's defaults (Times New Roman, regular): a 5,000-row appendix
        // repeats these on every cell, and Apps Script writes every byte of them.
        new TextRun({
          text: r.text,
          size: halfPoints(r.sizePt ?? f.sizePt),
          bold: (r.bold ?? f.bold) || undefined,
          italics: (r.italic ?? f.italic) || undefined,
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
        // Every cell gets an absolute width (DXA): Google Docs' import loses table widths otherwise.
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
        // Always bytes: a string would go through docx's TextEncoder/atob paths, absent in Apps Script.
        data: b.png,
        transformation: { width: emuPx(b.widthMm), height: emuPx(b.heightMm) },
        altText: { name: b.title, description: b.title, title: b.title },
      }),
    ],
  });
}

interface SectionContent {
  page: PageSetup;
  children: (Paragraph | Table)[];
}

function pageProperties(page: PageSetup) {
  const landscape = page.widthMm > page.heightMm;
  return {
    // docx swaps width and height itself for a landscape section: give it the portrait sheet.
    size: {
      width: twips(Math.min(page.widthMm, page.heightMm)),
      height: twips(Math.max(page.widthMm, page.heightMm)),
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: twips(page.marginTopMm),
      bottom: twips(page.marginBottomMm),
      left: twips(page.marginLeftMm),
      right: twips(page.marginRightMm),
      header: twips(page.headerDistanceMm),
      footer: twips(page.headerDistanceMm),
    },
  };
}

/** The model's blocks cut into sections at each SectionBlock. */
function sections(doc: ReportDocument, font: string): SectionContent[] {
  const out: SectionContent[] = [{ page: doc.page, children: [] }];
  const blocks = doc.blocks;
  blocks.forEach((b, i) => {
    if (b.kind === 'section') {
      out.push({ page: b.page, children: [] });
      return;
    }
    const current = out[out.length - 1];
    const widthMm = current.page.widthMm - current.page.marginLeftMm - current.page.marginRightMm;
    if (b.kind === 'paragraph') current.children.push(paragraph(b, font, widthMm));
    else if (b.kind === 'image') current.children.push(image(b));
    else current.children.push(table(b, font));
    // Word needs a paragraph between two tables, and after a table that ends a section or the document.
    const next = blocks[i + 1];
    if (b.kind === 'table' && (!next || next.kind === 'table' || next.kind === 'section'))
      current.children.push(new Paragraph({ children: [] }));
  });
  return out;
}

export function buildDocx(doc: ReportDocument): Document {
  const font = doc.font.family;
  const pageNumber = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: ALIGN[doc.pageNumbers.align],
          children: [new TextRun({ children: [PageNumber.CURRENT], font, size: halfPoints(doc.pageNumbers.sizePt) })],
        }),
      ],
    });
  return new Document({
    title: doc.meta.title,
    creator: doc.meta.creator,
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(doc.font.sizePt) },
          paragraph: { spacing: { after: 0 } },
        },
      },
    },
    sections: sections(doc, font).map((s, i) => ({
      properties: {
        // The first page has its own (empty) header, so numbering shows from page 2; later sections continue
        // the numbering with the same header.
        titlePage: i === 0 && doc.pageNumbers.fromPage > 1,
        page: pageProperties(s.page),
      },
      headers:
        i === 0
          ? { default: pageNumber(), first: new Header({ children: [new Paragraph({ children: [] })] }) }
          : { default: pageNumber() },
      children: s.children,
    })),
  });
}

export interface DocxPart {
  path: string;
  data: string | Uint8Array;
}

type Compiler = { compile(file: Document): Map<string, string | Uint8Array | ArrayBuffer> };

/** Every part of the package (XML as strings, media as bytes), synchronously, [Content_Types].xml first. */
export function docxParts(document: Document): DocxPart[] {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler || typeof compiler.compile !== 'function')
    throw new Error('docx: Packer.compiler.compile not found (the docx package changed; keep it at 9.15.2)');
  const parts: DocxPart[] = [];
  for (const [path, data] of compiler.compile(document)) {
    parts.push({
      path,
      data:
        typeof data === 'string'
          ? data
          : ArrayBuffer.isView(data)
            ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
            : new Uint8Array(data),
    });
  }
  const types = parts.findIndex((p) => p.path === '[Content_Types].xml');
  if (types > 0) parts.unshift(parts.splice(types, 1)[0]);
  return parts;
}

/** The .docx file's bytes, synchronously, with no runtime API beyond ECMAScript (Apps Script and Node alike). */
export function docxBytes(doc: ReportDocument): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  // strToU8 has its own UTF-8 encoder when TextEncoder is missing (Apps Script).
  for (const p of docxParts(buildDocx(doc))) files[p.path] = typeof p.data === 'string' ? strToU8(p.data) : p.data;
  return zipSync(files, { level: 6 });
}
