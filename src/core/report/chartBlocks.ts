/** The charts appendix: each PNG at its 96-dpi size, narrowed to the text width if wider, with a caption. */
import { cleanText } from '../text';
import { para } from './blocks';
import { TEXT_WIDTH_MM } from './form';
import type { Block, ImageBlock } from './model';

export interface ReportChart {
  title: string;
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export function chartBlocks(charts: readonly ReportChart[]): Block[] {
  const blocks: Block[] = [];
  for (const c of charts) {
    const naturalMm = (c.widthPx * 25.4) / 96;
    const widthMm = Math.min(TEXT_WIDTH_MM, naturalMm);
    const heightMm = c.widthPx > 0 ? (widthMm * c.heightPx) / c.widthPx : 0;
    const image: ImageBlock = {
      kind: 'image',
      title: cleanText(c.title),
      png: c.png,
      widthPx: c.widthPx,
      heightPx: c.heightPx,
      widthMm,
      heightMm,
    };
    blocks.push(image, para('caption', cleanText(c.title)));
  }
  return blocks;
}
