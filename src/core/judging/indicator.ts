/**
 * The verdict on one indicator for a reporting year: which target applies and whether it is due this year, what
 * the unit reported, how they compare, where a result stands on the path to a target of a later year, and the VHXH
 * office's hand judgement last. Rules are written out in docs/judging.md; every branch here has a rule there.
 */

import { formatDate } from '../dates';
import { cleanText, foldText } from '../text';
import { JUDGING_TEXT } from './messages';
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
  type ResultPart,
  resultParts,
  scaleInterval,
  targetDisplay,
  targetSets,
} from './quantity';
import { parseIndicatorReview } from './reviews';
import { type IndicatorVerdict, type TrackStatus, VERDICT_LABELS } from './verdicts';

const IND = JUDGING_TEXT.indicator;
const PATH = JUDGING_TEXT.path;
const APPLICABLE = JUDGING_TEXT.applicable;

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
  /**
   * The indicator's own results of earlier years (a history tab): the most recent one before the reporting year
   * is the baseline of the path to a target of a later year. Values are read like results ("82,5%", 0.8, "3/4").
   */
  history?: readonly { year: number; value: unknown }[];
}

/** Why the target judged against applies this year. */
export type TargetBasis =
  /** The reporting year is the target's year. */
  | 'milestone'
  /** After the last milestone: the last target stays. */
  | 'after'
  /** A yearly target ("hằng năm", "mỗi năm"): due every year. */
  | 'yearly'
  /** Already due at the previous milestone and kept at the same level at the next: in force every year between. */
  | 'kept'
  /** A target of a later year. */
  | 'ahead';

export interface IndicatorJudgement {
  verdict: IndicatorVerdict;
  /** VERDICT_LABELS[verdict], plus " (Phòng VHXH)" when set by hand. */
  label: string;
  /** One line of Vietnamese a leader can read. */
  reason: string;
  /** The target text this verdict was judged against ("" if none). */
  applicableTarget: string;
  /** The "Chỉ tiêu áp dụng" column: the target with its year ("100 (đến năm 2030)", "3% (hằng năm)"). */
  applicableShown: string;
  /**
   * The year the applicable target is due: the milestone's year, or the reporting year for a yearly or kept
   * target. Later than the reporting year only when timing is 'ahead'.
   */
  targetYear: number | null;
  /** 'due': judged Đạt / Vượt / Không đạt; 'ahead': a target of a later year (never Không đạt); null: no target. */
  timing: 'due' | 'ahead' | null;
  basis: TargetBasis | null;
  /** ON_TRACK / BEHIND when the verdict is that (kept for readers of the older field). */
  track: TrackStatus | null;
  /** The "Lộ trình" column: a few words on where the row stands against the target's year. */
  path: string;
  /** True when `review` decided. */
  byHand: boolean;
  /** The number read from the result, in the target's unit (a ratio as a percentage when the unit is %), else null. */
  resultValue: number | null;
  /** The one figure the result gives, for comparing rows that report the same measure; null when not one figure. */
  figure: ResultFigure | null;
  /**
   * This year's figure against the indicator's own latest earlier result (`history`), when both are one figure in the
   * target's unit: what the report states ("tăng 4,2 điểm % so với năm 2025"). null otherwise.
   */
  change: ResultChange | null;
}

/** How a figure changed from the latest earlier year recorded. */
export interface ResultChange {
  /** The earlier year compared with. */
  year: number;
  /** This year's figure minus the earlier one, in the target's unit (percentage points for a percentage). */
  delta: number;
  /** |delta| as a reason writes it: "4,2 điểm %", "3 trường", "250.000.000 đồng". */
  amount: string;
}

/** A single figure as written: its value, its unit, how precisely it is written, how it is shown. */
export interface ResultFigure {
  value: number;
  /** "%" for percentages and ratios, "dong" for money, the count noun, "" for a bare number. */
  unit: string;
  /** Decimal digits written (a ratio: exact, Infinity). */
  decimals: number;
  shown: string;
}

