import type { AssessedIndicator, Assessment } from '../judging/assess';
import { resultFigure } from '../judging/indicator';
import { unitOfMeasure } from '../judging/quantity';
import { cleanText } from '../text';
import { OVERVIEW_TEXT } from './messages';

/**
 * The chart of indicators across the years (Tổng hợp, issue 14): for each chosen indicator row, its results of earlier
 * years (Lịch sử) and this year's (Chỉ tiêu), as percentages. Rows are chosen by Cấu hình "Chỉ tiêu vẽ biểu đồ qua
 * các năm" (row keys, catalog ids or TT), else the tool picks the percent indicators with the most years of results.
 */
export interface TrendPoint {
  year: number;
  /** In % (82.54 for "82,54%"; a ratio "375/394" as 95.18). */
  value: number;
}

export interface TrendSeries {
  rowKey: string;
  /** The indicator as the legend and the table's header name it: short, with its unit when several units lead it. */
  name: string;
  points: TrendPoint[];
}

export interface Trend {
  /** Every year some series has a point, oldest first: the rows of the table, the chart's x axis. */
  years: number[];
  series: TrendSeries[];
  /** Lines printed under the block: why there is no chart, or what of Cấu hình's list was left out and why. */
  notes: string[];
}

/** The tool's pick when Cấu hình names none: at most this many series, each of at least two years. */
export const TREND_DEFAULT_MAX = 5;
export const TREND_DEFAULT_MIN_POINTS = 2;
/**
 * Cấu hình's list is typed or pasted by a person: at most this many series are drawn (a legend of hundreds is
 * unreadable, and each series is a column of Tổng hợp), at most this many notes printed, the rest said in one line.
 */
export const TREND_CONFIG_MAX = 10;
export const TREND_NOTES_MAX = 10;
/** Longest name kept whole; a longer one is cut at a word and ends in "…" (the legend stays readable). */
export const TREND_NAME_MAX = 64;

const T = OVERVIEW_TEXT.trend;

/** A typed result as a percentage, when it reads as one figure in % (or a bare number in a % row); else null. */
export function percentValue(value: unknown): number | null {
  const figure = resultFigure(value);
  if (!figure || (figure.unit !== '%' && figure.unit !== '')) return null;
  return Number.isFinite(figure.value) ? figure.value : null;
}

/**
 * A row measured in %: its "Đơn vị tính" says so or, without one (Phụ lục II), its applicable target is written in %
 * (the hint assess.ts gives the cell check).
 */
export function isPercentRow(row: AssessedIndicator): boolean {
  const unit = cleanText(row.record.unitOfMeasure);
  if (unit) return unitOfMeasure(unit).kind === 'percent';
  return !!row.judgement?.applicableTarget.includes('%');
}

/** The row's readable results: earlier years from Lịch sử, then this year's; unreadable ones skipped. */
export function trendPoints(row: AssessedIndicator, assessment: Pick<Assessment, 'history' | 'config'>): TrendPoint[] {
  const year = assessment.config.reportingYear;
  const points: TrendPoint[] = [];
  for (const r of assessment.history.resultSeries(row.rowKey)) {
    if (r.year >= year) continue;
    const value = percentValue(r.value);
    if (value !== null) points.push({ year: r.year, value });
  }
  const now = percentValue(row.record.result);
  if (now !== null) points.push({ year, value: now });
  return points;
}

/** "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)" → "Người dân có tài khoản định danh điện tử (VNeID)". */
export function shortIndicatorName(name: string, max = TREND_NAME_MAX): string {
  let text = cleanText(name)
    .replace(/^(tỷ lệ|tỉ lệ)\s+/iu, '')
    .replace(/[.;:]+$/, '');
  text = text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
  if (text.length > max) {
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    text = `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:-]+$/, '')}…`;
  }
  return text.normalize('NFC');
}

