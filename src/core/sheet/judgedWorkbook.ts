import type { CalendarDate } from '../dates';
import { formatDate } from '../dates';
import { type Assessment, assessWorkbook } from '../judging/assess';
import { type Summary, summarize, summaryGrid } from '../overview/overview';
import { type JudgedTab, planRefresh, VALIDATED_COLUMNS, validationMarks } from './computedColumns';
import type { RowDecoration, SheetDecorations } from './style';
import { ColumnMap } from './table';
import type { WorkbookData } from './workbook';

/**
 * The offline equivalent of "Kiểm tra dữ liệu" + "Cập nhật tổng hợp": the workbook with every computed
 * column filled, notes for unreadable entries, and the Tổng hợp tab. Typed cells are not touched.
 */
export function judgeWorkbook(
  workbook: WorkbookData,
  today: CalendarDate,
  now: Date,
): { workbook: WorkbookData; assessment: Assessment; decorations: SheetDecorations; summary: Summary } {
  const assessment = assessWorkbook(workbook, today);
  const out: WorkbookData = { ...workbook };
  const decorations: SheetDecorations = {};
  for (const tab of ['indicators', 'tasks'] as JudgedTab[]) {
    const table = workbook[tab];
    const map = new ColumnMap(tab, table.header);
    const rows = tab === 'indicators' ? assessment.indicators : assessment.tasks;
    const { writes } = planRefresh(tab, map, table, rows);
    const newRows = table.rows.map((r) => [...r]);
    for (const write of writes) write.values.forEach((v, i) => (newRows[i][write.column] = v));
    out[tab] = { header: table.header, rows: newRows };
    decorations[tab] = rows.map((row): RowDecoration | undefined => {
      const marks = validationMarks(tab, row);
      const notes: Record<string, string> = {};
      const backgrounds: Record<string, string> = {};
      for (const key of VALIDATED_COLUMNS[tab]) {
        if (marks[key].note) notes[key] = marks[key].note;
        if (marks[key].background) backgrounds[key] = marks[key].background!;
      }
      return Object.keys(notes).length ? { notes, backgrounds } : undefined;
    });
  }
  const summary = summarize(assessment, now);
  const { grid } = summaryGrid(summary, formatDate(assessment.config.deadline));
  out.summary = { header: grid[0], rows: grid.slice(1) };
  return { workbook: out, assessment, decorations, summary };
}
