/**
 * A ward's own plan, read from the tables it copied out of its Kế hoạch: indicators (a target per year or per
 * milestone), tasks (lead units, deadlines), units (e-mails). Input: the grids of an .xlsx's sheets, of a .csv, or
 * of the sheet's "Nạp kế hoạch" tab, where several tables may sit one under another, each under its own header
 * row. Headers are matched tolerantly (the indicator columns exactly as `cli judge` reads them: wardList's
 * classifyHeader); a row that cannot be read is reported with its sheet, line and reason and left out whole.
 * Pure: no file or sheet access here.
 */
import { isValidEmail, splitList } from '../judging/assess';
import type { CatalogRow } from '../plan/catalog';
import { DEFAULT_UNITS, type Unit, UnitRegistry } from '../plan/units';
import { cleanText, foldText, matchKey } from '../text';
import { classifyHeader, readWardList, type WardListRow } from '../wardList/wardList';
import { PLAN_IMPORT_TEXT as T } from './messages';

export type PlanTableKind = 'indicators' | 'tasks' | 'units';

export interface PlanSource {
  /** The sheet's name (the file's name for a .csv), as reports name it. */
  sheet: string;
  grid: readonly (readonly unknown[])[];
}

export interface PlanColumnUse {
  header: string;
  /** What it was taken for, or why not (Vietnamese). */
  description: string;
}

export interface PlanTable {
  kind: PlanTableKind;
  sheet: string;
  /** 1-based line of the header row. */
  headerLine: number;
  columns: PlanColumnUse[];
}

export interface PlanProblem {
  sheet: string;
  /** 1-based line in the sheet (0: the plan as a whole). */
  line: number;
  reason: string;
}

export interface ImportedPlan {
  /** Groups, indicators and tasks, in the plan's order; ids "KH<table>-<TT>" never collide with the sample's. */
  catalog: CatalogRow[];
  units: Unit[];
  tables: PlanTable[];
  /** Rows left out whole. */
  unreadable: PlanProblem[];
  /** Rows read, with something to check (an unknown lead, an e-mail dropped). */
  warnings: PlanProblem[];
  /** Read from the title lines above the tables ("Kèm theo Kế hoạch số 112/KH-UBND ngày 10/3/2026 của UBND phường An Hải"). */
  ward: string;
  planNumber: string;
  planDate: string;
}

export class PlanImportError extends Error {
  constructor(readonly code: 'noTables') {
    super(code);
  }
}

// ---------------------------------------------------------------- headers

type CellRole =
  | 'tt'
  | 'name'
  | 'unitOfMeasure'
  | 'target'
  | 'lead'
  | 'coordinators'
  | 'output'
  | 'time'
  | 'email'
  | 'unitId'
  | 'aliases'
  | 'other';

/** What a header cell means in a plan's table (null: not a header word). */
function cellRole(text: unknown): CellRole | null {
  const k = matchKey(text);
  if (!k) return null;
  if (/\b(e ?mail|thu dien tu|dia chi thu)\b/.test(k)) return 'email';
  if (/^(thoi gian|thoi han|tien do|han hoan thanh|moc thoi gian|thoi diem)\b/.test(k)) return 'time';
  if (/^(ma|ma don vi|viet tat|ten viet tat|ky hieu)$/.test(k)) return 'unitId';
  if (/\b(ten goi khac|ten khac|cach viet khac|cach goi khac)\b/.test(k)) return 'aliases';
  const c = classifyHeader(text);
  if (!c) return null;
  if (c.role === 'ignored') return c.why === 'output' ? 'output' : 'other';
  if (c.role === 'bareResult') return 'target';
  if (
    c.role === 'result' ||
    c.role === 'evidence' ||
    c.role === 'review' ||
    c.role === 'rowKey' ||
    c.role === 'measure' ||
    c.role === 'sameAs'
  )
    return 'other';
  return c.role;
}

/** A unit table's name column: "Tên đơn vị", "Cơ quan, đơn vị", "Đơn vị", "Phòng, ban". */
const isUnitNameHeader = (text: unknown) =>
  /^(ten )?(co quan|don vi|phong ban|phong|co quan don vi|don vi thuc hien)( don vi)?$/.test(matchKey(text));

