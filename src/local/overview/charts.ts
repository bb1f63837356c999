import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { AppError } from '../../core/errors';
import type { ChartSpec } from '../../core/overview/chartSpecs';
import { OVERVIEW_TEXT } from '../../core/overview/messages';

export interface RenderedChart {
  key: ChartSpec['key'];
  title: string;
  png: Buffer;
  width: number;
  height: number;
  svg: string;
}

/** Fonts shipped with the dejavu-fonts-ttf package, so Vietnamese labels render on any machine. */
function fontFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(dir, f));
}

export function renderCharts(specs: readonly ChartSpec[]): RenderedChart[] {
  const worker = join(__dirname, 'chartWorker.mjs');
  const result = spawnSync(process.execPath, [worker], {
    input: JSON.stringify({ specs: specs.map((s) => ({ key: s.key, vegaLite: s.vegaLite })), fontFiles: fontFiles() }),
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new AppError('UNEXPECTED', OVERVIEW_TEXT.renderFailed, String(result.stderr || result.error?.message));
  const rendered = JSON.parse(result.stdout) as {
    key: ChartSpec['key'];
    png: string;
    width: number;
    height: number;
    svg: string;
  }[];
  return rendered.map((r) => ({
    ...r,
    title: specs.find((s) => s.key === r.key)!.title,
    png: Buffer.from(r.png, 'base64'),
  }));
}
