/**
 * The Tổng hợp figures on the sample, cross-checked against the judged rows (recounted in helpers.ts from the
 * rows' verdicts and typed cells), and against the report's section I, which states the same ratios.
 */
import type { Assessment } from '../../src/core/judging/assess';
import { assessWorkbook } from '../../src/core/judging/assess';
import {
  percent,
  SUMMARY_TEXT,
  type Summary,
  summarize,
  summaryBlocks,
  summaryGrid,
} from '../../src/core/overview/overview';
import { buildReport } from '../../src/core/report/build';
import { type ParagraphBlock, paragraphText } from '../../src/core/report/model';
import { SAMPLE_UNITS } from '../../src/core/sample/entries';
import { ColumnMap } from '../../src/core/sheet/table';
import {
  AFTER,
  BEFORE,
  GENERATED_AT,
  recountGroups,
  recountUnits,
  sampleAssessment,
  sampleWorkbook,
  two,
} from './helpers';

const cases: [string, Assessment][] = [
  ['after the deadline (10/12/2026)', sampleAssessment(AFTER)],
  ['before the deadline (25/11/2026)', sampleAssessment(BEFORE)],
];

describe.each(cases)('the sample %s', (_label, assessment) => {
  const summary = summarize(assessment, GENERATED_AT);
  const units = recountUnits(assessment);
  const groups = recountGroups(assessment);
  const blocks = summaryBlocks(summary);
  const block = (key: string) => blocks.find((b) => b.key === key)!;

  test('per unit: items led, reported, missing, achieved, not achieved, needs review, overdue, % and timeliness', () => {
    expect(summary.units.map((u) => u.unitId)).toEqual(units.map((u) => u.unitId));
    for (const [i, u] of units.entries()) {
      const s = summary.units[i];
      const { percentComplete, ...counts } = u;
      expect({ ...s, percentComplete: undefined, submittedAt: undefined }).toEqual({
        ...counts,
        percentComplete: undefined,
        submittedAt: undefined,
      });
      expect(Math.abs(s.percentComplete - percentComplete)).toBeLessThanOrEqual(0.05);
    }
    // The sample is not trivial: every unit leads rows, some are missing, some are achieved.
    expect(units.every((u) => u.itemsLed > 0)).toBe(true);
    expect(units.some((u) => u.missing > 0 && u.reported > 0)).toBe(true);
  });

  test('per unit rows of the block are the figures, in the header order', () => {
    const b = block('units');
    expect(b.header.slice(0, 9)).toEqual([
      'Đơn vị',
      'Số mục chủ trì',
      'Đã báo cáo',
      'Chưa báo cáo',
      'Đạt / Hoàn thành',
      'Không đạt',
      'Cần đánh giá',
      'Nhiệm vụ quá hạn',
      'Tỷ lệ đã báo cáo (%)',
    ]);
    units.forEach((u, i) => {
      expect(b.rows[i].slice(0, 8)).toEqual([
        u.unitName,
        u.itemsLed,
        u.reported,
        u.missing,
        u.achieved,
        u.notAchieved,
        u.needsReview,
        u.overdueTasks,
      ]);
      expect(b.rows[i][9]).toBe(u.timeliness);
    });
  });

  test('an indicator not reported is judged MISSING (or has no target this year); one reported may still have no result', () => {
    for (const r of assessment.indicators.filter((x) => !x.isGroup)) {
      const reported = String(r.record.result ?? '').trim() !== '' || r.judgement!.byHand;
      if (!reported)
        expect({ row: r.rowKey, verdict: r.judgement!.verdict }).toEqual({
          row: r.rowKey,
          verdict: expect.stringMatching(/^(MISSING|NOT_APPLICABLE)$/),
        });
    }
    // "chưa có số liệu" is an answer from the unit (reported) but not a result: the group block counts it under
    // "Chưa có kết quả", the report's word for it, not "Chưa báo cáo".
    const groupsHeader = block('groups').header;
    expect(groupsHeader).toContain('Chưa có kết quả');
    expect(groupsHeader).not.toContain('Chưa báo cáo');
  });

  test('ward totals: every judged row once, sums of the units', () => {
    // Every judged row once, plus each unit's Khó khăn - Đề xuất row.
    const rows =
      assessment.indicators.filter((r) => !r.isGroup).length +
      assessment.tasks.filter((r) => !r.isGroup).length +
      assessment.registry.units.length;
    const sum = (k: keyof (typeof units)[number]) => units.reduce((n, u) => n + (u[k] as number), 0);
    expect(summary.unitTotals).toEqual({
      itemsLed: rows,
      reported: sum('reported'),
      missing: sum('missing'),
      achieved: sum('achieved'),
      notAchieved: sum('notAchieved'),
      behind: sum('behind'),
      needsReview: sum('needsReview'),
      overdueTasks: sum('overdueTasks'),
      percentComplete: expect.any(Number),
    });
    expect(sum('itemsLed')).toBe(rows);
    expect(Math.abs(summary.unitTotals.percentComplete - (sum('reported') / rows) * 100)).toBeLessThanOrEqual(0.05);
    const total = block('units').rows.at(-1)!;
    expect(total.slice(0, 9)).toEqual([
      SUMMARY_TEXT.total,
      rows,
      sum('reported'),
      sum('missing'),
      sum('achieved'),
      sum('notAchieved'),
      sum('needsReview'),
      sum('overdueTasks'),
      summary.unitTotals.percentComplete,
    ]);
  });

  test('per indicator group: achieved / total as "02/03", every verdict counted', () => {
    expect(summary.groups.map((g) => `${g.appendix}|${g.group}`).sort()).toEqual([...groups.keys()].sort());
    for (const g of summary.groups) {
      const r = groups.get(`${g.appendix}|${g.group}`)!;
      const c = (v: string) => r.counts[v] ?? 0;
      expect(g).toEqual({
        appendix: r.appendix,
        group: r.group,
        judged: r.judged,
        total: r.counted,
        achieved: c('ACHIEVED'),
        exceeded: c('EXCEEDED'),
        notAchieved: c('NOT_ACHIEVED'),
        early: c('EARLY'),
        onTrack: c('ON_TRACK'),
        behind: c('BEHIND'),
        notDue: c('NOT_DUE'),
        needsReview: c('NEEDS_REVIEW'),
        missing: c('MISSING'),
        notApplicable: c('NOT_APPLICABLE'),
        sameMeasure: c('SAME_MEASURE'),
        ratio: r.judged ? `${two(r.achievedTotal)}/${two(r.judged)}` : 'không có chỉ tiêu đến hạn năm 2026',
      });
      // Due this year: Đạt + Vượt + Không đạt + the due ones without a verdict add up to the ratio's total.
      expect(g.achieved + g.exceeded + g.notAchieved).toBeLessThanOrEqual(g.judged);
      // Never "Không đạt" for a target of a later year.
      expect(
        assessment.indicators.filter(
          (x) =>
            !x.isGroup &&
            x.judgement!.verdict === 'NOT_ACHIEVED' &&
            !x.judgement!.byHand &&
            (x.judgement!.targetYear ?? 0) > assessment.config.reportingYear,
        ),
      ).toEqual([]);
    }
    const rows = block('groups').rows;
    const ratioAt = block('groups').header.indexOf('Đạt / đến hạn');
    expect(rows.map((r) => r[ratioAt])).toEqual(summary.groups.map((g) => g.ratio));
    // "02/03" where targets are due; a group with none says so instead of "00/00".
    for (const [i, r] of rows.entries())
      expect(String(r[ratioAt])).toMatch(
        summary.groups[i].judged ? /^\d{2,}\/\d{2,}$/ : /^không có chỉ tiêu đến hạn năm 2026$/,
      );
  });

  test('tasks block: every task verdict counted', () => {
    const tasks = assessment.tasks.filter((r) => !r.isGroup);
    const n = (v: string) => tasks.filter((r) => r.judgement!.verdict === v).length;
    expect(block('tasks').rows[0]).toEqual(
      ['DONE', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE', 'NOT_DUE', 'MISSING', 'NEEDS_REVIEW'].map(n),
    );
    expect((block('tasks').rows[0] as number[]).reduce((a, b) => a + b, 0)).toBe(tasks.length);
  });

  test('timeliness block: every unit on the Đơn vị tab, as the report counts them', () => {
    const n = (label: string) => units.filter((u) => u.timeliness === label).length;
    const t = summary.timeliness;
    expect([t.expected, t.submitted, t.onTime, t.late, t.notReported, t.pending]).toEqual([
      units.length,
      n('Đúng hạn') + n('Nộp muộn'),
      n('Đúng hạn'),
      n('Nộp muộn'),
      n('Chưa báo cáo'),
      n('Chưa gửi (còn hạn)'),
    ]);
    expect(Math.abs(t.submittedRate - ((n('Đúng hạn') + n('Nộp muộn')) / units.length) * 100)).toBeLessThanOrEqual(
      0.05,
    );
  });

  test("the report's section I counts the same indicators per group as the group block", () => {
    // The report counts by timing (due this year / on the way: src/core/report/standing.ts); per group it states
    // how many indicators it counts (due or on the way, a measure once): the group block's total.
    const doc = buildReport(
      { ...assessment, config: { ...assessment.config, internalAnnex: true } },
      { generatedAt: GENERATED_AT },
    );
    const texts = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map(paragraphText);
    const stated = texts.flatMap((t) => {
      const m = /^\+ Nhóm chỉ tiêu (.+?) \((\d+) chỉ tiêu\):/.exec(t);
      return m ? [{ group: m[1].toLocaleLowerCase('vi'), judged: Number(m[2]) }] : [];
    });
    expect(stated).toEqual(
      summary.groups
        .filter((g) => g.total > 0)
        .map((g) => ({ group: g.group.toLocaleLowerCase('vi'), judged: g.total })),
    );

    // The internal annex counts the same units as the timeliness block.
    const t = summary.timeliness;
    const all = texts.join('\n');
    if (t.onTime) expect(all).toContain(`- Gửi đúng hạn: ${two(t.onTime)}/${two(t.expected)} đơn vị`);
    if (t.late) expect(all).toContain(`- Gửi sau hạn: ${two(t.late)} đơn vị`);
    if (t.notReported) expect(all).toContain(`- Chưa gửi: ${two(t.notReported)} đơn vị (`);
  });

  test('the grid: one rectangle, every block at the row summaryGrid says', () => {
    const { grid, width, blockRows } = summaryGrid(summary, '30/11/2026');
    expect(grid.every((r) => r.length === width)).toBe(true);
    for (const b of blocks) {
      const at = blockRows[b.key];
      expect(grid[at.titleRow][0]).toBe(b.title);
      expect(grid[at.headerRow].slice(0, b.header.length)).toEqual(b.header);
      expect(grid.slice(at.firstRow, at.firstRow + at.rows).map((r) => r.slice(0, b.header.length))).toEqual(
        b.rows.map((r) => r.map((c) => c)),
      );
    }
  });
});

describe('the sample at known dates (the scenario sample.ts describes)', () => {
  test('after the deadline: units that submitted are on time or late by their entry day, the others not reported', () => {
    const s = summarize(sampleAssessment(AFTER), GENERATED_AT);
    const expected = Object.fromEntries(
      SAMPLE_UNITS.map((u) => [
        u.unitId,
        u.submits ? (u.enteredDaysBeforeDeadline >= 0 ? 'Đúng hạn' : 'Nộp muộn') : 'Chưa báo cáo',
      ]),
    );
    expect(Object.fromEntries(s.units.map((u) => [u.unitId, u.timeliness]))).toEqual(expected);
    expect(Object.values(expected)).toContain('Nộp muộn');
    for (const u of s.units) expect(u.submittedAt === '').toBe(expected[u.unitId] === 'Chưa báo cáo');
  });

  test('before the deadline nobody is late: those who have not sent are still in time', () => {
    const s = summarize(sampleAssessment(BEFORE), GENERATED_AT);
    expect(s.units.map((u) => u.timeliness)).not.toContain('Nộp muộn');
    expect(s.units.map((u) => u.timeliness)).not.toContain('Chưa báo cáo');
    expect(s.timeliness.pending).toBeGreaterThan(0);
  });
});

describe('edge cases', () => {
  test('percent: one decimal, never 100 while something is missing, never 0 once something is there', () => {
    expect(percent(14, 17)).toBe(82.4);
    expect(percent(1999, 2000)).toBe(99.9);
    expect(percent(19999, 20000)).toBe(99.9);
    expect(percent(5, 5)).toBe(100);
    expect(percent(1, 3000)).toBe(0.1);
    expect(percent(0, 7)).toBe(0);
    expect(percent(0, 0)).toBe(0);
  });

  test('a unit on the Đơn vị tab that leads nothing still owes a report: counted in the timeliness block', () => {
    const workbook = sampleWorkbook(AFTER);
    const map = new ColumnMap('units', workbook.units.header);
    const row = Array(workbook.units.header.length).fill('');
    row[map.index('unitId')] = 'HPN';
    row[map.index('name')] = 'Hội Liên hiệp Phụ nữ phường';
    workbook.units.rows.push(row);
    const assessment = assessWorkbook(workbook, AFTER);
    const summary: Summary = summarize(assessment, GENERATED_AT);
    const unit = summary.units.find((u) => u.unitId === 'HPN')!;
    // It leads no row but owes its Khó khăn - Đề xuất row.
    expect(unit).toMatchObject({ itemsLed: 1, reported: 0, missing: 1, timeliness: 'Chưa báo cáo' });
    expect(summary.timeliness.expected).toBe(summary.units.length);
    expect(summary.timeliness.notReported).toBe(summary.units.filter((u) => u.timeliness === 'Chưa báo cáo').length);
    const doc = buildReport(
      { ...assessment, config: { ...assessment.config, internalAnnex: true } },
      { generatedAt: GENERATED_AT },
    );
    const reporting = doc.blocks
      .filter((b): b is ParagraphBlock => b.kind === 'paragraph')
      .map(paragraphText)
      .find((t) => t.startsWith('- Gửi đúng hạn:'))!;
    expect(reporting).toContain(`${two(summary.timeliness.onTime)}/${two(summary.timeliness.expected)} đơn vị`);
  });

  test('no indicator rows at all: empty group block, nothing divides by zero', () => {
    const workbook = sampleWorkbook(AFTER);
    const assessment = assessWorkbook(
      { ...workbook, indicators: { header: workbook.indicators.header, rows: [] } },
      AFTER,
    );
    const summary = summarize(assessment, GENERATED_AT);
    expect(summary.groups).toEqual([]);
    const { grid, blockRows } = summaryGrid(summary, '30/11/2026');
    expect(blockRows.groups.rows).toBe(0);
    expect(grid.flat().some((c) => typeof c === 'number' && !Number.isFinite(c))).toBe(false);
  });
});
