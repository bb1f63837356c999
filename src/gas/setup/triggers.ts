/**
 * The installable onEdit trigger: it runs as the owner (the VHXH office), so it may write what a unit's
 * staff may not (Nhật ký, submission times). The simple onEdit runs as the person editing and does the
 * validation and verdicts. Installing twice leaves one.
 */
export const INSTALLED_EDIT_HANDLER = 'onEditInstalled';

export function ensureEditTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const existing = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === INSTALLED_EDIT_HANDLER);
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  if (existing.length === 0) ScriptApp.newTrigger(INSTALLED_EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
}
