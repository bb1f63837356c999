/**
 * Protected ranges and sheets. Rules from developers.google.com/apps-script/reference/spreadsheet/protection
 * and Sheet.protect() / Range.protect():
 * - protect(): "Until the script actually changes the list of editors for the sheet (by calling
 *   removeEditor…, addEditor…, or setting a new value for setDomainEdit), the permissions mirror those
 *   of the spreadsheet itself, which effectively means that the sheet remains unprotected." The fake
 *   keeps editors = null (mirror) until the first change, then copies owner + spreadsheet editors and
 *   applies the change — which is why the official sample does addEditor(me) then
 *   removeEditors(getEditors()).
 * - Sheet.protect(): "If the sheet is already protected, this method returns an object representing
 *   its existing protection settings." Range.protect() always makes a new one.
 * - canEdit(): "The spreadsheet owner is always able to edit protected ranges and sheets."
 * - removeEditor(s): "Neither the owner of the spreadsheet nor the current user can be removed."
 *   (silently kept). The current user is the one the script runs as.
 * - getEditors()/canDomainEdit(): "Throws an exception if the user does not have permission to edit
 *   the protected range or sheet."
 * - setUnprotectedRanges(): "Throws an exception if the Protection object corresponds to a protected
 *   range instead of a protected sheet or if any of the ranges are not on the protected sheet."
 * - setDomainEdit(): "Throws an exception if the spreadsheet does not belong to a Google Workspace
 *   domain (that is, if it is owned by a gmail.com account)."
 * - setWarningOnly: "every user can edit data in the area, except editing prompts a warning".
 * - addEditor "does not automatically give the user permission to edit the spreadsheet itself": a
 *   protection editor who is not a spreadsheet editor still cannot edit (checked in canUserEdit).
 */

import { rectContains } from './a1';
import { type Env, emailOf, sameEmail } from './context';
import { gas, unwrap } from './counter';
import { type EnumValue, ProtectionType } from './enums';
import { type Rect, rectsIntersect } from './grid';

/** Real message when someone edits a cell they may not edit (Sheets UI, Sheets API and Apps Script). */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** What a protection needs from its sheet (type-only link to spreadsheet.ts). */
export interface ProtectedSheet {
  _sheetKey: object;
  _fullRect(): Rect;
  _rangeFromRect(rect: Rect): GoogleAppsScript.Spreadsheet.Range;
}

export interface ProtectionHost {
  env: Env;
  /** Spreadsheet editors (without the owner). */
  editorEmails(): string[];
  dropProtection(p: FakeProtection): void;
}

type P = GoogleAppsScript.Spreadsheet.Protection;

