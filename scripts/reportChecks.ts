/**
 * What a reader must never find in the report (issue 15, "What a reader found"). One list, used on the model's
 * text and the .docx (tests/report), on the Google Doc made through the fakes (tests/report/gdoc.test.ts) and on
 * each page of the PDF LibreOffice makes (scripts/renderCheck.ts, `npm run test:render`).
 * Each check takes the text of one paragraph (or one PDF line) and says what is wrong with it, or nothing.
 */

export interface Finding {
  rule: string;
  text: string;
}

const PHRASES: [string, RegExp][] = [
  // Validation messages and typed junk.
  [
    'validation message',
    /Ô kết quả (chứa|có) công thức|mã HTML hoặc script|Không đọc được số|Ví dụ hợp lệ|không hợp lệ|không đọc được/i,
  ],
  ['raw formula', /(^|\s)=\s*[A-Z]{3,}|IMPORTXML|HYPERLINK\(/],
  ['raw HTML', /<\s*\/?\s*(img|script|a|b|i|div|span|p|br|iframe)\b|onerror\s*=|javascript:/i],
  // Internal bookkeeping.
  [
    'internal bookkeeping',
    /Số liệu trong báo cáo là số liệu các đơn vị đã nhập|Cách tính:|chờ Phòng (VHXH|Văn hóa - Xã hội) đánh giá|\(Phòng VHXH( đánh giá)?\)|chưa ghi kết quả/i,
  ],
  ['reporting status in the outward text', /gửi báo cáo (đúng hạn|sau hạn)|chưa gửi báo cáo/i],
  // Wording.
  ['71-NQ/CP', /71-NQ\/CP/],
  ['"năm X năm X"', /\d{1,2}\/\d{1,2}\/(\d{4}) năm \1|năm (\d{4}) năm \2/],
  ['ambiguous "và" in a list of units', /HĐND và UBND và|Đô thị và Trung tâm/],
  ['straight quote', /["']/],
  ['other name for "Chưa báo cáo"', /chưa có kết quả/i],
  ['"no overdue" then an overdue list', /Không có nhiệm vụ quá hạn/],
  ['"Hoàn thành chậm" for a task due before the plan', /\b9\/2025\b.*Hoàn thành chậm|Hoàn thành chậm.*\b9\/2025\b/],
  ['date filled in before signing', /ngày \d{1,2} tháng \d{1,2} năm \d{4}/],
  ['a claim printed as a figure', /(^|\s)đạt (Đạt|Hoàn thành|Vượt)(?=[\s,.;:)]|$)/],
];

/** Findings in one paragraph's text (a table cell, a PDF line). */
export function textFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const [rule, re] of PHRASES) if (re.test(text)) out.push({ rule, text });
  return out;
}

/** Brackets opened and not closed inside one paragraph (a cut that left "(" behind). */
export function unbalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Findings in a whole document given as paragraphs (table cells included). */
export function documentFindings(paragraphs: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const p of paragraphs) {
    out.push(...textFindings(p));
    if (unbalanced(p)) out.push({ rule: 'unclosed bracket', text: p });
    // Indentation is the paragraph style's; spaces typed in front show as a ragged second line.
    if (/^\s+\S/.test(p)) out.push({ rule: 'leading spaces', text: p });
  }
  return out;
}
