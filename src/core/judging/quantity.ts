/**
 * Reading targets ("≥ 80", "Phấn đấu đạt 3%", "80-90%", "-") and results ("82,54%", "375/394",
 * "trên 70%", "1.134.256.000 đồng", "Đạt") into plain data. No verdicts here: indicator.ts compares.
 *
 * Everything is matched on the folded text (lower case, no diacritics, see foldText) and numbers are read
 * with parseVietnameseNumber. Nothing typed is ever evaluated: formulas and HTML are recognised and refused.
 */

import { type CalendarDate, vietnamDateOf } from '../dates';
import { cleanText, foldText } from '../text';
import { formatPercent, formatVietnameseNumber, type ParsedNumber, parseVietnameseNumber } from './numbers';

// ---------------------------------------------------------------- units

export type UnitKind = 'percent' | 'money' | 'count' | 'none';

export interface QuantityUnit {
  kind: UnitKind;
  /** As shown in reasons: "%", "trường", "đồng", "triệu đồng", "" for none. */
  label: string;
  /** Comparison key: "%" for percent, "dong" for money, the folded first word of a count noun ("truong"). */
  key: string;
  /** Money only: how many đồng one unit is (triệu đồng = 1e6). 1 otherwise. */
  factor: number;
}

export const NO_UNIT: QuantityUnit = { kind: 'none', label: '', key: '', factor: 1 };
export const PERCENT: QuantityUnit = { kind: 'percent', label: '%', key: '%', factor: 1 };

const MONEY: { re: RegExp; factor: number }[] = [
  { re: /^(nghin|ngan) (dong|d|vnd)\b/, factor: 1e3 },
  { re: /^trieu( dong| d| vnd)?\b/, factor: 1e6 },
  { re: /^(ty|ti)( dong| d| vnd)?\b/, factor: 1e9 },
  { re: /^(dong|d|vnd|vnđ)\b/, factor: 1 },
];

/**
 * A unit phrase written after a number or in the "Đơn vị tính" column: "%", "% dân số", "Tỷ lệ (%)",
 * "đồng", "triệu đồng", "trường", "hồ sơ". `original` is the same phrase with diacritics, for display.
 */
export function unitFromPhrase(folded: string, original: string): QuantityUnit {
  const f = folded.trim();
  const o = original.trim();
  if (!f) return NO_UNIT;
  if (f.includes('%') || /^(ty le|ti le|phan tram)\b/.test(f)) return PERCENT;
  for (const m of MONEY) {
    const match = m.re.exec(f);
    if (match) return { kind: 'money', label: o.slice(0, match[0].length) || o, key: 'dong', factor: m.factor };
  }
  const words = f.split(/[^a-z0-9]+/).filter(Boolean);
  if (!words.length) return NO_UNIT;
  return { kind: 'count', label: o, key: words[0], factor: 1 };
}

/** The "Đơn vị tính" column. */
export function unitOfMeasure(text: string): QuantityUnit {
  const c = cleanText(text);
  return unitFromPhrase(foldText(c), c);
}

/** "82,54%", "12 trường", "1.134.256.000 đồng", "80" */
export function formatQuantity(value: number, unit: QuantityUnit): string {
  if (unit.kind === 'percent') return formatPercent(value);
  const n = formatVietnameseNumber(value);
  return unit.label ? `${n} ${unit.label}` : n;
}

// ---------------------------------------------------------------- intervals

/** A set of values: [lo, hi] with open or closed ends; ±Infinity for unbounded. */
export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

export const interval = (lo: number, loOpen: boolean, hi: number, hiOpen: boolean): Interval => ({
  lo,
  loOpen,
  hi,
  hiOpen,
});

/** Every value of a is in b. */
export function isSubset(a: Interval, b: Interval): boolean {
  const loOk = b.lo < a.lo || (b.lo === a.lo && (!b.loOpen || a.loOpen));
  const hiOk = b.hi > a.hi || (b.hi === a.hi && (!b.hiOpen || a.hiOpen));
  return loOk && hiOk;
}

function isBefore(x: Interval, y: Interval): boolean {
  return x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen));
}

/** No value is in both. */
export function isDisjoint(a: Interval, b: Interval): boolean {
  return isBefore(a, b) || isBefore(b, a);
}

export const scaleInterval = (i: Interval, k: number): Interval => ({ ...i, lo: i.lo * k, hi: i.hi * k });

// ---------------------------------------------------------------- shared grammar

export type Op = '>=' | '>' | '<=' | '<' | '=';

