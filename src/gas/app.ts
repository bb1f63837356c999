/**
 * What the Apps Script entry points (entry.ts) call. This module is bundled by esbuild into one IIFE
 * exposed as the global `PlanTracker`; it translates between Apps Script services and the pure core.
 */
import { MENU_ENTRIES, MENU_TITLE } from '../core/menu';
import { MSG } from '../core/strings';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const entry of MENU_ENTRIES) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.label, entry.handler);
  }
  menu.addToUi();
}

function notYet(feature: string): void {
  SpreadsheetApp.getUi().alert(MSG.notYetAvailable(feature));
}

export function onEdit(_e: GoogleAppsScript.Events.SheetsOnEdit): void {}
export const menuSetup = () => notYet('Thiết lập / cập nhật bảng tính');
export const menuValidate = () => notYet('Kiểm tra dữ liệu');
export const menuRefreshSummary = () => notYet('Cập nhật tổng hợp');
export const menuSubmitUnitReport = () => notYet('Gửi báo cáo của đơn vị');
export const menuReviewSubmissions = () => notYet('Duyệt / trả lại báo cáo đơn vị');
export const menuCreateReport = () => notYet('Tạo báo cáo');
export const menuSendRemindersNow = () => notYet('Gửi nhắc hạn ngay');
export const menuEnableReminders = () => notYet('Bật nhắc hạn tự động');
export const menuDisableReminders = () => notYet('Tắt nhắc hạn tự động');
export const menuGuide = () => notYet('Hướng dẫn');
export function dailyReminderTrigger(_e?: unknown): void {}
