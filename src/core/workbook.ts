import { PLAN_CATALOG, type CatalogRow } from './catalog';
import { configRows, type Config } from './config';
import { guideLines } from './guide';
import { buildPlanRows } from './planRows';
import { TABS, TAB_ORDER, type TabKey } from './schema';
import { rowInSchemaOrder, type RowRecord, type TableData } from './table';
import type { Unit, UnitRegistry } from './units';

/** The whole spreadsheet as plain data, tab by tab: what setup writes and what the offline run reads and writes. */
export type WorkbookData = Record<TabKey, TableData>;

export function unitRecord(unit: Unit): RowRecord {
  return { unitId: unit.id, name: unit.name, aliases: unit.aliases.join('; '), emails: unit.emails.join('; ') };
}

/** A fresh workbook for a reporting year: catalog rows, default settings, the unit list, nothing typed yet. */
export function buildFreshWorkbook(config: Config, registry: UnitRegistry, catalog: readonly CatalogRow[] = PLAN_CATALOG): WorkbookData {
  const plan = buildPlanRows(catalog, registry);
  const table = (tab: TabKey, records: RowRecord[]): TableData => ({
    header: TABS[tab].columns.map((c) => c.header),
    rows: records.map((r) => rowInSchemaOrder(tab, r)),
  });
  const workbook = {
    guide: { header: [TABS.guide.columns[0].header], rows: guideLines(config).map((line) => [line]) },
    config: table(
      'config',
      configRows(config).map(([key, value, help]) => ({ key, value, help })),
    ),
    units: table('units', registry.units.map(unitRecord)),
    indicators: table('indicators', plan.indicators),
    tasks: table('tasks', plan.tasks),
    issues: table(
      'issues',
      registry.units.map((u) => ({ unitId: u.id, unitName: u.name })),
    ),
    summary: { header: [TABS.summary.columns[0].header], rows: [] },
    log: table('log', []),
  } satisfies WorkbookData;
  return Object.fromEntries(TAB_ORDER.map((k) => [k, workbook[k]])) as WorkbookData;
}
