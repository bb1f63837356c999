import { SHEET_TEXT } from './messages';
import { asLiteral, rowInSchemaOrder } from './table';

/**
 * The Nhật ký tab: an append-only journal. The tool never deletes or rewrites an entry; every send,
 * submission, approval, late entry and restored overwrite is one row here.
 */
export const LOG_ACTIONS = SHEET_TEXT.logActions;

export type LogAction = keyof typeof LOG_ACTIONS;

export interface LogEntry {
  time: Date;
  user: string;
  action: LogAction;
  unitId?: string;
  /** The cell or row concerned, e.g. "Chỉ tiêu!N12" or a row key. */
  target?: string;
  detail: string;
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * A log entry as a Nhật ký row, in schema order. Every text is written as text: a value someone typed
 * ("=IMPORTXML(…)", "+84…") is shown in the log, never run there.
 */
export function logRow(entry: LogEntry): unknown[] {
  return rowInSchemaOrder('log', {
    time: entry.time,
    user: entry.user,
    action: LOG_ACTIONS[entry.action],
    unitId: entry.unitId ?? '',
    target: entry.target ?? '',
    detail: entry.detail,
    oldValue: entry.oldValue ?? '',
    newValue: entry.newValue ?? '',
  }).map(asLiteral);
}
