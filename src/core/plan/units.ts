import { cleanText, matchKey } from '../text';

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
  /** Contact e-mails (from the Đơn vị tab; empty in the default list). */
  emails: string[];
}

export const VHXH_UNIT_ID = 'VHXH';

export const DEFAULT_UNITS: readonly Unit[] = [
  {
    id: 'TTHCC',
    name: 'Trung tâm phục vụ hành chính công',
    aliases: [
      'Trung tâm phục vụ hành chính công phường',
      'TT phục vụ HCC',
      'TTPVHCC',
      'Trung tâm HCC',
      'Bộ phận một cửa',
    ],
    emails: [],
  },
  {
    id: 'VP',
    name: 'Văn phòng HĐND và UBND',
    aliases: [
      'Văn phòng HĐND và UBND phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      'Văn phòng HĐND - UBND',
      'VP HĐND và UBND',
      'Văn phòng',
    ],
    emails: [],
  },
  {
    id: 'KTHTDT',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    aliases: [
      'Kinh tế, Hạ tầng và Đô thị',
      'Phòng Kinh tế - Hạ tầng - Đô thị',
      'Phòng KT, HT và ĐT',
      'KTHTĐT',
      'Phòng Kinh tế',
    ],
    emails: [],
  },
  {
    id: VHXH_UNIT_ID,
    name: 'Phòng Văn hóa - Xã hội',
    aliases: [
      'Văn hóa - Xã hội',
      'Văn hoá - Xã hội',
      'Phòng Văn hoá - Xã hội',
      'Phòng VHXH',
      'VHXH',
      'VH-XH',
      'Phòng VH-XH',
    ],
    emails: [],
  },
  {
    id: 'CA',
    name: 'Công an phường',
    aliases: ['Công an', 'CA phường', 'Công an phường Hải Dương'],
    emails: [],
  },
  {
    id: 'TTSNC',
    name: 'Trung tâm dịch vụ sự nghiệp công phường',
    aliases: [
      'Trung tâm dịch vụ sự nghiệp công',
      'Trung tâm sự nghiệp công',
      'Trung tâm sự nghiệp công phường',
      'TT dịch vụ sự nghiệp công',
      'TTDVSNC',
    ],
    emails: [],
  },
];

/**
 * Leads written as a collective ("Các phòng, ban, đơn vị có liên quan") mean every unit of the ward:
 * each owes its own result, and the VHXH office consolidates.
 */
const COLLECTIVE_LEAD = /^cac (phong|co quan|don vi|ban)\b/;

/** Words that do not tell units apart: "Phòng Văn hóa - Xã hội phường" is "Văn hóa - Xã hội". */
function unitKey(text: string): string {
  return matchKey(text)
    .replace(/\bva\b/g, ' ')
    .replace(/^(phong|p)\s+/, '')
    .replace(/\s+(phuong|cua phuong)(\s+hai duong)?$/, '')
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
