import { ancestorsOf, type CatalogRow } from './catalog';
import { STAGE_YEARS, targetColumnKey } from './schema';
import type { RowRecord } from './table';
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

const APPENDIX_LABEL: Record<CatalogRow['appendix'], string> = { I: 'I', II: 'II', III: 'III', '4': 'IV' };

export function buildPlanRows(catalog: readonly CatalogRow[], registry: UnitRegistry): PlanRowsResult {
  const indicators: RowRecord[] = [];
  const tasks: RowRecord[] = [];
  const unknownLeads: PlanRowsResult['unknownLeads'] = [];

  for (const row of catalog) {
    const isIndicatorAppendix = row.appendix === 'I' || row.appendix === 'II';
    const top = ancestorsOf(row, catalog)[0];
    const base: RowRecord = {
      appendix: APPENDIX_LABEL[row.appendix],
      group: top ? top.name : row.name,
      tt: row.tt,
      name: row.name,
      coordinators: row.coordinators,
    };
    if (isIndicatorAppendix) {
      base.unitOfMeasure = row.unitOfMeasure;
      for (const year of STAGE_YEARS) base[targetColumnKey(year)] = row.targets[String(year)] ?? '';
    } else {
      base.output = row.output;
      base.completionTime = row.completionTime;
    }
    const target = isIndicatorAppendix ? indicators : tasks;

    if (row.kind === 'group') {
      target.push({ ...base, rowKey: rowKeyFor(row.id, null), lead: row.lead });
      continue;
    }
    const { units, unknown } = registry.leadsOf(row.lead);
    for (const lead of unknown) unknownLeads.push({ catalogId: row.id, lead });
    if (units.length === 0) {
      // Nobody known leads it: keep the row (nothing is dropped) under the name as written.
      target.push({ ...base, rowKey: rowKeyFor(row.id, null), lead: row.lead });
      continue;
    }
    for (const unit of units) target.push({ ...base, rowKey: rowKeyFor(row.id, unit.id), lead: unit.name });
  }
  return { indicators, tasks, unknownLeads };
}
