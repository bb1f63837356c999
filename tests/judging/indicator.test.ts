import {
  type IndicatorInput,
  judgeIndicator,
  pickMilestone,
  type ResultChange,
} from '../../src/core/judging/indicator';
import { type IndicatorVerdict, VERDICT_LABELS } from '../../src/core/judging/verdicts';
import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { SAMPLE_INDICATOR_ENTRIES } from '../../src/core/sample/entries';
import { STAGE_YEARS } from '../../src/core/sheet/schema';

const byId = new Map(PLAN_CATALOG.map((r) => [r.id, r]));

function judgeSample(rowKey: string, year = 2026, override: Partial<IndicatorInput> = {}) {
  const entry = SAMPLE_INDICATOR_ENTRIES.find((e) => e.rowKey === rowKey)!;
  const row = byId.get(rowKey.split('@')[0])!;
  return judgeIndicator({
    name: row.name,
    unitOfMeasure: row.unitOfMeasure,
    targets: row.targets,
    result: entry.result ?? '',
    evidence: entry.evidence,
    review: entry.review,
    year,
    ...override,
  });
}

describe('every row of the embedded sample, judged for 2026 against the catalog', () => {
  // Reasoned from the rules in docs/judging.md: Phụ lục I targets are for 2030 (or 2045), so in 2026 they are
  // achieved early, or not due with how far is left (no earlier target to draw a path from); Phụ lục II lies
  // between 2025 and 2030: on or behind the straight line from the 2025 target, unless 2025 and 2030 set the
  // same level (PL2-4, PL2-18, PL2-21), which is then due every year. Never "Không đạt" for a 2030 target.
  const EXPECTED: [rowKey: string, verdict: IndicatorVerdict, timing: 'due' | 'ahead' | null, fragment: string][] = [
    ['PL1-1.1@TTHCC', 'EXCEEDED', 'ahead', 'Kết quả 82,54% đã vượt chỉ tiêu ≥ 80% đến năm 2030 (đạt sớm)'],
    ['PL1-1.2@TTHCC', 'EXCEEDED', 'ahead', 'Kết quả 95,18% đã vượt chỉ tiêu 90% đến năm 2030 (đạt sớm)'],
    ['PL1-1.3@TTHCC', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)'],
    [
      'PL1-1.4@TTHCC',
      'NOT_DUE',
      'ahead',
      'Kết quả 375/394 (95,18%), chỉ tiêu 100% đến năm 2030: chưa đến hạn, còn 4,82 điểm %; chưa',
    ],
    ['PL1-1.5@TTHCC', 'MISSING', 'ahead', 'Chưa nhập kết quả'],
    [
      'PL1-1.6@TTHCC',
      'NOT_DUE',
      'ahead',
      "Kết quả ghi 'trên 70%', chỉ tiêu 80% đến năm 2030: chưa đến hạn; cần số liệu cụ thể để",
    ],
    ['PL1-1.7@VP', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)'],
    [
      'PL1-1.8@VP',
      'NOT_DUE',
      'ahead',
      "Kết quả ghi '≥ 60%', chỉ tiêu 100% đến năm 2030: chưa đến hạn; cần số liệu cụ thể để biết",
    ],
    [
      'PL1-1.9@VP',
      'ACHIEVED',
      'ahead',
      "Đơn vị báo 'Đạt', không ghi số liệu; chỉ tiêu 100% đến năm 2030 được coi là đã đạt sớm",
    ],
    [
      'PL1-2@KTHTDT',
      'NEEDS_REVIEW',
      'due',
      "Kết quả và chỉ tiêu có đơn vị không khớp: kết quả '1.134.256.000 đồng' là số tiền, chỉ",
    ],
    [
      'PL1-3.1@VHXH',
      'NOT_DUE',
      'ahead',
      'Kết quả 92%, chỉ tiêu 100% đến năm 2030: chưa đến hạn, còn 8 điểm %; chưa có mốc trước',
    ],
    [
      'PL1-3.2@VHXH',
      'NOT_DUE',
      'ahead',
      'Kết quả 98,5%, chỉ tiêu 100% đến năm 2030: chưa đến hạn, còn 1,5 điểm %; chưa có mốc',
    ],
    [
      'PL1-4@KTHTDT',
      'NOT_APPLICABLE',
      'ahead',
      "Không áp dụng: chỉ tiêu có điều kiện 'Nếu được thành phố lựa chọn xây dựng' và đơn vị báo",
    ],
    ['PL1-5@VP', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)'],
    [
      'PL1-6@CA',
      'ACHIEVED',
      'ahead',
      "Đơn vị báo 'Hoàn thành', không ghi số liệu; chỉ tiêu 100% đến năm 2030 được coi là đã đạt",
    ],
    ['PL1-7@VHXH', 'EXCEEDED', 'ahead', 'Kết quả 71,2% đã vượt chỉ tiêu ≥ 70% đến năm 2030 (đạt sớm)'],
    ['PL1-8@VHXH', 'MISSING', 'ahead', "Đơn vị ghi 'chưa có số liệu'; giải trình: 'Trạm Y tế chưa tổng hợp'"],
    [
      'PL1-9.1@VHXH',
      'NEEDS_REVIEW',
      'ahead',
      'Chỉ tiêu gồm 2 phần: (1) ≥ 95 đối với cơ sở giáo dục phổ thông và giáo dục thường xuyên;',
    ],
    ['PL1-9.2@VHXH', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)'],
    [
      'PL1-9.3@VHXH',
      'NOT_DUE',
      'ahead',
      'Kết quả 87,5%, chỉ tiêu 100% đến năm 2030: chưa đến hạn, còn 12,5 điểm %; chưa có mốc',
    ],
    ['PL1-9.4@VHXH', 'NEEDS_REVIEW', 'ahead', "Không đọc được số trong kết quả '82.5.4%'. Ví dụ hợp lệ: 82,5%"],
    [
      'PL1-9.5@VHXH',
      'NOT_DUE',
      'ahead',
      'Kết quả 3/4 (75%), chỉ tiêu 95% đến năm 2030: chưa đến hạn, còn 20 điểm %; chưa có mốc',
    ],
    ['PL1-9.6@VHXH', 'MISSING', 'ahead', 'Chưa nhập kết quả'],
    ['PL1-10@VHXH', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2045 (đạt sớm)'],
    [
      'PL1-11@VHXH',
      'NOT_DUE',
      'ahead',
      'Kết quả 75%, chỉ tiêu 100% đến năm 2045: chưa đến hạn, còn 25 điểm %; chưa có mốc trước',
    ],
    [
      'PL1-12@VHXH',
      'NOT_DUE',
      'ahead',
      'Kết quả 75%, chỉ tiêu 100% đến năm 2045: chưa đến hạn, còn 25 điểm %; chưa có mốc trước',
    ],
    [
      'PL2-1@VHXH',
      'ON_TRACK',
      'ahead',
      'Kết quả 85%, chỉ tiêu 100% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 68%, tính theo',
    ],
    [
      'PL2-2@VHXH',
      'BEHIND',
      'ahead',
      'Kết quả 64%, chỉ tiêu 100% đến năm 2030: chậm lộ trình (năm 2026 cần ≥ 68%, tính theo',
    ],
    ['PL2-3@VHXH', 'NOT_APPLICABLE', null, "Năm 2026 không có chỉ tiêu: mốc năm 2030 ghi '-'"],
    [
      'PL2-4@KTHTDT',
      'NOT_ACHIEVED',
      'due',
      'Kết quả 2,16% thấp hơn chỉ tiêu ≥ 3% (mức của mốc năm 2025, giữ đến năm 2030)',
    ],
    [
      'PL2-5@VHXH',
      'ON_TRACK',
      'ahead',
      'Kết quả 90%, chỉ tiêu 100% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 84%, tính theo',
    ],
    [
      'PL2-6@VHXH',
      'BEHIND',
      'ahead',
      'Kết quả 78%, chỉ tiêu 100% đến năm 2030: chậm lộ trình (năm 2026 cần ≥ 84%, tính theo',
    ],
    [
      'PL2-7@VHXH',
      'ON_TRACK',
      'ahead',
      'Kết quả 83%, chỉ tiêu 90% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 82%, tính theo',
    ],
    ['PL2-8@VHXH', 'NOT_APPLICABLE', null, "Năm 2026 không có chỉ tiêu: mốc năm 2030 ghi '-'"],
    [
      'PL2-9@VHXH',
      'ON_TRACK',
      'ahead',
      'Kết quả 80%, chỉ tiêu ≥ 95% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 79%, tính theo',
    ],
    [
      'PL2-10@VHXH',
      'NEEDS_REVIEW',
      'ahead',
      "Ô kết quả chứa công thức (bắt đầu bằng '='): công cụ không tính công thức, cần nhập số",
    ],
    ['PL2-11@VHXH', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)'],
    ['PL2-13@VHXH', 'MISSING', 'ahead', 'Chưa nhập kết quả'],
    [
      'PL2-14@VHXH',
      'NEEDS_REVIEW',
      'ahead',
      'Ô kết quả chứa mã HTML hoặc script: không dùng, cần nhập số liệu, ví dụ 82,5%',
    ],
    [
      'PL2-17@TTHCC',
      'ON_TRACK',
      'ahead',
      'Kết quả 78,3%, chỉ tiêu 100% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 76%, tính theo',
    ],
    ['PL2-18@TTHCC', 'ACHIEVED', 'due', 'Kết quả 100% đạt chỉ tiêu 100% (mức của mốc năm 2025, giữ đến năm 2030)'],
    [
      'PL2-19@TTHCC',
      'BEHIND',
      'ahead',
      'Kết quả 72%, chỉ tiêu 100% đến năm 2030: chậm lộ trình (năm 2026 cần ≥ 76%, tính theo',
    ],
    ['PL2-20@TTHCC', 'ACHIEVED', 'ahead', 'Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)'],
    [
      'PL2-21@TTHCC',
      'NOT_ACHIEVED',
      'due',
      'Kết quả 91,3% thấp hơn chỉ tiêu 100% (mức của mốc năm 2025, giữ đến năm 2030)',
    ],
    ['PL2-22@TTHCC', 'EXCEEDED', 'ahead', 'Kết quả 88% đã vượt chỉ tiêu ≥ 85% đến năm 2030 (đạt sớm)'],
    [
      'PL2-23@VHXH',
      'BEHIND',
      'ahead',
      'Kết quả 55%, chỉ tiêu 80% đến năm 2030: chậm lộ trình (năm 2026 cần ≥ 56%, tính theo',
    ],
    ['PL2-24@KTHTDT', 'MISSING', 'ahead', 'Chưa nhập kết quả'],
    ['PL2-25@VHXH', 'EXCEEDED', 'ahead', 'Kết quả 12,4% đã vượt chỉ tiêu 10% đến năm 2030 (đạt sớm)'],
    [
      'PL2-26@CA',
      'ON_TRACK',
      'ahead',
      'Kết quả 80,2%, chỉ tiêu 85% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 73%, tính theo',
    ],
    [
      'PL2-27@VHXH',
      'ACHIEVED',
      'ahead',
      "Phòng VHXH đánh giá 'Đạt' (nhập tay); đánh giá tự động: Vượt - Kết quả 100% đã vượt chỉ",
    ],
  ];

  test('the table covers every sample entry', () => {
    expect(EXPECTED.map((e) => e[0]).sort()).toEqual(SAMPLE_INDICATOR_ENTRIES.map((e) => e.rowKey).sort());
  });

  test.each(EXPECTED)('%s → %s (%s)', (rowKey, verdict, timing, fragment) => {
    const j = judgeSample(rowKey);
    expect(j.verdict).toBe(verdict);
    expect(j.timing).toBe(timing);
    expect(j.reason).toContain(fragment);
    expect(j.label).toBe(VERDICT_LABELS[verdict] + (j.byHand ? ' (Phòng VHXH)' : ''));
  });

  test('no target of a later year is "Không đạt"', () => {
    for (const [rowKey] of EXPECTED) {
      const j = judgeSample(rowKey);
      if (j.verdict === 'NOT_ACHIEVED') expect([rowKey, j.targetYear]).toEqual([rowKey, 2026]);
    }
  });

  test('the same verdicts when targets come from the sheet (all five stage columns, empty where the plan has none)', () => {
    for (const [rowKey, verdict, timing] of EXPECTED) {
      const row = byId.get(rowKey.split('@')[0])!;
      const targets = Object.fromEntries(STAGE_YEARS.map((y) => [String(y), row.targets[String(y)] ?? '']));
      const j = judgeSample(rowKey, 2026, { targets });
      expect([rowKey, j.verdict, j.timing]).toEqual([rowKey, verdict, timing]);
    }
  });

  test('the hand judgement on PL2-27 is marked as such', () => {
    const j = judgeSample('PL2-27@VHXH');
    expect(j.byHand).toBe(true);
    expect(j.label).toBe('Đạt (Phòng VHXH)');
  });

  test('result values: percentages, ratios as percentages, money as written, none for unreadable', () => {
    expect(judgeSample('PL1-1.1@TTHCC').resultValue).toBe(82.54);
    expect(judgeSample('PL1-1.4@TTHCC').resultValue).toBeCloseTo(95.1777, 3);
    expect(judgeSample('PL1-9.1@VHXH').resultValue).toBe(100);
    expect(judgeSample('PL1-2@KTHTDT').resultValue).toBe(1134256000);
    expect(judgeSample('PL1-9.4@VHXH').resultValue).toBeNull();
    expect(judgeSample('PL1-1.5@TTHCC').resultValue).toBeNull();
    expect(judgeSample('PL1-1.9@VP').resultValue).toBeNull();
  });

  test('applicable target and milestone year', () => {
    const j = judgeSample('PL2-1@VHXH');
    expect(j.applicableTarget).toBe('100%');
    expect(j.targetYear).toBe(2030);
    expect(judgeSample('PL1-10@VHXH').targetYear).toBe(2045);
    expect(judgeSample('PL1-1.1@TTHCC').applicableTarget).toBe('≥ 80');
  });
});

describe('milestones', () => {
  const stages = { '2025': '≥60%', '2030': '100%', '2035': '100%', '2040': '100%', '2045': '100%' };
  const judge = (result: unknown, year: number, targets: Record<string, string> = stages, unitOfMeasure = '') =>
    judgeIndicator({ name: 'Tỷ lệ phủ sóng 5G', unitOfMeasure, targets, result, year });

  test('in a milestone year: that year, no track', () => {
    const j = judge('64%', 2025);
    expect([j.verdict, j.targetYear, j.track, j.applicableTarget]).toEqual(['EXCEEDED', 2025, null, '≥60%']);
    expect(j.reason).toBe('Kết quả 64% vượt chỉ tiêu ≥ 60%');
  });

  test.each<[number, string, IndicatorVerdict, string]>([
    [2026, '68%', 'ON_TRACK', 'Kết quả 68%, chỉ tiêu 100% đến năm 2030: đúng lộ trình (năm 2026 cần ≥ 68%'],
    [2026, '67,9%', 'BEHIND', 'Kết quả 67,9%, chỉ tiêu 100% đến năm 2030: chậm lộ trình (năm 2026 cần ≥ 68%'],
    [2027, '76%', 'ON_TRACK', 'năm 2027 cần ≥ 76%, tính theo đường thẳng từ mức ≥ 60% của mốc năm 2025'],
    [2028, '83%', 'BEHIND', 'năm 2028 cần ≥ 84%'],
    [2029, '92%', 'ON_TRACK', 'năm 2029 cần ≥ 92%'],
  ])('%i, between ≥ 60%% (2025) and 100%% (2030): %s is %s, never Không đạt', (year, result, verdict, fragment) => {
    const j = judge(result, year);
    expect(j.verdict).toBe(verdict);
    expect(j.timing).toBe('ahead');
    expect(j.targetYear).toBe(2030);
    expect(j.track).toBe(verdict);
    expect(j.reason).toContain(fragment);
    expect(j.path).toMatch(new RegExp(`^Năm ${year} cần ≥ \\d+%; mốc 2030: 100%$`));
  });

  test('a target of a later year already reached is achieved early (Đạt / Vượt), said so', () => {
    const j = judge('100%', 2027);
    expect([j.verdict, j.timing, j.path]).toEqual(['ACHIEVED', 'ahead', 'Đạt sớm mốc 2030']);
    expect(j.reason).toBe('Kết quả 100% đã đạt chỉ tiêu 100% đến năm 2030 (đạt sớm)');
    const k = judge('≥ 99%', 2026, { '2025': '≥ 60%', '2030': '≥ 90%' });
    expect([k.verdict, k.reason]).toEqual([
      'EXCEEDED',
      "Kết quả '≥ 99%' đã vượt chỉ tiêu ≥ 90% đến năm 2030 (đạt sớm)",
    ]);
  });

  test('a result written as a bound is on the path only when every value it allows is', () => {
    expect(judge('trên 80%', 2026).verdict).toBe('ON_TRACK');
    const j = judge('trên 60%', 2026);
    expect(j.verdict).toBe('NOT_DUE');
    expect(j.reason).toBe(
      "Kết quả ghi 'trên 60%', chỉ tiêu 100% đến năm 2030: chưa đến hạn; chưa đủ để biết đúng hay chậm lộ trình (năm 2026 cần ≥ 68%)",
    );
  });

  test('no baseline (no earlier target, no recorded result): not due, with how far is left', () => {
    const j = judge('87,5%', 2026, { '2025': '-', '2030': '100%' });
    expect([j.verdict, j.timing, j.track, j.path]).toEqual(['NOT_DUE', 'ahead', null, 'Mốc 2030: còn 12,5 điểm %']);
    expect(j.reason).toBe(
      'Kết quả 87,5%, chỉ tiêu 100% đến năm 2030: chưa đến hạn, còn 12,5 điểm %; chưa có mốc trước hay kết quả năm trước để tính lộ trình',
    );
    expect(j.label).toBe('Chưa đến hạn');
    const k = judge('50%', 2027, { '2025': 'Đạt', '2030': '80%' });
    expect([k.verdict, k.reason]).toEqual([
      'NOT_DUE',
      'Kết quả 50%, chỉ tiêu 80% đến năm 2030: chưa đến hạn, còn 30 điểm %; chưa có mốc trước hay kết quả năm trước để tính lộ trình',
    ]);
    const count = judgeIndicator({
      name: 'Số điểm wifi',
      unitOfMeasure: 'điểm',
      targets: { 2030: '≥ 20' },
      result: '12',
      year: 2026,
    });
    expect(count.reason).toContain('còn 8 điểm');
  });

  test("the baseline is the indicator's own result of an earlier year when there is one", () => {
    const history = [
      { year: 2024, value: '40%' },
      { year: 2025, value: '55%' },
    ];
    const j = judgeIndicator({
      name: 'Tỷ lệ phủ sóng 5G',
      unitOfMeasure: '',
      targets: stages,
      result: '62%',
      year: 2026,
      history,
    });
    // From 55% (2025) to 100% (2030): 64% in 2026; the missed 2025 milestone is stated once, as a fact.
    expect(j.verdict).toBe('BEHIND');
    expect(j.reason).toBe(
      'Kết quả 62%, chỉ tiêu 100% đến năm 2030: chậm lộ trình (năm 2026 cần ≥ 64%, tính theo đường thẳng từ kết quả 55% năm 2025); mốc năm 2025 (≥ 60%) không đạt: kết quả năm 2025 là 55%',
    );
    const noMilestone = judgeIndicator({
      name: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử',
      unitOfMeasure: '%',
      targets: { 2030: '100' },
      result: '375/394',
      year: 2026,
      history: [{ year: 2025, value: 0.9 * 100 }],
    });
    expect(noMilestone.verdict).toBe('ON_TRACK');
    expect(noMilestone.reason).toContain('năm 2026 cần ≥ 92%, tính theo đường thẳng từ kết quả 90% năm 2025');
    // An unreadable or later entry is not a baseline.
    const odd = judge('70%', 2026, stages);
    const same = judgeIndicator({
      name: 'Tỷ lệ phủ sóng 5G',
      unitOfMeasure: '',
      targets: stages,
      result: '70%',
      year: 2026,
      history: [
        { year: 2025, value: 'chưa có' },
        { year: 2027, value: '99%' },
      ],
    });
    expect([same.verdict, same.reason]).toEqual([odd.verdict, odd.reason]);
  });

  test.each<[string, Partial<IndicatorInput>, ResultChange | null]>([
    [
      'points of a percentage',
      { result: '85%', history: [{ year: 2025, value: '80,8%' }] },
      { year: 2025, delta: 4.2, amount: '4,2 điểm %' },
    ],
    [
      'a fall',
      { result: '70%', history: [{ year: 2025, value: '75%' }] },
      { year: 2025, delta: -5, amount: '5 điểm %' },
    ],
    [
      'the same',
      { result: '75%', history: [{ year: 2025, value: '75%' }] },
      { year: 2025, delta: 0, amount: '0 điểm %' },
    ],
    [
      'a ratio against a percentage',
      { result: '375/394', history: [{ year: 2025, value: '90%' }] },
      { year: 2025, delta: 5.177665, amount: '5,18 điểm %' },
    ],
    [
      'the latest earlier year',
      {
        result: '85%',
        history: [
          { year: 2024, value: '50%' },
          { year: 2025, value: '80%' },
          { year: 2026, value: '99%' },
        ],
      },
      { year: 2025, delta: 5, amount: '5 điểm %' },
    ],
    [
      'a count',
      {
        result: '12 điểm',
        unitOfMeasure: 'điểm',
        targets: { 2030: '≥ 20' },
        history: [{ year: 2025, value: '9 điểm' }],
      },
      { year: 2025, delta: 3, amount: '3 điểm' },
    ],
    ['no earlier year', { result: '85%' }, null],
    ['a bound is not one figure', { result: 'trên 70%', history: [{ year: 2025, value: '60%' }] }, null],
    ['an earlier figure in another unit', { result: '85%', history: [{ year: 2025, value: '1.000 đồng' }] }, null],
  ])('the change from the latest earlier result: %s', (_name, input, change) => {
    const j = judgeIndicator({
      name: 'Tỷ lệ phủ sóng 5G',
      unitOfMeasure: '',
      targets: stages,
      result: '',
      year: 2026,
      ...input,
    });
    expect(j.change).toEqual(change);
  });

  test('below the previous milestone: behind the path, and the reason says it; never Không đạt', () => {
    const j = judge('55%', 2026);
    expect(j.verdict).toBe('BEHIND');
    expect(j.reason).toContain('; thấp hơn cả mức ≥ 60% của mốc năm 2025');
  });

  test.each<[string, Record<string, string>, string, number, IndicatorVerdict, string]>([
    // Kept at the same level: 100% in 2025 and 2030 is in force every year between.
    [
      '100% kept',
      { 2025: '100%', 2030: '100%' },
      '96%',
      2026,
      'NOT_ACHIEVED',
      'Kết quả 96% thấp hơn chỉ tiêu 100% (mức của mốc năm 2025, giữ đến năm 2030)',
    ],
    [
      '100% kept, met',
      { 2025: '100%', 2030: '100%' },
      '100%',
      2028,
      'ACHIEVED',
      'đạt chỉ tiêu 100% (mức của mốc năm 2025, giữ đến năm 2030)',
    ],
    [
      'same level in other words',
      { 2025: 'phấn đấu ít nhất 3%', 2030: 'phấn đấu ít nhất 3%', 2035: 'Đạt 3%' },
      '2,16%',
      2031,
      'NOT_ACHIEVED',
      'thấp hơn chỉ tiêu ≥ 3% (mức của mốc năm 2030, giữ đến năm 2035)',
    ],
    [
      '"≥ 3" then "trên 3"',
      { 2035: 'Đạt 3%', 2040: 'Đạt trên 3%' },
      '3,5%',
      2036,
      'EXCEEDED',
      'vượt chỉ tiêu 3% (mức của mốc năm 2035, giữ đến năm 2040)',
    ],
    ['rising: not kept', { 2025: '≥ 70%', 2030: '100%' }, '72%', 2026, 'BEHIND', 'chậm lộ trình'],
  ])('%s', (_name, targets, result, year, verdict, fragment) => {
    const j = judge(result, year, targets);
    expect(j.verdict).toBe(verdict);
    expect(j.reason).toContain(fragment);
    if (verdict === 'NOT_ACHIEVED' || verdict === 'ACHIEVED' || verdict === 'EXCEEDED') {
      expect([j.timing, j.basis, j.targetYear]).toEqual(['due', 'kept', year]);
      expect(j.path).toMatch(/^Giữ mức mốc \d{4} đến \d{4}$/);
    }
  });

  test.each<[string, string, string, Record<string, string>, string, IndicatorVerdict, string]>([
    [
      '"hằng năm" in the name',
      'Chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
      '% tổng chi ngân sách nhà nước',
      { 2030: 'Phấn đấu đạt 3%' },
      '2,16%',
      'NOT_ACHIEVED',
      'Kết quả 2,16% thấp hơn chỉ tiêu 3% (hằng năm)',
    ],
    [
      '"mỗi năm" in the target',
      'Số lớp bồi dưỡng kỹ năng số',
      'lớp',
      { 2030: 'ít nhất 4 lớp mỗi năm' },
      '5 lớp',
      'EXCEEDED',
      'vượt chỉ tiêu ≥ 4 lớp',
    ],
    [
      '"bình quân hằng năm"',
      'Tăng trưởng kinh tế số bình quân hằng năm',
      '%',
      { 2030: '≥ 20' },
      '21%',
      'EXCEEDED',
      '(hằng năm)',
    ],
    [
      'met',
      'Chi ngân sách hằng năm cho chuyển đổi số',
      '%',
      { 2030: 'Phấn đấu đạt 3%' },
      '3%',
      'ACHIEVED',
      'Kết quả 3% đạt chỉ tiêu 3% (hằng năm)',
    ],
  ])('a yearly target is due every year: %s', (_label, name, unitOfMeasure, targets, result, verdict, fragment) => {
    const j = judgeIndicator({ name, unitOfMeasure, targets, result, year: 2026 });
    expect(j.verdict).toBe(verdict);
    expect([j.timing, j.basis, j.targetYear, j.path]).toEqual(['due', 'yearly', 2026, 'Chỉ tiêu hằng năm']);
    expect(j.reason).toContain(fragment);
  });

  test('no "Không đạt" before a target\'s year, whatever the result', () => {
    for (const result of ['0%', '10%', '59%', '1/10', 'Không đạt', 'chưa đạt', '≤ 5%'])
      for (const targets of [stages, { 2030: '100' }, { 2045: '≥ 95' }, { 2025: '≥ 80%', 2030: '≥ 90%' }] as Record<
        string,
        string
      >[]) {
        const j = judgeIndicator({ name: 'Tỷ lệ thử', unitOfMeasure: '%', targets, result, year: 2026 });
        expect([result, j.verdict]).not.toEqual([result, 'NOT_ACHIEVED']);
      }
  });

  test('a milestone "-" means no target that stage', () => {
    const j = judge('80%', 2026, { '2025': '≥ 80%', '2030': '-', '2035': '-' });
    expect(j.verdict).toBe('NOT_APPLICABLE');
    expect(j.reason).toBe(
      "Năm 2026 không có chỉ tiêu: mốc năm 2030 ghi '-'; kết quả đã nhập '80%' không dùng để đánh giá",
    );
    expect(j.applicableTarget).toBe('-');
  });

  test('after the last milestone: the last one', () => {
    const j = judge('100%', 2050);
    expect([j.verdict, j.targetYear, j.track]).toEqual(['ACHIEVED', 2045, null]);
    expect(j.reason).toContain('(mốc năm 2045)');
  });

  test('before the first milestone: the first one, of a later year', () => {
    const j = judge('70%', 2024);
    expect([j.verdict, j.targetYear, j.timing]).toEqual(['EXCEEDED', 2025, 'ahead']);
    expect(judge('50%', 2024).verdict).toBe('NOT_DUE');
  });

  test("Phụ lục I (2030, 2045): achieved early or not due, with the target's year in the sheet's column", () => {
    const j = judge('82,54%', 2027, { '2030': '≥ 80' }, '%');
    expect([j.verdict, j.targetYear, j.track, j.applicableShown]).toEqual([
      'EXCEEDED',
      2030,
      null,
      '≥ 80 (đến năm 2030)',
    ]);
    const k = judge('100%', 2026, { '2045': '100' }, '%');
    expect([k.verdict, k.targetYear]).toEqual(['ACHIEVED', 2045]);
    const l = judge('75%', 2026, { '2045': '100' }, '%');
    expect([l.verdict, l.path]).toEqual(['NOT_DUE', 'Mốc 2045: còn 25 điểm %']);
    const m = judge('75%', 2030, { '2030': '≥ 80' }, '%');
    expect([m.verdict, m.timing, m.applicableShown]).toEqual(['NOT_ACHIEVED', 'due', '≥ 80 (năm 2030)']);
  });

  test('an "at most" target is on track when below the straight line', () => {
    const t = { '2025': '≤ 20%', '2030': '≤ 10%' };
    const j = judge('19%', 2026, t);
    expect([j.verdict, j.track]).toEqual(['BEHIND', 'BEHIND']);
    expect(j.reason).toBe(
      'Kết quả 19%, chỉ tiêu ≤ 10% đến năm 2030: chậm lộ trình (năm 2026 cần ≤ 18%, tính theo đường thẳng từ mức ≤ 20% của mốc năm 2025)',
    );
    expect(judge('17%', 2026, t).verdict).toBe('ON_TRACK');
    expect(judge('9%', 2026, t).verdict).toBe('EXCEEDED');
    const k = judge('12%', 2027, { '2030': '≤ 10%' });
    expect(k.reason).toContain('còn cao hơn mức tối đa 2 điểm %');
  });

  test('a range target interpolates from its lower end', () => {
    const j = judge('86%', 2041, { '2040': '80-90%', '2045': '≥ 90%' });
    expect(j.reason).toContain('năm 2041 cần ≥ 82%');
    expect(j.verdict).toBe('ON_TRACK');
  });

  test('keys that are not years and empty targets are ignored', () => {
    expect(pickMilestone({ '2030': '≥ 80', note: '100', '2025': '' }, 2026)).toEqual({
      current: { year: 2030, text: '≥ 80' },
      previous: null,
    });
    expect(pickMilestone({}, 2026)).toBeNull();
    const j = judgeIndicator({ name: 'x', unitOfMeasure: '%', targets: {}, result: '80%', year: 2026 });
    expect(j.verdict).toBe('NEEDS_REVIEW');
    expect(j.reason).toContain('chưa có chỉ tiêu');
    expect(j.targetYear).toBeNull();
    expect(j.applicableTarget).toBe('');
    const k = judgeIndicator({ name: 'x', unitOfMeasure: '%', targets: {}, result: '', year: 2026 });
    expect(k.verdict).toBe('MISSING');
  });
});

describe('conditions', () => {
  const name = 'Hoàn thành xây dựng đô thị thông minh (Nếu được thành phố lựa chọn xây dựng)';
  test('the unit says it does not apply, with a reason → NOT_APPLICABLE', () => {
    const j = judgeIndicator({
      name,
      unitOfMeasure: '',
      targets: { 2030: 'Đạt' },
      result: 'Không áp dụng',
      evidence: 'Chưa được lựa chọn',
      year: 2026,
    });
    expect(j.verdict).toBe('NOT_APPLICABLE');
    expect(j.reason).toBe(
      "Không áp dụng: chỉ tiêu có điều kiện 'Nếu được thành phố lựa chọn xây dựng' và đơn vị báo không áp dụng; giải trình: 'Chưa được lựa chọn'",
    );
  });
  test('without a reason it still applies the condition, and says the reason is missing', () => {
    const j = judgeIndicator({
      name,
      unitOfMeasure: '',
      targets: { 2030: 'Đạt' },
      result: 'không áp dụng',
      year: 2026,
    });
    expect(j.verdict).toBe('NOT_APPLICABLE');
    expect(j.reason).toContain('chưa ghi lý do');
  });
  test('nothing reported: MISSING, with how to say the condition does not hold', () => {
    const j = judgeIndicator({ name, unitOfMeasure: '', targets: { 2030: 'Đạt' }, result: '', year: 2026 });
    expect(j.verdict).toBe('MISSING');
    expect(j.reason).toBe(
      "Chưa nhập kết quả; nếu điều kiện 'Nếu được thành phố lựa chọn xây dựng' chưa xảy ra, ghi 'Không áp dụng' và nêu lý do",
    );
  });
  test('the condition held and the unit reports: judged as usual (a plain claim against "Đạt" here)', () => {
    const j = judgeIndicator({ name, unitOfMeasure: '', targets: { 2030: 'Đạt' }, result: 'Đạt', year: 2026 });
    expect([j.verdict, j.reason]).toEqual([
      'ACHIEVED',
      "Đơn vị báo 'Đạt', không ghi số liệu; chỉ tiêu 'Đạt' đến năm 2030 được coi là đã đạt sớm",
    ]);
    const k = judgeIndicator({
      name,
      unitOfMeasure: '',
      targets: { 2030: 'Đạt' },
      result: 'Đã xây dựng xong',
      year: 2030,
    });
    expect(k.verdict).toBe('NEEDS_REVIEW');
  });
  test('decomposed Unicode and non-breaking spaces in the name', () => {
    const j = judgeIndicator({
      name: name.normalize('NFD').replace(/ /g, '\u00a0'),
      unitOfMeasure: '',
      targets: { 2030: 'Đạt' },
      result: 'Không áp dụng',
      year: 2026,
    });
    expect(j.verdict).toBe('NOT_APPLICABLE');
    expect(j.reason).toContain("'Nếu được thành phố lựa chọn xây dựng'");
  });
});

describe('the VHXH office decides last', () => {
  const base: IndicatorInput = {
    name: 'Tỷ lệ thử',
    unitOfMeasure: '%',
    targets: { 2026: '≥ 90' },
    result: '82,54%',
    year: 2026,
  };
  test.each<[string, IndicatorVerdict, string]>([
    ['Đạt', 'ACHIEVED', 'Đạt (Phòng VHXH)'],
    ['đạt', 'ACHIEVED', 'Đạt (Phòng VHXH)'],
    ['DAT', 'ACHIEVED', 'Đạt (Phòng VHXH)'],
    [' Đạt. ', 'ACHIEVED', 'Đạt (Phòng VHXH)'],
    ['Đạt'.normalize('NFD'), 'ACHIEVED', 'Đạt (Phòng VHXH)'],
    ['Vượt', 'EXCEEDED', 'Vượt (Phòng VHXH)'],
    ['Không đạt', 'NOT_ACHIEVED', 'Không đạt (Phòng VHXH)'],
    ['khong dat', 'NOT_ACHIEVED', 'Không đạt (Phòng VHXH)'],
    ['Chưa đạt', 'NOT_ACHIEVED', 'Không đạt (Phòng VHXH)'],
    ['Không áp dụng', 'NOT_APPLICABLE', 'Không áp dụng (Phòng VHXH)'],
    ['Hoàn thành', 'ACHIEVED', 'Đạt (Phòng VHXH)'],
  ])('review %p → %s', (review, verdict, label) => {
    const j = judgeIndicator({ ...base, review });
    expect(j.verdict).toBe(verdict);
    expect(j.label).toBe(label);
    expect(j.byHand).toBe(true);
    expect(j.reason).toContain('(nhập tay)');
    expect(j.reason).toContain('đánh giá tự động: Không đạt - Kết quả 82,54% thấp hơn chỉ tiêu ≥ 90%');
  });

  test('an unrecognised review leaves the computed verdict and says so', () => {
    const j = judgeIndicator({ ...base, review: 'Tạm được' });
    expect(j.verdict).toBe('NOT_ACHIEVED');
    expect(j.byHand).toBe(false);
    expect(j.label).toBe('Không đạt');
    expect(j.reason).toBe(
      "Kết quả 82,54% thấp hơn chỉ tiêu ≥ 90% (ô đánh giá của Phòng VHXH ghi 'Tạm được', không hợp lệ nên chưa áp dụng)",
    );
  });

  test('a task label is not an indicator judgement', () => {
    expect(judgeIndicator({ ...base, review: 'Quá hạn' }).byHand).toBe(false);
  });

  test('an empty review changes nothing', () => {
    expect(judgeIndicator({ ...base, review: '   ' })).toEqual(judgeIndicator(base));
  });
});

describe('robustness', () => {
  test('never throws on odd input', () => {
    const odd: unknown[] = [
      null,
      undefined,
      {},
      [],
      NaN,
      Infinity,
      -5,
      Symbol.iterator.toString(),
      new Date('x'),
      '%',
      '/',
      '≥',
      '1/',
      'trên',
      '()',
    ];
    for (const result of odd) {
      for (const target of ['', '≥', '%', '()', '(nếu)', '1-', '-1', 'đạt trên', '≥ 80']) {
        const j = judgeIndicator({ name: '(', unitOfMeasure: '(', targets: { 2026: target }, result, year: 2026 });
        expect(j.label).toBeTruthy();
        expect(typeof j.reason).toBe('string');
      }
    }
  });
});

describe('targets read from number cells', () => {
  test('a number is the number shown', () => {
    const targets = { '2025': 80 } as unknown as Record<string, string>;
    const j = judgeIndicator({ name: 'Tỷ lệ A', unitOfMeasure: '%', targets, result: '85%', year: 2025 });
    expect([j.verdict, j.applicableTarget]).toEqual(['EXCEEDED', '80']);
    const frac = { '2025': 0.8 } as unknown as Record<string, string>;
    const k = judgeIndicator({ name: 'Tỷ lệ A', unitOfMeasure: '%', targets: frac, result: '85%', year: 2025 });
    expect([k.verdict, k.applicableTarget]).toEqual(['EXCEEDED', '0,8']);
  });
});

test('a targets object reused and changed between calls is read afresh', () => {
  const targets: Record<string, string> = { '2025': '≥ 80%' };
  expect(judgeIndicator({ name: 'A', unitOfMeasure: '', targets, result: '85%', year: 2025 }).verdict).toBe('EXCEEDED');
  targets['2025'] = '≥ 90%';
  expect(judgeIndicator({ name: 'A', unitOfMeasure: '', targets, result: '85%', year: 2025 }).verdict).toBe(
    'NOT_ACHIEVED',
  );
});
