/**
 * The consolidated year-end report ("Tạo báo cáo") as a document model, built from the judged sheet.
 * Pure: no Apps Script, no Node. The one renderer (render/docx.ts) prints exactly what this returns, for the
 * .docx file and, through Drive's conversion, the Google Doc. Each part of the document is built in its own
 * file; this one only puts them in the order of the form.
 */

import type { Assessment } from '../judging/assess';
import { unitProgress } from '../progress/owed';
import { appendixHeading, indicatorAppendix, taskAppendix } from './appendix';
import { chartBlocks, type ReportChart } from './chartBlocks';
import { BODY_SIZE, FONT_FAMILY, LANDSCAPE_PAGE, PAGE, PAGE_NUMBER_SIZE } from './form';
import { headerBlock, opening } from './header';
import { internalAnnex } from './internalAnnex';
import { indicatorLines, taskLines } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ReportDocument } from './model';
import { issueSections, unitTexts } from './sectionIssues';
import { resultsSection } from './sectionResults';
import { closingParagraph, signatureBlock } from './signature';

// Callers (the Tổng hợp tab) import these from here.
export type { ReportChart } from './chartBlocks';
export { type GroupTally, indicatorGroupTallies, type TaskTally, taskTally } from './tallies';

export interface ReportOptions {
  /** When the report is made: the year of its date line (day and month are left for signing). */
  generatedAt: Date;
  charts?: ReportChart[];
}

export function buildReport(assessment: Assessment, options: ReportOptions): ReportDocument {
  const { config } = assessment;
  const year = config.reportingYear;
  const indicators = indicatorLines(assessment);
  const tasks = taskLines(assessment);
  const subtitle = REPORT_TEXT.appendixSubtitle(config.reportNumber, year, config.wardName);
  const numerals = [...REPORT_TEXT.appendixNumerals];

  const blocks: Block[] = [
    ...headerBlock(assessment, options.generatedAt),
    ...opening(assessment),
    ...resultsSection(year, indicators, tasks),
    ...issueSections(assessment, indicators, tasks),
    closingParagraph(assessment),
    signatureBlock(assessment),
    // The appendix tables on landscape pages.
    { kind: 'section', page: { ...LANDSCAPE_PAGE } },
    ...appendixHeading(numerals.shift()!, REPORT_TEXT.indicatorsAppendixTitle(year), subtitle),
    ...indicatorAppendix(year, indicators),
    ...appendixHeading(numerals.shift()!, REPORT_TEXT.tasksAppendixTitle(year), subtitle),
    ...taskAppendix(tasks),
  ];
  // The Tổng hợp tab's charts (share of items each unit reported; verdicts per group as the sheet counts them)
  // are the office's working view, not the ward's statement: they go with the internal annex.
  if (config.internalAnnex) {
    const leftOut = (['difficulties', 'proposals', 'nextYear'] as const).reduce(
      (n, key) => n + unitTexts(assessment, (i) => i[key]).leftOut,
      0,
    );
    blocks.push(...appendixHeading(numerals.shift()!, REPORT_TEXT.internalTitle, subtitle));
    blocks.push(...internalAnnex(assessment, unitProgress(assessment), indicators, tasks, leftOut));
    if (options.charts?.length) blocks.push(...chartBlocks(options.charts));
  }

  return {
    page: { ...PAGE },
    font: { family: FONT_FAMILY, sizePt: BODY_SIZE },
    pageNumbers: { fromPage: 2, sizePt: PAGE_NUMBER_SIZE, align: 'center' },
    blocks,
    meta: {
      title: `${REPORT_TEXT.title} ${REPORT_TEXT.subject(config.planNumber, config.planDate, config.wardName, year).replace(/\u00a0/g, ' ')}`,
      reportingYear: year,
      wardName: config.wardName,
      creator: REPORT_TEXT.docCreator(config.wardName),
      generatedAt: options.generatedAt,
    },
  };
}
