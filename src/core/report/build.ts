/**
 * The consolidated year-end report (issue "Tạo báo cáo") as a document model, built from the judged sheet.
 * Pure: no Apps Script, no Node. Both renderers print exactly what this returns.
 */
import { ancestorsOf, APPENDIX_TITLES, PLAN, PLAN_CATALOG, type CatalogRow } from '../catalog';
import type { AssessedIndicator, AssessedTask, Assessment } from '../assess';
import { formatDate, parseVietnameseDate, vietnamDateOf } from '../dates';
import { formatVietnameseNumber } from '../judge/numbers';
import { unitProgress, type Timeliness, type UnitProgress } from '../progress';
import { GROUP_PATH_SEPARATOR } from '../planRows';
import { cleanText } from '../text';
import { TRACK_LABELS, VERDICT_LABELS, type IndicatorVerdict, type TaskVerdict } from '../verdicts';
import {
  FONT_FAMILY,
  FORMATS,
  HEADER_COLUMNS_MM,
  INDICATOR_COLUMNS_MM,
  NATIONAL_TITLE_SIZE,
  PAGE,
  PAGE_NUMBER_SIZE,
  SIGNATURE_COLUMNS_MM,
  TASK_COLUMNS_MM,
  TEXT_WIDTH_MM,
  BODY_SIZE,
  GRID_SIZE,
  type FormatName,
} from './form';
import type { Align, Block, ImageBlock, ParagraphBlock, ReportDocument, Run, RowKind, TableBlock, TableRow } from './model';
import { P } from './phrases';

export interface ReportChart {
  title: string;
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export interface ReportOptions {
  /** When the report is made; its date is the date line (Asia/Ho_Chi_Minh). */
  generatedAt: Date;
  charts?: ReportChart[];
}

// ---------------------------------------------------------------------------------------------- helpers

function para(format: FormatName, content: string | Run[], extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'paragraph', runs: runs.map((r) => ({ ...r, text: r.text.normalize('NFC') })), format: { ...FORMATS[format] }, ...extra };
}

function rule(widthMm: number, spaceAfterPt = 0): ParagraphBlock {
  return { kind: 'paragraph', runs: [], format: { ...FORMATS.rule, spaceAfterPt }, ruleWidthMm: widthMm };
}

