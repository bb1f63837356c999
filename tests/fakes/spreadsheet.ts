/**
 * SpreadsheetApp, Spreadsheet, Sheet and Range over an in-memory grid.
 *
 * Behaviour copied from the real service (sources in comments where it matters):
 * - New spreadsheet: one sheet of 1000 rows x 26 columns (Sheets' default grid); a new sheet also.
 * - Range objects hold fixed coordinates. getRange() outside the grid throws "The coordinates of the
 *   range are outside the dimensions of the sheet." (the real text, seen verbatim in scripts that catch
 *   it); start < 1 throws "The starting row/column of the range is too small."; 0 rows/columns throws
 *   "The number of rows in the range must be at least 1." (real texts quoted in projects' troubleshooting
 *   notes). Reading past the grid throws too, not only writing.
 * - setValues with wrong dimensions: "The number of rows in the data does not match the number of rows
 *   in the range. The data has X but the range has Y." (and the same for columns).
 * - Empty cells read back as "". Dates read back as Date objects; numbers and booleans as written.
 * - A string starting with "=" is a formula (Sheet.appendRow reference: "If a cell's content begins
 *   with =, it's interpreted as a formula"; same for setValue(s), which parse input as the UI does, the
 *   Sheets API's USER_ENTERED: "parsed exactly as if it were entered into the Google Sheets UI"); so is
 *   "+abc"/"-abc"; a leading apostrophe or a plain-text ("@") cell keeps text as text (see _writeValue).
 *   Formulas are not evaluated here:
 *   getFormulas() returns them and getValues()/getDisplayValues() return options.formulaValue
 *   (default "#ERROR!"). The real service returns the computed result (or an error value such as
 *   "#N/A"/"#ERROR!"), so code must read getFormulas() to learn a person typed a formula.
 * - Sheet.getLastRow()/getLastColumn(): "the position of the last row/column that has content"
 *   (formatting and notes are not content); Range.getLastRow() is the range's end row.
 * - Sheet.getDataRange(): "functionally equivalent to creating a Range bounded by A1 and
 *   (Sheet.getLastColumn(), Sheet.getLastRow())".
 * - insertCheckboxes(): "Sets the value of all cells in the range to false" (Range reference).
 * - Every write checks the protections against the user the execution runs as (context.ts) and
 *   throws the real "You are trying to edit a protected cell or object..." message when refused.
 *
 * Not modelled (known gaps, see README): strings are stored as given, while Sheets parses strings
 * written by setValue(s) by the spreadsheet locale unless the cell's number format is "@" (plain text);
 * opt in to a rough model with options.parseNumericStrings. Display values use simple formats.
 */
import { columnToLetters, formatA1, parseA1, quoteSheetName, RANGE_NOT_FOUND, resolveA1, splitSheetName } from './a1';
import { type FakeEmbeddedChart, newChartBuilder } from './charts';
import { isDate } from './clock';
import { type Env, emailOf, sameEmail } from './context';
import { type CallCounter, gas, outward, unwrap, wrap } from './counter';
import {
  BooleanCriteria,
  DataValidationCriteria,
  Dimension,
  type EnumValue,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { Layer, type Rect, rect, rectsIntersect, shiftRectCols, shiftRectRows } from './grid';
import { FakeProtection, PROTECTED_MESSAGE, type ProtectionHost } from './protection';
import {
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  type FakeDataValidation,
  FakeDataValidationBuilder,
} from './rules';
import { formatJavaDate, zonedParts } from './time';

export const OUTSIDE_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';
export const DEFAULT_NUMBER_FORMAT = '0.###############';
const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CSS_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  pink: '#ffc0cb',
  lime: '#00ff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

/** getBackground() returns lower-case #rrggbb whatever CSS notation was set (e.g. 'white' -> '#ffffff'). */
export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = color.trim().toLowerCase();
  if (CSS_COLORS[c]) return CSS_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

function rowsMismatch(dataRows: number, rangeRows: number): Error {
  return new Error(
    `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`,
  );
}
function colsMismatch(dataCols: number, rangeCols: number): Error {
  return new Error(
    `The number of columns in the data does not match the number of columns in the range. The data has ${dataCols} but the range has ${rangeCols}.`,
  );
}
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `${v.length && !Array.isArray(v[0]) ? typeName(v[0]) : 'Object'}[]`;
  if (typeof v === 'string') return 'String';
  return typeof v;
}

