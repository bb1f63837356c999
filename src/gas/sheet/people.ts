/**
 * Who is running, and what they may do. The VHXH office (the accounts listed in Cấu hình) and the spreadsheet's
 * owner run setup, approvals, reminders and the new year; a unit's staff only their own rows and their own report.
 */

import { AppError } from '../../core/errors';
import { COMMON_TEXT } from '../../core/messages';
import type { Config } from '../../core/sheet/config';
import { officeEmails } from '../../core/submission/editingPolicy';
import { currentUserEmail } from './io';

/** The owner's e-mail, kept by setup so triggers need not ask Drive for it at every edit. */
export const OWNER_KEY = 'owner.v1';

/** The owner's e-mail (lower case; '' when Google does not say, e.g. a shared drive). */
export function ownerEmail(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  all?: Readonly<Record<string, string>>,
): string {
  const cached = all?.[OWNER_KEY];
  if (cached !== undefined) return cached;
  try {
    return ss.getOwner()?.getEmail().toLowerCase() ?? '';
  } catch {
    return '';
  }
}

export function isVhxhOrOwner(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: Config,
  email: string = currentUserEmail(),
  all?: Readonly<Record<string, string>>,
): boolean {
  const me = email.toLowerCase();
  if (!me) return false;
  return me === ownerEmail(ss, all) || officeEmails(config).includes(me);
}

/**
 * Refuses, in Vietnamese, an action reserved to the VHXH office. Before Cấu hình lists anyone, only the owner may
 * act (and anyone when Google does not name the owner, as on a shared drive: the first setup). Returns the e-mail.
 */
export function requireOffice(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: Config,
  action: string,
  email: string = currentUserEmail(),
): string {
  const bootstrap = officeEmails(config).length === 0 && ownerEmail(ss) === '';
  if (bootstrap || isVhxhOrOwner(ss, config, email)) return email;
  throw new AppError('NOT_ALLOWED', COMMON_TEXT.officeOnly(action, email));
}

/**
 * Stops an action reserved to the VHXH office (the new year, loading a plan) for anyone else: AppError NOT_ALLOWED
 * with `message`, before anything is read or written (the roles of `requireOffice`, with the action's own words).
 */
export function requireVhxh(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: Config, message: string): void {
  if (!isVhxhOrOwner(ss, config)) throw new AppError('NOT_ALLOWED', message);
}
