/**
 * The functions Apps Script calls: simple triggers, menu items and time-driven triggers.
 * No imports and no exports here: the build puts these at the top level of build/Code.js, where
 * Apps Script finds them by name. Each one only hands over to the bundled module `PlanTracker`.
 */
declare const PlanTracker: typeof import('./app');

function onOpen(e: GoogleAppsScript.Events.SheetsOnOpen) {
  PlanTracker.onOpen(e);
}
function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit) {
  PlanTracker.onEdit(e);
}
function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit) {
  PlanTracker.onEditInstalled(e);
}
function goToCell(sheetName: string, a1: string) {
  PlanTracker.goToCell(sheetName, a1);
}
function reviewUnit(unitId: string, action: 'approve' | 'return' | 'reopen', comment: string) {
  return PlanTracker.reviewUnit(unitId, action, comment);
}
function menuSetup() {
  PlanTracker.menuSetup();
}
function menuValidate() {
  PlanTracker.menuValidate();
}
function menuRefreshSummary() {
  PlanTracker.menuRefreshSummary();
}
function menuSubmitUnitReport() {
  PlanTracker.menuSubmitUnitReport();
}
function menuReviewSubmissions() {
  PlanTracker.menuReviewSubmissions();
}
function menuCreateReport() {
  PlanTracker.menuCreateReport();
}
function menuSendRemindersNow() {
  PlanTracker.menuSendRemindersNow();
}
function menuEnableReminders() {
  PlanTracker.menuEnableReminders();
}
function menuDisableReminders() {
  PlanTracker.menuDisableReminders();
}
function menuNewYear() {
  PlanTracker.menuNewYear();
}
function menuImportPlan() {
  PlanTracker.menuImportPlan();
}
function menuTriggers() {
  PlanTracker.menuTriggers();
}
function menuGuide() {
  PlanTracker.menuGuide();
}
function dailyReminderTrigger(e: unknown) {
  PlanTracker.dailyReminderTrigger(e);
}
function doGet(e: { parameter?: Record<string, string> }) {
  return PlanTracker.doGet(e);
}
function entryPageSave(token: string, request: unknown) {
  return PlanTracker.entryPageSave(token, request);
}
function entryPageSubmit(token: string, requestId: string) {
  return PlanTracker.entryPageSubmit(token, requestId);
}
function menuEntryLinks() {
  PlanTracker.menuEntryLinks();
}
function entryLinkAction(action: string, unitId: string) {
  return PlanTracker.entryLinkAction(action, unitId);
}
