/**
 * Granular consent: `ScriptApp.requireScopes(AuthMode.FULL, scopes)` ends the run and shows Google's consent
 * screen for whatever is missing of `scopes` (ScriptApp reference; notes/clasp.md §4). @types/google-apps-script
 * lacks it, so it is declared here; on a runtime without it the action goes on (Google then asks for every scope).
 */
import { ACTION_SCOPES } from '../core/menu/scopes';

interface ScopedScriptApp {
  requireScopes?: (authMode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => void;
}

export function requireScopesFor(action: string): void {
  const scopes = ACTION_SCOPES[action];
  const app = ScriptApp as unknown as ScopedScriptApp;
  if (scopes && typeof app.requireScopes === 'function') app.requireScopes(ScriptApp.AuthMode.FULL, [...scopes]);
}