/** Shape check shared by every 2-D setter (setValues, setNotes, setBackgrounds ...). */
function checkGrid(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) {
    // Real wording for a wrong argument type, e.g. setValues([1,2,3]).
    throw new Error(
      `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== numRows) throw rowsMismatch(data.length, numRows);
  for (const row of data as unknown[][])
    if (!Array.isArray(row) || row.length !== numCols) throw colsMismatch(Array.isArray(row) ? row.length : 0, numCols);
  return data as unknown[][];
}

// ---------------------------------------------------------------------------------------------------

export class FakeSpreadsheetApp
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActiveSpreadsheet'
      | 'getActive'
      | 'getActiveSheet'
      | 'getUi'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
      | 'flush'
    >
{
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly Dimension = Dimension;

  constructor(
    private readonly env: Env,
    private readonly ss: FakeSpreadsheet,
    private readonly ui: () => GoogleAppsScript.Base.Ui,
  ) {}

  private checkScope(method: string): void {
    this.env.requireScope(`SpreadsheetApp.${method}`, [
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
  }
  getActiveSpreadsheet(): Spreadsheet {
    if (this.env.current.kind !== 'simpleTrigger') this.checkScope('getActiveSpreadsheet');
    return gas(this.ss);
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): Sheet {
    return gas(this.ss._active);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    // Real message in a time-driven trigger (no one is looking at the spreadsheet).
    if (this.env.current.kind === 'timeTrigger' || this.env.current.kind === 'webApp')
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    if (this.env.opts.oauthScopes && this.env.current.kind !== 'simpleTrigger') {
      this.env.requireScope('SpreadsheetApp.getUi', ['https://www.googleapis.com/auth/script.container.ui']);
    }
    return this.ui();
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return gas(wrap(this.env.counter, 'DataValidationBuilder', new FakeDataValidationBuilder(this.env.counter)));
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return gas(
      wrap(this.env.counter, 'ConditionalFormatRuleBuilder', new FakeConditionalFormatRuleBuilder(this.env.counter)),
    );
  }
  flush(): void {}
}

// ---------------------------------------------------------------------------------------------------

export interface Toast {
  message: string;
  title?: string;
  timeoutSeconds?: number;
  at: Date;
}

export class FakeSpreadsheet
  implements
    Pick<
      Spreadsheet,
      | 'getId'
      | 'getUrl'
      | 'getName'
      | 'rename'
      | 'getSheets'
      | 'getNumSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'deleteSheet'
      | 'setActiveSheet'
      | 'getActiveSheet'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'getOwner'
      | 'getEditors'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'getViewers'
      | 'addViewer'
      | 'addViewers'
      | 'removeViewer'
      | 'getRange'
      | 'getProtections'
      | 'toast'
      | 'getDataRange'
    >
{
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _editors: string[];
  _protections: FakeProtection[] = [];
  readonly _toasts: Toast[] = [];
  _name: string;
  _timeZone: string;
  readonly _protectionHost: ProtectionHost;

  constructor(readonly _env: Env) {
    const o = _env.opts;
    this._name = o.spreadsheetName;
    this._timeZone = o.timeZone;
    this._editors = o.users.filter((u) => !sameEmail(u, o.ownerEmail));
    this._protectionHost = {
      env: _env,
      editorEmails: () => [...this._editors],
      dropProtection: (p) => {
        this._protections = this._protections.filter((x) => x !== p);
      },
    };
    this._active = this._addSheet(`${o.defaultSheetName}1`, 0, 0);
  }

  get _counter(): CallCounter {
    return this._env.counter;
  }

  _addSheet(name: string, index: number, id?: number): FakeSheet {
    const sheet = wrapRaw(this._counter, 'Sheet', new FakeSheet(this, name, id ?? this._env.nextNumber() * 7919));
    this._sheets.splice(Math.max(0, Math.min(index, this._sheets.length)), 0, sheet);
    return sheet;
  }

  _findSheet(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name.toLowerCase() === name.toLowerCase());
  }

  _isEditor(email: string): boolean {
    return this._env.isOwner(email) || this._editors.some((e) => sameEmail(e, email));
  }

  /** Whether `email` may change every cell of `area` on `sheet` (all protections applied). */
  _canEditRect(email: string, sheet: FakeSheet, area: Rect): boolean {
    if (this._env.isOwner(email)) return true;
    if (!this._isEditor(email)) return false;
    for (const p of this._protections) {
      if (p._sheet !== sheet || p._allows(email)) continue;
      if (p._touches(area)) return false;
    }
    return true;
  }

  /** Sheet-level changes (insert/delete rows, widths, frozen rows...) are refused by a sheet protection. */
  _canChangeSheet(email: string, sheet: FakeSheet, rowsTouched?: Rect): boolean {
    if (this._env.isOwner(email)) return true;
    if (!this._isEditor(email)) return false;
    for (const p of this._protections) {
      if (p._sheet !== sheet || p._allows(email)) continue;
      if (p._type === ProtectionType.SHEET) return false;
      if (rowsTouched && p._rect && rectsIntersect(p._rect, rowsTouched)) return false;
    }
    return true;
  }

  _assertUniqueName(name: string, except?: FakeSheet): void {
    const clash = this._findSheet(name);
    if (clash && clash !== except)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  // --- Apps Script API -------------------------------------------------------------------------------

  getId(): string {
    return this._env.opts.spreadsheetId;
  }
  getUrl(): string {
    return this._env.opts.spreadsheetUrl;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = newName;
  }
  getSheets(): Sheet[] {
    return gas([...this._sheets]);
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return gas(this._findSheet(name) ?? null);
  }
  getSheetById(id: number): Sheet | null {
    return gas(this._sheets.find((s) => s._id === id) ?? null);
  }
  /**
   * insertSheet(), (index), (name), (name, index). "The new sheet becomes the active sheet."
   * A used name throws the real 'A sheet with the name "X" already exists. Please enter another name.'
   * (names compared without case, as Sheets refuses "sheet1" next to "Sheet1").
   */
  insertSheet(...args: any[]): Sheet {
    let name: string | undefined;
    let index = this._sheets.length;
    if (typeof args[0] === 'string') {
      name = args[0];
      if (typeof args[1] === 'number') index = args[1];
    } else if (typeof args[0] === 'number') {
      index = args[0];
    }
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._findSheet(`${this._env.opts.defaultSheetName}${n}`)) n++;
      name = `${this._env.opts.defaultSheetName}${n}`;
    }
    this._assertUniqueName(name);
    const sheet = this._addSheet(name, index);
    this._active = sheet;
    return gas(sheet);
  }
  deleteSheet(sheet: Sheet): void {
    const raw = unwrap(sheet) as unknown as FakeSheet;
    if (this._sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    if (!this._canChangeSheet(this._env.current.user, raw)) throw new Error(PROTECTED_MESSAGE);
    this._sheets = this._sheets.filter((s) => s !== raw);
    this._protections = this._protections.filter((p) => p._sheet !== raw);
    if (this._active === raw) this._active = this._sheets[0];
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._active = unwrap(sheet) as unknown as FakeSheet;
    return gas(this._active);
  }
  getActiveSheet(): Sheet {
    return gas(this._active);
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this._env.opts.locale;
  }
  getOwner(): GoogleAppsScript.Base.User {
    return this._env.user(this._env.opts.ownerEmail);
  }
  /** Editors other than the owner (the owner is reported by getOwner()). */
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._editors.map((e) => this._env.user(e));
  }
  addEditor(emailOrUser: any): Spreadsheet {
    return this.addEditors([emailOf(unwrap(emailOrUser))]);
  }
  addEditors(emails: string[]): Spreadsheet {
    for (const e of emails) if (!this._isEditor(e)) this._editors.push(e);
    return gas(this);
  }
  removeEditor(emailOrUser: any): Spreadsheet {
    const e = emailOf(unwrap(emailOrUser));
    this._editors = this._editors.filter((x) => !sameEmail(x, e));
    return gas(this);
  }
  /** Viewers and commenters (Spreadsheet reference: getViewers "Gets the list of viewers and commenters"). */
  _viewers: string[] = [];
  getViewers(): GoogleAppsScript.Base.User[] {
    return this._viewers.map((e) => this._env.user(e));
  }
  /** "If the user was already on the list of editors, this method has no effect." (addViewer reference) */
  addViewer(emailOrUser: any): Spreadsheet {
    return this.addViewers([emailOf(unwrap(emailOrUser))]);
  }
  addViewers(emails: string[]): Spreadsheet {
    for (const e of emails)
      if (!this._isEditor(e) && !this._viewers.some((v) => sameEmail(v, e))) this._viewers.push(e);
    return gas(this);
  }
  removeViewer(emailOrUser: any): Spreadsheet {
    const e = emailOf(unwrap(emailOrUser));
    this._viewers = this._viewers.filter((x) => !sameEmail(x, e));
    return gas(this);
  }
  /** getRange('A1:B2') on the active sheet, or 'Sheet name!A1:B2' / "'Name with spaces'!A1". */
  getRange(a1Notation: string): Range {
    const { sheetName, cells } = splitSheetName(a1Notation);
    const sheet = sheetName === undefined ? this._active : this._findSheet(sheetName);
    if (!sheet) throw new Error(RANGE_NOT_FOUND);
    return gas(sheet._rangeA1(cells));
  }
  getDataRange(): Range {
    return this._active.getDataRange();
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = unwrap(type) as unknown as EnumValue;
    return gas(this._protections.filter((p) => p._type === t));
  }
  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this._toasts.push({ message, title, timeoutSeconds: timeoutSeconds ?? undefined, at: this._env.clock.now() });
  }
}

/** wrap() for objects the model keeps raw internally (the proxy is found again by outward()). */
function wrapRaw<T extends object>(counter: CallCounter, name: string, obj: T): T {
  wrap(counter, name, obj);
  return obj;
}

// ---------------------------------------------------------------------------------------------------

interface Layers {
  values: Layer<unknown>;
  formulas: Layer<string>;
  notes: Layer<string>;
  backgrounds: Layer<string>;
  fontColors: Layer<string>;
  fontWeights: Layer<string>;
  fontStyles: Layer<string>;
  fontSizes: Layer<number>;
  fontFamilies: Layer<string>;
  numberFormats: Layer<string>;
  hAligns: Layer<string>;
  vAligns: Layer<string>;
  wraps: Layer<EnumValue>;
  validations: Layer<FakeDataValidation | null>;
  borders: Layer<string>;
}

const FORMAT_LAYERS: (keyof Layers)[] = [
  'backgrounds',
  'fontColors',
  'fontWeights',
  'fontStyles',
  'fontSizes',
  'fontFamilies',
  'numberFormats',
  'hAligns',
  'vAligns',
  'wraps',
  'borders',
];

export class FakeSheet
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'appendRow'
      | 'setFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenRows'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'setRowHeight'
      | 'setRowHeights'
      | 'getRowHeight'
      | 'autoResizeColumns'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
      | 'hideRows'
      | 'showRows'
      | 'isRowHiddenByUser'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'clearConditionalFormatRules'
      | 'protect'
      | 'getProtections'
      | 'setConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'setTabColor'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'deleteRows'
      | 'deleteRow'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'deleteColumns'
      | 'deleteColumn'
      | 'getCharts'
      | 'insertChart'
      | 'removeChart'
      | 'updateChart'
      | 'newChart'
      | 'activate'
    >
{
  readonly _sheetKey = this;
  _maxRows = DEFAULT_ROWS;
  _maxCols = DEFAULT_COLS;
  _frozenRows = 0;
  _frozenCols = 0;
  readonly _colWidths = new Map<number, number>();
  readonly _rowHeights = new Map<number, number>();
  readonly _hiddenCols = new Set<number>();
  readonly _hiddenRows = new Set<number>();
  _hidden = false;
  _tabColor: string | null = null;
  _cfRules: FakeConditionalFormatRule[] = [];
  _charts: FakeEmbeddedChart[] = [];
  readonly _layers: Layers = {
    values: new Layer<unknown>(''),
    formulas: new Layer<string>(''),
    notes: new Layer<string>(''),
    backgrounds: new Layer<string>('#ffffff'),
    fontColors: new Layer<string>('#000000'),
    fontWeights: new Layer<string>('normal'),
    fontStyles: new Layer<string>('normal'),
    fontSizes: new Layer<number>(10),
    fontFamilies: new Layer<string>('Arial'),
    numberFormats: new Layer<string>(DEFAULT_NUMBER_FORMAT),
    hAligns: new Layer<string>('general'),
    vAligns: new Layer<string>('bottom'),
    wraps: new Layer<EnumValue>(WrapStrategy.OVERFLOW),
    validations: new Layer<FakeDataValidation | null>(null),
    borders: new Layer<string>(''),
  };

  constructor(
    readonly _ss: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
  ) {}

  get _env(): Env {
    return this._ss._env;
  }

  // --- internal helpers (not counted: called on the raw object) ---------------------------------------

  _fullRect(): Rect {
    return rect(1, 1, this._maxRows, this._maxCols);
  }

  _rangeFromRect(r: Rect): Range {
    return gas(wrap(this._env.counter, 'Range', new FakeRange(this, { ...r })));
  }

  _makeRange(
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    bounded = { rows: true, cols: true },
  ): FakeRange {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || col + numCols - 1 > this._maxCols) throw new Error(OUTSIDE_GRID);
    const raw = new FakeRange(this, {
      row,
      col,
      numRows,
      numCols,
      rowsBounded: bounded.rows,
      colsBounded: bounded.cols,
    });
    wrap(this._env.counter, 'Range', raw);
    return raw;
  }

  _rangeA1(cells: string): FakeRange {
    const r = resolveA1(parseA1(cells), this._maxRows, this._maxCols);
    return this._makeRange(r.row, r.col, r.numRows, r.numCols, { rows: r.rowsBounded, cols: r.colsBounded });
  }

  _assertEdit(area: Rect): void {
    if (!this._ss._canEditRect(this._env.current.user, this, area)) throw new Error(PROTECTED_MESSAGE);
  }

  _assertSheetChange(rowsTouched?: Rect): void {
    if (!this._ss._canChangeSheet(this._env.current.user, this, rowsTouched)) throw new Error(PROTECTED_MESSAGE);
  }

  /**
   * Stores one written value the way Sheets reads what is entered (setValue(s) and appendRow parse strings as if
   * typed into the UI, the Sheets API's USER_ENTERED): a leading apostrophe marks text and is not part of the value
   * (getValue gives the rest); in a cell formatted as plain text ("@") a string stays the text it is; otherwise a
   * string starting with "=" is a formula, and so is one starting with "+" or "-" that is not a number (the UI
   * turns "+abc" into a formula and shows a parse error, the well-known "+84…" phone-number problem).
   * "" clears; Dates are copied.
   */
  _writeValue(row: number, col: number, value: unknown): void {
    const L = this._layers;
    if (typeof value === 'string' && value.startsWith("'")) {
      L.formulas.set(row, col, undefined);
      L.values.set(row, col, value.length > 1 ? value.slice(1) : undefined);
      return;
    }
    const plainText = L.numberFormats.get(row, col) === '@';
    if (typeof value === 'string' && !plainText && isFormulaInput(value)) {
      L.formulas.set(row, col, value.startsWith('=') ? value : `=${value}`);
      L.values.set(row, col, undefined);
      return;
    }
    L.formulas.set(row, col, undefined);
    L.values.set(row, col, this._normalize(row, col, value));
  }

  private _normalize(row: number, col: number, value: unknown): unknown {
    if (value === null || value === undefined || value === '') return undefined;
    if (isDate(value)) return new Date((value as Date).getTime());
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (
        this._env.opts.parseNumericStrings &&
        this._layers.numberFormats.get(row, col) !== '@' &&
        /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value)
      ) {
        return Number(value);
      }
      return value;
    }
    return String(value);
  }

  /** What getValues() returns for a cell. */
  _readValue(row: number, col: number): unknown {
    if (this._layers.formulas.isSet(row, col)) return this._env.opts.formulaValue;
    const v = this._layers.values.get(row, col);
    return isDate(v) ? new Date((v as Date).getTime()) : v;
  }

  _displayValue(row: number, col: number): string {
    const v = this._readValue(row, col);
    return displayValue(v, this._layers.numberFormats.get(row, col), this._ss._timeZone, this._env.opts.locale);
  }

  _anchoredRects(): Rect[] {
    const out: Rect[] = [];
    for (const p of this._ss._protections) {
      if (p._sheet !== this) continue;
      if (p._rect) out.push(p._rect);
      out.push(...p._unprotected);
    }
    for (const rule of this._cfRules) for (const r of rule._ranges) if (r.host === this) out.push(r.rect);
    for (const ch of this._charts) for (const r of ch._state.ranges) if (r.host === this) out.push(r.rect);
    return out;
  }

  private _afterShift(): void {
    for (const p of [...this._ss._protections])
      if (p._sheet === this && p._rect && (p._rect.numRows === 0 || p._rect.numCols === 0))
        this._ss._protectionHost.dropProtection(p);
    for (const rule of this._cfRules)
      rule._ranges.splice(
        0,
        rule._ranges.length,
        ...rule._ranges.filter((r) => r.rect.numRows > 0 && r.rect.numCols > 0),
      );
  }

  private _layerList(): Layer<unknown>[] {
    return Object.values(this._layers) as Layer<unknown>[];
  }

  // --- Apps Script API ----------------------------------------------------------------------------

  getName(): string {
    return this._name;
  }
  getSheetName(): string {
    return this._name;
  }
  setName(name: string): Sheet {
    this._ss._assertUniqueName(name, this);
    this._assertSheetChange();
    this._name = name;
    return gas(this);
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return gas(this._ss);
  }
  activate(): Sheet {
    this._ss._active = this;
    return gas(this);
  }
  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(...args: any[]): Range {
    if (typeof args[0] === 'string' && args.length === 1) return gas(this._rangeA1(splitSheetName(args[0]).cells));
    const [row, col, numRows = 1, numCols = 1] = args;
    if ([row, col, numRows, numCols].some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
      throw new Error(
        `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    return gas(this._makeRange(Math.trunc(row), Math.trunc(col), Math.trunc(numRows), Math.trunc(numCols)));
  }
  getDataRange(): Range {
    return gas(this._makeRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())));
  }
  getLastRow(): number {
    return Math.max(
      this._layers.values.lastRow(() => true),
      this._layers.formulas.lastRow(() => true),
    );
  }
  getLastColumn(): number {
    return Math.max(
      this._layers.values.lastCol(() => true),
      this._layers.formulas.lastCol(() => true),
    );
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  /** Appends after the last row with content; the grid grows by a row when full (as Sheets does). */
  appendRow(rowContents: any[]): Sheet {
    const row = this.getLastRow() + 1;
    const area = rect(row, 1, 1, Math.max(1, rowContents.length));
    this._assertEdit(area);
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxCols) this._maxCols = rowContents.length;
    rowContents.forEach((v, j) => this._writeValue(row, j + 1, v));
    return gas(this);
  }
  setFrozenRows(rows: number): void {
    this._assertSheetChange();
    this._frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this._assertSheetChange();
    this._frozenCols = columns;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this._assertSheetChange();
    for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths.set(c, width);
    return gas(this);
  }
  /** Default column width is 100 pixels, row height 21 (Sheets defaults). */
  getColumnWidth(columnPosition: number): number {
    return this._colWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    this._assertSheetChange();
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, height);
    return gas(this);
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    this._assertSheetChange();
    return gas(this);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._assertSheetChange();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._assertSheetChange();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._assertSheetChange();
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._assertSheetChange();
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  hideSheet(): Sheet {
    this._hidden = true;
    return gas(this);
  }
  showSheet(): Sheet {
    this._hidden = false;
    return gas(this);
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  /**
   * "Clears the sheet of content and formatting information"; clearFormats() covers what the Format
   * menu sets, "ex: bold, italics, conditional formatting". Notes and data validation are kept.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this._assertEdit(this._fullRect());
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) {
      this._layers.values.clear();
      this._layers.formulas.clear();
    }
    if (formats) {
      for (const k of FORMAT_LAYERS) this._layers[k].clear();
      this._cfRules = [];
    }
    return gas(this);
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): Sheet {
    this._assertEdit(this._fullRect());
    this._layers.notes.clear();
    return gas(this);
  }
  clearConditionalFormatRules(): void {
    this._assertSheetChange();
    this._cfRules = [];
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this._ss._protections.find((p) => p._sheet === this && p._type === ProtectionType.SHEET);
    if (existing) return gas(existing);
    const p = wrapRaw(
      this._env.counter,
      'Protection',
      new FakeProtection(this._ss._protectionHost, ProtectionType.SHEET, this, null),
    );
    this._ss._protections.push(p);
    return gas(p);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = unwrap(type) as unknown as EnumValue;
    return gas(this._ss._protections.filter((p) => p._sheet === this && p._type === t));
  }
  /** Replaces every rule of the sheet (the reference: "Replaces all currently existing conditional format rules"). */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._assertSheetChange();
    this._cfRules = rules.map((r) => unwrap(r) as unknown as FakeConditionalFormatRule);
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return gas(
      this._cfRules.map((r) =>
        wrap(
          this._env.counter,
          'ConditionalFormatRule',
          new FakeConditionalFormatRule(r._counter, r._criteria, [...r._values], { ...r._format }, r._ranges),
        ),
      ),
    );
  }
  setTabColor(color: string | null): Sheet {
    this._tabColor = normalizeColor(color) ?? null;
    return gas(this);
  }
  getTabColor(): string | null {
    return this._tabColor;
  }

  // --- structure ------------------------------------------------------------------------------------

  private _insertRows(at: number, howMany: number): void {
    if (at < 1 || at > this._maxRows + 1) throw new Error('Those rows are out of bounds.');
    this._assertSheetChange();
    for (const l of this._layerList()) l.insertRows(at, howMany);
    for (const r of this._anchoredRects()) shiftRectRows(r, 'insert', at, howMany);
    this._maxRows += howMany;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._insertRows(afterPosition + 1, howMany);
    return gas(this);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._insertRows(beforePosition, howMany);
    return gas(this);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  /** Real texts: "Those rows are out of bounds." and "Sorry, it is not possible to delete all non-frozen rows." */
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows)
      throw new Error('Those rows are out of bounds.');
    if (this._maxRows - howMany <= this._frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._assertSheetChange(rect(rowPosition, 1, howMany, this._maxCols));
    for (const l of this._layerList()) l.deleteRows(rowPosition, howMany);
    for (const r of this._anchoredRects()) shiftRectRows(r, 'delete', rowPosition, howMany);
    this._maxRows -= howMany;
    this._afterShift();
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return gas(this);
  }
  private _insertCols(at: number, howMany: number): void {
    if (at < 1 || at > this._maxCols + 1) throw new Error('Those columns are out of bounds.');
    this._assertSheetChange();
    for (const l of this._layerList()) l.insertCols(at, howMany);
    for (const r of this._anchoredRects()) shiftRectCols(r, 'insert', at, howMany);
    this._maxCols += howMany;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._insertCols(afterPosition + 1, howMany);
    return gas(this);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this._insertCols(beforePosition, howMany);
    return gas(this);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._maxCols)
      throw new Error('Those columns are out of bounds.');
    if (this._maxCols - howMany <= this._frozenCols)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this._assertSheetChange(rect(1, columnPosition, this._maxRows, howMany));
    for (const l of this._layerList()) l.deleteCols(columnPosition, howMany);
    for (const r of this._anchoredRects()) shiftRectCols(r, 'delete', columnPosition, howMany);
    this._maxCols -= howMany;
    this._afterShift();
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return gas(this);
  }

  // --- charts ---------------------------------------------------------------------------------------

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return gas(outward([...this._charts]));
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this._env.counter);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._assertSheetChange();
    const raw = unwrap(chart) as unknown as FakeEmbeddedChart;
    if (raw._chartId === null) raw._chartId = this._env.nextNumber();
    this._charts.push(raw);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._assertSheetChange();
    const raw = unwrap(chart) as unknown as FakeEmbeddedChart;
    this._charts = this._charts.filter((c) => c._chartId !== raw._chartId);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._assertSheetChange();
    const raw = unwrap(chart) as unknown as FakeEmbeddedChart;
    const i = this._charts.findIndex((c) => c._chartId === raw._chartId);
    // The real text for an unknown chart is not documented; ours.
    if (i < 0) throw new Error('The chart is not on this sheet.');
    this._charts[i] = raw;
  }
}