/** Long catalog names are shortened in the body text (the appendix prints them in full). */
const BODY_NAME_LIMIT = 160;
function shorten(full: string, limit = BODY_NAME_LIMIT): string {
  const text = full.replace(/[\s.;:,]+$/, '');
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** "a, b và c" */
function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

function stripEnd(text: string): string {
  return text.replace(/[\s;,.]+$/, '');
}

/** The sheet's Phụ lục column ("I", "II", "III", "IV") → the catalog's appendix key. */
const APPENDIX_KEY: Record<string, CatalogRow['appendix']> = { I: 'I', II: 'II', III: 'III', IV: '4', '4': '4' };
function appendixTitle(label: string): string {
  const key = APPENDIX_KEY[label.toUpperCase()];
  return key ? APPENDIX_TITLES[key] : P.appendixFallback(label || '…');
}

/** "Phụ lục III", "Phụ lục 4": as the plan names them. */
function appendixShortTitle(label: string): string {
  return P.appendixFallback(APPENDIX_KEY[label.toUpperCase()] ?? (label || '…'));
}

// ------------------------------------------------------------------------------------------ plan order

const CATALOG_INDEX = new Map(PLAN_CATALOG.map((r, i) => [r.id, i]));
const CATALOG_BY_ID = new Map(PLAN_CATALOG.map((r) => [r.id, r]));

/** The sheet's Nhóm column: every heading above the row, outermost first ("Đến năm 2030 › Hạ tầng số"). */
function groupPath(record: Record<string, unknown>): string[] {
  return cleanText(record.group)
    .split(GROUP_PATH_SEPARATOR.trim())
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A heading printed above rows in the appendix tables. */
interface Heading {
  key: string;
  tt: string;
  name: string;
}

/** The headings above a row: the plan's group rows (with their TT) for a plan row, else the Nhóm path. */
function headingsOf(catalogId: string, appendix: string, record: Record<string, unknown>): Heading[] {
  const row = CATALOG_BY_ID.get(catalogId);
  if (row) return ancestorsOf(row).map((g) => ({ key: g.id, tt: g.tt, name: g.name }));
  const path = groupPath(record);
  return path.map((name, i) => ({ key: `${appendix}|${path.slice(0, i + 1).join('|')}`, tt: '', name }));
}

/**
 * Rows in the plan's order whatever the sheet's order (the sheet keeps each unit's rows together): plan rows by
 * their place in the plan, a row led by several units once per unit in the units' order; a ward's own rows
 * after them, by appendix and group as first seen, then sheet order.
 */
function inPlanOrder<T extends { row: { catalogId: string; rowIndex: number; record: Record<string, unknown> }; appendix: string }>(lines: T[]): T[] {
  const appendices = ordered(lines, (l) => l.appendix);
  const groups = ordered(lines, (l) => `${l.appendix}|${cleanText(l.row.record.group)}`);
  const key = (l: T): number[] => {
    const at = CATALOG_INDEX.get(l.row.catalogId);
    if (at !== undefined) return [at, 0, 0, l.row.rowIndex];
    return [Number.MAX_SAFE_INTEGER, appendices.indexOf(l.appendix), groups.indexOf(`${l.appendix}|${cleanText(l.row.record.group)}`), l.row.rowIndex];
  };
  return lines
    .map((l) => ({ l, k: key(l) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3])
    .map((x) => x.l);
}

// --------------------------------------------------------------------------------------------- the data

interface IndicatorLine {
  row: AssessedIndicator;
  appendix: string;
  /** The group counted in section I: the first heading of the Nhóm column ("Đến năm 2030", "Phát triển Hạ tầng"). */
  group: string;
  headings: Heading[];
  tt: string;
  name: string;
  /** Lead unit's name; shown after the name only when the same plan row has several leads. */
  unit: string;
  showUnit: boolean;
  verdict: IndicatorVerdict;
  reason: string;
  target: string;
  targetYear: number | null;
  result: string;
  track: 'ON_TRACK' | 'BEHIND' | null;
  byHand: boolean;
}

interface TaskLine {
  row: AssessedTask;
  appendix: string;
  headings: Heading[];
  tt: string;
  name: string;
  unit: string;
  time: string;
  verdict: TaskVerdict;
  reason: string;
  result: string;
  completedOn: string;
  byHand: boolean;
}

function unitNameOf(assessment: Assessment, unitId: string | null, lead: unknown): string {
  return (unitId && assessment.registry.byId(unitId)?.name) || cleanText(lead);
}

function leadCounts(rows: readonly { isGroup: boolean; catalogId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) if (!r.isGroup) counts.set(r.catalogId, (counts.get(r.catalogId) ?? 0) + 1);
  return counts;
}

function indicatorLines(assessment: Assessment): IndicatorLine[] {
  const leads = leadCounts(assessment.indicators);
  const lines = assessment.indicators
    .filter((r) => !r.isGroup)
    .map((row) => {
      const j = row.judgement;
      const targetYear = j && typeof j.targetYear === 'number' ? j.targetYear : null;
      const appendix = cleanText(row.record.appendix);
      const headings = headingsOf(row.catalogId, appendix, row.record);
      return {
        row,
        appendix,
        group: groupPath(row.record)[0] ?? headings[0]?.name ?? '',
        headings,
        tt: cleanText(row.record.tt),
        name: cleanText(row.record.name),
        unit: unitNameOf(assessment, row.unitId, row.record.lead),
        showUnit: (leads.get(row.catalogId) ?? 0) > 1,
        verdict: (j?.verdict ?? 'MISSING') as IndicatorVerdict,
        reason: cleanText(j?.reason),
        target: cleanText(j?.applicableTarget),
        targetYear,
        result: cleanText(row.record.result),
        track: j?.track ?? null,
        byHand: !!j?.byHand,
      };
    });
  return inPlanOrder(lines);
}

function taskLines(assessment: Assessment): TaskLine[] {
  const lines = assessment.tasks
    .filter((r) => !r.isGroup)
    .map((row) => {
      const j = row.judgement;
      const completed = parseVietnameseDate(row.record.completedOn);
      const appendix = cleanText(row.record.appendix);
      return {
        row,
        appendix,
        headings: headingsOf(row.catalogId, appendix, row.record),
        tt: cleanText(row.record.tt),
        name: cleanText(row.record.name),
        unit: unitNameOf(assessment, row.unitId, row.record.lead),
        time: cleanText(row.record.completionTime),
        verdict: (j?.verdict ?? 'MISSING') as TaskVerdict,
        reason: cleanText(j?.reason),
        result: cleanText(row.record.result),
        completedOn: completed ? formatDate(completed) : '',
        byHand: !!j?.byHand,
      };
    });
  return inPlanOrder(lines);
}

/** Distinct values in first-seen order. */
function ordered<T, K>(items: readonly T[], key: (t: T) => K): K[] {
  const seen: K[] = [];
  for (const it of items) if (!seen.includes(key(it))) seen.push(key(it));
  return seen;
}

export interface GroupTally {
  appendix: string;
  group: string;
  lines: IndicatorLine[];
  /** Indicators with a target this year (everything but NOT_APPLICABLE). */
  counted: number;
  achieved: IndicatorLine[];
  exceeded: IndicatorLine[];
  notAchieved: IndicatorLine[];
  missing: IndicatorLine[];
  needsReview: IndicatorLine[];
  notApplicable: IndicatorLine[];
  onTrack: IndicatorLine[];
  behind: IndicatorLine[];
}

function tally(appendix: string, group: string, lines: IndicatorLine[]): GroupTally {
  const of = (...v: IndicatorVerdict[]) => lines.filter((l) => v.includes(l.verdict));
  const notApplicable = of('NOT_APPLICABLE');
  return {
    appendix,
    group,
    lines,
    counted: lines.length - notApplicable.length,
    achieved: of('ACHIEVED', 'EXCEEDED'),
    exceeded: of('EXCEEDED'),
    notAchieved: of('NOT_ACHIEVED'),
    missing: of('MISSING'),
    needsReview: of('NEEDS_REVIEW'),
    notApplicable,
    onTrack: lines.filter((l) => l.track === 'ON_TRACK'),
    behind: lines.filter((l) => l.track === 'BEHIND'),
  };
}

/** Per group of the sheet's Nhóm column, in sheet order: the counts the report's section I states. */
export function indicatorGroupTallies(assessment: Assessment): GroupTally[] {
  const lines = indicatorLines(assessment);
  const keys = ordered(lines, (l) => `${l.appendix}\u0000${l.group}`);
  return keys.map((k) => {
    const [appendix, group] = k.split('\u0000');
    return tally(
      appendix,
      group,
      lines.filter((l) => l.appendix === appendix && l.group === group),
    );
  });
}

export type TaskTally = Record<TaskVerdict, number> & { total: number };
const TASK_ORDER: TaskVerdict[] = ['DONE', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE', 'NOT_DUE', 'MISSING', 'NEEDS_REVIEW'];

export function taskTally(lines: readonly { verdict: TaskVerdict }[]): TaskTally {
  const t = { total: lines.length } as TaskTally;
  for (const v of TASK_ORDER) t[v] = lines.filter((l) => l.verdict === v).length;
  return t;
}

function taskCountsText(t: TaskTally): string {
  return TASK_ORDER.filter((v) => t[v] > 0)
    .map((v) => P.taskCounts[v](t[v]))
    .join(', ');
}

// ------------------------------------------------------------------------------------------- the blocks

function verdictText(label: string, byHand: boolean): string {
  return byHand ? `${label} ${P.byHand}` : label;
}

/** "chỉ tiêu 1.4, 3.1 và 9.5" (with the unit when a plan row has several leads). */
function refs(lines: IndicatorLine[]): string {
  return P.indicatorRefs(joinVi(lines.map((l) => (l.tt || '…') + (l.showUnit ? ` - ${l.unit}` : ''))));
}

function groupSentence(t: GroupTally, year: number): string {
  const label = P.groupName(t.group);
  const parts: string[] = [];
  if (t.counted === 0) parts.push(P.groupNone(label, year));
  else {
    parts.push(P.groupAchieved(label, t.achieved.length, t.counted) + (t.exceeded.length ? ` (${P.groupExceeded(t.exceeded.length)})` : ''));
    if (t.notAchieved.length) parts.push(P.groupNotAchieved(t.notAchieved.length, refs(t.notAchieved)));
    if (t.missing.length) parts.push(P.groupMissing(t.missing.length, refs(t.missing)));
    if (t.needsReview.length) parts.push(P.groupNeedsReview(t.needsReview.length, refs(t.needsReview)));
  }
  let text = `- ${parts.join(', ')}`;
  if (t.notApplicable.length) text += `; ${P.groupNotApplicable(t.notApplicable.length, refs(t.notApplicable))}`;
  return `${text}.`;
}

function trackSentence(t: GroupTally): string | null {
  if (!t.onTrack.length && !t.behind.length) return null;
  const years = ordered([...t.onTrack, ...t.behind], (l) => l.targetYear).filter((y): y is number => y !== null);
  const milestone = years.length === 1 ? P.milestoneYear(years[0]) : P.milestoneMixed;
  return P.trackSentence(milestone, t.onTrack.length, t.behind.length, refs(t.behind));
}

function indicatorLimitItem(l: IndicatorLine, label: string, reason = l.reason): ParagraphBlock {
  return para('body', P.limitItem(l.tt, shorten(l.name), l.unit, verdictText(label, l.byHand), reason));
}

function indicatorSection(assessment: Assessment, tallies: GroupTally[]): Block[] {
  const year = assessment.config.reportingYear;
  const blocks: Block[] = [para('heading1', P.sectionIndicators, { outline: 1 })];
  const all = tallies.flatMap((t) => t.lines);
  const counted = tallies.reduce((s, t) => s + t.counted, 0);
  const achieved = tallies.reduce((s, t) => s + t.achieved.length, 0);
  const exceeded = tallies.reduce((s, t) => s + t.exceeded.length, 0);
  if (all.length) {
    const rate = counted ? `${formatVietnameseNumber((achieved / counted) * 100, 2)}%` : '0%';
    blocks.push(para('body', P.indicatorsOverall(achieved, counted, rate, exceeded)));
    blocks.push(para('body', [{ text: P.countingRule(year), italic: true }]));
  }
  const appendices = ordered(tallies, (t) => t.appendix);
  appendices.forEach((appendix, i) => {
    const groups = tallies.filter((t) => t.appendix === appendix);
    const heading =
      appendix === 'I' ? P.appendixIHeading : appendix === 'II' ? P.appendixIIHeading : P.otherIndicatorsHeading(appendix);
    blocks.push(para('heading2', P.indicatorAppendixHeading(i + 1, heading), { outline: 2 }));

    blocks.push(para('heading3', P.achievedHeading));
    for (const g of groups) {
      blocks.push(para('body', groupSentence(g, year)));
      const track = trackSentence(g);
      if (track) blocks.push(para('body', track));
    }
    const achievedLines = groups.flatMap((g) => g.achieved);
    if (!achievedLines.length) blocks.push(para('body', P.noAchieved));
    for (const l of achievedLines) {
      const label = verdictText(VERDICT_LABELS[l.verdict], l.byHand) + (l.track ? `, ${TRACK_LABELS[l.track].toLocaleLowerCase('vi')}` : '');
      blocks.push(para('body', P.achievedItem(l.tt, shorten(l.name), l.showUnit ? l.unit : '', l.result, label)));
    }

    blocks.push(para('heading3', P.limitsHeading));
    const limits = groups.flatMap((g) => g.lines.filter((l) => ['NOT_ACHIEVED', 'MISSING', 'NEEDS_REVIEW'].includes(l.verdict)));
    const behindOnly = groups.flatMap((g) => g.behind.filter((l) => !limits.includes(l)));
    if (!limits.length && !behindOnly.length) blocks.push(para('body', P.noLimits));
    for (const l of limits) {
      const label = VERDICT_LABELS[l.verdict] + (l.track === 'BEHIND' ? `, ${TRACK_LABELS.BEHIND.toLocaleLowerCase('vi')}` : '');
      blocks.push(indicatorLimitItem(l, label));
    }
    for (const l of behindOnly) blocks.push(indicatorLimitItem(l, `${VERDICT_LABELS[l.verdict]}, ${TRACK_LABELS.BEHIND.toLocaleLowerCase('vi')}`));
  });
  return blocks;
}

function taskSection(assessment: Assessment, lines: TaskLine[]): Block[] {
  const blocks: Block[] = [para('heading1', P.sectionTasks, { outline: 1 })];
  const t = taskTally(lines);
  blocks.push(para('body', `${P.tasksOverall(t.total)}: ${taskCountsText(t) || '0'}.`));
  const appendices = ordered(lines, (l) => l.appendix);
  if (appendices.length > 1) {
    for (const a of appendices) {
      const part = lines.filter((l) => l.appendix === a);
      blocks.push(para('body', P.taskAppendixLine(appendixTitle(a), part.length, taskCountsText(taskTally(part)))));
    }
  }

  // Task numbers restart in each appendix: when there are several, each list is split under "Phụ lục …:".
  const perAppendix = (items: TaskLine[], item: (l: TaskLine) => ParagraphBlock): ParagraphBlock[] => {
    if (appendices.length <= 1) return items.map(item);
    return appendices.flatMap((a) => {
      const mine = items.filter((l) => l.appendix === a);
      return mine.length ? [para('body', [{ text: P.tasksOfAppendix(appendixShortTitle(a)), italic: true }]), ...mine.map(item)] : [];
    });
  };

  blocks.push(para('heading3', P.achievedHeading));
  const done = lines.filter((l) => l.verdict === 'DONE' || l.verdict === 'DONE_LATE');
  const withResult = done.filter((l) => l.result);
  if (!done.length) blocks.push(para('body', P.noDone));
  blocks.push(
    ...perAppendix(withResult, (l) => {
      const late = l.verdict === 'DONE_LATE' ? `; ${VERDICT_LABELS.DONE_LATE.toLocaleLowerCase('vi')}` : '';
      return para('body', P.doneItem(l.tt, shorten(l.name), l.unit + late, l.result));
    }),
  );
  if (withResult.length && done.length > withResult.length) blocks.push(para('body', P.doneWithoutResult(done.length - withResult.length)));
  if (!withResult.length && done.length) blocks.push(para('body', P.doneWithoutResult(done.length)));

  blocks.push(para('heading3', P.limitsHeading));
  const overdue = lines.filter((l) => l.verdict === 'OVERDUE');
  blocks.push(para('body', overdue.length ? P.overdueIntro(overdue.length) : P.noOverdue));
  blocks.push(...perAppendix(overdue, (l) => para('body', P.taskLimitItem(l.tt, shorten(l.name), l.unit, verdictText(VERDICT_LABELS.OVERDUE, l.byHand), l.reason))));
  const review = lines.filter((l) => l.verdict === 'NEEDS_REVIEW');
  if (review.length) {
    blocks.push(para('body', P.needsReviewIntro(review.length)));
    blocks.push(...perAppendix(review, (l) => para('body', P.taskLimitItem(l.tt, shorten(l.name), l.unit, VERDICT_LABELS.NEEDS_REVIEW, l.reason))));
  }
  const missing = lines.filter((l) => l.verdict === 'MISSING');
  if (missing.length) {
    blocks.push(para('body', P.missingTasksIntro(missing.length)));
    const order = assessment.registry.units.map((u) => u.name);
    const units = ordered(missing, (l) => l.unit).sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9));
    for (const unit of units) blocks.push(para('body', P.missingTasksByUnit(unit, missing.filter((l) => l.unit === unit).length)));
  }
  return blocks;
}

interface ReportingParts {
  sentence: string;
  /** The late / not-reported part alone, for section III; '' when every unit reported on time. */
  problems: string;
}

function reportingParts(assessment: Assessment, progress: UnitProgress[]): ReportingParts {
  const by = (t: Timeliness) => progress.filter((p) => p.timeliness === t);
  const names = (ps: UnitProgress[]) => joinVi(ps.map((p) => p.unit.name));
  const total = progress.length;
  const onTime = by('ON_TIME');
  const late = by('LATE');
  const notReported = by('NOT_REPORTED');
  const pending = by('PENDING');
  const lateNames = joinVi(late.map((p) => (p.state?.submittedAt ? `${p.unit.name} - ngày ${formatDate(vietnamDateOf(p.state.submittedAt))}` : p.unit.name)));
  const problems: string[] = [];
  if (late.length) problems.push(P.late(late.length, lateNames));
  if (notReported.length) problems.push(P.notReported(notReported.length, names(notReported)));
  const parts = [onTime.length ? P.onTime(onTime.length, total, names(onTime)) : P.noneOnTime(total), ...problems];
  if (pending.length) parts.push(P.pending(pending.length, names(pending)));
  const sentence = `${P.reportingAsOf(formatDate(assessment.today), formatDate(assessment.config.deadline))}${parts.join('; ')}. ${P.reportingTail}`;
  return { sentence, problems: problems.join('; ') };
}

/** "- Unit: text" for each unit that wrote something in one column of Khó khăn - Đề xuất, in the units' order. */
function unitEntries(assessment: Assessment, pick: (i: Assessment['issues'][number]) => string): ParagraphBlock[] {
  const order = new Map(assessment.registry.units.map((u, i) => [u.id, i]));
  return assessment.issues
    .filter((i) => pick(i))
    .sort((a, b) => (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9) || a.rowIndex - b.rowIndex)
    .map((i) => para('body', P.unitItem(i.unitName || i.unitId, pick(i))));
}

function closingSections(assessment: Assessment, tallies: GroupTally[], tasks: TaskLine[], reporting: ReportingParts): Block[] {
  const { config } = assessment;
  const blocks: Block[] = [para('heading1', P.sectionLimits, { outline: 1 })];
  const sum = (f: (t: GroupTally) => number) => tallies.reduce((s, t) => s + f(t), 0);
  const notAchieved = sum((t) => t.notAchieved.length);
  const missing = sum((t) => t.missing.length);
  const review = sum((t) => t.needsReview.length);
  const tt = taskTally(tasks);
  let any = false;
  if (notAchieved || missing || review) {
    blocks.push(para('body', P.limitsSummaryIndicators(notAchieved, missing, review)));
    any = true;
  }
  if (tt.OVERDUE || tt.DONE_LATE || tt.MISSING) {
    blocks.push(para('body', P.limitsSummaryTasks(tt.OVERDUE, tt.DONE_LATE, tt.MISSING)));
    any = true;
  }
  if (reporting.problems) {
    blocks.push(para('body', P.limitsSummaryReporting(reporting.problems)));
    any = true;
  }
  if (!any) blocks.push(para('body', P.limitsNone));
  const difficulties = unitEntries(assessment, (i) => i.difficulties);
  blocks.push(para('body', difficulties.length ? P.unitsSaid : P.noDifficulties));
  blocks.push(...difficulties);

  blocks.push(para('heading1', P.sectionProposals, { outline: 1 }));
  const proposals = unitEntries(assessment, (i) => i.proposals);
  blocks.push(...(proposals.length ? proposals : [para('body', P.noProposals)]));

  const next = config.reportingYear + 1;
  blocks.push(para('heading1', P.sectionNextYear(next), { outline: 1 }));
  blocks.push(para('body', P.nextYearGeneral(next)));
  blocks.push(para('body', P.nextYearMonitoring));
  const plans = unitEntries(assessment, (i) => i.nextYear);
  if (plans.length) blocks.push(para('body', P.nextYearUnits), ...plans);
  return blocks;
}

function layoutTable(columns: readonly number[], rows: ParagraphBlock[][][]): TableBlock {
  return {
    kind: 'table',
    style: 'layout',
    columns: columns.map((widthMm) => ({ widthMm, align: 'center' as Align })),
    rows: rows.map((cells) => ({ kind: 'data' as RowKind, cells: cells.map((paragraphs) => ({ paragraphs })) })),
    sizePt: BODY_SIZE,
  };
}

function headerBlock(assessment: Assessment, generatedAt: Date): Block[] {
  const { config } = assessment;
  const d = vietnamDateOf(generatedAt);
  const table = layoutTable(HEADER_COLUMNS_MM, [
    [
      [para('header', P.issuerParent), para('header', [{ text: P.issuer(config.wardName), bold: true }]), rule(20)],
      [
        para('header', [{ text: P.nationalTitle, bold: true, sizePt: NATIONAL_TITLE_SIZE }]),
        para('header', [{ text: P.motto, bold: true, underline: true }]),
      ],
    ],
    [[para('numberLine', P.numberLine(config.reportNumber))], [para('dateLine', P.dateLine(config.wardName, d.day, d.month, d.year))]],
  ]);
  return [
    table,
    para('title', P.title),
    para('subject', P.subject(config.planNumber, config.planDate, config.wardName, config.reportingYear)),
    rule(30, 12),
  ];
}

function signatureBlock(assessment: Assessment): TableBlock {
  const { config } = assessment;
  const recipients = config.recipients.map((r, i, all) => {
    const last = i === all.length - 1;
    const text = last ? (/[.]$/.test(r) ? r : `${stripEnd(r)}.`) : `${stripEnd(r)};`;
    return para('recipient', `- ${text}`);
  });
  const signer: ParagraphBlock[] = [para('signatureTop', P.signerBody)];
  const authority = cleanText(config.signerAuthority);
  const title = cleanText(config.signerTitle) || P.defaultSignerTitle;
  if (authority) signer.push(para('signature', authority.toLocaleUpperCase('vi')));
  signer.push(para('signature', title.toLocaleUpperCase('vi')));
  for (let i = 0; i < 4; i++) signer.push(para('signature', ''));
  signer.push(para('signature', cleanText(config.signerName)));
  return layoutTable(SIGNATURE_COLUMNS_MM, [[[para('recipientsTitle', P.recipientsTitle), ...recipients], signer]]);
}

interface GridRow {
  kind: RowKind;
  cells: string[];
  /** Columns whose cell continues the one above (see TableCell.continued). */
  continued?: number[];
}

function gridTable(columnsMm: readonly number[], aligns: Align[], header: readonly string[], rows: GridRow[]): TableBlock {
  const cellPara = (text: string, align: Align, kind: RowKind): ParagraphBlock => {
    const p = para('gridCell', text);
    p.format.align = kind === 'header' ? 'center' : kind === 'data' ? align : 'left';
    if (kind !== 'data') p.format.bold = true;
    return p;
  };
  const toRow = (r: GridRow): TableRow => ({
    kind: r.kind,
    cells: r.cells.map((text, i) => ({
      paragraphs: [cellPara(r.continued?.includes(i) ? '' : text, aligns[i], r.kind)],
      ...(r.continued?.includes(i) ? { continued: true } : {}),
    })),
    ...(r.kind === 'band' || r.kind === 'group' ? { spanFrom: 1 } : {}),
  });
  return {
    kind: 'table',
    style: 'grid',
    columns: columnsMm.map((widthMm, i) => ({ widthMm, align: aligns[i] })),
    rows: [toRow({ kind: 'header', cells: [...header] }), ...rows.map(toRow)],
    sizePt: GRID_SIZE,
  };
}

/**
 * Band rows ("A. Phụ lục I - ...") before each appendix, a group row for each heading when it changes
 * (the plan's group rows, or the Nhóm path for a ward's own rows), then the rows, in the plan's order.
 */
function appendixRows<L extends { appendix: string; headings: Heading[] }>(
  lines: readonly L[],
  width: number,
  dataCells: (line: L, previous: L | null) => GridRow,
): GridRow[] {
  const out: GridRow[] = [];
  const row = (kind: RowKind, first: string, second: string) => {
    const cells = Array<string>(width).fill('');
    cells[0] = first;
    cells[1] = second;
    out.push({ kind, cells });
  };
  let appendix: string | null = null;
  let band = 0;
  let open: Heading[] = [];
  let previous: L | null = null;
  for (const line of lines) {
    if (line.appendix !== appendix) {
      appendix = line.appendix;
      row('band', P.bandLetters[band++] ?? '', appendixTitle(line.appendix));
      open = [];
      previous = null;
    }
    let same = 0;
    while (same < open.length && same < line.headings.length && open[same].key === line.headings[same].key) same++;
    if (same < line.headings.length) previous = null;
    for (const h of line.headings.slice(same)) row('group', h.tt, h.name);
    open = line.headings;
    out.push(dataCells(line, previous));
    previous = line;
  }
  return out;
}

function indicatorAppendix(assessment: Assessment, lines: IndicatorLine[]): Block[] {
  const year = assessment.config.reportingYear;
  const rows = appendixRows(lines, 6, (l) => {
    const hasTarget = !!l.target && l.target !== P.noTarget;
    const target = hasTarget ? `${l.target}${l.targetYear && l.targetYear !== year ? ` ${P.milestoneNote(l.targetYear)}` : ''}` : P.noTarget;
    let verdict = VERDICT_LABELS[l.verdict];
    if (l.track) verdict += `; ${TRACK_LABELS[l.track].toLocaleLowerCase('vi')}`;
    const name = l.showUnit ? `${l.name} (${l.unit})` : l.name;
    return { kind: 'data', cells: [l.tt, name, cleanText(l.row.record.unitOfMeasure), target, l.result, verdictText(verdict, l.byHand)] };
  });
  return [gridTable(INDICATOR_COLUMNS_MM, ['center', 'left', 'center', 'center', 'center', 'center'], P.indicatorHeaders, rows)];
}

function taskAppendix(lines: TaskLine[]): Block[] {
  const rows = appendixRows(lines, 5, (l, previous) => {
    let status = VERDICT_LABELS[l.verdict];
    if ((l.verdict === 'DONE' || l.verdict === 'DONE_LATE') && l.completedOn) status += ` ${P.completedOn(l.completedOn)}`;
    // A task led by several units: one row per unit, the task's TT, name and time printed once above them.
    const sameTask = previous !== null && previous.row.catalogId === l.row.catalogId && !!l.row.catalogId;
    return { kind: 'data', cells: [l.tt, l.name, l.unit, l.time, verdictText(status, l.byHand)], continued: sameTask ? [0, 1, 3] : undefined };
  });
  return [gridTable(TASK_COLUMNS_MM, ['center', 'left', 'left', 'center', 'center'], P.taskHeaders, rows)];
}

function appendixHeading(title: string, subtitle: string, pageBreak: boolean): ParagraphBlock[] {
  return [para('appendixTitle', title, { pageBreakBefore: pageBreak, outline: 1 }), para('appendixSubtitle', subtitle)];
}

function chartBlocks(charts: readonly ReportChart[]): Block[] {
  const blocks: Block[] = [];
  for (const c of charts) {
    const naturalMm = (c.widthPx * 25.4) / 96;
    const widthMm = Math.min(TEXT_WIDTH_MM, naturalMm);
    const heightMm = c.widthPx > 0 ? (widthMm * c.heightPx) / c.widthPx : 0;
    const image: ImageBlock = { kind: 'image', title: cleanText(c.title), png: c.png, widthPx: c.widthPx, heightPx: c.heightPx, widthMm, heightMm };
    blocks.push(image, para('caption', cleanText(c.title)));
  }
  return blocks;
}

/** What the plan is about, for the legal-basis sentence (only for the plan the catalog comes from). */
function planAbout(assessment: Assessment): string {
  const { config } = assessment;
  if (cleanText(config.planNumber) !== PLAN.number || cleanText(config.wardName) !== PLAN.ward) return '';
  return PLAN.title.charAt(0).toLocaleLowerCase('vi') + PLAN.title.slice(1);
}

export function buildReport(assessment: Assessment, options: ReportOptions): ReportDocument {
  const { config } = assessment;
  const year = config.reportingYear;
  const tallies = indicatorGroupTallies(assessment);
  const tasks = taskLines(assessment);
  const indicators = tallies.flatMap((t) => t.lines);
  const reporting = reportingParts(assessment, unitProgress(assessment));
  const generatedOn = formatDate(vietnamDateOf(options.generatedAt));

  const blocks: Block[] = [
    ...headerBlock(assessment, options.generatedAt),
    para('body', P.legalBasis(config.planNumber, config.planDate, config.wardName, planAbout(assessment), year)),
    para('body', reporting.sentence),
    ...indicatorSection(assessment, tallies),
    ...taskSection(assessment, tasks),
    ...closingSections(assessment, tallies, tasks, reporting),
    para('body', P.closing(config.planNumber, config.planDate, config.wardName, year), { format: { ...FORMATS.body, keepWithNext: true } }),
    signatureBlock(assessment),
    ...appendixHeading(P.indicatorsAppendixTitle(year), P.appendixSubtitle(config.reportNumber, generatedOn, config.wardName), true),
    ...indicatorAppendix(assessment, indicators),
    ...appendixHeading(P.tasksAppendixTitle(year), P.appendixSubtitle(config.reportNumber, generatedOn, config.wardName), true),
    ...taskAppendix(tasks),
  ];
  if (options.charts?.length) {
    blocks.push(...appendixHeading(P.chartsTitle(year), P.appendixSubtitle(config.reportNumber, generatedOn, config.wardName), true));
    blocks.push(...chartBlocks(options.charts));
  }

  return {
    page: { ...PAGE },
    font: { family: FONT_FAMILY, sizePt: BODY_SIZE },
    pageNumbers: { fromPage: 2, sizePt: PAGE_NUMBER_SIZE, align: 'center' },
    blocks,
    meta: {
      title: `${P.title} ${P.subject(config.planNumber, config.planDate, config.wardName, year)}`,
      reportingYear: year,
      wardName: config.wardName,
      generatedAt: options.generatedAt,
    },
  };
}
