/**
 * The verdict on one indicator for a reporting year: which milestone applies, what the unit reported,
 * how they compare, whether a result between milestones is on track, and the VHXH office's hand judgement
 * last. Rules are written out in docs/judging.md; every branch here has a rule there.
 */

import { formatDate } from '../dates';
import { cleanText, foldText } from '../text';
import { IND } from './messages';
import { formatPercent, formatVietnameseNumber } from './numbers';
import {
  conditionIn,
  formatQuantity,
  type Interval,
  interval,
  isDisjoint,
  isSubset,
  type ParsedResult,
  type ParsedTarget,
  PERCENT,
  parseResult,
  parseTarget,
  type QuantityUnit,
  quickClean,
  scaleInterval,
  targetDisplay,
  targetSets,
} from './quantity';
import { parseIndicatorReview } from './reviews';
import { type IndicatorVerdict, type TrackStatus, VERDICT_LABELS } from './verdicts';

export interface IndicatorInput {
  /** The indicator's name (conditions such as "(Nếu được thành phố lựa chọn xây dựng)" may sit here). */
  name: string;
  /** "%", "% dân số", "% tổng chi ngân sách nhà nước", "" ... */
  unitOfMeasure: string;
  /** year -> target text as written, e.g. {"2025":"≥60%","2030":"100%"} or {"2030":"≥ 80"}. Empty texts are ignored. */
  targets: Record<string, string>;
  /** The cell value as read from the sheet (string, number, Date, boolean, "" ...). */
  result: unknown;
  /** The unit's explanation column (may say why there is no figure). */
  evidence?: unknown;
  /** The VHXH office's hand judgement: overrides the computed verdict when recognised. */
  review?: unknown;
  /** The reporting year. */
  year: number;
}

export interface IndicatorJudgement {
  verdict: IndicatorVerdict;
  /** VERDICT_LABELS[verdict], plus " (Phòng VHXH)" when set by hand. */
  label: string;
  /** One line of Vietnamese. */
  reason: string;
  /** The target text this verdict was judged against ("" if none). */
  applicableTarget: string;
  /** The milestone year judged against. */
  targetYear: number | null;
  /** ON_TRACK / BEHIND between milestones, else null. */
  track: TrackStatus | null;
  /** True when `review` decided. */
  byHand: boolean;
  /** The number read from the result (a ratio as a percentage when the unit is %), else null. */
  resultValue: number | null;
}

interface Milestone {
  year: number;
  text: string;
}

interface MilestonePick {
  current: Milestone;
  /** The milestone before the reporting year, when the reporting year lies between two milestones. */
  previous: Milestone | null;
}

const cleanCache = new Map<string, string>();
/** cleanText for the short texts that repeat on every row (targets, names): memoised. */
function cleanRepeated(value: unknown): string {
  if (typeof value !== 'string') return cleanText(value);
  let c = cleanCache.get(value);
  if (c === undefined) {
    c = quickClean(value);
    if (cleanCache.size > 20000) cleanCache.clear();
    cleanCache.set(value, c);
  }
  return c;
}

/** The milestones of a row, sorted by year (recomputed per call: callers may reuse and change the object). */
function milestonesOf(targets: Record<string, string>): Milestone[] {
  const list: Milestone[] = [];
  for (const key of Object.keys(targets)) {
    const y = Number(key.trim());
    if (!Number.isInteger(y) || y < 1900 || y > 2200) continue;
    const value: unknown = targets[key];
    const text = typeof value === 'number' ? formatVietnameseNumber(value, 6) : cleanRepeated(value);
    if (text) list.push({ year: y, text });
  }
  if (list.length > 1) list.sort((a, b) => a.year - b.year);
  return list;
}

/** The milestone a reporting year is judged against (see docs/judging.md, "Mốc chỉ tiêu"). */
export function pickMilestone(targets: Record<string, string>, year: number): MilestonePick | null {
  if (!targets || typeof targets !== 'object') return null;
  const list = milestonesOf(targets);
  if (!list.length) return null;
  let nextIndex = -1;
  for (let i = 0; i < list.length; i++) {
    if (list[i].year === year) return { current: list[i], previous: null };
    if (list[i].year > year) {
      nextIndex = i;
      break;
    }
  }
  if (nextIndex < 0) return { current: list[list.length - 1], previous: null };
  return { current: list[nextIndex], previous: nextIndex > 0 ? list[nextIndex - 1] : null };
}

