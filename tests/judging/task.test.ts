import type { CalendarDate } from '../../src/core/dates';
import { judgeTask, type TaskInput } from '../../src/core/judging/task';
import { type CompletionTime, parseCompletionTime } from '../../src/core/judging/taskTime';
import type { TaskVerdict } from '../../src/core/judging/verdicts';
import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { SAMPLE_TASK_ENTRIES } from '../../src/core/sample/entries';

const d = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });

describe('parseCompletionTime', () => {
  test.each<[string, CompletionTime]>([
    ['9/2025', { kind: 'due', due: d(30, 9, 2025), text: '9/2025' }],
    ['12/2025', { kind: 'due', due: d(31, 12, 2025), text: '12/2025' }],
    ['2/2028', { kind: 'due', due: d(29, 2, 2028), text: '2/2028' }],
    ['tháng 9/2025', { kind: 'due', due: d(30, 9, 2025), text: 'tháng 9/2025' }],
    ['Tháng 12 năm 2025', { kind: 'due', due: d(31, 12, 2025), text: 'Tháng 12 năm 2025' }],
    ['Quý IV/2026', { kind: 'due', due: d(31, 12, 2026), text: 'Quý IV/2026' }],
    ['Quý 4/2026', { kind: 'due', due: d(31, 12, 2026), text: 'Quý 4/2026' }],
    ['quý I năm 2027', { kind: 'due', due: d(31, 3, 2027), text: 'quý I năm 2027' }],
    ['Quý II/2026', { kind: 'due', due: d(30, 6, 2026), text: 'Quý II/2026' }],
    ['Quý III/2026', { kind: 'due', due: d(30, 9, 2026), text: 'Quý III/2026' }],
    ['2026', { kind: 'due', due: d(31, 12, 2026), text: '2026' }],
    ['Năm 2026', { kind: 'due', due: d(31, 12, 2026), text: 'Năm 2026' }],
    ['trong năm 2026', { kind: 'due', due: d(31, 12, 2026), text: 'trong năm 2026' }],
    ['Trước năm 2027', { kind: 'due', due: d(31, 12, 2026), text: 'Trước năm 2027' }],
    ['30/11/2026', { kind: 'due', due: d(30, 11, 2026), text: '30/11/2026' }],
    ['Trước 30/11/2026', { kind: 'due', due: d(30, 11, 2026), text: 'Trước 30/11/2026' }],
    ['6 tháng đầu năm 2026', { kind: 'due', due: d(30, 6, 2026), text: '6 tháng đầu năm 2026' }],
    [
      'Hoàn thành kết nối tháng 12/2026',
      { kind: 'due', due: d(31, 12, 2026), text: 'Hoàn thành kết nối tháng 12/2026' },
    ],
    ['2026-2030', { kind: 'range', start: 2026, end: 2030, due: d(31, 12, 2030), text: '2026-2030' }],
    ['2026 – 2030', { kind: 'range', start: 2026, end: 2030, due: d(31, 12, 2030), text: '2026 - 2030' }],
    [
      'Giai đoạn 2026 - 2030',
      { kind: 'range', start: 2026, end: 2030, due: d(31, 12, 2030), text: 'Giai đoạn 2026 - 2030' },
    ],
    [
      'từ năm 2026 đến năm 2030',
      { kind: 'range', start: 2026, end: 2030, due: d(31, 12, 2030), text: 'từ năm 2026 đến năm 2030' },
    ],
    ['Hằng năm', { kind: 'recurring', every: 'year', from: null, text: 'Hằng năm' }],
    ['Hàng năm', { kind: 'recurring', every: 'year', from: null, text: 'Hàng năm' }],
    ['hằng năm', { kind: 'recurring', every: 'year', from: null, text: 'hằng năm' }],
    ['Định kỳ hằng năm', { kind: 'recurring', every: 'year', from: null, text: 'Định kỳ hằng năm' }],
    ['Thường xuyên', { kind: 'recurring', every: 'continuous', from: null, text: 'Thường xuyên' }],
    ['Thường xuyên.', { kind: 'recurring', every: 'continuous', from: null, text: 'Thường xuyên.' }],
    ['Hằng quý', { kind: 'recurring', every: 'continuous', from: null, text: 'Hằng quý' }],
    [
      'Năm 2025 và những năm tiếp theo',
      { kind: 'recurring', every: 'year', from: 2025, text: 'Năm 2025 và những năm tiếp theo' },
    ],
    ['Từ năm 2026', { kind: 'recurring', every: 'year', from: 2026, text: 'Từ năm 2026' }],
    [
      'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử',
      {
        kind: 'conditional',
        condition: 'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử',
        text: 'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử',
      },
    ],
    [
      'Theo triển khai của Sở Tư pháp',
      { kind: 'conditional', condition: 'Theo triển khai của Sở Tư pháp', text: 'Theo triển khai của Sở Tư pháp' },
    ],
    [
      'Theo hướng dẫn thành phố',
      { kind: 'conditional', condition: 'Theo hướng dẫn thành phố', text: 'Theo hướng dẫn thành phố' },
    ],
    ['Chờ hướng dẫn của Sở', { kind: 'conditional', condition: 'Chờ hướng dẫn của Sở', text: 'Chờ hướng dẫn của Sở' }],
    ['', { kind: 'unknown', text: '' }],
    ['Sớm nhất có thể', { kind: 'unknown', text: 'Sớm nhất có thể' }],
    ['13/2026', { kind: 'unknown', text: '13/2026' }],
    ['2030-2026', { kind: 'unknown', text: '2030-2026' }],
    ['2026, 2027', { kind: 'unknown', text: '2026, 2027' }],
  ])('%p', (text, expected) => {
    expect(parseCompletionTime(text)).toEqual(expected);
  });

  test('decomposed Unicode and non-breaking spaces', () => {
    expect(parseCompletionTime('Quý\u00a0IV/2026'.normalize('NFD')).kind).toBe('due');
    expect(parseCompletionTime('Hằng năm'.normalize('NFD'))).toMatchObject({ kind: 'recurring', every: 'year' });
  });

  test('every task completion time in the catalog is understood (none is "unknown")', () => {
    const tasks = PLAN_CATALOG.filter((r) => r.kind === 'task');
    expect(tasks.length).toBeGreaterThan(40);
    const unknown = tasks
      .filter((r) => parseCompletionTime(r.completionTime).kind === 'unknown')
      .map((r) => `${r.id}: ${r.completionTime}`);
    expect(unknown).toEqual([]);
  });

  test('the catalog times fall into the expected kinds', () => {
    const kinds = new Map(
      PLAN_CATALOG.filter((r) => r.kind === 'task').map((r) => [r.id, parseCompletionTime(r.completionTime).kind]),
    );
    expect(kinds.get('PL3-I-1')).toBe('recurring');
    expect(kinds.get('PL3-III-1')).toBe('conditional');
    expect(kinds.get('PL3-III-2')).toBe('conditional');
    expect(kinds.get('PL3-III-4')).toBe('due');
    expect(kinds.get('PL3-V-1')).toBe('recurring');
    expect(kinds.get('PL3-VI-1')).toBe('conditional');
    expect(kinds.get('PL4-2')).toBe('due');
    expect(kinds.get('PL4-22')).toBe('range');
    expect(kinds.get('PL4-25.5')).toBe('due');
    expect(kinds.get('PL4-30')).toBe('conditional');
  });
});

