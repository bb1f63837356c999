import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { buildPlanRows } from '../../src/core/plan/rows';
import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';

const registry = new UnitRegistry();

describe('unit registry', () => {
  test.each([
    'Phòng Văn hóa - Xã hội',
    'Văn hoá - Xã hội',
    'Văn hóa – Xã hội',
    'Phòng Văn hóa – xã hội',
    'VHXH',
    'VH-XH',
    'vh-xh',
    'PHÒNG VĂN HÓA - XÃ HỘI',
    'Phòng Văn hóa\u00a0-\u00a0Xã hội phường',
    'Phòng Văn hóa - Xã hội'.normalize('NFD'),
    'Văn hóa — Xã hội',
  ])('"%s" is Phòng Văn hóa - Xã hội', (spelling) => {
    expect(registry.resolve(spelling)?.id).toBe('VHXH');
  });

  test.each([
    ['Trung tâm sự nghiệp công', 'TTSNC'],
    ['Trung tâm dịch vụ sự nghiệp công phường', 'TTSNC'],
    ['Văn phòng HĐND và UBND phường', 'VP'],
    ['Văn phòng HĐND và UBND', 'VP'],
    ['Phòng Kinh tế, Hạ Tầng và Đô thị', 'KTHTDT'],
    ['Trung tâm phục vụ hành chính công', 'TTHCC'],
    ['Công an phường', 'CA'],
  ])('"%s" resolves to %s', (spelling, id) => {
    expect(registry.resolve(spelling)?.id).toBe(id);
  });

  test('names that are not units resolve to nothing', () => {
    expect(registry.resolve('Sở Y tế')).toBeNull();
    expect(registry.resolve('')).toBeNull();
    expect(registry.resolve('Phòng')).toBeNull();
  });

  test('a row led by several units owes a result from each; a collective lead means every unit', () => {
    expect(registry.leadsOf('Trung tâm sự nghiệp công; Văn phòng HĐND và UBND').units.map((u) => u.id)).toEqual([
      'TTSNC',
      'VP',
    ]);
    const collective = registry.leadsOf('Các phòng, ban, đơn vị có liên quan; Công an phường.');
    expect(collective.units.map((u) => u.id).sort()).toEqual(DEFAULT_UNITS.map((u) => u.id).sort());
    expect(collective.unknown).toEqual([]);
    expect(registry.leadsOf('Phòng Văn hóa - Xã hội;').units.map((u) => u.id)).toEqual(['VHXH']);
    expect(registry.leadsOf('Ban Chỉ huy Quân sự phường').unknown).toEqual(['Ban Chỉ huy Quân sự phường']);
  });

  test('every lead in the plan maps to a known unit, and multi-lead rows become one sheet row per unit', () => {
    const rows = buildPlanRows(PLAN_CATALOG, registry);
    expect(rows.unknownLeads).toEqual([]);
    const keys = rows.tasks.map((r) => r.rowKey);
    expect(keys).toContain('PL3-I-1@TTSNC');
    expect(keys).toContain('PL3-I-1@VP');
    expect(keys.filter((k) => String(k).startsWith('PL3-II-1@'))).toHaveLength(DEFAULT_UNITS.length);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
