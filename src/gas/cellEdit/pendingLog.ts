/**
 * Log entries made where Nhật ký cannot be written (a simple trigger or a menu run as a unit's staff member, who
 * may not edit Nhật ký) wait in script properties until the next run by the VHXH office or the installable
 * trigger flushes them.
 *
 * One property per entry (`pendingLog.v2.<time>.<random>.<n>`), each within Google's 9 kB per value: texts are
 * shortened by bytes, not characters (a Vietnamese letter takes up to 3 bytes). The queue is bounded so the store
 * (500 kB, shared with the records and the reminder journal) never fills: past MAX_QUEUED entries, new ones are
 * counted in one "more entries" entry instead. A flush takes the script lock (two flushes at once would write
 * the same entries twice) and deletes only the entries it wrote, so an entry queued meanwhile is never lost.
 */
import { COMMON_TEXT } from '../../core/messages';
import type { LogEntry } from '../../core/sheet/log';
import { utf8Bytes } from '../../core/text';
import { tryWithScriptLock } from '../lock';
import { appendLog } from '../sheet/io';

const PREFIX = 'pendingLog.v2.';
const OVERFLOW_KEY = 'pendingLog.overflow';
/** The list of version 1 (one JSON array), still read so nothing queued before an update is lost. */
const LEGACY_KEY = 'pendingLog.v1';
/** Bytes of one stored entry at most (9 kB per value, with room for the JSON around the texts). */
export const MAX_ENTRY_BYTES = 6 * 1024;
/** Entries kept waiting at most (about 200 kB of the 500 kB store in the worst case). */
export const MAX_QUEUED = 30;

interface StoredEntry extends Omit<LogEntry, 'time'> {
  time: string;
}

/** `text` cut to at most `bytes` UTF-8 bytes, with an ellipsis when cut. */
function clipBytes(text: string, bytes: number): string {
  if (utf8Bytes(text) <= bytes) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (n + size > bytes - 3) break;
    out += ch;
    n += size;
  }
  return `${out}…`;
}

function stored(e: LogEntry): StoredEntry {
  const share = Math.floor((MAX_ENTRY_BYTES - 600) / 4);
  const text = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'string' ? clipBytes(v, share) : v);
  return {
    ...e,
    user: clipBytes(String(e.user ?? ''), 300),
    time: e.time.toISOString(),
    detail: clipBytes(String(e.detail), share),
    target: e.target === undefined ? undefined : clipBytes(String(e.target), share),
    oldValue: text(e.oldValue),
    newValue: text(e.newValue),
  };
}

function queuedKeys(all: Readonly<Record<string, string>>): string[] {
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .sort();
}

/** Whether any entry waits (from properties already read). */
export function hasPendingLog(all: Readonly<Record<string, string>>): boolean {
  return Object.keys(all).some((k) => k.startsWith(PREFIX) || k === LEGACY_KEY || k === OVERFLOW_KEY);
}

export function queueLog(entries: readonly LogEntry[], all?: Readonly<Record<string, string>>): void {
  if (!entries.length) return;
  const props = PropertiesService.getScriptProperties();
  const waiting = queuedKeys(all ?? props.getProperties()).length;
  const room = Math.max(0, MAX_QUEUED - waiting);
  const values: Record<string, string> = {};
  const random = Math.random().toString(36).slice(2, 8);
  entries.slice(0, room).forEach((e, i) => {
    values[`${PREFIX}${String(e.time.getTime()).padStart(15, '0')}.${random}.${String(i).padStart(4, '0')}`] =
      JSON.stringify(stored(e));
  });
  const dropped = entries.length - Math.min(entries.length, room);
  if (dropped) {
    // Not the entries themselves: how many, so Nhật ký says some are missing and when.
    const previous = all ? all[OVERFLOW_KEY] : props.getProperty(OVERFLOW_KEY);
    const before = Number(String(previous ?? '0').split('|')[0]) || 0;
    values[OVERFLOW_KEY] = `${before + dropped}|${entries[0].time.toISOString()}`;
  }
  if (Object.keys(values).length) props.setProperties(values);
}

/**
 * Writes queued entries to Nhật ký in time order (call from runs that may write it); returns how many. Holds the
 * script lock (a run that already holds it keeps it); when the lock is busy nothing is flushed: the next run does.
 */
export function flushPendingLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return tryWithScriptLock(
    5000,
    () => flushHoldingLock(ss),
    () => 0,
  );
}

function flushHoldingLock(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const legacyStore = PropertiesService.getDocumentProperties();
  const legacy = legacyStore.getProperties();
  const keys = queuedKeys(all);
  const legacyKeys = queuedKeys(legacy);
  const entries: StoredEntry[] = [];
  const read = (raw: string | undefined) => {
    if (!raw) return;
    try {
      const parsed = JSON.parse(raw) as StoredEntry | StoredEntry[];
      entries.push(...(Array.isArray(parsed) ? parsed : [parsed]));
    } catch {
      // An unreadable entry is skipped (and removed) rather than blocking every later flush.
    }
  };
  read(legacy[LEGACY_KEY]);
  for (const key of legacyKeys) read(legacy[key]);
  for (const key of keys) read(all[key]);
  const overflow = all[OVERFLOW_KEY];
  const rows = entries
    .map((s) => ({ ...s, time: new Date(s.time) }))
    .sort((a, b) => a.time.getTime() - b.time.getTime());
  if (overflow) {
    const [count, since] = overflow.split('|');
    rows.push({
      time: new Date(since),
      user: '',
      action: 'logOverflow',
      detail: COMMON_TEXT.logOverflow(Number(count)),
    });
  }
  if (rows.length) appendLog(ss, rows);
  for (const key of keys) props.deleteProperty(key);
  if (overflow !== undefined) props.deleteProperty(OVERFLOW_KEY);
  for (const key of legacyKeys) legacyStore.deleteProperty(key);
  if (legacy[LEGACY_KEY] !== undefined) legacyStore.deleteProperty(LEGACY_KEY);
  return rows.length;
}
