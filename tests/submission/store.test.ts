/**
 * How records, editing levels and row snapshots are kept as string properties (src/core/submission/store.ts).
 */

import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';
import { sampleConfig } from '../../src/core/sample/workbook';
import { TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { buildFreshWorkbook } from '../../src/core/sheet/workbook';
import { openRecord, type SubmissionRecord } from '../../src/core/submission/state';
import {
  clipSnapshotText,
  decodeSnapshot,
  EDITING_KEY,
  editingLevelsFrom,
  editingLevelsProperty,
  encodeSnapshot,
  recordProperty,
  recordsFrom,
  unitSnapshotWrites,
} from '../../src/core/submission/store';

const submitted: SubmissionRecord = {
  ...openRecord('CA'),
  state: 'SUBMITTED',
  submittedAt: '2026-11-28T09:05:00.000Z',
  submittedBy: 'congan@x.vn',
};

describe('records', () => {
  test('a record round-trips through its property, under its reporting year', () => {
    const [key, value] = recordProperty(submitted, 2026);
    expect(key).toBe('submission.2026.CA');
    expect(recordsFrom({ [key]: value }, 2026)).toEqual({ CA: { ...submitted, year: 2026 } });
  });

  test('a year reads only its own records: the 2026 approval is not 2027s', () => {
    const approved: SubmissionRecord = { ...submitted, state: 'APPROVED', reviewedAt: '2026-11-25T03:00:00.000Z' };
    const all = Object.fromEntries([
      recordProperty(approved, 2026),
      recordProperty({ ...submitted, unitId: 'VP' }, 2027),
    ]);
    expect(Object.keys(recordsFrom(all, 2026))).toEqual(['CA']);
    expect(Object.keys(recordsFrom(all, 2027))).toEqual(['VP']);
    expect(recordsFrom(all, 2028)).toEqual({});
  });

  test('a record kept before records had a year belongs to the year it was sent in (Việt Nam time)', () => {
    // Sent at 23:30 on 31/12/2026 in Việt Nam (16:30 UTC): a 2026 report, late.
    const lateNight = { ...submitted, submittedAt: '2026-12-31T16:30:00.000Z' };
    const all = { 'submission.CA': JSON.stringify(lateNight), 'submission.VP': JSON.stringify(openRecord('VP')) };
    expect(recordsFrom(all, 2026)).toEqual({ CA: lateNight });
    expect(recordsFrom(all, 2027)).toEqual({});
    // A year-keyed record of the same unit wins over the old one.
    const keyed = {
      ...all,
      [recordProperty(submitted, 2026)[0]]: recordProperty({ ...submitted, submittedBy: 'b' }, 2026)[1],
    };
    expect(recordsFrom(keyed, 2026).CA.submittedBy).toBe('b');
  });

  test('damaged or foreign values read as no record (the unit reads as open); other properties are ignored', () => {
    const all = {
      'submission.CA': recordProperty(submitted, 2026)[1],
      'submission.VP': '{not json',
      'submission.KTHTDT': JSON.stringify({ unitId: 'KTHTDT', state: 'DONE' }),
      'submission.TTSNC': JSON.stringify({ state: 'OPEN' }),
      'submission.VHXH': 'null',
      'editing.v1': '{}',
      'pendingLog.v2.1': '{}',
    };
    expect(Object.keys(recordsFrom(all, 2026))).toEqual(['CA']);
  });
});

describe('editing levels', () => {
  test('round-trip; nothing stored or unreadable reads as none', () => {
    expect(editingLevelsFrom({ [EDITING_KEY]: editingLevelsProperty({ CA: 'locked', '*': 'dataLocked' }) })).toEqual({
      CA: 'locked',
      '*': 'dataLocked',
    });
    expect(editingLevelsFrom({})).toEqual({});
    expect(editingLevelsFrom({ [EDITING_KEY]: '{oops' })).toEqual({});
  });
});

describe('row snapshots (the hidden "Bản lưu" column of each row)', () => {
  test('encoded as JSON in the row, read back; an empty or unreadable cell is no snapshot', () => {
    const cell = encodeSnapshot({ result: '100%', evidence: '' });
    expect(cell).toBe('{"result":"100%","evidence":""}');
    expect(decodeSnapshot(cell)).toEqual({ result: '100%', evidence: '' });
    expect(decodeSnapshot('')).toBeUndefined();
    expect(decodeSnapshot('{bad')).toBeUndefined();
    expect(decodeSnapshot(42)).toBeUndefined();
  });

  test('a long text is kept within the cell limit (50,000 characters), shortened the same way the audit compares', () => {
    const long = 'Giải trình "chi tiết"\n'.repeat(3000);
    const cell = encodeSnapshot({ result: long, evidence: long, status: long, completedOn: long });
    expect(cell.length).toBeLessThanOrEqual(45_000);
    const back = decodeSnapshot(cell)!;
    expect(back.result.endsWith('…')).toBe(true);
    expect(clipSnapshotText('ngắn')).toBe('ngắn');
  });

  test("at submission: one write per run of the unit's rows, input columns only, as the log shows them", () => {
    const workbook = buildFreshWorkbook(sampleConfig(), new UnitRegistry(DEFAULT_UNITS));
    const map = new ColumnMap('indicators', workbook.indicators.header);
    workbook.indicators.rows.find((r) => r[map.index('rowKey')] === 'PL1-6@CA')![map.index('result')] = ' 95% ';
    const writes = unitSnapshotWrites('indicators', workbook.indicators, 'CA');
    expect(writes).toHaveLength(1);
    expect(writes[0].column).toBe(map.index('snapshot') + 1);
    const caRows = workbook.indicators.rows.filter((r) => String(r[map.index('rowKey')]).endsWith('@CA')).length;
    expect(caRows).toBeGreaterThan(1);
    expect(writes[0].values).toHaveLength(caRows);
    const rowIndex = workbook.indicators.rows.findIndex((r) => r[map.index('rowKey')] === 'PL1-6@CA');
    const snapshot = decodeSnapshot(writes[0].values[rowIndex + 2 - writes[0].startRow][0])!;
    expect(snapshot.result).toBe('95%');
    const inputs = TABS.indicators.columns.filter((c) => c.role === 'input').map((c) => c.key);
    expect(Object.keys(snapshot)).toEqual(inputs);
    expect(inputs).toContain('evidence');
    expect(unitSnapshotWrites('issues', workbook.issues, 'CA')).toHaveLength(1);
  });
});
