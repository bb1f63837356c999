import { vietnamDateOf } from '../../core/dates';
import { ColumnMap, type TableData } from '../../core/sheet/table';
import { unitNameIn, unitStatesOf } from '../../core/submission/flow';
import type { UnitState } from '../../core/units/table';
import { readTab, sheetOf } from '../sheet/io';

/** The Đơn vị tab with its unit states (valid e-mails), read once per run and kept current as the run writes. */
export interface UnitsView {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  table: TableData;
  map: ColumnMap;
  states: UnitState[];
  name(unitId: string): string;
}

/** `table`: the tab as the caller already read it. */
export function unitsView(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, table?: TableData): UnitsView {
  const read = table ? { sheet: sheetOf(ss, 'units'), table } : readTab(ss, 'units');
  const states = unitStatesOf(read.table, vietnamDateOf(now));
  return {
    sheet: read.sheet,
    table: read.table,
    map: new ColumnMap('units', read.table.header),
    states,
    name: (id) => unitNameIn(states, id),
  };
}