/** A number as typed: digits with "." "," groups, or space-separated thousands groups. */
const NUM = String.raw`\d+(?:[.,]\d+)*(?: \d{3}(?![\d.,]))*(?:,\d+)?`;

const RE_TARGET_RANGE = new RegExp(
  String.raw`^(?:tu\s+|trong khoang\s+|khoang\s+)?(${NUM})\s*(%?)\s*(?:-|den|toi|~)\s*(${NUM})\s*(.*)$`,
);
const RE_RESULT_RANGE = new RegExp(
  String.raw`^(?:tu\s+|trong khoang\s+)?(${NUM})\s*(%?)\s*(?:-|den)\s*(${NUM})\s*(.*)$`,
);
const RE_SINGLE = new RegExp(String.raw`^(${NUM})\s*(.*)$`);
const RE_RATIO = new RegExp(String.raw`^(${NUM})\s*(?:/|tren)\s*(${NUM})\s*(.*)$`);
const RE_ALL_NUMBERS = new RegExp(NUM, 'g');

/** Words and signs that say how a value compares, in folded form, longest first. */
const OP_WORDS: { re: RegExp; op: Op | null; explicit: boolean }[] = [
  { re: /^(≥|>=|=>)\s*/, op: '>=', explicit: true },
  { re: /^(≤|<=|=<)\s*/, op: '<=', explicit: true },
  { re: /^>\s*/, op: '>', explicit: true },
  { re: /^<\s*/, op: '<', explicit: true },
  { re: /^=\s*/, op: null, explicit: false },
  { re: /^(khong duoi|khong thap hon|khong it hon|toi thieu( la)?|it nhat( la)?)\b\s*/, op: '>=', explicit: true },
  { re: /^(cao hon|lon hon|nhieu hon|tren|hon)\b\s*/, op: '>', explicit: true },
  { re: /^(khong vuot qua|khong qua|khong cao hon|khong lon hon|toi da( la)?)\b\s*/, op: '<=', explicit: true },
  { re: /^(thap hon|nho hon|it hon|chua den|chua toi|duoi)\b\s*/, op: '<', explicit: true },
  {
    re: /^(phan dau( dat)?|dat duoc|dat muc|dat ty le|dat ti le|dat|muc|la|bang|tu|o muc)\b\s*:?\s*/,
    op: null,
    explicit: false,
  },
];

interface Prefix {
  op: Op | null;
  explicit: boolean;
  rest: number; // index in the folded text where the prefix ends
}

function readPrefix(f: string, from: number): Prefix {
  let i = from;
  let op: Op | null = null;
  let explicit = false;
  for (let guard = 0; guard < 6; guard++) {
    const s = f.slice(i);
    let hit: (typeof OP_WORDS)[number] | null = null;
    let m: RegExpExecArray | null = null;
    for (const w of OP_WORDS) {
      m = w.re.exec(s);
      if (m) {
        hit = w;
        break;
      }
    }
    if (!hit || !m) break;
    if (hit.op) {
      op = hit.op;
      explicit = hit.explicit;
    }
    i += m[0].length;
  }
  return { op, explicit, rest: i };
}

/** "80% trở lên" / "5% trở xuống": the operator written after the value. */
function readSuffixOp(f: string): { op: Op | null; cut: number } {
  const m = /\s*(tro len|tro xuong)$/.exec(f);
  if (!m) return { op: null, cut: f.length };
  return { op: m[1] === 'tro len' ? '>=' : '<=', cut: m.index };
}

const PLAIN_ASCII = /^[\x21-\x7e](?:[\x21-\x7e]| (?! ))*$/;
const ASCII = /^[\x00-\x7f]*$/;

/** cleanText, skipped for plain ASCII text that it would not change (most typed figures). */
export function quickClean(text: string): string {
  return PLAIN_ASCII.test(text) && text[text.length - 1] !== ' ' ? text : cleanText(text);
}

