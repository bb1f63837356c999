/**
 * DocumentApp as an inspectable tree: Document > Body/Header/Footer > Paragraph | ListItem | Table >
 * TableRow > TableCell > Paragraph > Text. `toJSON()` on a document gives the whole tree (type, text,
 * attributes, children) for assertions.
 *
 * Real behaviour kept:
 * - A new document's body holds one empty paragraph, so appendParagraph() adds after it; the last
 *   paragraph of a section cannot be removed ("Can't remove the last paragraph in a document section.").
 * - Paragraph reference: "Paragraphs may not contain new-line characters. New-line characters ("\n")
 *   are converted to line-break characters ("\r")."
 * - Body.appendPageBreak()/appendHorizontalRule() put the element inside a new paragraph.
 * - A table cell always holds at least one paragraph; appendTable(cells) fills one paragraph per cell.
 * - Attributes are keyed by DocumentApp.Attribute names (style[DocumentApp.Attribute.BOLD] = true).
 * - After saveAndClose() the content cannot change: "Document is closed, its contents cannot be updated."
 * Defaults not taken from a source: page 612 x 792 pt (US Letter), margins 72 pt.
 */

import type { Env } from './context';
import { type CallCounter, gas, unwrap, wrap } from './counter';
import {
  DocAttribute,
  ElementType,
  type EnumValue,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  VerticalAlignment,
} from './enums';
import { FakeBlob } from './utilities';

const TEXT_ATTRS = new Set([
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
]);
type Attrs = Record<string, unknown>;

function normalizeAttrs(attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs ?? {})) out[String(k)] = unwrap(v);
  return out;
}

/** Attributes as plain data for toJSON(): enum values become their names. */
function plain(attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs))
    out[k] = v && typeof v === 'object' && 'toJSON' in (v as object) ? String(v) : v;
  return out;
}

interface DocCtx {
  counter: CallCounter;
  doc: FakeDocument;
}

export interface DocJson {
  type: string;
  text?: string;
  attributes?: Attrs;
  runs?: { start: number; end: number; attributes: Attrs }[];
  children?: DocJson[];
}

abstract class DocElement {
  _parent: DocContainer | null = null;
  _attrs: Attrs = {};
  constructor(
    readonly _ctx: DocCtx,
    readonly _type: EnumValue,
  ) {}
  getType(): any {
    return this._type;
  }
  getParent(): any {
    return this._parent;
  }
  getAttributes(): any {
    return { ...this._attrs };
  }
  abstract getText(): string;
  _assertOpen(): void {
    if (this._ctx.doc._closed) throw new Error('Document is closed, its contents cannot be updated.');
  }
  removeFromParent(): any {
    this._assertOpen();
    this._parent?._removeChild(this);
    return this;
  }
  getNextSibling(): any {
    const sib = this._parent?._children;
    return sib ? (sib[sib.indexOf(this) + 1] ?? null) : null;
  }
  getPreviousSibling(): any {
    const sib = this._parent?._children;
    return sib ? (sib[sib.indexOf(this) - 1] ?? null) : null;
  }
  _json(): DocJson {
    return { type: String(this._type), attributes: plain(this._attrs) };
  }
}

abstract class DocContainer extends DocElement {
  _children: DocElement[] = [];

