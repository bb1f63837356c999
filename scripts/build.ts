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

export async function buildGas(): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const code = await bundleCode();
  const codePath = join(out, 'Code.js');
  writeFileSync(codePath, code, 'utf8');
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
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