/** foldText of a text already cleaned. */
function foldCleaned(c: string): string {
  if (ASCII.test(c)) return c.toLowerCase();
  return c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Folded and cleaned text of the same length, so positions found in one slice the other. */
function twin(text: string): { c: string; f: string } {
  const c = quickClean(text);
  const f = foldCleaned(c);
  if (f.length !== c.length) {
    // Characters whose folded form has another length (rare outside Vietnamese): fall back to folded text for both.
    const folded = foldText(c);
    return { c: folded, f: folded };
  }
  return { c, f };
}

const TRAILING_PUNCT = /[\s.;:!,]+$/;

/** A cell's cleaned text and its folded twin, of the same length: what both parsers cut and match. */
interface Twin {
  c: string;
  f: string;
}

/** "100%." → "100%": trailing punctuation. */
function cutPunct({ c, f }: Twin): Twin {
  const cut = f.replace(TRAILING_PUNCT, '').length;
  return { c: c.slice(0, cut), f: f.slice(0, cut) };
}

/** "85% (số liệu đến 31/10)" → "85%": a trailing note in brackets, when something stands before it. */
function cutNote(t: Twin): Twin {
  const note = /\s*\([^()]*\)$/.exec(t.f);
  return note && note.index > 0 ? { c: t.c.slice(0, note.index), f: t.f.slice(0, note.index) } : t;
}

/** Two numbers and what follows them ("80-90%", "từ 80% đến 90%"), when no other number follows. */
interface RangeText {
  a: ParsedNumber | null;
  b: ParsedNumber | null;
  /** The unit written after the range, else "%" when written after the first number, else `fallback`. */
  unit: (fallback: QuantityUnit | null) => QuantityUnit | null;
}

function readRange(re: RegExp, { c, f }: Twin): RangeText | null {
  const m = re.exec(f);
  if (!m || /\d/.test(m[4])) return null;
  const restF = m[4];
  const restC = c.slice(c.length - restF.length);
  return {
    a: parseVietnameseNumber(m[1]),
    b: parseVietnameseNumber(m[3]),
    unit: (fallback) => (restF ? unitFromPhrase(restF, restC) : m[2] ? PERCENT : fallback),
  };
}

/** One number with the words or signs around it: "≥ 80%", "phấn đấu đạt 3%", "80% trở lên", "trên 70 trường". */
interface SingleText {
  /** The comparison written before or after the number (null: none). */
  op: Op | null;
  /** The comparison came from a sign or word that says it ("≥", "tối thiểu", "trở lên"). */
  explicit: boolean;
  /** null: digits no rule reads ("82.5.4"). */
  number: ParsedNumber | null;
  /** What follows the number: a unit, "% dân số", a scope ("đối với …"); folded and as written. */
  rest: Twin;
}

/** The body between the comparison words and "trở lên/xuống", and the one number it holds (null: not one number). */
function readSingle({ c, f }: Twin): { body: string; single: SingleText | null } {
  const prefix = readPrefix(f, 0);
  const suffix = readSuffixOp(f);
  const body = f.slice(prefix.rest, suffix.cut);
  const bodyC = c.slice(prefix.rest, suffix.cut);
  const m = RE_SINGLE.exec(body);
  if (!m || /\d/.test(m[2])) return { body, single: null };
  return {
    body,
    single: {
      op: suffix.op ?? prefix.op,
      explicit: Boolean(suffix.op) || prefix.explicit,
      number: parseVietnameseNumber(m[1]),
      rest: { f: m[2], c: bodyC.slice(bodyC.length - m[2].length) },
    },
  };
}

// ---------------------------------------------------------------- targets

export type TargetOp = '>=' | '>' | '<=' | '<' | 'range';

export type ParsedTarget =
  /** No text at all. */
  | { kind: 'empty'; text: string; condition: string | null }
  /** "-", "Không áp dụng": no target this year/stage. */
  | { kind: 'none'; text: string; condition: string | null }
  | {
      kind: 'numeric';
      text: string;
      condition: string | null;
      op: TargetOp;
      /** The value (or the lower end of a range). */
      min: number;
      /** The upper end of a range; = min otherwise. */
      max: number;
      /** The operator came from a sign or word ("≥", "trên"), not implied by a bare number. */
      explicit: boolean;
      unit: QuantityUnit;
      dotDecimal: boolean;
      /** Scope written after the value: "đối với cơ sở giáo dục mầm non". */
      scope: string;
      /** As shown in reasons: "≥ 80%", "80-90%", "3%". */
      display: string;
    }
  /** "Đạt", "Hoàn thành", any target without a number: a person judges. */
  | { kind: 'qualitative'; text: string; condition: string | null }
  /** Several targets in one cell ("≥ 95 đối với … ≥ 95 đối với …"). */
  | { kind: 'compound'; text: string; condition: string | null; parts: string[] }
  /** Has numbers but no form this parser knows ("82.5.4%", "80% hoặc 90%"). */
  | { kind: 'unreadable'; text: string; condition: string | null };

const CONDITION_PAREN = /\(\s*(neu|trong truong hop|truong hop|khi|voi dieu kien|tuy theo|tuy)\b[^)]*\)/;
const CONDITION_LEAD = /^(neu|trong truong hop|truong hop)\b[^:;,]*[:;,]\s*/;

