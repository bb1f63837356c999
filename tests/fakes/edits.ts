/**
 * What people do in the spreadsheet, outside any script: type or paste (userEdit), open the file
 * (open), click a menu item (runMenuItem). Each starts the executions Apps Script would start.
 *
 * Edit event object (developers.google.com/apps-script/guides/triggers/events, "Edit"):
 * - range: "A Range object, representing the cell or range of cells that were edited" — the whole
 *   pasted block for a paste.
 * - value: "New cell value after the edit. Only available if the edited range is a single cell."
 *   oldValue: "Cell value prior to the edit, if any. Only available if the edited range is a single
 *   cell. Will be undefined if the cell had no previous content." For a multi-cell paste both are
 *   absent (also stated by tanaikech's "Enhanced onEdit(e)" notes: for "A1:A2" or a paste, e.value and
 *   e.oldValue "are not shown anything").
 * - The values are strings (the event is serialized; e.g. a checkbox gives "TRUE"/"FALSE"). A date
 *   is given as its serial day number, a formula as the formula's value: both our choice.
 * - user: "A User object, representing the active user, if available (depending on a complex set of
 *   security restrictions)" — see Env.visibleEmail; authMode LIMITED for the simple trigger, FULL for
 *   installable ones; triggerUid only for installable triggers ("ID of trigger that produced this event
 *   (installable triggers only)").
 * - Script writes never fire onEdit ("Script executions and API requests do not cause triggers to run").
 *
 * Refusals: a cell the person may not edit refuses the whole edit with the protected-cell message; a
 * value breaking a data-validation rule with allowInvalid=false ("reject input") is refused too
 * (our wording for that message). A refused edit changes nothing and fires nothing.
 */
import { formatA1, splitSheetName } from './a1';
import { isDate } from './clock';
import type { Env, ExecutionKind } from './context';
import { gas, unwrap, wrap } from './counter';
import { AuthMode, EventType } from './enums';
import { type Rect, rect } from './grid';
import { PROTECTED_MESSAGE } from './protection';
import type { FakeRange, FakeSheet, FakeSpreadsheet } from './spreadsheet';
import { sheetsSerial } from './time';
import { type Handlers, lookupHandler, type TriggerControl } from './triggers';
import type { UiRecorder } from './ui';

export interface EditOptions {
  /** The simple onEdit(e) trigger (or take it from handlers.onEdit). */
  onEdit?: (e: GoogleAppsScript.Events.SheetsOnEdit) => unknown;
  /** Functions by name, for installable onEdit triggers (a vm context works). */
  handlers?: Handlers;
  /** Rethrow a handler's error after the edit (default true). Real Apps Script only logs it. */
  rethrow?: boolean;
}

export interface EditResult {
  ok: boolean;
  reason?: 'protected' | 'invalid' | 'not-an-editor';
  message?: string;
  cell?: string;
  /** The event given to the simple trigger (or the first installable one). */
  event?: GoogleAppsScript.Events.SheetsOnEdit;
  errors: unknown[];
}

export class SpreadsheetHarness {
  constructor(
    private readonly env: Env,
    readonly raw: FakeSpreadsheet,
    private readonly triggers: TriggerControl,
    private readonly ui: UiRecorder,
  ) {}

  /** The Spreadsheet as scripts see it (calls on it are counted). */
  get api(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(wrap(this.env.counter, 'Spreadsheet', this.raw));
  }
  get toasts() {
    return this.raw._toasts;
  }

  sheet(name: string): FakeSheet {
    const s = this.raw._findSheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  private area(target: string | GoogleAppsScript.Spreadsheet.Range): { sheet: FakeSheet; rect: Rect } {
    if (typeof target !== 'string') {
      const r = unwrap(target) as unknown as FakeRange;
      return { sheet: r._sheet, rect: { ...r._rect } };
    }
    const { sheetName, cells } = splitSheetName(target);
    const sheet = sheetName === undefined ? this.raw._active : this.sheet(sheetName);
    return { sheet, rect: { ...sheet._rangeA1(cells)._rect } };
  }

  /** Cell data without counting calls: what getValues() would return. "Sheet!A1:C3", or a sheet name for its data range. */
  values(target: string): unknown[][] {
    return this.read(target, (s, r, c) => s._readValue(r, c));
  }
  displayValues(target: string): string[][] {
    return this.read(target, (s, r, c) => s._displayValue(r, c));
  }
  formulas(target: string): string[][] {
    return this.read(target, (s, r, c) => s._layers.formulas.get(r, c));
  }
  notes(target: string): string[][] {
    return this.read(target, (s, r, c) => s._layers.notes.get(r, c));
  }
  backgrounds(target: string): string[][] {
    return this.read(target, (s, r, c) => s._layers.backgrounds.get(r, c));
  }
  private read<T>(target: string, fn: (s: FakeSheet, r: number, c: number) => T): T[][] {
    const { sheet, rect: a } = this.area(target.includes('!') ? target : this.dataTarget(target));
    const out: T[][] = [];
    for (let i = 0; i < a.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < a.numCols; j++) line.push(fn(sheet, a.row + i, a.col + j));
      out.push(line);
    }
    return out;
  }
  /** "Sheet" alone means the sheet's data range. */
  private dataTarget(sheetName: string): string {
    const s = this.sheet(sheetName);
    const rows = Math.max(1, s.getLastRow());
    const cols = Math.max(1, s.getLastColumn());
    return `'${sheetName.replace(/'/g, "''")}'!${formatA1(rect(1, 1, rows, cols))}`;
  }

