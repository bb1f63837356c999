/**
 * The report as plain data: what to write, never how a particular program writes it. The core builds it
 * from the judged sheet (build.ts); one renderer (render/docx.ts, the `docx` package) translates it block by
 * block without adding content or rules of their own. Node writes its bytes to a file; Apps Script hands the
 * same bytes to Drive, which converts them into a Google Doc.
 *
 * Lengths are in millimetres and font sizes in points, as Nghị định 30/2020/NĐ-CP states them; each renderer
 * converts to its own unit (twips, half-points, PostScript points).
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Overrides the paragraph's size. */
  sizePt?: number;
}

/** A stretch of text with one look. Text is literal: nothing in it is ever interpreted (no markup, no formulas). */
export interface Run extends RunStyle {
  text: string;
}

export interface ParagraphFormat {
  align: Align;
  sizePt: number;
  /** Every run is bold/italic unless the run says otherwise. */
  bold?: boolean;
  italic?: boolean;
  firstLineIndentMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Multiple of single line spacing (1 = single). */
  lineSpacing: number;
  /** Keep on the same page as the next paragraph (headings). */
  keepWithNext?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  format: ParagraphFormat;
  /** A short horizontal rule centred under the text above it, this long (the paragraph then has no text). */
  ruleWidthMm?: number;
  /** Start a new page before this paragraph. */
  pageBreakBefore?: boolean;
  /** Outline level for headings (1 = I., II., ...; 2 = 1., 2., ...), for navigation panes. */
  outline?: 1 | 2;
}

export type RowKind = 'header' | 'band' | 'group' | 'data';

export interface TableCell {
  paragraphs: ParagraphBlock[];
  /**
   * The cell continues the one above it (same text, e.g. the task of a row led by several units): a renderer
   * that can merge cells vertically merges it into the one above; the cell itself holds no text.
   */
  continued?: boolean;
}

export interface TableRow {
  kind: RowKind;
  cells: TableCell[];
  /** Band and group rows: the cells from this index to the end form one cell (the others hold no text). */
  spanFrom?: number;
}

export interface TableColumn {
  widthMm: number;
  align: Align;
}

export interface TableBlock {
  kind: 'table';
  /**
   * layout: the header block and the signature block (no borders, cells may hold several paragraphs);
   * grid: an appendix table (single borders, one plain paragraph per cell, header row repeated on each page).
   */
  style: 'layout' | 'grid';
  columns: TableColumn[];
  rows: TableRow[];
  /** Grid tables: the text size of every cell. */
  sizePt: number;
}

export interface ImageBlock {
  kind: 'image';
  title: string;
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Printed size, scaled to fit the text width. */
  widthMm: number;
  heightMm: number;
}

/**
 * The blocks after this one go on pages with another setup (the appendix tables in landscape). Page numbers
 * continue; the running header (page number) is the same.
 */
export interface SectionBlock {
  kind: 'section';
  page: PageSetup;
}

export type Block = ParagraphBlock | TableBlock | ImageBlock | SectionBlock;

export interface PageSetup {
  /** Landscape pages are written as width > height; a renderer flags the orientation from that. */
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** Distance from the page edge to the running header (page number). */
  headerDistanceMm: number;
}

export interface ReportDocument {
  page: PageSetup;
  /** Document default font. */
  font: { family: string; sizePt: number };
  /** Page number in the running header, centred, from this page on (the first page has none). */
  pageNumbers: { fromPage: number; sizePt: number; align: Align };
  blocks: Block[];
  meta: {
    /** Document title for file properties. */
    title: string;
    reportingYear: number;
    wardName: string;
    /** The document's author in its file properties ("UBND phường …"). */
    creator: string;
    generatedAt: Date;
  };
}

/** The text of a paragraph, runs joined. */
export function paragraphText(p: ParagraphBlock): string {
  return p.runs.map((r) => r.text).join('');
}

/** The text of a cell, paragraphs separated by a line break. */
export function cellText(cell: TableCell): string {
  return cell.paragraphs.map(paragraphText).join('\n');
}