/** The condition written in an indicator's name or target: "(Nếu được thành phố lựa chọn xây dựng)". */
export function conditionIn(text: string): string | null {
  const { c, f } = twin(text);
  const m = CONDITION_PAREN.exec(f);
  if (!m) return null;
  return c.slice(m.index + 1, m.index + m[0].length - 1).trim();
}

const NONE_TARGET = /^(-+|khong ap dung|kad|khong co|khong|khong giao|khong dat ra|khong co chi tieu|chua giao|n\/a)$/;
const OP_SYMBOL: Record<TargetOp, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', range: '' };

export function targetDisplay(op: TargetOp, min: number, max: number, explicit: boolean, unit: QuantityUnit): string {
  if (op === 'range') {
    const a = formatVietnameseNumber(min);
    return `${a}-${formatQuantity(max, unit)}`;
  }
  return `${explicit ? OP_SYMBOL[op] : ''}${formatQuantity(min, unit)}`;
}

/** Split a cell holding several targets into its parts, for the reason text. */
function compoundParts(c: string, f: string): string[] {
  let parts = c.split(/\s*[;\n]\s*/).filter(Boolean);
  if (parts.length < 2) {
    // Split before each comparison sign that is not at the start: "≥ 95 đối với A ≥ 95 đối với B".
    const cuts: number[] = [];
    const re = /(≥|≤|>=|<=|>|<)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f))) if (m.index > 0 && !/[<>=]/.test(f[m.index - 1])) cuts.push(m.index);
    if (!cuts.length) {
      // "95% đối với A, 90% đối với B" / "… và 90% …": split before a number that follows ", " or " và ".
      const re2 = /(?:,\s*|\s+va\s+)(?=(?:tren |it nhat |toi thieu )?\d)/g;
      while ((m = re2.exec(f))) cuts.push(m.index);
    }
    parts = [];
    let start = 0;
    for (const cut of [...cuts, c.length]) {
      const piece = c
        .slice(start, cut)
        .replace(/^(,|và)\s*/i, '')
        .replace(/[\s,;]+$/, '')
        .trim();
      if (piece) parts.push(piece);
      start = cut;
    }
  }
  return parts;
}

const targetCache = new Map<string, ParsedTarget>();

/**
 * A target as written, with the "Đơn vị tính" column giving the unit of a bare number.
 * "≥ 80" + "%" → ≥ 80%;  "Phấn đấu đạt 3%" → ≥ 3% (shown "3%");  "Đạt trên 3%" → > 3%;  "80-90%" → range;
 * "-" → none;  "Đạt" → qualitative;  "≥ 95 đối với A ≥ 95 đối với B" → compound.
 */
export function parseTarget(text: unknown, unitColumn = ''): ParsedTarget {
  const raw = typeof text === 'number' ? formatVietnameseNumber(text, 6) : String(text ?? '');
  const cacheKey = `${raw}\u0001${unitColumn}`;
  const cached = targetCache.get(cacheKey);
  if (cached) return cached;
  const parsed = parseTargetUncached(raw, unitColumn);
  if (targetCache.size > 5000) targetCache.clear();
  targetCache.set(cacheKey, parsed);
  return parsed;
}

function parseTargetUncached(raw: string, unitColumn: string): ParsedTarget {
  const whole = twin(raw);
  const text = whole.c;
  if (!whole.f) return { kind: 'empty', text, condition: null };
  const { condition, rest } = splitCondition(whole);
  // "100%." and other trailing punctuation; a trailing note in brackets without numbers of its own.
  const t = cutNote(cutPunct(rest));
  if (!t.f) return { kind: 'empty', text, condition };
  if (NONE_TARGET.test(t.f)) return { kind: 'none', text, condition };
  if (!/\d/.test(t.f)) return { kind: 'qualitative', text, condition };
  const columnUnit = unitOfMeasure(unitColumn);
  return (
    rangeTarget(t, text, condition, columnUnit) ??
    singleTarget(t, text, condition, columnUnit) ??
    severalTargets(t, text, condition)
  );
}

