import type { Config } from '../sheet/config';
import { MENU_TEXT } from './messages';
import { TOOL_VERSION } from './version';

/**
 * The Hướng dẫn tab: plain Vietnamese for unit staff who are not technical; last, the tool's version and where the
 * newest one is (the published template, whose own Hướng dẫn shows its version): no permission needed to compare.
 */
export function guideLines(config: Config): string[] {
  return [...MENU_TEXT.guide(config), '', MENU_TEXT.version(TOOL_VERSION, config.templateUrl)];
}
