import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Appendix, type CatalogRow, PLAN_CATALOG } from '../../src/core/plan/catalog';

const seed = readFileSync(join(__dirname, '../fixtures/ke-hoach-57-plan.txt'), 'utf8').normalize('NFC');

/** The seed text of one appendix: from its title to the next appendix's title. */
function section(appendix: Appendix): string {
  const titles: Record<Appendix, string> = {
    I: 'PHỤ LỤC I: DANH MỤC',
    II: 'PHỤ LỤC II: CÁC CHỈ TIÊU',
    III: 'PHỤ LỤC III: CÁC NHIỆM VỤ',
    '4': 'PHỤ LỤC 4: PHÂN CÔNG',
  };
  const order: Appendix[] = ['I', 'II', 'III', '4'];
  const start = seed.indexOf(titles[appendix]);
  const next = order[order.indexOf(appendix) + 1];
  const end = next ? seed.indexOf(titles[next]) : seed.length;
  expect(start).toBeGreaterThan(0);
  return seed.slice(start, end);
}

/** Words of a text, with PDF line-end hyphenation ("57-\nNQ/TW") joined back. */
function words(text: string): string[] {
  return text
    .replace(/(\S)-[ \t]*\n\s*/g, '$1-')
    .split(/\s+/)
    .filter(Boolean);
}

/** True when every word of `needle` appears in `haystack` in the same order (PDF columns interleave cells). */
function isSubsequence(needle: string[], haystack: string[]): boolean {
  let i = 0;
  for (const word of haystack) if (i < needle.length && word === needle[i]) i++;
  return i === needle.length;
}

const rowsOf = (appendix: Appendix, kind?: CatalogRow['kind']) =>
  PLAN_CATALOG.filter((r) => r.appendix === appendix && (!kind || r.kind === kind));