/** The condition, in brackets anywhere or leading "Nếu …:", and the target without it. */
function splitCondition({ c, f }: Twin): { condition: string | null; rest: Twin } {
  let m = CONDITION_PAREN.exec(f);
  if (m) {
    const end = m.index + m[0].length;
    return {
      condition: c.slice(m.index + 1, end - 1).trim(),
      rest: { c: (c.slice(0, m.index) + c.slice(end)).trim(), f: (f.slice(0, m.index) + f.slice(end)).trim() },
    };
  }
  m = CONDITION_LEAD.exec(f);
  if (m)
    return {
      condition: c.slice(0, m[0].length).replace(/[\s:;,]+$/, ''),
      rest: { c: c.slice(m[0].length), f: f.slice(m[0].length) },
    };
  return { condition: null, rest: { c, f } };
}

/** Range: "80-90%", "từ 80% đến 90%", "80 - 90 %". */
function rangeTarget(t: Twin, text: string, condition: string | null, columnUnit: QuantityUnit): ParsedTarget | null {
  const range = readRange(RE_TARGET_RANGE, t);
  const { a, b } = range ?? {};
  if (!range || !a || !b || a.value > b.value) return null;
  const unit = range.unit(columnUnit) ?? columnUnit;
  return numeric(text, condition, 'range', a.value, b.value, true, unit, a.dotDecimal || b.dotDecimal, '');
}

/** Single value: [words/sign] number [unit | % description] [đối với scope] [trở lên]. */
function singleTarget(t: Twin, text: string, condition: string | null, columnUnit: QuantityUnit): ParsedTarget | null {
  const { single } = readSingle(t);
  if (!single) return null;
  const n = single.number;
  if (!n) return { kind: 'unreadable', text, condition };
  let { f: restF, c: restC } = single.rest;
  let scope = '';
  const scopeAt = restF.search(/\b(doi voi|cho|tai|tren dia ban|trong)\b/);
  if (scopeAt >= 0) {
    scope = restC.slice(scopeAt).trim();
    restF = restF.slice(0, scopeAt).trim();
    restC = restC.slice(0, scopeAt).trim();
  }
  const unit = restF ? unitFromPhrase(restF, restC) : columnUnit.kind === 'none' ? NO_UNIT : columnUnit;
  const op = single.op === null || single.op === '=' ? '>=' : single.op;
  return numeric(text, condition, op, n.value, n.value, single.explicit, unit, n.dotDecimal, scope);
}

/** Several numbers: several targets in one cell, or something unknown. */
function severalTargets({ c, f }: Twin, text: string, condition: string | null): ParsedTarget {
  const numbers = f.match(RE_ALL_NUMBERS) ?? [];
  if (numbers.length >= 2) {
    const parts = compoundParts(c, f);
    if (parts.length >= 2) return { kind: 'compound', text, condition, parts };
  }
  return { kind: 'unreadable', text, condition };
}

function numeric(
  text: string,
  condition: string | null,
  op: TargetOp,
  min: number,
  max: number,
  explicit: boolean,
  unit: QuantityUnit,
  dotDecimal: boolean,
  scope: string,
): ParsedTarget {
  return {
    kind: 'numeric',
    text,
    condition,
    op,
    min,
    max,
    explicit,
    unit,
    dotDecimal,
    scope,
    display: targetDisplay(op, min, max, explicit, unit),
  };
}

/** The values that meet a numeric target, and those that go beyond it (null: it cannot be exceeded). */
export function targetSets(t: { op: TargetOp; min: number; max: number }): {
  achieved: Interval;
  exceeded: Interval | null;
  up: boolean;
} {
  switch (t.op) {
    case '>=':
      return {
        achieved: interval(t.min, false, Infinity, true),
        exceeded: interval(t.min, true, Infinity, true),
        up: true,
      };
    case '>':
      return { achieved: interval(t.min, true, Infinity, true), exceeded: null, up: true };
    case 'range':
      return {
        achieved: interval(t.min, false, Infinity, true),
        exceeded: interval(t.max, true, Infinity, true),
        up: true,
      };
    case '<=':
      return {
        achieved: interval(-Infinity, true, t.min, false),
        exceeded: interval(-Infinity, true, t.min, true),
        up: false,
      };
    case '<':
      return { achieved: interval(-Infinity, true, t.min, true), exceeded: null, up: false };
  }
}

// ---------------------------------------------------------------- results

export type ResultWord = 'ACHIEVED' | 'EXCEEDED' | 'NOT_ACHIEVED' | 'DONE' | 'NOT_DONE' | 'YES' | 'NO';

