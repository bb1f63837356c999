/**
 * Tamper evidence on Apps Script (rules in core/sheet/integrity): checked by the tool's own runs as the VHXH office
 * (setup, the daily run, review, reminders, the data check), which then tell the office once and move the baseline.
 */
import {
  INTEGRITY_KEY,
  type IntegrityState,
  newIntegrity,
  type ProtectionView,
  parseIntegrity,
  protectionsDigest,
  recordsDigest,
  tamperFindings,
  verifyLog,
} from '../../core/sheet/integrity';
import { TABS } from '../../core/sheet/schema';
import { ColumnMap } from '../../core/sheet/table';
import { recordProperties } from '../../core/submission/store';
import { appendLog, currentUserEmail, sheetOf } from './io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Set when the tool itself changed protections where reading them all would cost too much (the edit trigger). */
export const PROTECTIONS_DIRTY_KEY = 'integrity.protectionsDirty';

function load(all: Readonly<Record<string, string>>): IntegrityState | null {
  return parseIntegrity(all[INTEGRITY_KEY]);
}

function save(state: IntegrityState): void {
  PropertiesService.getScriptProperties().setProperty(INTEGRITY_KEY, JSON.stringify(state));
}

/** Every protection of the tool's tabs, as plain data (a few calls per protection: daily and setup only). */
export function protectionViews(ss: Spreadsheet): ProtectionView[] {
  const views: ProtectionView[] = [];
  for (const tab of Object.values(TABS)) {
    const sheet = ss.getSheetByName(tab.name);
    if (!sheet) continue;
    for (const type of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE]) {
      for (const p of sheet.getProtections(type)) {
        views.push({
          sheet: tab.name,
          range: type === SpreadsheetApp.ProtectionType.SHEET ? '*' : p.getRange().getA1Notation(),
          description: p.getDescription(),
          editors: p.getEditors().map((u) => u.getEmail()),
        });
      }
    }
  }
  return views;
}

function readLog(ss: Spreadsheet): { rows: unknown[][]; checkIndex: number } | null {
  const sheet = sheetOf(ss, 'log');
  if (!sheet || sheet.getLastRow() < 2) return { rows: [], checkIndex: TABS.log.columns.length - 1 };
  const [header, ...rows] = sheet.getDataRange().getValues();
  const checkIndex = new ColumnMap('log', header).index('check');
  return checkIndex < 0 ? null : { rows, checkIndex };
}

/** Makes the secret on first use and takes the current state as the baseline (setup). */
export function baseline(ss: Spreadsheet, options: { protections?: boolean } = {}): void {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const state = load(all) ?? newIntegrity(Utilities.getUuid());
  const log = readLog(ss);
  if (log) {
    const v = verifyLog(state, log.rows, log.checkIndex);
    state.logRows = v.logRows;
    state.logDigest = v.logDigest;
  }
  state.records = recordsDigest(recordProperties(all));
  if (options.protections) {
    state.protections = protectionsDigest(protectionViews(ss));
    props.deleteProperty(PROTECTIONS_DIRTY_KEY);
  }
  save(state);
}

/**
 * Compares the log, the records and (when asked) the protections with the baseline. What changed outside the tool
 * is written to Nhật ký and returned (Vietnamese lines, for the office's alert or the summary e-mail); the
 * baseline then moves to the current state, so each change is reported once.
 */
export function verifyIntegrity(ss: Spreadsheet, options: { protections?: boolean } = {}): string[] {
  const props = PropertiesService.getScriptProperties();
  const all = props.getProperties();
  const state = load(all);
  if (!state) return [];
  const log = readLog(ss);
  const logCheck = log ? verifyLog(state, log.rows, log.checkIndex) : null;
  const records = recordsDigest(recordProperties(all));
  const recordsChanged = !!state.records && state.records !== records;
  let protections = state.protections;
  let protectionsChanged = false;
  if (options.protections) {
    protections = protectionsDigest(protectionViews(ss));
    protectionsChanged = !!state.protections && protections !== state.protections && !all[PROTECTIONS_DIRTY_KEY];
  }
  const findings = tamperFindings(logCheck, recordsChanged, protectionsChanged);
  const next: IntegrityState = {
    ...state,
    records,
    protections,
    logRows: logCheck?.logRows ?? state.logRows,
    logDigest: logCheck?.logDigest ?? state.logDigest,
  };
  if (findings.length) {
    const entry = {
      time: new Date(),
      user: currentUserEmail(),
      action: 'tampered' as const,
      detail: findings.join(' '),
    };
    appendLog(ss, [entry], { ...all, [INTEGRITY_KEY]: JSON.stringify(state) });
    // The entry just written is the tool's own: it joins the baseline.
    const after = readLog(ss);
    if (after) {
      const v = verifyLog(next, after.rows, after.checkIndex);
      next.logRows = v.logRows;
      next.logDigest = v.logDigest;
    }
  }
  save(next);
  if (options.protections) props.deleteProperty(PROTECTIONS_DIRTY_KEY);
  return findings;
}

/** The edit trigger changed protections (a lock whose time came): the next check takes them as they are. */
export function markProtectionsChanged(): void {
  PropertiesService.getScriptProperties().setProperty(PROTECTIONS_DIRTY_KEY, new Date().toISOString());
}