interface NameInfo {
  name: string;
  condition: string | null;
  /** "Tỷ lệ …": a bare number is a percentage. */
  isRate: boolean;
}
const nameCache = new Map<string, NameInfo>();
function nameInfo(raw: unknown): NameInfo {
  const key = typeof raw === 'string' ? raw : String(raw ?? '');
  let info = nameCache.get(key);
  if (!info) {
    const name = cleanText(key);
    info = {
      name,
      condition: name.includes('(') ? conditionIn(name) : null,
      isRate: /^(ty le|ti le)\b/.test(foldText(name)),
    };
    if (nameCache.size > 5000) nameCache.clear();
    nameCache.set(key, info);
  }
  return info;
}

type Numeric = Extract<ParsedTarget, { kind: 'numeric' }>;
type NumberResult = Extract<ParsedResult, { kind: 'number' }>;

/** The result in the target's unit, or why it cannot be. */
type Reconciled =
  | { ok: true; range: Interval; value: number; display: string; unit: QuantityUnit }
  | { ok: false; resultKind: string; display: string };

function resultDisplay(r: NumberResult, unit: QuantityUnit): string {
  const prefix = r.estimate ? IND.estimate : '';
  if (r.ratio)
    return `${prefix}${formatVietnameseNumber(r.ratio.num)}/${formatVietnameseNumber(r.ratio.den)} (${formatPercent(r.value)})`;
  if (r.op !== '=') return `'${r.text}'`;
  if (r.unit && r.unit.kind === 'money') return `${prefix}${formatVietnameseNumber(r.value)} ${r.unit.label}`;
  return `${prefix}${formatQuantity(r.value, r.unit ?? unit)}`;
}

function reconcile(_t: Numeric, tu: QuantityUnit, r: NumberResult): Reconciled {
  const ru = r.unit;
  if (r.ratio) {
    if (tu.kind === 'percent' || tu.kind === 'none')
      return { ok: true, range: r.range, value: r.value, display: resultDisplay(r, PERCENT), unit: PERCENT };
    return { ok: false, resultKind: IND.kindRatio, display: `'${r.text}'` };
  }
  if (!ru) return { ok: true, range: r.range, value: r.value, display: resultDisplay(r, tu), unit: tu };
  switch (ru.kind) {
    case 'percent':
      if (tu.kind === 'percent' || tu.kind === 'none')
        return { ok: true, range: r.range, value: r.value, display: resultDisplay(r, PERCENT), unit: PERCENT };
      return { ok: false, resultKind: IND.kindPercent, display: `'${r.text}'` };
    case 'money':
      if (tu.kind === 'money') {
        const k = ru.factor / tu.factor;
        return {
          ok: true,
          range: scaleInterval(r.range, k),
          value: r.value * k,
          display: resultDisplay(r, tu),
          unit: tu,
        };
      }
      return { ok: false, resultKind: IND.kindMoney, display: `'${r.text}'` };
    case 'count':
      if (tu.kind === 'none' || (tu.kind === 'count' && tu.key === ru.key))
        return { ok: true, range: r.range, value: r.value, display: resultDisplay(r, ru), unit: ru };
      return { ok: false, resultKind: IND.kindCount(ru.label), display: `'${r.text}'` };
    default:
      return { ok: true, range: r.range, value: r.value, display: resultDisplay(r, tu), unit: tu };
  }
}

function targetUnitText(tu: QuantityUnit, unitColumn: string): string {
  const column = cleanText(unitColumn);
  if (tu.kind === 'percent') return column.includes('%') ? column : IND.unitPercent;
  if (tu.kind === 'money') return tu.label || IND.unitMoney;
  if (tu.kind === 'count') return IND.unitCount(tu.label);
  return IND.unitNone;
}

/** The target's unit, with a bare number in a "Tỷ lệ …" indicator taken as a percentage. */
function effectiveUnit(t: Numeric, info: NameInfo): QuantityUnit {
  if (t.unit.kind !== 'none') return t.unit;
  return info.isRate ? PERCENT : t.unit;
}

interface Draft {
  verdict: IndicatorVerdict;
  reason: string;
  track?: TrackStatus | null;
  resultValue?: number | null;
}

function evidenceText(value: unknown): string {
  return value === undefined || value === null || value === '' ? '' : cleanText(value);
}