export type ParsedResult =
  | { kind: 'empty' }
  | {
      kind: 'number';
      text: string;
      /** The number written (for a ratio: the percentage). */
      value: number;
      /** What the result says about the true value: exact, "≥ 60" ([60, ∞)), "trên 70" ((70, ∞)), "80-90". */
      range: Interval;
      op: Op | 'range';
      /** null: a bare number, its unit is the target's. */
      unit: QuantityUnit | null;
      /** "375/394 hồ sơ": the two numbers and the noun after them ("hồ sơ", "" when none). */
      ratio: { num: number; den: number; noun: string } | null;
      /** "Ước đạt 85%": an estimate, used as written and said so. */
      estimate: boolean;
      dotDecimal: boolean;
      /** "82.5%" → "82,5%": what to write instead, when written with a decimal point. */
      suggestion: string;
    }
  | { kind: 'word'; text: string; word: ResultWord }
  | { kind: 'notApplicable'; text: string }
  | { kind: 'noData'; text: string }
  | { kind: 'formula'; text: string }
  | { kind: 'html'; text: string }
  | { kind: 'date'; text: string; date: CalendarDate }
  | { kind: 'boolean'; text: string }
  /** "khoảng 80%", "gần 90%": a person must judge. */
  | { kind: 'approximate'; text: string }
  /** Only symbols, no letter or digit: "???", "-", "🚀", "…". */
  | { kind: 'symbols'; text: string }
  /** "- 5": a dash, a space, a number: a bullet or a minus? Open. */
  | { kind: 'dashNumber'; text: string }
  /** Looks like a number but cannot be read: "82.5.4%". */
  | { kind: 'unreadableNumber'; text: string }
  /** "9/8 trường", "0/0". */
  | { kind: 'badRatio'; text: string; num: number; den: number }
  /** Anything else: words describing what was done. */
  | { kind: 'text'; text: string };

const FORMULA = /^=|^[+@]\s*[A-Za-z(]/;
const HTML = /<\s*\/?\s*[a-z!][^>]*>?|javascript:|&#x?[0-9a-f]+;/i;
const NA_RESULT = /^(khong ap dung|kad|k ad|khong thuoc dien( ap dung)?|khong phat sinh|n\/a)\b/;
const NO_DATA =
  /^(chua co( so lieu| du lieu| thong tin| ket qua)?|khong co (so lieu|du lieu)|chua (thong ke|tong hop|cap nhat|bao cao|xac dinh|danh gia)|dang (tong hop|thong ke|cap nhat)|cho (so lieu|tong hop))\b/;
const WORDS: { re: RegExp; word: ResultWord }[] = [
  { re: /^(dat va vuot|dat, vuot|vuot|vuot chi tieu|vuot muc)$/, word: 'EXCEEDED' },
  { re: /^(khong dat|chua dat)$/, word: 'NOT_ACHIEVED' },
  { re: /^(dat|da dat|dat chi tieu)$/, word: 'ACHIEVED' },
  { re: /^(chua hoan thanh|dang thuc hien|dang trien khai|chua thuc hien|chua trien khai)$/, word: 'NOT_DONE' },
  { re: /^(hoan thanh|da hoan thanh|da thuc hien|da trien khai)$/, word: 'DONE' },
  { re: /^(co|da co)$/, word: 'YES' },
  { re: /^(khong|chua)$/, word: 'NO' },
];
const ESTIMATE = /^(uoc dat|uoc tinh|uoc thuc hien|uoc)\b\s*:?\s*/;
const APPROX = /^(?:(khoang|gan|xap xi|tam tinh|tam|hon kem)\b|~)\s*/;
const RESULT_FILLER =
  /^(ket qua|dat duoc|dat ty le|dat ti le|ty le|ti le|da hoan thanh|hoan thanh|da dat|dat|la|duoc)\b\s*:?\s*/;
/** No letter and no digit anywhere: symbols only. */
const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;

/**
 * A result cell as read from the sheet. A JS number is the number shown (its unit is the target's);
 * a Date is a cell the sheet turned into a date ("3/4" typed without a leading '); strings are read as typed.
 */
export function parseResult(value: unknown): ParsedResult {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'text', text: String(value) };
    return numberResult(
      formatVietnameseNumber(value, 6),
      value,
      interval(value, false, value, false),
      '=',
      null,
      null,
      false,
      false,
      '',
    );
  }
  if (typeof value === 'boolean') return { kind: 'boolean', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'text', text: 'Invalid Date' };
    return { kind: 'date', text: '', date: vietnamDateOf(value) };
  }
  return parseResultText(String(value));
}

