// Renders Vega-Lite specs to PNG: vega-lite → vega (SVG, no browser) → resvg (PNG, no native build step).
// Runs as its own process because vega is an ES module with top-level await (jest's CommonJS cannot load it).
// Input on stdin: JSON { specs: [{ key, vegaLite }], fontFiles: [paths] }; output on stdout: JSON [{ key, png (base64), width, height }].
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const out = [];
for (const spec of input.specs) {
  const compiled = vegaLite.compile(spec.vegaLite).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG(2);
  const resvg = new Resvg(svg, {
    font: { fontFiles: input.fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  });
  const image = resvg.render();
  out.push({ key: spec.key, png: Buffer.from(image.asPng()).toString('base64'), width: image.width, height: image.height, svg });
}
process.stdout.write(JSON.stringify(out));
