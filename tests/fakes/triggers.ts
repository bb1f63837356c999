/**
 * ScriptApp installable triggers, and time travel for the time-driven ones.
 *
 * - "Triggers: 20 / user / script" (Current limitations, developers.google.com/apps-script/guides/
 *   services/quotas). Beyond it: "This script has too many triggers. Triggers must be deleted from the
 *   script before more can be added." (the first sentence is what users report; the second is the
 *   rest of that message as commonly quoted).
 * - getProjectTriggers(): "Gets all installable triggers associated with the current project and
 *   current user"; a trigger belongs to the user who created it and runs as that user ("Installable
 *   triggers always run under the account of the person who created them").
 * - Time-driven runs: the guide says the time "may be slightly randomized ... a recurring 9 a.m.
 *   trigger ... between 9 a.m. and 10 a.m."; the fake fires exactly at atHour:nearMinute (minute 0 if
 *   not given) in the trigger's time zone (inTimezone, default the script's).
 * - Time-driven event object (guides/triggers/events): authMode, day-of-month, day-of-week, hour,
 *   minute, month, second, timezone ("UTC"), triggerUid, week-of-year, year.
 * - A run whose handler throws fails alone; the schedule goes on (the helpers collect the error).
 */

import { ConsentPrompt, type Env, sameEmail } from './context';
import { type CallCounter, gas, unwrap, wrap } from './counter';
import { AuthMode, AuthorizationStatus, type EnumValue, EventType, makeEnum, TriggerSource } from './enums';
import { zonedParts, zonedToUtc } from './time';

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const SCOPE = ['https://www.googleapis.com/auth/script.scriptapp'];
export const WeekDay = makeEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);

export type Handlers = Record<string, unknown> | ((name: string) => unknown);

interface Schedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'once';
  every: number;
  hour?: number;
  minute?: number;
  weekDay?: number; // 0 = Sunday
  tz: string;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  creator: string;
  eventType: EnumValue;
  source: EnumValue;
  sourceId: string | null;
  schedule?: Schedule;
  nextRun?: number;
  createdAt: number;
}

export interface TriggerRun {
  uid: string;
  handler: string;
  at: Date;
  error?: unknown;
}

export function lookupHandler(handlers: Handlers, name: string): (...args: unknown[]) => unknown {
  const fn = typeof handlers === 'function' ? handlers(name) : handlers[name];
  // Text Apps Script shows for a trigger or menu item whose function does not exist.
  if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
  return fn as (...args: unknown[]) => unknown;
}

export class TriggerControl {
  readonly records: TriggerRecord[] = [];

  constructor(private readonly env: Env) {}

  _create(rec: Omit<TriggerRecord, 'uid' | 'creator' | 'createdAt'>): TriggerRecord {
    const creator = this.env.current.user;
    if (this.records.filter((r) => sameEmail(r.creator, creator)).length >= 20) throw new Error(TOO_MANY_TRIGGERS);
    const full: TriggerRecord = {
      ...rec,
      uid: `40341240849${String(this.env.nextNumber()).padStart(8, '0')}` /* numeric string like the real ones; built as text to stay exact */,
      creator,
      createdAt: this.env.clock.nowMs(),
    };
    if (full.schedule) full.nextRun = this.firstRun(full.schedule);
    this.records.push(full);
    return full;
  }

  /** Plain view of every installed trigger (all users), for assertions. */
  installed(): { uid: string; handler: string; eventType: string; source: string; creator: string; nextRun?: Date }[] {
    return this.records.map((r) => ({
      uid: r.uid,
      handler: r.handler,
      eventType: String(r.eventType),
      source: String(r.source),
      creator: r.creator,
      nextRun: r.nextRun === undefined ? undefined : new Date(r.nextRun),
    }));
  }

