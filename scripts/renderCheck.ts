/**
 * `npm run test:render`: the report as a reader sees it. Builds the sample report as `npm start` does, turns the
 * .docx into a PDF with LibreOffice (headless), reads each page's text (pdftotext) and draws each page (pdftoppm),
 * then checks page by page:
 *  - none of the phrases the issue's reader found (scripts/reportChecks.ts), no raw formula or HTML;
 *  - page 1 has no number, every later page shows its own number alone on its first line;
 *  - page 1 has "ngày … tháng … năm" and "Số: …/BC-UBND", and the subject does not break between "UBND" and
 *    "phường";
 *  - the appendix is landscape; TT "25.1" sits whole on a line; "% tổng chi" is readable (not one word a line).
 * Needs LibreOffice, poppler-utils and Liberation fonts (metric-compatible with Times New Roman):
 *   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2
 * Not part of `npm test` (a fresh machine without them stays green); CI runs it after `npm test`.
 *
 *   npm run test:render [-- --today 2026-12-05] [--out out/render] [--png docs]   (--png: also write report-page-N.png)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVietnameseDate, vietnamDateOf } from '../src/core/dates';
import { chartSpecs } from '../src/core/overview/chartSpecs';
import { buildReport } from '../src/core/report/build';
import { reportInstantFor } from '../src/core/report/name';
import { buildSampleWorkbook } from '../src/core/sample/workbook';
import { judgeWorkbook } from '../src/core/sheet/judgedWorkbook';
import { renderCharts } from '../src/local/overview/charts';
import { writeReportDocx } from '../src/local/report/docx';
import { type Finding, textFindings } from './reportChecks';

function args(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    today: parseVietnameseDate(get('--today') ?? '2026-12-05') ?? vietnamDateOf(new Date()),
    out: resolve(get('--out') ?? 'out/render'),
    png: get('--png'),
  };
}

function run(command: string, argv: string[]): string {
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0)
    throw new Error(`${command} ${argv.join(' ')} failed: ${r.error?.message ?? r.stderr ?? r.status}`);
  return r.stdout;
}

function need(command: string, pkg: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`Thiếu ${command}. Cài: apt-get install -y --no-install-recommends ${pkg}`);
    process.exit(2);
  }
}

export interface PageProblem {
  page: number;
  rule: string;
  text: string;
}

/** The checks on the PDF's pages (text of each page as pdftotext -layout gives it). */
export function pageProblems(pages: string[], sizes: { width: number; height: number }[]): PageProblem[] {
  const out: PageProblem[] = [];
  const add = (page: number, f: Finding) => out.push({ page, rule: f.rule, text: f.text.trim() });
  const firstAppendix = pages.findIndex((p) => /^\s*Phụ lục I\s*$/m.test(p));
  pages.forEach((text, i) => {
    const page = i + 1;
    const lines = text.split('\n');
    const lineTexts = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    for (const l of lineTexts) for (const f of textFindings(l)) add(page, f);
    // Page numbers: none on page 1; from page 2 the page's own number alone on the first line.
    const firstLine = lineTexts[0] ?? '';
    if (page === 1 && /^\d+$/.test(firstLine)) add(page, { rule: 'page number on page 1', text: firstLine });
    if (page > 1 && firstLine !== String(page)) add(page, { rule: 'page number missing', text: firstLine });
    if (page === 1) {
      const all = lineTexts.join('\n');
      if (!/ngày … tháng … năm \d{4}/.test(all)) add(page, { rule: 'date line not left for signing', text: '' });
      if (!/Số: …\/BC-UBND/.test(all)) add(page, { rule: 'number line not left for signing', text: '' });
      if (/UBND\s*\n\s*phường/.test(all) || /\bUBND$/m.test(all))
        add(page, { rule: 'subject breaks after "UBND"', text: '' });
    }
    // The appendix pages are landscape.
    if (firstAppendix >= 0 && i >= firstAppendix && sizes[i] && sizes[i].width < sizes[i].height)
      add(page, { rule: 'appendix page not landscape', text: `${sizes[i].width}×${sizes[i].height}` });
    // TT like "25.1" never split: a line that ends in "25." with "1" alone below would show as a bare "25.".
    if (/^\s*\d+\.\s*$/m.test(text) && i >= firstAppendix && firstAppendix >= 0)
      add(page, { rule: 'TT split across lines', text: (/^\s*\d+\.\s*$/m.exec(text) ?? [''])[0] });
  });
  const appendix = pages.slice(Math.max(0, firstAppendix)).join('\n');
  if (firstAppendix < 0) out.push({ page: 0, rule: 'appendix not found', text: '' });
  if (!/(^|\s)25\.1(\s|$)/m.test(appendix)) out.push({ page: 0, rule: 'TT "25.1" not on one line', text: '' });
  if (!/% tổng chi/.test(appendix)) out.push({ page: 0, rule: '"% tổng chi…" broken word by word', text: '' });
  return out;
}

async function main(): Promise<void> {
  const { today, out, png } = args(process.argv.slice(2));
  need('soffice', 'libreoffice-writer-nogui');
  need('pdftotext', 'poppler-utils');
  need('pdftoppm', 'poppler-utils');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // The report exactly as `npm start` makes it (charts included).
  const now = reportInstantFor(today, new Date());
  const { assessment, summary } = judgeWorkbook(buildSampleWorkbook(today).workbook, today, now);
  const charts = renderCharts(chartSpecs(summary));
  const doc = buildReport(assessment, {
    generatedAt: now,
    charts: charts.map((c) => ({ title: c.title, png: new Uint8Array(c.png), widthPx: c.width, heightPx: c.height })),
  });
  const docx = writeReportDocx(join(out, 'bao-cao.docx'), doc);
  const profile = join(out, 'lo-profile');
  run('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    docx,
  ]);
  const pdf = join(out, 'bao-cao.pdf');
  if (!existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');

  const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const pages: string[] = [];
  for (let p = 1; p <= count; p++) {
    const text = run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']);
    pages.push(text);
    writeFileSync(join(out, `page-${p}.txt`), text);
  }
  run('pdftoppm', ['-r', '80', '-png', pdf, join(out, 'page')]);
  if (png) {
    // For the docs: the first two pages, the signature page and the first page of each appendix.
    const keep = new Set([1, 2]);
    pages.forEach((t, i) => {
      if (/Nơi nhận:/.test(t) || /^\s*Phụ lục [IVX]+\s*$/m.test(t)) keep.add(i + 1);
    });
    mkdirSync(png, { recursive: true });
    for (const f of readdirSync(png).filter((f) => /^report-page-.*\.png$/.test(f))) rmSync(join(png, f));
    for (const f of readdirSync(out).filter((f) => /^page-\d+\.png$/.test(f))) {
      const n = Number(/\d+/.exec(f)![0]);
      if (keep.has(n)) copyFileSync(join(out, f), join(png, `report-page-${n}.png`));
    }
  }

  const problems = pageProblems(pages, sizes);
  console.log(`Báo cáo mẫu: ${count} trang (${out}/bao-cao.pdf; văn bản từng trang page-N.txt, hình page-N.png).`);
  if (problems.length) {
    for (const p of problems) console.log(`  Trang ${p.page}: ${p.rule}${p.text ? `: ${p.text}` : ''}`);
    console.log(`${problems.length} lỗi.`);
    process.exit(1);
  }
  console.log(
    'Không có lỗi: không cụm từ cấm, không công thức hay HTML, số trang từ trang 2, phụ lục ngang, cột đủ rộng.',
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
