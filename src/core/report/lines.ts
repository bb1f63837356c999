/** The assessment's indicator and task rows as report lines (texts cleaned, verdicts settled), in plan order. */

import { formatDate, parseVietnameseDate } from '../dates';
import type { AssessedIndicator, AssessedTask, Assessment } from '../judging/assess';
import type { IndicatorVerdict, TaskVerdict } from '../judging/verdicts';
import { cleanText } from '../text';
import { groupPath, type Heading, headingsOf, inPlanOrder } from './planOrder';

export interface IndicatorLine {
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

export interface TaskLine {
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

export function indicatorLines(assessment: Assessment): IndicatorLine[] {
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

export function taskLines(assessment: Assessment): TaskLine[] {
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
