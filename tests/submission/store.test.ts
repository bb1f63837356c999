/**
 * How records, editing levels and row snapshots are kept as string properties (src/core/submission/store.ts).
 */

import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';
import { sampleConfig } from '../../src/core/sample/workbook';
import { ColumnMap } from '../../src/core/sheet/table';
import { buildFreshWorkbook } from '../../src/core/sheet/workbook';
import { openRecord, type SubmissionRecord } from '../../src/core/submission/state';
import {
  EDITING_KEY,
  editingLevelsFrom,
  editingLevelsProperty,
  recordProperty,
  recordsFrom,
  snapshotKey,
  snapshotProperties,
  snapshotsFrom,
  unitSnapshotProperties,
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

describe('row snapshots', () => {
  test('keys: the row key on Chỉ tiêu / Nhiệm vụ, the unit id with the tab on Khó khăn - Đề xuất', () => {
    expect(snapshotKey('indicators', 'PL1-6@CA')).toBe('snap.PL1-6@CA');
    expect(snapshotKey('issues', 'CA')).toBe('snap.issues:CA');
  });

  test('stored and read back; an unreadable snapshot is none', () => {
    const props = snapshotProperties('indicators', { 'PL1-6@CA': { result: '100%', evidence: '' } });
    expect(props).toEqual({ 'snap.PL1-6@CA': '{"result":"100%","evidence":""}' });
    expect(
      snapshotsFrom({ ...props, 'snap.PL2-26@CA': '{bad' }, 'indicators', ['PL1-6@CA', 'PL2-26@CA', 'PL1-7@VP']),
    ).toEqual({ 'PL1-6@CA': { result: '100%', evidence: '' } });
  });

  test('at submission: every row of the unit on the three data tabs, input columns only, as the log shows them', () => {
    const workbook = buildFreshWorkbook(sampleConfig(), new UnitRegistry(DEFAULT_UNITS));
    const map = new ColumnMap('indicators', workbook.indicators.header);
    workbook.indicators.rows.find((r) => r[map.index('rowKey')] === 'PL1-6@CA')![map.index('result')] = ' 95% ';
    const props = unitSnapshotProperties(workbook, 'CA');
    const keys = Object.keys(props);
    expect(keys.filter((k) => !k.endsWith('@CA') && k !== 'snap.issues:CA')).toEqual([]);
    expect(keys).toContain('snap.issues:CA');
    expect(keys.filter((k) => k.startsWith('snap.PL'))).toHaveLength(13);
    const snapshot = JSON.parse(props['snap.PL1-6@CA']) as Record<string, string>;
    expect(snapshot.result).toBe('95%');
    expect(Object.keys(snapshot)).not.toContain('rowKey');
  });
});
