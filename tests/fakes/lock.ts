/**
 * LockService with contention from "another execution".
 *
 * - getScriptLock(): one lock for all users; getDocumentLock(): one for the bound document;
 *   getUserLock(): one per user (LockService reference).
 * - tryLock(ms) returns false on timeout; waitLock(ms) throws the real
 *   "Lock timeout: another process was holding the lock for too long." (the text scripts catch).
 * - hasLock(): "Returns true if the lock was acquired ... false if tryLock/waitLock was never called,
 *   timed out before the lock could be retrieved, or if releaseLock() was called".
 * - releaseLock(): "This method has no effect if the lock has not been acquired."
 * - Locks end with the execution that holds them ("Locks are released automatically when the script
 *   terminates"); see Env.run.
 * - Waiting costs time: a wait that times out moves the fake clock by the timeout; a lock held by the
 *   other execution with releaseAfterMs is acquired once that time has passed (clock moved to it).
 * - The same execution asking again gets the lock (re-entrant per execution): not documented; ours.
 */
import type { Env } from './context';
import { type CallCounter, gas, wrap } from './counter';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface LockState {
  /** Execution id holding it; -1 = held by the simulated other execution. */
  holder: number | null;
  releaseAt?: number;
}

export class LockControl {
  private states = new Map<string, LockState>();

  constructor(private readonly env: Env) {
    env.onExecutionEnd((e) => {
      for (const s of this.states.values()) if (s.holder === e.id) s.holder = null;
    });
  }

  _state(key: string): LockState {
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = { holder: null }));
    return s;
  }

  /** Makes "another execution" hold a lock; with releaseAfterMs it lets go at that fake time. */
  hold(key: 'script' | 'document' | { user: string }, opts: { releaseAfterMs?: number } = {}): { release(): void } {
    const s = this._state(typeof key === 'string' ? key : `user:${key.user.toLowerCase()}`);
    s.holder = -1;
    s.releaseAt = opts.releaseAfterMs === undefined ? undefined : this.env.clock.nowMs() + opts.releaseAfterMs;
    return { release: () => void (s.holder === -1 && (s.holder = null)) };
  }
  holdScriptLock(opts?: { releaseAfterMs?: number }) {
    return this.hold('script', opts);
  }
  holdDocumentLock(opts?: { releaseAfterMs?: number }) {
    return this.hold('document', opts);
  }
  /** Releases a lock held by the other execution. */
  release(key: 'script' | 'document' | { user: string } = 'script'): void {
    const s = this._state(typeof key === 'string' ? key : `user:${key.user.toLowerCase()}`);
    if (s.holder === -1) s.holder = null;
  }
  releaseScriptLock(): void {
    this.release('script');
  }
  /** Whether anyone holds the lock. */
  isHeld(key: 'script' | 'document' | { user: string } = 'script'): boolean {
    return this._state(typeof key === 'string' ? key : `user:${key.user.toLowerCase()}`).holder !== null;
  }
}

type Lock = GoogleAppsScript.Lock.Lock;

export class FakeLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  private acquiredBy: number | null = null;

  constructor(
    private readonly env: Env,
    private readonly control: LockControl,
    private readonly key: string,
  ) {}

  private state() {
    return this.control._state(this.key);
  }

  tryLock(timeoutInMillis: number): boolean {
    const s = this.state();
    const me = this.env.current.id;
    if (s.holder === -1 && s.releaseAt !== undefined && s.releaseAt <= this.env.clock.nowMs() + timeoutInMillis) {
      if (s.releaseAt > this.env.clock.nowMs()) this.env.clock.set(s.releaseAt);
      s.holder = null;
    }
    if (s.holder === null || s.holder === me) {
      s.holder = me;
      this.acquiredBy = me;
      return true;
    }
    this.env.clock.advance(Math.max(0, timeoutInMillis));
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    const s = this.state();
    if (this.acquiredBy !== null && s.holder === this.acquiredBy) s.holder = null;
    this.acquiredBy = null;
  }
  hasLock(): boolean {
    return this.acquiredBy !== null && this.state().holder === this.acquiredBy;
  }
}

export class FakeLockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>
{
  constructor(
    private readonly env: Env,
    private readonly control: LockControl,
    private readonly counter: CallCounter,
  ) {}
  private lock(key: string): Lock {
    return gas(wrap(this.counter, 'Lock', new FakeLock(this.env, this.control, key)));
  }
  getScriptLock(): Lock {
    return this.lock('script');
  }
  getDocumentLock(): Lock {
    return this.lock('document');
  }
  getUserLock(): Lock {
    return this.lock(`user:${this.env.current.user.toLowerCase()}`);
  }
}
