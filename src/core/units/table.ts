import { parseInstant } from '../dates';
import { DEFAULT_UNITS, type Unit, UnitRegistry } from '../plan/units';
import { ColumnMap, type TableData } from '../sheet/table';
import { cleanText } from '../text';
import { UNITS_TEXT } from './messages';

/**
 * The Đơn vị tab read as units: the registry every feature resolves leads with, and each unit's row (its addresses,
 * its submission mirror).
 */
export interface UnitState {
  unit: Unit;
  rowIndex: number;
  /** Valid Google accounts of the Tài khoản column: editors of the unit's rows, the only ones who submit for it. */
  accounts: string[];
  /** Entries of the Tài khoản column that are not e-mail addresses. */
  invalidAccounts: string[];
  /** Where reminders and the office's e-mails to the unit go (valid only): the reminder column, else the accounts. */
  reminderEmails: string[];
  /** The invalid entries of the column `reminderEmails` was taken from. */
  invalidReminderEmails: string[];
  /** The reminder column is empty: reminders go to the accounts. */
  remindersToAccounts: boolean;
  submitted: boolean;
  submittedAt: Date | null;
  submittedBy: string;
  approval: string;
  approvalComment: string;
}

/**
 * An address Google takes as an editor and a mail server as a recipient: ASCII only (a unit's name typed with its
 * marks, "Công.an@gmail.com", is refused by both), dot-separated atoms, a domain of letters, digits and inner hyphens.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

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

/**
 * A unit's two address columns, checked: the accounts (edit rights) and where reminders go. An empty reminder column
 * means the accounts; a filled one is used alone, even when none of it is valid (the office is told, never a guess).
 */
export function unitAddresses(
  accounts: readonly string[],
  emails: readonly string[],
): Pick<
  UnitState,
  'accounts' | 'invalidAccounts' | 'reminderEmails' | 'invalidReminderEmails' | 'remindersToAccounts'
> {
  const valid = (list: readonly string[]) => [...new Set(list.filter(isValidEmail))];
  const invalid = (list: readonly string[]) => list.filter((e) => !isValidEmail(e));
  const remindersToAccounts = emails.length === 0;
  const reminderList = remindersToAccounts ? accounts : emails;
  return {
    accounts: valid(accounts),
    invalidAccounts: invalid(accounts),
    reminderEmails: valid(reminderList),
    invalidReminderEmails: invalid(reminderList),
    remindersToAccounts,
  };
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
      accounts: splitList(r.accounts),
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
    const submittedAt = parseInstant(r.submittedAt);
    states.push({
      unit,
      rowIndex,
      ...unitAddresses(splitList(r.accounts), splitList(r.emails)),
      submitted: r.submit === true || cleanText(r.submit).toUpperCase() === 'TRUE',
      submittedAt,
      submittedBy: cleanText(r.submittedBy),
      approval: cleanText(r.approval),
      approvalComment: cleanText(r.approvalComment),
    });
  });
  return states;
}

export interface AddressProblem {
  unitId: string;
  unitName: string;
  /** 0-based data row of the Đơn vị tab. */
  rowIndex: number;
  column: 'accounts' | 'emails';
  entries: string[];
  message: string;
}

/**
 * The entries of either address column that are not e-mail addresses, per column, and an empty account column. An
 * empty reminder column borrows the accounts: their problem is said once, under the accounts.
 */
export function addressProblems(
  states: readonly UnitState[],
  allStates: readonly UnitState[] = states,
): AddressProblem[] {
  return states.flatMap((s) => {
    const at = { unitId: s.unit.id, unitName: s.unit.name, rowIndex: s.rowIndex };
    const problems: AddressProblem[] = [];
    // No account at all: the unit's rows are the office's alone (protections), and nobody of the unit can submit.
    // Often its login was typed in the reminder column, which gives no right; the office must hear it.
    if (!s.accounts.length && !s.invalidAccounts.length)
      problems.push({ ...at, column: 'accounts', entries: [], message: UNITS_TEXT.noAccounts });
    if (s.invalidAccounts.length)
      problems.push({
        ...at,
        column: 'accounts',
        entries: s.invalidAccounts,
        message: UNITS_TEXT.invalidAccounts(s.invalidAccounts),
      });
    // One login for two units: submission acts for the first unit listing it (submission/flow.ts unitOfEmail).
    // Google logins ignore case ("A@B.vn" is "a@b.vn"), as unitOfEmail does.
    for (const account of new Set(s.accounts.map((a) => a.toLowerCase()))) {
      const listing = allStates.filter((o) => o.accounts.some((a) => a.toLowerCase() === account));
      if (listing.length < 2) continue;
      const names = listing.map((o) => o.unit.name);
      problems.push({
        ...at,
        column: 'accounts',
        entries: [account],
        message: UNITS_TEXT.sharedAccount(account, names[0], names.slice(1)),
      });
    }
    if (!s.remindersToAccounts && s.invalidReminderEmails.length)
      problems.push({
        ...at,
        column: 'emails',
        entries: s.invalidReminderEmails,
        message: UNITS_TEXT.invalidReminderEmails(s.invalidReminderEmails),
      });
    return problems;
  });
}
