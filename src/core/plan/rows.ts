import { STAGE_YEARS, targetColumnKey } from '../sheet/schema';
import type { RowRecord } from '../sheet/table';
import { ancestorsOf, type CatalogRow } from './catalog';
import { measureOf } from './catalog/measures';
import type { UnitRegistry } from './units';

/**
 * The catalog laid out as sheet rows. A row led by several units becomes one sheet row per lead unit
 * (row key "<catalog id>@<unit id>"), so each unit has its own input cells, its own protection and its
 * own verdict; group headings stay one row (row key = catalog id).
 */
export interface PlanRowsResult {
  indicators: RowRecord[];
  tasks: RowRecord[];
  /** Lead names no unit in the registry answers to: setup shows them so the VHXH office can add an alias. */
  unknownLeads: { catalogId: string; lead: string }[];
}

export const ROW_KEY_SEPARATOR = '@';

export function rowKeyFor(catalogId: string, unitId: string | null): string {
  return unitId ? `${catalogId}${ROW_KEY_SEPARATOR}${unitId}` : catalogId;
}

export function catalogIdOf(rowKey: string): string {
  const i = rowKey.indexOf(ROW_KEY_SEPARATOR);
  return i < 0 ? rowKey : rowKey.slice(0, i);
}

export function unitIdOf(rowKey: string): string | null {
  const i = rowKey.indexOf(ROW_KEY_SEPARATOR);
  return i < 0 ? null : rowKey.slice(i + 1);
}

/** "Đến năm 2030 › Hạ tầng số": every heading above the row, so a row read alone still says where it belongs. */
export function groupPath(row: CatalogRow, catalog: readonly CatalogRow[]): string {
  return ancestorsOf(row, catalog)
    .map((g) => g.name)
    .join(GROUP_PATH_SEPARATOR);
}
export const GROUP_PATH_SEPARATOR = ' › ';

/**
 * Sheet rows for the catalog, one block per unit in the order of the unit list, each block in plan order.
 * Blocks keep a unit's input cells contiguous, so one protection per unit covers them (the Spreadsheet
 * service cost of setup does not grow with the number of rows). Headings are not rows here: the "Nhóm"
 * column carries them, and the report rebuilds the plan's order from the row ids.
 */
export function buildPlanRows(catalog: readonly CatalogRow[], registry: UnitRegistry): PlanRowsResult {
  const unknownLeads: PlanRowsResult['unknownLeads'] = [];
  const byUnit = new Map<string, { indicators: RowRecord[]; tasks: RowRecord[] }>(
    registry.units.map((u) => [u.id, { indicators: [], tasks: [] }]),
  );
  const unled = { indicators: [] as RowRecord[], tasks: [] as RowRecord[] };

  for (const row of catalog) {
    if (row.kind === 'group') continue;
    const isIndicator = row.kind === 'indicator';
    const base: RowRecord = {
      appendix: row.appendix, // as the plan prints it ("Phụ lục 4"), a ward's plan its table number
      group: groupPath(row, catalog),
      tt: row.tt,
      name: row.name,
      coordinators: row.coordinators,
    };
    if (isIndicator) {
      base.unitOfMeasure = row.unitOfMeasure;
      // "Mã chỉ số chung": what tells judging which rows are one measure (the sheet, not the catalog, is read).
      base.measure = row.measure || measureOf(row.id) || '';
      const years = new Set<number>([...STAGE_YEARS, ...Object.keys(row.targets).map(Number)]);
      for (const year of years) base[targetColumnKey(year)] = row.targets[String(year)] ?? '';
    } else {
      base.output = row.output;
      base.completionTime = row.completionTime;
    }
    const { units, unknown } = registry.leadsOf(row.lead);
    for (const lead of unknown) unknownLeads.push({ catalogId: row.id, lead });
    if (units.length === 0) {
      // Nobody known leads it: keep the row (nothing is dropped) under the name as written, after the unit blocks.
      (isIndicator ? unled.indicators : unled.tasks).push({ ...base, rowKey: rowKeyFor(row.id, null), lead: row.lead });
      continue;
    }
    for (const unit of units) {
      const block = byUnit.get(unit.id)!;
      (isIndicator ? block.indicators : block.tasks).push({
        ...base,
        rowKey: rowKeyFor(row.id, unit.id),
        lead: unit.name,
      });
    }
  }
  const blocks = [...byUnit.values()];
  return {
    indicators: [...blocks.flatMap((b) => b.indicators), ...unled.indicators],
    tasks: [...blocks.flatMap((b) => b.tasks), ...unled.tasks],
    unknownLeads,
  };
}

/** Every year the catalog sets a target for (the Chỉ tiêu tab has one column per year). */
export function targetYearsOf(catalog: readonly CatalogRow[]): number[] {
  const years = new Set<number>(STAGE_YEARS);
  for (const row of catalog) for (const y of Object.keys(row.targets)) if (/^\d{4}$/.test(y)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}