  private firstRun(s: Schedule): number {
    const now = this.env.clock.nowMs();
    if (s.kind === 'once') return now; // set by at()/after() before create()
    if (s.kind === 'minutes') return now + s.every * 60000;
    if (s.kind === 'hours') return now + s.every * 3600000;
    const p = zonedParts(new Date(now), s.tz);
    const hour = s.hour ?? p.hour;
    const minute = s.minute ?? (s.hour === undefined ? p.minute : 0);
    let t = zonedToUtc(s.tz, p.year, p.month, p.day, hour, minute).getTime();
    if (s.kind === 'weeks' && s.weekDay !== undefined) {
      const dow = new Date(t + p.offsetMinutes * 60000).getUTCDay();
      t = zonedToUtc(s.tz, p.year, p.month, p.day + ((s.weekDay - dow + 7) % 7), hour, minute).getTime();
    }
    while (t <= now) t = this.addDays(t, s, s.kind === 'weeks' ? 7 : 1);
    return t;
  }

  private addDays(t: number, s: Schedule, days: number): number {
    const p = zonedParts(new Date(t), s.tz);
    return zonedToUtc(s.tz, p.year, p.month, p.day + days, p.hour, p.minute, p.second).getTime();
  }

  private following(t: number, s: Schedule): number | undefined {
    switch (s.kind) {
      case 'once':
        return undefined;
      case 'minutes':
        return t + s.every * 60000;
      case 'hours':
        return t + s.every * 3600000;
      case 'days':
        return this.addDays(t, s, s.every);
      case 'weeks':
        return this.addDays(t, s, 7 * s.every);
    }
  }

  private clockRecords(): TriggerRecord[] {
    return this.records.filter((r) => r.eventType === EventType.CLOCK && r.nextRun !== undefined);
  }

  private runOne(rec: TriggerRecord, handlers: Handlers): TriggerRun {
    const at = this.env.clock.now();
    const run: TriggerRun = { uid: rec.uid, handler: rec.handler, at };
    rec.nextRun = this.following(rec.nextRun ?? at.getTime(), rec.schedule!);
    const u = new Date(at);
    const event = {
      authMode: AuthMode.FULL,
      triggerUid: rec.uid,
      year: u.getUTCFullYear(),
      month: u.getUTCMonth() + 1,
      'day-of-month': u.getUTCDate(),
      'day-of-week': u.getUTCDay() === 0 ? 7 : u.getUTCDay(),
      'week-of-year': isoWeek(u),
      hour: u.getUTCHours(),
      minute: u.getUTCMinutes(),
      second: u.getUTCSeconds(),
      timezone: 'UTC',
    };
    try {
      const fn = lookupHandler(handlers, rec.handler);
      this.env.run(
        () => fn(event),
        {
          kind: 'timeTrigger',
          user: rec.creator,
          activeUser: rec.creator,
          authMode: AuthMode.FULL,
          triggerUid: rec.uid,
        },
        rec.handler,
      );
    } catch (err) {
      run.error = err;
    }
    return run;
  }

  /** Runs every time-driven trigger whose next run is due now or earlier (each once). */
  runDue(handlers: Handlers): TriggerRun[] {
    const now = this.env.clock.nowMs();
    const due = this.clockRecords()
      .filter((r) => r.nextRun! <= now)
      .sort((a, b) => a.nextRun! - b.nextRun!);
    const runs = due.map((r) => this.runOne(r, handlers));
    for (const r of due)
      while (r.nextRun !== undefined && r.nextRun <= now) r.nextRun = this.following(r.nextRun, r.schedule!);
    return runs;
  }

  /**
   * Time travel: moves the clock forward to `date`, stopping at every scheduled run on the way (the
   * clock is set to the run's time while its handler runs).
   */
  advanceTo(date: Date | string | number, handlers: Handlers): TriggerRun[] {
    const target = new Date(date).getTime();
    const runs: TriggerRun[] = [];
    for (;;) {
      const next = this.clockRecords()
        .filter((r) => r.nextRun! <= target)
        .sort((a, b) => a.nextRun! - b.nextRun!)[0];
      if (!next) break;
      if (next.nextRun! > this.env.clock.nowMs()) this.env.clock.set(next.nextRun!);
      runs.push(this.runOne(next, handlers));
    }
    if (target > this.env.clock.nowMs()) this.env.clock.set(target);
    return runs;
  }

