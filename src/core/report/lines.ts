/** The assessment's indicator and task rows as report lines (texts cleaned and normalised, standings settled), in plan order. */

import { formatDate, parseVietnameseDate } from '../dates';
import type { AssessedIndicator, AssessedTask, Assessment } from '../judging/assess';
import type { ResultChange } from '../judging/indicator';
import type { IndicatorVerdict, TaskVerdict } from '../judging/verdicts';
import { unitProgress } from '../progress/owed';
import { cleanText } from '../text';
import { type Area, areaOf } from './areas';
import { REPORT_TEXT } from './messages';
import { groupPath, type Heading, headingsOf, inPlanOrder, planAppendixName, tracksSamplePlan } from './planOrder';
import { closeBrackets, type ShownResult, showFreeText, showIndicatorResult, tidy } from './results';
import { type Standing, standingOf } from './standing';

export interface IndicatorLine {
  row: AssessedIndicator;
  appendix: string;
  /** How the report names the plan's appendix the row comes from (planAppendixName). */
  appendixName: { title: string; short: string };
  /** The group the sheet's Nhóm column gives first ("Đến năm 2030", "Phát triển Hạ tầng"). */
  group: string;
  headings: Heading[];
  area: Area;
  tt: string;
  name: string;
  /** Đơn vị tính as printed ("%" for a "Tỷ lệ …" row the plan left without one). */
  unitOfMeasure: string;
  /** Lead unit's name. */
  unit: string;
  /** The same plan row has several leads: the unit is named after the indicator. */
  showUnit: boolean;
  verdict: IndicatorVerdict;
  standing: Standing;
  target: string;
  targetYear: number | null;
  result: ShownResult;
  /** The change from the latest earlier result recorded (Lịch sử), when both are one figure: see judging's change. */
  change: ResultChange | null;
  highlight: ShownResult;
  byHand: boolean;
}

export interface TaskLine {
  row: AssessedTask;
  appendix: string;
  appendixName: { title: string; short: string };
  headings: Heading[];
  area: Area;
  tt: string;
  name: string;
  unit: string;
  time: string;
  verdict: TaskVerdict;
  result: ShownResult;
  highlight: ShownResult;
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

/** The plan's Phụ lục II has no unit column: its "Tỷ lệ …" rows are percentages. */
function unitOfMeasureOf(record: Record<string, unknown>, name: string, target: string): string {
  const typed = tidy(cleanText(record.unitOfMeasure));
  if (typed) return typed;
  return /^t[ỷỉ] lệ\b/i.test(name) || /%/.test(target) ? REPORT_TEXT.percentUnit : '';
}

/** "100" under a "%" column reads "100%"; "Phấn đấu đạt 3%" is written mid-sentence as "phấn đấu đạt 3%". */
function shownTarget(target: string, typedUnit: string, name: string): string {
  if (!target || target === REPORT_TEXT.noTarget) return target;
  const percent = typedUnit.startsWith('%') || (!typedUnit && /^t[ỷỉ] lệ\b/i.test(name));
  if (percent && /^[≥>≤<]?\s*\d+(?:,\d+)?$/.test(target)) return `${target}%`;
  // A target in parts ("≥ 95 đối với …≥ 95 đối với …"): the parts separated.
  if (/đối với/.test(target)) target = target.replace(/(\S)\s+(?=[≥>≤<]\s*\d)/g, '$1; ');
  return /^\p{Lu}\p{Ll}/u.test(target) ? target.charAt(0).toLocaleLowerCase('vi') + target.slice(1) : target;
}

/** Whether the assessed sheet tracks the sample plan (its appendices then have the sample plan's titles). */
function samplePlanOf(assessment: Assessment): boolean {
  return tracksSamplePlan([...assessment.indicators, ...assessment.tasks]);
}

export function indicatorLines(assessment: Assessment): IndicatorLine[] {
  const leads = leadCounts(assessment.indicators);
  const samplePlan = samplePlanOf(assessment);
  const year = assessment.config.reportingYear;
  const lines = assessment.indicators
    .filter((r) => !r.isGroup)
    .map((row): IndicatorLine => {
      const j = row.judgement;
      const targetYear = j && typeof j.targetYear === 'number' ? j.targetYear : null;
      const appendix = cleanText(row.record.appendix);
      const headings = headingsOf(row.catalogId, appendix, row.record);
      const name = closeBrackets(tidy(cleanText(row.record.name)));
      const target = shownTarget(tidy(cleanText(j?.applicableTarget)), cleanText(row.record.unitOfMeasure), name);
      const result = showIndicatorResult(row.record.result);
      const verdict = (j?.verdict ?? 'MISSING') as IndicatorVerdict;
      const track = j?.track ?? null;
      return {
        row,
        appendix,
        appendixName: planAppendixName(appendix, samplePlan),
        group: groupPath(row.record)[0] ?? headings[0]?.name ?? '',
        headings,
        area: areaOf(
          headings.map((h) => h.name),
          name,
        ),
        tt: cleanText(row.record.tt),
        name,
        unitOfMeasure: unitOfMeasureOf(row.record, name, target),
        unit: unitNameOf(assessment, row.unitId, row.record.lead),
        showUnit: (leads.get(row.catalogId) ?? 0) > 1,
        verdict,
        standing: standingOf({ verdict, targetYear, track, invalid: result.invalid }, year),
        target,
        targetYear,
        result,
        change: result.invalid ? null : (j?.change ?? null),
        highlight: showFreeText(row.record.highlight),
        byHand: !!j?.byHand,
      };
    });
  return inPlanOrder(lines);
}

/**
 * The task rows a unit still owes (progress/owed.ts: the one definition the console, Tổng hợp, the e-mails and the
 * submission check use): the report counts and prints them "Chưa báo cáo" too, whatever else the row holds (a
 * completion date without a status is not a report).
 */
function owedTasks(assessment: Assessment): Set<string> {
  return new Set(unitProgress(assessment).flatMap((p) => p.owed.filter((o) => o.tab === 'tasks').map((o) => o.rowKey)));
}

export function taskLines(assessment: Assessment): TaskLine[] {
  const owed = owedTasks(assessment);
  const samplePlan = samplePlanOf(assessment);
  const lines = assessment.tasks
    .filter((r) => !r.isGroup)
    .map((row): TaskLine => {
      const j = row.judgement;
      const completed = parseVietnameseDate(row.record.completedOn);
      const appendix = cleanText(row.record.appendix);
      const headings = headingsOf(row.catalogId, appendix, row.record);
      const name = closeBrackets(tidy(cleanText(row.record.name)));
      return {
        row,
        appendix,
        appendixName: planAppendixName(appendix, samplePlan),
        headings,
        area: areaOf(
          headings.map((h) => h.name),
          name,
        ),
        tt: cleanText(row.record.tt),
        name,
        unit: unitNameOf(assessment, row.unitId, row.record.lead),
        time: cleanText(row.record.completionTime),
        verdict: owed.has(row.rowKey) ? 'MISSING' : ((j?.verdict ?? 'MISSING') as TaskVerdict),
        result: showFreeText(row.record.result),
        highlight: showFreeText(row.record.highlight),
        completedOn: completed ? formatDate(completed) : '',
        byHand: !!j?.byHand,
      };
    });
  return inPlanOrder(lines);
}
