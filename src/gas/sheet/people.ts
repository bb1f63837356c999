/** Who is running: the VHXH office (or the owner) may write the whole sheet; a unit's staff only their cells. */
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
