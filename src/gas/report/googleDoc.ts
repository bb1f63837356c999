/**
 * Writes the report model (src/core/report) into a new Google Doc with DocumentApp. A translation only.
 *
 * DocumentApp is slow per call, so the writer keeps calls few and independent of the data's size:
 *  - a paragraph is one appendParagraph + one setAttributes with the whole attribute object (plus one call per
 *    run that differs from the paragraph, e.g. a bold word);
 *  - an appendix table is ONE appendTable(cells) from a 2-D array, then a fixed number of calls for the table
 *    (borders and text look, column widths, header row) and two calls per group/band row (bold): nothing per
 *    data row or per cell.
 * What DocumentApp cannot do (page-number fields, a different first-page header, "keep with next", per-column
 * alignment without per-cell calls) is left out; see docs/report.md.
 */

import { REPORT_TEXT } from '../../core/report/messages';
import {
  type Align,
  type ImageBlock,
  type ParagraphBlock,
  paragraphText,
  type ReportDocument,
  type Run,
  type TableBlock,
} from '../../core/report/model';

export { reportDocumentName } from '../../core/report/name';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Attrs = Record<string, unknown>;

const PT_PER_MM = 72 / 25.4;
const pt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;

export interface GoogleDocReport {
  id: string;
  url: string;
  /** Things the VHXH office should know (page numbers to add by hand, folder not found). */
  notes: string[];
}

function alignment(a: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === 'center' ? H.CENTER : a === 'right' ? H.RIGHT : a === 'justify' ? H.JUSTIFY : H.LEFT;
}

/** Paragraph and text attributes of a paragraph, as one object for a single setAttributes call. */
function paragraphAttributes(p: ParagraphBlock, font: string): Attrs {
  const A = DocumentApp.Attribute;
  const f = p.format;
  const uniform = p.runs.length === 1 ? p.runs[0] : undefined;
  return {
    [A.HORIZONTAL_ALIGNMENT]: alignment(f.align),
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: uniform?.sizePt ?? f.sizePt,
    [A.BOLD]: uniform?.bold ?? f.bold ?? false,
    [A.ITALIC]: uniform?.italic ?? f.italic ?? false,
    [A.UNDERLINE]: uniform?.underline ?? false,
    [A.INDENT_FIRST_LINE]: pt(f.firstLineIndentMm),
    [A.INDENT_START]: 0,
    [A.INDENT_END]: 0,
    [A.SPACING_BEFORE]: f.spaceBeforePt,
    [A.SPACING_AFTER]: f.spaceAfterPt,
    [A.LINE_SPACING]: f.lineSpacing,
  };
}

/** A rule drawn as underlined no-break spaces (DocumentApp has no paragraph borders; a horizontal rule spans the page). */
function ruleText(p: ParagraphBlock): string {
  const spaceMm = 0.25 * p.format.sizePt * (25.4 / 72);
  return '\u00a0'.repeat(Math.max(1, Math.round((p.ruleWidthMm ?? 0) / spaceMm)));
}

function textOf(p: ParagraphBlock): string {
  return p.ruleWidthMm !== undefined ? ruleText(p) : paragraphText(p);
}

/** Styles a paragraph already holding its text: one call, plus one per run that differs from the paragraph. */
function styleParagraph(par: Paragraph, p: ParagraphBlock, font: string): void {
  const attrs = paragraphAttributes(p, font);
  if (p.ruleWidthMm !== undefined) attrs[DocumentApp.Attribute.UNDERLINE] = true;
  par.setAttributes(attrs);
  if (p.runs.length <= 1) return;
  const A = DocumentApp.Attribute;
  const differing = (r: Run) => r.bold !== undefined || r.italic !== undefined || r.underline || r.sizePt !== undefined;
  if (!p.runs.some((r) => r.text && differing(r))) return;
  const text = par.editAsText();
  let start = 0;
  for (const r of p.runs) {
    const end = start + r.text.length - 1;
    if (r.text && differing(r)) {
      const run: Attrs = {};
      if (r.bold !== undefined) run[A.BOLD] = r.bold;
      if (r.italic !== undefined) run[A.ITALIC] = r.italic;
      if (r.underline) run[A.UNDERLINE] = true;
      if (r.sizePt !== undefined) run[A.FONT_SIZE] = r.sizePt;
      text.setAttributes(start, end, run);
    }
    start = end + 1;
  }
}

/** getChild()/getParent() hand back a generic element; Apps Script wants asParagraph() before paragraph calls. */
function asParagraph(
  element: GoogleAppsScript.Document.Element | GoogleAppsScript.Document.ContainerElement,
): Paragraph {
  const e = element as unknown as { asParagraph?: () => Paragraph };
  return typeof e.asParagraph === 'function' ? e.asParagraph() : (element as unknown as Paragraph);
}

function writeParagraph(body: Body, p: ParagraphBlock, font: string): void {
  let par: Paragraph;
  if (p.pageBreakBefore) {
    // The break opens a new paragraph; the text goes after the break in that same paragraph, so the new page
    // starts with the text (no empty line above it).
    par = asParagraph(body.appendPageBreak().getParent());
    par.appendText(textOf(p));
  } else par = body.appendParagraph(textOf(p));
  styleParagraph(par, p, font);
}

