/** The report's opening: issuing body, national title, number and date lines, title, subject, legal basis. */

import { vietnamDateOf } from '../dates';
import type { Assessment } from '../judging/assess';
import { PLAN } from '../plan/catalog';
import { cleanText } from '../text';
import { layoutTable, para, rule } from './blocks';
import { HEADER_COLUMNS_MM, NATIONAL_TITLE_SIZE } from './form';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';

export function headerBlock(assessment: Assessment, generatedAt: Date): Block[] {
  const { config } = assessment;
  const d = vietnamDateOf(generatedAt);
  const table = layoutTable(HEADER_COLUMNS_MM, [
    [
      [
        para('header', REPORT_TEXT.issuerParent),
        para('header', [{ text: REPORT_TEXT.issuer(config.wardName), bold: true }]),
        rule(20),
      ],
      [
        para('header', [{ text: REPORT_TEXT.nationalTitle, bold: true, sizePt: NATIONAL_TITLE_SIZE }]),
        para('header', [{ text: REPORT_TEXT.motto, bold: true, underline: true }]),
      ],
    ],
    [
      [para('numberLine', REPORT_TEXT.numberLine(config.reportNumber))],
      [para('dateLine', REPORT_TEXT.dateLine(config.wardName, d.day, d.month, d.year))],
    ],
  ]);
  return [
    table,
    para('title', REPORT_TEXT.title),
    para('subject', REPORT_TEXT.subject(config.planNumber, config.planDate, config.wardName, config.reportingYear)),
    rule(30, 12),
  ];
}

/** What the plan is about, for the legal-basis sentence (only for the plan the catalog comes from). */
function planAbout(assessment: Assessment): string {
  const { config } = assessment;
  if (cleanText(config.planNumber) !== PLAN.number || cleanText(config.wardName) !== PLAN.ward) return '';
  return PLAN.title.charAt(0).toLocaleLowerCase('vi') + PLAN.title.slice(1);
}

export function legalBasis(assessment: Assessment): ParagraphBlock {
  const { config } = assessment;
  return para(
    'body',
    REPORT_TEXT.legalBasis(
      config.planNumber,
      config.planDate,
      config.wardName,
      planAbout(assessment),
      config.reportingYear,
    ),
  );
}