  _add<T extends DocElement>(child: T, index = this._children.length, name?: string): T {
    this._assertOpen();
    child._parent = this;
    this._children.splice(index, 0, child);
    if (name) wrap(this._ctx.counter, name, child);
    return child;
  }
  _removeChild(child: DocElement): void {
    const isLastParagraph =
      this instanceof FakeSection &&
      child instanceof FakeParagraph &&
      this._children.filter((c) => c instanceof FakeParagraph).length === 1;
    if (isLastParagraph) throw new Error("Can't remove the last paragraph in a document section.");
    this._children = this._children.filter((c) => c !== child);
    child._parent = null;
  }
  getNumChildren(): number {
    return this._children.length;
  }
  getChild(childIndex: number): any {
    const c = this._children[childIndex];
    // Real text for an index out of range is not documented; ours.
    if (!c)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this._children.length}).`,
      );
    return c;
  }
  getChildIndex(child: any): number {
    return this._children.indexOf(unwrap(child));
  }
  removeChild(child: any): any {
    this._assertOpen();
    this._removeChild(unwrap(child));
    return this;
  }
  setAttributes(attributes: any): any {
    this._assertOpen();
    this._applyAttrs(normalizeAttrs(attributes));
    return this;
  }
  _applyAttrs(attrs: Attrs): void {
    const own: Attrs = {};
    const text: Attrs = {};
    for (const [k, v] of Object.entries(attrs)) (TEXT_ATTRS.has(k) ? text : own)[k] = v;
    Object.assign(this._attrs, own);
    if (Object.keys(text).length) for (const t of this._texts()) t._setAll(text);
  }
  _texts(): FakeText[] {
    const out: FakeText[] = [];
    for (const c of this._children) {
      if (c instanceof FakeText) out.push(c);
      else if (c instanceof DocContainer) out.push(...c._texts());
    }
    return out;
  }
  clear(): any {
    this._assertOpen();
    this._children = [];
    return this;
  }
  _json(): DocJson {
    return { ...super._json(), text: this.getText(), children: this._children.map((c) => c._json()) };
  }
}

// --- text -------------------------------------------------------------------------------------------

type Text = GoogleAppsScript.Document.Text;

export class FakeText
  extends DocElement
  implements
    Pick<
      Text,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'insertText'
      | 'deleteText'
      | 'editAsText'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setStrikethrough'
      | 'setFontSize'
      | 'setFontFamily'
      | 'setForegroundColor'
      | 'setBackgroundColor'
      | 'setLinkUrl'
      | 'isBold'
      | 'isItalic'
      | 'isUnderline'
      | 'getFontSize'
      | 'getFontFamily'
      | 'getForegroundColor'
      | 'setAttributes'
      | 'getAttributes'
      | 'getTextAttributeIndices'
    >
{
  /** One attribute object per character (shared until changed). */
  _chars: Attrs[] = [];
  constructor(
    ctx: DocCtx,
    public _text: string,
  ) {
    super(ctx, ElementType.TEXT);
    this._chars = Array.from({ length: _text.length }, () => ({}));
  }
  getText(): string {
    return this._text;
  }
  setText(text: string): Text {
    this._assertOpen();
    const t = String(text).replace(/\n/g, '\r');
    this._text = t;
    this._chars = Array.from({ length: t.length }, () => ({}));
    return gas(this);
  }
  appendText(text: string): Text {
    return this.insertText(this._text.length, text);
  }
  insertText(offset: number, text: string): Text {
    this._assertOpen();
    const t = String(text).replace(/\n/g, '\r');
    const inherit = { ...(this._chars[offset - 1] ?? {}) };
    this._text = this._text.slice(0, offset) + t + this._text.slice(offset);
    this._chars.splice(offset, 0, ...Array.from({ length: t.length }, () => ({ ...inherit })));
    return gas(this);
  }
  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this._assertOpen();
    this._text = this._text.slice(0, startOffset) + this._text.slice(endOffsetInclusive + 1);
    this._chars.splice(startOffset, endOffsetInclusive - startOffset + 1);
    return gas(this);
  }
  editAsText(): Text {
    return gas(this);
  }
  _setAll(attrs: Attrs): void {
    Object.assign(this._attrs, attrs);
    this._chars = this._chars.map((c) => ({ ...c, ...attrs }));
  }
  private setRange(args: unknown[], key: string): Text {
    this._assertOpen();
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, unknown];
      for (let i = start; i <= end && i < this._chars.length; i++) this._chars[i] = { ...this._chars[i], [key]: value };
    } else {
      this._setAll({ [key]: args[0] });
    }
    return gas(this);
  }
  private get(key: string, offset?: number | null): any {
    if (offset !== undefined && offset !== null) return this._chars[offset]?.[key] ?? this._attrs[key] ?? null;
    if (this._chars.length === 0) return this._attrs[key] ?? null;
    const first = this._chars[0][key];
    return this._chars.every((c) => c[key] === first) ? (first ?? null) : null;
  }
  setBold(...args: any[]): Text {
    return this.setRange(args, 'BOLD');
  }
  setItalic(...args: any[]): Text {
    return this.setRange(args, 'ITALIC');
  }
  setUnderline(...args: any[]): Text {
    return this.setRange(args, 'UNDERLINE');
  }
  setStrikethrough(...args: any[]): Text {
    return this.setRange(args, 'STRIKETHROUGH');
  }
  setFontSize(...args: any[]): Text {
    return this.setRange(args, 'FONT_SIZE');
  }
  setFontFamily(...args: any[]): Text {
    return this.setRange(args, 'FONT_FAMILY');
  }
  setForegroundColor(...args: any[]): Text {
    return this.setRange(args, 'FOREGROUND_COLOR');
  }
  setBackgroundColor(...args: any[]): Text {
    return this.setRange(args, 'BACKGROUND_COLOR');
  }
  setLinkUrl(...args: any[]): Text {
    return this.setRange(args, 'LINK_URL');
  }
  isBold(offset?: number | null): boolean {
    return this.get('BOLD', offset);
  }
  isItalic(offset?: number | null): boolean {
    return this.get('ITALIC', offset);
  }
  isUnderline(offset?: number | null): boolean {
    return this.get('UNDERLINE', offset);
  }
  getFontSize(offset?: number | null): number {
    return this.get('FONT_SIZE', offset);
  }
  getFontFamily(offset?: number | null): string {
    return this.get('FONT_FAMILY', offset);
  }
  getForegroundColor(offset?: number | null): string {
    return this.get('FOREGROUND_COLOR', offset);
  }
  /** setAttributes(attrs) or setAttributes(start, endInclusive, attrs). */
  setAttributes(...args: any[]): Text {
    this._assertOpen();
    if (args.length >= 3) {
      const attrs = normalizeAttrs(args[2]);
      for (let i = args[0]; i <= args[1] && i < this._chars.length; i++)
        this._chars[i] = { ...this._chars[i], ...attrs };
    } else this._setAll(normalizeAttrs(args[0]));
    return gas(this);
  }
  getAttributes(offset?: number | null): any {
    return offset === undefined || offset === null ? { ...this._attrs } : { ...(this._chars[offset] ?? {}) };
  }
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    this._chars.forEach((c, i) => {
      if (i === 0 || JSON.stringify(c) !== JSON.stringify(this._chars[i - 1])) out.push(i);
    });
    return out;
  }
  _json(): DocJson {
    const runs: DocJson['runs'] = [];
    for (const start of this.getTextAttributeIndices()) {
      const attributes = this._chars[start];
      let end = start;
      while (end + 1 < this._chars.length && JSON.stringify(this._chars[end + 1]) === JSON.stringify(attributes)) end++;
      if (Object.keys(attributes).length) runs.push({ start, end, attributes: plain(attributes) });
    }
    return { type: 'TEXT', text: this._text, attributes: plain(this._attrs), runs };
  }
}

class FakeLeaf extends DocElement {
  getText(): string {
    return '';
  }
}

/** Body.appendImage(blob) puts an InlineImage inside a new paragraph (Body reference: appendImage). */
export class FakeInlineImage extends FakeLeaf {
  _bytes: number[] = [];
  _contentType = '';
  setWidth(width: number): this {
    this._attrs.WIDTH = width;
    return this;
  }
  setHeight(height: number): this {
    this._attrs.HEIGHT = height;
    return this;
  }
  getWidth(): number {
    return this._attrs.WIDTH as number;
  }
  getHeight(): number {
    return this._attrs.HEIGHT as number;
  }
  setAltTitle(title: string): this {
    this._attrs.ALT_TITLE = title;
    return this;
  }
  getAltTitle(): string {
    return (this._attrs.ALT_TITLE as string) ?? '';
  }
  getBlob(): { getBytes(): number[]; getContentType(): string } {
    return { getBytes: () => [...this._bytes], getContentType: () => this._contentType };
  }
}

// --- paragraphs -------------------------------------------------------------------------------------

type Paragraph = GoogleAppsScript.Document.Paragraph;

export class FakeParagraph
  extends DocContainer
  implements
    Pick<
      Paragraph,
      | 'appendText'
      | 'getText'
      | 'setText'
      | 'editAsText'
      | 'setAlignment'
      | 'getAlignment'
      | 'setHeading'
      | 'getHeading'
      | 'setIndentFirstLine'
      | 'getIndentFirstLine'
      | 'setIndentStart'
      | 'getIndentStart'
      | 'setIndentEnd'
      | 'getIndentEnd'
      | 'setSpacingBefore'
      | 'getSpacingBefore'
      | 'setSpacingAfter'
      | 'getSpacingAfter'
      | 'setLineSpacing'
      | 'getLineSpacing'
      | 'setAttributes'
      | 'getAttributes'
      | 'appendPageBreak'
      | 'appendHorizontalRule'
      | 'getNumChildren'
      | 'getChild'
    >
{
  constructor(ctx: DocCtx, text: string, type: EnumValue = ElementType.PARAGRAPH) {
    super(ctx, type);
    if (text) this._add(new FakeText(ctx, String(text).replace(/\n/g, '\r')), 0, 'Text');
  }
  getText(): string {
    return this._children.map((c) => c.getText()).join('');
  }
  setText(text: string): any {
    this._assertOpen();
    this._children = [];
    if (text) this._add(new FakeText(this._ctx, String(text).replace(/\n/g, '\r')), 0, 'Text');
    return this._type === ElementType.LIST_ITEM ? undefined : this;
  }
  appendText(text: any): Text {
    return gas(
      this._add(
        new FakeText(this._ctx, typeof text === 'string' ? text.replace(/\n/g, '\r') : String(unwrap(text).getText())),
        undefined,
        'Text',
      ),
    );
  }
  /** One Text holding every run of the paragraph (merged, as Docs keeps a paragraph's text). */
  editAsText(): Text {
    const texts = this._children.filter((c): c is FakeText => c instanceof FakeText);
    if (texts.length === 1) return gas(texts[0]);
    const merged = new FakeText(this._ctx, '');
    for (const t of texts) {
      merged._text += t._text;
      merged._chars.push(...t._chars);
    }
    this._children = this._children.filter((c) => !(c instanceof FakeText));
    return gas(this._add(merged, 0, 'Text'));
  }
  private setAttr(key: string, value: unknown): any {
    this._assertOpen();
    this._attrs[key] = unwrap(value);
    return this;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Paragraph {
    return this.setAttr('HORIZONTAL_ALIGNMENT', alignment);
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return gas(this._attrs.HORIZONTAL_ALIGNMENT ?? HorizontalAlignment.LEFT);
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Paragraph {
    return this.setAttr('HEADING', heading);
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return gas(this._attrs.HEADING ?? ParagraphHeading.NORMAL);
  }
  setIndentFirstLine(v: number): Paragraph {
    return this.setAttr('INDENT_FIRST_LINE', v);
  }
  getIndentFirstLine(): number {
    return (this._attrs.INDENT_FIRST_LINE as number) ?? 0;
  }
  setIndentStart(v: number): Paragraph {
    return this.setAttr('INDENT_START', v);
  }
  getIndentStart(): number {
    return (this._attrs.INDENT_START as number) ?? 0;
  }
  setIndentEnd(v: number): Paragraph {
    return this.setAttr('INDENT_END', v);
  }
  getIndentEnd(): number {
    return (this._attrs.INDENT_END as number) ?? 0;
  }
  setSpacingBefore(v: number): Paragraph {
    return this.setAttr('SPACING_BEFORE', v);
  }
  getSpacingBefore(): number {
    return (this._attrs.SPACING_BEFORE as number) ?? 0;
  }
  setSpacingAfter(v: number): Paragraph {
    return this.setAttr('SPACING_AFTER', v);
  }
  getSpacingAfter(): number {
    return (this._attrs.SPACING_AFTER as number) ?? 0;
  }
  setLineSpacing(multiplier: number): Paragraph {
    return this.setAttr('LINE_SPACING', multiplier);
  }
  getLineSpacing(): number {
    return (this._attrs.LINE_SPACING as number) ?? 1;
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    return gas(this._add(new FakeLeaf(this._ctx, ElementType.PAGE_BREAK), undefined, 'PageBreak'));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return gas(this._add(new FakeLeaf(this._ctx, ElementType.HORIZONTAL_RULE), undefined, 'HorizontalRule'));
  }
}

export class FakeListItem extends FakeParagraph {
  constructor(ctx: DocCtx, text: string) {
    super(ctx, text, ElementType.LIST_ITEM);
    this._attrs.GLYPH_TYPE = GlyphType.BULLET;
    this._attrs.NESTING_LEVEL = 0;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): any {
    this._attrs.GLYPH_TYPE = unwrap(glyphType);
    return this;
  }
  getGlyphType(): any {
    return this._attrs.GLYPH_TYPE;
  }
  setNestingLevel(level: number): any {
    this._attrs.NESTING_LEVEL = level;
    return this;
  }
  getNestingLevel(): number {
    return this._attrs.NESTING_LEVEL as number;
  }
  setListId(item: any): any {
    this._attrs.LIST_ID = (unwrap(item) as FakeListItem)._attrs.LIST_ID ?? 'list';
    return this;
  }
}

// --- tables -----------------------------------------------------------------------------------------

export class FakeTableCell extends DocContainer {
  constructor(ctx: DocCtx, text: string) {
    super(ctx, ElementType.TABLE_CELL);
    this._add(new FakeParagraph(ctx, text), 0, 'Paragraph');
  }
  getText(): string {
    return this._children.map((c) => c.getText()).join('\n');
  }
  setText(text: string): any {
    this._assertOpen();
    this._children = [];
    this._add(new FakeParagraph(this._ctx, text), 0, 'Paragraph');
    return this;
  }
  appendParagraph(text: any): any {
    return this._add(
      typeof text === 'string' ? new FakeParagraph(this._ctx, text) : unwrap(text),
      undefined,
      'Paragraph',
    );
  }
  getParagraphs(): any[] {
    return this._children.filter((c) => c instanceof FakeParagraph);
  }
  setBackgroundColor(color: string): any {
    this._attrs.BACKGROUND_COLOR = color;
    return this;
  }
  getBackgroundColor(): string {
    return (this._attrs.BACKGROUND_COLOR as string) ?? '';
  }
  setWidth(width: number): any {
    this._attrs.WIDTH = width;
    return this;
  }
  getWidth(): number {
    return (this._attrs.WIDTH as number) ?? 0;
  }
  setVerticalAlignment(a: any): any {
    this._attrs.VERTICAL_ALIGNMENT = unwrap(a);
    return this;
  }
  getVerticalAlignment(): any {
    return this._attrs.VERTICAL_ALIGNMENT ?? VerticalAlignment.TOP;
  }
  setPaddingTop(v: number): any {
    this._attrs.PADDING_TOP = v;
    return this;
  }
  setPaddingBottom(v: number): any {
    this._attrs.PADDING_BOTTOM = v;
    return this;
  }
  setPaddingLeft(v: number): any {
    this._attrs.PADDING_LEFT = v;
    return this;
  }
  setPaddingRight(v: number): any {
    this._attrs.PADDING_RIGHT = v;
    return this;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  getParentRow(): any {
    return this._parent;
  }
  getParentTable(): any {
    return this._parent?._parent ?? null;
  }
}

export class FakeTableRow extends DocContainer {
  constructor(ctx: DocCtx, cells: string[]) {
    super(ctx, ElementType.TABLE_ROW);
    for (const t of cells) this._add(new FakeTableCell(ctx, String(t ?? '')), undefined, 'TableCell');
  }
  getText(): string {
    return this._children.map((c) => c.getText()).join('\t');
  }
  getNumCells(): number {
    return this._children.length;
  }
  getCell(cellIndex: number): any {
    return this.getChild(cellIndex);
  }
  appendTableCell(text?: any): any {
    return this._add(
      typeof text === 'string' || text === undefined || text === null
        ? new FakeTableCell(this._ctx, text ?? '')
        : unwrap(text),
      undefined,
      'TableCell',
    );
  }
  setMinimumHeight(h: number): any {
    this._attrs.MINIMUM_HEIGHT = h;
    return this;
  }
  getMinimumHeight(): number {
    return (this._attrs.MINIMUM_HEIGHT as number) ?? 0;
  }
  getParentTable(): any {
    return this._parent;
  }
}

export class FakeTable extends DocContainer {
  readonly _columnWidths = new Map<number, number>();
  constructor(ctx: DocCtx, cells: string[][] = []) {
    super(ctx, ElementType.TABLE);
    for (const row of cells) this._add(new FakeTableRow(ctx, row), undefined, 'TableRow');
  }
  getText(): string {
    return this._children.map((c) => c.getText()).join('\n');
  }
  getNumRows(): number {
    return this._children.length;
  }
  getRow(rowIndex: number): any {
    return this.getChild(rowIndex);
  }
  getCell(rowIndex: number, cellIndex: number): any {
    return (this.getChild(rowIndex) as FakeTableRow).getChild(cellIndex);
  }
  appendTableRow(row?: any): any {
    return this._add(row ? unwrap(row) : new FakeTableRow(this._ctx, []), undefined, 'TableRow');
  }
  insertTableRow(index: number, row?: any): any {
    return this._add(row ? unwrap(row) : new FakeTableRow(this._ctx, []), index, 'TableRow');
  }
  removeRow(rowIndex: number): any {
    const row = this.getChild(rowIndex);
    this._removeChild(row);
    return row;
  }
  setBorderWidth(width: number): any {
    this._attrs.BORDER_WIDTH = width;
    return this;
  }
  getBorderWidth(): number {
    return (this._attrs.BORDER_WIDTH as number) ?? 1;
  }
  setBorderColor(color: string): any {
    this._attrs.BORDER_COLOR = color;
    return this;
  }
  getBorderColor(): string {
    return (this._attrs.BORDER_COLOR as string) ?? '#000000';
  }
  setColumnWidth(columnIndex: number, width: number): any {
    this._columnWidths.set(columnIndex, width);
    return this;
  }
  getColumnWidth(columnIndex: number): number {
    return this._columnWidths.get(columnIndex) ?? 0;
  }
  _json(): DocJson {
    const json = super._json();
    if (this._columnWidths.size)
      json.attributes = { ...json.attributes, COLUMN_WIDTHS: Object.fromEntries(this._columnWidths) };
    return json;
  }
}

// --- sections -----------------------------------------------------------------------------------------

export class FakeSection extends DocContainer {
  constructor(ctx: DocCtx, type: EnumValue) {
    super(ctx, type);
    this._add(new FakeParagraph(ctx, ''), 0, 'Paragraph');
  }
  getText(): string {
    return this._children.map((c) => c.getText()).join('\n');
  }
  setText(text: string): any {
    this._assertOpen();
    this._children = [];
    this._add(new FakeParagraph(this._ctx, text), 0, 'Paragraph');
    return this;
  }
  clear(): any {
    this._assertOpen();
    this._children = [];
    this._add(new FakeParagraph(this._ctx, ''), 0, 'Paragraph');
    return this;
  }
  editAsText(): any {
    // A detached view: edits through it do not reach the section (kept simple; ours).
    return wrap(this._ctx.counter, 'Text', new FakeText(this._ctx, this.getText()));
  }
  appendParagraph(text: any): any {
    return this.insertParagraph(this._children.length, text);
  }
  insertParagraph(index: number, text: any): any {
    return this._add(typeof text === 'string' ? new FakeParagraph(this._ctx, text) : unwrap(text), index, 'Paragraph');
  }
  appendListItem(text: any): any {
    return this.insertListItem(this._children.length, text);
  }
  insertListItem(index: number, text: any): any {
    return this._add(typeof text === 'string' ? new FakeListItem(this._ctx, text) : unwrap(text), index, 'ListItem');
  }
  appendTable(cells?: any): any {
    return this.insertTable(this._children.length, cells);
  }
  insertTable(index: number, cells?: any): any {
    const table =
      Array.isArray(cells) || cells === undefined || cells === null
        ? new FakeTable(this._ctx, (cells as string[][]) ?? [])
        : unwrap(cells);
    return this._add(table, index, 'Table');
  }
  appendHorizontalRule(): any {
    const p = this._add(new FakeParagraph(this._ctx, ''), undefined, 'Paragraph');
    return p.appendHorizontalRule();
  }
  getParagraphs(): any[] {
    const out: DocElement[] = [];
    const walk = (c: DocElement) => {
      if (c instanceof FakeParagraph) out.push(c);
      if (c instanceof DocContainer) c._children.forEach(walk);
    };
    this._children.forEach(walk);
    return out;
  }
  getTables(): any[] {
    return this._children.filter((c) => c instanceof FakeTable);
  }
  getListItems(): any[] {
    return this.getParagraphs().filter((p) => p instanceof FakeListItem);
  }
}

type Body = GoogleAppsScript.Document.Body;

export class FakeBody
  extends FakeSection
  implements
    Pick<
      Body,
      | 'appendParagraph'
      | 'insertParagraph'
      | 'appendTable'
      | 'insertTable'
      | 'appendListItem'
      | 'appendPageBreak'
      | 'appendHorizontalRule'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'getMarginTop'
      | 'getMarginBottom'
      | 'getMarginLeft'
      | 'getMarginRight'
      | 'setPageWidth'
      | 'setPageHeight'
      | 'getPageWidth'
      | 'getPageHeight'
      | 'setAttributes'
      | 'getAttributes'
      | 'getNumChildren'
      | 'getChild'
      | 'getParagraphs'
      | 'getTables'
      | 'editAsText'
      | 'getText'
      | 'clear'
    >
{
  constructor(ctx: DocCtx) {
    super(ctx, ElementType.BODY_SECTION);
    Object.assign(this._attrs, {
      MARGIN_TOP: 72,
      MARGIN_BOTTOM: 72,
      MARGIN_LEFT: 72,
      MARGIN_RIGHT: 72,
      PAGE_WIDTH: 612,
      PAGE_HEIGHT: 792,
    });
  }
  appendPageBreak(): any {
    const p = this._add(new FakeParagraph(this._ctx, ''), undefined, 'Paragraph');
    return p.appendPageBreak();
  }
  appendImage(blob: GoogleAppsScript.Base.BlobSource): any {
    const p = this._add(new FakeParagraph(this._ctx, ''), undefined, 'Paragraph');
    const image = new FakeInlineImage(this._ctx, ElementType.INLINE_IMAGE);
    const b = unwrap(blob) as unknown as { getBlob?: () => GoogleAppsScript.Base.Blob; getBytes?: () => number[] };
    const real = b.getBlob ? b.getBlob() : (b as unknown as GoogleAppsScript.Base.Blob);
    image._bytes = real.getBytes();
    image._contentType = real.getContentType() ?? '';
    return gas(
      (p as unknown as { _add: (e: DocElement, i: number | undefined, n: string) => FakeInlineImage })._add(
        image,
        undefined,
        'InlineImage',
      ),
    );
  }
  private num(key: string, v: number): any {
    this._assertOpen();
    this._attrs[key] = v;
    return this;
  }
  setMarginTop(v: number): Body {
    return this.num('MARGIN_TOP', v);
  }
  setMarginBottom(v: number): Body {
    return this.num('MARGIN_BOTTOM', v);
  }
  setMarginLeft(v: number): Body {
    return this.num('MARGIN_LEFT', v);
  }
  setMarginRight(v: number): Body {
    return this.num('MARGIN_RIGHT', v);
  }
  setPageWidth(v: number): Body {
    return this.num('PAGE_WIDTH', v);
  }
  setPageHeight(v: number): Body {
    return this.num('PAGE_HEIGHT', v);
  }
  getMarginTop(): number {
    return this._attrs.MARGIN_TOP as number;
  }
  getMarginBottom(): number {
    return this._attrs.MARGIN_BOTTOM as number;
  }
  getMarginLeft(): number {
    return this._attrs.MARGIN_LEFT as number;
  }
  getMarginRight(): number {
    return this._attrs.MARGIN_RIGHT as number;
  }
  getPageWidth(): number {
    return this._attrs.PAGE_WIDTH as number;
  }
  getPageHeight(): number {
    return this._attrs.PAGE_HEIGHT as number;
  }
}

// --- document & service -------------------------------------------------------------------------------

type Document = GoogleAppsScript.Document.Document;

export class FakeDocument
  implements
    Pick<
      Document,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getBody'
      | 'addHeader'
      | 'getHeader'
      | 'addFooter'
      | 'getFooter'
      | 'saveAndClose'
      | 'getAs'
      | 'getBlob'
    >
{
  _closed = false;
  readonly _body: FakeBody;
  _header: FakeSection | null = null;
  _footer: FakeSection | null = null;
  readonly _ctx: DocCtx;

  constructor(
    private readonly counter: CallCounter,
    readonly _id: string,
    public _name: string,
    readonly _owner: string,
  ) {
    this._ctx = { counter, doc: this };
    this._body = wrapRaw(counter, 'Body', new FakeBody(this._ctx));
  }
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  setName(name: string): Document {
    this._name = name;
    return gas(this);
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._id}/edit`;
  }
  getBody(): Body {
    return gas(this._body);
  }
  /** "Adds a document header section, if none exists." A second call throws here (wording ours). */
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    if (this._closed) throw new Error('Document is closed, its contents cannot be updated.');
    if (this._header) throw new Error('The document already has a header.');
    this._header = wrapRaw(this.counter, 'HeaderSection', new FakeSection(this._ctx, ElementType.HEADER_SECTION));
    return gas(this._header);
  }
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    return gas(this._header);
  }
  addFooter(): GoogleAppsScript.Document.FooterSection {
    if (this._closed) throw new Error('Document is closed, its contents cannot be updated.');
    if (this._footer) throw new Error('The document already has a footer.');
    this._footer = wrapRaw(this.counter, 'FooterSection', new FakeSection(this._ctx, ElementType.FOOTER_SECTION));
    return gas(this._footer);
  }
  getFooter(): GoogleAppsScript.Document.FooterSection {
    return gas(this._footer);
  }
  saveAndClose(): void {
    this._closed = true;
  }
  /** Text only (no PDF rendering): the bytes are the document's plain text. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return gas(
      wrap(
        this.counter,
        'Blob',
        new FakeBlob(this.counter, Buffer.from(this._body.getText()), contentType, this._name),
      ),
    );
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs('application/pdf');
  }
  /** The whole tree, for assertions. */
  toJSON(): { name: string; header: DocJson | null; body: DocJson; footer: DocJson | null } {
    return {
      name: this._name,
      header: this._header?._json() ?? null,
      body: this._body._json(),
      footer: this._footer?._json() ?? null,
    };
  }
}

