/**
 * DataValidation and ConditionalFormatRule with their builders.
 *
 * - requireValueInList(values, showDropdown): criteria VALUE_IN_LIST, criteria values
 *   [values, showDropdown]; showDropdown defaults to true (reference: "showDropdown - true if the
 *   spreadsheet should show a dropdown menu for the values; false if not").
 * - setAllowInvalid: "The default for new data validation rules is true" (DataValidationBuilder
 *   reference), i.e. a bad entry only shows a warning unless the script sets false ("reject input").
 *   userEdit() in the fakes refuses a value that breaks a rule with allowInvalid=false; script writes
 *   are never checked (setValue does not go through validation).
 */

import { type CallCounter, gas, unwrap, wrap } from './counter';
import { BooleanCriteria, DataValidationCriteria, type EnumValue } from './enums';
import type { Rect } from './grid';

type Criteria = EnumValue;

export class FakeDataValidation
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DataValidation,
      'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
    >
{
  constructor(
    readonly _counter: CallCounter,
    readonly _criteria: Criteria,
    readonly _values: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return gas(this._criteria);
  }
  getCriteriaValues(): any[] {
    return this._values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    const b = new FakeDataValidationBuilder(this._counter);
    b._criteria = this._criteria;
    b._values = [...this._values];
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return gas(wrap(this._counter, 'DataValidationBuilder', b));
  }

  /** Whether `value` satisfies the rule (list, checkbox and number rules; others accept). */
  _accepts(value: unknown, readRange: (r: GoogleAppsScript.Spreadsheet.Range) => unknown[][]): boolean {
    const name = String(this._criteria);
    if (value === '' || value === null || value === undefined) return true;
    switch (name) {
      case 'VALUE_IN_LIST':
        return (this._values[0] as unknown[]).some((v) => String(v) === String(value));
      case 'VALUE_IN_RANGE':
        return readRange(this._values[0] as GoogleAppsScript.Spreadsheet.Range).some((row) =>
          row.some((v) => String(v) === String(value)),
        );
      case 'CHECKBOX': {
        const [checked = true, unchecked = false] = this._values;
        return value === checked || value === unchecked;
      }
      case 'NUMBER_BETWEEN':
        return typeof value === 'number' && value >= Number(this._values[0]) && value <= Number(this._values[1]);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value >= Number(this._values[0]);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value <= Number(this._values[0]);
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireCheckbox'
      | 'requireNumberBetween'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireFormulaSatisfied'
      | 'requireTextIsEmail'
      | 'requireDate'
      | 'withCriteria'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getAllowInvalid'
      | 'getHelpText'
    >
{
  _criteria: Criteria | undefined;
  _values: unknown[] = [];
  _allowInvalid = true;
  _helpText = '';

  constructor(private readonly counter: CallCounter) {}

  private set(criteria: Criteria, values: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this._criteria = criteria;
    this._values = values;
    return gas(this);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true) {
    return this.set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown) {
    const values =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set(DataValidationCriteria.CHECKBOX, values);
  }
  requireNumberBetween(start: number, end: number) {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  requireTextIsEmail() {
    return this.set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireDate() {
    return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: any[]) {
    return this.set(unwrap(criteria) as unknown as Criteria, [...args]);
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this._allowInvalid = allowInvalidData;
    return gas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(this);
  }
  setHelpText(helpText: string) {
    this._helpText = helpText;
    return gas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return gas(this._criteria);
  }
  getCriteriaValues(): any[] {
    return [...this._values];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    // Real message when build() is called before any require...(): not documented; this text is ours.
    if (!this._criteria) throw new Error('DataValidationBuilder.build: no criteria set');
    return gas(
      wrap(
        this.counter,
        'DataValidation',
        new FakeDataValidation(this.counter, this._criteria, this._values, this._allowInvalid, this._helpText),
      ),
    );
  }
}

/** What a ConditionalFormatRule needs from the sheet model (no import cycle with spreadsheet.ts). */
export interface RuleRangeHost {
  _sheetKey: object;
  _rangeFromRect(rect: Rect): GoogleAppsScript.Spreadsheet.Range;
}

export interface RuleRange {
  host: RuleRangeHost;
  rect: Rect;
}

interface Format {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  strikethrough?: boolean | null;
}

export class FakeBooleanCondition
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getBackground'
      | 'getFontColor'
      | 'getBold'
      | 'getItalic'
      | 'getUnderline'
      | 'getStrikethrough'
    >
{
  constructor(
    readonly _criteria: EnumValue,
    readonly _values: unknown[],
    readonly _format: Format,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return gas(this._criteria);
  }
  getCriteriaValues(): any[] {
    return [...this._values];
  }
  getBackground(): string | null {
    return this._format.background ?? null;
  }
  getFontColor(): string | null {
    return this._format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._format.italic ?? null;
  }
  getUnderline(): boolean | null {
    return this._format.underline ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._format.strikethrough ?? null;
  }
}

export class FakeConditionalFormatRule
  implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges' | 'getBooleanCondition' | 'copy'>
{
  constructor(
    readonly _counter: CallCounter,
    readonly _criteria: EnumValue,
    readonly _values: unknown[],
    readonly _format: Format,
    /** Rects are live: the sheet moves them when rows/columns are inserted or deleted. */
    readonly _ranges: RuleRange[],
  ) {}
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._ranges.map((r) => r.host._rangeFromRect(r.rect));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition {
    return gas(
      wrap(this._counter, 'BooleanCondition', new FakeBooleanCondition(this._criteria, this._values, this._format)),
    );
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    const b = new FakeConditionalFormatRuleBuilder(this._counter);
    b._criteria = this._criteria;
    b._values = [...this._values];
    b._format = { ...this._format };
    b._ranges = this._ranges.map((r) => ({ host: r.host, rect: { ...r.rect } }));
    return gas(wrap(this._counter, 'ConditionalFormatRuleBuilder', b));
  }
}

type CFB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class FakeConditionalFormatRuleBuilder
  implements
    Pick<
      CFB,
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenTextDoesNotContain'
      | 'whenTextStartsWith'
      | 'whenTextEndsWith'
      | 'whenFormulaSatisfied'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenNumberLessThan'
      | 'whenNumberGreaterThan'
      | 'whenNumberBetween'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setStrikethrough'
      | 'setRanges'
      | 'getRanges'
      | 'build'
    >
{
  _criteria: EnumValue | undefined;
  _values: unknown[] = [];
  _format: Format = {};
  _ranges: RuleRange[] = [];

  constructor(private readonly counter: CallCounter) {}

  private when(criteria: EnumValue, values: unknown[]): CFB {
    this._criteria = criteria;
    this._values = values;
    return gas(this);
  }
  whenTextEqualTo(text: string) {
    return this.when(BooleanCriteria.TEXT_EQUAL_TO, [text]);
  }
  whenTextContains(text: string) {
    return this.when(BooleanCriteria.TEXT_CONTAINS, [text]);
  }
  whenTextDoesNotContain(text: string) {
    return this.when(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, [text]);
  }
  whenTextStartsWith(text: string) {
    return this.when(BooleanCriteria.TEXT_STARTS_WITH, [text]);
  }
  whenTextEndsWith(text: string) {
    return this.when(BooleanCriteria.TEXT_ENDS_WITH, [text]);
  }
  whenFormulaSatisfied(formula: string) {
    return this.when(BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }
  whenCellEmpty() {
    return this.when(BooleanCriteria.CELL_EMPTY, []);
  }
  whenCellNotEmpty() {
    return this.when(BooleanCriteria.CELL_NOT_EMPTY, []);
  }
  whenNumberLessThan(n: number) {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN, [n]);
  }
  whenNumberGreaterThan(n: number) {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberBetween(a: number, b: number) {
    return this.when(BooleanCriteria.NUMBER_BETWEEN, [a, b]);
  }
  setBackground(color: string | null) {
    this._format.background = color;
    return gas<CFB>(this);
  }
  setFontColor(color: string | null) {
    this._format.fontColor = color;
    return gas<CFB>(this);
  }
  setBold(bold: boolean | null) {
    this._format.bold = bold;
    return gas<CFB>(this);
  }
  setItalic(italic: boolean | null) {
    this._format.italic = italic;
    return gas<CFB>(this);
  }
  setUnderline(underline: boolean | null) {
    this._format.underline = underline;
    return gas<CFB>(this);
  }
  setStrikethrough(strikethrough: boolean | null) {
    this._format.strikethrough = strikethrough;
    return gas<CFB>(this);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this._ranges = ranges.map((r) => {
      const raw = unwrap(r) as unknown as { _host: RuleRangeHost; _rect: Rect };
      return { host: raw._host, rect: { ...raw._rect } };
    });
    return gas<CFB>(this);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._ranges.map((r) => r.host._rangeFromRect(r.rect));
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    // Not documented what build() without a condition does; ours throws so the mistake shows.
    if (!this._criteria) throw new Error('ConditionalFormatRuleBuilder.build: no condition set');
    const rule = new FakeConditionalFormatRule(
      this.counter,
      this._criteria,
      this._values,
      { ...this._format },
      this._ranges.map((r) => ({ host: r.host, rect: { ...r.rect } })),
    );
    return gas(wrap(this.counter, 'ConditionalFormatRule', rule));
  }
}