const TODAY = d(25, 11, 2026);
const task = (completionTime: string, status: unknown, extra: Partial<TaskInput> = {}) =>
  judgeTask({ completionTime, status, completedOn: '', year: 2026, today: TODAY, ...extra });

describe('judgeTask', () => {
  const CASES: [string, unknown, unknown, CalendarDate, TaskVerdict, string][] = [
    // dated tasks
    ['9/2025', 'Hoàn thành', '15/09/2025', TODAY, 'DONE', 'Hoàn thành ngày 15/09/2025, trong hạn 30/09/2025'],
    ['9/2025', 'Hoàn thành', '30/09/2025', TODAY, 'DONE', 'trong hạn 30/09/2025'],
    [
      '9/2025',
      'Hoàn thành',
      '01/10/2025',
      TODAY,
      'DONE_LATE',
      'Hoàn thành ngày 01/10/2025, chậm 1 ngày so với hạn 30/09/2025',
    ],
    ['9/2025', 'Hoàn thành', '20/10/2025', TODAY, 'DONE_LATE', 'chậm 20 ngày'],
    ['9/2025', 'Hoàn thành', '', TODAY, 'NEEDS_REVIEW', 'chưa ghi ngày hoàn thành; hạn 30/09/2025 đã qua'],
    ['9/2025', 'Hoàn thành', '', d(1, 9, 2025), 'DONE', 'Đơn vị báo hoàn thành; hạn 30/09/2025 chưa qua'],
    ['9/2025', 'Đang thực hiện', '', TODAY, 'OVERDUE', 'Quá hạn 30/09/2025 đã 421 ngày; tình trạng: Đang thực hiện'],
    ['9/2025', 'Chưa thực hiện', '', TODAY, 'OVERDUE', 'tình trạng: Chưa thực hiện'],
    ['9/2025', 'Đang thực hiện', '', d(30, 9, 2025), 'IN_PROGRESS', 'Đang thực hiện; hạn 30/09/2025 (còn 0 ngày)'],
    ['9/2025', 'Đang thực hiện', '', d(1, 10, 2025), 'OVERDUE', 'Quá hạn 30/09/2025 đã 1 ngày'],
    ['Quý IV/2026', 'Đang thực hiện', '', TODAY, 'IN_PROGRESS', 'Đang thực hiện; hạn 31/12/2026 (còn 36 ngày)'],
    ['Quý IV/2026', 'Chưa thực hiện', '', TODAY, 'NOT_DUE', 'Chưa thực hiện; hạn 31/12/2026 chưa đến (còn 36 ngày)'],
    ['Quý IV/2026', 'Đang thực hiện', '', d(1, 1, 2027), 'OVERDUE', 'Quá hạn 31/12/2026 đã 1 ngày'],
    ['2026', 'Hoàn thành', '10/11/2026', TODAY, 'DONE', 'trong hạn 31/12/2026'],
    ['2026', 'Chưa thực hiện', '', TODAY, 'NOT_DUE', 'hạn 31/12/2026'],
    [
      '12/2025',
      'Hoàn thành',
      '05/02/2026',
      TODAY,
      'DONE_LATE',
      'Hoàn thành ngày 05/02/2026, chậm 36 ngày so với hạn 31/12/2025',
    ],
    ['12/2025', 'Đang thực hiện', '', TODAY, 'OVERDUE', 'Quá hạn 31/12/2025'],
    ['Hoàn thành kết nối tháng 12/2026', 'Đang thực hiện', '', TODAY, 'IN_PROGRESS', 'hạn 31/12/2026'],
    // ranges
    ['2026-2030', 'Đang thực hiện', '', TODAY, 'IN_PROGRESS', 'hạn 31/12/2030'],
    ['2026-2030', 'Chưa thực hiện', '', TODAY, 'NOT_DUE', 'Chưa thực hiện; giai đoạn 2026-2030, hạn 31/12/2030'],
    ['2026-2030', 'Hoàn thành', '01/06/2026', TODAY, 'DONE', 'trong hạn 31/12/2030'],
    ['2026-2030', 'Đang thực hiện', '', d(2, 1, 2031), 'OVERDUE', 'Quá hạn 31/12/2030'],
    // recurring
    ['Hằng năm', 'Hoàn thành', '', TODAY, 'DONE', "Đơn vị báo hoàn thành nhiệm vụ năm 2026 (thời gian: 'Hằng năm')"],
    ['Hàng năm', 'Hoàn thành', '15/03/2026', TODAY, 'DONE', 'ngày 15/03/2026'],
    ['Hằng năm', 'Hoàn thành', '15/03/2025', TODAY, 'NEEDS_REVIEW', 'Ngày hoàn thành 15/03/2025 không thuộc năm 2026'],
    ['Hằng năm', 'Đang thực hiện', '', TODAY, 'IN_PROGRESS', "Đang thực hiện (thời gian: 'Hằng năm')"],
    [
      'Hằng năm',
      'Chưa thực hiện',
      '',
      TODAY,
      'NOT_DUE',
      'Chưa thực hiện nhiệm vụ năm 2026; hạn 31/12/2026 (còn 36 ngày)',
    ],
    ['Hằng năm', 'Đang thực hiện', '', d(5, 1, 2027), 'OVERDUE', 'Quá hạn 31/12/2026 đã 5 ngày'],
    ['Thường xuyên', 'Đang thực hiện', '', TODAY, 'IN_PROGRESS', "Đang thực hiện (thời gian: 'Thường xuyên')"],
    ['Thường xuyên', 'Hoàn thành', '', TODAY, 'DONE', 'nhiệm vụ năm 2026'],
    [
      'Thường xuyên',
      'Chưa thực hiện',
      '',
      TODAY,
      'NEEDS_REVIEW',
      "Nhiệm vụ 'Thường xuyên' nhưng đơn vị báo chưa thực hiện",
    ],
    ['Thường xuyên', 'Đang thực hiện', '', d(5, 1, 2027), 'IN_PROGRESS', 'Đang thực hiện'],
    ['Năm 2025 và những năm tiếp theo', 'Đang thực hiện', '', TODAY, 'IN_PROGRESS', 'Năm 2025 và những năm tiếp theo'],
    ['Từ năm 2027', 'Chưa thực hiện', '', TODAY, 'NOT_DUE', 'Nhiệm vụ thực hiện từ năm 2027, chưa đến năm 2026'],
    // conditional: never overdue
    [
      'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử',
      'Chưa thực hiện',
      '',
      TODAY,
      'NEEDS_REVIEW',
      'cần đơn vị giải trình điều kiện đã xảy ra chưa',
    ],
    [
      'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử',
      'Đang thực hiện',
      '',
      d(1, 1, 2030),
      'IN_PROGRESS',
      "thời hạn theo điều kiện 'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử'",
    ],
    [
      'Theo triển khai của Sở Tư pháp',
      'Hoàn thành',
      '',
      TODAY,
      'DONE',
      'Đơn vị báo hoàn thành (thời hạn theo điều kiện',
    ],
    // unknown time
    ['Sớm nhất có thể', 'Hoàn thành', '', TODAY, 'DONE', "không đọc được thời hạn 'Sớm nhất có thể'"],
    ['Sớm nhất có thể', 'Đang thực hiện', '', TODAY, 'NEEDS_REVIEW', "Không đọc được thời hạn 'Sớm nhất có thể'"],
    ['', 'Đang thực hiện', '', TODAY, 'NEEDS_REVIEW', 'chưa ghi thời gian hoàn thành'],
    // status and date problems
    ['2026', '', '', TODAY, 'MISSING', 'Chưa nhập tình trạng thực hiện năm 2026 (hạn 31/12/2026)'],
    ['Thường xuyên', '', '', TODAY, 'MISSING', 'Chưa nhập tình trạng thực hiện năm 2026'],
    ['2026', '   ', '', TODAY, 'MISSING', 'Chưa nhập tình trạng'],
    ['2026', null, '', TODAY, 'MISSING', 'Chưa nhập tình trạng'],
    ['2026', '', '10/11/2026', TODAY, 'NEEDS_REVIEW', 'Có ngày hoàn thành nhưng chưa chọn tình trạng'],
    [
      'Hằng năm',
      'xong rồi',
      '',
      TODAY,
      'NEEDS_REVIEW',
      "Tình trạng 'xong rồi' không hợp lệ; chọn một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện",
    ],
    ['Hằng năm', 'Hoàn thành', '31/02/2026', TODAY, 'NEEDS_REVIEW', "Ngày hoàn thành '31/02/2026' không đọc được"],
    [
      'Hằng năm',
      'Hoàn thành',
      '15/12/2026',
      TODAY,
      'NEEDS_REVIEW',
      'Ngày hoàn thành 15/12/2026 sau ngày báo cáo 25/11/2026',
    ],
    ['Hằng năm', 'Hoàn thành', 'hôm qua', TODAY, 'NEEDS_REVIEW', "Ngày hoàn thành 'hôm qua' không đọc được"],
    [
      '2026',
      'Đang thực hiện',
      '10/11/2026',
      TODAY,
      'NEEDS_REVIEW',
      "Có ngày hoàn thành 10/11/2026 nhưng tình trạng là 'Đang thực hiện'",
    ],
  ];

  test.each(CASES)('%p, status %p, completed %p → %s', (time, status, completedOn, today, verdict, fragment) => {
    const j = judgeTask({ completionTime: time, status, completedOn, year: 2026, today });
    expect(j.verdict).toBe(verdict);
    expect(j.reason).toContain(fragment);
    expect(j.byHand).toBe(false);
  });

  test.each([
    'Hoàn thành',
    'hoàn thành',
    'HOÀN THÀNH',
    'Hoàn thành'.normalize('NFD'),
    'hoan thanh',
    ' Hoàn\u00a0thành. ',
    'Đã hoàn thành',
  ])('status %p is Hoàn thành', (status) => {
    expect(task('Hằng năm', status).verdict).toBe('DONE');
  });

  test('a Date cell as the completion date, read in Việt Nam time', () => {
    // 17:30 UTC on 30/09/2025 is already 01/10/2025 in Việt Nam: one day late.
    const j = task('9/2025', 'Hoàn thành', { completedOn: new Date(Date.UTC(2025, 8, 30, 17, 30)) });
    expect(j.verdict).toBe('DONE_LATE');
    expect(j.reason).toContain('Hoàn thành ngày 01/10/2025');
    const k = task('9/2025', 'Hoàn thành', { completedOn: new Date(Date.UTC(2025, 8, 30, 16, 59)) });
    expect(k.verdict).toBe('DONE');
  });

  test('the due date that applies this year', () => {
    expect(task('Quý IV/2026', 'Đang thực hiện').due).toEqual(d(31, 12, 2026));
    expect(task('Hằng năm', 'Đang thực hiện').due).toEqual(d(31, 12, 2026));
    expect(task('Thường xuyên', 'Đang thực hiện').due).toBeNull();
    expect(task('Theo hướng dẫn thành phố', 'Đang thực hiện').due).toBeNull();
    expect(task('2026-2030', 'Đang thực hiện').due).toEqual(d(31, 12, 2030));
    expect(task('Từ năm 2027', 'Đang thực hiện').due).toBeNull();
    expect(task('Quý IV/2026', 'Đang thực hiện').time).toMatchObject({ kind: 'due' });
  });

  test('the unit explains why a conditional task waits → NOT_DUE', () => {
    const j = task('Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử', 'Chưa thực hiện', {
      evidence: 'Sở Nội vụ chưa ban hành Bộ quy tắc ứng xử',
    });
    expect(j.verdict).toBe('NOT_DUE');
    expect(j.reason).toBe(
      "Chưa đến hạn: thời hạn phụ thuộc điều kiện 'Sau khi Sở Nội vụ ban hành Bộ quy tắc ứng xử'; đơn vị giải trình: 'Sở Nội vụ chưa ban hành Bộ quy tắc ứng xử'",
    );
  });

  describe('the VHXH office decides last', () => {
    test.each<[string, TaskVerdict, string]>([
      ['Hoàn thành', 'DONE', 'Hoàn thành (Phòng VHXH)'],
      ['Hoàn thành chậm', 'DONE_LATE', 'Hoàn thành chậm (Phòng VHXH)'],
      ['hoan thanh cham', 'DONE_LATE', 'Hoàn thành chậm (Phòng VHXH)'],
      ['Đang thực hiện', 'IN_PROGRESS', 'Đang thực hiện (Phòng VHXH)'],
      ['Quá hạn', 'OVERDUE', 'Quá hạn (Phòng VHXH)'],
      ['Chưa đến hạn', 'NOT_DUE', 'Chưa đến hạn (Phòng VHXH)'],
      ['Đạt', 'DONE', 'Hoàn thành (Phòng VHXH)'],
    ])('review %p → %s', (review, verdict, label) => {
      const j = task('9/2025', 'Đang thực hiện', { review });
      expect(j.verdict).toBe(verdict);
      expect(j.label).toBe(label);
      expect(j.byHand).toBe(true);
      expect(j.reason).toContain('(nhập tay); đánh giá tự động: Quá hạn - Quá hạn 30/09/2025');
    });

    test('an unrecognised review leaves the computed verdict', () => {
      const j = task('9/2025', 'Đang thực hiện', { review: 'Không đạt' });
      expect(j.verdict).toBe('OVERDUE');
      expect(j.byHand).toBe(false);
      expect(j.reason).toContain("ô đánh giá của Phòng VHXH ghi 'Không đạt', không hợp lệ");
    });
  });
});

