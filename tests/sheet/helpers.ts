import type { CatalogRow } from '../../src/core/plan/catalog';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { handleEdit } from '../../src/gas/cellEdit/onEdit';
import { runSetup } from '../../src/gas/setup/setup';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';

export const VHXH = 'vhxh@phuong-haiduong.example';
export const STAFF = {
  TTHCC: 'tthcc@phuong-haiduong.example',
  VP: 'vanphong@phuong-haiduong.example',
  KTHTDT: 'kinhte@phuong-haiduong.example',
  VHXH_STAFF: 'canbo.vhxh@phuong-haiduong.example',
  CA: 'congan@phuong-haiduong.example',
  TTSNC: 'ttsnc@phuong-haiduong.example',
} as const;

export const NOW = new Date('2026-11-25T01:00:00Z'); // 08:00 in Việt Nam

export interface World {
  fake: FakeAppsScript;
  restore: () => void;
}

/** A spreadsheet owned by the VHXH office, shared with every unit's staff, set up once with e-mails filled in. */
export function setUpWorld(catalog?: readonly CatalogRow[]): World {
  const fake = createFakeAppsScript({ owner: VHXH, users: Object.values(STAFF), now: NOW.toISOString() });
  const restore = fake.install(globalThis);
  runSetup(fake.spreadsheet.api, NOW, catalog);
  fillUnitEmails(fake);
  runSetup(fake.spreadsheet.api, NOW, catalog); // applies per-unit protections with the e-mails
  return { fake, restore };
}

export function fillUnitEmails(fake: FakeAppsScript): void {
  const sheet = fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
  const values = sheet.getDataRange().getValues();
  const map = new ColumnMap('units', values[0]);
  const emailOf: Record<string, string> = {
    TTHCC: STAFF.TTHCC,
    VP: STAFF.VP,
    KTHTDT: STAFF.KTHTDT,
    VHXH: STAFF.VHXH_STAFF,
    CA: STAFF.CA,
    TTSNC: STAFF.TTSNC,
  };
  const column = values.slice(1).map((r) => [emailOf[String(r[map.index('unitId')])] ?? '']);
  sheet.getRange(2, map.index('accounts') + 1, column.length, 1).setValues(column);
  const config = fake.spreadsheet.api.getSheetByName(TABS.config.name)!;
  const rows = config.getDataRange().getValues();
  const i = rows.findIndex((r) => r[0] === 'Email Phòng Văn hóa - Xã hội');
  config.getRange(i + 1, 2).setValue(VHXH);
}

/** Sheet row (1-based) and column (1-based) of a row key's cell in a tab. */
export function cellOf(
  fake: FakeAppsScript,
  tab: 'indicators' | 'tasks',
  rowKey: string,
  key: string,
): { row: number; column: number; a1: string } {
  const values = fake.spreadsheet.values(TABS[tab].name);
  const map = new ColumnMap(tab, values[0]);
  const index = values.findIndex((r) => r[map.index('rowKey')] === rowKey);
  if (index < 1) throw new Error(`no row ${rowKey}`);
  const column = map.index(key) + 1;
  const letter = String.fromCharCode(64 + column);
  return { row: index + 1, column, a1: `'${TABS[tab].name}'!${letter}${index + 1}` };
}

export function valueAt(fake: FakeAppsScript, tab: 'indicators' | 'tasks', rowKey: string, key: string): unknown {
  const { row, column } = cellOf(fake, tab, rowKey, key);
  return fake.spreadsheet.values(TABS[tab].name)[row - 1][column - 1];
}

export function noteAt(fake: FakeAppsScript, tab: 'indicators' | 'tasks', rowKey: string, key: string): string {
  const { a1 } = cellOf(fake, tab, rowKey, key);
  return fake.spreadsheet.notes(a1)[0][0];
}

export const onEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => handleEdit(e, NOW);

/** Reads and writes of the document, as opposed to building Range objects or reading a name. */
export function ioCalls(fake: FakeAppsScript): number {
  return fake.counter.log.filter((name) =>
    /^(Range\.(get(Values|DisplayValues|Notes|Backgrounds|Formulas|DataValidations|FontWeights|NumberFormats)|set\w+|clear\w*|insertCheckboxes|protect)|Sheet\.(getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|insert\w+|delete\w+|set\w+|clear\w*|protect|getProtections|getCharts|removeChart|insertChart)|Spreadsheet\.(insertSheet|setSpreadsheetTimeZone|getProtections)|Protection\.\w+)$/.test(
      name,
    ),
  ).length;
}