interface Milestone {
  year: number;
  text: string;
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

interface NameInfo {
  name: string;
  condition: string | null;
  /** "Tỷ lệ …": a bare number is a percentage. */
  isRate: boolean;
  /** "… hằng năm", "mỗi năm", "bình quân hằng năm": a target due every year. */
  yearly: boolean;
}
const YEARLY = /\b(hang nam|moi nam|tung nam)\b/;
const nameCache = new Map<string, NameInfo>();
function nameInfo(raw: unknown): NameInfo {
  const key = typeof raw === 'string' ? raw : String(raw ?? '');
  let info = nameCache.get(key);
  if (!info) {
    const name = cleanText(key);
    const folded = foldText(name);
    info = {
      name,
      condition: name.includes('(') ? conditionIn(name) : null,
      isRate: /^(ty le|ti le)\b/.test(folded),
      yearly: YEARLY.test(folded),
    };
    if (nameCache.size > 5000) nameCache.clear();
    nameCache.set(key, info);
  }
  return info;
}

type Numeric = Extract<ParsedTarget, { kind: 'numeric' }>;
type NumberResult = Extract<ParsedResult, { kind: 'number' }>;

/** The target's unit, with a bare number in a "Tỷ lệ …" indicator taken as a percentage. */
function effectiveUnit(t: Numeric, info: NameInfo): QuantityUnit {
  if (t.unit.kind !== 'none') return t.unit;
  return info.isRate ? PERCENT : t.unit;
}

// ---------------------------------------------------------------- which target applies

type Resolution =
  | { kind: 'none' }
  /** "-" for the stage the reporting year is in. */
  | { kind: 'notApplicable'; m: Milestone }
  | { kind: 'due'; m: Milestone; basis: Exclude<TargetBasis, 'ahead'>; until: number | null }
  | { kind: 'ahead'; m: Milestone; previous: Milestone | null };

function sameLevel(a: Milestone, b: Milestone, unitColumn: string, info: NameInfo): boolean {
  const ta = parseTarget(a.text, unitColumn);
  const tb = parseTarget(b.text, unitColumn);
  if (ta.kind === 'qualitative' && tb.kind === 'qualitative') return foldText(ta.text) === foldText(tb.text);
  if (ta.kind !== 'numeric' || tb.kind !== 'numeric' || ta.dotDecimal || tb.dotDecimal) return false;
  const ua = effectiveUnit(ta, info);
  const ub = effectiveUnit(tb, info);
  if (ua.kind !== ub.kind || ua.key !== ub.key) return false;
  if (targetSets(ta).up !== targetSets(tb).up) return false;
  return Math.abs(ta.min * ua.factor - tb.min * ub.factor) < 1e-9 * Math.max(1, Math.abs(tb.min * ub.factor));
}

const resolutionCache = new Map<string, Resolution>();
const foldCache = new Map<string, string>();
function foldRepeated(text: string): string {
  let f = foldCache.get(text);
  if (f === undefined) {
    f = foldText(text);
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(text, f);
  }
  return f;
}

/**
 * The target a reporting year is judged against, and whether it is due (docs/judging.md, "Mốc chỉ tiêu").
 * Memoised on what decides it (the milestones' texts, the year, the unit column, the name's "hằng năm").
 */
function resolveTarget(targets: Record<string, string>, year: number, unitColumn: string, info: NameInfo): Resolution {
  if (!targets || typeof targets !== 'object') return { kind: 'none' };
  const list = milestonesOf(targets);
  if (!list.length) return { kind: 'none' };
  let key = `${year}\u0001${unitColumn}\u0001${info.yearly ? 1 : 0}\u0001${info.isRate ? 1 : 0}`;
  for (const m of list) key += `\u0001${m.year}\u0002${m.text}`;
  let cached = resolutionCache.get(key);
  if (!cached) {
    cached = resolveUncached(list, year, unitColumn, info);
    if (resolutionCache.size > 20000) resolutionCache.clear();
    resolutionCache.set(key, cached);
  }
  return cached;
}

function resolveUncached(list: Milestone[], year: number, unitColumn: string, info: NameInfo): Resolution {
  const isNone = (m: Milestone) => parseTarget(m.text, unitColumn).kind === 'none';
  const exact = list.find((m) => m.year === year);
  const next = list.find((m) => m.year > year);
  const last = list[list.length - 1];
  const yearly = info.yearly || YEARLY.test(foldRepeated((exact ?? next ?? last).text));
  if (yearly) {
    const m = exact ?? next ?? last;
    if (isNone(m)) return { kind: 'notApplicable', m };
    return { kind: 'due', m, basis: exact ? 'milestone' : 'yearly', until: null };
  }
  if (exact)
    return isNone(exact)
      ? { kind: 'notApplicable', m: exact }
      : { kind: 'due', m: exact, basis: 'milestone', until: null };
  if (!next)
    return isNone(last) ? { kind: 'notApplicable', m: last } : { kind: 'due', m: last, basis: 'after', until: null };
  if (isNone(next)) return { kind: 'notApplicable', m: next };
  let previous: Milestone | null = null;
  for (const m of list) if (m.year < year) previous = m;
  if (previous && isNone(previous)) previous = null;
  if (previous && sameLevel(previous, next, unitColumn, info))
    return { kind: 'due', m: previous, basis: 'kept', until: next.year };
  return { kind: 'ahead', m: next, previous };
}

/** The milestone a reporting year is judged against (kept for callers of the older API). */
export function pickMilestone(
  targets: Record<string, string>,
  year: number,
): { current: Milestone; previous: Milestone | null } | null {
  const r = resolveTarget(targets, year, '', nameInfo(''));
  if (r.kind === 'none') return null;
  return { current: r.m, previous: r.kind === 'ahead' ? r.previous : null };
}

// ---------------------------------------------------------------- results in the target's unit

/** The result in the target's unit, or why it cannot be. */
type Reconciled =
  | { ok: true; range: Interval; value: number; display: string; unit: QuantityUnit }
  | { ok: false; resultKind: string; display: string };

function resultDisplay(r: NumberResult, unit: QuantityUnit): string {
  const prefix = r.estimate ? IND.estimate : '';
  if (r.ratio)
    return `${prefix}${formatVietnameseNumber(r.ratio.num)}/${formatVietnameseNumber(r.ratio.den)} (${formatPercent(r.value)})`;
  if (r.op !== '=') return `'${r.text}'`;
  const written = r.dotDecimal ? IND.writtenAs(r.text) : '';
  if (r.unit && r.unit.kind === 'money') return `${prefix}${formatVietnameseNumber(r.value)} ${r.unit.label}${written}`;
  return `${prefix}${formatQuantity(r.value, r.unit ?? unit)}${written}`;
}

function reconcile(tu: QuantityUnit, r: NumberResult): Reconciled {
  const ru = r.unit;
  if (r.ratio) {
    if (tu.kind === 'percent' || tu.kind === 'none')
      return { ok: true, range: r.range, value: r.value, display: resultDisplay(r, PERCENT), unit: PERCENT };
    if (tu.kind === 'count') {
      // "34/34 nhóm" against "34 nhóm": the count done is the numerator, when the noun is the target's.
      const noun = foldText(r.ratio.noun).split(/[^a-z0-9]+/)[0] ?? '';
      if (noun && noun === tu.key) {
        const n = r.ratio.num;
        return {
          ok: true,
          range: interval(n, false, n, false),
          value: n,
          display: `${formatVietnameseNumber(n)}/${formatVietnameseNumber(r.ratio.den)}${r.ratio.noun ? ` ${r.ratio.noun}` : ''}`,
          unit: tu,
        };
      }
    }
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

/** Digits after the decimal comma in a typed figure ("82,54%" → 2). */
function decimalsOf(text: string): number {
  const m = /(\d)[,.](\d+)(?!.*\d)/.exec(text);
  return m ? m[2].length : 0;
}

/** The one figure a result gives (for rows of the same measure), in its own unit. */
function figureOf(r: ParsedResult): ResultFigure | null {
  if (r.kind !== 'number' || r.op !== '=' || r.value < 0) return null;
  if (r.ratio) return { value: r.value, unit: '%', decimals: Infinity, shown: resultDisplay(r, PERCENT) };
  const unit = r.unit ?? null;
  return {
    value: unit?.kind === 'money' ? r.value * unit.factor : r.value,
    unit: unit ? unit.key : '',
    decimals: decimalsOf(r.text),
    shown: `'${r.text}'`,
  };
}

/**
 * The one figure a typed result gives, read as judging reads it ("82,54%", "375/394" as 95,18%, "80"); null when it
 * gives none ("trên 70%", "Đạt", text). What the overview charts across the years (Lịch sử values and this year's).
 */
export function resultFigure(value: unknown): ResultFigure | null {
  return figureOf(parseResult(value));
}

// ---------------------------------------------------------------- comparing

type Outcome = 'EXCEEDED' | 'ACHIEVED' | 'NOT_ACHIEVED' | 'UNCLEAR';

function compare(
  R: Interval,
  t: { op: Numeric['op']; min: number; max: number },
): { outcome: Outcome; atLeast: boolean } {
  const sets = targetSets(t);
  if (sets.exceeded && isSubset(R, sets.exceeded)) return { outcome: 'EXCEEDED', atLeast: false };
  if (isSubset(R, sets.achieved)) {
    const point = R.lo === R.hi;
    return { outcome: 'ACHIEVED', atLeast: !point && !!sets.exceeded && !isDisjoint(R, sets.exceeded) };
  }
  if (isDisjoint(R, sets.achieved)) return { outcome: 'NOT_ACHIEVED', atLeast: false };
  return { outcome: 'UNCLEAR', atLeast: false };
}

function shortfallReason(R: Interval, t: Numeric, display: string, targetShown: string): string {
  if (!targetSets(t).up) return IND.higher(display, targetShown);
  if (R.hi < t.min) return IND.lower(display, targetShown);
  return IND.notReached(display, targetShown);
}

/** How far a result is from the target: "còn 4,82 điểm %", "còn 250 lượt". */
function gapText(value: number, t: Numeric, unit: QuantityUnit): string {
  const up = targetSets(t).up;
  const gap = Math.abs(up ? t.min - value : value - t.min);
  const rounded = Math.round(gap * 100) / 100;
  const shown =
    unit.kind === 'percent' ? IND.gapPoints(formatVietnameseNumber(rounded)) : formatQuantity(rounded, unit);
  return up ? IND.gapUp(shown) : IND.gapDown(shown);
}

// ---------------------------------------------------------------- the verdict

interface Draft {
  verdict: IndicatorVerdict;
  reason: string;
  resultValue?: number | null;
  /** Path text, when the comparison sets it. */
  path?: string;
  change?: ResultChange | null;
}

function evidenceText(value: unknown): string {
  return value === undefined || value === null || value === '' ? '' : cleanText(value);
}

interface Context {
  input: IndicatorInput;
  info: NameInfo;
  res: Exclude<Resolution, { kind: 'none' } | { kind: 'notApplicable' }>;
  due: boolean;
  result: ParsedResult;
  resultText: string;
}

/** The target as a reason names it: "≥ 80%", "100% (mốc năm 2030)", "3% (hằng năm)", "100% đến năm 2030". */
function named(ctx: Context, display: string): string {
  const { res, input } = ctx;
  if (res.kind === 'ahead') return IND.targetBy(display, res.m.year);
  switch (res.basis) {
    case 'milestone':
      return display;
    case 'after':
      return IND.targetMilestone(display, res.m.year);
    case 'yearly':
      return IND.targetYearly(display);
    case 'kept':
      return IND.targetKept(display, res.m.year, res.until ?? input.year);
  }
}

const FULL_TARGET_WORDS = new Set(['dat', 'hoan thanh', 'da hoan thanh', 'co', 'dat chuan']);

/** A plain claim ("Đạt", "Hoàn thành", "Không đạt") against a target it can settle, else null. */
function judgeClaim(ctx: Context, word: string, text: string, targetShown: string, full: boolean): Draft | null {
  const positive = word === 'ACHIEVED' || word === 'DONE' || word === 'EXCEEDED';
  const negative = word === 'NOT_ACHIEVED' || word === 'NOT_DONE';
  if (positive && full) {
    return ctx.due
      ? { verdict: 'ACHIEVED', reason: IND.claimAchieved(text, targetShown) }
      : { verdict: 'ACHIEVED', reason: IND.claimAchievedEarly(text, targetShown), path: PATH.early(ctx.res.m.year) };
  }
  if (negative) {
    return ctx.due
      ? { verdict: 'NOT_ACHIEVED', reason: IND.claimNotAchieved(text, targetShown) }
      : { verdict: 'NOT_DUE', reason: IND.claimNotYet(text, targetShown) };
  }
  return null;
}

function judgeQualitative(ctx: Context, target: Extract<ParsedTarget, { kind: 'qualitative' }>): Draft {
  const { result, resultText } = ctx;
  const full = FULL_TARGET_WORDS.has(foldText(target.text).replace(/[.\s]+$/, ''));
  if (result.kind === 'word' && (result.word !== 'YES' || foldText(target.text) === 'co')) {
    const word = result.word === 'YES' ? 'ACHIEVED' : result.word === 'NO' ? 'NOT_ACHIEVED' : result.word;
    const claim = judgeClaim(ctx, word, result.text, named(ctx, `'${target.text}'`), full);
    if (claim) return claim;
  }
  return { verdict: 'NEEDS_REVIEW', reason: IND.qualitativeTarget(target.text, resultText) };
}

/** Score how well a result part's words name a target part's scope (words shared by all parts weigh nothing). */
function matchParts(targets: { scope: string }[], parts: ResultPart[]): number[] | null {
  if (parts.length !== targets.length) return null;
  const words = (s: string) =>
    new Set(
      foldText(s)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1),
    );
  const scopes = targets.map((t) => words(t.scope));
  const labelled = parts.filter((p) => p.folded.trim()).length;
  if (labelled === 0) return parts.map((_, i) => i); // "100%; 90%": in the order of the target
  if (labelled !== parts.length) return null;
  const common = new Set([...scopes[0]].filter((w) => scopes.every((s) => s.has(w))));
  const order: number[] = new Array(targets.length).fill(-1);
  const used = new Set<number>();
  for (let p = 0; p < parts.length; p++) {
    const label = words(parts[p].folded);
    let best = -1;
    let bestScore = 0;
    let tie = false;
    scopes.forEach((scope, t) => {
      if (used.has(t)) return;
      let score = 0;
      for (const w of label) if (scope.has(w) && !common.has(w)) score++;
      if (score > bestScore) {
        best = t;
        bestScore = score;
        tie = false;
      } else if (score === bestScore && score > 0) tie = true;
    });
    if (best < 0 || tie) return null;
    used.add(best);
    order[best] = p;
  }
  return order;
}

function judgeCompound(ctx: Context, target: Extract<ParsedTarget, { kind: 'compound' }>): Draft {
  const { input, info, resultText } = ctx;
  const review: Draft = { verdict: 'NEEDS_REVIEW', reason: IND.compoundTarget(target.parts, resultText) };
  const targets = target.parts.map((p) => parseTarget(p, input.unitOfMeasure));
  if (!targets.every((t): t is Numeric => t.kind === 'numeric' && !t.dotDecimal)) return review;
  const parts = typeof input.result === 'string' ? resultParts(input.result) : [];
  const order = matchParts(targets, parts);
  if (!order) return review;
  const lines: string[] = [];
  const outcomes: Outcome[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const r = parts[order[i]].result;
    if (r.kind !== 'number' || r.value < 0) return review;
    const tu = effectiveUnit(t, info);
    const rec = reconcile(tu, r);
    if (!rec.ok || (rec.unit.kind === 'percent' && rec.range.lo > 100)) return review;
    const { outcome } = compare(rec.range, t);
    outcomes.push(outcome);
    lines.push(IND.compoundPart(i + 1, rec.display, `${t.display}${t.scope ? ` ${t.scope}` : ''}`));
  }
  if (outcomes.every((o) => o === 'EXCEEDED' || o === 'ACHIEVED')) {
    const exceeded = outcomes.every((o) => o === 'EXCEEDED');
    const reason = IND.compoundAll(targets.length, exceeded ? IND.wordExceeded : IND.wordAchieved, lines);
    if (ctx.due) return { verdict: exceeded ? 'EXCEEDED' : 'ACHIEVED', reason };
    return {
      verdict: exceeded ? 'EXCEEDED' : 'ACHIEVED',
      reason: `${reason} (${named(ctx, '').trim()})`,
      path: PATH.early(ctx.res.m.year),
    };
  }
  const short = outcomes.flatMap((o, i) => (o === 'NOT_ACHIEVED' ? [`(${i + 1})`] : []));
  if (ctx.due && short.length && outcomes.every((o) => o !== 'UNCLEAR'))
    return { verdict: 'NOT_ACHIEVED', reason: IND.compoundShort(short, lines) };
  if (!ctx.due)
    return {
      verdict: 'NOT_DUE',
      reason: `${short.length ? IND.compoundShort(short, lines) : IND.compoundUnclear(lines)} (${named(ctx, '').trim()})`,
    };
  return { verdict: 'NEEDS_REVIEW', reason: IND.compoundUnclear(lines) };
}

/** The baseline of the path: the latest earlier result recorded, else the previous milestone's target. */
function baselineOf(ctx: Context, tu: QuantityUnit): { value: number; year: number; from: string } | null {
  const recorded = latestRecorded(ctx.input, tu);
  if (recorded)
    return { value: recorded.value, year: recorded.year, from: IND.fromHistory(recorded.display, recorded.year) };
  const prev = previousOf(ctx, tu);
  return prev ? prev.baseline : null;
}

/** The previous milestone of a target of a later year, in the target's unit (memoised per resolution). */
const previousCache = new WeakMap<Resolution, PreviousMilestone | null>();
interface PreviousMilestone {
  target: Numeric;
  shown: string;
  year: number;
  baseline: { value: number; year: number; from: string };
}
function previousOf(ctx: Context, tu: QuantityUnit): PreviousMilestone | null {
  const res = ctx.res;
  if (res.kind !== 'ahead' || !res.previous) return null;
  if (previousCache.has(res)) return previousCache.get(res)!;
  let out: PreviousMilestone | null = null;
  const prev = parseTarget(res.previous.text, ctx.input.unitOfMeasure);
  if (prev.kind === 'numeric' && !prev.dotDecimal) {
    const pu = effectiveUnit(prev, ctx.info);
    if (pu.kind === tu.kind && pu.key === tu.key) {
      const shown = targetDisplay(prev.op, prev.min, prev.max, prev.explicit, pu);
      out = {
        target: prev,
        shown,
        year: res.previous.year,
        baseline: {
          value: prev.min * (pu.factor / tu.factor),
          year: res.previous.year,
          from: IND.fromMilestone(shown, res.previous.year),
        },
      };
    }
  }
  previousCache.set(res, out);
  return out;
}

/** What the reason adds about the previous milestone: missed (from the recorded result) or still below it. */
function previousClause(ctx: Context, R: Interval, tu: QuantityUnit): string {
  const prev = previousOf(ctx, tu);
  if (!prev) return '';
  const recorded = ctx.input.history?.find((h) => h?.year === prev.year);
  if (recorded) {
    const r = parseResult(recorded.value);
    if (r.kind === 'number' && r.op === '=') {
      const rec = reconcile(tu, r);
      if (rec.ok && compare(rec.range, prev.target).outcome === 'NOT_ACHIEVED')
        return IND.missedMilestone(prev.shown, prev.year, rec.display);
    }
    return '';
  }
  return compare(R, prev.target).outcome === 'NOT_ACHIEVED' ? IND.belowPrevious(prev.shown, prev.year) : '';
}

function judgeAhead(
  ctx: Context,
  t: Numeric,
  tu: QuantityUnit,
  rec: Extract<Reconciled, { ok: true }>,
  outcome: Outcome,
  targetShown: string,
): Draft {
  const { input, res } = ctx;
  const R = rec.range;
  const resultValue = rec.value;
  const point = R.lo === R.hi;
  const targetYear = res.m.year;
  if (outcome === 'EXCEEDED')
    return {
      verdict: 'EXCEEDED',
      reason: IND.exceededEarly(rec.display, targetShown),
      resultValue,
      path: PATH.early(targetYear),
    };
  if (outcome === 'ACHIEVED')
    return {
      verdict: 'ACHIEVED',
      reason: IND.achievedEarly(rec.display, targetShown),
      resultValue,
      path: PATH.early(targetYear),
    };
  const display = targetDisplay(t.op, t.min, t.max, t.explicit, tu);
  const base = baselineOf(ctx, tu);
  const clause = previousClause(ctx, R, tu);
  if (!base) {
    if (!point)
      return {
        verdict: 'NOT_DUE',
        reason: IND.notDueUnclear(ctx.resultText, targetShown),
        resultValue,
        path: PATH.toward(display, targetYear),
      };
    const gap = gapText(rec.value, t, tu);
    return {
      verdict: 'NOT_DUE',
      reason: IND.notDue(rec.display, targetShown, gap) + clause,
      resultValue,
      path: PATH.gap(gap, targetYear),
    };
  }
  const up = targetSets(t).up;
  const span = targetYear - base.year;
  const expected = Math.round((base.value + ((t.min - base.value) * (input.year - base.year)) / span) * 1e9) / 1e9;
  const want = up ? interval(expected, false, Infinity, true) : interval(-Infinity, true, expected, false);
  const shown = `${up ? '≥' : '≤'} ${formatQuantity(Math.round(expected * 100) / 100, tu)}`;
  const path = PATH.need(shown, input.year, display, targetYear);
  if (isSubset(R, want))
    return {
      verdict: 'ON_TRACK',
      reason: IND.onTrack(rec.display, targetShown, shown, input.year, base.from) + clause,
      resultValue,
      path,
    };
  if (isDisjoint(R, want))
    return {
      verdict: 'BEHIND',
      reason: IND.behind(rec.display, targetShown, shown, input.year, base.from) + clause,
      resultValue,
      path,
    };
  return {
    verdict: 'NOT_DUE',
    reason: IND.pathUnclear(ctx.resultText, targetShown, shown, input.year),
    resultValue,
    path,
  };
}

function judgeNumeric(ctx: Context, target: Numeric): Draft {
  const { input, info, result } = ctx;
  const tu = effectiveUnit(target, info);
  const display =
    tu === target.unit ? target.display : targetDisplay(target.op, target.min, target.max, target.explicit, tu);
  const targetShown = named(ctx, `${display}${target.scope ? ` ${target.scope}` : ''}`);
  const r = oneFigure(ctx, target, tu, targetShown);
  if ('verdict' in r) return r;
  const reconciled = reconcile(tu, r);
  // "Không" read as none of a count: the reason shows what was written.
  const rec =
    reconciled.ok && result.kind === 'word'
      ? { ...reconciled, display: IND.noneAsZero(result.text, reconciled.display) }
      : reconciled;
  if (!rec.ok) {
    return {
      verdict: 'NEEDS_REVIEW',
      reason: IND.unitMismatch(
        rec.display,
        rec.resultKind,
        named(ctx, display),
        targetUnitText(tu, input.unitOfMeasure),
      ),
      resultValue: r.ratio ? null : r.value,
    };
  }
  const implausible = implausibleFigure(r, rec);
  if (implausible) return implausible;
  const { outcome, atLeast } = compare(rec.range, target);
  const draft = ctx.due
    ? judgeDue(r, rec, target, outcome, atLeast, targetShown)
    : judgeAhead(ctx, target, tu, rec, outcome, targetShown);
  return { ...draft, change: changeOf(ctx.input, tu, rec) };
}

/** The latest result recorded before the reporting year that reads as one figure in the target's unit. */
function latestRecorded(
  input: IndicatorInput,
  tu: QuantityUnit,
): { value: number; year: number; display: string } | null {
  let best: { value: number; year: number; display: string } | null = null;
  for (const h of input.history ?? []) {
    if (!h || typeof h.year !== 'number' || h.year >= input.year || (best && h.year <= best.year)) continue;
    const r = parseResult(h.value);
    if (r.kind !== 'number' || r.op !== '=' || r.value < 0) continue;
    const rec = reconcile(tu, r);
    if (!rec.ok || rec.unit.kind !== tu.kind) continue;
    best = { value: rec.value, year: h.year, display: rec.display };
  }
  return best;
}

/** This year's figure minus the latest earlier one (history), when this year's is one figure. */
function changeOf(
  input: IndicatorInput,
  tu: QuantityUnit,
  rec: Extract<Reconciled, { ok: true }>,
): ResultChange | null {
  if (rec.range.lo !== rec.range.hi) return null;
  const earlier = latestRecorded(input, tu);
  if (!earlier) return null;
  const delta = Math.round((rec.value - earlier.value) * 1e6) / 1e6;
  const size = Math.round(Math.abs(delta) * 100) / 100;
  const amount =
    rec.unit.kind === 'percent' ? IND.gapPoints(formatVietnameseNumber(size)) : formatQuantity(size, rec.unit);
  return { year: earlier.year, delta, amount };
}

/**
 * The one figure a result gives against a numeric target, or the verdict when it gives none: words instead of a
 * figure (a plain claim settles a 100% target; "Không" is none of a count), several figures (judged when they agree).
 */
function oneFigure(ctx: Context, target: Numeric, tu: QuantityUnit, targetShown: string): NumberResult | Draft {
  const { input, result, resultText } = ctx;
  if (result.kind === 'word') {
    if (result.word === 'NO' && (tu.kind === 'count' || tu.kind === 'none') && targetSets(target).up) {
      const zero = interval(0, false, 0, false);
      return {
        kind: 'number',
        text: result.text,
        value: 0,
        range: zero,
        op: '=',
        unit: null,
        ratio: null,
        estimate: false,
        dotDecimal: false,
        suggestion: '',
      };
    }
    const full = targetSets(target).up && tu.kind === 'percent' && target.min >= 100;
    return (
      judgeClaim(ctx, result.word, result.text, targetShown, full) ?? {
        verdict: 'NEEDS_REVIEW',
        reason: IND.selfAssessed(result.text, targetShown),
      }
    );
  }
  if (result.kind === 'number') return result;
  if (result.kind === 'text') {
    // Several figures for one target ("375/394 hồ sơ, đạt 95,18%"): judged when they agree.
    const parts = resultParts(input.result as string);
    const values = parts.map((p) => (p.result.kind === 'number' ? reconcile(tu, p.result) : null));
    if (parts.length && values.every((v) => v?.ok)) {
      const ok = values as Extract<Reconciled, { ok: true }>[];
      const agree = ok.every((v) => Math.abs(v.value - ok[0].value) <= 0.005 + 1e-9 * Math.abs(ok[0].value));
      if (!agree) return { verdict: 'NEEDS_REVIEW', reason: IND.manyFigures(resultText, targetShown) };
      const first = parts[values.indexOf(ok.find((v) => v.display.includes('/')) ?? ok[0])].result;
      if (first.kind === 'number') return first;
    }
  }
  return { verdict: 'NEEDS_REVIEW', reason: IND.freeText(resultText, targetShown) };
}

/** A percentage above 100, or a bare number below 1 against a % target (0,9% or 90%?): a person must look. */
function implausibleFigure(r: NumberResult, rec: Extract<Reconciled, { ok: true }>): Draft | null {
  const resultValue = rec.value;
  if (rec.unit.kind === 'percent' && rec.range.lo > 100)
    return { verdict: 'NEEDS_REVIEW', reason: IND.over100(rec.display), resultValue };
  if (rec.unit.kind === 'percent' && !r.unit && !r.ratio && r.op === '=' && r.value > 0 && r.value < 1) {
    const shown = formatVietnameseNumber(r.value, 6);
    return {
      verdict: 'NEEDS_REVIEW',
      reason: IND.fraction(shown, formatVietnameseNumber(r.value * 100, 4)),
      resultValue,
    };
  }
  return null;
}

/** A target due this year: Vượt / Đạt / Không đạt (a bound or range that straddles the target: a person judges). */
function judgeDue(
  r: NumberResult,
  rec: Extract<Reconciled, { ok: true }>,
  target: Numeric,
  outcome: Outcome,
  atLeast: boolean,
  targetShown: string,
): Draft {
  const resultValue = rec.value;
  switch (outcome) {
    case 'EXCEEDED':
      return { verdict: 'EXCEEDED', reason: IND.exceeded(rec.display, targetShown), resultValue };
    case 'ACHIEVED':
      return {
        verdict: 'ACHIEVED',
        reason: (atLeast ? IND.achievedAtLeast : IND.achieved)(rec.display, targetShown),
        resultValue,
      };
    case 'NOT_ACHIEVED':
      return {
        verdict: 'NOT_ACHIEVED',
        reason: shortfallReason(rec.range, target, rec.display, targetShown),
        resultValue,
      };
    default:
      return {
        verdict: 'NEEDS_REVIEW',
        reason: (r.op === 'range' ? IND.rangeUnclear : IND.boundUnclear)(r.text, targetShown),
        resultValue,
      };
  }
}

function computeDraft(input: IndicatorInput, res: Resolution, result: ParsedResult, info: NameInfo): Draft {
  const target = res.kind === 'none' ? null : parseTarget(res.m.text, input.unitOfMeasure);
  const condition = info.condition ?? target?.condition ?? null;
  const resultText = result.kind === 'empty' ? '' : 'text' in result ? result.text : '';
  // 1. No target this stage.
  if (res.kind === 'notApplicable') return noTargetThisStage(input.year, res.m, resultText);
  // 2. Nothing reported; 3. "Không áp dụng" from the unit.
  if (result.kind === 'empty' || result.kind === 'noData') return unreported(input, result, condition);
  if (result.kind === 'notApplicable') return unitNotApplicable(input, result.text, condition);
  // 4. A result cell the unit must fix.
  const broken = brokenResult(result);
  if (broken) return broken;
  // 5. The target.
  if (res.kind === 'none' || !target) return { verdict: 'NEEDS_REVIEW', reason: IND.noTargets };
  return againstTarget({ input, info, res, due: res.kind === 'due', result, resultText }, target);
}

function noTargetThisStage(year: number, m: Milestone, resultText: string): Draft {
  return {
    verdict: 'NOT_APPLICABLE',
    reason: IND.noTargetStage(year, m.year, m.text) + (resultText ? IND.resultIgnored(resultText) : ''),
  };
}

function unreported(
  input: IndicatorInput,
  result: Extract<ParsedResult, { kind: 'empty' | 'noData' }>,
  condition: string | null,
): Draft {
  let reason = result.kind === 'empty' ? IND.missing : IND.noData(result.text);
  const evidence = evidenceText(input.evidence);
  if (evidence) reason += IND.evidence(evidence);
  if (condition && !evidence) reason += IND.conditionHint(condition);
  return { verdict: 'MISSING', reason };
}

function unitNotApplicable(input: IndicatorInput, text: string, condition: string | null): Draft {
  const evidence = evidenceText(input.evidence);
  if (condition) {
    return {
      verdict: 'NOT_APPLICABLE',
      reason: IND.notApplicableCondition(condition) + (evidence ? IND.evidence(evidence) : IND.noEvidence),
    };
  }
  return {
    verdict: 'NEEDS_REVIEW',
    reason: IND.notApplicableWithoutCondition(text) + (evidence ? IND.evidence(evidence) : ''),
  };
}

/** A result cell the unit must fix (a formula, HTML, a date, symbols, "- 5", a negative…): why, else null. */
function brokenResult(result: ParsedResult): Draft | null {
  const review = (reason: string): Draft => ({ verdict: 'NEEDS_REVIEW', reason });
  switch (result.kind) {
    case 'formula':
      return review(IND.formula);
    case 'html':
      return review(IND.html);
    case 'date':
      return review(IND.date(formatDate(result.date)));
    case 'boolean':
      return review(IND.boolean);
    case 'symbols':
      return review(IND.symbols(result.text));
    case 'dashNumber':
      return review(IND.dashNumber(result.text));
    case 'approximate':
      return review(IND.approximate(result.text));
    case 'unreadableNumber':
      return review(IND.unreadable(result.text));
    case 'badRatio':
      return review(
        result.num < 0
          ? IND.negative(result.text)
          : result.den === 0
            ? IND.zeroDenominator(result.text)
            : IND.numeratorTooBig(result.text),
      );
    case 'number':
      return result.range.lo < 0 && result.value < 0 ? review(IND.negative(result.text)) : null;
    default:
      return null;
  }
}

/** A readable result against the target that applies: by the target's kind. */
function againstTarget(ctx: Context, target: ParsedTarget): Draft {
  const { res, result } = ctx;
  switch (target.kind) {
    case 'empty':
      return { verdict: 'NEEDS_REVIEW', reason: IND.emptyTarget(res.m.year) };
    case 'qualitative':
      return judgeQualitative(ctx, target);
    case 'compound': {
      const draft = judgeCompound(ctx, target);
      return { ...draft, resultValue: result.kind === 'number' && result.ratio ? result.value : null };
    }
    case 'numeric':
      return judgeNumeric(ctx, target);
    default:
      return { verdict: 'NEEDS_REVIEW', reason: IND.unreadableTarget(res.m.text) };
  }
}

/** A target in a few characters, for the "Lộ trình" column: "100%", "≥ 95% đối với …". */
export function targetShort(text: string, unitColumn: string): string {
  const t = parseTarget(text, unitColumn);
  const shown = t.kind === 'numeric' ? t.display : cleanText(text);
  return shown.length > 40 ? `${shown.slice(0, 39).trimEnd()}…` : shown;
}

/** The texts a resolution always shows (resolutions are memoised, so these are computed once per target). */
const shownTexts = new WeakMap<Resolution, { applicable: string; path: string }>();
function textsOf(res: Resolution, year: number, unitColumn: string): { applicable: string; path: string } {
  let t = shownTexts.get(res);
  if (!t) {
    t = { applicable: applicableShownOf(res, year), path: defaultPath(res, year, unitColumn) };
    shownTexts.set(res, t);
  }
  return t;
}

function defaultPath(res: Resolution, year: number, unitColumn: string): string {
  switch (res.kind) {
    case 'none':
    case 'notApplicable':
      return '';
    case 'ahead':
      return PATH.toward(targetShort(res.m.text, unitColumn), res.m.year);
    default:
      return res.basis === 'yearly'
        ? PATH.yearly
        : res.basis === 'kept'
          ? PATH.kept(res.m.year, res.until ?? year)
          : PATH.due(year);
  }
}

function applicableShownOf(res: Resolution, year: number): string {
  switch (res.kind) {
    case 'none':
      return '';
    case 'notApplicable':
      return APPLICABLE.ofYear(res.m.text, res.m.year);
    case 'ahead':
      return APPLICABLE.by(res.m.text, res.m.year);
    default:
      if (res.basis === 'yearly') return APPLICABLE.yearly(res.m.text);
      if (res.basis === 'kept') return APPLICABLE.kept(res.m.text, res.m.year);
      return APPLICABLE.ofYear(res.m.text, res.basis === 'after' ? res.m.year : year);
  }
}

/** Judge one indicator for the reporting year. Never throws: anything unexpected is NEEDS_REVIEW with the reason. */
export function judgeIndicator(input: IndicatorInput): IndicatorJudgement {
  const info = nameInfo(input.name);
  let res: Resolution;
  let draft: Draft;
  const result = parseResult(input.result);
  try {
    res = resolveTarget(input.targets, input.year, input.unitOfMeasure, info);
    draft = computeDraft(input, res, result, info);
  } catch {
    res = { kind: 'none' };
    draft = { verdict: 'NEEDS_REVIEW', reason: IND.internalError };
  }
  const timing = res.kind === 'due' ? 'due' : res.kind === 'ahead' ? 'ahead' : null;
  const texts = textsOf(res, input.year, input.unitOfMeasure);
  const computed: IndicatorJudgement = {
    verdict: draft.verdict,
    label: VERDICT_LABELS[draft.verdict],
    reason: draft.reason,
    applicableTarget: res.kind === 'none' ? '' : res.m.text,
    applicableShown: texts.applicable,
    targetYear: res.kind === 'none' ? null : res.kind === 'due' && res.basis !== 'after' ? input.year : res.m.year,
    timing,
    basis: res.kind === 'due' ? res.basis : res.kind === 'ahead' ? 'ahead' : null,
    track: draft.verdict === 'ON_TRACK' || draft.verdict === 'BEHIND' ? draft.verdict : null,
    path: draft.path ?? texts.path,
    byHand: false,
    resultValue: draft.resultValue ?? null,
    figure: figureOf(result),
    change: draft.change ?? null,
  };
  if (computed.resultValue === null && draft.resultValue === undefined) {
    const r = result;
    if (r.kind === 'number' && !r.ratio && r.op === '=') computed.resultValue = r.value;
  }
  const review = parseIndicatorReview(input.review);
  if (review.kind === 'value') {
    const label = VERDICT_LABELS[review.value];
    return {
      ...computed,
      verdict: review.value,
      label: label + IND.byHandSuffix,
      reason: IND.byHand(label, computed.label, computed.reason),
      track: review.value === 'ON_TRACK' || review.value === 'BEHIND' ? review.value : computed.track,
      byHand: true,
    };
  }
  if (review.kind === 'unknown') computed.reason += IND.invalidReview(review.text);
  return computed;
}
