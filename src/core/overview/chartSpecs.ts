import { JUDGING_TEXT } from '../judging/messages';
import { VERDICT_CHART_COLORS, VERDICT_LABELS } from '../judging/verdicts';
import { OVERVIEW_TEXT } from './messages';
import type { Summary } from './overview';

/**
 * The overview charts, as plain data: what each chart shows. The sheet builds them as EmbeddedCharts
 * over the Tổng hợp ranges; offline they are drawn from a Vega-Lite spec (same data, same titles).
 */
export interface ChartSpec {
  key: 'completeness' | 'verdicts' | 'trend';
  title: string;
  /** Vega-Lite specification with inline data. */
  vegaLite: Record<string, unknown>;
  width: number;
  height: number;
}

export const CHART_TEXT = OVERVIEW_TEXT.chart;

/**
 * The verdict series of the group chart, in the order of the group block's columns (Đạt … Chưa có kết quả), so
 * the sheet chart (which reads those columns) and the offline chart show the same bars in the same colours.
 * "Chưa có kết quả" as the report words it: a unit may have answered ("chưa có số liệu") without a result.
 */
export const VERDICT_SERIES = [
  { key: 'achieved', label: VERDICT_LABELS.ACHIEVED, color: VERDICT_CHART_COLORS.ACHIEVED },
  { key: 'exceeded', label: VERDICT_LABELS.EXCEEDED, color: VERDICT_CHART_COLORS.EXCEEDED },
  { key: 'notAchieved', label: VERDICT_LABELS.NOT_ACHIEVED, color: VERDICT_CHART_COLORS.NOT_ACHIEVED },
  { key: 'early', label: JUDGING_TEXT.tally.early, color: VERDICT_CHART_COLORS.EARLY },
  { key: 'onTrack', label: VERDICT_LABELS.ON_TRACK, color: VERDICT_CHART_COLORS.ON_TRACK },
  { key: 'behind', label: VERDICT_LABELS.BEHIND, color: VERDICT_CHART_COLORS.BEHIND },
  { key: 'notDue', label: VERDICT_LABELS.NOT_DUE, color: VERDICT_CHART_COLORS.NOT_DUE },
  { key: 'needsReview', label: VERDICT_LABELS.NEEDS_REVIEW, color: VERDICT_CHART_COLORS.NEEDS_REVIEW },
  { key: 'missing', label: JUDGING_TEXT.tally.noResult, color: VERDICT_CHART_COLORS.MISSING },
] as const;

const FONT = 'DejaVu Sans';

/** "Phụ lục I - Đến năm 2030": the group as the chart labels it (the appendix, then the Nhóm). */
export function groupLabel(g: { appendix: string; group: string }): string {
  return (g.appendix ? OVERVIEW_TEXT.chart.appendixGroup(g.appendix, g.group) : g.group).normalize('NFC');
}

/** What the verdicts chart prints after each bar: the ratio the report states ("đạt 01/03 đến hạn"). */
export function groupRatioLabel(g: { judged: number; ratio: string }, year: number): string {
  return g.judged ? OVERVIEW_TEXT.chart.ratio(g.ratio) : OVERVIEW_TEXT.chart.nothingJudged(year);
}

/** The charts of Tổng hợp; the trend chart only when some indicator has results to draw (else Tổng hợp says why). */
export function chartSpecs(summary: Summary): ChartSpec[] {
  const trend = trendChart(summary);
  return [completenessChart(summary), verdictsChart(summary), ...(trend ? [trend] : [])];
}

/** Vietnamese number format on the axes and labels: 82,4 (decimal comma), 1.250 (thousands dot). */
const CONFIG = {
  font: FONT,
  locale: {
    number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', OVERVIEW_TEXT.chart.currencySuffix] },
  },
  // labelLimit: long unit names are never cut ("…"); the worker measures text with the font it draws with.
  axis: { labelFontSize: 13, titleFontSize: 13, labelLimit: 600 },
  legend: { labelFontSize: 13, titleFontSize: 13, labelLimit: 300 },
  title: { fontSize: 16, anchor: 'middle', frame: 'bounds', offset: 10 },
  view: { stroke: null },
};

