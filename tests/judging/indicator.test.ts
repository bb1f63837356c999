import { type IndicatorInput, judgeIndicator, pickMilestone } from '../../src/core/judging/indicator';
import type { IndicatorVerdict, TrackStatus } from '../../src/core/judging/verdicts';
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
  // Reasoned from the rules in docs/judging.md: Phụ lục I is keyed 2030 (or 2045), so 2026 is judged against
  // that milestone with no track; Phụ lục II lies between 2025 and 2030, so it is judged against 2030 with a
  // straight-line track from the 2025 target.
  const EXPECTED: [rowKey: string, verdict: IndicatorVerdict, track: TrackStatus | null, fragment: string][] = [
    ['PL1-1.1@TTHCC', 'EXCEEDED', null, 'Kết quả 82,54% vượt chỉ tiêu ≥ 80% (mốc năm 2030)'],
    ['PL1-1.2@TTHCC', 'EXCEEDED', null, 'Kết quả 95,18% vượt chỉ tiêu 90% (mốc năm 2030)'],
    ['PL1-1.3@TTHCC', 'ACHIEVED', null, 'Kết quả 100% đạt chỉ tiêu 100%'],
    ['PL1-1.4@TTHCC', 'NOT_ACHIEVED', null, 'Kết quả 375/394 (95,18%) thấp hơn chỉ tiêu 100% (mốc năm 2030)'],
    ['PL1-1.5@TTHCC', 'MISSING', null, 'Chưa nhập kết quả'],
    ['PL1-1.6@TTHCC', 'NEEDS_REVIEW', null, "Kết quả ghi 'trên 70%' không đủ để so với chỉ tiêu 80%"],
    ['PL1-1.7@VP', 'ACHIEVED', null, 'đạt chỉ tiêu 100%'],
    ['PL1-1.8@VP', 'NEEDS_REVIEW', null, "Kết quả ghi '≥ 60%' không đủ để so với chỉ tiêu 100%"],
    ['PL1-1.9@VP', 'NEEDS_REVIEW', null, "Đơn vị tự đánh giá 'Đạt'"],
    ['PL1-2@KTHTDT', 'NEEDS_REVIEW', null, 'đơn vị không khớp'],
    ['PL1-3.1@VHXH', 'NOT_ACHIEVED', null, 'Kết quả 92% thấp hơn chỉ tiêu 100%'],
    ['PL1-3.2@VHXH', 'NOT_ACHIEVED', null, 'Kết quả 98,5% thấp hơn chỉ tiêu 100%'],
    ['PL1-4@KTHTDT', 'NOT_APPLICABLE', null, "chỉ tiêu có điều kiện 'Nếu được thành phố lựa chọn xây dựng'"],
    ['PL1-5@VP', 'ACHIEVED', null, 'Kết quả 100% đạt'],
    ['PL1-6@CA', 'NEEDS_REVIEW', null, "Đơn vị tự đánh giá 'Hoàn thành'"],
    ['PL1-7@VHXH', 'EXCEEDED', null, 'Kết quả 71,2% vượt chỉ tiêu ≥ 70%'],
    ['PL1-8@VHXH', 'MISSING', null, "Đơn vị ghi 'chưa có số liệu'; giải trình: 'Trạm Y tế chưa tổng hợp'"],
    ['PL1-9.1@VHXH', 'NEEDS_REVIEW', null, 'Chỉ tiêu gồm 2 phần'],
    ['PL1-9.2@VHXH', 'ACHIEVED', null, 'đạt chỉ tiêu 100%'],
    ['PL1-9.3@VHXH', 'NOT_ACHIEVED', null, 'Kết quả 87,5% thấp hơn chỉ tiêu 100%'],
    ['PL1-9.4@VHXH', 'NEEDS_REVIEW', null, "Không đọc được số trong kết quả '82.5.4%'"],
    ['PL1-9.5@VHXH', 'NOT_ACHIEVED', null, 'Kết quả 3/4 (75%) thấp hơn chỉ tiêu 95%'],
    ['PL1-9.6@VHXH', 'MISSING', null, 'Chưa nhập kết quả'],
    ['PL1-10@VHXH', 'ACHIEVED', null, 'Kết quả 100% đạt chỉ tiêu 100% (mốc năm 2045)'],
    ['PL1-11@VHXH', 'NOT_ACHIEVED', null, 'Kết quả 75% thấp hơn chỉ tiêu 100% (mốc năm 2045)'],
    ['PL1-12@VHXH', 'NOT_ACHIEVED', null, '(mốc năm 2045)'],
    [
      'PL2-1@VHXH',
      'NOT_ACHIEVED',
      'ON_TRACK',
      'Kết quả 85% thấp hơn chỉ tiêu 100% (mốc năm 2030); đúng lộ trình: cần ≥ 68% năm 2026',
    ],
    ['PL2-2@VHXH', 'NOT_ACHIEVED', 'BEHIND', 'chậm lộ trình: cần ≥ 68% năm 2026'],
    ['PL2-3@VHXH', 'NOT_APPLICABLE', null, "Năm 2026 không có chỉ tiêu: mốc năm 2030 ghi '-'"],
    [
      'PL2-4@KTHTDT',
      'NOT_ACHIEVED',
      'BEHIND',
      'Kết quả 2,16% thấp hơn chỉ tiêu ≥ 3% (mốc năm 2030); chậm lộ trình: cần ≥ 3% năm 2026',
    ],
    ['PL2-5@VHXH', 'NOT_ACHIEVED', 'ON_TRACK', 'đúng lộ trình: cần ≥ 84% năm 2026'],
    ['PL2-6@VHXH', 'NOT_ACHIEVED', 'BEHIND', 'chậm lộ trình: cần ≥ 84% năm 2026'],
    ['PL2-7@VHXH', 'NOT_ACHIEVED', 'ON_TRACK', 'đúng lộ trình: cần ≥ 82% năm 2026'],
    ['PL2-8@VHXH', 'NOT_APPLICABLE', null, 'không có chỉ tiêu'],
    [
      'PL2-9@VHXH',
      'NOT_ACHIEVED',
      'ON_TRACK',
      'thấp hơn chỉ tiêu ≥ 95% (mốc năm 2030); đúng lộ trình: cần ≥ 79% năm 2026',
    ],
    ['PL2-10@VHXH', 'NEEDS_REVIEW', null, 'công thức'],
    [
      'PL2-11@VHXH',
      'ACHIEVED',
      'ON_TRACK',
      'Kết quả 100% đạt chỉ tiêu 100% (mốc năm 2030); đúng lộ trình: cần ≥ 92% năm 2026',
    ],
    ['PL2-13@VHXH', 'MISSING', null, 'Chưa nhập kết quả'],
    ['PL2-14@VHXH', 'NEEDS_REVIEW', null, 'HTML'],
    ['PL2-17@TTHCC', 'NOT_ACHIEVED', 'ON_TRACK', 'cần ≥ 76% năm 2026'],
    ['PL2-18@TTHCC', 'ACHIEVED', 'ON_TRACK', 'cần ≥ 100% năm 2026'],
    [
      'PL2-19@TTHCC',
      'NOT_ACHIEVED',
      'BEHIND',
      'Kết quả 72% thấp hơn chỉ tiêu 100% (mốc năm 2030); chậm lộ trình: cần ≥ 76% năm 2026',
    ],
    ['PL2-20@TTHCC', 'ACHIEVED', 'ON_TRACK', 'cần ≥ 84% năm 2026'],
    [
      'PL2-21@TTHCC',
      'NOT_ACHIEVED',
      'BEHIND',
      'Kết quả 91,3% thấp hơn chỉ tiêu 100% (mốc năm 2030); chậm lộ trình: cần ≥ 100% năm 2026',
    ],
    [
      'PL2-22@TTHCC',
      'EXCEEDED',
      'ON_TRACK',
      'Kết quả 88% vượt chỉ tiêu ≥ 85% (mốc năm 2030); đúng lộ trình: cần ≥ 73% năm 2026',
    ],
    ['PL2-23@VHXH', 'NOT_ACHIEVED', 'BEHIND', 'chậm lộ trình: cần ≥ 56% năm 2026'],
    ['PL2-24@KTHTDT', 'MISSING', null, 'Chưa nhập kết quả'],
    ['PL2-25@VHXH', 'EXCEEDED', null, 'Kết quả 12,4% vượt chỉ tiêu 10% (mốc năm 2030)'],
    [
      'PL2-26@CA',
      'NOT_ACHIEVED',
      'ON_TRACK',
      'Kết quả 80,2% thấp hơn chỉ tiêu 85% (mốc năm 2030); đúng lộ trình: cần ≥ 73% năm 2026',
    ],
    [
      'PL2-27@VHXH',
      'ACHIEVED',
      'ON_TRACK',
      "Phòng VHXH đánh giá 'Đạt' (nhập tay); đánh giá tự động: Vượt - Kết quả 100% vượt chỉ tiêu 90%",
    ],
  ];

  test('the table covers every sample entry', () => {
    expect(EXPECTED.map((e) => e[0]).sort()).toEqual(SAMPLE_INDICATOR_ENTRIES.map((e) => e.rowKey).sort());
  });

  test.each(EXPECTED)('%s → %s (%s)', (rowKey, verdict, track, fragment) => {
    const j = judgeSample(rowKey);
    expect(j.verdict).toBe(verdict);
    expect(j.track).toBe(track);
    expect(j.reason).toContain(fragment);
  });

  test('the same verdicts when targets come from the sheet (all five stage columns, empty where the plan has none)', () => {
    for (const [rowKey, verdict, track] of EXPECTED) {
      const row = byId.get(rowKey.split('@')[0])!;
      const targets = Object.fromEntries(STAGE_YEARS.map((y) => [String(y), row.targets[String(y)] ?? '']));
      const j = judgeSample(rowKey, 2026, { targets });
      expect([rowKey, j.verdict, j.track]).toEqual([rowKey, verdict, track]);
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

  test.each<[number, string, TrackStatus, string]>([
    [2026, '68%', 'ON_TRACK', 'đúng lộ trình: cần ≥ 68% năm 2026'],
    [2026, '67,9%', 'BEHIND', 'chậm lộ trình: cần ≥ 68% năm 2026'],
    [2027, '76%', 'ON_TRACK', 'cần ≥ 76% năm 2027'],
    [2028, '83%', 'BEHIND', 'cần ≥ 84% năm 2028'],
    [2029, '92%', 'ON_TRACK', 'cần ≥ 92% năm 2029'],
  ])('%i between 2025 and 2030: result %s is %s', (year, result, track, fragment) => {
    const j = judge(result, year);
    expect(j.verdict).toBe('NOT_ACHIEVED');
    expect(j.targetYear).toBe(2030);
    expect(j.track).toBe(track);
    expect(j.reason).toContain('thấp hơn chỉ tiêu 100% (mốc năm 2030)');
    expect(j.reason).toContain(fragment);
  });

  test('between milestones, reaching the next target already is achieved and on track', () => {
    const j = judge('100%', 2027);
    expect([j.verdict, j.track]).toEqual(['ACHIEVED', 'ON_TRACK']);
  });

  test('a result written as a bound can be on track without a figure', () => {
    const j = judge('trên 80%', 2026);
    expect(j.verdict).toBe('NEEDS_REVIEW');
    expect(j.track).toBeNull();
    const k = judge('≥ 99%', 2026, { '2025': '≥ 60%', '2030': '≥ 90%' });
    expect([k.verdict, k.track]).toEqual(['EXCEEDED', 'ON_TRACK']);
  });

  test('no track when the previous milestone has no numeric target', () => {
    const j = judge('12,4%', 2026, { '2025': '-', '2030': '10%' });
    expect([j.verdict, j.track]).toEqual(['EXCEEDED', null]);
    const k = judge('50%', 2027, { '2025': 'Đạt', '2030': '80%' });
    expect([k.verdict, k.track]).toEqual(['NOT_ACHIEVED', null]);
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

  test('before the first milestone: the first one, no track', () => {
    const j = judge('70%', 2024);
    expect([j.verdict, j.targetYear, j.track]).toEqual(['EXCEEDED', 2025, null]);
  });

  test('Phụ lục I: only 2030 or 2045, so no track', () => {
    const j = judge('82,54%', 2027, { '2030': '≥ 80' }, '%');
    expect([j.verdict, j.targetYear, j.track]).toEqual(['EXCEEDED', 2030, null]);
    const k = judge('100%', 2026, { '2045': '100' }, '%');
    expect([k.verdict, k.targetYear]).toEqual(['ACHIEVED', 2045]);
  });

  test('an "at most" target is on track when below the straight line', () => {
    const t = { '2025': '≤ 20%', '2030': '≤ 10%' };
    const j = judge('19%', 2026, t);
    expect([j.verdict, j.track]).toEqual(['NOT_ACHIEVED', 'BEHIND']);
    expect(j.reason).toBe(
      'Kết quả 19% cao hơn mức tối đa của chỉ tiêu ≤ 10% (mốc năm 2030); chậm lộ trình: cần ≤ 18% năm 2026',
    );
    const k = judge('17%', 2026, t);
    expect([k.verdict, k.track]).toEqual(['NOT_ACHIEVED', 'ON_TRACK']);
    expect(judge('9%', 2026, t).verdict).toBe('EXCEEDED');
  });

  test('a range target interpolates from its lower end', () => {
    const j = judge('86%', 2036, { '2035': '80-90%', '2040': '≥ 90%' });
    expect(j.reason).toContain('cần ≥ 82% năm 2036');
    expect(j.track).toBe('ON_TRACK');
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
  test('the condition held and the unit reports: judged as usual (qualitative here)', () => {
    const j = judgeIndicator({ name, unitOfMeasure: '', targets: { 2030: 'Đạt' }, result: 'Đạt', year: 2026 });
    expect(j.verdict).toBe('NEEDS_REVIEW');
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
