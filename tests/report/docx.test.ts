import JSZip from 'jszip';
import { documentFindings } from '../../scripts/reportChecks';
import { buildReport } from '../../src/core/report/build';
import { cleanText } from '../../src/core/text';
import { renderReportDocx, twips } from '../../src/local/report/docx';
import { sampleReport, sampleWorkbook, setIssue } from './helpers';

/** A tiny reader for WordprocessingML: enough to look at the report as Word would show it. */
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function all(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, 'g');
  return xml.match(re) ?? [];
}

const paragraphText = (p: string) =>
  decode((p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));
const cellText = (tc: string) => all(tc, 'w:p').map(paragraphText).join('\n');
const rowsOf = (tbl: string) => all(tbl, 'w:tr').map((tr) => all(tr, 'w:tc').map(cellText));

async function open(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  return { zip, read, document, rels, styles: await read('word/styles.xml') };
}

describe('the .docx report', () => {
  let docx: Awaited<ReturnType<typeof open>>;
  const { assessment, doc } = sampleReport();

  beforeAll(async () => {
    docx = await open(renderReportDocx(doc));
  });

  test('A4, Nghị định 30 margins', () => {
    expect(twips(210)).toBe(11906);
    expect(twips(297)).toBe(16838);
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(docx.document)![1];
    expect(mar).toContain('w:top="1134"');
    expect(mar).toContain('w:bottom="1134"');
    expect(mar).toContain('w:left="1701"');
    expect(mar).toContain('w:right="850"');
  });

  test('Times New Roman, body 14 pt (28 half-points), justified with a first-line indent', () => {
    expect(docx.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(docx.styles).toMatch(/<w:sz w:val="28"\/>/);
    const fonts = new Set((docx.document.match(/w:ascii="[^"]+"/g) ?? []).map((m) => m));
    expect([...fonts]).toEqual(['w:ascii="Times New Roman"']);
    const legal = all(docx.document, 'w:p').find((p) => paragraphText(p).startsWith('Thực hiện Công văn số'))!;
    expect(legal).toContain('<w:jc w:val="both"/>');
    expect(legal).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(legal).toContain('<w:sz w:val="28"/>');
    expect(legal).toMatch(/<w:spacing [^>]*w:after="120"/);
  });

  test('page numbers: centred PAGE field in the default header, an empty first-page header', async () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(docx.document)![0];
    expect(sect).toContain('<w:titlePg/>');
    const ref = (type: string) => new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)![1];
    const target = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(docx.rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.rels)![1];
    const def = await docx.read(`word/${target(ref('default'))}`);
    const first = await docx.read(`word/${target(ref('first'))}`);
    expect(def).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(def).toContain('<w:jc w:val="center"/>');
    expect(first).not.toContain('PAGE');
  });

  test('header block: a borderless two-column table', () => {
    const header = all(docx.document, 'w:tbl')[0];
    expect(header).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    const rows = rowsOf(header);
    expect(rows[0][0]).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI DƯƠNG\n');
    expect(rows[0][1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n');
    expect(rows[1]).toEqual(['Số: …/BC-UBND', 'Hải Dương, ngày … tháng … năm 2026']);
    const motto = all(header, 'w:r').find((r) => paragraphText(r) === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(motto).toContain('<w:b/>');
    // The motto's line is a paragraph border under it, not an underline cutting its letters.
    expect(motto).not.toMatch(/<w:u /);
    expect((header.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBe(2);
    const ward = all(header, 'w:r').find((r) => paragraphText(r) === 'PHƯỜNG HẢI DƯƠNG')!;
    expect(ward).toContain('<w:b/>');
    // The short rule under the ward's name: a bottom border on an indented empty paragraph.
    expect(header).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    const date = all(header, 'w:r').find((r) => paragraphText(r).startsWith('Hải Dương, ngày'))!;
    expect(date).toContain('<w:i/>');
    // Two columns that fill the text width (165 mm).
    const grid = (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(header)![1].match(/w:w="(\d+)"/g) ?? []).map((m) =>
      Number(/\d+/.exec(m)![0]),
    );
    expect(grid.length).toBe(2);
    expect(Math.abs(grid.reduce((a, b) => a + b, 0) - twips(165))).toBeLessThanOrEqual(2);
  });

  test('"BÁO CÁO" bold and centred, then the subject', () => {
    const ps = all(docx.document, 'w:p');
    const i = ps.findIndex((p) => paragraphText(p) === 'BÁO CÁO');
    expect(ps[i]).toContain('<w:jc w:val="center"/>');
    expect(ps[i]).toContain('<w:b/>');
    expect(paragraphText(ps[i + 1])).toBe(
      'Kết quả thực hiện Kế hoạch số 57/KH-UBND ngày 24/02/2026 của UBND\u00a0phường\u00a0Hải\u00a0Dương năm\u00a02026',
    );
  });

  test('signature table: "Nơi nhận:" bold italic 12 pt on the left, signer on the right', () => {
    const tables = all(docx.document, 'w:tbl');
    const sig = tables.find((t) => t.includes('Nơi nhận:'))!;
    const rows = rowsOf(sig);
    expect(rows[0][0].split('\n')[0]).toBe('Nơi nhận:');
    expect(rows[0][1].split('\n').filter(Boolean)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
    const title = all(sig, 'w:r').find((r) => paragraphText(r) === 'Nơi nhận:')!;
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:i/>');
    expect(title).toContain('<w:sz w:val="24"/>');
    const item = all(sig, 'w:r').find((r) => paragraphText(r).startsWith('- UBND thành phố'))!;
    expect(item).toContain('<w:sz w:val="22"/>');
  });

  test('appendix tables: landscape section, bordered, repeated header row, rows kept whole, every indicator once', () => {
    const sects = docx.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sects.length).toBe(2);
    expect(sects[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sects[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    // The landscape section has the page number too (numbering continues).
    expect(sects[1]).toContain('w:headerReference w:type="default"');
    const tables = all(docx.document, 'w:tbl');
    const indicators = tables.find((t) => rowsOf(t)[0]?.[0] === 'TT' && rowsOf(t)[0]?.[1] === 'Chỉ tiêu')!;
    const tasks = tables.find((t) => rowsOf(t)[0]?.[1] === 'Nhiệm vụ')!;
    for (const t of [indicators, tasks]) {
      expect(t).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
      expect(all(t, 'w:tr')[0]).toContain('<w:tblHeader/>');
      for (const tr of all(t, 'w:tr')) expect(tr).toContain('<w:cantSplit/>');
      const grid = (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(t)![1].match(/w:w="(\d+)"/g) ?? []).map((m) =>
        Number(/\d+/.exec(m)![0]),
      );
      expect(Math.abs(grid.reduce((a, b) => a + b, 0) - twips(252))).toBeLessThanOrEqual(4);
    }
    const rows = rowsOf(indicators);
    for (const r of assessment.indicators.filter((x) => !x.isGroup)) {
      const found = rows.filter(
        (c) => c[0] === cleanText(r.record.tt) && c[1].startsWith(cleanText(r.record.name).slice(0, 30)),
      );
      expect({ row: r.rowKey, n: found.length >= 1 }).toEqual({ row: r.rowKey, n: true });
    }
    // Merged cells: a task led by several units (vMerge), band and group rows (gridSpan).
    expect(tasks).toContain('<w:vMerge w:val="restart"/>');
    expect(tasks).toMatch(/<w:gridSpan w:val="5"\/>/);
    const title = all(docx.document, 'w:p').find((p) => paragraphText(p) === 'Phụ lục I')!;
    expect(title).toContain('<w:pageBreakBefore/>');
  });

  test('what a unit typed is written as text (escaped XML), never as markup', async () => {
    const workbook = sampleWorkbook();
    setIssue(workbook, 'TTHCC', { difficulties: '<script>alert("x")</script> =IMPORTXML("http://x","//a")' });
    const { document } = await open(renderReportDocx(sampleReport(workbook).doc));
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('<img');
    // Markup a unit typed is left out of the report altogether (the pre-flight names it).
    expect(document).not.toContain('&lt;script&gt;');
    const texts = all(document, 'w:p').map(paragraphText);
    expect(documentFindings(texts)).toEqual([]);
    expect(texts.join('\n')).toBe(texts.join('\n').normalize('NFC'));
  });

  test('charts (internal annex) are embedded as PNG images', async () => {
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const withChart = buildReport(
      { ...assessment, config: { ...assessment.config, internalAnnex: true } },
      {
        generatedAt: doc.meta.generatedAt,
        charts: [{ title: 'Biểu đồ thử', png, widthPx: 600, heightPx: 300 }],
      },
    );
    const out = await open(renderReportDocx(withChart));
    const media = Object.keys(out.zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBe(1);
    expect(out.document).toContain('<w:drawing>');
  });
});
