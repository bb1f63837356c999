/**
 * The counts everything states: due targets apart from targets of later years, a measure once (the row that speaks
 * for it), groups adding up to the whole.
 */
import { type IndicatorInput, judgeIndicator } from '../../src/core/judging/indicator';
import { tallyByGroup, tallyIndicators } from '../../src/core/judging/tally';
import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { measureOf, NOT_SAME_MEASURE, SAME_MEASURES } from '../../src/core/plan/catalog/measures';

interface Item {
  key: string;
  group: string;
  measure: string | null;
  judgement: ReturnType<typeof judgeIndicator>;
}
const item = (key: string, group: string, measure: string | null, input: Partial<IndicatorInput>): Item => ({
  key,
  group,
  measure,
  judgement: judgeIndicator({ name: 'Tỷ lệ thử', unitOfMeasure: '%', targets: {}, result: '', year: 2026, ...input }),
});
const view = (i: Item) => i;
const keys = (list: Item[]) => list.map((i) => i.key);

const ITEMS: Item[] = [
  item('due-met', 'A', null, { targets: { 2026: '≥ 80' }, result: '85%' }),
  item('due-exact', 'A', null, { targets: { 2026: '80' }, result: '80%' }),
  item('due-missed', 'A', null, { targets: { 2025: '100%', 2030: '100%' }, result: '96%' }),
  item('due-missing', 'A', null, { targets: { 2026: '≥ 80' }, result: '' }),
  item('early', 'B', null, { targets: { 2030: '≥ 80' }, result: '82,54%' }),
  item('on-track', 'B', null, { targets: { 2025: '≥ 60%', 2030: '100%' }, result: '85%' }),
  item('behind', 'B', null, { targets: { 2025: '≥ 60%', 2030: '100%' }, result: '64%' }),
  item('not-due', 'B', null, { targets: { 2045: '100' }, result: '75%' }),
  item('n/a', 'B', null, { targets: { 2025: '-', 2030: '-' }, result: '' }),
  // One measure in two groups: the 2026-due row speaks for it (in group A); the other is left out.
  item('m-due', 'A', 'M1', { targets: { 2025: '100%', 2030: '100%' }, result: '100%' }),
  item('m-ahead', 'B', 'M1', { targets: { 2030: '100' }, result: '100%' }),
  // One measure, two later rows: the nearer year speaks.
  item('m-2045', 'B', 'M2', { targets: { 2045: '100' }, result: '75%' }),
  item('m-2030', 'B', 'M2', { targets: { 2030: '95' }, result: '75%' }),
];

describe('tallyIndicators', () => {
  const t = tallyIndicators(ITEMS, view);

  test('due targets: "đạt x/y chỉ tiêu đến hạn"', () => {
    expect(keys(t.due)).toEqual(['due-met', 'due-exact', 'due-missed', 'due-missing', 'm-due']);
    expect(keys(t.achieved)).toEqual(['due-met', 'due-exact', 'm-due']);
    expect(keys(t.exceeded)).toEqual(['due-met']);
    expect(keys(t.notAchieved)).toEqual(['due-missed']);
    expect(keys(t.dueMissing)).toEqual(['due-missing']);
  });

  test('targets of later years, by year; never counted as not achieved', () => {
    expect(keys(t.early)).toEqual(['early']);
    expect(keys(t.onTrack)).toEqual(['on-track']);
    expect(keys(t.behind)).toEqual(['behind']);
    expect(keys(t.notDue)).toEqual(['not-due', 'm-2030']);
    expect(t.aheadByYear.map((y) => [y.year, keys(y.items)])).toEqual([
      [2030, ['early', 'on-track', 'behind', 'm-2030']],
      [2045, ['not-due']],
    ]);
    expect(keys(t.notApplicable)).toEqual(['n/a']);
  });

  test('a measure in several rows is counted once', () => {
    expect(keys(t.sameMeasure)).toEqual(['m-ahead', 'm-2045']);
    expect(t.counted.length + t.sameMeasure.length).toBe(ITEMS.length);
  });

  test('per group, the measure counts in the group of the row that speaks for it: groups add up to the whole', () => {
    const groups = tallyByGroup(ITEMS, view, (i) => i.group);
    expect(groups.map((g) => g.group)).toEqual(['A', 'B']);
    const [a, b] = groups.map((g) => g.tally);
    expect(keys(a.due)).toEqual(keys(t.due));
    expect(keys(b.sameMeasure)).toEqual(['m-ahead', 'm-2045']);
    expect(a.counted.length + b.counted.length).toBe(t.counted.length);
  });

  test('a hand judgement counts where its verdict says', () => {
    const byHand = item('hand', 'A', null, { targets: { 2030: '≥ 80' }, result: '50%', review: 'Không đạt' });
    expect(keys(tallyIndicators([byHand], view).notAchieved)).toEqual(['hand']);
  });
});

describe('the catalog decides which rows measure the same thing', () => {
  const ids = new Set(PLAN_CATALOG.filter((r) => r.kind === 'indicator').map((r) => r.id));
  test('every linked row exists, is an indicator, and belongs to one measure only', () => {
    const seen = new Set<string>();
    for (const m of SAME_MEASURES) {
      expect(m.rows.length).toBeGreaterThanOrEqual(2);
      for (const id of m.rows) {
        expect({ id, exists: ids.has(id) }).toEqual({ id, exists: true });
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        expect(measureOf(id)).toBe(m.id);
      }
    }
  });
  test('the pairs of the issue: 5G, broadband, online public services; signatures deliberately not linked', () => {
    expect(measureOf('PL1-3.2')).toBe(measureOf('PL2-1'));
    expect(measureOf('PL1-3.1')).toBe(measureOf('PL2-2'));
    expect(measureOf('PL1-1.2')).toBe(measureOf('PL2-21'));
    for (const [a, b] of NOT_SAME_MEASURE)
      expect([a, b, measureOf(a) !== null && measureOf(a) === measureOf(b)]).toEqual([a, b, false]);
    expect(measureOf('PL1-8')).toBeNull();
  });
});
