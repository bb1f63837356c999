// Renders Vega-Lite specs to PNG: vega-lite → vega (SVG, no browser) → resvg (PNG, no native build step).
// Runs as its own process because vega is an ES module with top-level await (jest's CommonJS cannot load it).
// Input on stdin: JSON { specs: [{ key, vegaLite }], fontFiles: [paths] };
// output on stdout: JSON [{ key, png (base64), width, height, svg }].
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

/**
 * Advance widths from a TrueType font (cmap + hmtx), so vega lays labels out with the widths resvg will draw.
 * Without a canvas, vega guesses 0.8 × font size per character: far too wide for Vietnamese names, which left
 * a third of each chart empty and truncated long unit names ("…") well before they ran out of room.
 */
function fontMetrics(file) {
  const buf = readFileSync(file);
  const u16 = (o) => buf.readUInt16BE(o);
  const u32 = (o) => buf.readUInt32BE(o);
  const tables = {};
  for (let i = 0, n = u16(4); i < n; i++) {
    const rec = 12 + 16 * i;
    tables[buf.toString('latin1', rec, rec + 4)] = u32(rec + 8);
  }
  const unitsPerEm = u16(tables.head + 18);
  const numberOfHMetrics = u16(tables.hhea + 34);
  const advance = (glyph) => u16(tables.hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // Prefer a full-Unicode subtable (format 12), else the BMP one (format 4).
  const cmap = tables.cmap;
  let format4 = -1;
  let format12 = -1;
  for (let i = 0, n = u16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = u16(rec);
    const encoding = u16(rec + 2);
    const sub = cmap + u32(rec + 4);
    const format = u16(sub);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = sub;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0) && format4 < 0) format4 = sub;
  }
  function glyphOf(cp) {
    if (format12 >= 0) {
      for (let i = 0, n = u32(format12 + 12); i < n; i++) {
        const g = format12 + 16 + 12 * i;
        if (cp >= u32(g) && cp <= u32(g + 4)) return u32(g + 8) + cp - u32(g);
      }
      return 0;
    }
    if (format4 < 0 || cp > 0xffff) return 0;
    const segCount = u16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segCount + 2;
    const deltas = starts + 2 * segCount;
    const ranges = deltas + 2 * segCount;
    for (let i = 0; i < segCount; i++) {
      if (cp > u16(ends + 2 * i)) continue;
      const start = u16(starts + 2 * i);
      if (cp < start) return 0;
      const delta = u16(deltas + 2 * i);
      const rangeOffset = u16(ranges + 2 * i);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = u16(ranges + 2 * i + rangeOffset + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  }
  const cache = new Map();
  return (text) => {
    let units = 0;
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0);
      let w = cache.get(cp);
      if (w === undefined) cache.set(cp, (w = advance(glyphOf(cp))));
      units += w;
    }
    return units / unitsPerEm;
  };
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const regularFile = input.fontFiles.find((f) => !/Bold/i.test(f));
const boldFile = input.fontFiles.find((f) => /Bold/i.test(f)) ?? regularFile;
if (regularFile) {
  const regular = fontMetrics(regularFile);
  const bold = boldFile === regularFile ? regular : fontMetrics(boldFile);
  const isBold = (w) => w === 'bold' || w === 'bolder' || Number(w) >= 600;
  // vega's hook for a user-defined measure (its text.js: "User defined textMetrics.width function in use").
  // No truncation here: vega's own truncate() calls this function for the pieces it tries.
  vega.textMetrics.width = (item, text) => {
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const value = text == null ? '' : String(text).trim();
    if (size <= 0 || !value) return 0;
    return (isBold(item.fontWeight) ? bold : regular)(value) * size;
  };
}

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
  out.push({
    key: spec.key,
    png: Buffer.from(image.asPng()).toString('base64'),
    width: image.width,
    height: image.height,
    svg,
  });
}
process.stdout.write(JSON.stringify(out));