function tableKind(row: readonly unknown[]): PlanTableKind | null {
  const roles = new Set(row.map(cellRole).filter((r): r is CellRole => !!r));
  if (roles.has('email')) return row.some(isUnitNameHeader) || roles.has('name') ? 'units' : null;
  if (!roles.has('name')) return null;
  const nameHeader = matchKey(row.find((c) => cellRole(c) === 'name'));
  const taskWords = /\b(nhiem vu|cong viec|hoat dong)\b/.test(nameHeader);
  if (roles.has('time') || (taskWords && !roles.has('target'))) return roles.size >= 2 ? 'tasks' : null;
  if (roles.has('target') || roles.has('unitOfMeasure')) return 'indicators';
  return null;
}

const isBlank = (v: unknown) => cleanText(v) === '';
const text = (v: unknown) => (typeof v === 'number' ? String(v) : cleanText(v));
const isNumberRow = (row: readonly unknown[]) => {
  const cells = row.map(text).filter(Boolean);
  return (
    cells.length >= 3 &&
    (cells.every((c) => /^\(\s*[0-9a-z]{1,2}\s*\)$/i.test(c)) || cells.every((c, i) => c === String(i + 1)))
  );
};
const ROMAN = /^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
const isHeadingTt = (tt: string) => ROMAN.test(tt) || /^[A-Z]$/.test(tt);

// ---------------------------------------------------------------- title lines

const WARD_IN_TITLE = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+phường\s+([^,;()\n]+?)\s*(?:[,;()]|$)/i;
const PLAN_NUMBER = /Kế hoạch\s+số:?\s*([0-9]+\s*\/\s*[A-ZĐ][A-ZĐ0-9-]*)/i;
const PLAN_DATE = /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/i;

function titleFacts(lines: string[]): { ward: string; planNumber: string; planDate: string } {
  const all = lines.join('\n');
  const ward = WARD_IN_TITLE.exec(all)?.[1] ?? '';
  const number = PLAN_NUMBER.exec(all)?.[1]?.replace(/\s+/g, '') ?? '';
  const d = PLAN_DATE.exec(all);
  const planDate = d ? `${d[1].padStart(2, '0')}/${d[2].padStart(2, '0')}/${d[3]}` : '';
  return { ward: cleanText(ward), planNumber: number, planDate };
}

// ---------------------------------------------------------------- blocks

interface Block {
  kind: PlanTableKind;
  sheet: string;
  /** 0-based index of the header row in the grid. */
  start: number;
  /** 0-based index after the block's last row. */
  end: number;
  grid: readonly (readonly unknown[])[];
}

function blocksOf(source: PlanSource): { blocks: Block[]; titles: string[] } {
  const grid = source.grid.map((r) => (Array.isArray(r) ? r : []));
  const starts: { at: number; kind: PlanTableKind }[] = [];
  grid.forEach((row, i) => {
    const kind = tableKind(row);
    if (kind) starts.push({ at: i, kind });
  });
  const titles = grid
    .slice(0, starts[0]?.at ?? Math.min(grid.length, 6))
    .map((r) => r.map(text).filter(Boolean).join(' '));
  return {
    titles,
    blocks: starts.map((s, n) => ({
      kind: s.kind,
      sheet: source.sheet,
      start: s.at,
      end: starts[n + 1]?.at ?? grid.length,
      grid,
    })),
  };
}

// ---------------------------------------------------------------- reading each kind

interface RawRow {
  line: number;
  kind: 'group' | 'item';
  tt: string;
  name: string;
  unitOfMeasure: string;
  targets: Record<string, string>;
  lead: string | null;
  coordinators: string;
  output: string;
  completionTime: string;
}

interface ReadTable {
  table: PlanTable;
  rows: RawRow[];
  unreadable: PlanProblem[];
  warnings: PlanProblem[];
  hasLead: boolean;
}