/** Header and signature blocks: borderless, a few cells with several paragraphs each (a fixed number of calls). */
function writeLayoutTable(body: Body, t: TableBlock, font: string): void {
  const cells = t.rows.map((r) => r.cells.map((c) => (c.paragraphs[0] ? textOf(c.paragraphs[0]) : '')));
  const table = body.appendTable(cells);
  table.setAttributes({ [DocumentApp.Attribute.BORDER_WIDTH]: 0 });
  t.columns.forEach((c, i) => table.setColumnWidth(i, pt(c.widthMm)));
  t.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      const gcell = table.getCell(r, c);
      gcell.setAttributes({
        [DocumentApp.Attribute.PADDING_LEFT]: 2,
        [DocumentApp.Attribute.PADDING_RIGHT]: 2,
        [DocumentApp.Attribute.PADDING_TOP]: 0,
        [DocumentApp.Attribute.PADDING_BOTTOM]: 0,
      });
      cell.paragraphs.forEach((p, i) => {
        const par = i === 0 ? asParagraph(gcell.getChild(0)) : gcell.appendParagraph(textOf(p));
        styleParagraph(par, p, font);
      });
    }),
  );
}

/**
 * Appendix tables: ONE appendTable from the 2-D array, then a fixed number of calls per table (borders and the
 * text look in one setAttributes, column widths, the header row's centring) and two calls per band/group row
 * (bold). Nothing is called per data row or per cell, so 200 indicator rows cost what 10 do.
 */
function writeGridTable(body: Body, t: TableBlock, font: string): void {
  const A = DocumentApp.Attribute;
  const cells = t.rows.map((r) => r.cells.map((c) => c.paragraphs.map(paragraphText).join(' ')));
  const table = body.appendTable(cells);
  table.setAttributes({
    [A.BORDER_WIDTH]: 0.5,
    [A.BORDER_COLOR]: '#000000',
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: t.sizePt,
    [A.BOLD]: false,
    [A.ITALIC]: false,
    [A.UNDERLINE]: false,
  });
  t.columns.forEach((c, i) => table.setColumnWidth(i, pt(c.widthMm)));
  const header = t.rows[0];
  if (header?.kind === 'header')
    header.cells.forEach((_, c) =>
      asParagraph(table.getCell(0, c).getChild(0)).setAlignment(DocumentApp.HorizontalAlignment.CENTER),
    );
  t.rows.forEach((row, r) => {
    if (row.kind !== 'data') table.getRow(r).setAttributes({ [A.BOLD]: true });
  });
}

function writeTable(body: Body, t: TableBlock, font: string): void {
  if (t.style === 'layout') writeLayoutTable(body, t, font);
  else writeGridTable(body, t, font);
}

function writeImage(body: Body, b: ImageBlock): void {
  const bytes = Array.from(b.png, (x) => (x > 127 ? x - 256 : x));
  const blob = Utilities.newBlob(bytes, 'image/png', `${b.title || 'bieu-do'}.png`);
  const image = body.appendImage(blob);
  const px = (mm: number) => Math.round((mm / 25.4) * 96);
  image.setWidth(px(b.widthMm)).setHeight(px(b.heightMm)).setAltTitle(b.title);
  asParagraph(image.getParent()).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
}

/** Moves the new Doc into the configured folder, else the spreadsheet's folder; returns a note when it could not. */
function placeInFolder(docId: string, folderId: string | undefined, spreadsheetId: string): string[] {
  const notes: string[] = [];
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  if (folderId) {
    try {
      folder = DriveApp.getFolderById(folderId);
    } catch {
      notes.push(REPORT_TEXT.gdocFolderMissing(folderId));
    }
  }
  if (!folder) {
    try {
      const parents = DriveApp.getFileById(spreadsheetId).getParents();
      if (parents.hasNext()) folder = parents.next();
    } catch {
      folder = null;
    }
  }
  if (!folder) {
    notes.push(REPORT_TEXT.gdocFolderFallback);
    return notes;
  }
  try {
    DriveApp.getFileById(docId).moveTo(folder);
  } catch {
    notes.push(REPORT_TEXT.gdocFolderFallback);
  }
  return notes;
}

/**
 * Creates a NEW Google Doc holding the report (an earlier report is never opened or overwritten), in the folder
 * given by Cấu hình or else the spreadsheet's folder. Name it with reportDocumentName(config, generatedAt).
 */
export function renderReportToGoogleDoc(
  doc: ReportDocument,
  options: { name: string; folderId?: string; spreadsheetId: string },
): GoogleDocReport {
  const gdoc: Doc = DocumentApp.create(options.name);
  const body = gdoc.getBody();
  const A = DocumentApp.Attribute;
  const { page } = doc;
  body.setAttributes({
    [A.PAGE_WIDTH]: pt(page.widthMm),
    [A.PAGE_HEIGHT]: pt(page.heightMm),
    [A.MARGIN_TOP]: pt(page.marginTopMm),
    [A.MARGIN_BOTTOM]: pt(page.marginBottomMm),
    [A.MARGIN_LEFT]: pt(page.marginLeftMm),
    [A.MARGIN_RIGHT]: pt(page.marginRightMm),
  });
  const font = doc.font.family;
  // A new Doc holds one empty paragraph; it is removed once the content follows it.
  const initial = body.getChild(0);
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') writeParagraph(body, block, font);
    else if (block.kind === 'table') writeTable(body, block, font);
    else writeImage(body, block);
  }
  try {
    initial.removeFromParent();
  } catch {
    // Docs refused to remove it: keep it, invisible.
    initial.setAttributes({ [A.FONT_SIZE]: 1, [A.SPACING_AFTER]: 0, [A.SPACING_BEFORE]: 0 });
  }
  gdoc.saveAndClose();
  const notes = [
    REPORT_TEXT.gdocPageNumberHint,
    ...placeInFolder(gdoc.getId(), options.folderId || undefined, options.spreadsheetId),
  ];
  return { id: gdoc.getId(), url: gdoc.getUrl(), notes };
}