// ---------------------------------------------------------------------------------------------------

type Grid<T> = T[][];

export class FakeRange
  implements
    Pick<
      Range,
      | 'getValues'
      | 'setValues'
      | 'getValue'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'getNotes'
      | 'setNotes'
      | 'getNote'
      | 'setNote'
      | 'clearNote'
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackgrounds'
      | 'setBackground'
      | 'getFontWeights'
      | 'getFontWeight'
      | 'setFontWeights'
      | 'setFontWeight'
      | 'getFontColor'
      | 'getFontColors'
      | 'setFontColor'
      | 'setFontColors'
      | 'getFontSize'
      | 'setFontSize'
      | 'getFontStyle'
      | 'setFontStyle'
      | 'getFontFamily'
      | 'setFontFamily'
      | 'getWrap'
      | 'getWraps'
      | 'setWrap'
      | 'setWraps'
      | 'getWrapStrategy'
      | 'getWrapStrategies'
      | 'setWrapStrategy'
      | 'setWrapStrategies'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'clearDataValidations'
      | 'getHorizontalAlignment'
      | 'getHorizontalAlignments'
      | 'setHorizontalAlignment'
      | 'setHorizontalAlignments'
      | 'getVerticalAlignment'
      | 'getVerticalAlignments'
      | 'setVerticalAlignment'
      | 'setVerticalAlignments'
      | 'getRow'
      | 'getRowIndex'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getHeight'
      | 'getWidth'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'getGridId'
      | 'getCell'
      | 'offset'
      | 'protect'
      | 'canEdit'
      | 'insertCheckboxes'
      | 'removeCheckboxes'
      | 'check'
      | 'uncheck'
      | 'isChecked'
      | 'isBlank'
      | 'clearContent'
      | 'clearFormat'
      | 'clear'
      | 'activate'
      | 'setBorder'
      | 'isEndRowBounded'
      | 'isEndColumnBounded'
      | 'isStartRowBounded'
      | 'isStartColumnBounded'
    >
{
  constructor(
    readonly _sheet: FakeSheet,
    readonly _rect: Rect,
  ) {}

  /** Same object under the name rules.ts / charts.ts use. */
  get _host(): FakeSheet {
    return this._sheet;
  }

  private read<T>(fn: (row: number, col: number) => T): Grid<T> {
    const { row, col, numRows, numCols } = this._rect;
    const out: Grid<T> = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line = new Array<T>(numCols);
      for (let j = 0; j < numCols; j++) line[j] = fn(row + i, col + j);
      out[i] = line;
    }
    return out;
  }

  private writeGrid(data: unknown, method: string, fn: (row: number, col: number, v: any) => void): Range {
    const grid = checkGrid(data, this._rect.numRows, this._rect.numCols, method);
    this._sheet._assertEdit(this._rect);
    const { row, col } = this._rect;
    grid.forEach((line, i) => line.forEach((v, j) => fn(row + i, col + j, v)));
    return gas(this);
  }

  private writeAll(fn: (row: number, col: number) => void): Range {
    this._sheet._assertEdit(this._rect);
    const { row, col, numRows, numCols } = this._rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) fn(row + i, col + j);
    return gas(this);
  }

  private get L(): Layers {
    return this._sheet._layers;
  }

  // values & formulas
  getValues(): any[][] {
    return this.read((r, c) => this._sheet._readValue(r, c));
  }
  getValue(): any {
    return this._sheet._readValue(this._rect.row, this._rect.col);
  }
  setValues(values: any[][]): Range {
    return this.writeGrid(values, 'setValues', (r, c, v) => this._sheet._writeValue(r, c, v));
  }
  /** Sets every cell of the range (the reference: "Sets the value of the range"). */
  setValue(value: any): Range {
    return this.writeAll((r, c) => this._sheet._writeValue(r, c, value));
  }
  getDisplayValues(): string[][] {
    return this.read((r, c) => this._sheet._displayValue(r, c));
  }
  getDisplayValue(): string {
    return this._sheet._displayValue(this._rect.row, this._rect.col);
  }
  getFormulas(): string[][] {
    return this.read((r, c) => this.L.formulas.get(r, c));
  }
  getFormula(): string {
    return this.L.formulas.get(this._rect.row, this._rect.col);
  }
  setFormula(formula: string): Range {
    return this.writeAll((r, c) => this._sheet._writeValue(r, c, formula));
  }
  setFormulas(formulas: string[][]): Range {
    return this.writeGrid(formulas, 'setFormulas', (r, c, v) => this._sheet._writeValue(r, c, v));
  }

  // notes
  getNotes(): string[][] {
    return this.read((r, c) => this.L.notes.get(r, c));
  }
  getNote(): string {
    return this.L.notes.get(this._rect.row, this._rect.col);
  }
  setNotes(notes: any[][]): Range {
    return this.writeGrid(notes, 'setNotes', (r, c, v) =>
      this.L.notes.set(r, c, v === null || v === '' || v === undefined ? undefined : String(v)),
    );
  }
  setNote(note: string | null): Range {
    return this.writeAll((r, c) => this.L.notes.set(r, c, note === null || note === '' ? undefined : String(note)));
  }
  clearNote(): Range {
    return this.setNote(null);
  }

  // backgrounds & fonts
  getBackgrounds(): string[][] {
    return this.read((r, c) => this.L.backgrounds.get(r, c));
  }
  getBackground(): string {
    return this.L.backgrounds.get(this._rect.row, this._rect.col);
  }
  setBackgrounds(color: Array<Array<string | null>>): Range {
    return this.writeGrid(color, 'setBackgrounds', (r, c, v) => this.L.backgrounds.set(r, c, normalizeColor(v)));
  }
  setBackground(color: string | null): Range {
    const v = normalizeColor(color);
    return this.writeAll((r, c) => this.L.backgrounds.set(r, c, v));
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.read((r, c) => this.L.fontWeights.get(r, c) as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.L.fontWeights.get(this._rect.row, this._rect.col) as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  setFontWeights(fontWeights: any[][]): Range {
    return this.writeGrid(fontWeights, 'setFontWeights', (r, c, v) => this.L.fontWeights.set(r, c, v ?? undefined));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.writeAll((r, c) => this.L.fontWeights.set(r, c, fontWeight ?? undefined));
  }
  getFontColor(): string {
    return this.L.fontColors.get(this._rect.row, this._rect.col);
  }
  getFontColors(): string[][] {
    return this.read((r, c) => this.L.fontColors.get(r, c));
  }
  setFontColor(color: string | null): Range {
    const v = normalizeColor(color);
    return this.writeAll((r, c) => this.L.fontColors.set(r, c, v));
  }
  setFontColors(colors: any[][]): Range {
    return this.writeGrid(colors, 'setFontColors', (r, c, v) => this.L.fontColors.set(r, c, normalizeColor(v)));
  }
  getFontSize(): number {
    return this.L.fontSizes.get(this._rect.row, this._rect.col);
  }
  setFontSize(size: number): Range {
    return this.writeAll((r, c) => this.L.fontSizes.set(r, c, size));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.L.fontStyles.get(this._rect.row, this._rect.col) as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.writeAll((r, c) => this.L.fontStyles.set(r, c, fontStyle ?? undefined));
  }
  getFontFamily(): string {
    return this.L.fontFamilies.get(this._rect.row, this._rect.col);
  }
  setFontFamily(fontFamily: string | null): Range {
    return this.writeAll((r, c) => this.L.fontFamilies.set(r, c, fontFamily ?? undefined));
  }

  // wrapping, number formats, alignment
  getWrap(): boolean {
    return this.L.wraps.get(this._rect.row, this._rect.col) === WrapStrategy.WRAP;
  }
  getWraps(): boolean[][] {
    return this.read((r, c) => this.L.wraps.get(r, c) === WrapStrategy.WRAP);
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.writeAll((r, c) => this.L.wraps.set(r, c, isWrapEnabled ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW));
  }
  setWraps(isWrapEnabled: any[][]): Range {
    return this.writeGrid(isWrapEnabled, 'setWraps', (r, c, v) =>
      this.L.wraps.set(r, c, v ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW),
    );
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return gas(this.L.wraps.get(this._rect.row, this._rect.col));
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return gas(this.read((r, c) => this.L.wraps.get(r, c)));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    const s = unwrap(strategy) as unknown as EnumValue;
    return this.writeAll((r, c) => this.L.wraps.set(r, c, s));
  }
  setWrapStrategies(strategies: any[][]): Range {
    return this.writeGrid(strategies, 'setWrapStrategies', (r, c, v) => this.L.wraps.set(r, c, v));
  }
  getNumberFormat(): string {
    return this.L.numberFormats.get(this._rect.row, this._rect.col);
  }
  getNumberFormats(): string[][] {
    return this.read((r, c) => this.L.numberFormats.get(r, c));
  }
  setNumberFormat(numberFormat: string): Range {
    return this.writeAll((r, c) => this.L.numberFormats.set(r, c, numberFormat));
  }
  setNumberFormats(numberFormats: any[][]): Range {
    return this.writeGrid(numberFormats, 'setNumberFormats', (r, c, v) =>
      this.L.numberFormats.set(r, c, v ?? undefined),
    );
  }
  getHorizontalAlignment(): string {
    return this.L.hAligns.get(this._rect.row, this._rect.col);
  }
  getHorizontalAlignments(): string[][] {
    return this.read((r, c) => this.L.hAligns.get(r, c));
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.writeAll((r, c) => this.L.hAligns.set(r, c, alignment ?? undefined));
  }
  setHorizontalAlignments(alignments: any[][]): Range {
    return this.writeGrid(alignments, 'setHorizontalAlignments', (r, c, v) => this.L.hAligns.set(r, c, v ?? undefined));
  }
  getVerticalAlignment(): string {
    return this.L.vAligns.get(this._rect.row, this._rect.col);
  }
  getVerticalAlignments(): string[][] {
    return this.read((r, c) => this.L.vAligns.get(r, c));
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this.writeAll((r, c) => this.L.vAligns.set(r, c, alignment ?? undefined));
  }
  setVerticalAlignments(alignments: any[][]): Range {
    return this.writeGrid(alignments, 'setVerticalAlignments', (r, c, v) => this.L.vAligns.set(r, c, v ?? undefined));
  }
  setBorder(...args: any[]): Range {
    const text = JSON.stringify(args.map((a) => (a === null || typeof a !== 'object' ? a : String(a))));
    return this.writeAll((r, c) => this.L.borders.set(r, c, text));
  }

  // data validation & checkboxes
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return gas(outward(this.L.validations.get(this._rect.row, this._rect.col)));
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return gas(outward(this.read((r, c) => this.L.validations.get(r, c))));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const raw = (unwrap(rule) as unknown as FakeDataValidation | null) ?? undefined;
    return this.writeAll((r, c) => this.L.validations.set(r, c, raw));
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    return this.writeGrid(rules, 'setDataValidations', (r, c, v) => this.L.validations.set(r, c, v ?? undefined));
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  /**
   * insertCheckboxes(): true/false, value set to false. insertCheckboxes(checked): "custom value for
   * checked and the empty string for unchecked". insertCheckboxes(checked, unchecked): both custom.
   */
  insertCheckboxes(checkedValue?: any, uncheckedValue?: any): Range {
    const values =
      checkedValue === undefined ? [true, false] : [checkedValue, uncheckedValue === undefined ? '' : uncheckedValue];
    const builder = new FakeDataValidationBuilder(this._sheet._env.counter);
    builder.requireCheckbox(values[0], values[1]);
    const rule = unwrap(builder.build()) as unknown as FakeDataValidation;
    return this.writeAll((r, c) => {
      this.L.validations.set(r, c, rule);
      this._sheet._writeValue(r, c, values[1]);
    });
  }
  private checkboxValues(r: number, c: number): [unknown, unknown] | null {
    const rule = this.L.validations.get(r, c);
    if (!rule || rule._criteria !== DataValidationCriteria.CHECKBOX) return null;
    const [checked = true, unchecked = rule._values.length === 1 ? '' : false] = rule._values;
    return [checked, unchecked];
  }
  /** "Removes all checkboxes from the range. Clears the data validation of each cell, and additionally clears its value if the cell contains either the checked or unchecked value." */
  removeCheckboxes(): Range {
    return this.writeAll((r, c) => {
      const cb = this.checkboxValues(r, c);
      if (!cb) return;
      const v = this.L.values.get(r, c);
      if (v === cb[0] || v === cb[1]) this._sheet._writeValue(r, c, '');
      this.L.validations.set(r, c, undefined);
    });
  }
  /** "Ignores the cells in the range which currently do not contain either the checked or unchecked value configured." */
  check(): Range {
    return this.writeAll((r, c) => {
      const cb = this.checkboxValues(r, c);
      const v = this.L.values.get(r, c);
      if (cb && (v === cb[0] || v === cb[1] || (v === '' && cb[1] === ''))) this._sheet._writeValue(r, c, cb[0]);
    });
  }
  uncheck(): Range {
    return this.writeAll((r, c) => {
      const cb = this.checkboxValues(r, c);
      const v = this.L.values.get(r, c);
      if (cb && (v === cb[0] || v === cb[1])) this._sheet._writeValue(r, c, cb[1]);
    });
  }
  /** true if all checked, false if all unchecked, null when mixed or a cell has no checkbox. */
  isChecked(): boolean | null {
    let allChecked = true;
    let allUnchecked = true;
    const { row, col, numRows, numCols } = this._rect;
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++) {
        const cb = this.checkboxValues(r, c);
        if (!cb) return null;
        const v = this.L.values.get(r, c);
        if (v !== cb[0]) allChecked = false;
        if (v !== cb[1]) allUnchecked = false;
      }
    }
    return allChecked ? true : allUnchecked ? false : null;
  }

  // geometry
  getRow(): number {
    return this._rect.row;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.col;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numCols;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numCols;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.col + this._rect.numCols - 1;
  }
  getA1Notation(): string {
    return formatA1(this._rect);
  }
  isEndRowBounded(): boolean {
    return this._rect.rowsBounded;
  }
  isEndColumnBounded(): boolean {
    return this._rect.colsBounded;
  }
  isStartRowBounded(): boolean {
    return this._rect.rowsBounded || this._rect.row > 1;
  }
  isStartColumnBounded(): boolean {
    return this._rect.colsBounded || this._rect.col > 1;
  }
  getSheet(): Sheet {
    return gas(this._sheet);
  }
  getGridId(): number {
    return this._sheet._id;
  }
  /** 1-based inside the range; outside it the real text is "Cell reference out of range". */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols)
      throw new Error('Cell reference out of range');
    return gas(this._sheet._makeRange(this._rect.row + row - 1, this._rect.col + column - 1, 1, 1));
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return gas(
      this._sheet._makeRange(
        this._rect.row + rowOffset,
        this._rect.col + columnOffset,
        numRows ?? this._rect.numRows,
        numColumns ?? this._rect.numCols,
      ),
    );
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const ss = this._sheet._ss;
    const p = wrapRaw(
      ss._env.counter,
      'Protection',
      new FakeProtection(ss._protectionHost, ProtectionType.RANGE, this._sheet, { ...this._rect }),
    );
    ss._protections.push(p);
    return gas(p);
  }
  /** "Returns true if the user has permission to edit every cell in the range." */
  canEdit(): boolean {
    return this._sheet._ss._canEditRect(this._sheet._env.current.user, this._sheet, this._rect);
  }
  isBlank(): boolean {
    const { row, col, numRows, numCols } = this._rect;
    for (let r = row; r < row + numRows; r++)
      for (let c = col; c < col + numCols; c++)
        if (this.L.values.isSet(r, c) || this.L.formulas.isSet(r, c)) return false;
    return true;
  }

  // clearing
  clearContent(): Range {
    return this.writeAll((r, c) => this._sheet._writeValue(r, c, ''));
  }
  clearFormat(): Range {
    this._sheet._assertEdit(this._rect);
    for (const k of FORMAT_LAYERS) this.L[k].clear(this._rect);
    return gas(this);
  }
  /** clear(): contents and formats; options contentsOnly / formatOnly / validationsOnly / commentsOnly. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): Range {
    this._sheet._assertEdit(this._rect);
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!only || o.contentsOnly) {
      this.L.values.clear(this._rect);
      this.L.formulas.clear(this._rect);
    }
    if (!only || o.formatOnly) for (const k of FORMAT_LAYERS) this.L[k].clear(this._rect);
    if (o.validationsOnly) this.L.validations.clear(this._rect);
    return gas(this);
  }
  activate(): Range {
    this._sheet._ss._active = this._sheet;
    return gas(this);
  }

  toString(): string {
    return `Range(${quoteSheetName(this._sheet._name)}!${this.getA1Notation()})`;
  }
}

// ---------------------------------------------------------------------------------------------------

/**
 * Display text of a value. Simplified: dates as dd/MM/yyyy (plus HH:mm:ss when there is a time) in the
 * spreadsheet zone — the vi_VN date order —, booleans TRUE/FALSE, numbers with the locale's decimal
 * separator and "%", "0", "0.00"-style formats. The real display follows the cell's number format.
 */
