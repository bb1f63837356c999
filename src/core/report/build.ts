/**
 * The consolidated year-end report (issue "Tạo báo cáo") as a document model, built from the judged sheet.
 * Pure: no Apps Script, no Node. Both renderers print exactly what this returns.
 * Each part of the document is built in its own file; this one only puts them in the order of the form.
 */

import { formatDate, vietnamDateOf } from '../dates';
import type { Assessment } from '../judging/assess';
import { unitProgress } from '../progress/owed';
import { appendixHeading, indicatorAppendix, taskAppendix } from './appendix';
import { para } from './blocks';
import { chartBlocks, type ReportChart } from './chartBlocks';
import { BODY_SIZE, FONT_FAMILY, PAGE, PAGE_NUMBER_SIZE } from './form';
import { headerBlock, legalBasis } from './header';
import { taskLines } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ReportDocument } from './model';
import { reportingParts } from './reportingStatus';
import { indicatorSection } from './sectionIndicators';
import { issueSections } from './sectionIssues';
import { taskSection } from './sectionTasks';
import { closingParagraph, signatureBlock } from './signature';
import { indicatorGroupTallies } from './tallies';

// Callers (src/core/overview/overview.ts, the index) import these from here.
export type { ReportChart } from './chartBlocks';
export { type GroupTally, indicatorGroupTallies, type TaskTally, taskTally } from './tallies';

export interface ReportOptions {
  /** When the report is made; its date is the date line (Asia/Ho_Chi_Minh). */
  generatedAt: Date;
  charts?: ReportChart[];
}

export function buildReport(assessment: Assessment, options: ReportOptions): ReportDocument {
  const { config } = assessment;
  const year = config.reportingYear;
  const tallies = indicatorGroupTallies(assessment);
  const tasks = taskLines(assessment);
  const indicators = tallies.flatMap((t) => t.lines);
  const reporting = reportingParts(assessment, unitProgress(assessment));
  const generatedOn = formatDate(vietnamDateOf(options.generatedAt));
  const subtitle = REPORT_TEXT.appendixSubtitle(config.reportNumber, generatedOn, config.wardName);

  const blocks: Block[] = [
    ...headerBlock(assessment, options.generatedAt),
    legalBasis(assessment),
    para('body', reporting.sentence),
    ...indicatorSection(assessment, tallies),
    ...taskSection(assessment, tasks),
    ...issueSections(assessment, tallies, tasks, reporting),
    closingParagraph(assessment),
    signatureBlock(assessment),
    ...appendixHeading(REPORT_TEXT.indicatorsAppendixTitle(year), subtitle, true),
    ...indicatorAppendix(assessment, indicators),
    ...appendixHeading(REPORT_TEXT.tasksAppendixTitle(year), subtitle, true),
    ...taskAppendix(tasks),
  ];
  if (options.charts?.length) {
    blocks.push(...appendixHeading(REPORT_TEXT.chartsTitle(year), subtitle, true));
    blocks.push(...chartBlocks(options.charts));
  }

  return {
    page: { ...PAGE },
    font: { family: FONT_FAMILY, sizePt: BODY_SIZE },
    pageNumbers: { fromPage: 2, sizePt: PAGE_NUMBER_SIZE, align: 'center' },
    blocks,
    meta: {
      title: `${REPORT_TEXT.title} ${REPORT_TEXT.subject(config.planNumber, config.planDate, config.wardName, year)}`,
      reportingYear: year,
      wardName: config.wardName,
      generatedAt: options.generatedAt,
    },
  };
}
