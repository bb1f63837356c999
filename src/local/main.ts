import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { type CalendarDate, formatDate, parseVietnameseDate, vietnamDateOf } from '../core/dates';
import { AppError, toAppError } from '../core/errors';
import { measureContradictions } from '../core/judging/assess';
import { formatVietnameseNumber } from '../core/judging/numbers';
import { VERDICT_LABELS, type Verdict } from '../core/judging/verdicts';
import { chartSpecs } from '../core/overview/chartSpecs';
import { summaryGrid, summaryNumberFormats } from '../core/overview/overview';
import { buildReport } from '../core/report/build';
import { REPORT_TEXT } from '../core/report/messages';
import { reportFileName, reportInstantFor } from '../core/report/name';
import { preflight, preflightLines } from '../core/report/preflight';
import { buildSampleWorkbook } from '../core/sample/workbook';
import { judgeWorkbook } from '../core/sheet/judgedWorkbook';
import { TAB_ORDER, TABS, type TabKey } from '../core/sheet/schema';
import type { WorkbookData } from '../core/sheet/workbook';
import { LOCAL_TEXT } from './messages';
import { renderCharts } from './overview/charts';
import { writeOfflineReminders } from './reminders/eml';
import { writeReportDocx } from './report/docx';
import { readWorkbookXlsx, type SummaryLayout, writeWorkbookXlsx } from './sheet/xlsx';

export interface MainArgs {
  today: CalendarDate;
  outDir: string;
  /** A copy of the real sheet (.xlsx); none: the embedded sample. */
  input: string | null;
  help: boolean;
}

const OPTIONS = ['--in', '--today', '--out', '--help'] as const;

/** The option a mistyped one most likely meant ("--input" → "--in", "--tody" → "--today"). */
function closestOption(typed: string): string | null {
  if (!typed.startsWith('-')) return /\.xlsx$/i.test(typed) ? `--in ${typed}` : null;
  const name = typed.split('=')[0].toLowerCase();
  if (name.replace(/^-+/, '').length < 2) return null;
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const prefixed = OPTIONS.find((o) => name.startsWith(o) || o.startsWith(name.replace(/^-+/, '--')));
  if (prefixed) return prefixed;
  const best = [...OPTIONS].sort((a, b) => distance(name, a) - distance(name, b))[0];
  return distance(name, best) <= 2 ? best : null;
}

/** `npm start [-- --in FILE.xlsx] [--today yyyy-mm-dd] [--out dir] [--help]`. Anything else is refused (exit 2). */
export function parseArgs(argv: readonly string[]): MainArgs {
  const args: MainArgs = { today: vietnamDateOf(new Date()), outDir: 'out', input: null, help: false };
  const invalid = (message: string) => new AppError('INVALID_INPUT', message);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw invalid(LOCAL_TEXT.missingValue(name));
      return v;
    };
    if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--today') {
      const v = value();
      const parsed = parseVietnameseDate(v);
      if (!parsed) throw invalid(LOCAL_TEXT.badToday(v));
      args.today = parsed;
    } else if (name === '--out') args.outDir = value();
    else if (name === '--in') args.input = value();
    else throw invalid(LOCAL_TEXT.unknownOption(arg, closestOption(arg)));
  }
  return args;
}

function countBy(verdicts: readonly Verdict[]): string {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].map(([v, n]) => `${VERDICT_LABELS[v]}: ${n}`).join('; ');
}

/** The tabs without which a file is not a copy of the tracker. */
const REQUIRED_TABS: readonly TabKey[] = ['config', 'units', 'indicators', 'tasks'];

/** A downloaded copy of the sheet (or one `cli import` wrote), checked before anything is written. */
export async function readTrackerXlsx(file: string): Promise<{ workbook: WorkbookData; missingTabs: string[] }> {
  const invalid = (message: string) => new AppError('INVALID_INPUT', message);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw invalid(LOCAL_TEXT.fileNotFound(file));
  }
  if (!isFile) throw invalid(LOCAL_TEXT.fileNotFound(file));
  if (extname(file).toLowerCase() !== '.xlsx') throw invalid(LOCAL_TEXT.notXlsx(file));
  let read: Awaited<ReturnType<typeof readWorkbookXlsx>>;
  try {
    read = await readWorkbookXlsx(file);
  } catch (error) {
    throw new AppError('INVALID_INPUT', LOCAL_TEXT.unreadable(file), String(error));
  }
  const absent = REQUIRED_TABS.map((t) => TABS[t].name).filter((name) => read.missingTabs.includes(name));
  if (absent.length) throw invalid(LOCAL_TEXT.notTracker(file, absent.map((n) => `"${n}"`).join(', ')));
  return { workbook: read.data, missingTabs: read.missingTabs };
}

