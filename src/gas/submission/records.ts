import type { WorkbookData } from '../../core/sheet/workbook';
import type { AuditTab, RowSnapshot } from '../../core/submission/audit';
import type { EditingLevel } from '../../core/submission/editingPolicy';
import type { SubmissionRecord } from '../../core/submission/state';
import {
  EDITING_KEY,
  editingLevelsProperty,
  MIRROR_STALE_KEY,
  recordProperty,
  recordsFrom,
  snapshotProperties,
  snapshotsFrom,
  unitSnapshotProperties,
} from '../../core/submission/store';

/**
 * Where the submission state lives: records and editing levels in script properties (staff cannot type there),
 * row snapshots in document properties. Keys and encoding are the core's (submissionStore).
 */
export function scriptProperties(): Record<string, string> {
  return PropertiesService.getScriptProperties().getProperties();
}

/** The records of a reporting year (Cấu hình's Năm báo cáo): another year's never count. */
export function loadRecords(year: number): Record<string, SubmissionRecord> {
  return recordsFrom(scriptProperties(), year);
}

export function saveRecord(record: SubmissionRecord, year: number): void {
  PropertiesService.getScriptProperties().setProperty(...recordProperty(record, year));
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

/** A unit's input values at submission, so a later paste is logged with its old values. */
export function saveUnitSnapshots(workbook: WorkbookData, unitId: string): void {
  const props = unitSnapshotProperties(workbook, unitId);
  if (Object.keys(props).length) PropertiesService.getDocumentProperties().setProperties(props);
}

/** The stored snapshots of some rows, and a way to store the new ones (one read, at most one write). */
export function rowSnapshots(
  tab: AuditTab,
  rowKeys: readonly string[],
): { stored: Record<string, RowSnapshot | undefined>; save(snapshots: Record<string, RowSnapshot>): void } {
  const props = PropertiesService.getDocumentProperties();
  return {
    stored: snapshotsFrom(props.getProperties(), tab, rowKeys),
    save(snapshots) {
      const values = snapshotProperties(tab, snapshots);
      if (Object.keys(values).length) props.setProperties(values);
    },
  };
}
