import { INTEGRITY_KEY, parseIntegrity, recordsDigest } from '../../core/sheet/integrity';
import type { EditingLevel } from '../../core/submission/editingPolicy';
import type { SubmissionRecord } from '../../core/submission/state';
import {
  EDITING_KEY,
  editingLevelsProperty,
  MIRROR_STALE_KEY,
  recordProperties,
  recordProperty,
  recordsFrom,
} from '../../core/submission/store';

/**
 * Where the submission state lives: records and editing levels in script properties (staff cannot type there; the
 * records' digest makes a change made there outside the tool visible). Keys and encoding are the core's
 * (submission/store). Row snapshots live in the rows (hidden column), not here.
 */
export function scriptProperties(): Record<string, string> {
  return PropertiesService.getScriptProperties().getProperties();
}

/** The records of a reporting year (Cấu hình's Năm báo cáo): another year's never count. */
export function loadRecords(year: number): Record<string, SubmissionRecord> {
  return recordsFrom(scriptProperties(), year);
}

/**
 * Saves a record and the digest of all records in one write, so the tool's own changes are never reported as
 * changes made outside it. `records`: every record after this change (read under the same lock).
 */
export function saveRecord(record: SubmissionRecord, year: number): void {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const [key, value] = recordProperty(record, year);
  const values: Record<string, string> = { [key]: value };
  const integrity = parseIntegrity(all[INTEGRITY_KEY]);
  if (integrity)
    values[INTEGRITY_KEY] = JSON.stringify({
      ...integrity,
      records: recordsDigest(recordProperties({ ...all, [key]: value })),
    });
  props.setProperties(values);
}

export function saveEditingLevels(levels: Record<string, EditingLevel>): void {
  PropertiesService.getScriptProperties().setProperty(EDITING_KEY, editingLevelsProperty(levels));
}

export const isMirrorStale = (all: Record<string, string>): boolean => !!all[MIRROR_STALE_KEY];

export function markMirrorStale(now: Date): void {
  PropertiesService.getScriptProperties().setProperty(MIRROR_STALE_KEY, now.toISOString());
}

export function clearMirrorStale(): void {
  PropertiesService.getScriptProperties().deleteProperty(MIRROR_STALE_KEY);
}
