/**
 * The counts everything states (the Tổng hợp tab, the charts, the report, the console), from the verdicts:
 * targets due this year ("đạt 03/05 chỉ tiêu đến hạn") apart from targets of a later year ("20 chỉ tiêu đến năm
 * 2030: 12 đúng lộ trình, 8 chậm lộ trình"), as real reports count them; a measure reported in several rows counted
 * once. Generic over the caller's item (a report line, an assessed row), so each keeps its own lists.
 */
import type { IndicatorJudgement } from './indicator';
import type { IndicatorVerdict } from './verdicts';

/** What the tally needs of an item. */
export interface TallyView {
  judgement: IndicatorJudgement | null;
  /** Rows with the same measure are counted once (null: the row is its own measure). */
  measure: string | null;
}

export interface IndicatorTally<T> {
  /** Items counted (one per measure), in input order. */
  counted: T[];
  /** Targets due this year (their year, after it, yearly, kept): the "đạt x/y chỉ tiêu đến hạn" figure's y. */
  due: T[];
  /** Due and met: Đạt and Vượt (the figure's x). */
  achieved: T[];
  /** Due and Vượt (a subset of achieved). */
  exceeded: T[];
  notAchieved: T[];
  /** Due, no result yet. */
  dueMissing: T[];
  /** Due, a person must judge. */
  dueNeedsReview: T[];
  /** Targets of a later year. */
  ahead: T[];
  /** Already at or above a target of a later year (Đạt / Vượt before the year). */
  early: T[];
  onTrack: T[];
  behind: T[];
  /** A later year's target with no baseline to draw the path from (the reason says how far is left). */
  notDue: T[];
  aheadMissing: T[];
  aheadNeedsReview: T[];
  /** No target this year (a "-" stage, a condition that did not occur). */
  notApplicable: T[];
  /** Rows not counted because another row of the same measure is. */
  sameMeasure: T[];
  /** Items of `ahead` by their target's year, years ascending. */
  aheadByYear: { year: number; items: T[] }[];
}

/**
 * Which row of a measure speaks for it: a due target before a later one, the nearest year first, then the less
 * favourable verdict (a figure before no figure).
 */
const PRIORITY_DUE: readonly IndicatorVerdict[] = ['NOT_ACHIEVED', 'ACHIEVED', 'EXCEEDED', 'NEEDS_REVIEW', 'MISSING'];
const PRIORITY_AHEAD: readonly IndicatorVerdict[] = [
  'BEHIND',
  'ON_TRACK',
  'NOT_DUE',
  'ACHIEVED',
  'EXCEEDED',
  'NEEDS_REVIEW',
  'MISSING',
];

/** Lower speaks first: a due target, then the nearest later year, then the verdict order above. */
function rank(j: IndicatorJudgement | null): number {
  if (!j) return 1e9;
  if (j.verdict === 'NOT_APPLICABLE') return 1e8;
  const ahead = j.timing === 'ahead';
  const list = ahead ? PRIORITY_AHEAD : PRIORITY_DUE;
  const i = list.indexOf(j.verdict);
  return (ahead ? 1e6 + (j.targetYear ?? 9999) * 100 : 0) + (i < 0 ? 50 : i);
}

/** The items that speak for their measure (the rest are `sameMeasure`), keeping input order. */
export function representatives<T>(
  items: readonly T[],
  view: (item: T) => TallyView,
): { counted: T[]; sameMeasure: T[] } {
  const best = new Map<string, { index: number; rank: number }>();
  items.forEach((item, index) => {
    const { judgement, measure } = view(item);
    if (!measure || !judgement) return;
    const r = rank(judgement);
    const current = best.get(measure);
    if (!current || r < current.rank) best.set(measure, { index, rank: r });
  });
  const counted: T[] = [];
  const sameMeasure: T[] = [];
  items.forEach((item, index) => {
    const { judgement, measure } = view(item);
    if (!judgement) return;
    if (measure && best.get(measure)?.index !== index) sameMeasure.push(item);
    else counted.push(item);
  });
  return { counted, sameMeasure };
}