  /** Whether `email` may edit the cell, with every protection covering it applied (owner always may). */
  canUserEdit(email: string, sheetName: string, row: number, col: number): boolean {
    return this.raw._canEditRect(email, this.sheet(sheetName), rect(row, col, 1, 1));
  }

  /**
   * A person types (one value) or pastes (a 2-D block whose top-left is the target's top-left).
   * A single value typed into a multi-cell target fills it (Ctrl+Enter). Fires onEdit.
   */
  userEdit(
    email: string,
    target: string | GoogleAppsScript.Spreadsheet.Range,
    values: unknown,
    handlerOrOptions?: EditOptions['onEdit'] | EditOptions,
  ): EditResult {
    const opts: EditOptions =
      typeof handlerOrOptions === 'function' ? { onEdit: handlerOrOptions } : (handlerOrOptions ?? {});
    const { sheet, rect: sel } = this.area(target);
    const block = Array.isArray(values) ? (values as unknown[][]) : null;
    const area = block ? rect(sel.row, sel.col, block.length, block[0]?.length ?? 0) : sel;
    const at = (i: number, j: number) => (block ? block[i][j] : values);

    if (!this.raw._isEditor(email))
      return { ok: false, reason: 'not-an-editor', message: PROTECTED_MESSAGE, errors: [] };
    // Pasting past the last row/column adds rows/columns, as the Sheets UI does.
    sheet._maxRows = Math.max(sheet._maxRows, area.row + area.numRows - 1);
    sheet._maxCols = Math.max(sheet._maxCols, area.col + area.numCols - 1);

    for (let i = 0; i < area.numRows; i++) {
      for (let j = 0; j < area.numCols; j++) {
        const cell = rect(area.row + i, area.col + j, 1, 1);
        if (!this.raw._canEditRect(email, sheet, cell))
          return { ok: false, reason: 'protected', message: PROTECTED_MESSAGE, cell: formatA1(cell), errors: [] };
        const rule = sheet._layers.validations.get(cell.row, cell.col);
        if (
          rule &&
          !rule._allowInvalid &&
          !rule._accepts(at(i, j), (r) => (unwrap(r) as unknown as FakeRange).getValues())
        ) {
          return {
            ok: false,
            reason: 'invalid',
            message: `The data you entered in cell ${formatA1(cell)} violates the data validation rules set on this cell.`,
            cell: formatA1(cell),
            errors: [],
          };
        }
      }
    }

    const single = area.numRows === 1 && area.numCols === 1;
    const hadContent =
      sheet._layers.values.isSet(area.row, area.col) || sheet._layers.formulas.isSet(area.row, area.col);
    const oldValue = single && hadContent ? this.eventString(sheet, sheet._readValue(area.row, area.col)) : undefined;
    for (let i = 0; i < area.numRows; i++)
      for (let j = 0; j < area.numCols; j++) sheet._writeValue(area.row + i, area.col + j, at(i, j));
    const newContent =
      sheet._layers.values.isSet(area.row, area.col) || sheet._layers.formulas.isSet(area.row, area.col);
    const value = single && newContent ? this.eventString(sheet, sheet._readValue(area.row, area.col)) : undefined;

    const makeEvent = (authMode: unknown, triggerUid?: string) => {
      const e: Record<string, unknown> = {
        authMode,
        range: sheet._rangeFromRect(area),
        source: this.api,
        user: this.env.user(email),
      };
      if (value !== undefined) e.value = value;
      if (oldValue !== undefined) e.oldValue = oldValue;
      if (triggerUid) e.triggerUid = triggerUid;
      return e as unknown as GoogleAppsScript.Events.SheetsOnEdit;
    };
    return this.fire(
      email,
      'onEdit',
      EventType.ON_EDIT,
      makeEvent,
      opts.onEdit ?? pick(opts.handlers, 'onEdit'),
      opts.handlers,
      opts.rethrow,
    );
  }