function readIndicators(block: Block, year: number): ReadTable {
  const slice = block.grid.slice(block.start, block.end);
  const list = readWardList(slice, year);
  const line = (row: WardListRow) => block.start + row.line;
  const coordinatorsColumn = list.columns.find((c) => c.role === 'coordinators')?.index ?? -1;
  const hasLead = list.columns.some((c) => c.role === 'lead');
  const columns = list.columns
    .filter((c) => c.header)
    .map((c) => ({
      header: c.header,
      description: c.role === 'name' ? T.role.indicatorName : c.role === 'result' ? T.unusedPlan : c.description,
    }));
  const unreadable: PlanProblem[] = [];
  const rows: RawRow[] = [];
  for (const row of list.rows) {
    if (row.kind === 'indicator' && !cleanText(row.name).replace(/^-+$/, '')) {
      unreadable.push({ sheet: block.sheet, line: line(row), reason: T.reasons.noIndicatorName });
      continue;
    }
    const cells = slice[row.line - 1] ?? [];
    rows.push({
      line: line(row),
      kind: row.kind === 'group' ? 'group' : 'item',
      tt: row.tt,
      name: row.name,
      unitOfMeasure: row.unitOfMeasure,
      targets: row.targets,
      lead: hasLead ? row.lead : null,
      coordinators: coordinatorsColumn >= 0 ? text(cells[coordinatorsColumn]) : '',
      output: '',
      completionTime: '',
    });
  }
  const warnings = list.columns.some((c) => c.role === 'target')
    ? []
    : [{ sheet: block.sheet, line: block.start + 1, reason: T.warnings.noTargetColumn }];
  return {
    table: { kind: 'indicators', sheet: block.sheet, headerLine: block.start + 1, columns },
    rows,
    unreadable,
    warnings,
    hasLead,
  };
}

const TASK_ROLES: Partial<Record<CellRole, string>> = {
  tt: T.role.tt,
  name: T.role.taskName,
  lead: T.role.lead,
  coordinators: T.role.coordinators,
  output: T.role.output,
  time: T.role.time,
};

/** Column index per role (first column wins) and each header's description. */
function mapColumns(
  header: readonly unknown[],
  roleOf: (cell: unknown) => string | null,
  describe: Record<string, string>,
): { at: Record<string, number>; columns: PlanColumnUse[] } {
  const at: Record<string, number> = {};
  const columns: PlanColumnUse[] = [];
  header.forEach((cell, i) => {
    const h = text(cell);
    if (!h) return;
    const role = roleOf(cell);
    if (role && describe[role] && at[role] === undefined) {
      at[role] = i;
      columns.push({ header: h, description: describe[role] });
    } else columns.push({ header: h, description: T.unused });
  });
  return { at, columns };
}

function readTasks(block: Block): ReadTable {
  const header = block.grid[block.start];
  const { at, columns } = mapColumns(header, cellRole, TASK_ROLES as Record<string, string>);
  const get = (row: readonly unknown[], role: string) => (at[role] === undefined ? '' : text(row[at[role]]));
  const body: { line: number; row: readonly unknown[] }[] = [];
  for (let r = block.start + 1; r < block.end; r++) {
    const row = block.grid[r];
    if (row.every(isBlank) || (body.length === 0 && isNumberRow(row))) continue;
    body.push({ line: r + 1, row });
  }
  const rows: RawRow[] = [];
  const unreadable: PlanProblem[] = [];
  body.forEach(({ line, row }, n) => {
    const tt = get(row, 'tt').replace(/\.$/, '');
    const name = get(row, 'name').replace(/^-+$/, '');
    const lead = get(row, 'lead');
    const time = get(row, 'time');
    const next = body[n + 1] ? get(body[n + 1].row, 'tt') : '';
    const isParent = tt !== '' && next.startsWith(`${tt}.`);
    const group = (isHeadingTt(tt) || isParent) && !lead && !time;
    if (!name) {
      unreadable.push({ sheet: block.sheet, line, reason: T.reasons.noTaskName });
      return;
    }
    rows.push({
      line,
      kind: group ? 'group' : 'item',
      tt,
      name,
      unitOfMeasure: '',
      targets: {},
      lead: at.lead === undefined ? null : lead,
      coordinators: get(row, 'coordinators'),
      output: get(row, 'output'),
      completionTime: time,
    });
  });
  return {
    table: { kind: 'tasks', sheet: block.sheet, headerLine: block.start + 1, columns },
    rows,
    unreadable,
    warnings: [],
    hasLead: at.lead !== undefined,
  };
}