/** What every chart spec shares: the schema, its title, white background, the config above. */
function frame(title: string, width: number): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width,
    height: { step: 34 },
    background: 'white',
    padding: 12,
    config: CONFIG,
  };
}

/** Share of the items each unit leads that it has reported. */
function completenessChart(summary: Summary): ChartSpec {
  // NFC: a name typed with a decomposing keyboard must still match the font's precomposed glyphs.
  const units = summary.units.map((u) => ({ unit: u.unitName.normalize('NFC'), percent: u.percentComplete }));
  const title = CHART_TEXT.completeness(summary.year);
  return {
    key: 'completeness',
    title,
    width: 760,
    height: 320,
    vegaLite: {
      ...frame(title, 420),
      data: { values: units },
      // "82,4%", "100%" (the locale's decimal comma; no ",0" on whole numbers).
      transform: [{ calculate: "format(datum.percent, datum.percent % 1 === 0 ? 'd' : '.1f') + '%'", as: 'label' }],
      encoding: {
        y: { field: 'unit', type: 'nominal', sort: null, scale: { domain: units.map((u) => u.unit) }, title: null },
        x: { field: 'percent', type: 'quantitative', scale: { domain: [0, 100] }, title: CHART_TEXT.percent },
      },
      layer: [
        { mark: { type: 'bar', color: '#3C78D8' } },
        {
          mark: { type: 'text', align: 'left', dx: 4, fontSize: 13 },
          encoding: { text: { field: 'label', type: 'nominal' } },
        },
      ],
    },
  };
}

/** At most how wide a 13 px label is (DejaVu Sans averages about 0.55 em a letter here; 0.6 em leaves a margin). */
const labelPixels = (text: string) => text.length * 0.6 * 13 + 8;

/**
 * The count axis's end: every bar's "đạt 01/03 đến hạn" or "không có chỉ tiêu đến hạn năm 2026" label fits after
 * the bar inside the plot (a bar of `total` ends at total / domain of the width), and the longest bar has some room.
 */
function countDomain(groups: readonly { total: number; label: string }[], plotWidth: number): number {
  const fits = groups.map((g) => (g.total * plotWidth) / Math.max(plotWidth - labelPixels(g.label), plotWidth / 4));
  return Math.max(1, Math.ceil(Math.max(...groups.map((g) => g.total * 1.15), ...fits)));
}

/** Indicators per group by verdict (stacked), the ratio the report states after each bar. */
function verdictsChart(summary: Summary): ChartSpec {
  const groupLabels = summary.groups.map(groupLabel);
  const groupRows = summary.groups
    .flatMap((g) =>
      VERDICT_SERIES.map((s, order) => ({ group: groupLabel(g), verdict: s.label, order, count: g[s.key] })),
    )
    .filter((r) => r.count > 0);
  const barOf = (g: Summary['groups'][number]) => VERDICT_SERIES.reduce((n, s) => n + g[s.key], 0);
  const groupTotals = summary.groups.map((g) => ({
    group: groupLabel(g),
    total: barOf(g),
    label: groupRatioLabel(g, summary.year),
  }));
  const plotWidth = 480;
  const yGroup = { field: 'group', type: 'nominal', sort: null, scale: { domain: groupLabels }, title: null };
  const title = CHART_TEXT.verdicts(summary.year);
  return {
    key: 'verdicts',
    title,
    width: 760,
    height: 320,
    vegaLite: {
      ...frame(title, plotWidth),
      layer: [
        {
          data: { values: groupRows },
          mark: 'bar',
          encoding: {
            y: yGroup,
            x: {
              field: 'count',
              type: 'quantitative',
              stack: 'zero',
              title: CHART_TEXT.count,
              scale: { domain: [0, countDomain(groupTotals, plotWidth)], nice: false },
              axis: { tickMinStep: 1 },
            },
            color: {
              field: 'verdict',
              type: 'nominal',
              title: CHART_TEXT.verdict,
              scale: { domain: VERDICT_SERIES.map((s) => s.label), range: VERDICT_SERIES.map((s) => s.color) },
              // Below the plot: at the right it sat where a long "không có chỉ tiêu đến hạn năm 2026" label ends.
              legend: { orient: 'bottom', columns: 3 },
            },
            order: { field: 'order', type: 'quantitative' },
          },
        },
        {
          data: { values: groupTotals },
          mark: { type: 'text', align: 'left', dx: 4, fontSize: 13 },
          encoding: {
            y: yGroup,
            x: { field: 'total', type: 'quantitative' },
            text: { field: 'label', type: 'nominal' },
          },
        },
      ],
    },
  };
}

