/**
 * The two overview charts offline: Vega-Lite specs with the summary's data, rendered to PNG in a child process
 * (vega → SVG → resvg) with the DejaVu fonts. Checks the PNG itself (signature, IHDR size) and the SVG text:
 * Vietnamese labels in NFC, full unit names, Vietnamese number format.
 */
import {
  type ChartSpec,
  chartSpecs,
  groupLabel,
  groupRatioLabel,
  VERDICT_SERIES,
} from '../../src/core/overview/chartSpecs';
import { type Summary, summarize } from '../../src/core/overview/overview';
import { type RenderedChart, renderCharts } from '../../src/local/overview/charts';
import { AFTER, GENERATED_AT, sampleAssessment } from './helpers';

const summary = summarize(sampleAssessment(AFTER), GENERATED_AT);
const specs = chartSpecs(summary);
const spec = (key: ChartSpec['key']) => specs.find((s) => s.key === key)!;
type Values = Record<string, unknown>[];
const layers = (s: ChartSpec) => (s.vegaLite.layer as { data?: { values: Values } }[]) ?? [];

/** Text drawn in an SVG, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('chart specs carry the summary', () => {
  test('completeness: one bar per unit, the % of the units block, units in the block order', () => {
    const s = spec('completeness');
    expect(s.vegaLite.data).toEqual({
      values: summary.units.map((u) => ({ unit: u.unitName, percent: u.percentComplete })),
    });
    expect(s.title).toBe('Tỷ lệ đã báo cáo theo đơn vị, năm 2026 (%)');
  });

  test('verdicts: per group, the verdict columns (due, then of later years); the bar adds up to them; the ratio printed', () => {
    const [bars, totals] = layers(spec('verdicts'));
    const bar = (g: Summary['groups'][number]) =>
      g.achieved + g.exceeded + g.notAchieved + g.early + g.onTrack + g.behind + g.notDue + g.needsReview + g.missing;
    for (const g of summary.groups) {
      const mine = bars.data!.values.filter((r) => r.group === groupLabel(g));
      expect(mine.reduce((n, r) => n + (r.count as number), 0)).toBe(bar(g));
      for (const series of VERDICT_SERIES) {
        expect(mine.find((r) => r.verdict === series.label)?.count ?? 0).toBe(g[series.key]);
      }
    }
    expect(totals.data!.values).toEqual(
      summary.groups.map((g) => ({
        group: groupLabel(g),
        total: bar(g),
        label: g.judged ? `đạt ${g.ratio} đến hạn` : 'không có chỉ tiêu đến hạn năm 2026',
      })),
    );
    expect(VERDICT_SERIES.map((s) => s.label)).toEqual([
      'Đạt',
      'Vượt',
      'Không đạt',
      'Đạt sớm',
      'Đúng lộ trình',
      'Chậm lộ trình',
      'Chưa đến hạn',
      'Cần đánh giá',
      'Chưa có kết quả',
    ]);
    expect(groupLabel({ appendix: 'II', group: 'Phát triển Hạ tầng' })).toBe('Phụ lục II - Phát triển Hạ tầng');
    expect(groupRatioLabel({ judged: 0, ratio: 'không có chỉ tiêu đến hạn năm 2026' }, 2026)).toBe(
      'không có chỉ tiêu đến hạn năm 2026',
    );
  });

  test("verdicts: every bar's label fits after it inside the plot; the legend sits below, not where labels end", () => {
    // The sample's 20-indicator group has the long "không có chỉ tiêu đến hạn năm 2026": at the right of the plot,
    // the legend was drawn over its end.
    const s = spec('verdicts');
    const [bars, totals] = s.vegaLite.layer as {
      encoding: { x: { scale?: { domain: number[] } }; color?: { legend: unknown } };
      data: { values: { total: number; label: string }[] };
    }[];
    const width = s.vegaLite.width as number;
    const end = bars.encoding.x.scale!.domain[1];
    // 13 px DejaVu Sans: at most 0.6 em a letter on average in these labels.
    for (const { total, label } of totals.data.values)
      expect((total / end) * width + 4 + label.length * 0.6 * 13).toBeLessThanOrEqual(width);
    expect(bars.encoding.color!.legend).toMatchObject({ orient: 'bottom' });
  });

  test('a group whose indicators are all "không áp dụng" keeps its row (with its label), not a gap', () => {
    const empty: Summary = {
      ...summary,
      groups: [
        ...summary.groups,
        {
          ...summary.groups[0],
          group: 'Nhóm riêng',
          judged: 0,
          achieved: 0,
          exceeded: 0,
          notAchieved: 0,
          early: 0,
          onTrack: 0,
          behind: 0,
          notDue: 0,
          needsReview: 0,
          missing: 0,
          notApplicable: 2,
          ratio: 'không có chỉ tiêu đến hạn năm 2026',
        },
      ],
    };
    const [bars, totals] = layers(chartSpecs(empty).find((s) => s.key === 'verdicts')!);
    expect(bars.data!.values.some((r) => String(r.group).endsWith('Nhóm riêng'))).toBe(false);
    expect(totals.data!.values.at(-1)).toMatchObject({ total: 0, label: 'không có chỉ tiêu đến hạn năm 2026' });
  });
});

describe('rendered offline', () => {
  let rendered: RenderedChart[];
  let longName: RenderedChart;
  const LONG = 'Trung tâm phục vụ hành chính công và chuyển đổi số phường Hải Dương';

  beforeAll(() => {
    rendered = renderCharts(specs);
    // The long name typed decomposed (NFD), as some keyboards do.
    const s: Summary = {
      ...summary,
      units: summary.units.map((u, i) => (i === 0 ? { ...u, unitName: LONG.normalize('NFD') } : u)),
    };
    longName = renderCharts(chartSpecs(s).filter((c) => c.key === 'completeness'))[0];
  });

  test('three PNGs with sane sizes (drawn at twice the CSS size)', () => {
    expect(rendered.map((r) => r.key)).toEqual(['completeness', 'verdicts', 'trend']);
    for (const r of rendered) {
      const size = pngSize(r.png);
      expect(size).toEqual({ width: r.width, height: r.height });
      expect(r.width).toBeGreaterThanOrEqual(1000);
      expect(r.width).toBeLessThanOrEqual(2400);
      expect(r.height).toBeGreaterThanOrEqual(300);
      // The trend chart is nearly square: its legend of indicator names sits under the plot.
      expect(r.width / r.height).toBeGreaterThan(r.key === 'trend' ? 0.9 : 1.5);
      expect(r.width / r.height).toBeLessThan(4.5);
      expect(r.png.length).toBeLessThan(200 * 1024);
      expect(r.title).toBe(spec(r.key).title);
    }
  });

  test('Vietnamese labels in NFC: unit names, verdicts, titles', () => {
    const [completeness, verdicts] = rendered.map((r) => svgTexts(r.svg));
    for (const r of [...rendered, longName]) expect(r.svg).toBe(r.svg.normalize('NFC'));
    expect(completeness).toContain('Phòng Văn hóa - Xã hội');
    for (const u of summary.units) expect(completeness).toContain(u.unitName.normalize('NFC'));
    expect(completeness).toContain('Tỷ lệ đã báo cáo theo đơn vị, năm 2026 (%)');
    for (const label of ['Đạt', 'Vượt', 'Đạt sớm', 'Đúng lộ trình', 'Chậm lộ trình', 'Cần đánh giá', 'Chưa có kết quả'])
      expect(verdicts).toContain(label);
    expect(verdicts).toContain('Kết quả đánh giá chỉ tiêu theo nhóm, năm 2026');
    for (const g of summary.groups) expect(verdicts).toContain(groupLabel(g));
    for (const g of summary.groups.filter((x) => x.judged)) expect(verdicts).toContain(`đạt ${g.ratio} đến hạn`);
  });

  test('Vietnamese number format: decimal comma on the bars ("82,4%"), never a decimal point', () => {
    const texts = svgTexts(rendered[0].svg);
    const shown = (p: number) => `${Number.isInteger(p) ? String(p) : p.toFixed(1).replace('.', ',')}%`;
    for (const u of summary.units) expect(texts).toContain(shown(u.percentComplete));
    expect(summary.units.some((u) => !Number.isInteger(u.percentComplete))).toBe(true);
    expect(texts.filter((t) => /^\d+\.\d/.test(t))).toEqual([]);
  });

  test('whole percentages without ",0": 100%, 50%', () => {
    const s: Summary = {
      ...summary,
      units: summary.units.map((u, i) => ({ ...u, percentComplete: i === 0 ? 100 : i === 1 ? 50 : u.percentComplete })),
    };
    const texts = svgTexts(renderCharts(chartSpecs(s).filter((c) => c.key === 'completeness'))[0].svg);
    expect(texts).toContain('100%');
    expect(texts).toContain('50%');
    expect(texts).not.toContain('100,0%');
  });

  test('no label is cut short ("…"), even a long unit name', () => {
    for (const r of [...rendered, longName].filter((x) => x.key !== 'trend')) expect(r.svg).not.toContain('…');
    // The trend chart's long indicator names are shortened by the core (overview/trend.ts), never cut further.
    const names = summary.trend.series.map((x) => x.name);
    const trend = rendered.find((r) => r.key === 'trend')!;
    for (const text of svgTexts(trend.svg).filter((t) => t.includes('…'))) expect(names).toContain(text);
    for (const name of names) expect(svgTexts(trend.svg)).toContain(name);
    expect(svgTexts(longName.svg)).toContain(LONG);
  });

  test('labels are laid out with the widths the font really has: the plot starts just after the longest name', () => {
    // vega without a canvas guesses 0.8 em a character, which pushed the plot ~40 % too far right.
    const offset = (svg: string) => Number(/<g fill="none"[^>]*transform="translate\(([\d.]+),/.exec(svg)![1]);
    const longest = Math.max(...summary.units.map((u) => u.unitName.length));
    const x = offset(rendered[0].svg);
    expect(x).toBeLessThan(longest * 12 * 0.8);
    expect(x).toBeGreaterThan(longest * 12 * 0.45);
  });
});
