/**
 * HtmlService: HtmlOutput and HtmlTemplate.
 *
 * Templates follow developers.google.com/apps-script/guides/html/templates:
 * - `<? code ?>` standard scriptlets run code; `<?= expr ?>` printing scriptlets output with
 *   contextual escaping; `<?!= expr ?>` force-printing scriptlets output raw.
 * - Variables are properties set on the template object (`t.data = ...; <?= data ?>`); scriptlets also
 *   see the script's globals (HtmlService, etc.).
 * The template compiles to one JS function (like the real getCode()). Escaping here is the HTML-text
 * context only (& < > " ' -> entities), so `<?= '<b>' ?>` gives `&lt;b&gt;`; the real service also
 * escapes differently inside <script> and attribute contexts. null/undefined print as "null"/"undefined"
 * (String(value)); what the real service prints for them is not documented.
 */

import type { Env } from './context';
import { type CallCounter, gas, wrap } from './counter';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { FakeBlob } from './utilities';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class FakeHtmlOutput
  implements
    Pick<
      HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
      | 'getBlob'
      | 'getAs'
    >
{
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: unknown = SandboxMode.IFRAME;
  readonly _metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly counter: CallCounter,
    public _content: string,
  ) {}

  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutput {
    this._content = content;
    return gas(this);
  }
  /** "Use this only for content from a trusted source, because it is not escaped." */
  append(addedContent: string): HtmlOutput {
    this._content += addedContent;
    return gas(this);
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this._content += escapeHtml(addedContent);
    return gas(this);
  }
  clear(): HtmlOutput {
    this._content = '';
    return gas(this);
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): HtmlOutput {
    this._title = title;
    return gas(this);
  }
  getWidth(): number {
    return this._width ?? 0;
  }
  setWidth(width: number): HtmlOutput {
    this._width = width;
    return gas(this);
  }
  getHeight(): number {
    return this._height ?? 0;
  }
  setHeight(height: number): HtmlOutput {
    this._height = height;
    return gas(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this._sandboxMode = mode;
    return gas(this);
  }
  /** Recorded: DEFAULT keeps the X-Frame-Options header (no framing by other sites); ALLOWALL removes it. */
  _xFrameOptionsMode: unknown = XFrameOptionsMode.DEFAULT;
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this._xFrameOptionsMode = mode;
    return gas(this);
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this._metaTags.push({ name, content });
    return gas(this);
  }
  setFaviconUrl(_iconUrl: string): HtmlOutput {
    return gas(this);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs('text/html');
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return gas(
      wrap(
        this.counter,
        'Blob',
        new FakeBlob(this.counter, Buffer.from(this._content), contentType, this._title || null),
      ),
    );
  }
}

/** Compiles template text to JS source that fills `__out` (a string array). */
export function compileTemplate(source: string): string {
  let code = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      code += `__out.push(${JSON.stringify(source.slice(i))});\n`;
      break;
    }
    if (open > i) code += `__out.push(${JSON.stringify(source.slice(i, open))});\n`;
    const close = source.indexOf('?>', open + 2);
    // The real service reports a syntax error for an unclosed scriptlet; the text here is ours.
    if (close < 0) throw new SyntaxError('Unclosed scriptlet: missing ?>');
    let body = source.slice(open + 2, close);
    if (body.startsWith('!=')) {
      body = body.slice(2);
      code += `__out.push(String(${body}));\n`;
    } else if (body.startsWith('=')) {
      body = body.slice(1);
      code += `__out.push(__esc(${body}));\n`;
    } else {
      code += `${body}\n`;
    }
    i = close + 2;
  }
  return code;
}

export class FakeHtmlTemplate {
  constructor(
    private readonly _env: Env,
    private readonly _source: string,
    private readonly _globals: () => Record<string, unknown>,
  ) {}

  /** Runs the template; own enumerable properties of the template are the variables. */
  evaluate(): HtmlOutput {
    const scope: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('_')) scope[key] = (this as Record<string, unknown>)[key];
    const body = `with (__globals) { with (__scope) {\n${compileTemplate(this._source)}} }`;
    // new Function bodies are sloppy-mode, so `with` is allowed (real templates run as plain JS too).
    const fn = new Function('__globals', '__scope', '__out', '__esc', body) as (
      g: unknown,
      s: unknown,
      o: string[],
      e: (v: unknown) => string,
    ) => void;
    const out: string[] = [];
    fn(this._globals(), scope, out, escapeHtml);
    return gas(wrap(this._env.counter, 'HtmlOutput', new FakeHtmlOutput(this._env.counter, out.join(''))));
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  getRawContent(): string {
    return this._source;
  }
}

export class FakeHtmlService
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly env: Env,
    private readonly globals: () => Record<string, unknown>,
  ) {}

  private file(filename: string): string {
    const files = this.env.opts.htmlFiles;
    const text = files[filename] ?? files[`${filename}.html`];
    // Message for a missing project file: not taken from documentation.
    if (text === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return text;
  }
  createHtmlOutput(html?: any): HtmlOutput {
    const content =
      html === undefined ? '' : typeof html === 'string' ? html : String(html.getDataAsString?.() ?? html);
    return gas(wrap(this.env.counter, 'HtmlOutput', new FakeHtmlOutput(this.env.counter, content)));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return this.createHtmlOutput(this.file(filename));
  }
  createTemplate(html: any): GoogleAppsScript.HTML.HtmlTemplate {
    const source = typeof html === 'string' ? html : String(html.getDataAsString?.() ?? html);
    return gas(wrap(this.env.counter, 'HtmlTemplate', new FakeHtmlTemplate(this.env, source, this.globals)));
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.createTemplate(this.file(filename));
  }
}
