/**
 * A ward's own plan, read from the tables it copied out of its Kế hoạch: indicators (a target per year or per
 * milestone), tasks (lead units, deadlines), units (e-mails). Input: the grids of an .xlsx's sheets, of a .csv, or
 * of the sheet's "Nạp kế hoạch" tab, where several tables may sit one under another, each under its own header
 * row. Headers are matched tolerantly (the indicator columns exactly as `cli judge` reads them: wardList's
 * classifyHeader); a row that cannot be read is reported with its sheet, line and reason and left out whole.
 * Pure: no file or sheet access here.
 */

import type { CatalogRow } from '../plan/catalog';
import { DEFAULT_UNITS, type Unit, UnitRegistry } from '../plan/units';
import { cleanText, foldText, matchKey } from '../text';
import { isValidEmail, splitList } from '../units/table';
import { classifyHeader } from '../wardList/header';
import { isColumnNumberRow, isHeadingTt, readWardList, type WardListRow } from '../wardList/wardList';
import { linkMeasures, type MeasureGroup } from './links';
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
  /** Rows that measure the same thing ("Cùng chỉ tiêu với", "Mã chỉ số"), each group one measure (links.ts). */
  measures: MeasureGroup[];
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
    c.role === 'sameAs' ||
    c.role === 'previousResult'
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
  /** "Cùng chỉ tiêu với" and "Mã chỉ số" as written (indicator tables; '' otherwise). */
  sameAs: string;
  code: string;
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
  const columnOf = (role: string) => list.columns.find((c) => c.role === role)?.index ?? -1;
  const [coordinatorsColumn, sameAsColumn, codeColumn] = ['coordinators', 'sameAs', 'measure'].map(columnOf);
  const hasLead = list.columns.some((c) => c.role === 'lead');
  const described: Partial<Record<string, string>> = {
    name: T.role.indicatorName,
    result: T.unusedPlan,
    sameAs: T.role.sameAs,
    measure: T.role.measureCode,
  };
  const columns = list.columns
    .filter((c) => c.header)
    .map((c) => ({ header: c.header, description: (c.role && described[c.role]) || c.description }));
  // A cell as written, line breaks kept ("1.2\nPL2-21": two references); a TT typed as the number 1.2 stays "1.2".
  const raw = (cells: readonly unknown[], at: number) =>
    at < 0 ? '' : typeof cells[at] === 'number' ? String(cells[at]) : String(cells[at] ?? '').normalize('NFC');
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
      sameAs: raw(cells, sameAsColumn).trim(),
      code: text(raw(cells, codeColumn)),
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
    if (row.every(isBlank) || (body.length === 0 && isColumnNumberRow(row))) continue;
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
      sameAs: '',
      code: '',
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
    if (row.every(isBlank) || (units.length === 0 && isColumnNumberRow(row))) continue;
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
      // One e-mail column in a ward's list: the address is the unit's Google account and its reminder address alike
      // (the office splits them in the Đơn vị tab when the unit reads a mail công vụ).
      accounts: emails.filter(isValidEmail),
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

type LinedUnit = Unit & { line: number };

/** Every table of every source, read; the units of the unit tables (a unit listed twice kept once). */
interface ReadSources {
  tables: PlanTable[];
  unreadable: PlanProblem[];
  warnings: PlanProblem[];
  /** The indicator and task tables. */
  read: ReadTable[];
  units: LinedUnit[];
  /** The first sheet with a unit table ('' when there is none). */
  unitSheet: string;
  titles: string[];
}

/** A unit table's units after the ones already read; one already listed (by any spelling) is left out and reported. */
function addUnits(
  units: LinedUnit[],
  found: readonly LinedUnit[],
  sheet: string,
  unreadable: PlanProblem[],
): LinedUnit[] {
  const registry = new UnitRegistry(units);
  const added = [...units];
  for (const unit of found) {
    const same = registry.resolve(unit.name) as LinedUnit | null;
    if (same) unreadable.push({ sheet, line: unit.line, reason: T.reasons.duplicateUnit(same.line) });
    else added.push(unit);
  }
  return added;
}

function readSources(sources: readonly PlanSource[], year: number): ReadSources {
  const out: ReadSources = { tables: [], unreadable: [], warnings: [], read: [], units: [], unitSheet: '', titles: [] };
  for (const source of sources) {
    const { blocks, titles } = blocksOf(source);
    out.titles.push(...titles);
    for (const block of blocks) {
      const result =
        block.kind === 'units'
          ? readUnits(block)
          : block.kind === 'indicators'
            ? readIndicators(block, year)
            : readTasks(block);
      out.tables.push(result.table);
      out.unreadable.push(...result.unreadable);
      out.warnings.push(...result.warnings);
      if ('units' in result) {
        out.units = addUnits(out.units, result.units, block.sheet, out.unreadable);
        out.unitSheet ||= block.sheet;
      } else out.read.push(result);
    }
  }
  return out;
}

/** The VHXH office's unit, added to the list when the plan's units do not include it. */
function withOffice(units: LinedUnit[]): { units: LinedUnit[]; name: string } {
  const found = new UnitRegistry(units).resolve(T.officeName);
  if (found) return { units, name: found.name };
  const id = codeFor(T.officeName, new Set(units.map((u) => u.id)));
  return {
    units: [...units, { id, name: T.officeName, aliases: [], accounts: [], emails: [], line: 0 }],
    name: T.officeName,
  };
}

