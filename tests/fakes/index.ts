/**
 * createFakeAppsScript(): one in-memory Apps Script world for a test.
 *
 *   const fake = createFakeAppsScript({ owner: 'vhxh@example.com', users: ['a@x.vn'], now: '2026-11-25T08:00:00+07:00' });
 *   const restore = fake.install(globalThis);           // unit tests: SpreadsheetApp etc. become globals
 *   ... or vm.createContext(fake.vmGlobals())            // the built bundle, with a clock-bound Date
 *   fake.counter.spreadsheetCalls()                     // Spreadsheet-service calls so far
 *
 * See README.md in this folder for the behaviours and their sources.
 */

import { ChartsGlobal } from './charts';
import { FakeClock, makeClockDate } from './clock';
import { Env, type ExecutionKind, FakeSession, type ResolvedOptions, sameEmail } from './context';
import { type CallCounter, gas, wrap } from './counter';
import { DocumentControl, FakeDocumentApp } from './document';
import { DriveControl, FakeDriveApp } from './drive';
import { DriveAdvancedControl, makeDriveAdvanced } from './driveAdvanced';
import { SpreadsheetHarness } from './edits';
import { AuthMode } from './enums';
import { FakeHtmlService } from './html';
import { FakeLockService, LockControl } from './lock';
import { FakeMailApp, MailControl } from './mail';
import { FakeCacheService, FakePropertiesService, PropertyStores } from './properties';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { assertTimeZone } from './time';
import { FakeScriptApp, TriggerControl } from './triggers';
import { FakeUi, UiRecorder } from './ui';
import { FakeLogger, FakeUtilities, makeConsole } from './utilities';

export { CallCounter, ExecutionKilled, SPREADSHEET_CLASSES } from './counter';
export type { EditOptions, EditResult } from './edits';
export { LOCK_TIMEOUT_MESSAGE } from './lock';
export { QUOTA_MESSAGE } from './mail';
export { STORE_FULL_MESSAGE, storeBytes } from './properties';
export { PROTECTED_MESSAGE } from './protection';
export { OUTSIDE_GRID } from './spreadsheet';
export type { Handlers, TriggerRun } from './triggers';
export { TOO_MANY_TRIGGERS } from './triggers';

export interface FakeAppsScriptOptions {
  /** Spreadsheet owner (the script's developer). Default 'owner@example.com'. */
  owner?: string;
  /** People with edit access to the spreadsheet (the owner is always one). */
  users?: string[];
  /** Who code called directly from a test runs as. Default: the owner. */
  activeUser?: string;
  /** Script and spreadsheet time zone. Default 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  /** Spreadsheet locale. Default 'vi_VN'. */
  locale?: string;
  /** Start of the fake clock. Default: the real time when the fake is made (then frozen). */
  now?: Date | string | number;
  /** Email recipients per 24 hours. Default 100 (consumer accounts; Workspace is 1500). */
  dailyMailQuota?: number;
  /** 'consumer' (gmail.com, default) or 'workspace': decides when User.getEmail() is blank. */
  accountType?: 'consumer' | 'workspace';
  /** Make User.getEmail() give the email even in simple triggers (not what Apps Script does). */
  revealUserInSimpleTriggers?: boolean;
  spreadsheet?: { id?: string; name?: string; url?: string };
  /** What getValues() returns for a formula cell. Default '#ERROR!'. */
  formulaValue?: unknown;
  /** Rough model of Sheets turning numeric strings into numbers unless the cell format is '@'. Default false. */
  parseNumericStrings?: boolean;
  /** Prefix of default sheet names ("Sheet1"). Default 'Sheet'. */
  defaultSheetName?: string;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile / createTemplateFromFile. */
  htmlFiles?: Record<string, string>;
  /** The manifest's oauthScopes: when given, a call needing another scope is refused. */
  oauthScopes?: string[];
  /** The deployed web app's /exec URL that ScriptApp.getService().getUrl() returns (null when not given). */
  webAppUrl?: string;
  /**
   * Granular consent (Google's consent screen since 2025): each person starts having granted no scope, grants
   * them through the prompt ScriptApp.requireScopes shows (`fake.consent.grant`), and a service whose scope they
   * did not grant refuses. Default false: everyone has granted everything.
   */
  granularConsent?: boolean;
  /** Print Logger/console output as well as recording it. Default false. */
  echoLogs?: boolean;
}