  /**
   * Fires the time-driven triggers due on the clock's current day (in each trigger's zone), moving
   * the clock to each run's time when that is later than now. Runs of earlier days that were
   * skipped by jumping the clock are dropped, not caught up (use advanceTo to run every day).
   */
  fireDaily(handlers: Handlers): TriggerRun[] {
    const now = this.env.clock.nowMs();
    const dueToday: TriggerRecord[] = [];
    for (const r of this.clockRecords()) {
      const tz = r.schedule!.tz;
      const today = zonedParts(new Date(now), tz);
      const startOfDay = zonedToUtc(tz, today.year, today.month, today.day).getTime();
      const endOfDay = zonedToUtc(tz, today.year, today.month, today.day + 1).getTime();
      while (r.nextRun !== undefined && r.nextRun < startOfDay) r.nextRun = this.following(r.nextRun, r.schedule!);
      if (r.nextRun !== undefined && r.nextRun < endOfDay) dueToday.push(r);
    }
    dueToday.sort((a, b) => a.nextRun! - b.nextRun!);
    const runs: TriggerRun[] = [];
    for (const r of dueToday) {
      if (r.nextRun! > this.env.clock.nowMs()) this.env.clock.set(r.nextRun!);
      runs.push(this.runOne(r, handlers));
    }
    return runs;
  }
}

function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}

// --- API objects -----------------------------------------------------------------------------------

type Trigger = GoogleAppsScript.Script.Trigger;

export class FakeTrigger
  implements
    Pick<Trigger, 'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'>
{
  constructor(readonly _rec: TriggerRecord) {}
  getUniqueId(): string {
    return this._rec.uid;
  }
  getHandlerFunction(): string {
    return this._rec.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return gas(this._rec.eventType);
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return gas(this._rec.source);
  }
  /** The spreadsheet id; null for a time-driven trigger (typed as string in @types). */
  getTriggerSourceId(): string {
    return this._rec.sourceId as string;
  }
}

type CTB = GoogleAppsScript.Script.ClockTriggerBuilder;

export class FakeClockTriggerBuilder
  implements
    Pick<
      CTB,
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'atHour'
      | 'nearMinute'
      | 'onWeekDay'
      | 'inTimezone'
      | 'at'
      | 'after'
      | 'create'
    >
{
  private s: Partial<Schedule> = {};
  private onceAt?: number;

  constructor(
    private readonly env: Env,
    private readonly control: TriggerControl,
    private readonly handler: string,
  ) {}
  everyMinutes(n: number): CTB {
    // Real builder accepts only these values; wording of the error is ours.
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('everyMinutes: the value must be one of 1, 5, 10, 15 or 30.');
    Object.assign(this.s, { kind: 'minutes', every: n });
    return gas(this);
  }
  everyHours(n: number): CTB {
    Object.assign(this.s, { kind: 'hours', every: n });
    return gas(this);
  }
  everyDays(n: number): CTB {
    Object.assign(this.s, { kind: 'days', every: n });
    return gas(this);
  }
  everyWeeks(n: number): CTB {
    Object.assign(this.s, { kind: 'weeks', every: n });
    return gas(this);
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): CTB {
    const names = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
    this.s.weekDay = names.indexOf(String(unwrap(day)));
    if (!this.s.kind) Object.assign(this.s, { kind: 'weeks', every: 1 });
    return gas(this);
  }
  atHour(hour: number): CTB {
    this.s.hour = hour;
    return gas(this);
  }
  /** "Specifies the minute at which the trigger runs (plus or minus 15 minutes)." */
  nearMinute(minute: number): CTB {
    this.s.minute = minute;
    return gas(this);
  }
  inTimezone(timezone: string): CTB {
    this.s.tz = timezone;
    return gas(this);
  }
  at(date: GoogleAppsScript.Base.Date): CTB {
    this.onceAt = new Date(date as unknown as Date).getTime();
    Object.assign(this.s, { kind: 'once', every: 0 });
    return gas(this);
  }
  after(durationMilliseconds: number): CTB {
    this.onceAt = this.env.clock.nowMs() + durationMilliseconds;
    Object.assign(this.s, { kind: 'once', every: 0 });
    return gas(this);
  }
  create(): Trigger {
    this.env.requireScope('ClockTriggerBuilder.create', SCOPE);
    // The real text for a clock trigger without a schedule is not documented; ours.
    if (!this.s.kind) throw new Error('The trigger has no schedule: call everyDays(), everyHours(), at() ...');
    const schedule: Schedule = { tz: this.env.opts.timeZone, every: 1, ...this.s } as Schedule;
    const rec = this.control._create({
      handler: this.handler,
      eventType: EventType.CLOCK,
      source: TriggerSource.CLOCK,
      sourceId: null,
      schedule,
    });
    if (this.onceAt !== undefined) rec.nextRun = this.onceAt;
    return gas(wrap(this.env.counter, 'Trigger', new FakeTrigger(rec)));
  }
}

