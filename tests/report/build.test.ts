import { documentFindings } from '../../scripts/reportChecks';
import { assessWorkbook } from '../../src/core/judging/assess';
import { representatives } from '../../src/core/judging/tally';
import { owedFigures, unitProgress } from '../../src/core/progress/owed';
import { buildReport } from '../../src/core/report/build';
import { indicatorLines, taskLines } from '../../src/core/report/lines';
import { REPORT_TEXT } from '../../src/core/report/messages';
import { type ParagraphBlock, paragraphText, type TableBlock } from '../../src/core/report/model';
import { reportDocumentName, reportFileName, reportFolderIdOf, reportInstantFor } from '../../src/core/report/name';
import { preflight, preflightLines } from '../../src/core/report/preflight';
import { showIndicatorResult } from '../../src/core/report/results';
import { addressed } from '../../src/core/report/sectionIssues';
import { countIndicators } from '../../src/core/report/standing';
import { joinVi, shorten, typographicQuotes } from '../../src/core/report/textTools';
import { ColumnMap } from '../../src/core/sheet/table';
import { cleanText, pad2 } from '../../src/core/text';
import {
  allTexts,
  between,
  bodyTexts,
  GENERATED_AT,
  gridTables,
  sampleReport,
  sampleWorkbook,
  setConfig,
  setIssue,
  setRow,
  TODAY,
} from './helpers';

const { assessment, doc } = sampleReport();
const texts = bodyTexts(doc);