function numberResult(
  text: string,
  value: number,
  range: Interval,
  op: Op | 'range',
  unit: QuantityUnit | null,
  ratio: { num: number; den: number; noun: string } | null,
  estimate: boolean,
  dotDecimal: boolean,
  suggestion: string,
): ParsedResult {
  return { kind: 'number', text, value, range, op, unit, ratio, estimate, dotDecimal, suggestion };
}

function opInterval(op: Op, v: number): Interval {
  switch (op) {
    case '>=':
      return interval(v, false, Infinity, true);
    case '>':
      return interval(v, true, Infinity, true);
    case '<=':
      return interval(-Infinity, true, v, false);
    case '<':
      return interval(-Infinity, true, v, true);
    default:
      return interval(v, false, v, false);
  }
}

/** "82.5%" → "82,5%": the same text with the decimal point "." written as the decimal comma. */
function commaSuggestion(text: string): string {
  return text.replace(/(\d)\.(\d+)(?!\d)/, (_all, a: string, b: string) => `${a},${b}`);
}

function parseResultText(raw: string): ParsedResult {
  const whole = twin(raw);
  const text = whole.c;
  if (!text) return { kind: 'empty' };
  const refused = refusedResult(whole);
  if (refused) return refused;
  const t = unwrapResult(whole);
  if (!t.f) return { kind: 'symbols', text };
  if (NA_RESULT.test(t.f)) return { kind: 'notApplicable', text };
  if (NO_DATA.test(t.f)) return { kind: 'noData', text };
  if (!/\d/.test(t.f)) {
    for (const w of WORDS) if (w.re.test(t.f)) return { kind: 'word', text, word: w.word };
    return { kind: 'text', text };
  }
  const lead = leadingWords(t);
  if (!lead) return { kind: 'approximate', text };
  return (
    ratioResult(lead.figure, text, lead.estimate) ??
    rangeResult(lead.figure, text, lead.estimate) ??
    singleResult(lead.figure, text, lead.estimate)
  );
}

/** What is never read as a figure: a formula, HTML, symbols only, "- 5" (bullet or minus?), a negative figure. */
function refusedResult({ c, f }: Twin): ParsedResult | null {
  const text = c;
  if (FORMULA.test(text)) return { kind: 'formula', text };
  if (HTML.test(text)) return { kind: 'html', text };
  if (NO_LETTER_OR_DIGIT.test(text)) return { kind: 'symbols', text };
  // "- 5": a bullet before a figure, or a minus sign? Nobody can tell: a person must write the figure again.
  if (/^-\s+\d/.test(f)) return { kind: 'dashNumber', text };
  // "-5%", "-0,5": a negative figure (the judge and the cell check refuse it for rates and counts).
  if (/^-\d/.test(f)) {
    const positive = parseResultText(c.slice(1));
    if (positive.kind === 'number' && !positive.ratio) {
      const { lo, loOpen, hi, hiOpen } = positive.range;
      return { ...positive, text, value: -positive.value, range: interval(-hi, hiOpen, -lo, loOpen) };
    }
    if (positive.kind === 'number' && positive.ratio)
      return { kind: 'badRatio', text, num: -positive.ratio.num, den: positive.ratio.den };
    return positive.kind === 'unreadableNumber' ? { kind: 'unreadableNumber', text } : { kind: 'text', text };
  }
  return null;
}

