/**
 * Least privilege, per action (granular consent): each menu action asks Google only for the scopes it uses, with
 * ScriptApp.requireScopes at its start, so a unit's staff member opening "Kiểm tra dữ liệu" is never asked to let
 * the tool send mail. Entering data and ticking "Đã gửi báo cáo" need no authorization at all (the simple onEdit
 * needs none; the tick is handled by the office's installable trigger). The README's scope table says the same.
 * A test checks every scope here is in appsscript.json (requireScopes refuses one the manifest lacks).
 */
const S = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  sheet: `${S}spreadsheets.currentonly`,
  ui: `${S}script.container.ui`,
  email: `${S}userinfo.email`,
  mail: `${S}script.send_mail`,
  triggers: `${S}script.scriptapp`,
  /** The report's Google Doc, made from a generated file: only files the tool created (issue 15). */
  driveFile: `${S}drive.file`,
} as const;

const BASE = [SCOPE.sheet, SCOPE.ui, SCOPE.email];

/** Scopes each menu handler (and the sidebar calls) asks for. */
export const ACTION_SCOPES: Record<string, readonly string[]> = {
  menuSetup: [...BASE, SCOPE.triggers],
  menuValidate: BASE,
  menuRefreshSummary: BASE,
  menuSubmitUnitReport: BASE,
  menuReviewSubmissions: [...BASE, SCOPE.mail],
  menuCreateReport: [...BASE, SCOPE.driveFile],
  menuSendRemindersNow: [...BASE, SCOPE.mail],
  menuEnableReminders: [...BASE, SCOPE.triggers],
  menuDisableReminders: [...BASE, SCOPE.triggers],
  menuTriggers: [...BASE, SCOPE.triggers],
  /** The units' entry links (issue 16): shown, and e-mailed to the units. */
  menuEntryLinks: [...BASE, SCOPE.mail],
  menuNewYear: BASE,
  menuImportPlan: BASE,
  menuGuide: [SCOPE.ui],
};
