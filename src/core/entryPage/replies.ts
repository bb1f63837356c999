/** What the page's server calls answer: plain objects only (google.script.run passes no Date, no function). */
import type { EntryModel } from './model';
import type { RowResult } from './save';

export type Boot = { ok: true; model: EntryModel } | { ok: false; message: string };

export type SaveReply =
  | { ok: true; savedAt: string; results: RowResult[] }
  | { ok: false; message: string; nothingWritten: true };

export interface SubmitItem {
  message: string;
  /** The card the problem is on, when known. */
  cardId: string | null;
}

export type SubmitReply =
  | { ok: true; already: boolean; message: string; warnings: string[]; state: EntryModel['state'] }
  | { ok: false; message: string; items: SubmitItem[] };
