/**
 * Log entries made where Nhật ký cannot be written (a simple trigger or a menu run as a unit's staff member, who
 * may not edit Nhật ký) wait in document properties until the next run by the VHXH office or the installable
 * trigger flushes them.
 *
 * One property per entry (`pendingLog.v2.<time>.<random>`): a property value holds at most 9 kB, so a single
 * growing list overflowed after a few long entries (e.g. refused submissions with their list of problems); and a
 * flush deletes only the entries it wrote, so an entry queued meanwhile (the simple and the installable onEdit run
 * at the same time) is never lost. Long texts are shortened to fit one value; nothing is dropped.
 */
import type { LogEntry } from '../../core/sheet/log';
import { appendLog } from '../sheet/io';

const PREFIX = 'pendingLog.v2.';
/** The list of version 1 (one JSON array), still read so nothing queued before an update is lost. */
const LEGACY_KEY = 'pendingLog.v1';
/** Characters kept of each text field (Vietnamese letters take up to 3 bytes; 9 kB per value in all). */
const MAX_TEXT = 1500;

interface StoredEntry extends Omit<LogEntry, 'time'> {
  time: string;
}

const clip = (value: unknown): unknown =>
  typeof value === 'string' && value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;

function stored(e: LogEntry): StoredEntry {
  const text = (v: unknown) => clip(v instanceof Date ? v.toISOString() : v);
  return {
    ...e,
    time: e.time.toISOString(),
    detail: String(clip(e.detail)),
    target: e.target === undefined ? undefined : String(clip(e.target)),
    oldValue: text(e.oldValue),
    newValue: text(e.newValue),
  };
}

export function queueLog(entries: readonly LogEntry[]): void {
  if (!entries.length) return;
  const props: Record<string, string> = {};
  const random = Math.random().toString(36).slice(2, 8);
  entries.forEach((e, i) => {
    props[`${PREFIX}${String(e.time.getTime()).padStart(15, '0')}.${random}.${String(i).padStart(4, '0')}`] =
      JSON.stringify(stored(e));
  });
  PropertiesService.getDocumentProperties().setProperties(props);
}

/** Writes queued entries to Nhật ký in time order (call from runs that may write it); returns how many. */
export function flushPendingLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const keys = Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .sort();
  const entries: StoredEntry[] = [];
  if (all[LEGACY_KEY]) {
    try {
      entries.push(...(JSON.parse(all[LEGACY_KEY]) as StoredEntry[]));
    } catch {
      // An unreadable legacy list is dropped below; it cannot be written anyway.
    }
  }
  for (const key of keys) {
    try {
      entries.push(JSON.parse(all[key]) as StoredEntry);
    } catch {
      // An unreadable entry is skipped (and removed) rather than blocking every later flush.
    }
  }
  if (entries.length)
    appendLog(
      ss,
      entries.map((s) => ({ ...s, time: new Date(s.time) })),
    );
  for (const key of keys) props.deleteProperty(key);
  if (all[LEGACY_KEY] !== undefined) props.deleteProperty(LEGACY_KEY);
  return entries.length;
}
