/**
 * The Đơn vị mirror of the records (src/core/submission/mirror.ts): what to write, what is stale, what an edit of
 * the mirror leads to.
 */
import { type CalendarDate, startOfVietnamDay } from '../../src/core/dates';
import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';
import { sampleConfig } from '../../src/core/sample/workbook';
import { ColumnMap, type TableData } from '../../src/core/sheet/table';
import { buildFreshWorkbook } from '../../src/core/sheet/workbook';
import {
  mirrorEditOutcome,
  mirrorRefresh,
  mirrorRuns,
  officeMirrorCurrent,
  sameCell,
  spans,
  tickNote,
  touchesMirror,
  unitMirrorWrite,
  unrecordedTickLog,
} from '../../src/core/submission/mirror';
import { openRecord, type SubmissionRecord, type SubmissionState } from '../../src/core/submission/state';

const d = (day: number, month: number, year = 2026): CalendarDate => ({ year, month, day });
const vn = (day: CalendarDate, hour = 0, minute = 0) =>
  new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);
const config = sampleConfig();
const at = vn(d(28, 11), 16, 5);
const record = (unitId: string, state: SubmissionState, extra: Partial<SubmissionRecord> = {}): SubmissionRecord => ({
  ...openRecord(unitId),
  state,
  ...extra,
});
const submittedCA = record('CA', 'SUBMITTED', { submittedAt: at.toISOString(), submittedBy: 'congan@x.vn' });

function unitsTable(): { table: TableData; map: ColumnMap } {
  const table = buildFreshWorkbook(config, new UnitRegistry(DEFAULT_UNITS)).units;
  return { table, map: new ColumnMap('units', table.header) };
}
const cell = (t: { table: TableData; map: ColumnMap }, unitId: string, key: string) =>
  t.table.rows.find((r) => r[t.map.index('unitId')] === unitId)![t.map.index(key)];
const setCell = (t: { table: TableData; map: ColumnMap }, unitId: string, key: string, value: unknown) => {
  t.table.rows.find((r) => r[t.map.index('unitId')] === unitId)![t.map.index(key)] = value;
};

describe('comparing cells', () => {
  test('a checkbox reads TRUE, "true" and true alike; dates as the log shows them; text cleaned', () => {
    expect(sameCell(true, 'TRUE')).toBe(true);
    expect(sameCell('true', true)).toBe(true);
    expect(sameCell(false, '')).toBe(true);
    expect(sameCell(false, true)).toBe(false);
    expect(sameCell(at, new Date(at.getTime()))).toBe(true);
    expect(sameCell(' Đã duyệt ', 'Đã duyệt')).toBe(true);
    expect(sameCell('', undefined)).toBe(true);
  });
});

describe("writing one unit's mirror", () => {
  test('the six columns are one run after the e-mails; the staff columns are the first four', () => {
    const { map } = unitsTable();
    expect(
      mirrorRuns(map, ['submit', 'submittedAt', 'submittedBy', 'submissionStatus', 'approval', 'approvalComment']),
    ).toEqual([
      {
        start: map.index('submit'),
        keys: ['submit', 'submittedAt', 'submittedBy', 'submissionStatus', 'approval', 'approvalComment'],
      },
    ]);
    expect(mirrorRuns(map, ['approvalComment', 'submit'])).toEqual([
      { start: map.index('submit'), keys: ['submit'] },
      { start: map.index('approvalComment'), keys: ['approvalComment'] },
    ]);
  });

  test('columns missing from the header are skipped; a unit without a row gives nothing to write', () => {
    const t = unitsTable();
    const header = t.table.header.map((h, i) => (i === t.map.index('submittedBy') ? 'Cột khác' : h));
    const map = new ColumnMap('units', header);
    expect(mirrorRuns(map, ['submit', 'submittedAt', 'submittedBy', 'submissionStatus']).map((r) => r.keys)).toEqual([
      ['submit', 'submittedAt'],
      ['submissionStatus'],
    ]);
    expect(unitMirrorWrite(t.table, t.map, record('XYZ', 'SUBMITTED'), config)).toBeNull();
  });

  test('the row and values of the record', () => {
    const t = unitsTable();
    const write = unitMirrorWrite(t.table, t.map, submittedCA, config, [
      'submit',
      'submittedAt',
      'submittedBy',
      'submissionStatus',
    ])!;
    expect(t.table.rows[write.rowIndex][t.map.index('unitId')]).toBe('CA');
    expect(write.runs).toEqual([
      {
        start: t.map.index('submit'),
        keys: ['submit', 'submittedAt', 'submittedBy', 'submissionStatus'],
        values: [true, at, 'congan@x.vn', 'Đã gửi, chờ duyệt; gửi 28/11/2026 16:05 (đúng hạn)'],
      },
    ]);
  });

  test('after a staff submission the office columns are current unless the sheet still shows an old approval', () => {
    const t = unitsTable();
    expect(officeMirrorCurrent(t.table, t.map, submittedCA, config)).toBe(true);
    setCell(t, 'CA', 'approval', 'Bị trả lại');
    expect(officeMirrorCurrent(t.table, t.map, submittedCA, config)).toBe(false);
  });
});

