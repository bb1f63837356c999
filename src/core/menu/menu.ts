/**
 * The spreadsheet menu. Each handler name is a top-level function in the Apps Script bundle
 * (src/gas/entry.ts); a test checks that every name here exists there.
 */
import { MENU_TEXT } from './messages';

export interface MenuItem {
  label: string;
  handler: string;
}
export type MenuEntry = MenuItem | 'separator';

export const MENU_TITLE = MENU_TEXT.title;

export const MENU_ENTRIES: readonly MenuEntry[] = [
  { label: MENU_TEXT.items.menuSetup, handler: 'menuSetup' },
  { label: MENU_TEXT.items.menuValidate, handler: 'menuValidate' },
  { label: MENU_TEXT.items.menuRefreshSummary, handler: 'menuRefreshSummary' },
  'separator',
  { label: MENU_TEXT.items.menuSubmitUnitReport, handler: 'menuSubmitUnitReport' },
  { label: MENU_TEXT.items.menuReviewSubmissions, handler: 'menuReviewSubmissions' },
  'separator',
  { label: MENU_TEXT.items.menuCreateReport, handler: 'menuCreateReport' },
  { label: MENU_TEXT.items.menuSendRemindersNow, handler: 'menuSendRemindersNow' },
  { label: MENU_TEXT.items.menuEnableReminders, handler: 'menuEnableReminders' },
  { label: MENU_TEXT.items.menuDisableReminders, handler: 'menuDisableReminders' },
  { label: MENU_TEXT.items.menuEntryLinks, handler: 'menuEntryLinks' },
  { label: MENU_TEXT.items.menuTriggers, handler: 'menuTriggers' },
  'separator',
  { label: MENU_TEXT.items.menuNewYear, handler: 'menuNewYear' },
  { label: MENU_TEXT.items.menuImportPlan, handler: 'menuImportPlan' },
  'separator',
  { label: MENU_TEXT.items.menuGuide, handler: 'menuGuide' },
];

export const MENU_ITEMS: readonly MenuItem[] = MENU_ENTRIES.filter((e): e is MenuItem => e !== 'separator');
