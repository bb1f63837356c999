import { vietnamDateOf } from '../../core/dates';
import type { Config } from '../../core/sheet/config';
import type { LogEntry } from '../../core/sheet/log';
import {
  type LockChanges,
  levelsChanged,
  lockLog,
  officeEmails,
  planLocks,
  protectionChange,
  UNIT_PROTECTED_TABS,
  type WantedLevels,
} from '../../core/submission/editingPolicy';
import type { SubmissionRecord } from '../../core/submission/state';
import { editingLevelsFrom, recordsFrom } from '../../core/submission/store';
import { loadConfig } from '../sheet/configStore';
import { markProtectionsChanged } from '../sheet/integrity';
import { currentUserEmail, sheetOf } from '../sheet/io';
import { saveEditingLevels, scriptProperties } from './records';
import { type UnitsView, unitsView } from './units';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The editing locks: protections tagged `#<unitId>` get the unit's staff as editors or not, as the core's policy
 * says. Only runs as the VHXH office (owner) change protections: the review, the installable onEdit, the upkeep.
 */

/** Sets each listed unit's protections: its staff added or removed, the description saying why it is locked. */
/** Sets each unit protection to its wanted level; true when one was changed. */
function applyLevels(ss: Spreadsheet, wanted: WantedLevels, view: UnitsView, config: Config): boolean {
  let changed = false;
  const office = officeEmails(config);
  // The hardened mode (issue 16): units enter through their page only; their addresses are never given edit rights.
  const unitAccounts = (unitId: string) =>
    config.entryMode === 'page' ? [] : (view.states.find((s) => s.unit.id === unitId)?.accounts ?? []);
  for (const tab of UNIT_PROTECTED_TABS) {
    const sheet = sheetOf(ss, tab);
    if (!sheet) continue;
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = protection.getDescription();
      const change = protectionChange(tab, description, wanted, unitAccounts, office);
      if (!change) continue;
      changed = true;
      if (change.emails.length) {
        if (change.locked) protection.removeEditors(change.emails);
        else protection.addEditors(change.emails);
      }
      if (change.description !== description) protection.setDescription(change.description);
    }
  }
  return changed;
}

/**
 * Brings the protections in line with the records and the deadline. Without `force`, only units whose level
 * changed since the last run are touched (nothing is read when nothing changed); `force` re-applies every unit
 * (after setup rebuilt the protections, and once a day); `only` re-applies the units listed.
 */
export function syncEditingLocks(
  ss: Spreadsheet,
  now: Date,
  options: {
    force?: boolean;
    only?: readonly string[];
    config?: Config;
    records?: Record<string, SubmissionRecord>;
    view?: UnitsView;
    /** The script properties when the caller already read them. */
    all?: Record<string, string>;
  } = {},
): LockChanges {
  const all = options.all ?? scriptProperties();
  const config = options.config ?? loadConfig(vietnamDateOf(now));
  const records = options.records ?? recordsFrom(all, config.reportingYear);
  const stored = editingLevelsFrom(all);
  const reapply = !!options.force || !!options.only;
  if (!reapply && !levelsChanged(stored, records, config, now)) return { locked: [], unlocked: [] };
  const view = options.view ?? unitsView(ss, now);
  const plan = planLocks({
    stored,
    records,
    config,
    now,
    ids: options.only ?? view.states.map((s) => s.unit.id),
    reapply,
  });
  // The tool's own change: the next tamper check takes the protections as they are (reading them all here costs
  // too much in the edit trigger).
  if (Object.keys(plan.apply).length && applyLevels(ss, plan.apply, view, config)) markProtectionsChanged();
  saveEditingLevels(plan.next);
  return { locked: plan.locked, unlocked: plan.unlocked };
}

/** Nhật ký entries for the lock changes of this run, by whoever runs it. */
export function lockChangesLog(
  changes: LockChanges,
  view: UnitsView,
  records: Record<string, SubmissionRecord>,
  config: Config,
  now: Date,
): LogEntry[] {
  return lockLog(changes, { records, config, now, user: currentUserEmail(), unitName: view.name });
}
