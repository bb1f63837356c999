/**
 * The simple onEdit trigger: validates what was typed or pasted and refreshes the verdict of the edited rows.
 * It runs as the person editing, without authorisation, so it only writes cells that person may edit (their
 * unit's input and computed cells share one protection) and never the typed values themselves.
 * Calls for one cell (12, the same for 10 and 10,000 rows): the sheet and its name, its data (getDataRange +
 * getValues), the edited range (getA1Notation), the settings copy (2), one setValues, setNotes + setBackgrounds.
 */

import { type CellBlock, planEdit, tabOfSheetName } from '../../core/cellEdit/onEdit';
import { vietnamDateOf } from '../../core/dates';
import type { LogEntry } from '../../core/sheet/log';
import { loadConfig } from '../sheet/configStore';
import { currentUserEmail, tabValues } from '../sheet/io';
import { editedArea } from '../sheet/layout';
import { queueLog } from './pendingLog';

export function applyBlocks(sheet: GoogleAppsScript.Spreadsheet.Sheet, blocks: readonly CellBlock[]): void {
  for (const block of blocks) {
    const grid = block.values ?? block.notes ?? [];
    if (!grid.length) continue;
    const range = sheet.getRange(block.row, block.column, grid.length, grid[0].length);
    if (block.values) range.setValues(block.values);
    if (block.notes) range.setNotes(block.notes);
    if (block.backgrounds) range.setBackgrounds(block.backgrounds);
  }
}

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date = new Date()): LogEntry[] {
  const range = e.range;
  const sheet = range.getSheet();
  const tab = tabOfSheetName(sheet.getName());
  if (!tab) return [];
  // Indicator results as the cells show them (a pasted 0,8254 with a % format is 82,54%).
  const values = tabValues(sheet, tab);
  const table = { header: values[0] ?? [], rows: values.slice(1) };
  const today = vietnamDateOf(now);
  // One call for the edited rectangle; the person's e-mail is asked only when there is something to log.
  const plan = planEdit(tab, table, editedArea(range.getA1Notation()), {
    config: loadConfig(today),
    today,
    now,
    user: '',
  });
  applyBlocks(sheet, plan.blocks);
  if (plan.log.length) {
    const user = e.user?.getEmail?.() || currentUserEmail();
    queueLog(plan.log.map((entry) => ({ ...entry, user })));
  }
  return plan.log;
}
