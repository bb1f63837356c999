/**
 * `npm run --silent cli -- import PLAN.xlsx --out bang-tinh.xlsx [--ward "An Hải"] [--year 2025]`: a ward's plan
 * (its indicator, task and unit tables, .xlsx or .csv) becomes the tracker workbook. Prints which column was taken
 * for what and every row it could not read (sheet, line, reason), then writes the workbook: exit 0. A file or
 * option it cannot use: a Vietnamese message on stderr, nothing written, exit 2. The contract other tools script
 * against; `npm start -- --in bang-tinh.xlsx` runs the whole job on what it writes.
 */
import { mkdirSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { vietnamDateOf } from '../../core/dates';
import { AppError } from '../../core/errors';
import { importReport, planConfig, planWorkbook } from '../../core/planImport/build';
import { PLAN_IMPORT_TEXT } from '../../core/planImport/messages';
import { PlanImportError, readPlan } from '../../core/planImport/read';
import { judgeWorkbook } from '../../core/sheet/judgedWorkbook';
import { WARD_LIST_TEXT as WARD } from '../../core/wardList/messages';
import { readGrids } from '../sheet/grids';
import { writeWorkbookXlsx } from '../sheet/xlsx';

export interface ImportArgs {
  file: string;
  out: string;
  ward: string;
  year: number;
}

const invalid = (message: string) => new AppError('INVALID_INPUT', `${message}\n${PLAN_IMPORT_TEXT.usage}`);

export function parseImportArgs(argv: readonly string[], today = vietnamDateOf(new Date())): ImportArgs {
  const args: ImportArgs = { file: '', out: '', ward: '', year: today.year };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--out') args.out = value();
    else if (name === '--ward') args.ward = value();
    else if (name === '--year') {
      const v = value().trim();
      if (!/^\d{4}$/.test(v)) throw invalid(WARD.badYear(v));
      args.year = Number(v);
    } else if (name.startsWith('-')) throw invalid(WARD.unknownOption(a));
    else if (!args.file) args.file = a;
    else throw invalid(WARD.unknownOption(a));
  }
  if (!args.file) throw invalid(WARD.noFile);
  if (!args.out) throw invalid(PLAN_IMPORT_TEXT.noOut);
  if (extname(args.out).toLowerCase() !== '.xlsx') throw invalid(PLAN_IMPORT_TEXT.outNotXlsx(args.out));
  return args;
}

const width = (s: string) => Array.from(s).length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** Runs the command: the report on `out`, the workbook written. Throws AppError INVALID_INPUT for what the user can fix. */
export async function runImport(argv: readonly string[], out: (text: string) => void, now = new Date()): Promise<void> {
  const args = parseImportArgs(argv, vietnamDateOf(now));
  const sources = await readGrids(args.file);
  let plan: ReturnType<typeof readPlan>;
  try {
    plan = readPlan(sources, args.year);
  } catch (error) {
    if (error instanceof PlanImportError) throw new AppError('INVALID_INPUT', PLAN_IMPORT_TEXT.noTables(args.file));
    throw error;
  }
  const config = planConfig(plan, args.year, args.ward);
  const { workbook, decorations } = judgeWorkbook(planWorkbook(plan, config), vietnamDateOf(now), now);
  try {
    // "--out ket-qua/bang-tinh.xlsx" in a folder not made yet: made, as npm start makes its --out folder.
    mkdirSync(dirname(args.out), { recursive: true });
    await writeWorkbookXlsx(args.out, workbook, decorations);
  } catch (error) {
    throw new AppError('INVALID_INPUT', PLAN_IMPORT_TEXT.cannotWrite(args.out), String(error));
  }
  out(`${importReport(plan, pad).join('\n')}\n\n`);
  out(
    `${PLAN_IMPORT_TEXT.written(args.out, workbook.indicators.rows.length, workbook.tasks.rows.length, plan.units.length)}\n`,
  );
}
