import { buildReport } from '../../src/core/report/build';
import { REPORT_TEXT } from '../../src/core/report/messages';
import { paragraphText, type ReportDocument, type TableBlock, type TableRow } from '../../src/core/report/model';
import { cleanText } from '../../src/core/text';
import { renderReportToGoogleDoc, reportDocumentName } from '../../src/gas/report/googleDoc';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import type { DocJson } from '../fakes/document';
import { GENERATED_AT, sampleReport } from './helpers';

const SPREADSHEET_ID = 'sheet-57';
let fake: FakeAppsScript;
let restore: () => void;

beforeEach(() => {
  fake = createFakeAppsScript({
    owner: 'vhxh@phuong-haiduong.example',
    now: '2026-12-10T16:05:00+07:00',
    spreadsheet: { id: SPREADSHEET_ID, name: 'Theo dõi Kế hoạch 57' },
  });
  restore = fake.install(globalThis);
});
afterEach(() => restore());

const { assessment, doc } = sampleReport();
const NAME = reportDocumentName(assessment.config, GENERATED_AT);
const render = (d: ReportDocument = doc, folderId?: string) =>
  renderReportToGoogleDoc(d, { name: NAME, folderId, spreadsheetId: SPREADSHEET_ID });

/** Every TEXT node under a JSON node. */
function texts(node: DocJson): DocJson[] {
  if (node.type === 'TEXT') return [node];
  return (node.children ?? []).flatMap(texts);
}
const tableRows = (table: DocJson) =>
  (table.children ?? []).map((row) => (row.children ?? []).map((cell) => cell.text ?? ''));