function computeDraft(input: IndicatorInput, pick: MilestonePick | null, result: ParsedResult): Draft {
  const year = input.year;
  const info = nameInfo(input.name);
  const target = pick ? parseTarget(pick.current.text, input.unitOfMeasure) : null;
  const condition = info.condition ?? target?.condition ?? null;
  const resultText = result.kind === 'empty' ? '' : 'text' in result ? result.text : '';
  const milestone = pick && pick.current.year !== year ? IND.milestone(pick.current.year) : '';

  // 1. No target this stage.
  if (pick && target && target.kind === 'none') {
    return {
      verdict: 'NOT_APPLICABLE',
      reason:
        IND.noTargetStage(year, pick.current.year, pick.current.text) +
        (resultText ? IND.resultIgnored(resultText) : ''),
    };
  }
  // 2. Nothing reported.
  if (result.kind === 'empty' || result.kind === 'noData') {
    let reason = result.kind === 'empty' ? IND.missing : IND.noData(result.text);
    const evidence = evidenceText(input.evidence);
    if (evidence) reason += IND.evidence(evidence);
    if (condition && !evidence) reason += IND.conditionHint(condition);
    return { verdict: 'MISSING', reason };
  }
  // 3. "Không áp dụng" from the unit.
  if (result.kind === 'notApplicable') {
    const evidence = evidenceText(input.evidence);
    if (condition) {
      return {
        verdict: 'NOT_APPLICABLE',
        reason: IND.notApplicableCondition(condition) + (evidence ? IND.evidence(evidence) : IND.noEvidence),
      };
    }
    return {
      verdict: 'NEEDS_REVIEW',
      reason: IND.notApplicableWithoutCondition(result.text) + (evidence ? IND.evidence(evidence) : ''),
    };
  }
  // 4. A result cell the unit must fix.
  switch (result.kind) {
    case 'formula':
      return { verdict: 'NEEDS_REVIEW', reason: IND.formula };
    case 'html':
      return { verdict: 'NEEDS_REVIEW', reason: IND.html };
    case 'date':
      return { verdict: 'NEEDS_REVIEW', reason: IND.date(formatDate(result.date)) };
    case 'boolean':
      return { verdict: 'NEEDS_REVIEW', reason: IND.boolean };
    case 'approximate':
      return { verdict: 'NEEDS_REVIEW', reason: IND.approximate(result.text) };
    case 'unreadableNumber':
      return { verdict: 'NEEDS_REVIEW', reason: IND.unreadable(result.text) };
    case 'badRatio':
      return {
        verdict: 'NEEDS_REVIEW',
        reason: result.den === 0 ? IND.zeroDenominator(result.text) : IND.numeratorTooBig(result.text),
      };
    default:
      break;
  }
  if (result.kind === 'number' && result.ambiguous) {
    return { verdict: 'NEEDS_REVIEW', reason: IND.ambiguous(result.text, result.suggestion) };
  }
  // 5. Targets a person must judge.
  if (!pick || !target) return { verdict: 'NEEDS_REVIEW', reason: IND.noTargets };
  switch (target.kind) {
    case 'empty':
      return { verdict: 'NEEDS_REVIEW', reason: IND.emptyTarget(pick.current.year) };
    case 'qualitative':
      return { verdict: 'NEEDS_REVIEW', reason: IND.qualitativeTarget(target.text, resultText) };
    case 'compound':
      return {
        verdict: 'NEEDS_REVIEW',
        reason: IND.compoundTarget(target.parts, resultText),
        resultValue: result.kind === 'number' && result.ratio ? result.value : null,
      };
    case 'unreadable':
      return { verdict: 'NEEDS_REVIEW', reason: IND.unreadableTarget(target.text) };
    default:
      break;
  }
  if (target.kind !== 'numeric') return { verdict: 'NEEDS_REVIEW', reason: IND.unreadableTarget(pick.current.text) };
  if (target.ambiguous) return { verdict: 'NEEDS_REVIEW', reason: IND.ambiguousTarget(target.text) };
  const tu = effectiveUnit(target, info);
  const display =
    tu === target.unit ? target.display : targetDisplay(target.op, target.min, target.max, target.explicit, tu);
  const targetShown = `${display}${target.scope ? ` ${target.scope}` : ''}${milestone}`;

  // 6. Words instead of a figure.
  if (result.kind === 'word') return { verdict: 'NEEDS_REVIEW', reason: IND.selfAssessed(result.text, targetShown) };
  if (result.kind !== 'number') return { verdict: 'NEEDS_REVIEW', reason: IND.freeText(resultText, targetShown) };

  // 7. Units.
  const rec = reconcile(target, tu, result);
  if (!rec.ok) {
    return {
      verdict: 'NEEDS_REVIEW',
      reason: IND.unitMismatch(
        rec.display,
        rec.resultKind,
        display + milestone,
        targetUnitText(tu, input.unitOfMeasure),
      ),
      resultValue: result.ratio ? null : result.value,
    };
  }
  const resultValue = rec.value;
  if (rec.unit.kind === 'percent' && rec.range.lo > 100) {
    return { verdict: 'NEEDS_REVIEW', reason: IND.over100(rec.display), resultValue };
  }

  // 8. Compare.
  const sets = targetSets(target);
  const R = rec.range;
  const point = R.lo === R.hi;
  let verdict: IndicatorVerdict;
  let reason: string;
  if (sets.exceeded && isSubset(R, sets.exceeded)) {
    verdict = 'EXCEEDED';
    reason = IND.exceeded(rec.display, targetShown);
  } else if (isSubset(R, sets.achieved)) {
    verdict = 'ACHIEVED';
    reason =
      !point && sets.exceeded && !isDisjoint(R, sets.exceeded)
        ? IND.achievedAtLeast(rec.display, targetShown)
        : IND.achieved(rec.display, targetShown);
  } else if (isDisjoint(R, sets.achieved)) {
    verdict = 'NOT_ACHIEVED';
    if (!sets.up) reason = IND.higher(rec.display, targetShown);
    else if (R.hi < target.min) reason = IND.lower(rec.display, targetShown);
    else reason = IND.notReached(rec.display, targetShown);
  } else {
    return {
      verdict: 'NEEDS_REVIEW',
      reason: (result.op === 'range' ? IND.rangeUnclear : IND.boundUnclear)(result.text, targetShown),
      resultValue,
    };
  }

  // 9. On track between milestones.
  let track: TrackStatus | null = null;
  if (pick.previous) {
    const prev = parseTarget(pick.previous.text, input.unitOfMeasure);
    if (prev.kind === 'numeric' && !prev.ambiguous) {
      const pu = effectiveUnit(prev, info);
      const prevSets = targetSets(prev);
      const sameUnit = pu.kind === tu.kind && pu.key === tu.key;
      if (sameUnit && prevSets.up === sets.up) {
        const from = prev.min * (pu.factor / tu.factor);
        const to = target.min;
        const span = pick.current.year - pick.previous.year;
        const expected = Math.round((from + ((to - from) * (year - pick.previous.year)) / span) * 1e9) / 1e9;
        const want = sets.up ? interval(expected, false, Infinity, true) : interval(-Infinity, true, expected, false);
        const shown = `${sets.up ? '≥' : '≤'} ${formatQuantity(expected, tu)}`;
        if (isSubset(R, want)) {
          track = 'ON_TRACK';
          reason += IND.onTrack(shown, year);
        } else if (isDisjoint(R, want)) {
          track = 'BEHIND';
          reason += IND.behind(shown, year);
        }
      }
    }
  }
  return { verdict, reason, track, resultValue };
}

