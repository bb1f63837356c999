/**
 * The script lock, one policy for every action that changes shared state (setup, submission, review, reminders,
 * the new year): a person clicking waits up to 20 s, a time-driven run up to 2 minutes. When the lock stays busy,
 * the action does nothing and says so with the one busy message.
 */
import { AppError } from '../core/errors';
import { COMMON_TEXT } from '../core/messages';

export const LOCK_WAIT_MS = { interactive: 20_000, background: 120_000 } as const;
export type LockWait = keyof typeof LOCK_WAIT_MS;

/** How deep this execution is inside withScriptLock: an inner call (setup → submission upkeep) runs as it is. */
let depth = 0;

/**
 * Runs `action` holding the script lock; throws AppError BUSY (nothing done) when the lock stays taken. Nested
 * calls do not lock again: whether a second tryLock in one execution is granted is not documented, and the inner
 * release would free the outer lock early.
 */
export function withScriptLock<T>(wait: LockWait, action: () => T): T {
  return tryWithScriptLock(LOCK_WAIT_MS[wait], action, () => {
    throw new AppError('BUSY', COMMON_TEXT.busy);
  });
}

/**
 * Runs `action` holding the script lock, waiting up to `waitMs`; when the lock stays taken, runs `busy` instead
 * (for triggers, which must not throw: they keep the work for the next run). Nesting-safe like withScriptLock.
 */
export function tryWithScriptLock<T>(waitMs: number, action: () => T, busy: () => T): T {
  if (depth > 0) return action();
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return busy();
  depth++;
  try {
    return action();
  } finally {
    depth--;
    lock.releaseLock();
  }
}