/** Tổng hợp as the sheet lays it out: formats per cell, bold titles, block headers. */
function summaryLayout(
  layout: ReturnType<typeof summaryGrid>,
  summary: Parameters<typeof summaryNumberFormats>[0],
): SummaryLayout {
  const blocks = Object.values(layout.blockRows);
  return {
    formats: summaryNumberFormats(summary, layout),
    boldRows: [0, ...blocks.map((b) => b.titleRow), layout.blockRows.units.firstRow + layout.blockRows.units.rows - 1],
    headerRows: blocks.map((b) => ({ row: b.headerRow, columns: b.columns })),
  };
}

export async function main(argv: readonly string[], print: (line: string) => void = console.log): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    print(LOCAL_TEXT.help);
    return;
  }
  const { today, outDir } = args;
  const source = args.input ? await readTrackerXlsx(args.input) : null;
  mkdirSync(outDir, { recursive: true });
  const now = reportInstantFor(today, new Date());
  const input = source ? source.workbook : buildSampleWorkbook(today).workbook;
  const { workbook, assessment, decorations, summary } = judgeWorkbook(input, today, now);
  const { config } = assessment;
  print(args.input ? LOCAL_TEXT.source.file(args.input) : LOCAL_TEXT.source.sample);
  if (source?.missingTabs.length)
    print(LOCAL_TEXT.source.missingTabs(source.missingTabs.map((t) => `"${t}"`).join(', ')));
  print(LOCAL_TEXT.plan(config.planNumber, config.wardName, config.reportingYear));
  print(LOCAL_TEXT.dates(formatDate(today), formatDate(config.deadline)));

  const xlsxPath = join(outDir, `ke-hoach-cds-${config.reportingYear}.xlsx`);
  if (args.input && resolve(args.input) === resolve(xlsxPath)) print(LOCAL_TEXT.workbookSkipped(xlsxPath));
  else {
    const layout = summaryGrid(summary, formatDate(config.deadline));
    await writeWorkbookXlsx(xlsxPath, workbook, decorations, { summary: summaryLayout(layout, summary) });
    print(LOCAL_TEXT.workbookWritten(xlsxPath));
  }
  for (const tab of TAB_ORDER) print(LOCAL_TEXT.tabRows(TABS[tab].name, workbook[tab].rows.length));

  const indicatorVerdicts = assessment.indicators.flatMap((r) => (r.judgement ? [r.judgement.verdict] : []));
  const taskVerdicts = assessment.tasks.flatMap((r) => (r.judgement ? [r.judgement.verdict] : []));
  print(LOCAL_TEXT.judged('indicators', indicatorVerdicts.length, countBy(indicatorVerdicts)));
  print(LOCAL_TEXT.judged('tasks', taskVerdicts.length, countBy(taskVerdicts)));
  for (const g of summary.groups) print(LOCAL_TEXT.group(g, summary.year));
  const contradictions = measureContradictions(assessment);
  if (contradictions.length) {
    print(LOCAL_TEXT.contradictions(contradictions.length));
    for (const c of contradictions) print(LOCAL_TEXT.contradiction(c.rows.map((r) => `${r.where}: ${r.shown}`)));
  }
  const years = assessment.history.years();
  if (years.length) print(LOCAL_TEXT.history(years));

  const t = summary.timeliness;
  print(
    LOCAL_TEXT.timeliness({
      expected: t.expected,
      submitted: t.submitted,
      rate: formatVietnameseNumber(t.submittedRate, 1),
      onTime: t.onTime,
      late: t.late,
      notReported: t.notReported,
      pending: t.pending,
    }),
  );
  for (const u of summary.units)
    print(
      LOCAL_TEXT.unit(u.unitName, u.reported, u.itemsLed, formatVietnameseNumber(u.percentComplete, 1), u.timeliness),
    );

  const chartDir = join(outDir, 'bieu-do');
  mkdirSync(chartDir, { recursive: true });
  const charts = renderCharts(chartSpecs(summary));
  for (const chart of charts) writeFileSync(join(chartDir, `${chart.key}.png`), chart.png);
  print(LOCAL_TEXT.charts(charts.length, charts.map((c) => join(chartDir, `${c.key}.png`)).join(', ')));

  // The pre-flight the VHXH office sees in Google Sheets before "Tạo báo cáo" goes on.
  print(`
${REPORT_TEXT.preflight.title}:`);
  for (const line of preflightLines(preflight(assessment, contradictions), 20)) print(line ? `  ${line}` : '');

  const reportPath = join(outDir, reportFileName(config.reportingYear));
  const report = buildReport(assessment, {
    generatedAt: now,
    charts: charts.map((c) => ({ title: c.title, png: new Uint8Array(c.png), widthPx: c.width, heightPx: c.height })),
  });
  writeReportDocx(reportPath, report);
  print(LOCAL_TEXT.reportWritten(reportPath));

  print('');
  const reminders = await writeOfflineReminders(outDir, input, today);
  for (const line of reminders.lines) print(line);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const appError = toAppError(error);
    console.error(appError.message);
    if (appError.code !== 'INVALID_INPUT' && appError.detail) console.error(appError.detail);
    process.exit(appError.code === 'INVALID_INPUT' ? 2 : 1);
  });
}
