/**
 * Builds the Apps Script project in build/:
 *   1. esbuild bundles src/gas/app.ts (and the core it imports) into one IIFE assigned to `var PlanTracker`;
 *   2. esbuild strips the types from src/gas/entry.ts, whose plain `function` declarations stay top-level;
 *   3. both go into build/Code.js, with appsscript.json and the HTML files.
 * Why esbuild alone and not webpack + gas-webpack-plugin: the entry file already declares the top-level
 * functions by hand, so the only "exposing" step is concatenation; one fast tool, no plugin to keep in step.
 */

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import { ENTRY_PAGE_TEXT } from '../src/core/entryPage/messages';
import { SHARED_CSS } from '../src/core/entryPage/style';
import { escapeHtml } from '../src/core/text';

const root = join(__dirname, '..');
const out = join(root, 'build');

/** The Apps Script code: the bundled module, then the top-level entry functions. Written by buildGas; tests load it in memory. */
export async function bundleCode(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(root, 'src/gas/app.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'PlanTracker',
    platform: 'neutral',
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const entrySource = readFileSync(join(root, 'src/gas/entry.ts'), 'utf8');
  const entry = await transform(entrySource, { loader: 'ts', target: 'es2019', charset: 'utf8' });
  return [
    '// Tệp được tạo tự động bởi `npm run build` từ src/. Không sửa trực tiếp.',
    bundle.outputFiles[0].text,
    entry.code,
  ].join('\n');
}

/**
 * The units' entry page (build/EntryPage.html): src/gas/entryPage/page/page.html with the shared stylesheet and
 * page.ts bundled in (with the core it imports: the page judges as the sheet does). One self-contained file: no
 * external script, style or font. Served by doGet through HtmlService.createHtmlOutputFromFile('EntryPage').
 */
export async function buildEntryPageHtml(): Promise<string> {
  const script = await build({
    entryPoints: [join(root, 'src/gas/entryPage/page/page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Inside <script>, "</script" would end the element and "<!--" changes how it is parsed: "<\/" and "<\!--"
  // mean the same in JavaScript strings and regular expressions.
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const template = readFileSync(join(root, 'src/gas/entryPage/page/page.html'), 'utf8');
  return template
    .replace('/*__STYLE__*/', () => SHARED_CSS.replace(/<\//g, '<\\/'))
    .replace('__NOSCRIPT__', () => escapeHtml(ENTRY_PAGE_TEXT.noScript))
    .replace('/*__SCRIPT__*/', () => js);
}

export async function buildGas(): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const code = await bundleCode();
  const codePath = join(out, 'Code.js');
  writeFileSync(codePath, code, 'utf8');
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  writeFileSync(join(out, 'EntryPage.html'), await buildEntryPageHtml(), 'utf8');
  const htmlDir = join(root, 'src/gas/html');
  if (existsSync(htmlDir)) {
    for (const file of readdirSync(htmlDir).filter((f) => f.endsWith('.html')))
      copyFileSync(join(htmlDir, file), join(out, file));
  }
  return codePath;
}

if (require.main === module) {
  buildGas()
    .then((path) => console.log(`Đã tạo ${path} (${Math.round(readFileSync(path).length / 1024)} KB)`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
