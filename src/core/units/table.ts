import { parseInstant } from '../dates';
import { DEFAULT_UNITS, type Unit, UnitRegistry } from '../plan/units';
import { ColumnMap, type TableData } from '../sheet/table';
import { cleanText } from '../text';

/**
 * The Đơn vị tab read as units: the registry every feature resolves leads with, and each unit's row (its addresses,
 * its submission mirror).
 */
export interface UnitState {
  unit: Unit;
  rowIndex: number;
  validEmails: string[];
  invalidEmails: string[];
  submitted: boolean;
  submittedAt: Date | null;
  submittedBy: string;
  approval: string;
  approvalComment: string;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

/** A plausible e-mail address (the tool writes only to addresses of the Đơn vị and Cấu hình tabs that pass this). */
export function isValidEmail(text: unknown): boolean {
  return EMAIL.test(cleanText(text));
}

export function splitList(text: unknown): string[] {
  return String(text ?? '')
    .split(/[;,\n]+/)
    .map((s) => cleanText(s))
    .filter(Boolean);
}

/** The unit list from the Đơn vị tab; an empty tab falls back to the plan's units. */
export function registryFromTable(table: TableData): UnitRegistry {
  const map = new ColumnMap('units', table.header);
  const units: Unit[] = [];
  for (const row of table.rows) {
    const r = map.read(row);
    const id = cleanText(r.unitId);
    const name = cleanText(r.name);
    if (!id || !name) continue;
    units.push({
      id,
      name,
      aliases: splitList(r.aliases).filter((a) => !a.includes('@')),
      emails: splitList(r.emails),
    });
  }
  return new UnitRegistry(units.length ? units : DEFAULT_UNITS);
}

export function unitStates(table: TableData, registry: UnitRegistry): UnitState[] {
  const map = new ColumnMap('units', table.header);
  const states: UnitState[] = [];
  table.rows.forEach((row, rowIndex) => {
    const r = map.read(row);
    const unit = registry.byId(cleanText(r.unitId));
    if (!unit) return;
    const emails = splitList(r.emails);
    const submittedAt = parseInstant(r.submittedAt);
    states.push({
      unit,
      rowIndex,
      validEmails: emails.filter(isValidEmail),
      invalidEmails: emails.filter((e) => !isValidEmail(e)),
      submitted: r.submit === true || cleanText(r.submit).toUpperCase() === 'TRUE',
      submittedAt,
      submittedBy: cleanText(r.submittedBy),
      approval: cleanText(r.approval),
      approvalComment: cleanText(r.approvalComment),
    });
  });
  return states;
}
