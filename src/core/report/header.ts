/** The report's opening: issuing body, national title, number and date lines, title, subject, then "Căn cứ …" and "Thực hiện …". */

import { vietnamDateOf } from '../dates';
import type { Assessment } from '../judging/assess';
import { cleanText } from '../text';
import { layoutTable, para, rule } from './blocks';
import { HEADER_COLUMNS_MM, ISSUER_RULE_MM, MOTTO_RULE_MM, NATIONAL_TITLE_SIZE } from './form';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';

export function headerBlock(assessment: Assessment, generatedAt: Date): Block[] {
  const { config } = assessment;
  const table = layoutTable(HEADER_COLUMNS_MM, [
    [
      [
        para('header', REPORT_TEXT.issuerParent),
        para('header', [{ text: REPORT_TEXT.issuer(config.wardName), bold: true }]),
        rule(ISSUER_RULE_MM),
      ],
      [
        para('header', [{ text: REPORT_TEXT.nationalTitle, bold: true, sizePt: NATIONAL_TITLE_SIZE }]),
        // The motto's line is a rule of its own (a border), not an underline that cuts the letters' descenders.
        para('header', [{ text: REPORT_TEXT.motto, bold: true }]),
        rule(MOTTO_RULE_MM),
      ],
    ],
    [
      [para('numberLine', REPORT_TEXT.numberLine(config.reportNumber))],
      // Day and month are left for the day of signing; the year is the year the report is made.
      [para('dateLine', REPORT_TEXT.dateLine(config.wardName, vietnamDateOf(generatedAt).year))],
    ],
  ]);
  return [
    table,
    para('title', REPORT_TEXT.title),
    para('subject', REPORT_TEXT.subject(config.planNumber, config.planDate, config.wardName, config.reportingYear)),
    rule(30, 12),
  ];
}

/**
 * What the plan is about, for the opening sentence: Cấu hình's "Trích yếu kế hoạch" ('' leaves it out). The sentence
 * says "về việc" itself, so a typed "V/v:", "Về việc -" goes, and so does a closing period or semicolon (the sentence
 * goes on). A title typed in capitals, as on the plan's cover, is lowered whole (else "kẾ HOẠCH").
 */
function planAbout(assessment: Assessment): string {
  const title = cleanText(assessment.config.planTitle)
    .replace(/^(về việc|v\/v)\s*[:.-]?\s*/i, '')
    .replace(/[\s.;,:]+$/, '');
  if (!title) return '';
  const allCaps = title === title.toLocaleUpperCase('vi') && title !== title.toLocaleLowerCase('vi');
  return allCaps ? title.toLocaleLowerCase('vi') : title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
}

/** "Căn cứ …;" for each legal basis in Cấu hình, then "Thực hiện <the request letters> …" (or the plan itself). */
export function opening(assessment: Assessment): ParagraphBlock[] {
  const { config } = assessment;
  const bases = config.legalBases.map((b) => para('body', REPORT_TEXT.legalBasis(b)));
  const request = config.requestLetters.length
    ? REPORT_TEXT.request(config.requestLetters, config.wardName, config.reportingYear)
    : REPORT_TEXT.planRequest(
        config.planNumber,
        config.planDate,
        config.wardName,
        planAbout(assessment),
        config.reportingYear,
      );
  return [...bases, para('body', request)];
}
