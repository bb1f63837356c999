import { SUBMISSION_TEXT } from '../../core/submission/state';
import { UserFacingError } from '../userError';

/** Runs `action` holding the script lock, so two submissions or reviews never interleave. */
export function withScriptLock<T>(action: () => T): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(20 * 1000)) throw new UserFacingError(SUBMISSION_TEXT.busy);
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}