const UNIT_ROLES = {
  unitName: T.role.unitName,
  unitId: T.role.unitId,
  emails: T.role.emails,
  aliases: T.role.aliases,
  tt: T.role.tt,
};

function unitRole(cell: unknown): string | null {
  const role = cellRole(cell);
  if (role === 'email') return 'emails';
  if (role === 'unitId' || role === 'aliases' || role === 'tt') return role;
  if (isUnitNameHeader(cell) || role === 'name' || role === 'lead' || role === 'unitOfMeasure') return 'unitName';
  return null;
}

/** A short code for a unit: the id of a known spelling ("Công an phường An Hải" → CA), else its initials. */
function codeFor(name: string, taken: Set<string>): string {
  const known = new UnitRegistry(DEFAULT_UNITS).resolve(name)?.id;
  const initials = foldText(name)
    .replace(/^(phong|ban|trung tam|bo phan|tram|truong)\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'va' && w !== 'phuong')
    .map((w) => w[0])
    .join('')
    .toUpperCase();
  const base = known ?? (initials || 'DV');
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
  taken.add(code);
  return code;
}

function readUnits(block: Block): {
  table: PlanTable;
  units: (Unit & { line: number })[];
  unreadable: PlanProblem[];
  warnings: PlanProblem[];
} {
  const header = block.grid[block.start];
  const { at, columns } = mapColumns(header, unitRole, UNIT_ROLES);
  const get = (row: readonly unknown[], role: string) => (at[role] === undefined ? '' : text(row[at[role]]));
  const units: (Unit & { line: number })[] = [];
  const unreadable: PlanProblem[] = [];
  const warnings: PlanProblem[] = [];
  const taken = new Set<string>();
  for (let r = block.start + 1; r < block.end; r++) {
    const row = block.grid[r];
    const line = r + 1;
    if (row.every(isBlank) || (units.length === 0 && isNumberRow(row))) continue;
    const name = get(row, 'unitName');
    if (!name) {
      unreadable.push({ sheet: block.sheet, line, reason: T.reasons.noUnitName });
      continue;
    }
    const registry = new UnitRegistry(units);
    const same = registry.resolve(name);
    if (same) {
      unreadable.push({
        sheet: block.sheet,
        line,
        reason: T.reasons.duplicateUnit((same as Unit & { line: number }).line),
      });
      continue;
    }
    const emails = splitList(get(row, 'emails'));
    const bad = emails.filter((e) => !isValidEmail(e));
    if (bad.length) warnings.push({ sheet: block.sheet, line, reason: T.warnings.badEmail(bad.join('; ')) });
    const given = get(row, 'unitId')
      .toUpperCase()
      .replace(/[^A-Z0-9_-]/g, '');
    const id = given && !taken.has(given) ? given : codeFor(name, taken);
    taken.add(id);
    units.push({
      id,
      name,
      aliases: splitList(get(row, 'aliases').replace(/,/g, ';')).filter((a) => !a.includes('@')),
      emails: emails.filter(isValidEmail),
      line,
    });
  }
  return {
    table: { kind: 'units', sheet: block.sheet, headerLine: block.start + 1, columns },
    units,
    unreadable,
    warnings,
  };
}

// ---------------------------------------------------------------- the plan

