/**
 * Log entries made where Nhật ký cannot be written (a simple trigger runs as the unit's staff, who may not
 * edit Nhật ký) wait in document properties until the next run by the VHXH office or the installable
 * trigger flushes them. Bounded, so properties never overflow; nothing is silently dropped: an overflow
 * is itself recorded.
 */
import type { LogEntry, LogAction } from '../core/log';
import { appendLog } from './sheetIO';

const KEY = 'pendingLog.v1';
const MAX_ENTRIES = 200;

interface StoredEntry extends Omit<LogEntry, 'time'> {
  time: string;
}

function read(): StoredEntry[] {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return [];
  try {
    return JSON.parse(raw) as StoredEntry[];
  } catch {
    return [];
  }
}

export function queueLog(entries: readonly LogEntry[]): void {
  const stored = read();
  for (const e of entries) {
    stored.push({ ...e, time: e.time.toISOString(), oldValue: e.oldValue instanceof Date ? e.oldValue.toISOString() : e.oldValue, newValue: e.newValue instanceof Date ? e.newValue.toISOString() : e.newValue });
  }
  const overflow = stored.length - MAX_ENTRIES;
  const kept = overflow > 0 ? stored.slice(overflow) : stored;
  if (overflow > 0) kept.unshift({ time: new Date().toISOString(), user: '', action: 'restoreComputed' as LogAction, detail: `${overflow} mục nhật ký chờ ghi đã bị bỏ do vượt giới hạn lưu tạm` });
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(kept));
}

/** Writes queued entries to Nhật ký (call from runs that may write it). */
export function flushPendingLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const stored = read();
  if (!stored.length) return 0;
  appendLog(
    ss,
    stored.map((s) => ({ ...s, time: new Date(s.time) })),
  );
  PropertiesService.getDocumentProperties().deleteProperty(KEY);
  return stored.length;
}
