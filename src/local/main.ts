import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { vietnamDateOf, formatDate, parseVietnameseDate, type CalendarDate } from '../core/dates';
import { buildSampleWorkbook } from '../core/sampleWorkbook';
import { TABS, TAB_ORDER } from '../core/schema';
import { writeWorkbookXlsx } from './xlsx';

/** `npm start [-- --today yyyy-mm-dd] [--out dir]`: the whole job on the embedded sample. */
export function parseArgs(argv: readonly string[]): { today: CalendarDate; outDir: string } {
  let today = vietnamDateOf(new Date());
  let outDir = 'out';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--today') {
      const value = argv[++i] ?? '';
      const parsed = parseVietnameseDate(value);
      if (!parsed) throw new Error(`Ngày không hợp lệ cho --today: "${value}". Ví dụ: --today 2026-11-25`);
      today = parsed;
    } else if (argv[i] === '--out') {
      outDir = argv[++i] ?? outDir;
    }
  }
  return { today, outDir };
}

export async function main(argv: readonly string[]): Promise<void> {
  const { today, outDir } = parseArgs(argv);
  mkdirSync(outDir, { recursive: true });
  const { workbook, config } = buildSampleWorkbook(today);
  const xlsxPath = join(outDir, `ke-hoach-cds-${config.reportingYear}.xlsx`);
  await writeWorkbookXlsx(xlsxPath, workbook);
  console.log(`Kế hoạch ${config.planNumber} - phường ${config.wardName} - năm báo cáo ${config.reportingYear}`);
  console.log(`Ngày chạy: ${formatDate(today)}; hạn báo cáo: ${formatDate(config.deadline)}`);
  console.log(`Đã ghi bảng tính: ${xlsxPath}`);
  for (const tab of TAB_ORDER) console.log(`  - ${TABS[tab].name}: ${workbook[tab].rows.length} dòng`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