describe('plan catalog (Kế hoạch 57/KH-UBND)', () => {
  test('row counts of each appendix match the seed', () => {
    // Phụ lục I: groups I, II and parent items 1, 3, 9; indicators 1.1–1.9, 2, 3.1–3.2, 4–8, 9.1–9.6, 10–12.
    expect(rowsOf('I', 'indicator')).toHaveLength(26);
    expect(rowsOf('I', 'group')).toHaveLength(5);
    // Phụ lục II: 27 indicators in three groups.
    expect(rowsOf('II', 'indicator').map((r) => r.tt)).toEqual(Array.from({ length: 27 }, (_, i) => String(i + 1)));
    expect(rowsOf('II', 'group').map((r) => r.tt)).toEqual(['I', 'II', 'III']);
    // Phụ lục III: groups I–VI, 13 tasks (group IV has none).
    expect(rowsOf('III', 'group').map((r) => r.tt)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(rowsOf('III', 'task')).toHaveLength(13);
    // Phụ lục 4: 32 numbered tasks; item 25 is a heading over sub-tasks 25.1–25.5.
    const pl4Numbers = rowsOf('4')
      .filter((r) => /^\d+$/.test(r.tt))
      .map((r) => Number(r.tt));
    expect(pl4Numbers).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(
      rowsOf('4', 'task')
        .filter((r) => r.parentId === 'PL4-25')
        .map((r) => r.tt),
    ).toEqual(['25.1', '25.2', '25.3', '25.4', '25.5']);
    expect(rowsOf('4', 'task')).toHaveLength(36);
  });

  test('every numbered row of the seed is in the catalog and every catalog TT is printed in the seed', () => {
    for (const appendix of ['I', 'II', 'III', '4'] as Appendix[]) {
      const text = section(appendix);
      for (const row of rowsOf(appendix)) {
        if (row.tt.includes('.') && row.appendix === '4') continue; // sub-tasks are printed without numbers
        const printed = new RegExp(`^\\s*${row.tt.replace('.', '\\.')}\\.?(\\s|$)`, 'm');
        expect({ id: row.id, printed: printed.test(text) }).toEqual({ id: row.id, printed: true });
      }
    }
    // Phụ lục II prints its 27 numbers at the start of a line; the seed has no 28th.
    expect(/^\s*28\s/m.test(section('II'))).toBe(false);
  });

  test('every text field is NFC, free of PDF artefacts, and its words appear in order in the seed', () => {
    for (const row of PLAN_CATALOG) {
      const text = words(section(row.appendix as Appendix));
      for (const field of [
        row.name,
        row.unitOfMeasure,
        row.lead,
        row.coordinators,
        row.output,
        row.completionTime,
        ...Object.values(row.targets),
      ]) {
        expect(field).toBe(field.normalize('NFC'));
        expect(field).not.toMatch(/\f|\s{2,}|^\s|\s$/);
        // Coordinators joined with "; " by the catalog: compare word by word without that separator.
        const fieldWords = words(field).map((w) => w.replace(/;$/, ''));
        const seedWords = text.map((w) => w.replace(/;$/, ''));
        if (!isSubsequence(fieldWords, seedWords))
          throw new Error(`${row.id}: "${field}" is not in the seed in this order`);
      }
    }
  });

  test('ids are unique and every parent exists before its children', () => {
    const seen = new Set<string>();
    for (const row of PLAN_CATALOG) {
      expect(seen.has(row.id)).toBe(false);
      if (row.parentId) expect(seen.has(row.parentId)).toBe(true);
      seen.add(row.id);
    }
  });

  test('Phụ lục II indicators have a target for each stage year; Phụ lục I for 2030 or 2045', () => {
    for (const row of rowsOf('II', 'indicator'))
      expect(Object.keys(row.targets)).toEqual(['2025', '2030', '2035', '2040', '2045']);
    for (const row of rowsOf('I', 'indicator')) {
      const year = row.parentId === 'PL1-II' ? '2045' : '2030';
      expect(Object.keys(row.targets)).toEqual([year]);
    }
  });

  // Transcribed by hand from the seed, word for word.
  const verbatim: [string, Partial<CatalogRow>][] = [
    [
      'PL1-1.1',
      {
        name: 'Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp',
        unitOfMeasure: '%',
        targets: { '2030': '≥ 80' },
        lead: 'Trung tâm phục vụ hành chính công',
        coordinators: 'Các phòng, ban, đơn vị liên quan',
      },
    ],
    [
      'PL1-1.7',
      {
        name: 'Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử của cơ quan, đơn vị',
        targets: { '2030': '100' },
        lead: 'Văn phòng HĐND và UBND',
      },
    ],
    [
      'PL1-2',
      {
        name: 'Chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
        unitOfMeasure: '% tổng chi ngân sách nhà nước',
        targets: { '2030': 'Phấn đấu đạt 3%' },
        lead: 'Phòng Kinh tế, Hạ tầng và Đô thị',
      },
    ],
    [
      'PL1-3.2',
      {
        name: 'Phủ sóng 5G cho người dân',
        unitOfMeasure: '% dân số',
        targets: { '2030': '100' },
        lead: 'Phòng Văn hóa - Xã hội',
      },
    ],
    [
      'PL1-4',
      {
        name: 'Hoàn thành xây dựng đô thị thông minh (Nếu được thành phố lựa chọn xây dựng)',
        unitOfMeasure: '',
        targets: { '2030': 'Đạt' },
      },
    ],
    [
      'PL1-8',
      {
        name: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử',
        targets: { '2030': '≥ 95' },
        coordinators: 'Sở Y tế; Các đơn vị liên quan',
      },
    ],
    [
      'PL1-9.1',
      {
        targets: {
          '2030':
            '≥ 95 đối với cơ sở giáo dục phổ thông và giáo dục thường xuyên ≥ 95 đối với cơ sở giáo dục mầm non và các cơ quan quản lý giáo dục',
        },
      },
    ],
    [
      'PL1-12',
      {
        name: 'Cơ sở giáo dục trung học cơ sở có tổ chức câu lạc bộ khởi nghiệp và đổi mới sáng tạo hoạt động thường xuyên',
        targets: { '2045': '100' },
      },
    ],
    [
      'PL2-1',
      {
        name: 'Tỷ lệ phủ sóng 5G trên địa bàn phường',
        targets: { '2025': '≥60%', '2030': '100%', '2035': '100%', '2040': '100%', '2045': '100%' },
        output: 'Báo cáo số liệu',
      },
    ],
    [
      'PL2-4',
      {
        name: 'Tỉ lệ chi cho KHCN, ĐMST, CĐS trong tổng chi ngân sách phường',
        targets: {
          '2025': 'phấn đấu ít nhất 3%',
          '2030': 'phấn đấu ít nhất 3%',
          '2035': 'Đạt 3%',
          '2040': 'Đạt trên 3%',
          '2045': 'Đạt trên 3%',
        },
      },
    ],
    ['PL2-8', { targets: { '2025': '-', '2030': '-', '2035': '-', '2040': '80-90%', '2045': '≥ 90%' } }],
    [
      'PL2-25',
      {
        name: 'Tỷ lệ người dân có chữ ký số',
        targets: { '2025': '-', '2030': '10%', '2035': '20%', '2040': '30%', '2045': '40%' },
        lead: 'Phòng Văn hóa – Xã hội',
      },
    ],
    [
      'PL3-I-1',
      {
        name: 'Xây dựng chương trình, chuyên mục chuyên biệt về KHCN, ĐMST, CĐS trên cổng thôn tin điện tử, đài truyền thanh,…',
        lead: 'Trung tâm sự nghiệp công; Văn phòng HĐND và UBND',
        completionTime: 'Thường xuyên',
      },
    ],
    ['PL3-II-1', { lead: 'Các phòng, ban, đơn vị có liên quan; Công an phường.', completionTime: 'Thường xuyên' }],
    [
      'PL3-III-4',
      {
        name: 'Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu, triển khai các sáng kiến mở dữ liệu',
        completionTime: 'Hoàn thành kết nối tháng 12/2026',
      },
    ],
    ['PL3-V-1', { completionTime: 'Năm 2025 và những năm tiếp theo' }],
    ['PL4-2', { lead: 'Phòng Văn hóa – Xã hội', output: 'Kế hoạch, văn bản triển khai', completionTime: '9/2025' }],
    ['PL4-4', { completionTime: 'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử' }],
    [
      'PL4-15',
      {
        name: 'Đào tạo kỹ năng số cho người dân thông qua Tổ công Công nghệ số cộng đồng.',
        lead: 'Phòng Văn hóa - Xã hội;',
        coordinators: 'Các phòng, ban, đơn vị; Tổ dân phố, Tổ công nghệ số cộng đồng',
      },
    ],
    ['PL4-22', { lead: 'Phòng Văn hóa – Xã hội', completionTime: '2026-2030' }],
    [
      'PL4-25.5',
      {
        name: 'Phối hợp, triển khai dịch vụ chữ ký số cho cán bộ, giáo viên để ký hồ sơ, sổ sách, bảng điểm và tạo lập học bạ số.',
        output: '100% cán bộ, giáo viên có đủ chữ ký số',
        completionTime: 'Quý IV/2026',
      },
    ],
  ];
  test.each(verbatim)('%s is word for word as the seed', (id, expected) => {
    const row = PLAN_CATALOG.find((r) => r.id === id);
    expect(row).toMatchObject(expected);
  });
});