/** Height of the trend chart's plot: what the value labels are spaced for. */
const TREND_LABEL_SIZE = 13;
const TREND_PLOT = { width: 520, height: 360 } as const;
/** A value label is drawn only this many % points (one label high) away from a label already drawn that year. */
const TREND_LABEL_GAP = (TREND_LABEL_SIZE * 100) / TREND_PLOT.height;

/**
 * The rows of the trend chart: one per indicator and year, the year as text (an ordinal axis: "2025", never "2.025"),
 * and whether its value is labelled: per year from the highest value down, a label that would overlap the one above it
 * is left out (the Tổng hợp table holds every value).
 */
export function trendChartValues(
  summary: Summary,
): { year: string; series: string; value: number; labelled: boolean; first: boolean }[] {
  const firstYear = String(summary.trend.years[0]);
  const rows = summary.trend.series.flatMap((s) =>
    s.points.map((p) => ({
      year: String(p.year),
      series: s.name.normalize('NFC'),
      value: p.value,
      labelled: false,
      // The first year's label goes left of its point, the others right: never over the line.
      first: String(p.year) === firstYear,
    })),
  );
  for (const year of new Set(rows.map((r) => r.year))) {
    let last = Number.POSITIVE_INFINITY;
    for (const r of rows.filter((x) => x.year === year).sort((a, b) => b.value - a.value)) {
      if (last - r.value < TREND_LABEL_GAP) continue;
      r.labelled = true;
      last = r.value;
    }
  }
  return rows;
}

/** Chosen indicators' results across the years, in %; null when there is nothing to draw. */
function trendChart(summary: Summary): ChartSpec | null {
  const names = summary.trend.series.map((s) => s.name.normalize('NFC'));
  if (!names.length) return null;
  const title = OVERVIEW_TEXT.trend.title;
  const encoding = {
    x: {
      field: 'year',
      type: 'ordinal',
      sort: summary.trend.years.map(String),
      title: OVERVIEW_TEXT.trend.year,
      // Room on both sides for the value labels of the first and last year.
      scale: { type: 'point', padding: 0.6 },
      axis: { labelAngle: 0 },
    },
    y: {
      field: 'value',
      type: 'quantitative',
      scale: { domain: [0, 100], clamp: false },
      title: OVERVIEW_TEXT.trend.axis,
    },
    color: {
      field: 'series',
      type: 'nominal',
      scale: { domain: names },
      title: null,
      legend: { orient: 'bottom', direction: 'vertical', columns: 1, labelLimit: 900, symbolType: 'stroke' },
    },
  };
  return {
    key: 'trend',
    title,
    width: 760,
    height: 500,
    vegaLite: {
      ...frame(title, TREND_PLOT.width),
      height: TREND_PLOT.height,
      data: { values: trendChartValues(summary) },
      // "82,54%", "90%" (the locale's decimal comma, no trailing zeros).
      transform: [{ calculate: "format(datum.value, '.2~f') + '%'", as: 'label' }],
      encoding,
      layer: [
        { mark: { type: 'line', strokeWidth: 2.5, point: { size: 70, filled: true } } },
        {
          transform: [{ filter: 'datum.labelled && datum.first' }],
          mark: { type: 'text', align: 'right', dx: -9, fontSize: TREND_LABEL_SIZE },
          encoding: { text: { field: 'label', type: 'nominal' } },
        },
        {
          transform: [{ filter: 'datum.labelled && !datum.first' }],
          mark: { type: 'text', align: 'left', dx: 9, fontSize: TREND_LABEL_SIZE },
          encoding: { text: { field: 'label', type: 'nominal' } },
        },
      ],
    },
  };
}