export class FakeProtection
  implements
    Pick<
      P,
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canEdit'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'getDescription'
      | 'setDescription'
      | 'getProtectionType'
      | 'getRange'
      | 'setRange'
      | 'getRangeName'
      | 'getUnprotectedRanges'
      | 'setUnprotectedRanges'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'remove'
    >
{
  _editors: Set<string> | null = null;
  _description = '';
  _warningOnly = false;
  _domainEdit = false;
  _unprotected: Rect[] = [];
  _removed = false;

  constructor(
    readonly _host: ProtectionHost,
    readonly _type: EnumValue,
    readonly _sheet: ProtectedSheet,
    /** For RANGE protections; live (moved by row/column inserts and deletes). */
    public _rect: Rect | null,
  ) {}

  private get env(): Env {
    return this._host.env;
  }

  /** Emails allowed by this protection (owner first); the mirror of the spreadsheet until changed. */
  _editorList(): string[] {
    const owner = this.env.opts.ownerEmail;
    const others = this._editors ? [...this._editors] : this._host.editorEmails().map((e) => e.toLowerCase());
    return [owner, ...others.filter((e) => !sameEmail(e, owner))];
  }

  /** Whether `email` passes this protection (not whether the cell is covered). */
  _allows(email: string): boolean {
    if (this.env.isOwner(email)) return true;
    if (this._warningOnly) return true;
    if (this._domainEdit && email.toLowerCase().endsWith(`@${this.env.opts.ownerEmail.split('@')[1].toLowerCase()}`))
      return true;
    return this._editorList().some((e) => sameEmail(e, email));
  }

  _covers(row: number, col: number): boolean {
    if (this._removed) return false;
    if (this._type === ProtectionType.RANGE)
      return !!this._rect && this._rect.numRows > 0 && this._rect.numCols > 0 && rectContains(this._rect, row, col);
    return !this._unprotected.some((u) => rectContains(u, row, col));
  }

  /** True when some cell of `area` is covered by this protection. */
  _touches(area: Rect): boolean {
    if (this._removed) return false;
    if (this._type === ProtectionType.RANGE) return !!this._rect && rectsIntersect(this._rect, area);
    if (this._unprotected.length === 0) return true;
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.col; c < area.col + area.numCols; c++) if (this._covers(r, c)) return true;
    }
    return false;
  }

  private assertManage(): void {
    // Not documented which message a non-editor gets when changing a protection; the protected-cell one is used.
    if (!this._allows(this.env.current.user)) throw new Error(PROTECTED_MESSAGE);
  }

  private materialize(): Set<string> {
    if (!this._editors) this._editors = new Set(this._editorList().map((e) => e.toLowerCase()));
    return this._editors;
  }

  addEditor(emailOrUser: string | GoogleAppsScript.Base.User): P {
    return this.addEditors([emailOf(unwrap(emailOrUser))]);
  }
  addEditors(emails: string[]): P {
    this.assertManage();
    const set = this.materialize();
    for (const e of emails) if (e) set.add(emailOf(e).toLowerCase());
    return gas(this);
  }
  removeEditor(emailOrUser: string | GoogleAppsScript.Base.User): P {
    return this.removeEditors([emailOf(unwrap(emailOrUser))]);
  }
  removeEditors(emailsOrUsers: any[]): P {
    this.assertManage();
    const set = this.materialize();
    for (const item of emailsOrUsers) {
      const e = emailOf(unwrap(item));
      if (this.env.isOwner(e) || sameEmail(e, this.env.current.user)) continue;
      set.delete(e.toLowerCase());
    }
    return gas(this);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.assertManage();
    return this._editorList().map((e) => this.env.user(e));
  }
  canEdit(): boolean {
    return this._allows(this.env.current.user);
  }
  canDomainEdit(): boolean {
    this.assertManage();
    return this._domainEdit;
  }
  setDomainEdit(editable: boolean): P {
    this.assertManage();
    if (this.env.opts.accountType !== 'workspace') {
      // Documented to throw for gmail.com owners; the exact text is not documented (ours).
      throw new Error('Domain edit is only available for spreadsheets owned by a Google Workspace domain.');
    }
    this.materialize();
    this._domainEdit = editable;
    return gas(this);
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(description: string): P {
    this.assertManage();
    this._description = description;
    return gas(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return gas(this._type);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    // "If the protection applies to the sheet instead of a range, this method returns a range that spans the entire sheet."
    return this._sheet._rangeFromRect(this._rect ?? this._sheet._fullRect());
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): P {
    this.assertManage();
    const raw = unwrap(range) as unknown as { _rect: Rect };
    this._rect = { ...raw._rect };
    return gas(this);
  }
  getRangeName(): string | null {
    return null;
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    if (this._type === ProtectionType.RANGE) return [];
    return this._unprotected.map((r) => this._sheet._rangeFromRect(r));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): P {
    this.assertManage();
    // Documented to throw in both cases below; the wording is ours.
    if (this._type === ProtectionType.RANGE)
      throw new Error('Unprotected ranges can only be set on a protected sheet.');
    const rects = ranges.map((r) => {
      const raw = unwrap(r) as unknown as { _sheet: ProtectedSheet; _rect: Rect };
      if (raw._sheet._sheetKey !== this._sheet._sheetKey)
        throw new Error('The unprotected range must be on the protected sheet.');
      return { ...raw._rect };
    });
    this._unprotected = rects;
    return gas(this);
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setWarningOnly(warningOnly: boolean): P {
    this.assertManage();
    this._warningOnly = warningOnly;
    return gas(this);
  }
  remove(): void {
    this.assertManage();
    this._removed = true;
    this._host.dropProtection(this);
  }
}
