/**
 * From the sheet and the edit event to what the audit reads (src/core/submission/auditRows.ts).
 */

import { startOfVietnamDay } from '../../src/core/dates';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import type { EditedRow } from '../../src/core/submission/audit';
import {
  editedKeysAt,
  editedRows,
  eventOldValue,
  inputValues,
  rowKeyOf,
  rowStatusWithMarks,
  singleEdit,
  unitOfRow,
} from '../../src/core/submission/auditRows';

const header = (tab: 'indicators' | 'tasks' | 'issues') => TABS[tab].columns.map((c) => c.header);
const rowOf = (tab: 'indicators' | 'tasks' | 'issues', values: Record<string, unknown>) =>
  TABS[tab].columns.map((c) => values[c.key] ?? '');

describe('rows', () => {
  const map = new ColumnMap('indicators', header('indicators'));

  test('key and unit: after the last "@" on Chỉ tiêu / Nhiệm vụ; the unit id itself on Khó khăn - Đề xuất', () => {
    expect(rowKeyOf('indicators', map, rowOf('indicators', { rowKey: ' PL1-6@CA ' }))).toBe('PL1-6@CA');
    expect(unitOfRow('indicators', 'PL1-6@CA')).toBe('CA');
    expect(unitOfRow('tasks', 'RIENG-1@a@VP')).toBe('VP');
    expect(unitOfRow('tasks', 'PL3-I-1')).toBeNull();
    expect(unitOfRow('issues', 'CA')).toBe('CA');
    expect(unitOfRow('issues', '')).toBeNull();
    const issues = new ColumnMap('issues', header('issues'));
    expect(rowKeyOf('issues', issues, rowOf('issues', { unitId: 'CA', unitName: 'Công an phường' }))).toBe('CA');
  });

  test('only input columns are read, raw', () => {
    const values = inputValues(
      'indicators',
      map,
      rowOf('indicators', { rowKey: 'PL1-6@CA', result: '95%', name: 'Tên chỉ tiêu' }),
    );
    expect(values.result).toBe('95%');
    expect(Object.keys(values)).toEqual(TABS.indicators.columns.filter((c) => c.role === 'input').map((c) => c.key));
    expect(
      editedRows('indicators', map, [
        rowOf('indicators', { rowKey: 'PL1-6@CA', result: '95%' }),
        rowOf('indicators', {}),
      ]).map((r) => [r.rowKey, r.unitId, r.values.result]),
    ).toEqual([
      ['PL1-6@CA', 'CA', '95%'],
      ['', null, ''],
    ]);
  });
});

describe('the edit event', () => {
  const map = new ColumnMap('tasks', header('tasks'));
  const status = map.index('status');

  test('edited columns by key; columns the schema does not know are left out', () => {
    expect(editedKeysAt(map, [status, status + 1])).toEqual(['status', TABS.tasks.columns[status + 1].key]);
    expect(editedKeysAt(map, [TABS.tasks.columns.length + 3])).toEqual([]);
  });

  test("a date column's old value comes as a serial day number and is read as the Việt Nam date", () => {
    const serial = 46280; // 15/09/2026
    expect(eventOldValue('tasks', 'completedOn', serial)).toEqual(startOfVietnamDay({ year: 2026, month: 9, day: 15 }));
    expect(eventOldValue('tasks', 'completedOn', '46280.5')).toEqual(
      new Date(startOfVietnamDay({ year: 2026, month: 9, day: 15 }).getTime() + 12 * 3_600_000),
    );
    expect(eventOldValue('tasks', 'completedOn', '15/09/2026')).toBe('15/09/2026');
    expect(eventOldValue('tasks', 'status', '46280')).toBe('46280');
    expect(eventOldValue('tasks', 'status', undefined)).toBe('');
  });

  test('the single-cell old value goes with the first edited key; none without a known column', () => {
    expect(singleEdit('tasks', ['status'], 'Đang thực hiện')).toEqual({ key: 'status', oldValue: 'Đang thực hiện' });
    expect(singleEdit('tasks', [], 'x')).toBeUndefined();
  });
});

describe('marking the edited rows', () => {
  const rows: EditedRow[] = [
    { rowKey: 'PL1-6@CA', unitId: 'CA', values: {} },
    { rowKey: 'PL2-26@CA', unitId: 'CA', values: {} },
  ];
  const values = [
    ['PL1-6@CA', 'cũ 1'],
    ['PL2-26@CA', 'cũ 2'],
  ];

  test('marked rows get the mark, the others keep their note; nothing to write without marks or column', () => {
    expect(rowStatusWithMarks(values, 1, rows, { 'PL2-26@CA': 'Sửa sau khi gửi' })).toEqual([
      ['cũ 1'],
      ['Sửa sau khi gửi'],
    ]);
    expect(rowStatusWithMarks(values, 1, rows, {})).toBeNull();
    expect(rowStatusWithMarks(values, -1, rows, { 'PL1-6@CA': 'x' })).toBeNull();
  });
});