type STB = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export class FakeSpreadsheetTriggerBuilder
  implements Pick<STB, 'onEdit' | 'onOpen' | 'onChange' | 'onFormSubmit' | 'create'>
{
  private type: EnumValue | undefined;
  constructor(
    private readonly env: Env,
    private readonly control: TriggerControl,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  onEdit(): STB {
    this.type = EventType.ON_EDIT;
    return gas(this);
  }
  onOpen(): STB {
    this.type = EventType.ON_OPEN;
    return gas(this);
  }
  onChange(): STB {
    this.type = EventType.ON_CHANGE;
    return gas(this);
  }
  onFormSubmit(): STB {
    this.type = EventType.ON_FORM_SUBMIT;
    return gas(this);
  }
  create(): Trigger {
    this.env.requireScope('SpreadsheetTriggerBuilder.create', SCOPE);
    if (!this.type) throw new Error('The trigger has no event: call onEdit(), onOpen() ...');
    const rec = this.control._create({
      handler: this.handler,
      eventType: this.type,
      source: TriggerSource.SPREADSHEETS,
      sourceId: this.sourceId,
    });
    return gas(wrap(this.env.counter, 'Trigger', new FakeTrigger(rec)));
  }
}

class FakeTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'> {
  constructor(
    private readonly env: Env,
    private readonly control: TriggerControl,
    private readonly handler: string,
  ) {}
  timeBased(): CTB {
    return gas(
      wrap(this.env.counter, 'ClockTriggerBuilder', new FakeClockTriggerBuilder(this.env, this.control, this.handler)),
    );
  }
  forSpreadsheet(sheet: any): STB {
    const raw = unwrap(sheet);
    const id = typeof raw === 'string' ? raw : (raw as { getId(): string }).getId();
    return gas(
      wrap(
        this.env.counter,
        'SpreadsheetTriggerBuilder',
        new FakeSpreadsheetTriggerBuilder(this.env, this.control, this.handler, id),
      ),
    );
  }
}

