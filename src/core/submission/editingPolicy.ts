import type { Config } from '../sheet/config';
import type { LogEntry } from '../sheet/log';
import { PROTECTION_TAG } from '../sheet/protections';
import { TABS, type TabKey } from '../sheet/schema';
import { splitList } from '../units/table';
import { lockReason, openRecord, SUBMISSION_TEXT, type SubmissionRecord, unitMayEdit, unitMayEditNow } from './state';

/**
 * Who may edit when, as the per-unit protections (tagged `#<unitId>`) carry it. Approval locks the unit's rows
 * and its Đơn vị row; after the deadline with "Nhận số liệu sau hạn" = "Không" the unit's data rows lock, while
 * its Đơn vị row stays open so a late submission is still possible.
 */
export type EditingLevel = 'open' | 'dataLocked' | 'locked';

/** Levels with the reason a locked unit is shown in its protections' descriptions. */
export type WantedLevels = Record<string, { level: EditingLevel; reason: string }>;

export interface LockChanges {
  locked: string[];
  unlocked: string[];
}

/** The tabs whose unit rows the deadline locks. */
export const DATA_TABS: readonly TabKey[] = ['indicators', 'tasks', 'issues'];
/** Every tab carrying per-unit protections. */
export const UNIT_PROTECTED_TABS: readonly TabKey[] = [...DATA_TABS, 'units'];
/** The level a unit without a record has (in the stored levels: tells when the deadline lock starts or ends). */
export const ANY_UNIT = '*';

export function editingLevel(record: SubmissionRecord, config: Config, now: Date): EditingLevel {
  if (!unitMayEdit(record)) return 'locked';
  return unitMayEditNow(record, config, now) ? 'open' : 'dataLocked';
}

const levelOf = (records: Record<string, SubmissionRecord>, config: Config, now: Date) => (unitId: string) =>
  editingLevel(records[unitId] ?? openRecord(unitId), config, now);

/** Has any known unit's level (or the level of units without a record) changed since `stored`? Reads no sheet. */
export function levelsChanged(
  stored: Record<string, EditingLevel>,
  records: Record<string, SubmissionRecord>,
  config: Config,
  now: Date,
): boolean {
  const levelFor = levelOf(records, config, now);
  const known = [...new Set([...Object.keys(stored), ...Object.keys(records)])];
  return (
    known.some((id) => (stored[id] ?? 'open') !== levelFor(id)) || levelFor(ANY_UNIT) !== (stored[ANY_UNIT] ?? 'open')
  );
}

export interface LockPlan extends LockChanges {
  /** The units whose protections to set, with their level and reason. */
  apply: WantedLevels;
  /** The levels to store for the next run. */
  next: Record<string, EditingLevel>;
}

/**
 * Which of `ids` to set: with `reapply` (after setup, daily, or one unit by hand) all of them, else only those
 * whose level changed since `stored`.
 */
export function planLocks(args: {
  stored: Record<string, EditingLevel>;
  records: Record<string, SubmissionRecord>;
  config: Config;
  now: Date;
  ids: readonly string[];
  reapply: boolean;
}): LockPlan {
  const { stored, records, config, now, ids, reapply } = args;
  const levelFor = levelOf(records, config, now);
  const plan: LockPlan = { apply: {}, locked: [], unlocked: [], next: { ...stored } };
  for (const id of ids) {
    const level = levelFor(id);
    const before = stored[id] ?? 'open';
    if (!reapply && before === level) continue;
    plan.apply[id] = { level, reason: lockReason(records[id] ?? openRecord(id), config, now) };
    if (level !== before) (level === 'open' ? plan.unlocked : plan.locked).push(id);
  }
  for (const id of ids) plan.next[id] = levelFor(id);
  plan.next[ANY_UNIT] = levelFor(ANY_UNIT);
  return plan;
}

/** The VHXH office's addresses, lower-cased: never removed from a protection. */
export function officeEmails(config: Config): string[] {
  return splitList(config.vhxhEmail).map((e) => e.toLowerCase());
}

const markerOf = (description: string) => /#([^\s#]+)$/.exec(description)?.[1] ?? null;
const baseOf = (description: string) => description.replace(/\s*#[^\s#]+$/, '').split(SUBMISSION_TEXT.lockSeparator)[0];

export interface ProtectionChange {
  unitId: string;
  /** Remove the unit's staff (true) or add them back (false). */
  locked: boolean;
  /** The unit's Google accounts to remove or add (never the VHXH office's). */
  emails: string[];
  /** The description to set (it says why the unit is locked). */
  description: string;
}

/** What to do with one protection of `tab`; null when it is not a listed unit's. */
export function protectionChange(
  tab: TabKey,
  description: string,
  wanted: WantedLevels,
  unitAccounts: (unitId: string) => readonly string[],
  office: readonly string[],
): ProtectionChange | null {
  if (!description.startsWith(PROTECTION_TAG)) return null;
  const unitId = markerOf(description);
  const want = unitId ? wanted[unitId] : undefined;
  if (!unitId || !want) return null;
  const locked = want.level === 'locked' || (want.level === 'dataLocked' && tab !== 'units');
  const emails = unitAccounts(unitId)
    .map((e) => e.toLowerCase())
    .filter((e) => !office.includes(e));
  return {
    unitId,
    locked,
    emails,
    description: `${baseOf(description)}${locked ? `${SUBMISSION_TEXT.lockSeparator}${want.reason}` : ''} #${unitId}`,
  };
}

/** Nhật ký entries for the lock changes a run made (upkeep, or a late edit through the installable trigger). */
export function lockLog(
  changes: LockChanges,
  facts: {
    records: Record<string, SubmissionRecord>;
    config: Config;
    now: Date;
    user: string;
    unitName: (unitId: string) => string;
  },
): LogEntry[] {
  const { records, config, now, user, unitName } = facts;
  const entry = (id: string, detail: string): LogEntry => ({
    time: now,
    user,
    action: 'editingLock',
    unitId: id,
    target: `${TABS.units.name}!${id}`,
    detail,
  });
  return [
    ...changes.locked.map((id) =>
      entry(id, SUBMISSION_TEXT.lockedLog(unitName(id), lockReason(records[id] ?? openRecord(id), config, now))),
    ),
    ...changes.unlocked.map((id) => entry(id, SUBMISSION_TEXT.unlockedLog(unitName(id)))),
  ];
}
