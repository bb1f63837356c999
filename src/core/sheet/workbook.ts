import { guideLines } from '../menu/guide';
import { type CatalogRow, PLAN_CATALOG } from '../plan/catalog';
import { buildPlanRows, targetYearsOf } from '../plan/rows';
import type { Unit, UnitRegistry } from '../plan/units';
import { type Config, configRows } from './config';
import { type ColumnSpec, indicatorColumnsFor, TAB_ORDER, TABS, type TabKey } from './schema';
import { type RowRecord, rowInSchemaOrder, type TableData } from './table';

/** The whole spreadsheet as plain data, tab by tab: what setup writes and what the offline run reads and writes. */
export type WorkbookData = Record<TabKey, TableData>;

export function unitRecord(unit: Unit): RowRecord {
  return {
    unitId: unit.id,
    name: unit.name,
    aliases: unit.aliases.join('; '),
    accounts: unit.accounts.join('; '),
    emails: unit.emails.join('; '),
  };
}

/** A fresh workbook for a reporting year: catalog rows, default settings, the unit list, nothing typed yet. */
export function buildFreshWorkbook(
  config: Config,
  registry: UnitRegistry,
  catalog: readonly CatalogRow[] = PLAN_CATALOG,
): WorkbookData {
  const plan = buildPlanRows(catalog, registry);
  const table = (tab: TabKey, records: RowRecord[]): TableData => ({
    header: TABS[tab].columns.map((c) => c.header),
    rows: records.map((r) => rowInSchemaOrder(tab, r)),
  });
  const indicatorColumns: ColumnSpec[] = indicatorColumnsFor(targetYearsOf(catalog));
  const workbook = {
    guide: { header: [TABS.guide.columns[0].header], rows: guideLines(config).map((line) => [line]) },
    config: table(
      'config',
      configRows(config).map(([key, value, help]) => ({ key, value, help })),
    ),
    units: table('units', registry.units.map(unitRecord)),
    indicators: {
      header: indicatorColumns.map((c) => c.header),
      rows: plan.indicators.map((r) => indicatorColumns.map((c) => r[c.key] ?? '')),
    },
    tasks: table('tasks', plan.tasks),
    issues: table(
      'issues',
      registry.units.map((u) => ({ unitId: u.id, unitName: u.name })),
    ),
    summary: { header: [TABS.summary.columns[0].header], rows: [] },
    history: table('history', []),
    log: table('log', []),
  } satisfies WorkbookData;
  return Object.fromEntries(TAB_ORDER.map((k) => [k, workbook[k]])) as WorkbookData;
}
