/** How a ward's copy learns that a newer version exists: the version in Hướng dẫn, beside the template's address. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideLines } from '../../src/core/menu/guide';
import { TOOL_VERSION } from '../../src/core/menu/version';
import { defaultConfig, readConfig } from '../../src/core/sheet/config';

test("the version shown is package.json's", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});

test('Hướng dẫn ends with the version and, when Cấu hình names the template, where the newest one is', () => {
  const url = 'https://docs.google.com/spreadsheets/d/MAU/edit';
  const config = readConfig([['Bảng tính mẫu', url]], 2026).config;
  expect(config.templateUrl).toBe(url);
  const last = guideLines(config).at(-1)!;
  expect(last).toContain(`Phiên bản công cụ: ${TOOL_VERSION}.`);
  expect(last).toContain(url);
  expect(guideLines(defaultConfig(2026)).at(-1)).toBe(`Phiên bản công cụ: ${TOOL_VERSION}.`);
});
