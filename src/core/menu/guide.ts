import type { Config } from '../sheet/config';
import { MENU_TEXT } from './messages';

/** The Hướng dẫn tab: plain Vietnamese for unit staff who are not technical. */
export function guideLines(config: Config): string[] {
  return MENU_TEXT.guide(config);
}