/** Reads every table of every source. Throws PlanImportError('noTables') when no indicator or task table is found. */
export function readPlan(sources: readonly PlanSource[], year: number): ImportedPlan {
  const tables: PlanTable[] = [];
  const unreadable: PlanProblem[] = [];
  const warnings: PlanProblem[] = [];
  const read: { kind: 'indicators' | 'tasks'; sheet: string; result: ReadTable }[] = [];
  let units: (Unit & { line: number })[] = [];
  let unitSheet = '';
  const titles: string[] = [];
  for (const source of sources) {
    const { blocks, titles: t } = blocksOf(source);
    titles.push(...t);
    for (const block of blocks) {
      if (block.kind === 'units') {
        const u = readUnits(block);
        tables.push(u.table);
        unreadable.push(...u.unreadable);
        warnings.push(...u.warnings);
        const registry = new UnitRegistry(units);
        for (const unit of u.units) {
          const same = registry.resolve(unit.name);
          if (same)
            unreadable.push({
              sheet: block.sheet,
              line: unit.line,
              reason: T.reasons.duplicateUnit((same as Unit & { line: number }).line),
            });
          else units = [...units, unit];
        }
        unitSheet ||= block.sheet;
        continue;
      }
      const result = block.kind === 'indicators' ? readIndicators(block, year) : readTasks(block);
      tables.push(result.table);
      unreadable.push(...result.unreadable);
      warnings.push(...result.warnings);
      read.push({ kind: block.kind, sheet: block.sheet, result });
    }
  }
  if (!read.length) throw new PlanImportError('noTables');

  // No unit table: the units are the leads the tables name; no lead column: the whole table goes to the office.
  const office = () => {
    const found = new UnitRegistry(units).resolve(T.officeName);
    if (found) return found.name;
    units = [
      ...units,
      {
        id: codeFor(T.officeName, new Set(units.map((u) => u.id))),
        name: T.officeName,
        aliases: [],
        emails: [],
        line: 0,
      },
    ];
    return T.officeName;
  };
  for (const { result } of read) {
    if (result.hasLead) continue;
    const name = office();
    warnings.push({
      sheet: result.table.sheet,
      line: 0,
      reason: T.warnings.noLeadColumn(T.kind[result.table.kind], name),
    });
    for (const row of result.rows) row.lead = row.kind === 'item' ? name : '';
  }
  if (!unitSheet) {
    warnings.push({ sheet: '', line: 0, reason: T.warnings.noUnitTable });
    const taken = new Set(units.map((u) => u.id));
    for (const { result } of read)
      for (const row of result.rows) {
        for (const part of String(row.lead ?? '').split(/[;\n]+/)) {
          const name = cleanText(part).replace(/[.,]$/, '');
          if (!name || /^cac (phong|co quan|don vi|ban)\b/.test(matchKey(name))) continue;
          if (new UnitRegistry(units).resolve(name)) continue;
          units = [...units, { id: codeFor(name, taken), name, aliases: [], emails: [], line: 0 }];
        }
      }
  }
  const registry = new UnitRegistry(units);

  const catalog: CatalogRow[] = [];
  let tableNo = 0;
  for (const { result } of read) {
    tableNo++;
    const appendix = String(tableNo);
    const used = new Set<string>();
    const idOf = (row: RawRow) => {
      const base = `KH${appendix}-${row.tt || `d${row.line}`}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    };
    const stack: { tt: string; id: string }[] = [];
    for (const row of result.rows) {
      const id = idOf(row);
      if (row.kind === 'group') {
        if (isHeadingTt(row.tt) || !row.tt) stack.length = 0;
        else
          while (
            stack.length &&
            !isHeadingTt(stack[stack.length - 1].tt) &&
            !row.tt.startsWith(`${stack[stack.length - 1].tt}.`)
          )
            stack.pop();
      } else {
        while (
          stack.length &&
          !isHeadingTt(stack[stack.length - 1].tt) &&
          !row.tt.startsWith(`${stack[stack.length - 1].tt}.`)
        )
          stack.pop();
      }
      const parentId = stack.length ? stack[stack.length - 1].id : null;
      if (row.kind === 'group') stack.push({ tt: row.tt, id });
      else if (row.lead) {
        for (const unknown of registry.leadsOf(row.lead).unknown)
          warnings.push({ sheet: result.table.sheet, line: row.line, reason: T.warnings.unknownLead(unknown) });
      }
      catalog.push({
        id,
        appendix,
        kind: row.kind === 'group' ? 'group' : result.table.kind === 'indicators' ? 'indicator' : 'task',
        tt: row.tt,
        parentId,
        name: row.name,
        unitOfMeasure: row.unitOfMeasure,
        targets: row.kind === 'group' ? {} : row.targets,
        lead: row.kind === 'group' ? '' : (row.lead ?? ''),
        coordinators: row.coordinators,
        output: row.output,
        completionTime: row.completionTime,
      });
    }
  }
  return {
    catalog,
    units: units.map(({ line: _line, ...u }) => u),
    tables,
    unreadable,
    warnings,
    ...titleFacts(titles),
  };
}
