/**
 * PropertiesService and CacheService. Stores live as long as the fake, so they persist across
 * executions like the real ones.
 *
 * - Values are strings: setProperty coerces (the Lock reference sample stores a number with
 *   setProperty('lastTicketNumber', ticketNumber) and reads it back with Number(getProperty(...))).
 * - getProperty of a missing key returns null.
 * - Quotas page: "Properties value size 9kB / val", "Properties total storage 500kB / property store";
 *   over the value size the real error is "Argument too large: value" (as reported by users); over the store
 *   size "You have exceeded the property storage quota. Please remove some properties and try again." (same);
 *   a refused write changes nothing.
 * - User properties: one store per user the script runs as ("a property store that only the current
 *   user can access").
 * - Cache: values are strings, default expiration 600 s, maximum 21600 s, 100KB per value and keys of
 *   at most 250 characters (CacheService reference); expiry follows the fake clock.
 */
import type { Env } from './context';
import { type CallCounter, gas, wrap } from './counter';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
/** The real text when a store would pass 500 kB (reported verbatim by users, e.g. gcal-sync issue 115). */
export const STORE_FULL_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Bytes a store holds: keys and values, UTF-8 (Google does not say how it counts; bytes is the strict reading). */
export function storeBytes(store: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

type Properties = GoogleAppsScript.Properties.Properties;

export class FakeProperties
  implements
    Pick<
      Properties,
      | 'getProperty'
      | 'setProperty'
      | 'deleteProperty'
      | 'getProperties'
      | 'setProperties'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  constructor(readonly _store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    const v = String(value);
    if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    this.assertFits([[String(key), v]]);
    this._store.set(String(key), v);
    return gas(this);
  }
  /** The store after these writes stays within 500 kB, or nothing is written. */
  private assertFits(entries: readonly (readonly [string, string])[], replaceAll = false): void {
    const next = new Map(replaceAll ? [] : this._store);
    for (const [k, v] of entries) next.set(k, v);
    if (storeBytes(next) > MAX_STORE_BYTES) throw new Error(STORE_FULL_MESSAGE);
  }
  deleteProperty(key: string): Properties {
    this._store.delete(String(key));
    return gas(this);
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this._store);
  }
  /** setProperties(properties[, deleteAllOthers]) */
  setProperties(properties: { [key: string]: any }, deleteAllOthers = false): Properties {
    const entries = Object.entries(properties).map(([k, v]) => [k, String(v)] as const);
    for (const [, v] of entries)
      if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    this.assertFits(entries, deleteAllOthers);
    if (deleteAllOthers) this._store.clear();
    for (const [k, v] of entries) this._store.set(k, v);
    return gas(this);
  }
  deleteAllProperties(): Properties {
    this._store.clear();
    return gas(this);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
}

export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly user = new Map<string, Map<string, string>>();

  userStore(email: string): Map<string, string> {
    const key = email.toLowerCase();
    let m = this.user.get(key);
    if (!m) this.user.set(key, (m = new Map()));
    return m;
  }
}

export class FakePropertiesService
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
    >
{
  constructor(
    private readonly env: Env,
    private readonly stores: PropertyStores,
  ) {}
  private wrapStore(m: Map<string, string>): Properties {
    return gas(wrap(this.env.counter, 'Properties', new FakeProperties(m)));
  }
  getScriptProperties(): Properties {
    return this.wrapStore(this.stores.script);
  }
  getDocumentProperties(): Properties {
    return this.wrapStore(this.stores.document);
  }
  getUserProperties(): Properties {
    return this.wrapStore(this.stores.userStore(this.env.current.user));
  }
}

// --- CacheService -----------------------------------------------------------------------------------

type Cache = GoogleAppsScript.Cache.Cache;

export class FakeCache implements Pick<Cache, 'get' | 'put' | 'getAll' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, { value: string; expires: number }>,
  ) {}
  private check(key: string, value?: string): void {
    if (key.length > 250) throw new Error('Argument too large: key');
    if (value !== undefined && Buffer.byteLength(value) > 100 * 1024) throw new Error('Argument too large: value');
  }
  get(key: string): string | null {
    const e = this.store.get(key);
    if (!e) return null;
    if (e.expires <= this.env.clock.nowMs()) {
      this.store.delete(key);
      return null;
    }
    return e.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    const v = String(value);
    this.check(key, v);
    this.store.set(key, { value: v, expires: this.env.clock.nowMs() + Math.min(expirationInSeconds, 21600) * 1000 });
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  putAll(values: { [key: string]: string }, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}

export class FakeCacheService
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getDocumentCache' | 'getUserCache'>
{
  private readonly stores = new Map<string, Map<string, { value: string; expires: number }>>();
  constructor(
    private readonly env: Env,
    private readonly counter: CallCounter,
  ) {}
  private cache(name: string): Cache {
    let m = this.stores.get(name);
    if (!m) this.stores.set(name, (m = new Map()));
    return gas(wrap(this.counter, 'Cache', new FakeCache(this.env, m)));
  }
  getScriptCache(): Cache {
    return this.cache('script');
  }
  getDocumentCache(): Cache | null {
    return this.cache('document');
  }
  getUserCache(): Cache {
    return this.cache(`user:${this.env.current.user.toLowerCase()}`);
  }
}
