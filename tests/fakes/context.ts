/**
 * Shared state of one fake Apps Script world: options, call counter, clock, and the "execution"
 * the code under test is running in (who it runs as, which auth mode). Also Session and User.
 *
 * Who a script runs as (developers.google.com/apps-script/execution_container_triggers, and the
 * installable-trigger guide): "Simple triggers execute under the identity of the active user";
 * "Container-specific installable triggers execute under the identity of the user who created the
 * trigger"; a menu item runs as the person who clicked it. So a simple onEdit started by a unit's staff
 * member can only write cells that person may edit; protections are checked against `user` below.
 */

import type { FakeClock } from './clock';
import { CallCounter, gas, wrap } from './counter';
import { AuthMode } from './enums';

/**
 * `webApp`: a web app deployed with executeAs USER_DEPLOYING, called by doGet or google.script.run: it runs as the
 * deployer (`user`) for a visitor (`activeUser`, '' when anonymous) — "a web app deployed to 'execute as me'" is one of
 * the contexts where the visitor's e-mail is not available (User.getEmail reference).
 */
export type ExecutionKind = 'direct' | 'menu' | 'simpleTrigger' | 'installableTrigger' | 'timeTrigger' | 'webApp';

export interface Execution {
  id: number;
  kind: ExecutionKind;
  /** Identity the script runs under: permissions, MailApp sender, user properties, user lock. */
  user: string;
  /** The person who caused it (the editor of an onEdit); equals `user` except for installable triggers. */
  activeUser: string;
  authMode: (typeof AuthMode)[keyof typeof AuthMode];
  triggerUid?: string;
}

export interface ResolvedOptions {
  ownerEmail: string;
  activeUser: string;
  users: string[];
  timeZone: string;
  locale: string;
  dailyMailQuota: number;
  accountType: 'consumer' | 'workspace';
  revealUserInSimpleTriggers: boolean;
  spreadsheetId: string;
  spreadsheetName: string;
  spreadsheetUrl: string;
  formulaValue: unknown;
  parseNumericStrings: boolean;
  defaultSheetName: string;
  htmlFiles: Record<string, string>;
  oauthScopes?: string[];
  webAppUrl?: string;
  /** Granular consent: people start having granted nothing and grant scopes one prompt at a time. */
  granularConsent: boolean;
}

/**
 * The consent screen shown by ScriptApp.requireScopes: it "ends the current execution and renders an
 * authorization prompt to request the missing consents" (ScriptApp reference). The fake throws this to end the
 * execution; Env.run ends quietly on it and records the prompt.
 */
export class ConsentPrompt extends Error {
  constructor(
    readonly user: string,
    readonly scopes: readonly string[],
  ) {
    super(`consent prompt for ${scopes.join(' ')}`);
    this.name = 'ConsentPrompt';
  }
}

export class Env {
  readonly counter = new CallCounter();
  private stack: Execution[] = [];
  private nextExecutionId = 1;
  private seq = 0;
  /** Every execution started through run(): kind, user, and the error if it failed. */
  readonly executions: { id: number; kind: ExecutionKind; user: string; name?: string; error?: unknown }[] = [];
  private readonly endHooks: ((exec: Execution) => void)[] = [];
  /** Scopes each person has granted (granular consent only). */
  readonly granted = new Map<string, Set<string>>();
  /** Consent prompts shown, in order: who, and the scopes asked for. */
  readonly consentPrompts: { user: string; scopes: string[] }[] = [];

  constructor(
    readonly opts: ResolvedOptions,
    readonly clock: FakeClock,
  ) {
    this.stack.push({
      id: 0,
      kind: 'direct',
      user: opts.activeUser,
      activeUser: opts.activeUser,
      authMode: AuthMode.FULL,
    });
  }

  get current(): Execution {
    return this.stack[this.stack.length - 1];
  }

