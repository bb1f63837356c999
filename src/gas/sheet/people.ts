/** Who is running: the VHXH office (or the owner) may write the whole sheet; a unit's staff only their cells. */
import { AppError } from '../../core/errors';
import { splitList } from '../../core/judging/assess';
import type { Config } from '../../core/sheet/config';
import { currentUserEmail } from './io';

export function isVhxhOrOwner(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: Config,
  email: string = currentUserEmail(),
): boolean {
  const me = email.toLowerCase();
  if (!me) return false;
  const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  return me === owner || splitList(config.vhxhEmail).some((e) => e.toLowerCase() === me);
}

/**
 * Stops an action reserved to the VHXH office (the new year, loading a plan) for anyone else: AppError NOT_ALLOWED
 * with `message`, before anything is read or written. The one place that says who the VHXH office is, until the
 * roles of Cấu hình (issue 13) replace it.
 */
export function requireVhxh(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: Config, message: string): void {
  if (!isVhxhOrOwner(ss, config)) throw new AppError('NOT_ALLOWED', message);
}
