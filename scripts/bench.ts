/**
 * `npm run bench`: judge 100,000 indicator rows (a realistic mix: every Phụ lục I/II indicator, results typed
 * the ways staff type them, mostly distinct figures, some hand judgements, reporting years 2025–2031) and
 * print rows per second. Target: 100,000 rows in under 2 seconds. A benchmark, not a test: it always exits 0.
 * Options: --rows N (default 100000), --seed N.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type IndicatorInput, judgeIndicator } from '../src/core/judging/indicator';
import { JUDGING_TEXT } from '../src/core/judging/messages';
import { formatVietnameseNumber } from '../src/core/judging/numbers';
import type { IndicatorVerdict } from '../src/core/judging/verdicts';
import { PLAN_CATALOG } from '../src/core/plan/catalog';

const BENCH = JUDGING_TEXT.bench;
const TARGET_ROWS = 100_000;
const TARGET_MS = 2000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}

/** Small deterministic PRNG (mulberry32), so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRows(n: number, random: () => number): IndicatorInput[] {
  const indicators = PLAN_CATALOG.filter((r) => r.kind === 'indicator');
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const pct = () => formatVietnameseNumber(40 + random() * 60, 2);
  // How often each form of result appears, roughly as in a real sheet.
  const forms: [number, () => unknown][] = [
    [40, () => `${pct()}%`],
    [8, () => `${pct()} %`],
    [6, () => `${Math.floor(40 + random() * 61)}`],
    [5, () => 40 + Math.round(random() * 6000) / 100],
    [
      8,
      () => {
        const den = 10 + Math.floor(random() * 500);
        return `${Math.floor(den * (0.5 + random() * 0.5))}/${den}`;
      },
    ],
    [3, () => `${String(Math.floor(random() * 9)).padStart(2, '0')}/08 trường`],
    [10, () => ''],
    [3, () => 'chưa có số liệu'],
    [3, () => pick(['Đạt', 'Hoàn thành', 'Hoàn thành'.normalize('NFD'), 'Không áp dụng'])],
    [3, () => `trên\u00a0${Math.floor(50 + random() * 40)}%`],
    [2, () => `≥ ${Math.floor(50 + random() * 40)}%`],
    [2, () => `${formatVietnameseNumber(Math.floor(random() * 2e9))} đồng`],
    [2, () => pick(['1.5', '82.5%', '82.5.4%', '=IMPORTXML("http://x","//a")', '<img src=x onerror=alert(1)>'])],
    [
      3,
      () =>
        `Đã triển khai cho ${Math.floor(random() * 2000)} lượt người dân tại ${Math.floor(random() * 20)} tổ dân phố`,
    ],
    [2, () => `Ước đạt ${pct()}%`],
  ];
  const total = forms.reduce((s, [w]) => s + w, 0);
  const result = () => {
    let x = random() * total;
    for (const [w, f] of forms) {
      if ((x -= w) < 0) return f();
    }
    return '';
  };
  const rows: IndicatorInput[] = [];
  for (let i = 0; i < n; i++) {
    const row = indicators[i % indicators.length];
    rows.push({
      name: row.name,
      unitOfMeasure: row.unitOfMeasure,
      targets: row.targets,
      result: result(),
      evidence: random() < 0.3 ? 'Số liệu tổng hợp từ phần mềm một cửa điện tử đến 31/10' : '',
      review: random() < 0.03 ? pick(['Đạt', 'Không đạt', 'Vượt', 'tạm được']) : '',
      year: 2025 + Math.floor(random() * 7),
    });
  }
  return rows;
}

function main(): void {
  const n = arg('--rows', TARGET_ROWS);
  const rows = makeRows(n, rng(arg('--seed', 57)));
  // Warm-up on other rows (JIT), not counted.
  for (const r of makeRows(2000, rng(1))) judgeIndicator(r);

  const counts = new Map<IndicatorVerdict, number>();
  const start = performance.now();
  for (const r of rows) {
    const j = judgeIndicator(r);
    counts.set(j.verdict, (counts.get(j.verdict) ?? 0) + 1);
  }
  const ms = performance.now() - start;
  const perSecond = Math.round((n / ms) * 1000);
  const scaled = (ms * TARGET_ROWS) / n;

  const fmt = (x: number) => formatVietnameseNumber(x, 0);
  console.log(BENCH.title(fmt(n), process.version, cpus().length));
  console.log(BENCH.total(ms.toFixed(0)));
  console.log(BENCH.speed(fmt(perSecond)));
  console.log(BENCH.verdicts([...counts].map(([v, c]) => `${v} ${c}`).join(', ')));
  console.log(BENCH.target(fmt(TARGET_ROWS), TARGET_MS, scaled < TARGET_MS, scaled.toFixed(0)));
}

main();