export type FakeAppsScript = ReturnType<typeof createFakeAppsScript>;

export function createFakeAppsScript(options: FakeAppsScriptOptions = {}) {
  const owner = options.owner ?? 'owner@example.com';
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  assertTimeZone(timeZone);
  const spreadsheetId = options.spreadsheet?.id ?? 'fake-spreadsheet-id';
  const users = [owner, ...(options.users ?? []).filter((u) => !sameEmail(u, owner))];
  const opts: ResolvedOptions = {
    ownerEmail: owner,
    activeUser: options.activeUser ?? owner,
    users,
    timeZone,
    locale: options.locale ?? 'vi_VN',
    dailyMailQuota: options.dailyMailQuota ?? 100,
    accountType: options.accountType ?? 'consumer',
    revealUserInSimpleTriggers: options.revealUserInSimpleTriggers ?? false,
    spreadsheetId,
    spreadsheetName: options.spreadsheet?.name ?? 'Fake spreadsheet',
    spreadsheetUrl: options.spreadsheet?.url ?? `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
    formulaValue: options.formulaValue ?? '#ERROR!',
    parseNumericStrings: options.parseNumericStrings ?? false,
    defaultSheetName: options.defaultSheetName ?? 'Sheet',
    htmlFiles: options.htmlFiles ?? {},
    oauthScopes: options.oauthScopes,
    webAppUrl: options.webAppUrl,
    granularConsent: options.granularConsent ?? false,
  };
  const clock = new FakeClock(options.now);
  const env = new Env(opts, clock);
  const counter: CallCounter = env.counter;
  const echo = options.echoLogs ?? false;

  const uiRecorder = new UiRecorder();
  const ui = gas<GoogleAppsScript.Base.Ui>(wrap(counter, 'Ui', new FakeUi(counter, uiRecorder)));
  const ss = new FakeSpreadsheet(env);
  wrap(counter, 'Spreadsheet', ss);
  const drive = new DriveControl(env);
  drive.addFile(spreadsheetId, opts.spreadsheetName, 'application/vnd.google-apps.spreadsheet', opts.spreadsheetUrl);
  const docs = new DocumentControl(env, (doc) =>
    drive.addFile(doc._id, doc._name, 'application/vnd.google-apps.document', doc.getUrl()),
  );
  const driveAdvanced = new DriveAdvancedControl(env);
  const mail = new MailControl(env);
  const locks = new LockControl(env);
  const properties = new PropertyStores();
  const triggers = new TriggerControl(env);
  const logger = new FakeLogger(echo);
  const logs: { level: string; text: string }[] = [];
  const fakeConsole = makeConsole(logs, echo);

  const globals: Record<string, unknown> = {};
  const globalsFn = () => globals;
  Object.assign(globals, {
    SpreadsheetApp: wrap(counter, 'SpreadsheetApp', new FakeSpreadsheetApp(env, ss, () => ui)),
    Session: wrap(counter, 'Session', new FakeSession(env)),
    MailApp: wrap(counter, 'MailApp', new FakeMailApp(env, mail)),
    LockService: wrap(counter, 'LockService', new FakeLockService(env, locks, counter)),
    PropertiesService: wrap(counter, 'PropertiesService', new FakePropertiesService(env, properties)),
    ScriptApp: wrap(counter, 'ScriptApp', new FakeScriptApp(env, triggers, counter)),
    HtmlService: wrap(counter, 'HtmlService', new FakeHtmlService(env, globalsFn)),
    DocumentApp: wrap(counter, 'DocumentApp', new FakeDocumentApp(env, docs)),
    DriveApp: wrap(counter, 'DriveApp', new FakeDriveApp(env, drive)),
    Drive: makeDriveAdvanced(env, drive, driveAdvanced),
    Utilities: wrap(counter, 'Utilities', new FakeUtilities(env)),
    Logger: wrap(counter, 'Logger', logger),
    CacheService: wrap(counter, 'CacheService', new FakeCacheService(env, counter)),
    Charts: ChartsGlobal,
  });

  const ClockDate = makeClockDate(clock);
  const spreadsheet = new SpreadsheetHarness(env, ss, triggers, uiRecorder);

  const fake = {
    /** Apps Script globals to install: SpreadsheetApp, Session, MailApp, ... (and Charts). */
    globals: globals as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      Session: GoogleAppsScript.Base.Session;
      MailApp: GoogleAppsScript.Mail.MailApp;
      LockService: GoogleAppsScript.Lock.LockService;
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
      ScriptApp: GoogleAppsScript.Script.ScriptApp;
      HtmlService: GoogleAppsScript.HTML.HtmlService;
      DocumentApp: GoogleAppsScript.Document.DocumentApp;
      DriveApp: GoogleAppsScript.Drive.DriveApp;
      Drive: GoogleAppsScript.Drive;
      Utilities: GoogleAppsScript.Utilities.Utilities;
      Logger: GoogleAppsScript.Base.Logger;
      CacheService: GoogleAppsScript.Cache.CacheService;
      Charts: typeof ChartsGlobal;
    },
    counter,
    clock,
    /** A Date class reading the fake clock (new Date(), Date.now()). */
    Date: ClockDate,
    /** Recording console (for vm contexts); lines land in `logs`. */
    console: fakeConsole,
    logs,
    logger,
    spreadsheet,
    ui: uiRecorder,
    mail,
    locks,
    properties,
    triggers,
    docs,
    drive,
    /** Drive advanced service v3: what Drive.Files.create made and converted. */
    driveAdvanced,
    /** Granular consent: grant scopes as a person would on the consent screen; the prompts shown so far. */
    consent: {
      grant: (email: string, scopes: readonly string[]) => env.grant(email, scopes),
      has: (email: string, scope: string) => env.hasGranted(email, scope),
      prompts: env.consentPrompts,
    },
    /** Every execution started through run()/userEdit()/triggers, with its error if it failed. */
    executions: env.executions,
    users: {
      owner,
      /** Spreadsheet editors other than the owner. */
      editors: () => [...ss._editors],
      add: (email: string) => void ss.addEditors([email]),
      remove: (email: string) => void ss.removeEditor(email),
      /** Who code called directly from the test runs as (menu-like, FULL authorization). */
      actAs: (email: string) => env.setDirectUser(email),
      current: () => env.current.user,
    },
    /**
     * Runs fn as its own execution: `as` whom (default the direct user), `kind` 'menu' (default),
     * 'simpleTrigger' (AuthMode.LIMITED), 'installableTrigger', 'timeTrigger' or 'webApp' (as the deployer `as`, for
     * the visitor `visitor`, anonymous by default). Locks it took are
     * released when it ends.
     */
    run<T>(fn: () => T, how: { as?: string; kind?: ExecutionKind; name?: string; visitor?: string } = {}): T {
      const user = how.as ?? env.current.user;
      const kind = how.kind ?? 'menu';
      // A web app call runs as the deployer for a visitor: anonymous ('') unless `visitor` is given.
      const activeUser = kind === 'webApp' ? (how.visitor ?? '') : user;
      return env.run(
        fn,
        { kind, user, activeUser, authMode: kind === 'simpleTrigger' ? AuthMode.LIMITED : AuthMode.FULL },
        how.name,
      );
    },
    /** Ends the direct execution (releases its locks), as if that script run had finished. */
    endExecution: () => env.endDirectExecution(),
    /** The globals plus a clock-bound Date and the recording console: for vm.createContext. */
    vmGlobals(): Record<string, unknown> {
      return { ...globals, Date: ClockDate, console: fakeConsole };
    },
    /**
     * Installs the globals on target (default globalThis); returns a function that restores what was
     * there. Date and console are installed only when asked.
     */
    install(target: object = globalThis, extra: { date?: boolean; console?: boolean } = {}): () => void {
      const t = target as Record<string, unknown>;
      const values: Record<string, unknown> = { ...globals };
      if (extra.date) values.Date = ClockDate;
      if (extra.console) values.console = fakeConsole;
      const before = Object.keys(values).map((k) => [k, Object.getOwnPropertyDescriptor(t, k)] as const);
      for (const [k, v] of Object.entries(values))
        Object.defineProperty(t, k, { value: v, configurable: true, writable: true, enumerable: false });
      return () => {
        for (const [k, d] of before) {
          if (d) Object.defineProperty(t, k, d);
          else delete t[k];
        }
      };
    },
  };
  return fake;
}
