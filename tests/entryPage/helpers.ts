/**
 * The entry page on the in-memory Apps Script: the submission world (tests/submission/world.ts: a sheet set up by
 * the VHXH office and shared with the units) plus signed links and page calls made the way a web app makes them
 * (executed as the office, for an anonymous visitor).
 */
import { signToken } from '../../src/core/entryPage/token';
import { TABS, type TabKey } from '../../src/core/sheet/schema';
import { ensureSecret, entryProperties, hmacWith, versionIn, versionsIn } from '../../src/gas/entryPage/store';
import type { FakeAppsScript } from '../fakes';
import { VHXH, type World } from '../submission/world';

/** The unit's current link token, made as the office would (the secret is created on first use). */
export function tokenFor(w: World, unitId: string, year = 2026, version?: number): string {
  return w.fake.run(
    () => {
      const secret = ensureSecret();
      const v = version ?? versionIn(versionsIn(entryProperties()), unitId);
      return signToken({ unitId, year, version: v }, hmacWith(secret));
    },
    { as: VHXH },
  );
}

/** A call from the page: a web app execution as the office, for an anonymous visitor. */
export function fromPage<T>(w: World, fn: () => T): T {
  return w.fake.run(fn, { as: VHXH, kind: 'webApp' });
}

/** Everything a tab holds (values, formulas, notes, backgrounds): to prove that nothing was written. */
export function tabState(fake: FakeAppsScript, tab: TabKey): string {
  const name = TABS[tab].name;
  return JSON.stringify([
    fake.spreadsheet.values(name),
    fake.spreadsheet.formulas(name),
    fake.spreadsheet.notes(name),
    fake.spreadsheet.backgrounds(name),
  ]);
}

export function sheetState(fake: FakeAppsScript): string {
  return (['indicators', 'tasks', 'issues', 'units', 'log'] as TabKey[]).map((t) => tabState(fake, t)).join('\n');
}
