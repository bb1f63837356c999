/**
 * "Tạo báo cáo" through the built bundle (build/Code.js, built in memory) in a node:vm context that has only
 * Apps Script's globals: no setTimeout, setImmediate, queueMicrotask, Buffer, TextEncoder, TextDecoder, atob or
 * btoa, as in Apps Script. The `docx` package and fflate run there synchronously and Drive converts the bytes.
 */
import vm from 'node:vm';
import { documentFindings } from '../../scripts/reportChecks';
import { REPORT_TEXT } from '../../src/core/report/messages';
import { createFakeAppsScript } from '../fakes';
import { load, OWNER, sampleWorkbook } from '../overview/helpers';
import { bundle, loadBundle } from './load';

let code = '';
beforeAll(async () => {
  code = await bundle();
});

test('the bundle stays well under Apps Script’s file size (docx and fflate included)', () => {
  const kb = Buffer.byteLength(code, 'utf8') / 1024;
  expect(kb).toBeLessThan(2500);
  expect(code).toContain('word/document.xml');
});

test('the .docx is written and converted inside a sandbox with only Apps Script’s globals', () => {
  const fake = createFakeAppsScript({ owner: OWNER, now: '2026-12-10T16:05:00+07:00' });
  const context = loadBundle(code, fake.vmGlobals());
  const missing = vm.runInContext(
    `['setTimeout','setImmediate','queueMicrotask','Buffer','TextEncoder','TextDecoder','atob','btoa','process','require']
      .filter(function (n) { return typeof globalThis[n] !== 'undefined'; })`,
    context,
  );
  expect(missing).toEqual([]);
  const restore = fake.install(globalThis);
  try {
    load(fake, sampleWorkbook());
  } finally {
    restore();
  }
  fake.spreadsheet.open(OWNER, context);
  fake.ui.answerAlert('YES');
  fake.spreadsheet.runMenuItem('Tạo báo cáo', OWNER, context);
  expect(fake.executions.filter((e) => e.error).map((e) => String(e.error))).toEqual([]);
  expect(fake.driveAdvanced.converted).toHaveLength(1);
  const { paragraphs } = fake.driveAdvanced.converted[0];
  expect(paragraphs).toContain('BÁO CÁO');
  expect(paragraphs).toContain(REPORT_TEXT.sectionResults(2026));
  expect(documentFindings(paragraphs.filter(Boolean))).toEqual([]);
  expect(fake.ui.lastDialog()?.html).toContain('docs.google.com/document/d/');
});
