/** Sections III–V: shortfalls and causes, proposals, next year's direction, each with what the units wrote. */
import type { Assessment } from '../judging/assess';
import { para } from './blocks';
import type { TaskLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';
import type { ReportingParts } from './reportingStatus';
import { type GroupTally, taskTally } from './tallies';

/** "- Unit: text" for each unit that wrote something in one column of Khó khăn - Đề xuất, in the units' order. */
function unitEntries(assessment: Assessment, pick: (i: Assessment['issues'][number]) => string): ParagraphBlock[] {
  const order = new Map(assessment.registry.units.map((u, i) => [u.id, i]));
  return assessment.issues
    .filter((i) => pick(i))
    .sort((a, b) => (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9) || a.rowIndex - b.rowIndex)
    .map((i) => para('body', REPORT_TEXT.unitItem(i.unitName || i.unitId, pick(i))));
}

export function issueSections(
  assessment: Assessment,
  tallies: GroupTally[],
  tasks: TaskLine[],
  reporting: ReportingParts,
): Block[] {
  const { config } = assessment;
  const blocks: Block[] = [para('heading1', REPORT_TEXT.sectionLimits, { outline: 1 })];
  const sum = (f: (t: GroupTally) => number) => tallies.reduce((s, t) => s + f(t), 0);
  const notAchieved = sum((t) => t.notAchieved.length);
  const missing = sum((t) => t.missing.length);
  const review = sum((t) => t.needsReview.length);
  const tt = taskTally(tasks);
  let any = false;
  if (notAchieved || missing || review) {
    blocks.push(para('body', REPORT_TEXT.limitsSummaryIndicators(notAchieved, missing, review)));
    any = true;
  }
  if (tt.OVERDUE || tt.DONE_LATE || tt.MISSING) {
    blocks.push(para('body', REPORT_TEXT.limitsSummaryTasks(tt.OVERDUE, tt.DONE_LATE, tt.MISSING)));
    any = true;
  }
  if (reporting.problems) {
    blocks.push(para('body', REPORT_TEXT.limitsSummaryReporting(reporting.problems)));
    any = true;
  }
  if (!any) blocks.push(para('body', REPORT_TEXT.limitsNone));
  const difficulties = unitEntries(assessment, (i) => i.difficulties);
  blocks.push(para('body', difficulties.length ? REPORT_TEXT.unitsSaid : REPORT_TEXT.noDifficulties));
  blocks.push(...difficulties);

  blocks.push(para('heading1', REPORT_TEXT.sectionProposals, { outline: 1 }));
  const proposals = unitEntries(assessment, (i) => i.proposals);
  blocks.push(...(proposals.length ? proposals : [para('body', REPORT_TEXT.noProposals)]));

  const next = config.reportingYear + 1;
  blocks.push(para('heading1', REPORT_TEXT.sectionNextYear(next), { outline: 1 }));
  blocks.push(para('body', REPORT_TEXT.nextYearGeneral(next)));
  blocks.push(para('body', REPORT_TEXT.nextYearMonitoring));
  const plans = unitEntries(assessment, (i) => i.nextYear);
  if (plans.length) blocks.push(para('body', REPORT_TEXT.nextYearUnits), ...plans);
  return blocks;
}
