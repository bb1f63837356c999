import type { Assessment } from '../../src/core/judging/assess';
import type { TaskVerdict } from '../../src/core/judging/verdicts';
import { buildReport } from '../../src/core/report/build';
import { REPORT_TEXT } from '../../src/core/report/messages';
import { type ParagraphBlock, paragraphText } from '../../src/core/report/model';
import { reportDocumentName, reportFileName, reportInstantFor } from '../../src/core/report/name';
import { cleanText, pad2 } from '../../src/core/text';
import {
  allParagraphs,
  between,
  bodyTexts,
  GENERATED_AT,
  gridTables,
  sampleReport,
  sampleWorkbook,
  setIssue,
  TODAY,
} from './helpers';

const judged = (a: Assessment) => a.indicators.filter((r) => !r.isGroup);
const judgedTasks = (a: Assessment) => a.tasks.filter((r) => !r.isGroup);

describe('buildReport on the sample workbook', () => {
  const { assessment, doc } = sampleReport();
  const texts = bodyTexts(doc);
  const section = (from: string, to: string) => between(texts, from, to);

  test('header block, title, subject and legal basis', () => {
    const header = doc.blocks[0];
    expect(header.kind).toBe('table');
    if (header.kind !== 'table') return;
    expect(header.style).toBe('layout');
    const cell = (r: number, c: number) => header.rows[r].cells[c].paragraphs.map(paragraphText).filter(Boolean);
    expect(cell(0, 0)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI DƯƠNG']);
    expect(header.rows[0].cells[0].paragraphs[1].runs[0].bold).toBe(true);
    expect(header.rows[0].cells[0].paragraphs[2].ruleWidthMm).toBeGreaterThan(0);
    expect(cell(0, 1)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(header.rows[0].cells[1].paragraphs[1].runs[0]).toMatchObject({ bold: true, underline: true });
    expect(cell(1, 0)).toEqual(['Số: …/BC-UBND']);
    // 10/12/2026 16:05 in Việt Nam.
    expect(cell(1, 1)).toEqual(['Hải Dương, ngày 10 tháng 12 năm 2026']);
    expect(header.rows[1].cells[1].paragraphs[0].format.italic).toBe(true);

    expect(texts[0]).toBe('BÁO CÁO');
    expect(texts[1]).toBe(
      'Kết quả thực hiện Kế hoạch số 57/KH-UBND ngày 24/02/2026 của UBND phường Hải Dương năm 2026',
    );
    expect(texts).toContainEqual(
      expect.stringMatching(
        /^Thực hiện Kế hoạch số 57\/KH-UBND ngày 24\/02\/2026 của Ủy ban nhân dân phường Hải Dương về việc thực hiện Nghị quyết số 57-NQ\/TW/,
      ),
    );
    for (const h of [
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
    ]) {
      expect(texts).toContain(h);
    }
  });

  test('per group: achieved / counted from the judged rows, failures named by TT', () => {
    const rows = judged(assessment);
    const top = (r: (typeof rows)[number]) => cleanText(r.record.group).split('›')[0].trim();
    const groups = [...new Set(rows.map((r) => `${r.record.appendix}|${top(r)}`))];
    expect(groups.length).toBeGreaterThanOrEqual(5);
    const sectionI = section('I. KẾT QUẢ', 'II. KẾT QUẢ');
    for (const key of groups) {
      const [appendix, group] = key.split('|');
      const inGroup = rows.filter((r) => r.record.appendix === appendix && top(r) === group);
      const v = (...vs: string[]) => inGroup.filter((r) => vs.includes(r.judgement!.verdict));
      const counted = inGroup.length - v('NOT_APPLICABLE').length;
      const sentence = sectionI.find((t) =>
        t.toLowerCase().startsWith(`- nhóm chỉ tiêu ${String(group).toLowerCase()}:`),
      );
      expect(sentence).toBeDefined();
      if (counted)
        expect(sentence).toContain(`đạt ${pad2(v('ACHIEVED', 'EXCEEDED').length)}/${pad2(counted)} chỉ tiêu`);
      for (const [verdict, words] of [
        ['NOT_ACHIEVED', 'chỉ tiêu chưa đạt ('],
        ['MISSING', 'chỉ tiêu chưa có kết quả ('],
        ['NEEDS_REVIEW', 'chỉ tiêu chờ Phòng VHXH đánh giá ('],
        ['NOT_APPLICABLE', 'chỉ tiêu không áp dụng, không tính ('],
      ] as const) {
        const these = v(verdict);
        if (these.length) {
          expect(sentence).toContain(`${pad2(these.length)} ${words}`);
          const list = new RegExp(`${words.replace(/[()]/g, '\\$&')}chỉ tiêu ([^)]*)\\)`).exec(sentence!)![1];
          expect(list.split(/, | và /).sort()).toEqual(these.map((r) => cleanText(r.record.tt)).sort());
        } else expect(sentence).not.toContain(words);
      }
    }
  });

  test('overall rate sentence agrees with the judged rows', () => {
    const rows = judged(assessment);
    const counted = rows.filter((r) => r.judgement!.verdict !== 'NOT_APPLICABLE').length;
    const achieved = rows.filter((r) => ['ACHIEVED', 'EXCEEDED'].includes(r.judgement!.verdict)).length;
    expect(texts.some((t) => t.includes(`đạt ${pad2(achieved)}/${pad2(counted)} chỉ tiêu (`))).toBe(true);
  });

  test('not-achieved and needs-review indicators are named with their reasons under "b) Tồn tại, hạn chế"', () => {
    const rows = judged(assessment).filter((r) =>
      ['NOT_ACHIEVED', 'NEEDS_REVIEW', 'MISSING'].includes(r.judgement!.verdict),
    );
    expect(rows.length).toBeGreaterThan(0);
    const sectionI = section('I. KẾT QUẢ', 'II. KẾT QUẢ');
    for (const r of rows) {
      const tt = cleanText(r.record.tt);
      const item = sectionI.find(
        (t) => t.startsWith(`- ${tt}. `) && t.includes(cleanText(r.judgement!.reason)) && !t.includes(': đạt'),
      );
      expect({ row: r.rowKey, item }).toEqual({ row: r.rowKey, item: expect.any(String) });
      const limitsAt = sectionI.lastIndexOf(REPORT_TEXT.limitsHeading, sectionI.indexOf(item!));
      expect(limitsAt).toBeGreaterThanOrEqual(0);
    }
  });

  test('Phụ lục II indicators: stage status counted', () => {
    const rows = judged(assessment).filter((r) => r.record.appendix === 'II');
    const onTrack = rows.filter((r) => r.judgement!.track === 'ON_TRACK').length;
    const behind = rows.filter((r) => r.judgement!.track === 'BEHIND').length;
    expect(onTrack + behind).toBeGreaterThan(0);
    const sectionI = section('I. KẾT QUẢ', 'II. KẾT QUẢ');
    const trackTexts = sectionI.filter((t) => t.startsWith('Theo lộ trình'));
    const sum = (re: RegExp) => trackTexts.reduce((s, t) => s + Number(re.exec(t)?.[1] ?? 0), 0);
    expect(sum(/(\d+) chỉ tiêu đúng lộ trình/)).toBe(onTrack);
    expect(sum(/(\d+) chỉ tiêu chậm lộ trình/)).toBe(behind);
  });

  test('hand-set verdicts say "(Phòng VHXH đánh giá)"', () => {
    const byHand = judged(assessment).filter((r) => r.judgement!.byHand);
    expect(byHand.length).toBeGreaterThan(0);
    const table = gridTables(doc)[0];
    for (const r of byHand) {
      const row = table.rows.find(
        (tr) =>
          tr.kind === 'data' &&
          paragraphText(tr.cells[0].paragraphs[0]) === cleanText(r.record.tt) &&
          paragraphText(tr.cells[1].paragraphs[0]).startsWith(cleanText(r.record.name)),
      );
      expect(paragraphText(row!.cells[5].paragraphs[0])).toContain('(Phòng VHXH đánh giá)');
    }
  });

  test('task counts agree with the judged rows', () => {
    const tasks = judgedTasks(assessment);
    const sectionII = section('II. KẾT QUẢ', 'III. TỒN TẠI');
    const overall = sectionII[0];
    expect(overall).toContain(`Tổng số ${pad2(tasks.length)} nhiệm vụ`);
    for (const v of Object.keys(REPORT_TEXT.taskCounts) as TaskVerdict[]) {
      const n = tasks.filter((t) => t.judgement!.verdict === v).length;
      if (n) expect(overall).toContain(REPORT_TEXT.taskCounts[v](n));
    }
  });

  test('units that reported late or not at all are named; on-time ones too', () => {
    const reporting = texts.find((t) => t.startsWith('Tính đến ngày 10/12/2026'))!;
    expect(reporting).toContain('(hạn báo cáo của các đơn vị: 30/11/2026)');
    expect(reporting).toMatch(/01 đơn vị gửi báo cáo sau hạn \(Công an phường - ngày 05\/12\/2026\)/);
    expect(reporting).toMatch(
      /02 đơn vị chưa gửi báo cáo \(Phòng Kinh tế, Hạ tầng và Đô thị và Trung tâm dịch vụ sự nghiệp công phường\)/,
    );
    expect(reporting).toMatch(
      /03\/06 đơn vị gửi báo cáo đúng hạn \(Trung tâm phục vụ hành chính công, Văn phòng HĐND và UBND và Phòng Văn hóa - Xã hội\)/,
    );
    expect(
      section('III. TỒN TẠI', 'IV. ĐỀ XUẤT').some(
        (t) => t.startsWith('- Về việc báo cáo:') && t.includes('Công an phường'),
      ),
    ).toBe(true);
  });

  test('difficulties, proposals and next-year tasks are attributed to their units', () => {
    const iii = section('III. TỒN TẠI', 'IV. ĐỀ XUẤT');
    const iv = section('IV. ĐỀ XUẤT', 'V. PHƯƠNG HƯỚNG');
    const v = texts.slice(texts.indexOf('V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027') + 1);
    for (const issue of assessment.issues) {
      if (issue.difficulties) expect(iii).toContain(`- ${issue.unitName}: ${issue.difficulties}`);
      if (issue.proposals) expect(iv).toContain(`- ${issue.unitName}: ${issue.proposals}`);
      if (issue.nextYear) expect(v).toContain(`- ${issue.unitName}: ${issue.nextYear}`);
    }
    expect(iii).toContain(
      `- Trung tâm phục vụ hành chính công: ${assessment.issues.find((i) => i.unitId === 'TTHCC')!.difficulties}`,
    );
    // Văn phòng wrote no proposal: it is not listed under IV.
    expect(iv.some((t) => t.startsWith('- Văn phòng HĐND và UBND:'))).toBe(false);
  });

  test('recipients and signature block', () => {
    const sig = doc.blocks.find((b) => b.kind === 'table' && b.style === 'layout' && b !== doc.blocks[0]);
    expect(sig?.kind).toBe('table');
    if (sig?.kind !== 'table') return;
    const [left, right] = sig.rows[0].cells.map((c) => c.paragraphs);
    expect(paragraphText(left[0])).toBe('Nơi nhận:');
    expect(left[0].format).toMatchObject({ bold: true, italic: true, sizePt: 12, align: 'left' });
    const items = left.slice(1).map(paragraphText);
    expect(items[0]).toBe('- UBND thành phố (để b/c);');
    expect(items[items.length - 1]).toBe('- Lưu: VT, VHXH.');
    for (const it of items.slice(0, -1)) expect(it).toMatch(/^- .*;$/);
    for (const p of left.slice(1)) expect(p.format.sizePt).toBe(11);
    const lines = right.map(paragraphText);
    expect(lines.slice(0, 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(lines[lines.length - 1]).toBe('Nguyễn Văn An');
    for (const p of right) expect(p.format.bold).toBe(true);
  });

  test('appendix tables: headers, group rows, every indicator and task row exactly once', () => {
    const [indicators, tasks] = gridTables(doc);
    const cells = (i: number, r: (typeof indicators.rows)[number]) => paragraphText(r.cells[i].paragraphs[0]);
    expect(indicators.rows[0].cells.map((c) => paragraphText(c.paragraphs[0]))).toEqual([
      'TT',
      'Chỉ tiêu',
      'ĐVT',
      'Chỉ tiêu năm',
      'Kết quả',
      'Đánh giá',
    ]);
    expect(tasks.rows[0].cells.map((c) => paragraphText(c.paragraphs[0]))).toEqual([
      'TT',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Tình trạng',
    ]);
    const data = indicators.rows.filter((r) => r.kind === 'data');
    expect(data.length).toBe(judged(assessment).length);
    for (const r of judged(assessment)) {
      const matches = data.filter(
        (d) =>
          cells(0, d) === cleanText(r.record.tt) &&
          cells(1, d).startsWith(cleanText(r.record.name)) &&
          cells(4, d) === cleanText(r.record.result),
      );
      expect({ row: r.rowKey, n: matches.length }).toEqual({ row: r.rowKey, n: 1 });
    }
    const groupNames = indicators.rows.filter((r) => r.kind === 'group').map((r) => cells(1, r));
    expect(groupNames).toEqual(
      expect.arrayContaining([
        'Đến năm 2030',
        'Đến năm 2045',
        'Phát triển Hạ tầng',
        'Phát triển nguồn lực',
        'Phát triển chuyển đổi số',
      ]),
    );
    expect(indicators.rows.filter((r) => r.kind === 'band').map((r) => cells(1, r))).toEqual([
      'Phụ lục I - Danh mục các chỉ tiêu',
      'Phụ lục II - Các chỉ tiêu theo dõi đánh giá theo giai đoạn 05 năm',
    ]);
    // Tasks: a row per lead unit, the unit in its own column; TT, name and time printed once above them.
    const taskData = tasks.rows.filter((r) => r.kind === 'data');
    expect(taskData.length).toBe(judgedTasks(assessment).length);
    const first = taskData.findIndex((d) => cells(1, d).startsWith('Hoàn thành số hóa quy trình nghiệp vụ nội bộ'));
    let end = first + 1;
    while (taskData[end]?.cells[1].continued) end++;
    const multi = taskData.slice(first, end);
    const leads = judgedTasks(assessment).filter((t) => t.catalogId === 'PL3-II-1');
    expect(multi.length).toBe(leads.length);
    expect(multi.length).toBeGreaterThan(1);
    expect(multi.map((d) => cells(2, d)).sort()).toEqual(
      leads.map((t) => assessment.registry.byId(t.unitId!)!.name).sort(),
    );
    for (const d of multi.slice(1))
      expect([0, 1, 3].map((i) => [d.cells[i].continued, cells(i, d)])).toEqual([
        [true, ''],
        [true, ''],
        [true, ''],
      ]);
    // Every judged task appears exactly once: its unit under its task.
    const owner = new Map<number, string>();
    let current = '';
    tasks.rows.forEach((r, i) => {
      if (r.kind !== 'data') return;
      if (!r.cells[1].continued) current = cells(1, r);
      owner.set(i, `${current}|${cells(2, r)}`);
    });
    const keys = [...owner.values()];
    for (const t of judgedTasks(assessment)) {
      const key = `${cleanText(t.record.name)}|${assessment.registry.byId(t.unitId!)?.name ?? cleanText(t.record.lead)}`;
      expect({ row: t.rowKey, n: keys.filter((k) => k === key).length }).toEqual({ row: t.rowKey, n: 1 });
    }
  });

  test('every text is NFC, no stray markup', () => {
    for (const p of allParagraphs(doc.blocks)) for (const r of p.runs) expect(r.text).toBe(r.text.normalize('NFC'));
  });

  test('appendices start on a new page', () => {
    const titles = doc.blocks
      .filter((b): b is ParagraphBlock => b.kind === 'paragraph' && !!b.pageBreakBefore)
      .map(paragraphText);
    expect(titles).toEqual([
      'Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2026',
      'Phụ lục: Kết quả thực hiện các nhiệm vụ năm 2026',
    ]);
  });
});

describe('buildReport: what units typed is text', () => {
  test('<script> and a formula appear exactly as typed', () => {
    const workbook = sampleWorkbook();
    const typed = '<script>alert("x")</script> và =IMPORTXML("http://x","//a")';
    setIssue(workbook, 'TTHCC', { difficulties: typed });
    const { doc } = sampleReport(workbook);
    expect(bodyTexts(doc)).toContain(`- Trung tâm phục vụ hành chính công: ${typed}`);
    // The sample's result cells with a formula and an HTML tag are printed as typed in the appendix.
    const results = gridTables(doc)[0].rows.map((r) => paragraphText(r.cells[4].paragraphs[0]));
    expect(results).toContain('=IMPORTXML("http://x","//a")');
    expect(results).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('buildReport: edge cases', () => {
  test('nobody wrote difficulties or proposals: a sensible sentence', () => {
    const workbook = sampleWorkbook();
    for (const id of ['TTHCC', 'VP', 'KTHTDT', 'VHXH', 'CA', 'TTSNC'])
      setIssue(workbook, id, { difficulties: '', proposals: '', nextYear: '' });
    const texts = bodyTexts(sampleReport(workbook).doc);
    expect(between(texts, 'III. TỒN TẠI', 'IV. ĐỀ XUẤT')).toContain(REPORT_TEXT.noDifficulties);
    expect(between(texts, 'IV. ĐỀ XUẤT', 'V. PHƯƠNG HƯỚNG')).toEqual([REPORT_TEXT.noProposals]);
    expect(texts).not.toContain(REPORT_TEXT.nextYearUnits);
  });

  test('after the year: overdue tasks are listed with their lead unit', () => {
    const today = { year: 2027, month: 1, day: 5 };
    const { assessment, doc } = sampleReport(sampleWorkbook(today), today);
    const overdue = judgedTasks(assessment).filter((t) => t.judgement!.verdict === 'OVERDUE');
    expect(overdue.length).toBeGreaterThan(0);
    const sectionII = between(bodyTexts(doc), 'II. KẾT QUẢ', 'III. TỒN TẠI');
    expect(sectionII).toContain(REPORT_TEXT.overdueIntro(overdue.length));
    for (const t of overdue) {
      const unit = assessment.registry.byId(t.unitId!)!.name;
      const name = cleanText(t.record.name).slice(0, 40);
      expect(
        sectionII.some((s) => s.includes(name) && s.includes(`(đơn vị chủ trì: ${unit})`) && s.includes('Quá hạn')),
      ).toBe(true);
    }
  });

  test('before the deadline: units that have not sent yet are "còn trong hạn"', () => {
    const today = { year: 2026, month: 11, day: 20 };
    const texts = bodyTexts(sampleReport(sampleWorkbook(today), today).doc);
    const reporting = texts.find((t) => t.startsWith('Tính đến ngày 20/11/2026'))!;
    expect(reporting).toContain('chưa gửi báo cáo, còn trong hạn');
    expect(reporting).not.toContain('sau hạn');
  });

  test('date line follows Nghị định 30 (leading zero for days < 10 and months 1–2) in Việt Nam time', () => {
    const { assessment } = sampleReport();
    const at = (iso: string) => {
      const header = buildReport(assessment, { generatedAt: new Date(iso) }).blocks[0];
      return header.kind === 'table' ? paragraphText(header.rows[1].cells[1].paragraphs[0]) : '';
    };
    expect(at('2027-02-04T03:00:00Z')).toBe('Hải Dương, ngày 04 tháng 02 năm 2027');
    expect(at('2026-03-09T03:00:00Z')).toBe('Hải Dương, ngày 09 tháng 3 năm 2026');
    // 18:30 UTC on 10/12 is 01:30 on 11/12 in Việt Nam.
    expect(at('2026-12-10T18:30:00Z')).toBe('Hải Dương, ngày 11 tháng 12 năm 2026');
  });

  test('report number and a Chủ tịch signing without "KT."', () => {
    const { assessment } = sampleReport();
    const config = { ...assessment.config, reportNumber: '125', signerAuthority: '', signerTitle: 'Chủ tịch' };
    const doc = buildReport({ ...assessment, config }, { generatedAt: GENERATED_AT });
    const texts = allParagraphs(doc.blocks).map(paragraphText);
    expect(texts).toContain('Số: 125/BC-UBND');
    const i = texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(texts[i + 1]).toBe('CHỦ TỊCH');
    expect(texts).toContain('(Kèm theo Báo cáo số 125/BC-UBND ngày 10/12/2026 của UBND phường Hải Dương)');
  });

  test('charts hook: images appended on their own page with a caption', () => {
    const { assessment } = sampleReport();
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const doc = buildReport(assessment, {
      generatedAt: GENERATED_AT,
      charts: [{ title: 'Tỷ lệ chỉ tiêu đạt theo nhóm', png, widthPx: 1200, heightPx: 600 }],
    });
    const image = doc.blocks.find((b) => b.kind === 'image');
    expect(image).toMatchObject({ kind: 'image', title: 'Tỷ lệ chỉ tiêu đạt theo nhóm', widthMm: 165, heightMm: 82.5 });
    expect(bodyTexts(doc)).toContain('Biểu đồ kết quả thực hiện năm 2026');
    expect(buildReport(assessment, { generatedAt: GENERATED_AT }).blocks.some((b) => b.kind === 'image')).toBe(false);
  });
});

describe('names', () => {
  test('document name carries the year and the time; file name the year', () => {
    expect(
      reportDocumentName({ planNumber: '57/KH-UBND', reportingYear: 2026 }, new Date(Date.UTC(2026, 10, 25, 9, 5))),
    ).toBe('Báo cáo Kế hoạch 57 năm 2026 - 25/11/2026 16:05');
    expect(reportFileName(2026)).toBe('bao-cao-2026.docx');
  });

  test('reportInstantFor keeps the time of day on the chosen day', () => {
    const now = new Date(Date.UTC(2026, 0, 5, 9, 5));
    expect(reportInstantFor(TODAY, now).toISOString()).toBe('2026-12-10T09:05:00.000Z');
    expect(reportInstantFor({ year: 2026, month: 1, day: 5 }, now)).toBe(now);
  });
});
