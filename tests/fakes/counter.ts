/**
 * Counts every method call made on a fake object, by "Class.method" ("Range.getValues",
 * "Sheet.getRange"). Every fake is handed out wrapped in a Proxy (wrap()); code inside the fakes works
 * on the raw objects, so only calls made by the code under test are counted. A method that returns
 * its raw `this` (chaining) gets the proxy back, and proxies passed in as arguments are unwrapped.
 */

/** Classes of the Spreadsheet service: what "Spreadsheet service calls" means in the tests. */
export const SPREADSHEET_CLASSES = [
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
] as const;

const NOT_COUNTED = new Set(['constructor', 'toString', 'valueOf', 'toJSON', 'inspect']);
const LOG_LIMIT = 200_000;

/**
 * Thrown by every call once a run was killed (`CallCounter.killAfter`): Apps Script stops a run at its time limit
 * wherever it is ("Exceeded maximum execution time"), and nothing after that point runs, catch blocks included.
 */
export class ExecutionKilled extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'ExecutionKilled';
  }
}

export class CallCounter {
  private counts = new Map<string, number>();
  /** When set, the run is killed right after the first call for which it returns true. */
  private killRule: ((name: string, args: readonly unknown[]) => boolean) | null = null;
  /** The run was killed: every further call throws until the execution ends (`revive`). */
  killed = false;
  /** How many runs were killed. */
  kills = 0;

  /**
   * Kills the current run right after the call `rule` picks (the call itself completes: a sent e-mail is sent).
   * One shot: the rule is dropped once it fired.
   */
  killAfter(rule: (name: string, args: readonly unknown[]) => boolean): void {
    this.killRule = rule;
  }

  /** Before a call: a killed run can make none. */
  _checkAlive(): void {
    if (this.killed) throw new ExecutionKilled();
  }

  /** After a call: the kill rule may end the run here. */
  _afterCall(name: string, args: readonly unknown[]): void {
    if (this.killRule?.(name, args)) {
      this.killRule = null;
      this.killed = true;
      this.kills++;
    }
  }

  /** The execution ended: the next one runs normally. */
  revive(): void {
    this.killed = false;
  }
  /** Call names in order (kept up to 200 000 entries), handy when a count is off. */
  readonly log: string[] = [];

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (this.log.length < LOG_LIMIT) this.log.push(name);
  }

  /** Calls whose "Class.method" name starts with prefix (or any of the prefixes); all calls without one. */
  total(prefix?: string | readonly string[]): number {
    const prefixes = prefix === undefined ? [''] : typeof prefix === 'string' ? [prefix] : prefix;
    let sum = 0;
    for (const [name, n] of this.counts) if (prefixes.some((p) => name.startsWith(p))) sum += n;
    return sum;
  }

  /** Spreadsheet-service calls (classes in SPREADSHEET_CLASSES). Ui/Menu calls are not included. */
  spreadsheetCalls(): number {
    return this.total(SPREADSHEET_CLASSES.map((c) => `${c}.`));
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  byName(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.log.length = 0;
  }
}

const toProxy = new WeakMap<object, object>();
const toRaw = new WeakMap<object, object>();

/** Wraps a fake so calls on it are counted under `className`. Idempotent per object. */
export function wrap<T extends object>(counter: CallCounter, className: string, target: T): T {
  const existing = toProxy.get(target);
  if (existing) return existing as T;
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop === 'symbol' || NOT_COUNTED.has(prop) || prop.startsWith('_'))
        return value;
      return function counted(this: unknown, ...args: unknown[]) {
        counter._checkAlive();
        counter.record(`${className}.${prop}`);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrapDeep));
        counter._afterCall(`${className}.${prop}`, args);
        return outward(result);
      };
    },
  });
  toProxy.set(target, proxy);
  toRaw.set(proxy, target);
  return proxy;
}

/** The proxy for a raw fake (or the value itself). */
export function outward<T>(value: T): T {
  if (value && typeof value === 'object') {
    const p = toProxy.get(value as object);
    if (p) return p as T;
    if (Array.isArray(value)) return value.map(outward) as T;
  }
  return value;
}

/** The raw fake behind a proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  if (value && typeof value === 'object') {
    const raw = toRaw.get(value as object);
    if (raw) return raw as T;
  }
  return value;
}

/** Unwraps proxies, also inside arrays (DataValidation[][] for setDataValidations, Range[] ...). */
export function unwrapDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(unwrapDeep) as T;
  return unwrap(value);
}

/** Casts a fake to the official Apps Script type it stands for (fakes implement a subset). */
export function gas<T>(value: unknown): T {
  return value as T;
}
