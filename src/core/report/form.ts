import type { PageSetup, ParagraphFormat } from './model';

/**
 * The form of an administrative report, Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top/bottom 20 mm,
 * left 30 mm, right 15 mm; Times New Roman; body 14 pt, justified, first-line indent 1–1,27 cm, paragraph spacing
 * at least 6 pt, line spacing single to 1,5; header lines 12–13 pt; "Nơi nhận:" 12 pt bold italic and its
 * items 11 pt; page numbers centred at the top from page 2.
 * Every size the renderers use comes from here.
 */
export const PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  headerDistanceMm: 10,
};

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;

/**
 * The appendix tables read better across an A4 page turned sideways: the same margins, the long side across
 * (text width 252 mm instead of 165 mm), so names and units wrap little and "25.1" never splits.
 */
export const LANDSCAPE_PAGE: PageSetup = { ...PAGE, widthMm: PAGE.heightMm, heightMm: PAGE.widthMm };
export const LANDSCAPE_TEXT_WIDTH_MM =
  LANDSCAPE_PAGE.widthMm - LANDSCAPE_PAGE.marginLeftMm - LANDSCAPE_PAGE.marginRightMm;

/** The rule under the motto is as long as the motto ("Độc lập - Tự do - Hạnh phúc", 13 pt bold ≈ 56 mm). */
export const MOTTO_RULE_MM = 56;
/** The rule under the issuing body: a third to a half of its line. */
export const ISSUER_RULE_MM = 22;

export const FONT_FAMILY = 'Times New Roman';
export const BODY_SIZE = 14;
export const PAGE_NUMBER_SIZE = 13;
/** Lines of the header block (issuing body, national title, number line). */
export const HEADER_SIZE = 13;
/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12–13 pt; 12 keeps it on one line in the right column. */
export const NATIONAL_TITLE_SIZE = 12;
export const RECIPIENTS_TITLE_SIZE = 12;
export const RECIPIENT_SIZE = 11;
export const SIGNATURE_SIZE = 14;
export const GRID_SIZE = 12;
export const FIRST_LINE_INDENT_MM = 12.7;
export const LINE_SPACING = 1.2;
export const PARAGRAPH_SPACE_PT = 6;

/** Header block columns: issuing body | national title. */
export const HEADER_COLUMNS_MM = [66, TEXT_WIDTH_MM - 66] as const;
/** Signature block columns: recipients | signature. */
export const SIGNATURE_COLUMNS_MM = [80, TEXT_WIDTH_MM - 80] as const;
/**
 * Appendix (landscape, 252 mm): TT, Chỉ tiêu, Đơn vị tính, Mục tiêu, Kết quả, Đánh giá, Đơn vị chủ trì.
 * TT 14 mm holds "25.1" and "9.6" on one line at 12 pt; Đơn vị tính 30 mm holds "% tổng chi ngân sách nhà
 * nước" in two lines.
 */
export const INDICATOR_COLUMNS_MM = [14, 84, 30, 30, 32, 30, 32] as const;
/** Appendix (landscape): TT, Nhiệm vụ, Đơn vị chủ trì, Thời hạn, Tình trạng, Kết quả, sản phẩm. */
export const TASK_COLUMNS_MM = [14, 92, 38, 28, 28, 52] as const;

const base: ParagraphFormat = {
  align: 'justify',
  sizePt: BODY_SIZE,
  firstLineIndentMm: FIRST_LINE_INDENT_MM,
  spaceBeforePt: 0,
  spaceAfterPt: PARAGRAPH_SPACE_PT,
  lineSpacing: LINE_SPACING,
};

/** Paragraph looks by role. */
export const FORMATS = {
  body: base,
  heading1: { ...base, bold: true, keepWithNext: true, spaceBeforePt: 6 },
  heading2: { ...base, bold: true, keepWithNext: true },
  heading3: { ...base, italic: true, keepWithNext: true },
  title: {
    ...base,
    align: 'center',
    bold: true,
    firstLineIndentMm: 0,
    spaceBeforePt: 12,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  subject: { ...base, align: 'center', bold: true, firstLineIndentMm: 0, spaceAfterPt: 0, lineSpacing: 1 },
  /** Lines inside the header block. */
  header: { ...base, align: 'center', sizePt: HEADER_SIZE, firstLineIndentMm: 0, spaceAfterPt: 0, lineSpacing: 1 },
  /** The place-and-date line. */
  dateLine: {
    ...base,
    align: 'center',
    italic: true,
    firstLineIndentMm: 0,
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  numberLine: {
    ...base,
    align: 'center',
    sizePt: HEADER_SIZE,
    firstLineIndentMm: 0,
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  rule: {
    ...base,
    align: 'center',
    sizePt: 4,
    firstLineIndentMm: 0,
    spaceBeforePt: 3,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  recipientsTitle: {
    ...base,
    align: 'left',
    sizePt: RECIPIENTS_TITLE_SIZE,
    bold: true,
    italic: true,
    firstLineIndentMm: 0,
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  recipient: { ...base, align: 'left', sizePt: RECIPIENT_SIZE, firstLineIndentMm: 0, spaceAfterPt: 0, lineSpacing: 1 },
  signature: {
    ...base,
    align: 'center',
    sizePt: SIGNATURE_SIZE,
    bold: true,
    firstLineIndentMm: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  signatureTop: {
    ...base,
    align: 'center',
    sizePt: SIGNATURE_SIZE,
    bold: true,
    firstLineIndentMm: 0,
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  appendixTitle: { ...base, align: 'center', bold: true, firstLineIndentMm: 0, spaceAfterPt: 0, lineSpacing: 1 },
  appendixSubtitle: {
    ...base,
    align: 'center',
    italic: true,
    sizePt: 13,
    firstLineIndentMm: 0,
    spaceAfterPt: 12,
    lineSpacing: 1,
  },
  caption: {
    ...base,
    align: 'center',
    italic: true,
    sizePt: 13,
    firstLineIndentMm: 0,
    spaceBeforePt: 6,
    lineSpacing: 1,
  },
  gridCell: {
    ...base,
    align: 'left',
    sizePt: GRID_SIZE,
    firstLineIndentMm: 0,
    spaceBeforePt: 2,
    spaceAfterPt: 2,
    lineSpacing: 1,
  },
} satisfies Record<string, ParagraphFormat>;

export type FormatName = keyof typeof FORMATS;

/** 1 mm in points (1 pt = 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;