describe('the Google Docs report', () => {
  test('page setup: A4 and Nghị định 30 margins, in points', () => {
    render();
    const body = fake.docs.created[0].toJSON().body;
    const mm = (v: unknown) => Math.round(((v as number) * 25.4) / 72);
    expect(mm(body.attributes!.PAGE_WIDTH)).toBe(210);
    expect(mm(body.attributes!.PAGE_HEIGHT)).toBe(297);
    expect(
      [
        body.attributes!.MARGIN_TOP,
        body.attributes!.MARGIN_BOTTOM,
        body.attributes!.MARGIN_LEFT,
        body.attributes!.MARGIN_RIGHT,
      ].map(mm),
    ).toEqual([20, 20, 30, 15]);
  });

  test('structure: header table first, title, sections, signature, appendix tables', () => {
    const result = render();
    const created = fake.docs.created[0];
    expect(result.id).toBe(created.getId());
    expect(result.url).toBe(created.getUrl());
    const json = created.toJSON();
    expect(json.name).toBe('Báo cáo Kế hoạch 57 năm 2026 - 10/12/2026 16:05');
    const children = json.body.children!;
    // The new document's empty first paragraph is gone: the header table comes first.
    expect(children[0].type).toBe('TABLE');
    const header = tableRows(children[0]);
    expect(header[0][0].split('\n').slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI DƯƠNG']);
    expect(header[0][1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(header[1]).toEqual(['Số: …/BC-UBND', 'Hải Dương, ngày 10 tháng 12 năm 2026']);
    expect(children[0].attributes!.BORDER_WIDTH).toBe(0);

    const paragraphs = children.filter((c) => c.type === 'PARAGRAPH');
    const title = paragraphs.find((p) => p.text === 'BÁO CÁO')!;
    expect(String(title.attributes!.HORIZONTAL_ALIGNMENT)).toBe(String(DocumentApp.HorizontalAlignment.CENTER));
    expect(texts(title)[0].runs![0].attributes).toMatchObject({
      BOLD: true,
      FONT_SIZE: 14,
      FONT_FAMILY: 'Times New Roman',
    });
    const legal = paragraphs.find((p) => p.text!.startsWith('Thực hiện Kế hoạch số 57/KH-UBND'))!;
    expect(legal.attributes).toMatchObject({
      INDENT_FIRST_LINE: expect.closeTo(36, 0),
      SPACING_AFTER: 6,
      LINE_SPACING: 1.2,
    });
    expect(String(legal.attributes!.HORIZONTAL_ALIGNMENT)).toBe(String(DocumentApp.HorizontalAlignment.JUSTIFY));
    for (const h of [
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
    ]) {
      expect(paragraphs.map((p) => p.text)).toContain(h);
    }

    const tables = children.filter((c) => c.type === 'TABLE');
    expect(tables).toHaveLength(4);
    const signature = tableRows(tables[1]);
    expect(signature[0][0].split('\n')[0]).toBe('Nơi nhận:');
    expect(signature[0][1].split('\n').filter(Boolean)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
    const indicators = tableRows(tables[2]);
    expect(indicators[0]).toEqual(['TT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm', 'Kết quả', 'Đánh giá']);
    for (const r of assessment.indicators.filter((x) => !x.isGroup)) {
      const n = indicators.filter(
        (c) =>
          c[0] === cleanText(r.record.tt) &&
          c[1].startsWith(cleanText(r.record.name)) &&
          c[4] === cleanText(r.record.result),
      ).length;
      expect({ row: r.rowKey, n }).toEqual({ row: r.rowKey, n: 1 });
    }
    expect(tableRows(tables[3])[0]).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng']);
    // Appendix tables: single borders, widths that fill the 165 mm text width.
    const widths = Object.values(tables[2].attributes!.COLUMN_WIDTHS as Record<string, number>);
    expect(Math.round(widths.reduce((a, b) => a + b, 0) * (25.4 / 72))).toBe(165);
    expect(tables[2].attributes!.BORDER_WIDTH).toBeGreaterThan(0);
  });

  test('fonts: Times New Roman everywhere; body 14 pt, appendix 12 pt; group rows bold', () => {
    render();
    const json = fake.docs.created[0].toJSON();
    const all = texts(json.body);
    expect(all.length).toBeGreaterThan(100);
    for (const t of all) for (const run of t.runs!) expect(run.attributes.FONT_FAMILY).toBe('Times New Roman');
    const tables = json.body.children!.filter((c) => c.type === 'TABLE');
    const rowTexts = (row: DocJson) => texts(row);
    const [indicators] = tables.slice(2);
    for (const t of rowTexts(indicators)) expect(t.runs![0].attributes.FONT_SIZE).toBe(12);
    const model = doc.blocks.filter((b): b is TableBlock => b.kind === 'table' && b.style === 'grid')[0];
    indicators.children!.forEach((row, i) => {
      const bold = model.rows[i].kind !== 'data';
      for (const t of rowTexts(row)) expect({ row: i, bold: t.runs![0].attributes.BOLD }).toEqual({ row: i, bold });
    });
    const body = json.body.children!.filter(
      (c) => c.type === 'PARAGRAPH' && c.text?.startsWith('- Trung tâm phục vụ hành chính công:'),
    );
    expect(body.length).toBeGreaterThan(0);
    for (const p of body) expect(texts(p)[0].runs![0].attributes.FONT_SIZE).toBe(14);
  });

  test('appendices start on a new page without an empty line', () => {
    render();
    const children = fake.docs.created[0].toJSON().body.children!;
    const title = children.find((c) => c.text?.endsWith('Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2026'))!;
    expect(title.children![0].type).toBe('PAGE_BREAK');
    expect(texts(title)[0].text).toBe('Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2026');
  });

  test('a new document on every run, never overwriting; placed in the configured folder', () => {
    const folder = fake.drive.addFolder('Báo cáo KH57');
    const first = render(doc, folder);
    const second = render(doc, folder);
    expect(first.id).not.toBe(second.id);
    expect(fake.docs.created).toHaveLength(2);
    expect(fake.drive.parentsOf(first.id)).toEqual(['Báo cáo KH57']);
    expect(fake.drive.parentsOf(second.id)).toEqual(['Báo cáo KH57']);
    expect(first.notes).toEqual([REPORT_TEXT.gdocPageNumberHint]);
  });

  test("no folder configured: the spreadsheet's folder; an unknown folder: said, then the spreadsheet's folder", () => {
    const sheets = fake.drive.addFolder('Kế hoạch CĐS');
    fake.drive.items.get(SPREADSHEET_ID)!.parents = [sheets];
    const a = render();
    expect(fake.drive.parentsOf(a.id)).toEqual(['Kế hoạch CĐS']);
    const b = render(doc, 'no-such-folder');
    expect(fake.drive.parentsOf(b.id)).toEqual(['Kế hoạch CĐS']);
    expect(b.notes).toContain(REPORT_TEXT.gdocFolderMissing('no-such-folder'));
  });

  test('what a unit typed stays text', () => {
    render();
    const all = fake.docs.created[0].toJSON().body;
    expect(all.text).toContain('=IMPORTXML("http://x","//a")');
    expect(all.text).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('DocumentApp call count', () => {
  /** The report with every appendix table's data rows repeated `times` times (groups unchanged). */
  function inflate(d: ReportDocument, times: number): ReportDocument {
    return {
      ...d,
      blocks: d.blocks.map((b) => {
        if (b.kind !== 'table' || b.style !== 'grid') return b;
        const rows: TableRow[] = [];
        for (const r of b.rows) for (let i = 0; i < (r.kind === 'data' ? times : 1); i++) rows.push(r);
        return { ...b, rows };
      }),
    };
  }
  const calls = (d: ReportDocument) => {
    fake.counter.reset();
    render(d);
    return fake.counter.byName();
  };

  test('does not grow with the number of table rows or cells', () => {
    const base = calls(doc);
    const big = calls(inflate(doc, 8));
    const dataRows = (d: ReportDocument) =>
      d.blocks
        .filter((b): b is TableBlock => b.kind === 'table' && b.style === 'grid')
        .reduce((s, t) => s + t.rows.filter((r) => r.kind === 'data').length, 0);
    expect(dataRows(inflate(doc, 8))).toBeGreaterThan(8 * 100);
    expect(big).toEqual(base);
  });

  test('10 vs 200 indicator rows in one table: the same calls', () => {
    const table = (n: number): ReportDocument => {
      const grid = doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.style === 'grid')!;
      const header = grid.rows[0];
      const group = grid.rows.find((r) => r.kind === 'group')!;
      const data = grid.rows.find((r) => r.kind === 'data')!;
      return { ...doc, blocks: [{ ...grid, rows: [header, group, ...Array.from({ length: n }, () => data)] }] };
    };
    const ten = calls(table(10));
    const twoHundred = calls(table(200));
    expect(twoHundred).toEqual(ten);
    // One appendTable builds the whole table.
    expect(ten['Body.appendTable']).toBe(1);
    // A fixed cost per table: borders+text look (1), column widths (1 per column), the header row centred
    // (3 per column), band/group rows bold (2 each); plus creating, saving and filing the document.
    expect(ten['Table.setColumnWidth']).toBe(6);
    const total = Object.values(ten).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(60);
  });

  test('the whole report: about two calls per paragraph, a fixed number per table', () => {
    const byName = calls(doc);
    const total = Object.values(byName).reduce((a, b) => a + b, 0);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').length;
    const gridRowsNotData = doc.blocks
      .filter((b): b is TableBlock => b.kind === 'table' && b.style === 'grid')
      .reduce((s, t) => s + t.rows.filter((r) => r.kind !== 'data').length, 0);
    const layoutParagraphs = doc.blocks
      .filter((b): b is TableBlock => b.kind === 'table' && b.style === 'layout')
      .reduce((s, t) => s + t.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.paragraphs.length, 0), 0), 0);
    expect(byName['Body.appendTable']).toBe(4);
    expect(total).toBeLessThanOrEqual(3 * paragraphs + 2 * gridRowsNotData + 4 * layoutParagraphs + 80);
    // And nothing per cell of the appendix tables.
    const cells = doc.blocks
      .filter((b): b is TableBlock => b.kind === 'table' && b.style === 'grid')
      .reduce((s, t) => s + t.rows.length * t.columns.length, 0);
    expect(total).toBeLessThan(cells);
  });
});

test('document name helper', () => {
  expect(NAME).toBe('Báo cáo Kế hoạch 57 năm 2026 - 10/12/2026 16:05');
  expect(paragraphText(doc.blocks.find((b) => b.kind === 'paragraph')! as never)).toBe('BÁO CÁO');
  expect(buildReport(assessment, { generatedAt: GENERATED_AT }).meta.reportingYear).toBe(2026);
});
