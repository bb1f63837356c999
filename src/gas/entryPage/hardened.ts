/**
 * The hardened mode (Cấu hình "Chế độ nhập liệu: Trang nhập liệu"), for wards that share the sheet beyond the office:
 * any editor of a spreadsheet can change the script bound to it, which runs as whoever opens the file next, the office
 * included. So units are made viewers of the sheet and enter everything through their page; only office accounts stay
 * editors. Setup offers it: the office is asked before anyone's access changes, and each change is logged.
 * (Protections: in this mode setup and the editing locks give units' addresses no edit rights; see setup.ts, locks.ts.)
 */
import { ENTRY_PAGE_TEXT } from '../../core/entryPage/messages';
import type { Config } from '../../core/sheet/config';
import type { LogEntry } from '../../core/sheet/log';
import { officeEmails } from '../../core/submission/editingPolicy';
import { ownerEmail } from '../sheet/people';
import type { UnitsView } from '../submission/units';

/** Units' addresses that are editors of the spreadsheet (the office's own addresses excepted). */
export function unitEditors(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: Config, view: UnitsView): string[] {
  const office = new Set([ownerEmail(ss), ...officeEmails(config)].filter(Boolean));
  const units = new Set(view.states.flatMap((s) => s.accounts.map((e) => e.toLowerCase())));
  return ss
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e && units.has(e.toLowerCase()) && !office.has(e.toLowerCase()));
}

/**
 * Makes the units' editors viewers, when the office agrees. Returns the Nhật ký entries and the message to show
 * (null when there was nothing to change).
 */
export function offerHardenedSharing(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: Config,
  view: UnitsView,
  who: string,
  now: Date,
  ask: (question: string) => boolean,
): { log: LogEntry[]; message: string | null } {
  if (config.entryMode !== 'page') return { log: [], message: null };
  const editors = unitEditors(ss, config, view);
  if (!editors.length) return { log: [], message: null };
  if (!ask(ENTRY_PAGE_TEXT.hardened.question(editors))) return { log: [], message: ENTRY_PAGE_TEXT.hardened.kept };
  const log: LogEntry[] = [];
  for (const email of editors) {
    ss.removeEditor(email);
    ss.addViewer(email);
    log.push({ time: now, user: who, action: 'setup', target: email, detail: ENTRY_PAGE_TEXT.hardened.log(email) });
  }
  return { log, message: ENTRY_PAGE_TEXT.hardened.done(editors.length) };
}