/** A string Sheets would read as a formula when entered in a cell that is not plain text. */
export function isFormulaInput(value: string): boolean {
  if (value.length > 1 && value.startsWith('=')) return true;
  return /^[+-]/.test(value) && value.length > 1 && !/^[+-]\s*(\d+([.,]\d+)?|[.,]\d+)\s*%?$/.test(value);
}

export function displayValue(v: unknown, numberFormat: string, timeZone: string, locale: string): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) {
    const p = zonedParts(v as Date, timeZone);
    const hasTime = p.hour || p.minute || p.second;
    return formatJavaDate(v as Date, timeZone, hasTime ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy');
  }
  if (typeof v === 'number') {
    const comma = /^vi|^de|^fr|^es|^it|^pt|^ru|^id/i.test(locale);
    let text: string;
    if (numberFormat === '@') text = String(v);
    else {
      const pct = numberFormat.trim().endsWith('%');
      const decimals = /\.(0+)/.exec(numberFormat)?.[1].length;
      const n = pct ? v * 100 : v;
      text =
        decimals !== undefined
          ? n.toFixed(decimals)
          : /^0+%?$/.test(numberFormat.trim())
            ? String(Math.round(n))
            : String(n);
      if (pct) text += '%';
    }
    return comma ? text.replace('.', ',') : text;
  }
  return String(v);
}

export function sheetColumnLetter(col: number): string {
  return columnToLetters(col);
}