export class FakeScriptApp
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getScriptId'
      | 'getService'
      | 'requireAllScopes'
    >
{
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly env: Env,
    private readonly control: TriggerControl,
    private readonly counter: CallCounter,
  ) {}
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.env.requireScope('ScriptApp.newTrigger', SCOPE);
    return gas(wrap(this.counter, 'TriggerBuilder', new FakeTriggerBuilder(this.env, this.control, functionName)));
  }
  getProjectTriggers(): Trigger[] {
    this.env.requireScope('ScriptApp.getProjectTriggers', SCOPE);
    const me = this.env.current.user;
    return this.control.records
      .filter((r) => sameEmail(r.creator, me))
      .map((r) => gas<Trigger>(wrap(this.counter, 'Trigger', new FakeTrigger(r))));
  }
  getUserTriggers(spreadsheet: any): Trigger[] {
    this.env.requireScope('ScriptApp.getUserTriggers', SCOPE);
    const id = (unwrap(spreadsheet) as { getId(): string }).getId();
    const me = this.env.current.user;
    return this.control.records
      .filter((r) => sameEmail(r.creator, me) && r.sourceId === id)
      .map((r) => gas<Trigger>(wrap(this.counter, 'Trigger', new FakeTrigger(r))));
  }
  deleteTrigger(trigger: Trigger): void {
    this.env.requireScope('ScriptApp.deleteTrigger', SCOPE);
    const uid = (unwrap(trigger) as unknown as FakeTrigger)._rec.uid;
    const i = this.control.records.findIndex((r) => r.uid === uid);
    if (i >= 0) this.control.records.splice(i, 1);
  }
  getScriptId(): string {
    return `script-of-${this.env.opts.spreadsheetId}`;
  }
  /**
   * Service.getUrl(): "Returns the URL of the web app, if it has been deployed; otherwise returns null. If you are
   * running the development mode web app, this returns the development mode url." (reference/script/service).
   * The fake is not deployed unless the option `webAppUrl` says so.
   */
  getService(): GoogleAppsScript.Script.Service {
    const url = this.env.opts.webAppUrl ?? null;
    return gas(
      wrap(this.counter, 'Service', {
        getUrl: () => url as string,
        isEnabled: () => url !== null,
      }),
    );
  }

  /** The scopes asked for, checked: "Scopes that are invalid or not required by the script lead to an error." */
  private checkedScopes(scopes: readonly string[]): string[] {
    const listed = this.env.opts.oauthScopes;
    const list = [...scopes].map(String);
    const bad = listed ? list.filter((s) => !listed.includes(s)) : [];
    // Real text unknown (ScriptApp reference: "lead to an error"); ours.
    if (bad.length) throw new Error(`Invalid OAuth scopes for this script: ${bad.join(', ')}`);
    return list;
  }

  /**
   * requireScopes(authMode, oAuthScopes): "If any of the specified consents are missing, then this method ends the
   * current execution and renders an authorization prompt to request the missing consents." (ScriptApp reference).
   * In a simple trigger nothing can be prompted: the fake refuses as any service needing authorization does.
   */
  requireScopes(_authMode: unknown, oAuthScopes: string[]): void {
    const scopes = this.checkedScopes(oAuthScopes);
    if (this.env.current.authMode === AuthMode.LIMITED)
      throw new Error(`You do not have permission to call ScriptApp.requireScopes. Required permissions: ${scopes[0]}`);
    const user = this.env.current.user;
    const missing = scopes.filter((s) => !this.env.hasGranted(user, s));
    if (missing.length) throw new ConsentPrompt(user, missing);
  }

  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void {
    this.requireScopes(authMode, this.env.opts.oauthScopes ?? []);
  }

  /**
   * getAuthorizationInfo(authMode[, oAuthScopes]): REQUIRED while a scope (of the list, or of the script) is not
   * granted; getAuthorizationUrl() is null when nothing is required; getAuthorizedScopes() lists the granted ones of
   * the list (AuthorizationInfo reference).
   */
  getAuthorizationInfo(_authMode: unknown, oAuthScopes?: string[]) {
    const scopes = oAuthScopes ? this.checkedScopes(oAuthScopes) : [...(this.env.opts.oauthScopes ?? [])];
    const user = this.env.current.user;
    const authorized = scopes.filter((s) => this.env.hasGranted(user, s));
    const required = authorized.length < scopes.length;
    return gas(
      wrap(this.counter, 'AuthorizationInfo', {
        getAuthorizationStatus: () => (required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
        getAuthorizationUrl: () => (required ? `https://script.google.com/a/authorize?scopes=${scopes.length}` : null),
        getAuthorizedScopes: () => authorized,
      }),
    );
  }
}
