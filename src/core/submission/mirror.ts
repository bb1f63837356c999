import type { Config } from '../sheet/config';
import type { LogEntry } from '../sheet/log';
import { TABS } from '../sheet/schema';
import type { ColumnMap, TableData } from '../sheet/table';
import { cleanText } from '../text';
import { showValue } from './audit';
import {
  MIRROR_KEYS,
  mirrorCells,
  openRecord,
  STAFF_MIRROR_KEYS,
  SUBMISSION_TEXT,
  type SubmissionRecord,
} from './state';

/**
 * The Đơn vị tab's submission columns are a copy ("mirror") of the records. Whatever is typed there is replaced
 * from the record; a tick in "Đã gửi báo cáo" is taken as a submission and checked like one.
 */
export interface MirrorRun {
  /** 0-based index of the run's first column. */
  start: number;
  keys: string[];
}

/** Equal as the sheet shows them; a checkbox reads TRUE / true alike. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean')
    return (
      (a === true || cleanText(a).toUpperCase() === 'TRUE') === (b === true || cleanText(b).toUpperCase() === 'TRUE')
    );
  return showValue(a) === showValue(b);
}

/** Contiguous runs of the given mirror keys' columns, so each run is written with one setValues. */
export function mirrorRuns(map: ColumnMap, keys: readonly string[]): MirrorRun[] {
  const columns = keys
    .map((k) => ({ key: k, index: map.index(k) }))
    .filter((c) => c.index >= 0)
    .sort((a, b) => a.index - b.index);
  const runs: MirrorRun[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === c.index) last.keys.push(c.key);
    else runs.push({ start: c.index, keys: [c.key] });
  }
  return runs;
}

const rowOfUnit = (table: TableData, map: ColumnMap, unitId: string) =>
  table.rows.findIndex((r) => cleanText(r[map.index('unitId')]) === unitId);

/** One unit's mirror cells to write (only `keys`), per run of columns; null when the unit has no row. */
export function unitMirrorWrite(
  table: TableData,
  map: ColumnMap,
  record: SubmissionRecord,
  config: Config,
  keys: readonly string[] = MIRROR_KEYS,
): { rowIndex: number; runs: (MirrorRun & { values: unknown[] })[] } | null {
  const rowIndex = rowOfUnit(table, map, record.unitId);
  if (rowIndex < 0) return null;
  const cells = mirrorCells(record, config);
  return { rowIndex, runs: mirrorRuns(map, keys).map((run) => ({ ...run, values: run.keys.map((k) => cells[k]) })) };
}

/**
 * Does the sheet already show the record's VHXH-only mirror cells (approval, comment)? A unit's staff cannot write
 * them, so after their own submission the mirror is complete only if these are current.
 */
export function officeMirrorCurrent(
  table: TableData,
  map: ColumnMap,
  record: SubmissionRecord,
  config: Config,
): boolean {
  const rowIndex = rowOfUnit(table, map, record.unitId);
  const cells = mirrorCells(record, config);
  const officeKeys = MIRROR_KEYS.filter((k) => !(STAFF_MIRROR_KEYS as readonly string[]).includes(k));
  return officeKeys.every((k) => map.index(k) < 0 || sameCell(table.rows[rowIndex]?.[map.index(k)], cells[k]));
}

export interface MirrorRefresh {
  /** Units whose "Đã gửi báo cáo" is ticked though the tool has no record of a submission. */
  unrecordedTicks: string[];
  /** Each run of mirror columns over every data row (from row 2); empty when the mirror already matches. */
  blocks: (MirrorRun & { values: unknown[][] })[];
}

/** Every unit's mirror as the records say (rows without a record read as "not submitted"; rows without a unit stay). */
export function mirrorRefresh(
  table: TableData,
  map: ColumnMap,
  records: Record<string, SubmissionRecord>,
  config: Config,
  /** Units whose tick waits to be processed: their row is left as it is. */
  pending: ReadonlySet<string> = new Set(),
): MirrorRefresh {
  const unrecordedTicks: string[] = [];
  let changed = false;
  const desired = table.rows.map((row) => {
    const unitId = cleanText(row[map.index('unitId')]);
    if (pending.has(unitId)) return null;
    const record = records[unitId] ?? openRecord(unitId);
    const cells = mirrorCells(record, config);
    for (const key of MIRROR_KEYS) {
      const i = map.index(key);
      if (i < 0 || !unitId) continue;
      if (!sameCell(row[i], cells[key])) {
        changed = true;
        if (key === 'submit' && !records[unitId] && sameCell(row[i], true)) unrecordedTicks.push(unitId);
      }
    }
    return unitId ? cells : null;
  });
  if (!changed) return { unrecordedTicks, blocks: [] };
  const blocks = mirrorRuns(map, MIRROR_KEYS).map((run) => ({
    ...run,
    values: table.rows.map((row, r) => run.keys.map((k, j) => (desired[r] ? desired[r]![k] : row[run.start + j]))),
  }));
  return { unrecordedTicks, blocks };
}

export function unrecordedTickLog(unitId: string, user: string, now: Date): LogEntry {
  return {
    time: now,
    user,
    action: 'submitRefused',
    unitId,
    target: `${TABS.units.name}!${unitId}`,
    detail: SUBMISSION_TEXT.unrecordedTick,
  };
}

/** Do the 0-based columns first..last include `index`? */
export const spans = (index: number, first: number, last: number): boolean => index >= first && index <= last;

/** Does an edit of the 0-based columns first..last touch any mirror column? */
export function touchesMirror(map: ColumnMap, first: number, last: number): boolean {
  return MIRROR_KEYS.map((k) => map.index(k))
    .filter((i) => i >= 0)
    .some((i) => spans(i, first, last));
}

/**
 * What an edit of a unit's mirror row leads to: a tick on a report not yet submitted is a submission; anything
 * else is undone from the record, with a note on the checkbox saying why.
 */
export function mirrorEditOutcome(args: {
  record: SubmissionRecord;
  config: Config;
  /** The edit covered the "Đã gửi báo cáo" column. */
  touchedSubmit: boolean;
  /** What that column holds now. */
  typedSubmit: unknown;
  now: Date;
}): { submit: true } | { submit: false; note: string } {
  const { record, config, touchedSubmit, typedSubmit, now } = args;
  const ticked = touchedSubmit && sameCell(typedSubmit, true);
  const submitted = record.state === 'SUBMITTED' || record.state === 'APPROVED';
  if (ticked && !submitted) return { submit: true };
  if (touchedSubmit && !sameCell(typedSubmit, mirrorCells(record, config).submit)) {
    return {
      submit: false,
      note:
        record.state === 'APPROVED'
          ? SUBMISSION_TEXT.approvedLocked(new Date(record.reviewedAt ?? now))
          : SUBMISSION_TEXT.alreadySubmitted(new Date(record.submittedAt ?? now)),
    };
  }
  return { submit: false, note: SUBMISSION_TEXT.tickRestored };
}

/** The checkbox note after a tick was checked as a submission: empty when it went through, else why not. */
export function tickNote(outcome: { ok: boolean; message: string }): string {
  return outcome.ok ? '' : `${SUBMISSION_TEXT.tickRefused}\n${outcome.message}`;
}
