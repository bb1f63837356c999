/**
 * Where each indicator stands for the report, and the counts the report states: targets due this year
 * ("đạt 03/05 chỉ tiêu đến hạn") apart from targets on the way to a later year ("20 chỉ tiêu đến năm 2030:
 * 12 đúng lộ trình, 8 chậm lộ trình").
 *
 * This is the ONE place the report reads verdicts for its counts. Today it derives the standing from the
 * judgement each row already carries (verdict, the year of the target it was judged against, the track between
 * milestones). When the judging module exposes its own tally of due vs on-the-way targets (issue 17: verdicts by
 * timing, one measure counted once), `standingOf` and `countIndicators` are what to point at it; nothing else in
 * the report decides a verdict.
 */
import type { IndicatorVerdict } from '../judging/verdicts';

export type Standing =
  /** Due this year (or in force every year): */
  | 'ACHIEVED'
  | 'EXCEEDED'
  | 'NOT_ACHIEVED'
  /** Due later: */
  | 'REACHED_EARLY'
  | 'ON_TRACK'
  | 'BEHIND'
  /** Due later, below the target, no path to measure against (no earlier milestone): how far is told. */
  | 'SHORT'
  /** Either: */
  | 'NO_DATA'
  | 'INVALID'
  | 'UNJUDGED'
  | 'NOT_APPLICABLE';

export interface StandingInput {
  verdict: IndicatorVerdict;
  targetYear: number | null;
  track: 'ON_TRACK' | 'BEHIND' | null;
  /** The typed result cannot be printed (formula, HTML, unreadable number). */
  invalid: boolean;
}

/** True when the target judged against is due in the reporting year (or has no year: in force every year). */
export function isDue(input: Pick<StandingInput, 'targetYear'>, year: number): boolean {
  return input.targetYear === null || input.targetYear <= year;
}

export function standingOf(input: StandingInput, year: number): Standing {
  if (input.invalid) return 'INVALID';
  switch (input.verdict) {
    case 'NOT_APPLICABLE':
      return 'NOT_APPLICABLE';
    case 'MISSING':
      return 'NO_DATA';
    case 'NEEDS_REVIEW':
      return 'UNJUDGED';
    default:
      break;
  }
  if (isDue(input, year)) return input.verdict as 'ACHIEVED' | 'EXCEEDED' | 'NOT_ACHIEVED';
  if (input.verdict === 'ACHIEVED' || input.verdict === 'EXCEEDED') return 'REACHED_EARLY';
  if (input.track === 'ON_TRACK') return 'ON_TRACK';
  if (input.track === 'BEHIND') return 'BEHIND';
  return 'SHORT';
}

export interface IndicatorCounts {
  /** Targets due this year: total counted, then by standing. */
  due: {
    total: number;
    achieved: number;
    exceeded: number;
    notAchieved: number;
    noData: number;
    invalid: number;
    unjudged: number;
  };
  /** Targets due in a later year, by that year ("2030" → 20), then by standing. */
  later: {
    total: number;
    years: number[];
    reachedEarly: number;
    onTrack: number;
    behind: number;
    short: number;
    noData: number;
    invalid: number;
    unjudged: number;
  };
  notApplicable: number;
}

export function countIndicators(
  lines: readonly { standing: Standing; targetYear: number | null }[],
  year: number,
): IndicatorCounts {
  const of = (s: Standing, due: boolean) =>
    lines.filter((l) => l.standing === s && isDue(l, year) === due && l.standing !== 'NOT_APPLICABLE').length;
  const counted = lines.filter((l) => l.standing !== 'NOT_APPLICABLE');
  const later = counted.filter((l) => !isDue(l, year));
  return {
    due: {
      total: counted.length - later.length,
      achieved: of('ACHIEVED', true) + of('EXCEEDED', true),
      exceeded: of('EXCEEDED', true),
      notAchieved: of('NOT_ACHIEVED', true),
      noData: of('NO_DATA', true),
      invalid: of('INVALID', true),
      unjudged: of('UNJUDGED', true),
    },
    later: {
      total: later.length,
      years: [...new Set(later.map((l) => l.targetYear as number))].sort((a, b) => a - b),
      reachedEarly: of('REACHED_EARLY', false),
      onTrack: of('ON_TRACK', false),
      behind: of('BEHIND', false),
      short: of('SHORT', false),
      noData: of('NO_DATA', false),
      invalid: of('INVALID', false),
      unjudged: of('UNJUDGED', false),
    },
    notApplicable: lines.length - counted.length,
  };
}
