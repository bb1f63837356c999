import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { MENU_ENTRIES, MENU_ITEMS, MENU_TITLE } from '../../src/core/menu/menu';
import { bundle, loadBundle as loadInto } from './load';

let code = '';
beforeAll(async () => {
  code = await bundle();
});

function loadBundle(globals: Record<string, unknown>): vm.Context {
  return loadInto(code, { ...globals });
}

function fakeUi() {
  const menus: { title: string; items: (string | [string, string])[] }[] = [];
  const alerts: string[] = [];
  const ui = {
    createMenu(title: string) {
      const menu = { title, items: [] as (string | [string, string])[] };
      const builder = {
        addItem(label: string, fn: string) {
          menu.items.push([label, fn]);
          return builder;
        },
        addSeparator() {
          menu.items.push('---');
          return builder;
        },
        addToUi() {
          menus.push(menu);
        },
      };
      return builder;
    },
    alert(message: string) {
      alerts.push(message);
    },
  };
  return { ui, menus, alerts };
}

describe('the Apps Script bundle', () => {
  const entrySource = readFileSync(join(__dirname, '../../src/gas/entry.ts'), 'utf8');
  const entryNames = [...entrySource.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);

  test('the entry file has no import or export (Apps Script needs plain top-level functions)', () => {
    expect(entrySource).not.toMatch(/^\s*(import|export)\s/m);
    expect(entryNames).toEqual(expect.arrayContaining(['onOpen', 'onEdit', 'dailyReminderTrigger']));
  });

  test('every entry point is a top-level function of the bundle (build/Code.js)', () => {
    const context = loadBundle({});
    for (const name of entryNames) expect({ name, type: typeof context[name] }).toEqual({ name, type: 'function' });
  });

  test('every menu item calls a function the bundle exposes', () => {
    for (const item of MENU_ITEMS) expect(entryNames).toContain(item.handler);
  });

  test('onOpen adds the Vietnamese menu with every item', () => {
    const { ui, menus } = fakeUi();
    const context = loadBundle({ SpreadsheetApp: { getUi: () => ui } });
    vm.runInContext('onOpen({})', context);
    expect(menus).toHaveLength(1);
    expect(menus[0].title).toBe(MENU_TITLE);
    expect(menus[0].items).toEqual(MENU_ENTRIES.map((e) => (e === 'separator' ? '---' : [e.label, e.handler])));
  });

  test('appsscript.json: Việt Nam time zone, V8, an explicit list of scopes', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    // Only the current spreadsheet, never every sheet of the user's Drive.
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    // Every scope is explained to the ward's IT person in the README's table, and nothing else is asked for.
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[\w.]+)` \|/gm)].map(
      (m) => m[1],
    );
    expect([...manifest.oauthScopes].sort()).toEqual(documented.sort());
  });
});