  /** Deterministic ids: "prefix-1", "prefix-2", ... */
  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${this.seq}`;
  }

  nextNumber(): number {
    this.seq += 1;
    return this.seq;
  }

  onExecutionEnd(hook: (exec: Execution) => void): void {
    this.endHooks.push(hook);
  }

  /**
   * Runs fn as a separate execution. When it ends (normally or by an exception) the locks it holds
   * are released, as the Lock reference says: "Locks are released automatically when the script
   * terminates" (developers.google.com/apps-script/reference/lock/lock#releaselock).
   */
  run<T>(fn: () => T, exec: Omit<Execution, 'id'>, name?: string): T {
    const e: Execution = { ...exec, id: this.nextExecutionId++ };
    const record: (typeof this.executions)[number] = { id: e.id, kind: e.kind, user: e.user, name };
    this.executions.push(record);
    this.stack.push(e);
    try {
      return fn();
    } catch (err) {
      if (err instanceof ConsentPrompt) {
        // requireScopes ended the run and showed the consent screen: not a failure of the script.
        this.consentPrompts.push({ user: err.user, scopes: [...err.scopes] });
        return undefined as T;
      }
      record.error = err;
      throw err;
    } finally {
      this.stack.pop();
      for (const hook of this.endHooks) hook(e);
      // A killed run is over; whatever runs next (the next trigger, the next click) starts alive.
      if (this.stack.length === 1) this.counter.revive();
    }
  }

  /** Ends the ambient ("direct") execution: its locks are released, as at the end of a real run. */
  endDirectExecution(): void {
    const e = this.stack[0];
    for (const hook of this.endHooks) hook(e);
    this.stack[0] = { ...e, id: 0 };
  }

  /** Sets who the ambient execution (code called directly from a test) runs as. */
  setDirectUser(email: string): void {
    this.stack[0] = { ...this.stack[0], user: email, activeUser: email };
  }

  isOwner(email: string): boolean {
    return sameEmail(email, this.opts.ownerEmail);
  }

  /**
   * What User.getEmail() gives for `email` in the current execution. Reference for User.getEmail():
   * "the user's email address is not available in any context that allows a script to run without
   * that user's authorization, like a simple onOpen(e) or onEdit(e) trigger ... However, these
   * restrictions generally do not apply if the developer runs the script themselves or belongs to the
   * same Google Workspace domain as the user." Here the owner stands for the developer.
   */
  visibleEmail(email: string): string {
    const exec = this.current;
    if (!email) return '';
    const unauthorized =
      exec.kind === 'simpleTrigger' ||
      ((exec.kind === 'installableTrigger' || exec.kind === 'webApp') && !sameEmail(email, exec.user));
    if (!unauthorized || this.opts.revealUserInSimpleTriggers) return email;
    if (this.isOwner(email)) return email;
    if (this.opts.accountType === 'workspace' && domainOf(email) === domainOf(this.opts.ownerEmail)) return email;
    return '';
  }

  /**
   * Services that need authorization are refused in simple triggers (AuthMode.LIMITED), with the real
   * message "You do not have permission to call MailApp.sendEmail. Required permissions: <scope>"
   * (seen verbatim in many projects; the guide on simple triggers: "They cannot access services that
   * require authorization"). With options.oauthScopes set (the manifest's list), a call whose scope is
   * missing from it is refused the same way in every mode.
   */
  requireScope(method: string, scopes: readonly string[]): void {
    const limited = this.current.authMode === AuthMode.LIMITED;
    const listed = this.opts.oauthScopes;
    const missing = listed !== undefined && !scopes.some((s) => listed.includes(s));
    const notGranted = this.opts.granularConsent && !scopes.some((s) => this.hasGranted(this.current.user, s));
    if (limited || missing || notGranted) {
      throw new Error(`You do not have permission to call ${method}. Required permissions: ${scopes[0]}`);
    }
  }

  /** Whether `email` granted `scope` (always, without granular consent). */
  hasGranted(email: string, scope: string): boolean {
    if (!this.opts.granularConsent) return true;
    return this.granted.get(email.toLowerCase())?.has(scope) ?? false;
  }

  grant(email: string, scopes: readonly string[]): void {
    const key = email.toLowerCase();
    const set = this.granted.get(key) ?? new Set<string>();
    for (const s of scopes) set.add(s);
    this.granted.set(key, set);
  }

  user(email: string): GoogleAppsScript.Base.User {
    return gas(wrap(this.counter, 'User', new FakeUser(this.visibleEmail(email))));
  }
}

export class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated alias kept by the real class. */
  getUserLoginId(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export class FakeSession
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
    >
{
  constructor(private readonly env: Env) {}
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.env.user(this.env.current.activeUser);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.env.user(this.env.current.user);
  }
  getScriptTimeZone(): string {
    return this.env.opts.timeZone;
  }
  getActiveUserLocale(): string {
    return this.env.opts.locale.split('_')[0];
  }
  /** A stable opaque key per user (the real key is also opaque and per user). */
  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.env.current.activeUser).toString('base64');
  }
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** An email address from a string or a User object (Protection.addEditor accepts both). */
export function emailOf(userOrEmail: unknown): string {
  if (typeof userOrEmail === 'string') return userOrEmail;
  if (userOrEmail && typeof (userOrEmail as { getEmail?: unknown }).getEmail === 'function') {
    return (userOrEmail as { getEmail(): string }).getEmail();
  }
  throw new Error(`Invalid argument: ${String(userOrEmail)}`);
}
