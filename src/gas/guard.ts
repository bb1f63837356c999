/**
 * Every menu action runs through `guarded`: whatever goes wrong, the person sees one Vietnamese message (the
 * AppError's), never a stack trace or Google's English text; the technical detail goes to the execution log.
 */
import { toAppError } from '../core/errors';

/** The AppError behind any failure, logged for the IT person. */
export function explain(error: unknown) {
  const appError = toAppError(error);
  console.error(`[${appError.code}] ${appError.detail || appError.message}`);
  return appError;
}

/** Runs a menu action; a failure becomes an alert with the AppError's Vietnamese message. */
export function guarded(action: () => void): void {
  try {
    action();
  } catch (error) {
    SpreadsheetApp.getUi().alert(explain(error).message);
  }
}