/** Series names: short, the unit added when several units lead the indicator, the row's place when still alike. */
function namesOf(rows: readonly AssessedIndicator[], assessment: Assessment): string[] {
  const leads = new Map<string, number>();
  for (const r of assessment.indicators) if (!r.isGroup) leads.set(r.catalogId, (leads.get(r.catalogId) ?? 0) + 1);
  const names = rows.map((r) => {
    const short = shortIndicatorName(cleanText(r.record.name) || r.rowKey);
    if ((leads.get(r.catalogId) ?? 0) < 2 || !r.unitId) return short;
    return T.withUnit(short, assessment.registry.byId(r.unitId)?.name ?? r.unitId);
  });
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? T.withWhere(n, rows[i].where) : n));
}

/** The rows Cấu hình names, in its order, each once; what matched nothing, or too much, as notes. */
function configuredRows(
  entries: readonly string[],
  rows: readonly AssessedIndicator[],
): { rows: AssessedIndicator[]; notes: string[] } {
  const chosen: AssessedIndicator[] = [];
  const notes: string[] = [];
  const add = (r: AssessedIndicator) => {
    if (!chosen.includes(r)) chosen.push(r);
  };
  for (const entry of entries) {
    const key = entry.toUpperCase();
    const byKey = rows.filter((r) => r.rowKey.toUpperCase() === key);
    const byCatalog = byKey.length ? byKey : rows.filter((r) => r.catalogId.toUpperCase() === key);
    if (byCatalog.length) {
      byCatalog.forEach(add);
      continue;
    }
    const byTt = rows.filter((r) => cleanText(r.record.tt) === entry);
    const appendices = [...new Set(byTt.map((r) => cleanText(r.record.appendix)))];
    if (appendices.length > 1) notes.push(T.ambiguous(entry, appendices.join(', '), byTt[0].catalogId));
    else if (byTt.length) byTt.forEach(add);
    else notes.push(T.unknown(entry));
  }
  return { rows: chosen, notes };
}

export function trendOf(assessment: Assessment): Trend {
  const rows = assessment.indicators.filter((r) => !r.isGroup && r.judgement);
  const entries = assessment.config.trendIndicators ?? [];
  const picked: { row: AssessedIndicator; points: TrendPoint[] }[] = [];
  const notes: string[] = [];
  if (entries.length) {
    // An entry pasted twice is read (and named in a note) once.
    const distinct = entries.filter((e, i) => entries.findIndex((x) => x.toUpperCase() === e.toUpperCase()) === i);
    const configured = configuredRows(distinct, rows);
    notes.push(...configured.notes);
    for (const row of configured.rows) {
      const points = trendPoints(row, assessment);
      if (!isPercentRow(row)) notes.push(T.notPercent(row.rowKey, row.where));
      else if (!points.length) notes.push(T.noResult(row.rowKey, row.where));
      else picked.push({ row, points });
    }
    if (picked.length > TREND_CONFIG_MAX) {
      const left = picked.splice(TREND_CONFIG_MAX).map((p) => p.row.rowKey);
      notes.unshift(T.tooMany(TREND_CONFIG_MAX, left));
    }
    if (notes.length > TREND_NOTES_MAX) {
      const more = notes.length - TREND_NOTES_MAX;
      notes.splice(TREND_NOTES_MAX, more, T.moreNotes(more));
    }
  } else {
    const candidates = rows
      .filter(isPercentRow)
      .map((row) => ({ row, points: trendPoints(row, assessment) }))
      .filter((c) => c.points.length >= TREND_DEFAULT_MIN_POINTS);
    // Most years first; among equals, the sheet's order (sort is stable).
    candidates.sort((a, b) => b.points.length - a.points.length);
    picked.push(...candidates.slice(0, TREND_DEFAULT_MAX));
    if (!picked.length) notes.push(T.none);
  }
  const names = namesOf(
    picked.map((p) => p.row),
    assessment,
  );
  const series = picked.map((p, i) => ({ rowKey: p.row.rowKey, name: names[i], points: p.points }));
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return { years, series, notes };
}