  /** Opening the spreadsheet: simple onOpen (LIMITED, as the person) and installable open triggers. */
  open(email: string, handlers: Handlers, opts: { rethrow?: boolean } = {}): EditResult {
    const makeEvent = (authMode: unknown, triggerUid?: string) => {
      const e: Record<string, unknown> = { authMode, source: this.api, user: this.env.user(email) };
      if (triggerUid) e.triggerUid = triggerUid;
      return e as unknown as GoogleAppsScript.Events.SheetsOnOpen;
    };
    return this.fire(email, 'onOpen', EventType.ON_OPEN, makeEvent, pick(handlers, 'onOpen'), handlers, opts.rethrow);
  }

  private fire<E>(
    email: string,
    simpleName: string,
    type: unknown,
    makeEvent: (authMode: unknown, triggerUid?: string) => E,
    simple: ((e: E) => unknown) | undefined,
    handlers: Handlers | undefined,
    rethrow = true,
  ): EditResult {
    const errors: unknown[] = [];
    let first: E | undefined;
    if (simple) {
      try {
        this.env.run(
          () => {
            first = makeEvent(AuthMode.LIMITED);
            simple(first);
          },
          { kind: 'simpleTrigger', user: email, activeUser: email, authMode: AuthMode.LIMITED },
          simpleName,
        );
      } catch (err) {
        errors.push(err);
      }
    }
    for (const rec of this.triggers.records) {
      if (rec.eventType !== type || rec.sourceId !== this.raw.getId() || !handlers) continue;
      try {
        const fn = lookupHandler(handlers, rec.handler);
        this.env.run(
          () => {
            const e = makeEvent(AuthMode.FULL, rec.uid);
            first ??= e;
            fn(e);
          },
          {
            kind: 'installableTrigger' as ExecutionKind,
            user: rec.creator,
            activeUser: email,
            authMode: AuthMode.FULL,
            triggerUid: rec.uid,
          },
          rec.handler,
        );
      } catch (err) {
        errors.push(err);
      }
    }
    if (rethrow && errors.length) throw errors[0];
    return { ok: true, event: first as unknown as GoogleAppsScript.Events.SheetsOnEdit, errors };
  }

  /** Clicks a menu item (by caption or function name) as `email`: the function runs as that person. */
  runMenuItem(captionOrFunction: string, email: string, handlers: Handlers): unknown {
    const items = this.ui.menus.flatMap((m) => flatten(m.items));
    const item =
      items.find((i) => i.label === captionOrFunction) ?? items.find((i) => i.functionName === captionOrFunction);
    if (!item) throw new Error(`No menu item "${captionOrFunction}" has been added (did onOpen run?)`);
    const fn = lookupHandler(handlers, item.functionName);
    return this.env.run(
      () => fn(),
      { kind: 'menu', user: email, activeUser: email, authMode: AuthMode.FULL },
      item.functionName,
    );
  }

  /** Protections, as plain data. */
  protections(): {
    type: string;
    sheet: string;
    range: string;
    description: string;
    editors: string[];
    unprotected: string[];
    warningOnly: boolean;
  }[] {
    return this.raw._protections.map((p) => ({
      type: String(p._type),
      sheet: (p._sheet as unknown as FakeSheet)._name,
      range: formatA1(p._rect ?? p._sheet._fullRect()),
      description: p._description,
      editors: p._editorList(),
      unprotected: p._unprotected.map((u) => formatA1(u)),
      warningOnly: p._warningOnly,
    }));
  }

  /** A value as the event object carries it (a string). */
  private eventString(sheet: FakeSheet, v: unknown): string {
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) return String(sheetsSerial(v as Date, sheet._ss._timeZone));
    return String(v);
  }
}

function pick(handlers: Handlers | undefined, name: string): ((e: any) => unknown) | undefined {
  if (!handlers) return undefined;
  const fn = typeof handlers === 'function' ? handlers(name) : handlers[name];
  return typeof fn === 'function' ? (fn as (e: any) => unknown) : undefined;
}

function flatten(items: import('./ui').MenuEntry[]): { label: string; functionName: string }[] {
  return items.flatMap((i) => (i === 'separator' ? [] : 'label' in i ? [i] : flatten(i.subMenu.items)));
}
