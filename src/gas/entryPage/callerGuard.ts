/**
 * Deploying this project as a web app (the entry page) makes every public top-level function of it callable by any
 * visitor of the page through google.script.run, and the call runs as the office (executeAs USER_DEPLOYING): only
 * functions whose names end with "_" are hidden (HTML service guide, "Private functions"), and menus and triggers
 * need public names. So every function meant for a menu, a sidebar or a trigger refuses a call that no signed-in
 * person made: in a web app executed as the deployer, Session.getActiveUser() is empty for an anonymous visitor and
 * for other consumer accounts (User.getEmail reference), while a menu click or a sidebar button always runs for the
 * person who authorized it. The effective user (the office) must never stand in for the caller here.
 */

/** The signed-in person who caused this run ('' for an anonymous web page visitor or an unknown one). */
export function signedInCaller(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** True (and logged) when nobody signed in made this call: the caller must then do nothing. */
export function refuseAnonymousCall(functionName: string): boolean {
  if (signedInCaller()) return false;
  console.warn(`[ANONYMOUS_CALL] ${functionName} refused: no signed-in caller (a web page visitor?)`);
  return true;
}

/**
 * The daily trigger's run: a person (the owner's own run) or a genuine time-driven event of one of this project's
 * triggers. A web page visitor can send an object but cannot know a trigger's unique id.
 */
export function isTriggerOrPerson(e: unknown): boolean {
  if (signedInCaller()) return true;
  const uid = (e as { triggerUid?: unknown } | null)?.triggerUid;
  if (typeof uid !== 'string' || !uid) return false;
  try {
    return ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === uid);
  } catch {
    return false;
  }
}
