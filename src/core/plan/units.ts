import { cleanText, matchKey } from '../text';
import { DEFAULT_UNITS, VHXH_UNIT_ID } from './catalog/units';

/**
 * The units (phòng, ban, đơn vị) that lead rows of the plan. A plan spells the same unit several ways
 * ("Phòng Văn hóa - Xã hội", "Văn hoá – Xã hội", "VHXH", "VH-XH"); every spelling maps to one unit.
 * The Đơn vị tab of the sheet can add units and aliases; this list is the default it starts from.
 */
export interface Unit {
  /** Short stable code used in row keys and file names, e.g. "VHXH". */
  id: string;
  /** Official name, as the report prints it. */
  name: string;
  /** Other spellings seen in documents. Matching ignores case, diacritics, dashes and Unicode form. */
  aliases: string[];
  /** Google accounts allowed to edit the unit's rows and submit its report (Đơn vị tab; empty in the default list). */
  accounts: string[];
  /** Where reminders go, as typed in the Đơn vị tab (may be a mail công vụ); empty: the accounts. */
  emails: string[];
}

export { DEFAULT_UNITS, VHXH_UNIT_ID };

/**
 * Leads written as a collective ("Các phòng, ban, đơn vị có liên quan") mean every unit of the ward:
 * each owes its own result, and the VHXH office consolidates.
 */
const COLLECTIVE_LEAD = /^cac (phong|co quan|don vi|ban)\b/;

/**
 * Words that do not tell units apart: "Phòng Văn hóa - Xã hội phường" is "Văn hóa - Xã hội", and "Công an phường
 * An Hải" is "Công an" (a unit is named after its ward, whichever ward that is).
 */
function unitKey(text: string): string {
  return matchKey(text)
    .replace(/\bva\b/g, ' ')
    .replace(/^(phong|p)\s+/, '')
    .replace(/\s+(cua\s+)?phuong(\s+[a-z0-9 ]*)?$/, '')
    .replace(/\s+/g, '');
}

export class UnitRegistry {
  private readonly byKey = new Map<string, Unit>();

  constructor(readonly units: readonly Unit[] = DEFAULT_UNITS) {
    for (const unit of units) {
      for (const spelling of [unit.id, unit.name, ...unit.aliases]) {
        const key = unitKey(spelling);
        if (key && !this.byKey.has(key)) this.byKey.set(key, unit);
      }
    }
  }

  /** The unit for any spelling, or null when the text names no known unit. */
  resolve(spelling: string): Unit | null {
    const key = unitKey(spelling);
    return key ? (this.byKey.get(key) ?? null) : null;
  }

  byId(id: string): Unit | null {
    return this.units.find((u) => u.id === id) ?? null;
  }

  /**
   * Every unit that owes a result for a row whose lead column says `leadText`.
   * Leads are separated by ";" or line breaks ("," belongs to names such as "Kinh tế, Hạ tầng và Đô thị").
   * Unknown names are returned in `unknown` so setup can ask the VHXH office to add them.
   */
  leadsOf(leadText: string): { units: Unit[]; unknown: string[] } {
    const units: Unit[] = [];
    const unknown: string[] = [];
    const add = (u: Unit) => {
      if (!units.includes(u)) units.push(u);
    };
    for (const part of String(leadText ?? '').split(/[;\n]+/)) {
      const text = cleanText(part).replace(/[.,]$/, '');
      if (!text) continue;
      const unit = this.resolve(text);
      if (unit) add(unit);
      else if (COLLECTIVE_LEAD.test(matchKey(text))) this.units.forEach(add);
      else unknown.push(text);
    }
    return { units, unknown };
  }
}
