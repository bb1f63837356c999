/**
 * The Google Doc path: the same .docx bytes uploaded once and converted by Drive (advanced service v3), into a
 * folder the tool may write to under `drive.file`. Through the fakes: the content checks the render check runs on
 * the PDF pass on the Google Doc's text; the form features are in what was uploaded; the number of Docs/Drive
 * calls of "Tạo báo cáo" does not grow with the sheet (50 or 5,000 indicator rows).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFindings } from '../../scripts/reportChecks';
import { REPORT_TEXT } from '../../src/core/report/messages';
import { paragraphText } from '../../src/core/report/model';
import { docxBytes } from '../../src/core/report/render/docx';
import * as app from '../../src/gas/app';
import { renderReportToGoogleDoc, reportDocumentName } from '../../src/gas/report/googleDoc';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import { readDocx } from '../fakes/driveAdvanced';
import { load, OWNER, workbookWithIndicatorRows } from '../overview/helpers';
import { allTexts, GENERATED_AT, sampleReport, setConfig } from './helpers';

const MANIFEST = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
let fake: FakeAppsScript;
let restore: () => void;

beforeEach(() => {
  // The manifest's scopes: a call needing another scope (documents, full drive) is refused.
  fake = createFakeAppsScript({ owner: OWNER, now: '2026-12-10T16:05:00+07:00', oauthScopes: MANIFEST.oauthScopes });
  restore = fake.install(globalThis);
});
afterEach(() => restore());

const { assessment, doc } = sampleReport();
const NAME = reportDocumentName(assessment.config, GENERATED_AT);
const render = (folderSetting = '') => fake.run(() => renderReportToGoogleDoc(doc, { name: NAME, folderSetting }));

describe('the Google Doc is Drive’s conversion of the .docx', () => {
  test('manifest: drive.file and the Drive advanced service v3; no documents or full drive scope', () => {
    expect(MANIFEST.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(MANIFEST.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(MANIFEST.oauthScopes).not.toContain('https://www.googleapis.com/auth/documents');
    expect(MANIFEST.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
  });

  test('first run: the tool makes its folder, converts the report into it, and says so', () => {
    const result = render();
    expect(fake.driveAdvanced.converted).toHaveLength(1);
    const converted = fake.driveAdvanced.converted[0];
    expect(converted.name).toBe('Báo cáo Kế hoạch 57 năm 2026 - 10/12/2026 16:05');
    expect(result.url).toBe(`https://docs.google.com/document/d/${converted.id}/edit`);
    expect(fake.drive.parentsOf(converted.id)).toEqual([REPORT_TEXT.reportFolderName]);
    expect(result.folder.created).toBe(true);
    expect(result.notes).toEqual([REPORT_TEXT.folderCreated(REPORT_TEXT.reportFolderName)]);
    // The uploaded bytes are the .docx `npm start` writes (the package's timestamps aside).
    expect(converted.parts['word/document.xml']).toBe(readDocx(docxBytes(doc)).parts['word/document.xml']);
  });

  test('later runs: the remembered folder, a new document each time, nothing overwritten', () => {
    const first = render();
    fake.counter.reset();
    const second = render(first.folder.url);
    expect(second.id).not.toBe(first.id);
    expect(second.folder).toEqual({ id: first.folder.id, url: first.folder.url, created: false });
    expect(second.notes).toEqual([]);
    expect(fake.counter.count('Drive.Files.create')).toBe(1);
  });

  test('a folder typed in Cấu hình that drive.file does not reach: the tool’s own folder, and why', () => {
    const theirs = fake.drive.addFolder('Thư mục của phòng');
    const result = render(theirs);
    expect(result.notes[0]).toBe(REPORT_TEXT.folderNotAllowed(theirs));
    expect(fake.drive.parentsOf(result.id)).toEqual([REPORT_TEXT.reportFolderName]);
    // Picked with Google Picker, the same folder would do.
    fake.driveAdvanced.pick(theirs);
    expect(fake.drive.parentsOf(render(theirs).id)).toEqual(['Thư mục của phòng']);
  });

  test('the Google Doc’s text: the same as the model’s, none of the phrases the reader found', () => {
    render();
    const converted = fake.driveAdvanced.converted[0];
    const text = converted.paragraphs.filter(Boolean);
    expect(documentFindings(text)).toEqual([]);
    expect(text).toEqual(allTexts(doc).filter(Boolean));
    expect(text.join('\n')).not.toMatch(/IMPORTXML|<img|onerror/);
  });

  test('the form features Docs’ importer gets: page number from page 2, landscape appendix, header rows, merges', () => {
    render();
    const { parts, tables } = fake.driveAdvanced.converted[0];
    const document = parts['word/document.xml'];
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/w:orient="landscape"/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    const headers = Object.entries(parts).filter(([p]) => /^word\/header\d+\.xml$/.test(p));
    expect(headers.some(([, xml]) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(xml))).toBe(true);
    expect(tables.find((t) => t[0][1] === 'Chỉ tiêu')![0]).toEqual(REPORT_TEXT.indicatorHeaders(2026));
  });

  test('no Drive advanced service: said in Vietnamese', () => {
    const globals = globalThis as unknown as { Drive?: unknown };
    const saved = globals.Drive;
    globals.Drive = undefined;
    try {
      expect(() => render()).toThrow(REPORT_TEXT.driveServiceMissing);
    } finally {
      globals.Drive = saved;
    }
  });
});

describe('"Tạo báo cáo" from the menu', () => {
  const DOCS_DRIVE = [
    'Drive.',
    'DriveApp.',
    'DocumentApp.',
    'Document.',
    'Body.',
    'Paragraph.',
    'Table',
    'File.',
    'Folder',
  ];
  const docsDriveCalls = () => fake.counter.total(DOCS_DRIVE);

  function create(rows: number, answer: 'YES' | 'NO' = 'YES', internalAnnex = false) {
    const workbook = workbookWithIndicatorRows(rows);
    if (internalAnnex) setConfig(workbook, 'Thêm phụ lục nội bộ vào báo cáo', 'Có');
    load(fake, workbook);
    fake.ui.answerAlert(answer);
    fake.counter.reset();
    fake.run(() => app.menuCreateReport(), { as: OWNER });
    return { calls: docsDriveCalls(), byName: fake.counter.byName() };
  }

  test('pre-flight first; "Không" stops before anything is made', () => {
    const { calls } = create(50, 'NO');
    const [question, stopped] = fake.ui.alerts;
    expect(question.title).toBe(REPORT_TEXT.preflight.title);
    expect(question.prompt).toContain('đơn vị chưa gửi báo cáo');
    expect(question.prompt).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(stopped.prompt).toBe(REPORT_TEXT.preflight.stopped);
    expect(fake.driveAdvanced.converted).toHaveLength(0);
    expect(calls).toBe(0);
  });

  test('≤ 30 Docs/Drive calls, the same for 50 and 5,000 indicator rows; the link shown, logged, kept in Cấu hình', () => {
    const small = create(50);
    expect(fake.executions.filter((e) => e.error)).toEqual([]);
    const dialog = fake.ui.lastDialog()!;
    const url = `https://docs.google.com/document/d/${fake.driveAdvanced.converted[0].id}/edit`;
    expect(dialog.html).toContain(url);
    expect(fake.spreadsheet.values('Nhật ký').flat().join('\n')).toContain(REPORT_TEXT.logCreated(url));
    const config = fake.spreadsheet.values('Cấu hình');
    const folderRow = config.find((r) => String(r[0]).startsWith('Thư mục lưu báo cáo'))!;
    expect(String(folderRow[1])).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);

    const big = create(5000);
    expect(small.calls).toBeLessThanOrEqual(30);
    expect(big.calls).toBeLessThanOrEqual(30);
    // The second run reuses the folder: one conversion call, nothing per row.
    expect(big.byName['Drive.Files.create']).toBe(1);
    expect(Object.keys(big.byName).filter((k) => /^(DocumentApp|DriveApp|Body|Paragraph)\./.test(k))).toEqual([]);
    // The 5,000-row report holds every row once.
    const table = fake.driveAdvanced.converted[1].tables.find((t) => t[0][1] === 'Chỉ tiêu')!;
    expect(table.length).toBeGreaterThan(5000);
  });

  test('the charts of Tổng hợp go with the internal annex, as images; the outward report has none', () => {
    create(50);
    expect(fake.driveAdvanced.converted[0].parts['word/_rels/document.xml.rels']).not.toMatch(/media\//);
    create(50, 'YES', true);
    const { parts } = fake.driveAdvanced.converted[1];
    const rels = parts['word/_rels/document.xml.rels'];
    // Completeness, verdicts, and the sample's indicators across 2025–2026 (Lịch sử holds 2025).
    expect((rels.match(/media\/[^"]+\.png/g) ?? []).length).toBe(3);
    const texts = readDocx(fake.driveAdvanced.converted[1].docx).paragraphs;
    expect(texts).toContain(REPORT_TEXT.internalTitle);
  });
});

test('paragraphText helper still reads the model', () => {
  expect(paragraphText(doc.blocks.find((b) => b.kind === 'paragraph')! as never)).toBe('BÁO CÁO');
});
