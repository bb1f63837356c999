import { unitIdOf } from '../plan/rows';
import type { Unit } from '../plan/units';
import { cleanText } from '../text';
import { isValidEmail } from '../units/table';
import { SHEET_TEXT } from './messages';
import { type ColumnRole, TABS, type TabKey, targetColumnKey } from './schema';
import type { ColumnMap } from './table';

/**
 * Who may edit which cells. The owner can always edit (Sheets never lets a protection exclude the owner).
 *  - a unit's input cells, and the computed cells of its rows (the simple onEdit trigger runs as the person
 *    editing and writes the verdict there): the unit's Google accounts (Đơn vị tab) and the VHXH office;
 *  - the VHXH judgement column, catalog columns, keys: the VHXH office;
 *  - system columns (Nhật ký, submission times, row notes): the VHXH office (the tool runs as them).
 * One protection per unit block and column run, so the count grows with units, not with rows.
 */
export const PROTECTION_TAG = '[KH-CDS]';

export interface ProtectionSpec {
  tab: TabKey;
  description: string;
  /** 1-based sheet coordinates, as Sheet.getRange(row, column, numRows, numColumns) takes them. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  editors: string[];
}

export interface ProtectionPeople {
  /** The VHXH office's e-mails (editors of everything). */
  vhxh: string[];
  /** The unit's Google accounts (Tài khoản column): never its reminder addresses. */
  unitAccounts: (unitId: string) => string[];
  unitName: (unitId: string) => string;
  /** False once the unit's report is approved, or after the deadline when late entries are refused. */
  unitMayEdit: (unitId: string) => boolean;
}

/** The marker that ties a protection to a unit, so approval can lock just that unit's cells. */
export function unitMarker(unitId: string): string {
  return `#${unitId}`;
}

/** Contiguous runs of 0-based column indexes, e.g. [2,3,4,7] → [[2,3],[7,1]] as [start, length]. */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].filter((i) => i >= 0).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/** Contiguous runs of rows with the same owner (0-based row indexes into the data rows). */
export function rowRuns<T>(owners: readonly T[]): { owner: T; start: number; length: number }[] {
  const runs: { owner: T; start: number; length: number }[] = [];
  owners.forEach((owner, i) => {
    const last = runs[runs.length - 1];
    if (last && last.owner === owner) last.length++;
    else runs.push({ owner, start: i, length: 1 });
  });
  return runs;
}

function indexesWithRoles(tab: TabKey, map: ColumnMap, roles: readonly ColumnRole[]): number[] {
  const indexes = TABS[tab].columns.filter((c) => roles.includes(c.role)).map((c) => map.index(c.key));
  // A ward's own target years ("Chỉ tiêu 2026") are catalog columns too.
  if (roles.includes('catalog')) indexes.push(...map.targetYears().map((y) => map.index(targetColumnKey(y))));
  return indexes;
}

const unique = (emails: readonly string[]) => [...new Set(emails.map((e) => e.toLowerCase()))];

/** The protections for one tab, given its header map and the unit owning each data row (null = none). */
export function planProtections(
  tab: TabKey,
  map: ColumnMap,
  rowOwners: readonly (string | null)[],
  people: ProtectionPeople,
): ProtectionSpec[] {
  const specs: ProtectionSpec[] = [];
  const dataRows = rowOwners.length;
  const tabName = TABS[tab].name;
  const add = (description: string, startRow: number, numRows: number, columns: number[], editors: string[]) => {
    for (const [column, numColumns] of columnRuns(columns)) {
      if (numRows <= 0) continue;
      specs.push({
        tab,
        description: `${PROTECTION_TAG} ${tabName}: ${description}`,
        row: startRow + 2,
        column: column + 1,
        numRows,
        numColumns,
        editors: unique(editors),
      });
    }
  };
  // The header row: nobody but the VHXH office renames a column (columns are found by header).
  specs.push({
    tab,
    description: `${PROTECTION_TAG} ${SHEET_TEXT.protections.header(tabName)}`,
    row: 1,
    column: 1,
    numRows: 1,
    numColumns: Math.max(1, map.width),
    editors: unique(people.vhxh),
  });

  if (tab === 'config' || tab === 'guide' || tab === 'summary' || tab === 'log' || tab === 'history') {
    add(
      SHEET_TEXT.protections.vhxhOnly,
      0,
      dataRows,
      Array.from({ length: map.width }, (_, i) => i),
      people.vhxh,
    );
    return specs;
  }
  const vhxhColumns = indexesWithRoles(tab, map, ['key', 'catalog', 'review', 'system']);
  add(SHEET_TEXT.protections.vhxhOnly, 0, dataRows, vhxhColumns, people.vhxh);
  const unitColumns = indexesWithRoles(tab, map, ['input', 'computed']);
  for (const run of rowRuns(rowOwners)) {
    const owner = run.owner;
    const editors = owner && people.unitMayEdit(owner) ? [...people.unitAccounts(owner), ...people.vhxh] : people.vhxh;
    const label = owner
      ? `${SHEET_TEXT.protections.unitInputs(people.unitName(owner))} ${unitMarker(owner)}`
      : SHEET_TEXT.protections.noLead;
    add(label, run.start, run.length, unitColumns, editors);
  }
  return specs;
}

/** The unit owning each data row of a tab. */
export function rowOwnersOf(tab: TabKey, map: ColumnMap, rows: readonly (readonly unknown[])[]): (string | null)[] {
  if (tab === 'indicators' || tab === 'tasks') return rows.map((r) => unitIdOf(cleanText(r[map.index('rowKey')])));
  if (tab === 'units' || tab === 'issues') return rows.map((r) => cleanText(r[map.index('unitId')]) || null);
  return rows.map(() => null);
}

export function peopleFrom(
  units: readonly Unit[],
  vhxhEmails: readonly string[],
  unitMayEdit: (unitId: string) => boolean = () => true,
): ProtectionPeople {
  return {
    vhxh: [...vhxhEmails],
    unitAccounts: (id) => (units.find((u) => u.id === id)?.accounts ?? []).filter(isValidEmail),
    unitName: (id) => units.find((u) => u.id === id)?.name ?? id,
    unitMayEdit,
  };
}
