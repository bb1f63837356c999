import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CalendarDate, formatDate, parseVietnameseDate, vietnamDateOf } from '../core/dates';
import { AppError, toAppError } from '../core/errors';
import { formatVietnameseNumber } from '../core/judging/numbers';
import { VERDICT_LABELS, type Verdict } from '../core/judging/verdicts';
import { chartSpecs } from '../core/overview/chartSpecs';
import { buildReport } from '../core/report/build';
import { REPORT_TEXT } from '../core/report/messages';
import { reportFileName, reportInstantFor } from '../core/report/name';
import { preflight, preflightLines } from '../core/report/preflight';
import { buildSampleWorkbook } from '../core/sample/workbook';
import { judgeWorkbook } from '../core/sheet/judgedWorkbook';
import { TAB_ORDER, TABS } from '../core/sheet/schema';
import { renderCharts } from './overview/charts';
import { writeOfflineReminders } from './reminders/eml';
import { writeReportDocx } from './report/docx';
import { writeWorkbookXlsx } from './sheet/xlsx';

/** `npm start [-- --today yyyy-mm-dd] [--out dir]`: the whole job on the embedded sample. */
export function parseArgs(argv: readonly string[]): { today: CalendarDate; outDir: string } {
  let today = vietnamDateOf(new Date());
  let outDir = 'out';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--today') {
      const value = argv[++i] ?? '';
      const parsed = parseVietnameseDate(value);
      if (!parsed)
        throw new AppError('INVALID_INPUT', `Ngày không hợp lệ cho --today: "${value}". Ví dụ: --today 2026-11-25`);
      today = parsed;
    } else if (argv[i] === '--out') {
      outDir = argv[++i] ?? outDir;
    }
  }
  return { today, outDir };
}

function countBy(verdicts: readonly Verdict[]): string {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].map(([v, n]) => `${VERDICT_LABELS[v]}: ${n}`).join('; ');
}

export async function main(argv: readonly string[]): Promise<void> {
  const { today, outDir } = parseArgs(argv);
  mkdirSync(outDir, { recursive: true });
  const now = reportInstantFor(today, new Date());
  const sample = buildSampleWorkbook(today);
  const { workbook, assessment, decorations, summary } = judgeWorkbook(sample.workbook, today, now);
  const { config } = assessment;
  console.log(`Kế hoạch ${config.planNumber} - phường ${config.wardName} - năm báo cáo ${config.reportingYear}`);
  console.log(`Ngày chạy: ${formatDate(today)}; hạn báo cáo: ${formatDate(config.deadline)} (tính cả ngày này)`);

  const xlsxPath = join(outDir, `ke-hoach-cds-${config.reportingYear}.xlsx`);
  await writeWorkbookXlsx(xlsxPath, workbook, decorations);
  console.log(`\nĐã ghi bảng tính: ${xlsxPath}`);
  for (const tab of TAB_ORDER) console.log(`  - ${TABS[tab].name}: ${workbook[tab].rows.length} dòng`);

  const indicatorVerdicts = assessment.indicators.flatMap((r) => (r.judgement ? [r.judgement.verdict] : []));
  const taskVerdicts = assessment.tasks.flatMap((r) => (r.judgement ? [r.judgement.verdict] : []));
  console.log(`\nĐánh giá ${indicatorVerdicts.length} dòng chỉ tiêu: ${countBy(indicatorVerdicts)}`);
  console.log(`Đánh giá ${taskVerdicts.length} dòng nhiệm vụ: ${countBy(taskVerdicts)}`);
  for (const g of summary.groups) console.log(`  - Phụ lục ${g.appendix}, nhóm ${g.group}: đạt ${g.ratio} chỉ tiêu`);

  const t = summary.timeliness;
  console.log(
    `\nTính kịp thời: ${t.expected} đơn vị phải báo cáo; đã gửi ${t.submitted} (${formatVietnameseNumber(t.submittedRate, 1)}%), đúng hạn ${t.onTime}, nộp muộn ${t.late}, quá hạn chưa gửi ${t.notReported}, còn hạn chưa gửi ${t.pending}.`,
  );
  for (const u of summary.units)
    console.log(
      `  - ${u.unitName}: đã báo cáo ${u.reported}/${u.itemsLed} mục (${formatVietnameseNumber(u.percentComplete, 1)}%) - ${u.timeliness}`,
    );

  const chartDir = join(outDir, 'bieu-do');
  mkdirSync(chartDir, { recursive: true });
  const charts = renderCharts(chartSpecs(summary));
  for (const chart of charts) writeFileSync(join(chartDir, `${chart.key}.png`), chart.png);
  console.log(`\nĐã vẽ ${charts.length} biểu đồ: ${charts.map((c) => join(chartDir, `${c.key}.png`)).join(', ')}`);

  // The pre-flight the VHXH office sees in Google Sheets before "Tạo báo cáo" goes on.
  console.log(`\n${REPORT_TEXT.preflight.title}:`);
  for (const line of preflightLines(preflight(assessment), 20)) console.log(line ? `  ${line}` : '');

  const reportPath = join(outDir, reportFileName(config.reportingYear));
  const report = buildReport(assessment, {
    generatedAt: now,
    charts: charts.map((c) => ({ title: c.title, png: new Uint8Array(c.png), widthPx: c.width, heightPx: c.height })),
  });
  writeReportDocx(reportPath, report);
  console.log(`Đã ghi báo cáo: ${reportPath}`);

  console.log('');
  const reminders = await writeOfflineReminders(outDir, sample.workbook, today);
  for (const line of reminders.lines) console.log(line);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const appError = toAppError(error);
    console.error(appError.message);
    if (appError.detail) console.error(appError.detail);
    process.exit(appError.code === 'INVALID_INPUT' ? 2 : 1);
  });
}
