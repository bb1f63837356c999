/**
 * The entry page as a unit sees it, in a real browser: Debian's Chromium driven by playwright-core (nothing is
 * downloaded), the page served by the built project's doGet running in node:vm over the in-memory Apps Script
 * (tests/fakes), and a fake google.script.run that calls the built project's functions there, as a web app would:
 * arguments and answers go through JSON (google.script.run passes copies of plain data), a call that throws reaches
 * the failure handler, and `offline` makes every call fail the way a lost connection does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildEntryPageHtml } from '../../scripts/build';
import { bundle, loadBundle } from '../bundle/load';
import { createFakeAppsScript, type FakeAppsScript } from '../fakes';
import { fillUnitEmails, STAFF, VHXH } from '../submission/world';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_APP_URL = 'https://script.google.com/macros/s/AKfycbBROWSERTEST/exec';
/** What the real client passes to the failure handler when the request never reached Google. */
export const NETWORK_ERROR = 'NetworkError: Connection failure due to HTTP 0';

export interface Project {
  fake: FakeAppsScript;
  context: vm.Context & Record<string, (...args: unknown[]) => unknown>;
  /** The link the office's dialog gives a unit. */
  linkOf(unitId: string): string;
  /** When true, every google.script.run call fails as with no connection. */
  offline: boolean;
  /** Server calls the page made, by function name. */
  calls: string[];
}

export async function deployProject(now = '2026-11-25T08:00:00+07:00'): Promise<Project> {
  const [code, page] = await Promise.all([bundle(), buildEntryPageHtml()]);
  const fake = createFakeAppsScript({
    owner: VHXH,
    users: Object.values(STAFF),
    now,
    htmlFiles: { EntryPage: page },
    webAppUrl: WEB_APP_URL,
  });
  const context = loadBundle(code, fake.vmGlobals()) as Project['context'];
  fake.spreadsheet.open(VHXH, context);
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  fake.run(() => fillUnitEmails(fake), { as: VHXH });
  fake.spreadsheet.runMenuItem('menuSetup', VHXH, context);
  fake.spreadsheet.runMenuItem('menuEntryLinks', VHXH, context);
  const dialog = fake.ui.lastDialog()!.html;
  return {
    fake,
    context,
    offline: false,
    calls: [],
    linkOf(unitId: string) {
      const row = dialog.slice(dialog.indexOf(`data-unit="${unitId}"`));
      return /value="([^"]+)"/.exec(row)![1].replace(/&amp;/g, '&');
    },
  };
}

/** The browser side of the fake google.script.run (installed before the page's own script runs). */
const CLIENT = `
(() => {
  const make = (ok, fail) => new Proxy({}, {
    get(_t, name) {
      if (name === 'withSuccessHandler') return (f) => make(f, fail);
      if (name === 'withFailureHandler') return (f) => make(ok, f);
      if (name === 'withUserObject') return () => make(ok, fail);
      return (...args) => {
        window.__gasCall(String(name), JSON.stringify(args)).then((answer) => {
          const a = JSON.parse(answer);
          if ('error' in a) { if (fail) fail(new Error(a.error)); else console.error(a.error); }
          else if (ok) ok(a.value);
        });
      };
    },
  });
  window.google = { script: { run: make(null, null) } };
})();`;

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(project: Project, viewport: { width: number; height: number }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'entry-page-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Nothing leaves the machine: the page's own address is answered by doGet; anything else would be an external load.
  const external: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (`${url.origin}${url.pathname}` !== WEB_APP_URL) {
      external.push(url.href);
      return route.abort();
    }
    const parameter = Object.fromEntries(url.searchParams);
    const output = project.fake.run(() => project.context.doGet({ parameter }), { as: VHXH, kind: 'webApp' }) as {
      getContent(): string;
    };
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: output.getContent() });
  });
  await context.exposeBinding('__gasCall', async (_source, name: string, argsJson: string) => {
    project.calls.push(name);
    await new Promise((r) => setTimeout(r, 20));
    if (project.offline) return JSON.stringify({ error: NETWORK_ERROR });
    // Functions whose names end with "_" are private: google.script.run cannot reach them.
    const fn = name.endsWith('_') ? undefined : project.context[name];
    if (typeof fn !== 'function') return JSON.stringify({ error: `Script function not found: ${name}` });
    try {
      // Parsed in the project's own realm: the server gets plain objects of its own, as on Apps Script.
      const args = (vm.runInContext('(s) => JSON.parse(s)', project.context) as (s: string) => unknown[])(argsJson);
      const value = project.fake.run(() => fn(...args), { as: VHXH, kind: 'webApp' });
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ error: String((error as Error)?.message ?? error) });
    }
  });
  await context.addInitScript(CLIENT);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('net::ERR_FAILED')) errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (external.length) throw new Error(`The page tried to load: ${external.join(', ')}`);
    },
  };
}
