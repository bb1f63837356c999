/**
 * The fake clock. It does not tick by itself: it moves only with set()/advance(), with
 * Utilities.sleep(ms), with a lock wait, and when the trigger helpers time-travel to a trigger's run.
 */
export class FakeClock {
  private ms: number;

  constructor(start?: Date | string | number) {
    this.ms = start === undefined ? Date.now() : toMs(start);
  }

  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  /** Accepts a Date, epoch ms, or an ISO string; give strings an offset ("2026-11-30T23:59:00+07:00"). */
  set(date: Date | string | number): Date {
    this.ms = toMs(date);
    return this.now();
  }

  advance(ms: number): Date {
    this.ms += ms;
    return this.now();
  }
}

function toMs(value: Date | string | number): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`FakeClock: not a date: ${String(value)}`);
  return ms;
}

/**
 * A Date class whose `new Date()` and `Date.now()` read the fake clock. Install it as `Date` in a
 * node:vm context so the bundle's "now" follows the clock (vm looks the sandbox's own properties up
 * first). Instances are real Dates of this realm.
 */
export function makeClockDate(clock: FakeClock): DateConstructor {
  const RealDate = Date;
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.nowMs());
      else super(...(args as [number]));
    }
    static now(): number {
      return clock.nowMs();
    }
    /** `v instanceof Date` holds for any Date (the fakes hand out Dates of the host realm). */
    static [Symbol.hasInstance](value: unknown): boolean {
      return isDate(value);
    }
  }
  return ClockDate as unknown as DateConstructor;
}

/** Cross-realm Date test (values written from a vm context are Dates of another realm). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