describe("refreshing every unit's mirror", () => {
  test('once written, the mirror matches: nothing more to write', () => {
    const t = unitsTable();
    for (const block of mirrorRefresh(t.table, t.map, { CA: submittedCA }, config).blocks) {
      block.values.forEach((values, r) => values.forEach((v, j) => (t.table.rows[r][block.start + j] = v)));
    }
    expect(mirrorRefresh(t.table, t.map, { CA: submittedCA }, config)).toEqual({ unrecordedTicks: [], blocks: [] });
  });

  test('a record not shown yet: one block over every row, other units as "not submitted"', () => {
    const t = unitsTable();
    const refresh = mirrorRefresh(t.table, t.map, { CA: submittedCA }, config);
    expect(refresh.unrecordedTicks).toEqual([]);
    expect(refresh.blocks).toHaveLength(1);
    expect(refresh.blocks[0].values).toHaveLength(t.table.rows.length);
    const caRow = t.table.rows.findIndex((r) => r[t.map.index('unitId')] === 'CA');
    expect(refresh.blocks[0].values[caRow].slice(0, 3)).toEqual([true, at, 'congan@x.vn']);
    expect(refresh.blocks[0].values[(caRow + 1) % t.table.rows.length]).toEqual([false, '', '', 'Chưa gửi', '', '']);
  });

  test('a tick without a record is named (to log) and undone; a row without a unit id keeps its cells', () => {
    const t = unitsTable();
    setCell(t, 'VP', 'submit', true);
    const stray = t.table.header.map(() => '');
    stray[t.map.index('submit')] = 'x';
    t.table.rows.push(stray);
    const refresh = mirrorRefresh(t.table, t.map, {}, config);
    expect(refresh.unrecordedTicks).toEqual(['VP']);
    const vpRow = t.table.rows.findIndex((r) => r[t.map.index('unitId')] === 'VP');
    expect(refresh.blocks[0].values[vpRow][0]).toBe(false);
    expect(refresh.blocks[0].values[t.table.rows.length - 1][0]).toBe('x');
    expect(cell(t, 'VP', 'submit')).toBe(true);
    expect(unrecordedTickLog('VP', 'vhxh@x.vn', at)).toEqual({
      time: at,
      user: 'vhxh@x.vn',
      action: 'submitRefused',
      unitId: 'VP',
      target: 'Đơn vị!VP',
      detail:
        'Ô "Đã gửi báo cáo" được đánh dấu mà công cụ không có bản ghi gửi báo cáo; đã bỏ đánh dấu. Đơn vị gửi bằng menu Kế hoạch CĐS > Gửi báo cáo của đơn vị.',
    });
  });
});

describe('an edit of the mirror', () => {
  const base = { config, now: vn(d(29, 11), 9) };

  test('only edits that cover a mirror column count', () => {
    const { map } = unitsTable();
    expect(touchesMirror(map, 0, map.index('emails'))).toBe(false);
    expect(touchesMirror(map, map.index('approval'), map.index('approval'))).toBe(true);
    expect(touchesMirror(map, 0, map.index('submit'))).toBe(true);
    expect(spans(3, 3, 3)).toBe(true);
    expect(spans(-1, 0, 5)).toBe(false);
  });

  test('a tick on a report not submitted is a submission', () => {
    expect(mirrorEditOutcome({ ...base, record: openRecord('CA'), touchedSubmit: true, typedSubmit: true })).toEqual({
      submit: true,
    });
    expect(
      mirrorEditOutcome({ ...base, record: record('CA', 'RETURNED'), touchedSubmit: true, typedSubmit: 'TRUE' }),
    ).toEqual({ submit: true });
  });

  test('unticking a submitted or approved report says when, and who to ask', () => {
    expect(mirrorEditOutcome({ ...base, record: submittedCA, touchedSubmit: true, typedSubmit: false })).toEqual({
      submit: false,
      note: 'Đơn vị đã gửi báo cáo ngày 28/11/2026 lúc 16:05; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    });
    const approved = record('CA', 'APPROVED', {
      submittedAt: at.toISOString(),
      reviewedAt: vn(d(29, 11), 8, 30).toISOString(),
    });
    expect(mirrorEditOutcome({ ...base, record: approved, touchedSubmit: true, typedSubmit: '' })).toEqual({
      submit: false,
      note: 'Báo cáo của đơn vị đã được Phòng Văn hóa - Xã hội duyệt ngày 29/11/2026 lúc 08:30; muốn sửa, đề nghị Phòng Văn hóa - Xã hội mở lại.',
    });
  });

  test('anything else typed in the mirror is restored, with the reason', () => {
    const restored = { submit: false, note: 'Chỉ công cụ ghi các cột gửi báo cáo; giá trị đã được khôi phục.' };
    expect(mirrorEditOutcome({ ...base, record: openRecord('CA'), touchedSubmit: false, typedSubmit: true })).toEqual(
      restored,
    );
    expect(mirrorEditOutcome({ ...base, record: submittedCA, touchedSubmit: true, typedSubmit: true })).toEqual(
      restored,
    );
  });

  test('the checkbox note after a tick: empty when it went through, else the refusal', () => {
    expect(tickNote({ ok: true, message: 'Đã gửi' })).toBe('');
    expect(tickNote({ ok: false, message: 'Chưa thể gửi báo cáo: còn 1 mục' })).toBe(
      'Chưa gửi được báo cáo (ô đã được bỏ đánh dấu).\nChưa thể gửi báo cáo: còn 1 mục',
    );
  });
});
