import type { CalendarDate } from '../dates';
import { type HistoryEntry, HistoryIndex, historyRow } from '../history/history';
import { previousResultColumn } from '../newYear/newYear';
import { PLAN } from '../plan/catalog';
import { unitIdOf } from '../plan/rows';
import { DEFAULT_UNITS, UnitRegistry } from '../plan/units';
import { type Config, defaultConfig } from '../sheet/config';
import type { TabKey } from '../sheet/schema';
import { ColumnMap, type TableData } from '../sheet/table';
import { buildFreshWorkbook, type WorkbookData } from '../sheet/workbook';
import {
  SAMPLE_EXPLANATION,
  SAMPLE_HISTORY,
  SAMPLE_HISTORY_ARCHIVED_AT,
  SAMPLE_INDICATOR_ENTRIES,
  SAMPLE_ISSUES,
  SAMPLE_TASK_ENTRIES,
  SAMPLE_UNITS,
  type SampleEntry,
  sampleEntryTime,
} from './entries';

export const SAMPLE_YEAR = 2026;

export function sampleConfig(): Config {
  return {
    ...defaultConfig(SAMPLE_YEAR),
    wardName: PLAN.ward,
    vhxhEmail: 'vhxh@phuong-haiduong.example',
    reportNumber: '',
    signerName: 'Nguyễn Văn An',
    // A made-up request letter (the office types the real one): the report opens with "Thực hiện Công văn …".
    requestLetters: [
      'Công văn số 4210/SKHCN-CNTT ngày 20/11/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW và chuyển đổi số năm 2026',
    ],
  };
}

export function sampleRegistry(): UnitRegistry {
  return new UnitRegistry(
    DEFAULT_UNITS.map((u) => {
      const sample = SAMPLE_UNITS.find((s) => s.unitId === u.id);
      return { ...u, accounts: sample?.accounts ?? [], emails: sample?.emails ?? [] };
    }),
  );
}

/** Writes values into a table's rows, found by the key column; returns how many rows matched. */
function fill(tab: TabKey, table: TableData, keyColumn: string, key: string, values: Record<string, unknown>): boolean {
  const map = new ColumnMap(tab, table.header);
  const keyIndex = map.index(keyColumn);
  const row = table.rows.find((r) => r[keyIndex] === key);
  if (!row) return false;
  for (const [column, value] of Object.entries(values)) {
    const i = map.index(column);
    if (i >= 0 && value !== undefined) row[i] = value;
  }
  return true;
}

/** Rows a submitting unit left empty: tasks get a status, indicators an explanation of the missing figure. */
function completeUnitRows(workbook: WorkbookData, unitId: string, time: Date): void {
  for (const tab of ['indicators', 'tasks'] as const) {
    const map = new ColumnMap(tab, workbook[tab].header);
    workbook[tab].rows.forEach((row, i) => {
      if (!String(row[map.index('rowKey')]).endsWith(`@${unitId}`)) return;
      const input = tab === 'indicators' ? 'result' : 'status';
      if (row[map.index(input)] !== '' || row[map.index('evidence')] !== '') return;
      if (tab === 'indicators') row[map.index('evidence')] = SAMPLE_EXPLANATION;
      else row[map.index('status')] = i % 3 === 0 ? 'Hoàn thành' : 'Đang thực hiện';
      row[map.index('updatedAt')] = time;
    });
  }
}

/** Lịch sử with the sample's 2025 results, and "Kết quả năm trước" filled from it as setup fills it. */
function addHistory(workbook: WorkbookData, year: number): void {
  const map = new ColumnMap('indicators', workbook.indicators.header);
  const rowOf = (key: string) => workbook.indicators.rows.find((r) => r[map.index('rowKey')] === key);
  const entries: HistoryEntry[] = SAMPLE_HISTORY.map((h) => {
    const row = rowOf(h.rowKey);
    if (!row) throw new Error(`Sample history for unknown row ${h.rowKey}`);
    return {
      year: h.year,
      tab: 'indicators',
      rowKey: h.rowKey,
      unitId: unitIdOf(h.rowKey) ?? '',
      tt: String(row[map.index('tt')]),
      name: String(row[map.index('name')]),
      item: 'result',
      value: h.result,
      archivedAt: SAMPLE_HISTORY_ARCHIVED_AT,
    };
  });
  workbook.history = { header: workbook.history.header, rows: entries.map(historyRow) };
  const column = previousResultColumn(workbook.indicators, new HistoryIndex(entries), year);
  if (column) workbook.indicators.rows.forEach((row, i) => (row[map.index('previousResult')] = column[i][0]));
}

/** The sheet as it might look on `today`: the catalog plus the units' sample entries up to that day. */
export function buildSampleWorkbook(today: CalendarDate): {
  workbook: WorkbookData;
  config: Config;
  registry: UnitRegistry;
} {
  const config = sampleConfig();
  const registry = sampleRegistry();
  const workbook = buildFreshWorkbook(config, registry);
  const entryTime = new Map(SAMPLE_UNITS.map((u) => [u.unitId, sampleEntryTime(u, config.deadline, today)]));

  addHistory(workbook, config.reportingYear);
  const apply = (tab: 'indicators' | 'tasks', entries: readonly SampleEntry[]) => {
    for (const entry of entries) {
      const time = entryTime.get(unitIdOf(entry.rowKey) ?? '');
      if (!time) continue;
      const { rowKey, ...values } = entry;
      const typed = Object.values(values).some((v) => v);
      if (!fill(tab, workbook[tab], 'rowKey', rowKey, { ...values, updatedAt: typed ? time : undefined })) {
        throw new Error(`Sample entry for unknown row ${rowKey}`);
      }
    }
  };
  apply('indicators', SAMPLE_INDICATOR_ENTRIES);
  apply('tasks', SAMPLE_TASK_ENTRIES);
  // A unit that submits has filled or explained every row (the tool refuses a submission otherwise).
  for (const unit of SAMPLE_UNITS) {
    const time = entryTime.get(unit.unitId);
    if (time && unit.submits) completeUnitRows(workbook, unit.unitId, time);
  }
  for (const issue of SAMPLE_ISSUES) {
    const time = entryTime.get(issue.unitId);
    if (time) fill('issues', workbook.issues, 'unitId', issue.unitId, { ...issue, updatedAt: time });
  }
  for (const unit of SAMPLE_UNITS) {
    const time = entryTime.get(unit.unitId);
    if (time && unit.submits) {
      fill('units', workbook.units, 'unitId', unit.unitId, {
        submit: true,
        submittedAt: new Date(time.getTime() + 60 * 60 * 1000),
        submittedBy: unit.accounts[0],
      });
    }
  }
  return { workbook, config, registry };
}
