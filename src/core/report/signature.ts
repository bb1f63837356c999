/** The report's end: the closing sentence, then recipients (Nơi nhận) beside the signer's block. */
import type { Assessment } from '../judging/assess';
import { cleanText } from '../text';
import { layoutTable, para } from './blocks';
import { FORMATS, SIGNATURE_COLUMNS_MM } from './form';
import { REPORT_TEXT } from './messages';
import type { ParagraphBlock, TableBlock } from './model';
import { stripEnd } from './textTools';

/** Kept with the signature block so the signer never stands alone on a page. */
export function closingParagraph(assessment: Assessment): ParagraphBlock {
  const { config } = assessment;
  return para('body', REPORT_TEXT.closing(config.planNumber, config.wardName, config.reportingYear), {
    format: { ...FORMATS.body, keepWithNext: true },
  });
}

export function signatureBlock(assessment: Assessment): TableBlock {
  const { config } = assessment;
  const recipients = config.recipients.map((r, i, all) => {
    const last = i === all.length - 1;
    const text = last ? (/[.]$/.test(r) ? r : `${stripEnd(r)}.`) : `${stripEnd(r)};`;
    return para('recipient', `- ${text}`);
  });
  const signer: ParagraphBlock[] = [para('signatureTop', REPORT_TEXT.signerBody)];
  const authority = cleanText(config.signerAuthority);
  const title = cleanText(config.signerTitle) || REPORT_TEXT.defaultSignerTitle;
  if (authority) signer.push(para('signature', authority.toLocaleUpperCase('vi')));
  signer.push(para('signature', title.toLocaleUpperCase('vi')));
  for (let i = 0; i < 4; i++) signer.push(para('signature', ''));
  signer.push(para('signature', cleanText(config.signerName)));
  return layoutTable(SIGNATURE_COLUMNS_MM, [
    [[para('recipientsTitle', REPORT_TEXT.recipientsTitle), ...recipients], signer],
  ]);
}