/** Judge one indicator for the reporting year. Never throws: anything unexpected is NEEDS_REVIEW with the reason. */
export function judgeIndicator(input: IndicatorInput): IndicatorJudgement {
  const pick = pickMilestone(input.targets, input.year);
  const result = parseResult(input.result);
  let draft: Draft;
  try {
    draft = computeDraft(input, pick, result);
  } catch {
    draft = { verdict: 'NEEDS_REVIEW', reason: IND.internalError };
  }
  const computed: IndicatorJudgement = {
    verdict: draft.verdict,
    label: VERDICT_LABELS[draft.verdict],
    reason: draft.reason,
    applicableTarget: pick ? pick.current.text : '',
    targetYear: pick ? pick.current.year : null,
    track: draft.track ?? null,
    byHand: false,
    resultValue: draft.resultValue ?? null,
  };
  if (computed.resultValue === null && draft.resultValue === undefined) {
    const r = result;
    if (r.kind === 'number' && !r.ambiguous && !r.ratio && r.op === '=') computed.resultValue = r.value;
  }
  const review = parseIndicatorReview(input.review);
  if (review.kind === 'value') {
    const label = VERDICT_LABELS[review.value];
    return {
      ...computed,
      verdict: review.value,
      label: label + IND.byHandSuffix,
      reason: IND.byHand(label, computed.label, computed.reason),
      byHand: true,
    };
  }
  if (review.kind === 'unknown') computed.reason += IND.invalidReview(review.text);
  return computed;
}
