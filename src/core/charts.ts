import type { Summary } from './summary';

/**
 * The two overview charts, as plain data: what each chart shows. The sheet builds them as EmbeddedCharts
 * over the Tổng hợp ranges; offline they are drawn from a Vega-Lite spec (same data, same titles).
 */
export interface ChartSpec {
  key: 'completeness' | 'verdicts';
  title: string;
  /** Vega-Lite specification with inline data. */
  vegaLite: Record<string, unknown>;
  width: number;
  height: number;
}

export const CHART_TEXT = {
  completeness: (year: number) => `Tỷ lệ đã báo cáo theo đơn vị, năm ${year} (%)`,
  verdicts: (year: number) => `Kết quả đánh giá chỉ tiêu theo nhóm, năm ${year}`,
  unit: 'Đơn vị',
  percent: 'Tỷ lệ đã báo cáo (%)',
  group: 'Nhóm chỉ tiêu',
  count: 'Số chỉ tiêu',
  verdict: 'Đánh giá',
} as const;

export const VERDICT_SERIES = [
  { key: 'achieved', label: 'Đạt', color: '#6AA84F' },
  { key: 'exceeded', label: 'Vượt', color: '#38761D' },
  { key: 'notAchieved', label: 'Không đạt', color: '#CC0000' },
  { key: 'needsReview', label: 'Cần đánh giá', color: '#F1C232' },
  { key: 'missing', label: 'Chưa báo cáo', color: '#999999' },
] as const;

const FONT = 'DejaVu Sans';

export function chartSpecs(summary: Summary): ChartSpec[] {
  // Vietnamese number format on the axes and labels: 82,4 (decimal comma), 1.250 (thousands dot).
  const config = { font: FONT, locale: { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' đ'] } }, axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400 }, legend: { labelFontSize: 12, titleFontSize: 12 }, title: { fontSize: 15 } };
  const completeness: ChartSpec = {
    key: 'completeness',
    title: CHART_TEXT.completeness(summary.year),
    width: 760,
    height: 320,
    vegaLite: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: CHART_TEXT.completeness(summary.year),
      width: 420,
      height: { step: 34 },
      background: 'white',
      config,
      data: { values: summary.units.map((u) => ({ unit: u.unitName, percent: u.percentComplete })) },
      layer: [
        { mark: { type: 'bar', color: '#3C78D8' }, encoding: { y: { field: 'unit', type: 'nominal', sort: null, title: null }, x: { field: 'percent', type: 'quantitative', scale: { domain: [0, 100] }, title: CHART_TEXT.percent } } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { y: { field: 'unit', type: 'nominal', sort: null }, x: { field: 'percent', type: 'quantitative' }, text: { field: 'percent', type: 'quantitative', format: '.1f' } } },
      ],
    },
  };
  const groupRows = summary.groups.flatMap((g) =>
    VERDICT_SERIES.map((s, order) => ({ group: `${g.appendix} · ${g.group}`, verdict: s.label, order, count: g[s.key] })),
  ).filter((r) => r.count > 0);
  const verdicts: ChartSpec = {
    key: 'verdicts',
    title: CHART_TEXT.verdicts(summary.year),
    width: 760,
    height: 320,
    vegaLite: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: CHART_TEXT.verdicts(summary.year),
      width: 360,
      height: { step: 34 },
      background: 'white',
      config,
      data: { values: groupRows },
      mark: 'bar',
      encoding: {
        y: { field: 'group', type: 'nominal', sort: null, title: null },
        x: { field: 'count', type: 'quantitative', stack: 'zero', title: CHART_TEXT.count },
        color: {
          field: 'verdict',
          type: 'nominal',
          title: CHART_TEXT.verdict,
          scale: { domain: VERDICT_SERIES.map((s) => s.label), range: VERDICT_SERIES.map((s) => s.color) },
        },
        order: { field: 'order', type: 'quantitative' },
      },
    },
  };
  return [completeness, verdicts];
}
