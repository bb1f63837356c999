/**
 * The Drive advanced service, v3 (`Drive.Files.create`), as the report uses it: create a folder, upload a .docx
 * with the Google Docs type so Drive converts it. Behaviours and their sources:
 *  - "If a file is created with a Google Doc MIME type, the uploaded content will be imported if possible"
 *    (Drive API v3 files.create). The fake keeps the uploaded .docx and the text of its paragraphs and table
 *    cells (read from word/document.xml), so a test can read the Google Doc's text; what Google's importer does
 *    with the layout is not modelled (docs/report.md says what is unverified).
 *  - v3 answers only id, name, mimeType and kind unless `fields` asks for more (here: also webViewLink).
 *  - `drive.file` covers only files and folders the app created (or the user picked): a parent outside them is
 *    answered like a missing one, "File not found: <id>." The Apps Script wrapper's message is
 *    "API call to drive.files.create failed with error: File not found: <id>." (reported in issue trackers).
 *    With the full `drive` scope in the manifest every folder is reachable.
 *  - Scopes: drive or drive.file. Every call counts as "Drive.Files.create".
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Env } from './context';
import { unwrap, wrap } from './counter';
import type { DriveControl } from './drive';
import type { FakeBlob } from './utilities';

const SCOPES = ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.file'];
const FOLDER = 'application/vnd.google-apps.folder';
const GOOGLE_DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ConvertedDoc {
  id: string;
  name: string;
  parents: string[];
  /** The uploaded .docx. */
  docx: Uint8Array;
  /** Every paragraph's text in order, table cells included (as the Google Doc's body would hold them). */
  paragraphs: string[];
  /** Each table as rows of cell texts (cell paragraphs joined by "\n"). */
  tables: string[][][];
  /** Every part of the package (XML as text), for checks on the form (headers, section properties). */
  parts: Record<string, string>;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const all = (xml: string, tag: string) => xml.match(new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, 'g')) ?? [];
const paragraphText = (p: string) =>
  decode((p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));

/** What a .docx says, read the simple way: paragraphs and tables of word/document.xml. */
export function readDocx(bytes: Uint8Array): Pick<ConvertedDoc, 'paragraphs' | 'tables' | 'parts'> {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(path)) parts[path] = strFromU8(data);
  const document = parts['word/document.xml'] ?? '';
  return {
    parts,
    paragraphs: all(document, 'w:p').map(paragraphText),
    tables: all(document, 'w:tbl').map((t) =>
      all(t, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(paragraphText).join('\n'))),
    ),
  };
}

export class DriveAdvancedControl {
  readonly converted: ConvertedDoc[] = [];
  /** Ids the app created (drive.file reaches these). */
  readonly appItems = new Set<string>();
  constructor(private readonly env: Env) {}

  /** True when the manifest (oauthScopes) grants the full drive scope: every folder is reachable. */
  fullScope(): boolean {
    return this.env.opts.oauthScopes?.includes(SCOPES[0]) ?? false;
  }

  /** A folder the user picked with Google Picker: drive.file reaches it too. */
  pick(id: string): void {
    this.appItems.add(id);
  }

  convertedById(id: string): ConvertedDoc | undefined {
    return this.converted.find((c) => c.id === id);
  }
}

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

class FakeFiles {
  constructor(
    private readonly env: Env,
    private readonly drive: DriveControl,
    private readonly control: DriveAdvancedControl,
  ) {}

  create(resource: File, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Record<string, unknown>): File {
    this.env.requireScope('Drive.Files.create', SCOPES);
    const fail = (message: string): never => {
      throw new Error(`API call to drive.files.create failed with error: ${message}`);
    };
    const parents = resource.parents ?? [this.drive.rootId];
    for (const p of parents) {
      const item = this.drive.items.get(p);
      const reachable =
        item?.isFolder && (this.control.fullScope() || this.control.appItems.has(p) || p === this.drive.rootId);
      if (!reachable) fail(`File not found: ${p}.`);
    }
    const name = resource.name ?? 'Untitled';
    const mimeType =
      resource.mimeType ?? (mediaData ? ((unwrap(mediaData) as unknown as FakeBlob)._contentType ?? '') : '');
    let id: string;
    let url: string;
    if (mimeType === FOLDER) {
      id = this.drive.addFolder(name, parents[0]);
      url = this.drive.items.get(id)!.url;
    } else {
      id = this.env.nextId('doc');
      url = `https://docs.google.com/document/d/${id}/edit`;
      const blob = mediaData ? (unwrap(mediaData) as unknown as FakeBlob) : null;
      if (mimeType === GOOGLE_DOC && blob) {
        if (blob._contentType !== DOCX) fail('Bad Request: the upload cannot be converted to a Google Doc.');
        const bytes = new Uint8Array(blob._data);
        this.control.converted.push({ id, name, parents: [...parents], docx: bytes, ...readDocx(bytes) });
      }
      this.drive.addFile(id, name, mimeType ?? '', url, parents[0]);
    }
    this.control.appItems.add(id);
    const full: File = { kind: 'drive#file', id, name, mimeType, webViewLink: url, parents: [...parents] };
    const fields = String(optionalArgs?.fields ?? 'kind,id,name,mimeType')
      .split(',')
      .map((f) => f.trim());
    return Object.fromEntries(Object.entries(full).filter(([k]) => fields.includes(k))) as File;
  }
}

/** The `Drive` global: Drive.Files.create counted as "Drive.Files.create". */
export function makeDriveAdvanced(env: Env, drive: DriveControl, control: DriveAdvancedControl) {
  return { Files: wrap(env.counter, 'Drive.Files', new FakeFiles(env, drive, control)) };
}