/** Sorts counted items into the buckets (no deduplication: see tallyIndicators). */
function buckets<T>(counted: readonly T[], sameMeasure: T[], view: (item: T) => TallyView): IndicatorTally<T> {
  const t: IndicatorTally<T> = {
    counted: [...counted],
    due: [],
    achieved: [],
    exceeded: [],
    notAchieved: [],
    dueMissing: [],
    dueNeedsReview: [],
    ahead: [],
    early: [],
    onTrack: [],
    behind: [],
    notDue: [],
    aheadMissing: [],
    aheadNeedsReview: [],
    notApplicable: [],
    sameMeasure,
    aheadByYear: [],
  };
  const byYear = new Map<number, T[]>();
  for (const item of counted) {
    const j = view(item).judgement!;
    if (j.verdict === 'NOT_APPLICABLE') {
      t.notApplicable.push(item);
      continue;
    }
    // By the verdict where it says (a hand judgement may say "Không đạt" or "Đúng lộ trình" whatever the timing).
    const ahead =
      j.verdict === 'ON_TRACK' || j.verdict === 'BEHIND' || j.verdict === 'NOT_DUE'
        ? true
        : j.verdict === 'NOT_ACHIEVED'
          ? false
          : j.timing === 'ahead';
    if (ahead) {
      t.ahead.push(item);
      const year = j.targetYear ?? 0;
      byYear.set(year, [...(byYear.get(year) ?? []), item]);
      if (j.verdict === 'ACHIEVED' || j.verdict === 'EXCEEDED') t.early.push(item);
      else if (j.verdict === 'ON_TRACK') t.onTrack.push(item);
      else if (j.verdict === 'BEHIND') t.behind.push(item);
      else if (j.verdict === 'NOT_DUE') t.notDue.push(item);
      else if (j.verdict === 'MISSING') t.aheadMissing.push(item);
      else t.aheadNeedsReview.push(item);
      continue;
    }
    t.due.push(item);
    if (j.verdict === 'ACHIEVED' || j.verdict === 'EXCEEDED') t.achieved.push(item);
    if (j.verdict === 'EXCEEDED') t.exceeded.push(item);
    else if (j.verdict === 'NOT_ACHIEVED') t.notAchieved.push(item);
    else if (j.verdict === 'MISSING') t.dueMissing.push(item);
    else if (j.verdict !== 'ACHIEVED') t.dueNeedsReview.push(item);
  }
  t.aheadByYear = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, items]) => ({ year, items }));
  return t;
}

/**
 * The counts of a set of judged indicator rows, a measure counted once (by the row that speaks for it: a target
 * due this year before one of a later year, the less favourable verdict first). Items without a judgement (group
 * rows) are left out.
 */
export function tallyIndicators<T>(items: readonly T[], view: (item: T) => TallyView): IndicatorTally<T> {
  const { counted, sameMeasure } = representatives(items, view);
  return buckets(counted, sameMeasure, view);
}

/**
 * The counts per group (appendix and group, a unit…), in the order groups first appear, where a measure reported
 * in several groups is counted in the group of the row that speaks for it only: the groups add up to the whole.
 */
export function tallyByGroup<T>(
  items: readonly T[],
  view: (item: T) => TallyView,
  groupOf: (item: T) => string,
): { group: string; tally: IndicatorTally<T> }[] {
  const { counted, sameMeasure } = representatives(items, view);
  const isCounted = new Set(counted);
  const groups: string[] = [];
  for (const item of items) {
    if (!view(item).judgement) continue;
    const g = groupOf(item);
    if (!groups.includes(g)) groups.push(g);
  }
  return groups.map((group) => ({
    group,
    tally: buckets(
      items.filter((i) => isCounted.has(i) && groupOf(i) === group),
      sameMeasure.filter((i) => groupOf(i) === group),
      view,
    ),
  }));
}