describe('the sample report reads like the wards’ reports', () => {
  test('header: blank day and month for signing, number left blank, the motto’s line a rule', () => {
    const header = doc.blocks[0] as TableBlock;
    const cell = (r: number, c: number) => header.rows[r].cells[c].paragraphs.map(paragraphText).filter(Boolean);
    expect(cell(0, 0)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI DƯƠNG']);
    expect(cell(0, 1)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    const motto = header.rows[0].cells[1].paragraphs;
    expect(motto[1].runs[0].underline).toBeFalsy();
    expect(motto[2].ruleWidthMm).toBeGreaterThan(40);
    expect(cell(1, 0)).toEqual(['Số: …/BC-UBND']);
    expect(cell(1, 1)).toEqual(['Hải Dương, ngày … tháng … năm 2026']);
  });

  test('subject keeps "UBND phường Hải Dương" and "năm 2026" together; opening cites the request letter', () => {
    expect(texts[0]).toBe('BÁO CÁO');
    expect(texts[1]).toContain('UBND\u00a0phường\u00a0Hải\u00a0Dương');
    expect(texts[1]).toMatch(/năm\u00a02026$/);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Thực hiện Công văn số 4210\/SKHCN-CNTT .*, Ủy ban nhân dân phường Hải Dương báo cáo/),
    );
    for (const h of [
      'I. KẾT QUẢ THỰC HIỆN NĂM 2026',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
    ])
      expect(texts).toContain(h);
  });

  test('no request letter in Cấu hình: the opening cites the plan (71/NQ-CP, written right)', () => {
    const workbook = sampleWorkbook();
    setConfig(workbook, 'Văn bản yêu cầu báo cáo', '');
    const t = bodyTexts(sampleReport(workbook).doc);
    const opening = t.find((x) => x.startsWith('Thực hiện Kế hoạch số 57/KH-UBND ngày 24/02/2026'))!;
    expect(opening).toContain('Nghị quyết số 71/NQ-CP ngày 01/4/2025');
    expect(opening).not.toContain('71-NQ/CP');
  });

  test('legal bases from Cấu hình come first, one "Căn cứ …;" each', () => {
    const workbook = sampleWorkbook();
    setConfig(workbook, 'Căn cứ', 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\nKế hoạch số 48/KH-UBND');
    const t = bodyTexts(sampleReport(workbook).doc);
    const i = t.indexOf('Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;');
    expect(i).toBeGreaterThan(0);
    expect(t[i + 1]).toBe('Căn cứ Kế hoạch số 48/KH-UBND;');
    expect(t[i + 2]).toMatch(/^Thực hiện Công văn/);
  });

  test('none of the phrases the reader found, in any paragraph or table cell', () => {
    expect(documentFindings(allTexts(doc))).toEqual([]);
  });

  test('nothing internal: no unit named as late, no "chờ Phòng VHXH", no "Cách tính" (internal annex off)', () => {
    const all = allTexts(doc).join('\n');
    expect(all).not.toMatch(/Tính đến ngày|sau hạn|chưa gửi báo cáo|Cách tổng hợp|DÙNG NỘI BỘ/);
  });

  test('counts: targets due this year apart from targets on the way, from the one counting function', () => {
    // A measure reported in several rows counts once (judging/tally.ts).
    const lines = representatives(indicatorLines(assessment), (l) => ({
      judgement: l.row.judgement,
      measure: l.row.measure,
    })).counted;
    const c = countIndicators(lines, 2026);
    const overall = between(texts, '1. Kết quả chung', '2. ');
    const later = overall.find((t) => t.startsWith('- Về chỉ tiêu có mục tiêu đến năm'))!;
    expect(later).toContain(`${pad2(c.later.total)} chỉ tiêu`);
    if (c.later.onTrack) expect(later).toContain(REPORT_TEXT.laterParts.onTrack(c.later.onTrack));
    if (c.later.behind) expect(later).toContain(REPORT_TEXT.laterParts.behind(c.later.behind));
    expect(c.due.total + c.later.total + c.notApplicable).toBe(lines.length);
    // Every indicator row once in the appendix, with its standing's one name.
    const table = gridTables(doc)[0];
    const data = table.rows.filter((r) => r.kind === 'data');
    const rows = indicatorLines(assessment);
    expect(data.length).toBe(rows.length);
    rows.forEach((l, i) =>
      expect(paragraphText(data[i].cells[5].paragraphs[0])).toBe(REPORT_TEXT.standing[l.standing](l.targetYear)),
    );
  });

  test('counts adapt when a target is due this year: "đạt 01/02 chỉ tiêu đến hạn"', () => {
    const lines = [
      { standing: 'ACHIEVED' as const, targetYear: 2026 },
      { standing: 'NOT_ACHIEVED' as const, targetYear: 2026 },
      { standing: 'ON_TRACK' as const, targetYear: 2030 },
      { standing: 'BEHIND' as const, targetYear: 2030 },
      { standing: 'NOT_APPLICABLE' as const, targetYear: 2030 },
    ];
    const c = countIndicators(lines, 2026);
    expect(c.due).toMatchObject({ total: 2, achieved: 1, notAchieved: 1 });
    expect(c.later).toMatchObject({ total: 2, onTrack: 1, behind: 1, years: [2030] });
    expect(REPORT_TEXT.dueIndicators(2026, c.due.achieved, c.due.total, 0, '')).toBe(
      '- Về chỉ tiêu đến hạn trong năm 2026: đạt 01/02 chỉ tiêu.',
    );
    // The rest in the same sentence, not a second line indented with spaces.
    expect(REPORT_TEXT.dueIndicators(2026, 1, 3, 0, REPORT_TEXT.dueParts.notAchieved(2))).toBe(
      '- Về chỉ tiêu đến hạn trong năm 2026: đạt 01/03 chỉ tiêu; còn lại 02 chỉ tiêu không đạt.',
    );
  });

  test('a narrative by area, with the units’ own "kết quả nổi bật" and a) / b)', () => {
    const areas = texts.filter((t) => /^\d\. /.test(t) && !t.startsWith('1. '));
    expect(areas.length).toBeGreaterThanOrEqual(4);
    expect(texts).toContain('- Các doanh nghiệp viễn thông lắp đặt thêm 04 trạm phát sóng 5G trên địa bàn phường.');
    const infra = between(texts, '4. Hạ tầng số', '5. ');
    expect(infra[0]).toBe('a) Kết quả đạt được');
    expect(infra).toContain('b) Tồn tại, hạn chế');
    // 5G and broadband are each reported twice with different figures (one measure, two figures): neither row
    // is judged until the unit agrees on one figure.
    expect(infra.filter((t) => t.includes('chưa đủ căn cứ để đánh giá')).length).toBe(4);
  });

  test('an indicator with a result recorded for an earlier year says how it changed (Lịch sử), others do not', () => {
    // Lịch sử holds the sample's 2025 results (sample/entries.ts SAMPLE_HISTORY); the narrative states the change.
    const line = (start: string) => texts.find((t) => t.startsWith(`- ${start}`))!;
    expect(line('Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)')).toBe(
      '- Tỷ lệ người dân có tài khoản định danh điện tử (VNeID): đạt 80,2%, tăng 4,2 điểm % so với năm 2025, đúng lộ trình (mục tiêu năm 2030: 85%).',
    );
    expect(line('Tỷ lệ cơ sở dữ liệu của phường được số hóa')).toContain(
      ': kết quả 55%, giảm 1 điểm % so với năm 2025, chậm so với lộ trình (mục tiêu năm 2030: 80%).',
    );
    expect(texts.some((t) => t.includes('đạt 100%, bằng năm 2025'))).toBe(true);
    // The path from the earlier result: 85% in 2025 → 100% in 2030 needs 88% in 2026; 87,5% is behind.
    expect(texts.some((t) => t.includes('kết quả 87,5%, tăng 2,5 điểm % so với năm 2025, chậm so với lộ trình'))).toBe(
      true,
    );
    // A row without an earlier result: no comparison.
    expect(line('Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử')).not.toContain('so với năm');
    // Only where Lịch sử has the indicator: as many statements as rows with a 2025 result and a figure this year.
    expect(texts.filter((t) => / so với năm 2025|bằng năm 2025/.test(t)).length).toBe(8);
  });

  test('results in one normalised form, the same in the text and in the appendix', () => {
    const all = allTexts(doc);
    expect(all.filter((t) => t.includes('375/394')).every((t) => t.includes('375/394 (95,18%)'))).toBe(true);
    expect(all.join('\n')).not.toContain('95,18 %');
    const table = gridTables(doc)[0];
    const results = table.rows.map((r) => paragraphText(r.cells[4].paragraphs[0]));
    expect(results).toContain('Chưa có số liệu hợp lệ');
    expect(results.join('\n')).not.toMatch(/IMPORTXML|<img|82\.5\.4/);
  });

  test('causes from the Khó khăn tab, in the ward’s voice (no unit named)', () => {
    const causes = between(texts, '2. Nguyên nhân', 'III. ĐỀ XUẤT');
    for (const issue of assessment.issues.filter((i) => i.difficulties))
      expect(causes).toContain(`- ${issue.difficulties}`);
    expect(causes.join('\n')).not.toMatch(/Trung tâm phục vụ|Công an phường:/);
  });

  test('recommendations are the ward’s, grouped by addressee', () => {
    const iii = between(texts, 'III. ĐỀ XUẤT', 'IV. PHƯƠNG HƯỚNG');
    expect(iii[0]).toBe('Ủy ban nhân dân phường Hải Dương kiến nghị:');
    expect(iii).toContain('1. Đối với Ủy ban nhân dân thành phố:');
    expect(iii).toContain('- Nâng cấp đường truyền và bố trí thêm máy quét tài liệu cho bộ phận một cửa.');
    expect(iii.some((t) => /^\d\. Đối với Sở Y tế:$/.test(t))).toBe(true);
    expect(iii.some((t) => /^\d\. Đối với Công an thành phố:$/.test(t))).toBe(true);
    expect(addressed('Kiến nghị các sở, ngành thành phố sớm ban hành hướng dẫn')).toEqual({
      to: 'các sở, ngành thành phố',
      text: 'Sớm ban hành hướng dẫn',
    });
    expect(addressed('Bổ sung máy tính')).toEqual({ to: '', text: 'Bổ sung máy tính' });
  });

  test('closing sentence without "năm 2026 năm 2026"; signature block', () => {
    expect(texts).toContain(
      'Trên đây là Báo cáo kết quả thực hiện Kế hoạch số 57/KH-UBND năm 2026 và phương hướng, nhiệm vụ năm 2027 của Ủy ban nhân dân phường Hải Dương./.',
    );
    const sig = doc.blocks.find((b) => b.kind === 'table' && b.style === 'layout' && b !== doc.blocks[0]) as TableBlock;
    const [left, right] = sig.rows[0].cells.map((c) => c.paragraphs.map(paragraphText));
    expect(left[0]).toBe('Nơi nhận:');
    expect(right.filter(Boolean)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']);
  });

  test('appendices numbered, landscape, "(Kèm theo Báo cáo số …)", TT and ĐVT columns wide enough', () => {
    const section = doc.blocks.findIndex((b) => b.kind === 'section');
    const page = (doc.blocks[section] as { page: { widthMm: number; heightMm: number } }).page;
    expect(page.widthMm).toBeGreaterThan(page.heightMm);
    const titles = doc.blocks
      .filter((b): b is ParagraphBlock => b.kind === 'paragraph' && !!b.pageBreakBefore)
      .map(paragraphText);
    expect(titles).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(texts).toContain('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026');
    expect(texts).toContain(
      '(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm 2026 của Ủy ban nhân dân phường Hải Dương)',
    );
    const [indicators, tasks] = gridTables(doc);
    expect(indicators.columns[0].widthMm).toBeGreaterThanOrEqual(14);
    expect(indicators.columns[2].widthMm).toBeGreaterThanOrEqual(28);
    expect(tasks.columns[0].widthMm).toBeGreaterThanOrEqual(14);
    // ĐVT filled for Phụ lục II's "Tỷ lệ …" rows.
    const pl2 = indicators.rows.filter(
      (r) => r.kind === 'data' && paragraphText(r.cells[1].paragraphs[0]).startsWith('Tỷ lệ phủ sóng 5G'),
    );
    expect(paragraphText(pl2[0].cells[2].paragraphs[0])).toBe('%');
    // A task led by several units: name once, the other rows continue it.
    const multi = tasks.rows.filter((r) => r.cells[1].continued);
    expect(multi.length).toBeGreaterThan(0);
  });

  test('a task due 9/2025 done in 10/2025 (before the plan of 24/02/2026) is "Hoàn thành", not late', () => {
    const tasks = gridTables(doc)[1];
    const row = tasks.rows.find((r) =>
      paragraphText(r.cells[1].paragraphs[0]).startsWith('Triển khai phong trào thi đua'),
    )!;
    expect(paragraphText(row.cells[3].paragraphs[0])).toBe('9/2025');
    expect(paragraphText(row.cells[4].paragraphs[0])).toBe('Hoàn thành');
  });

  test('every text NFC, every quote typographic', () => {
    for (const t of allTexts(doc)) {
      expect(t).toBe(t.normalize('NFC'));
      expect(t).not.toMatch(/["']/);
    }
    expect(allTexts(doc).join('\n')).toContain('“Bình dân học vụ số”');
  });
});

describe('what the report never prints', () => {
  test('a formula or HTML typed in Khó khăn or Kết quả nổi bật is left out (and counted in the internal annex)', () => {
    const workbook = sampleWorkbook();
    setIssue(workbook, 'TTHCC', { difficulties: '=IMPORTXML("http://x","//a")', proposals: '<script>x</script>' });
    setRow(workbook, 'tasks', 'PL4-24@CA', { highlight: '<img src=x onerror=alert(1)>' });
    setConfig(workbook, 'Thêm phụ lục nội bộ vào báo cáo', 'Có');
    const { doc: d } = sampleReport(workbook);
    const all = allTexts(d);
    expect(documentFindings(all.filter((t) => !t.startsWith('- Phụ lục') && !t.includes('DÙNG NỘI BỘ')))).toEqual([]);
    expect(all.join('\n')).not.toMatch(/IMPORTXML|<script|<img/);
    expect(all).toContain(REPORT_TEXT.internalLeftOut(2));
  });

  test('invalid results read "Chưa có số liệu hợp lệ"; the pre-flight names them', () => {
    expect(showIndicatorResult('=IMPORTXML("http://x","//a")')).toEqual({
      text: 'Chưa có số liệu hợp lệ',
      invalid: true,
    });
    expect(showIndicatorResult('82.5.4%').invalid).toBe(true);
    expect(showIndicatorResult('95,18 %').text).toBe('95,18%');
    expect(showIndicatorResult('08/08 trường').text).toBe('08/08 trường (100%)');
    const p = preflight(assessment);
    expect(p.counts.invalid).toBeGreaterThan(0);
    expect(p.items.some((i) => i.kind === 'invalid' && i.where.includes('TT 9.4'))).toBe(true);
  });

  test('internal annex (Cấu hình "Có"): who reported when, the counting rule, what waits for judgement', () => {
    const workbook = sampleWorkbook();
    setConfig(workbook, 'Thêm phụ lục nội bộ vào báo cáo', 'Có');
    const t = bodyTexts(sampleReport(workbook).doc);
    const annex = t.slice(t.indexOf(REPORT_TEXT.internalTitle));
    expect(annex.join('\n')).toContain('- Gửi sau hạn: 01 đơn vị (Công an phường: ngày 05/12/2026).');
    // Unit names holding "và" are separated by semicolons.
    expect(annex.join('\n')).toContain('Phòng Kinh tế, Hạ tầng và Đô thị; Trung tâm dịch vụ sự nghiệp công phường');
    expect(annex.some((x) => x.startsWith('Cách tổng hợp:'))).toBe(true);
  });
});

describe('what units still owe: the one definition (progress/owed.ts)', () => {
  test('"nhiệm vụ chưa báo cáo" in the report is the tasks the units owe, also for a date typed without a status', () => {
    const workbook = sampleWorkbook();
    // A completion date but no status: the unit has not reported the task (owed.ts), though the row is not empty.
    const map = new ColumnMap('tasks', workbook.tasks.header);
    const row = workbook.tasks.rows.find(
      (r) => String(r[map.index('rowKey')]).endsWith('@KTHTDT') && !r[map.index('status')],
    )!;
    row[map.index('completedOn')] = '15/10/2026';
    const { assessment: a, doc: d } = sampleReport(workbook);
    const owed = unitProgress(a).reduce((n, p) => n + p.owed.filter((o) => o.tab === 'tasks').length, 0);
    const overall = bodyTexts(d).find((t) => t.startsWith('- Về nhiệm vụ:'))!;
    expect(overall).toContain(`${pad2(owed)} nhiệm vụ chưa báo cáo`);
    // The same row in the appendix: "Chưa báo cáo", not "Chưa đánh giá".
    const key = String(row[map.index('rowKey')]);
    expect(taskLines(a).find((l) => l.row.rowKey === key)!.verdict).toBe('MISSING');
    // Every unit's owed figures add up with what the report says was reported (owedFigures).
    const figures = unitProgress(a).map(owedFigures);
    expect(figures.reduce((n, f) => n + f.missing, 0)).toBe(unitProgress(a).reduce((n, p) => n + p.owed.length, 0));
  });
});

describe('pre-flight', () => {
  test('the sample: invalid cells, rows to judge, units not submitted, each named', () => {
    const p = preflight(assessment);
    expect(p.clean).toBe(false);
    expect(p.counts).toMatchObject({ notSubmitted: 2 });
    expect(p.counts.unjudged).toBeGreaterThan(0);
    expect(p.items.filter((i) => i.kind === 'notSubmitted').map((i) => i.where)).toEqual([
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Trung tâm dịch vụ sự nghiệp công phường',
    ]);
    const lines = preflightLines(p, 5);
    expect(lines[0]).toMatch(/^• \d+ ô nhập chưa đúng quy định/);
    expect(lines.at(-1)).toMatch(/^… và \d+ mục khác/);
  });

  test('each problem once, under an honest label: a contradiction per measure, a unit mismatch as such', () => {
    const p = preflight(assessment);
    const lines = preflightLines(p, 100);
    // 5G (Phụ lục I 3.2 / Phụ lục II 1): one item naming both rows, not an "unreadable cell" on each nor a "to judge".
    const fiveG = lines.filter((l) => l.includes('TT 3.2'));
    expect(fiveG).toEqual([
      "- Số liệu mâu thuẫn: Chỉ tiêu, Phụ lục I, TT 3.2 / Phụ lục II, TT 1 (Phòng Văn hóa - Xã hội): Các dòng cùng một chỉ tiêu ghi số liệu khác nhau: '98,5%' / '85%'. Thống nhất một số liệu rồi sửa dòng còn lại.",
    ]);
    expect(p.counts.contradiction).toBe(3);
    // Money against a % target: the figure was read; its unit is the problem.
    const money = lines.filter((l) => l.includes('1.134.256.000'));
    expect(money).toHaveLength(1);
    expect(money[0]).toMatch(/^- Khác đơn vị tính: Chỉ tiêu, Phụ lục I, TT 2 – /);
    // "Ô không đọc được" is gone; what cannot be used as typed says so.
    expect(lines.join('\n')).not.toContain('Ô không đọc được');
    expect(lines.find((l) => l.includes('82.5.4%'))).toMatch(/^- Ô nhập chưa đúng quy định: /);
    // No row is listed twice.
    const rows = p.items.filter((i) => i.kind !== 'notSubmitted' && i.kind !== 'setting').map((i) => i.where);
    expect(new Set(rows).size).toBe(rows.length);
    // The only row waiting for the office for another reason: a compound target the unit answered with one figure.
    expect(p.items.filter((i) => i.kind === 'unjudged').map((i) => i.where)).toEqual([
      expect.stringContaining('Phụ lục I, TT 9.1'),
    ]);
  });

  test('contradictions (from the judging module, later) are listed', () => {
    const p = preflight(assessment, [
      {
        measure: 'Phủ sóng 5G',
        rows: [
          { tab: 'indicators', rowIndex: 1, result: '98,5%' },
          { tab: 'indicators', rowIndex: 2, result: '85%' },
        ],
      },
    ]);
    expect(p.counts.contradiction).toBe(1);
    expect(p.items.find((i) => i.kind === 'contradiction')!.text).toContain('98,5% / 85%');
  });

  test('clean data: nothing to ask', () => {
    const a = assessWorkbook(sampleWorkbook(), TODAY);
    const clean = {
      ...a,
      indicators: [],
      tasks: [],
      units: a.units.map((u) => ({ ...u, submitted: true, submittedAt: new Date(Date.UTC(2026, 10, 1)) })),
    };
    expect(preflight(clean).clean).toBe(true);
  });
});

describe('text tools', () => {
  test('shortening never leaves a bracket open', () => {
    const name =
      'Khai thác hiệu quả Sàn thương mại điện tử Hoa Phượng (hoaphuong.gov.vn; kết nối doanh nghiệp, hợp tác xã, hộ kinh doanh tham gia sàn và triển khai các hoạt động xúc tiến thương mại)';
    const s = shorten(name, 100);
    expect(s).toMatch(/…$/);
    expect(s.split('(').length).toBe(s.split(')').length);
  });

  test('lists of unit names use semicolons; short lists "a, b và c"', () => {
    expect(joinVi(['Văn phòng HĐND và UBND', 'Công an phường'])).toBe('Văn phòng HĐND và UBND; Công an phường');
    expect(joinVi(['1.4', '3.1', '9.5'])).toBe('1.4, 3.1 và 9.5');
  });

  test('typographic quotes', () => {
    expect(typographicQuotes('tham gia "Bình dân học vụ số" (\'x\')')).toBe('tham gia “Bình dân học vụ số” (‘x’)');
  });

  test('names, folder ids', () => {
    expect(reportDocumentName({ planNumber: '57/KH-UBND', reportingYear: 2026 }, GENERATED_AT)).toBe(
      'Báo cáo Kế hoạch 57 năm 2026 - 10/12/2026 16:05',
    );
    expect(reportFileName(2026)).toBe('bao-cao-2026.docx');
    expect(reportInstantFor(TODAY, GENERATED_AT)).toBe(GENERATED_AT);
    expect(reportFolderIdOf('https://drive.google.com/drive/folders/1AbCdEfGhIjKlMn?usp=sharing')).toBe(
      '1AbCdEfGhIjKlMn',
    );
    expect(reportFolderIdOf('1AbCdEfGhIjKlMn')).toBe('1AbCdEfGhIjKlMn');
    expect(reportFolderIdOf('thư mục của tôi')).toBe('');
    expect(buildReport(assessment, { generatedAt: GENERATED_AT }).meta.title).not.toContain('\u00a0');
    expect(cleanText('x')).toBe('x');
  });
});