/** A table without a lead column goes to the office, whole (its group rows lead nothing). */
function leadTablesWithoutLead(read: readonly ReadTable[], units: LinedUnit[], warnings: PlanProblem[]): LinedUnit[] {
  let list = units;
  for (const result of read) {
    if (result.hasLead) continue;
    const office = withOffice(list);
    list = office.units;
    warnings.push({
      sheet: result.table.sheet,
      line: 0,
      reason: T.warnings.noLeadColumn(T.kind[result.table.kind], office.name),
    });
    for (const row of result.rows) row.lead = row.kind === 'item' ? office.name : '';
  }
  return list;
}

/**
 * No unit table: the units are the leads the tables name, as the registry splits them (a collective "Các phòng,
 * ban…" names none); two spellings of one new unit in a row give one unit.
 */
function unitsFromLeads(read: readonly ReadTable[], units: LinedUnit[]): LinedUnit[] {
  let list = units;
  const taken = new Set(units.map((u) => u.id));
  for (const result of read)
    for (const row of result.rows)
      for (const name of new UnitRegistry(list).leadsOf(row.lead ?? '').unknown) {
        if (new UnitRegistry(list).resolve(name)) continue;
        list = [...list, { id: codeFor(name, taken), name, aliases: [], accounts: [], emails: [], line: 0 }];
      }
  return list;
}

/** Row ids of one table: "KH<table>-<TT>" ("KH<table>-d<line>" without a TT), "-2", "-3"… when a TT repeats. */
function rowIds(appendix: string): (row: RawRow) => string {
  const used = new Set<string>();
  return (row) => {
    const base = `KH${appendix}-${row.tt || `d${row.line}`}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * The open groups a row sits in: a heading group (I, II…) or one without TT closes every group; otherwise groups are
 * closed until the top one's TT is a prefix of the row's ("1.2" stays in "1"; "2" closes "1").
 */
function closeGroups(stack: { tt: string; id: string }[], row: RawRow): void {
  if (row.kind === 'group' && (isHeadingTt(row.tt) || !row.tt)) {
    stack.length = 0;
    return;
  }
  const top = () => stack[stack.length - 1];
  while (stack.length && !isHeadingTt(top().tt) && !row.tt.startsWith(`${top().tt}.`)) stack.pop();
}

/** One table's rows as catalog rows (appendix = the table's number), each under its group; unknown leads reported. */
function catalogOfTable(
  result: ReadTable,
  appendix: string,
  registry: UnitRegistry,
  warnings: PlanProblem[],
): CatalogRow[] {
  const idOf = rowIds(appendix);
  const stack: { tt: string; id: string }[] = [];
  return result.rows.map((row): CatalogRow => {
    const id = idOf(row);
    closeGroups(stack, row);
    const parentId = stack.length ? stack[stack.length - 1].id : null;
    if (row.kind === 'group') stack.push({ tt: row.tt, id });
    else if (row.lead) {
      for (const unknown of registry.leadsOf(row.lead).unknown)
        warnings.push({ sheet: result.table.sheet, line: row.line, reason: T.warnings.unknownLead(unknown) });
    }
    return {
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
    };
  });
}

const pick = (row: RawRow) => ({ sameAs: row.sameAs, code: row.code });

/** Reads every table of every source. Throws PlanImportError('noTables') when no indicator or task table is found. */
export function readPlan(sources: readonly PlanSource[], year: number): ImportedPlan {
  const { tables, unreadable, warnings, read, unitSheet, titles, ...found } = readSources(sources, year);
  if (!read.length) throw new PlanImportError('noTables');
  let units = leadTablesWithoutLead(read, found.units, warnings);
  if (!unitSheet) {
    warnings.push({ sheet: '', line: 0, reason: T.warnings.noUnitTable });
    units = unitsFromLeads(read, units);
  }
  const registry = new UnitRegistry(units);
  const perTable = read.map((result, i) => ({
    result,
    appendix: String(i + 1),
    rows: catalogOfTable(result, String(i + 1), registry, warnings),
  }));
  // Rows of one measure: the catalog rows carry it; a row whose reference names no indicator row is left out whole.
  const links = linkMeasures(
    perTable.map(({ result, appendix, rows }) => ({
      appendix,
      sheet: result.table.sheet,
      rows: rows.map((row, k) => ({ ...row, line: result.rows[k].line, ...pick(result.rows[k]) })),
    })),
  );
  const leftOut = new Set(links.unreadable.map((p) => p.id));
  unreadable.push(...links.unreadable.map(({ id: _id, ...p }) => p));
  warnings.push(...links.warnings);
  const catalog = perTable
    .flatMap((t) => t.rows)
    .filter((row) => !leftOut.has(row.id))
    .map((row) => (links.measureOf.has(row.id) ? { ...row, measure: links.measureOf.get(row.id) } : row));
  return {
    catalog,
    units: units.map(({ line: _line, ...u }) => u),
    tables,
    unreadable,
    warnings,
    measures: links.groups,
    ...titleFacts(titles),
  };
}