function wrapRaw<T extends object>(counter: CallCounter, name: string, obj: T): T {
  wrap(counter, name, obj);
  return obj;
}

export class DocumentControl {
  readonly created: FakeDocument[] = [];
  constructor(
    private readonly env: Env,
    private readonly onCreate: (doc: FakeDocument) => void,
  ) {}
  byId(id: string): FakeDocument | undefined {
    return this.created.find((d) => d._id === id);
  }
  _create(name: string): FakeDocument {
    const doc = wrapRaw(
      this.env.counter,
      'Document',
      new FakeDocument(this.env.counter, this.env.nextId('doc'), name, this.env.current.user),
    );
    this.created.push(doc);
    this.onCreate(doc);
    return doc;
  }
}

const DOC_SCOPES = ['https://www.googleapis.com/auth/documents'];

export class FakeDocumentApp
  implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'getActiveDocument'>
{
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly Attribute = DocAttribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(
    private readonly env: Env,
    private readonly control: DocumentControl,
  ) {}
  create(name: string): Document {
    this.env.requireScope('DocumentApp.create', DOC_SCOPES);
    return gas(this.control._create(name));
  }
  openById(id: string): Document {
    this.env.requireScope('DocumentApp.openById', DOC_SCOPES);
    const doc = this.control.byId(id);
    if (!doc) throw new Error('No item with the given ID could be found, or you do not have permission to access it.');
    return gas(doc);
  }
  /** The script is bound to a spreadsheet, not a document. */
  getActiveDocument(): Document {
    return gas(null);
  }
}
