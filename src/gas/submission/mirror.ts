import type { Config } from '../../core/sheet/config';
import type { LogEntry } from '../../core/sheet/log';
import { literalRows } from '../../core/sheet/table';
import { mirrorRefresh, unitMirrorWrite, unrecordedTickLog } from '../../core/submission/mirror';
import { MIRROR_KEYS, type SubmissionRecord } from '../../core/submission/state';
import { pendingTicksFrom } from '../../core/submission/store';
import { currentUserEmail } from '../sheet/io';
import type { UnitsView } from './units';

/** Writes the Đơn vị copy ("mirror") of the records; the core decides what it should say. */

/** Writes one unit's mirror cells (only `keys`), one setValues per run of columns. False when it has no row. */
export function writeMirror(
  view: UnitsView,
  record: SubmissionRecord,
  config: Config,
  keys: readonly string[] = MIRROR_KEYS,
): boolean {
  if (!view.sheet) return false;
  const write = unitMirrorWrite(view.table, view.map, record, config, keys);
  if (!write) return false;
  for (const run of write.runs) {
    view.sheet.getRange(write.rowIndex + 2, run.start + 1, 1, run.keys.length).setValues(literalRows([run.values]));
    run.values.forEach((v, i) => (view.table.rows[write.rowIndex][run.start + i] = v));
  }
  return true;
}

/**
 * Rewrites every unit's mirror from the records; a tick the tool did not record is undone and logged. Reads
 * nothing (the view is current), writes at most once per run of columns.
 */
export function refreshMirrors(
  view: UnitsView,
  records: Record<string, SubmissionRecord>,
  config: Config,
  now: Date,
  all: Readonly<Record<string, string>> = PropertiesService.getScriptProperties().getProperties(),
): LogEntry[] {
  if (!view.sheet || !view.table.rows.length) return [];
  const pending = new Set(pendingTicksFrom(all).map((t) => t.unitId));
  const refresh = mirrorRefresh(view.table, view.map, records, config, pending);
  const log = refresh.unrecordedTicks.map((unitId) => unrecordedTickLog(unitId, currentUserEmail(), now));
  for (const block of refresh.blocks) {
    view.sheet
      .getRange(2, block.start + 1, block.values.length, block.keys.length)
      .setValues(literalRows(block.values));
    block.values.forEach((values, r) => values.forEach((v, j) => (view.table.rows[r][block.start + j] = v)));
  }
  return log;
}