/** A bullet from Word ("• 85%", "- Đạt"), trailing punctuation, quotes around the whole value, a trailing note. */
function unwrapResult(whole: Twin): Twin {
  const bullet = /^[-•*+]\s+/.exec(whole.f);
  let t = bullet ? { c: whole.c.slice(bullet[0].length), f: whole.f.slice(bullet[0].length) } : whole;
  t = cutPunct(t);
  // Quotes around the whole value, as pasted from Word ("“100%”" is cleaned to "\"100%\"").
  const quoted = /^(["'])(.*)\1$/.exec(t.f);
  if (quoted?.[2].trim()) t = { f: quoted[2].trim(), c: t.c.slice(1, -1).trim() };
  return cutNote(t);
}

/** "Ước đạt", "Kết quả:", "đạt" before the figure; null when it is only approximate ("khoảng 85%"). */
function leadingWords(t: Twin): { figure: Twin; estimate: boolean } | null {
  let estimate = false;
  let i = 0;
  for (let guard = 0; guard < 4; guard++) {
    const s = t.f.slice(i);
    let m = ESTIMATE.exec(s);
    if (m?.[0]) {
      estimate = true;
      i += m[0].length;
      continue;
    }
    m = APPROX.exec(s);
    if (m?.[0] && /^\s*\d/.test(s.slice(m[0].length))) return null;
    m = RESULT_FILLER.exec(s);
    if (m?.[0]) {
      i += m[0].length;
      continue;
    }
    break;
  }
  return { figure: { c: t.c.slice(i), f: t.f.slice(i) }, estimate };
}

/** Ratio: "375/394", "08/08 trường", "375 trên 394 hồ sơ". */
function ratioResult({ c, f }: Twin, text: string, estimate: boolean): ParsedResult | null {
  const ratio = RE_RATIO.exec(f);
  if (!ratio || /\d/.test(ratio[3])) return null;
  const a = parseVietnameseNumber(ratio[1]);
  const b = parseVietnameseNumber(ratio[2]);
  if (!a || !b || a.dotDecimal || b.dotDecimal) return { kind: 'unreadableNumber', text };
  if (b.value === 0 || a.value > b.value || a.value < 0) return { kind: 'badRatio', text, num: a.value, den: b.value };
  const pct = (a.value / b.value) * 100;
  const noun = c.slice(c.length - ratio[3].length).trim();
  const exact = interval(pct, false, pct, false);
  return numberResult(text, pct, exact, '=', PERCENT, { num: a.value, den: b.value, noun }, estimate, false, '');
}

/** Range: "80-90%". */
function rangeResult(t: Twin, text: string, estimate: boolean): ParsedResult | null {
  const range = readRange(RE_RESULT_RANGE, t);
  if (!range) return null;
  const { a, b } = range;
  if (!a || !b) return { kind: 'unreadableNumber', text };
  const dotDecimal = a.dotDecimal || b.dotDecimal;
  if (!dotDecimal && a.value > b.value) return { kind: 'text', text };
  const span = interval(a.value, false, b.value, false);
  const suggestion = dotDecimal ? commaSuggestion(text) : '';
  return numberResult(text, a.value, span, 'range', range.unit(null), null, estimate, dotDecimal, suggestion);
}

/** Single value with an optional comparison: "82,54%", "≥ 60%", "trên 70%", "1.134.256.000 đồng", "80% trở lên". */
function singleResult(t: Twin, text: string, estimate: boolean): ParsedResult {
  const { body, single } = readSingle(t);
  if (single) {
    const n = single.number;
    if (!n) return { kind: 'unreadableNumber', text };
    const unit = single.rest.f ? unitFromPhrase(single.rest.f, single.rest.c) : null;
    const op: Op = single.op ?? '=';
    const suggestion = n.dotDecimal ? commaSuggestion(text) : '';
    return numberResult(text, n.value, opInterval(op, n.value), op, unit, null, estimate, n.dotDecimal, suggestion);
  }
  // A number glued to letters or dots in a way no rule reads ("82.5.4%", "85%%"): unreadable, not free text.
  if (/^[\d.,\s%/]+$/.test(body)) return { kind: 'unreadableNumber', text };
  return { kind: 'text', text };
}

// ---------------------------------------------------------------- several figures in one result

const RE_FIGURE = new RegExp(String.raw`(?:${NUM})(?:\s*(?:/|tren)\s*(?:${NUM}))?\s*%?`, 'g');
const LABEL_EDGES = /^[\s;,:.\-+•*]+|[\s;,:.\-(]+$/g;
const LABEL_FILLER = /^(?:ket qua|dat|la|ty le|ti le)\b\s*/;

export interface ResultPart {
  /** The words before the figure ("mầm non"), "" when none. */
  label: string;
  /** Its folded form, for matching. */
  folded: string;
  /** The figure itself, read as a result ("96%", "8/8"). */
  result: ParsedResult;
}

/**
 * The figures of a result that holds several ("Tiểu học, THCS: 96%; mầm non: 88%", "100%; 90%",
 * "375/394 hồ sơ, đạt 95,18%"), each with the words written before it. One figure or none: [].
 */
export function resultParts(raw: unknown): ResultPart[] {
  if (typeof raw !== 'string') return [];
  const { c, f } = twin(raw);
  const parts: ResultPart[] = [];
  let last = 0;
  for (const m of f.matchAll(RE_FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    let label = c.slice(last, start).replace(LABEL_EDGES, '');
    let folded = f.slice(last, start).replace(LABEL_EDGES, '');
    const filler = LABEL_FILLER.exec(folded);
    if (filler) {
      label = label.slice(filler[0].length);
      folded = folded.slice(filler[0].length);
    }
    parts.push({ label, folded, result: parseResult(c.slice(start, end)) });
    last = end;
  }
  return parts.length >= 2 ? parts : [];
}
