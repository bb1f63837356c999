/** Writes the report as a .docx file: the bytes come from the one renderer both platforms share. */

import { writeFileSync } from 'node:fs';
import type { ReportDocument } from '../../core/report/model';
import { docxBytes } from '../../core/report/render/docx';

export { buildDocx, twips } from '../../core/report/render/docx';

/** The report as .docx bytes. */
export function renderReportDocx(doc: ReportDocument): Buffer {
  const bytes = docxBytes(doc);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Renders and writes the report; returns the path. */
export function writeReportDocx(path: string, doc: ReportDocument): string {
  writeFileSync(path, renderReportDocx(doc));
  return path;
}
