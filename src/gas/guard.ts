/**
 * Every menu action runs through `guarded`: whatever goes wrong, the person sees one Vietnamese message (the
 * AppError's), never a stack trace or Google's English text; the technical detail goes to the execution log.
 */
import { toAppError } from '../core/errors';
import { requireScopesFor } from './scopes';

/** The AppError behind any failure, logged for the IT person. */
export function explain(error: unknown) {
  const appError = toAppError(error);
  console.error(`[${appError.code}] ${appError.detail || appError.message}`);
  return appError;
}

/**
 * Runs a menu action; a failure becomes an alert with the AppError's Vietnamese message. `scopesOf`: the menu
 * handler's name, whose scopes are asked for first (granular consent, core/menu/scopes.ts).
 */
export function guarded(action: () => void, scopesOf?: string): void {
  // Outside the try: when a scope is missing, Google ends the run here and shows its consent screen.
  if (scopesOf) requireScopesFor(scopesOf);
  try {
    action();
  } catch (error) {
    const appError = explain(error);
    try {
      SpreadsheetApp.getUi().alert(appError.message);
    } catch {
      // No one to show it to (no UI in this context): the execution log has it.
    }
  }
}