describe('every task of the embedded sample, on 25/11/2026', () => {
  const byId = new Map(PLAN_CATALOG.map((r) => [r.id, r]));
  const EXPECTED: Record<string, TaskVerdict> = {
    'PL3-I-1@TTSNC': 'IN_PROGRESS',
    'PL3-I-1@VP': 'DONE',
    'PL3-I-2@VP': 'DONE',
    'PL3-I-3@VHXH': 'IN_PROGRESS',
    'PL3-I-4@VHXH': 'DONE',
    'PL3-I-5@VHXH': 'DONE',
    'PL3-II-1@CA': 'IN_PROGRESS',
    'PL3-II-1@VP': 'IN_PROGRESS',
    'PL3-II-1@TTHCC': 'DONE',
    'PL3-II-2@TTHCC': 'DONE',
    'PL3-III-4@VHXH': 'IN_PROGRESS',
    'PL3-V-1@TTHCC': 'IN_PROGRESS',
    'PL3-VI-1@KTHTDT': 'NOT_DUE',
    'PL4-1@TTSNC': 'DONE',
    'PL4-2@VHXH': 'DONE_LATE',
    'PL4-3@VHXH': 'DONE',
    'PL4-4@VHXH': 'NOT_DUE',
    'PL4-5@VHXH': 'IN_PROGRESS',
    'PL4-6@VP': 'DONE',
    'PL4-8@KTHTDT': 'IN_PROGRESS',
    'PL4-9@CA': 'DONE',
    'PL4-11@KTHTDT': 'NOT_DUE',
    'PL4-12@CA': 'DONE',
    'PL4-13@VHXH': 'DONE_LATE',
    'PL4-14@VHXH': 'DONE',
    'PL4-15@VHXH': 'IN_PROGRESS',
    'PL4-17@KTHTDT': 'DONE',
    'PL4-19@KTHTDT': 'NEEDS_REVIEW',
    'PL4-21@VP': 'IN_PROGRESS',
    'PL4-22@VHXH': 'IN_PROGRESS',
    'PL4-24@CA': 'DONE',
    'PL4-25.5@VHXH': 'IN_PROGRESS',
    'PL4-26@CA': 'DONE',
    'PL4-27@CA': 'DONE',
    'PL4-29@VHXH': 'NEEDS_REVIEW',
    'PL4-31@KTHTDT': 'IN_PROGRESS',
    'PL4-32@VHXH': 'DONE',
  };

  test('the table covers every sample task', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SAMPLE_TASK_ENTRIES.map((e) => e.rowKey).sort());
  });

  test.each(SAMPLE_TASK_ENTRIES.map((e) => [e.rowKey, e] as const))('%s', (rowKey, entry) => {
    const row = byId.get(rowKey.split('@')[0])!;
    const j = judgeTask({
      completionTime: row.completionTime,
      status: entry.status ?? '',
      completedOn: entry.completedOn ?? '',
      result: entry.result,
      evidence: entry.evidence,
      review: entry.review,
      year: 2026,
      today: TODAY,
    });
    expect(j.verdict).toBe(EXPECTED[rowKey]);
  });

  test('catalog tasks with no entry are MISSING', () => {
    const row = byId.get('PL4-7')!;
    expect(
      judgeTask({ completionTime: row.completionTime, status: '', completedOn: '', year: 2026, today: TODAY }).verdict,
    ).toBe('MISSING');
  });
});
