/**
 * The report as a Google Doc: the .docx bytes the shared renderer makes (the same bytes `npm start` writes) are
 * uploaded once and converted by Drive (Drive advanced service v3, `Files.create` with the Google Docs type).
 * One conversion call whatever the size of the sheet, one layout for both outputs, and only the narrow
 * `drive.file` scope: the tool never opens the document with DocumentApp and never touches DriveApp.
 *
 * Where it goes: with `drive.file` the tool may write only into a folder it created (or one the office picked
 * with Google's file picker, which this tool does not offer). So it creates "Báo cáo Kế hoạch CĐS" once,
 * remembers the folder in document properties and writes its link into Cấu hình ("Thư mục lưu báo cáo").
 * The office may move or rename that folder in Drive (its id stays); a folder it merely types in is checked by
 * Drive itself, and if the tool may not write there the report goes into the tool's folder and the dialog
 * says why.
 */

import { AppError } from '../../core/errors';
import { REPORT_TEXT } from '../../core/report/messages';
import type { ReportDocument } from '../../core/report/model';
import { reportFolderIdOf } from '../../core/report/name';
import { DOCX_MIME, docxBytes } from '../../core/report/render/docx';

export { reportDocumentName } from '../../core/report/name';

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';
const FOLDER_PROPERTY = 'report.folderId';

export interface GoogleDocReport {
  id: string;
  url: string;
  folder: { id: string; url: string; created: boolean };
  /** Things the VHXH office should know (the folder it typed could not be used...). */
  notes: string[];
}

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new AppError('AUTHORIZATION', REPORT_TEXT.driveServiceMissing);
  return Drive;
}

/** Apps Script byte arrays are Java's signed bytes. */
export function signedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}

const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;

function createFolder(): { id: string; url: string } {
  const folder = drive().Files!.create(
    { name: REPORT_TEXT.reportFolderName, mimeType: FOLDER },
    undefined as unknown as GoogleAppsScript.Base.Blob,
    { fields: 'id,webViewLink', supportsAllDrives: true },
  );
  const id = String(folder.id);
  return { id, url: folder.webViewLink || folderUrl(id) };
}

/** Uploads the .docx into a folder, converted; null when Drive says the folder is not one the tool may use. */
function convertInto(
  folderId: string,
  name: string,
  blob: GoogleAppsScript.Base.Blob,
): { id: string; url: string } | null {
  try {
    const file = drive().Files!.create({ name, mimeType: GOOGLE_DOC, parents: [folderId] }, blob, {
      fields: 'id,webViewLink',
      supportsAllDrives: true,
    });
    const id = String(file.id);
    return { id, url: file.webViewLink || `https://docs.google.com/document/d/${id}/edit` };
  } catch (error) {
    // "File not found: <id>." is what Drive answers for a folder the drive.file scope does not cover.
    if (/not ?found|404|insufficient|permission/i.test(error instanceof Error ? error.message : String(error)))
      return null;
    throw error;
  }
}

/**
 * Creates a NEW Google Doc holding the report (an earlier report is never opened or overwritten): the folder
 * typed in Cấu hình when the tool may write there, else the tool's own folder (created the first time).
 */
export function renderReportToGoogleDoc(
  doc: ReportDocument,
  options: { name: string; folderSetting?: string },
): GoogleDocReport {
  const blob = Utilities.newBlob(signedBytes(docxBytes(doc)), DOCX_MIME, `${options.name}.docx`);
  const notes: string[] = [];
  const properties = PropertiesService.getDocumentProperties();
  const remembered = properties.getProperty(FOLDER_PROPERTY) ?? '';
  const typed = reportFolderIdOf(options.folderSetting ?? '');

  const setting = (options.folderSetting ?? '').trim();
  if (setting && !typed) notes.push(REPORT_TEXT.folderNotAllowed(setting));
  if (typed) {
    const made = convertInto(typed, options.name, blob);
    if (made) {
      if (typed !== remembered) properties.setProperty(FOLDER_PROPERTY, typed);
      return { ...made, folder: { id: typed, url: folderUrl(typed), created: false }, notes };
    }
    notes.push(REPORT_TEXT.folderNotAllowed(options.folderSetting ?? typed));
  }
  if (remembered && remembered !== typed) {
    const made = convertInto(remembered, options.name, blob);
    if (made) return { ...made, folder: { id: remembered, url: folderUrl(remembered), created: false }, notes };
  }
  const folder = createFolder();
  properties.setProperty(FOLDER_PROPERTY, folder.id);
  const made = convertInto(folder.id, options.name, blob);
  if (!made) throw new AppError('UNEXPECTED', REPORT_TEXT.folderUnusable);
  notes.push(REPORT_TEXT.folderCreated(REPORT_TEXT.reportFolderName));
  return { ...made, folder: { ...folder, created: true }, notes };
}
