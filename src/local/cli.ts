/**
 * `npm run --silent cli -- judge FILE --year 2025 [--json]`: judge a ward's own indicator list (.xlsx or .csv)
 * without code changes. With --json: a JSON array on stdout, one object per data row in order
 * ({"tt","kind","verdict","label","reason"}). Without: which column was taken for what, then a table.
 * A file it cannot read: a Vietnamese message on stderr and exit code 2. A row it cannot judge is NEEDS_REVIEW.
 */

import { vietnamDateOf } from '../core/dates';
import { AppError, toAppError } from '../core/errors';
import { formatVietnameseNumber } from '../core/judging/numbers';
import { type IndicatorVerdict, VERDICT_LABELS } from '../core/judging/verdicts';
import { PLAN_IMPORT_TEXT } from '../core/planImport/messages';
import { judgeWardList, toJsonRows, type WardRowJudgement } from '../core/wardList/judge';
import { WARD_LIST_TEXT as WARD } from '../core/wardList/messages';
import { readWardList, type WardList, WardListError } from '../core/wardList/wardList';
import { runImport } from './planImport/importCommand';
import { readGrids } from './sheet/grids';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** A problem the user can fix (bad file, bad arguments): an AppError INVALID_INPUT, message on stderr, exit code 2. */
const invalid = (message: string) => new AppError('INVALID_INPUT', message);

interface Args {
  file: string;
  year: number;
  yearGiven: boolean;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'judge')
    throw invalid(`${command ? `${WARD.unknownCommand(command)}\n` : ''}${WARD.usage}\n${PLAN_IMPORT_TEXT.usage}`);
  let file = '';
  let year = vietnamDateOf(new Date()).year;
  let yearGiven = false;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') json = true;
    else if (a === '--year' || a.startsWith('--year=')) {
      const value = a === '--year' ? (rest[++i] ?? '') : a.slice('--year='.length);
      if (!/^\d{4}$/.test(value.trim())) throw invalid(`${WARD.badYear(value)}\n${WARD.usage}`);
      year = Number(value.trim());
      yearGiven = true;
    } else if (a.startsWith('--')) throw invalid(`${WARD.unknownOption(a)}\n${WARD.usage}`);
    else if (!file) file = a;
    else throw invalid(`${WARD.unknownOption(a)}\n${WARD.usage}`);
  }
  if (!file) throw invalid(`${WARD.noFile}\n${WARD.usage}`);
  return { file, year, yearGiven, json };
}

async function readList(file: string, year: number): Promise<WardList> {
  const grids = (await readGrids(file)).map((g) => g.grid);
  // The first worksheet whose header is recognised (a workbook may start with a guide page).
  let empty = true;
  for (const grid of grids) {
    try {
      return readWardList(grid, year);
    } catch (error) {
      if (!(error instanceof WardListError)) throw error;
      if (error.code !== 'empty') empty = false;
    }
  }
  throw invalid(empty ? WARD.empty(file) : WARD.noHeader(file));
}

const width = (s: string) => Array.from(s).length;
function cut(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function resultText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return formatVietnameseNumber(value, 6);
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function humanReport(file: string, list: WardList, judged: WardRowJudgement[], yearGiven: boolean): string {
  const lines: string[] = [];
  lines.push(WARD.header(file, list.headerLine, list.year) + (yearGiven ? '' : ` ${WARD.defaultYear(list.year)}`));
  lines.push(WARD.columnsTitle);
  for (const col of list.columns) {
    if (!col.header) continue;
    lines.push(`  ${pad(`"${cut(col.header, 40)}"`, 44)} → ${col.description}`);
  }
  if (list.warnings.length) {
    lines.push(WARD.warningsTitle);
    for (const w of list.warnings) lines.push(`  - ${w}`);
  }
  lines.push('');
  const table = judged.map(({ row, judgement }) => [
    row.tt,
    cut(row.name, 45),
    judgement ? cut(judgement.applicableTarget, 18) : '',
    judgement ? cut(resultText(row.result), 20) : '',
    judgement ? judgement.label : '',
    judgement ? judgement.reason : WARD.groupReason(''),
  ]);
  const head = [...WARD.tableHeader];
  const widths = head.slice(0, 5).map((h, i) => Math.max(width(h), ...table.map((r) => width(r[i]))));
  const fmt = (r: string[]) =>
    `${r
      .slice(0, 5)
      .map((c, i) => pad(c, widths[i]))
      .join(' | ')} | ${r[5]}`;
  lines.push(fmt(head));
  lines.push(`${widths.map((w) => '-'.repeat(w)).join('-+-')}-+-${'-'.repeat(10)}`);
  judged.forEach(({ judgement }, i) => {
    const r = table[i];
    if (!judgement) lines.push(`${pad(r[0], widths[0])} | ${r[1]}`);
    else lines.push(fmt(r));
  });
  const counts = new Map<IndicatorVerdict, number>();
  let total = 0;
  for (const { judgement } of judged) {
    if (!judgement) continue;
    total++;
    counts.set(judgement.verdict, (counts.get(judgement.verdict) ?? 0) + 1);
  }
  lines.push('');
  lines.push(WARD.totals(total));
  for (const [verdict, n] of counts) lines.push(`  ${VERDICT_LABELS[verdict]}: ${n}`);
  return `${lines.join('\n')}\n`;
}

/** Runs the command; returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    if (argv[0] === 'import') {
      await runImport(argv.slice(1), io.out);
      return 0;
    }
    const args = parseArgs(argv);
    const list = await readList(args.file, args.year);
    const judged = judgeWardList(list);
    if (args.json) io.out(`${JSON.stringify(toJsonRows(judged), null, 2)}\n`);
    else io.out(humanReport(args.file, list, judged, args.yearGiven));
    return 0;
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'INVALID_INPUT') {
      io.err(`${appError.message}\n`);
      return 2;
    }
    io.err(`${WARD.unexpected(appError.detail || appError.message)}\n`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
