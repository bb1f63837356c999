/** The appendix tables: every indicator and every task in the plan's order, under the plan's group headings. */
import { para } from './blocks';
import { GRID_SIZE, INDICATOR_COLUMNS_MM, TASK_COLUMNS_MM } from './form';
import type { IndicatorLine, TaskLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Align, Block, ParagraphBlock, RowKind, TableBlock, TableRow } from './model';
import type { Heading } from './planOrder';

const T = REPORT_TEXT;

interface GridRow {
  kind: RowKind;
  cells: string[];
  /** Columns whose cell continues the one above (see TableCell.continued). */
  continued?: number[];
}

function gridTable(
  columnsMm: readonly number[],
  aligns: Align[],
  header: readonly string[],
  rows: GridRow[],
): TableBlock {
  const cellPara = (text: string, align: Align, kind: RowKind): ParagraphBlock => {
    const p = para('gridCell', text);
    p.format.align = kind === 'header' ? 'center' : kind === 'data' ? align : 'left';
    if (kind !== 'data') p.format.bold = true;
    return p;
  };
  const toRow = (r: GridRow): TableRow => ({
    kind: r.kind,
    cells: r.cells.map((text, i) => ({
      paragraphs: [cellPara(r.continued?.includes(i) ? '' : text, aligns[i], r.kind)],
      ...(r.continued?.includes(i) ? { continued: true } : {}),
    })),
    ...(r.kind === 'band' || r.kind === 'group' ? { spanFrom: 1 } : {}),
  });
  return {
    kind: 'table',
    style: 'grid',
    columns: columnsMm.map((widthMm, i) => ({ widthMm, align: aligns[i] })),
    rows: [toRow({ kind: 'header', cells: [...header] }), ...rows.map(toRow)],
    sizePt: GRID_SIZE,
  };
}

/**
 * Band rows ("A. Phụ lục I - ...") before each of the plan's appendices, a group row for each heading when it
 * changes (the plan's group rows, or the Nhóm path for a ward's own rows), then the rows, in the plan's order.
 */
function appendixRows<L extends { appendix: string; appendixName: { title: string }; headings: Heading[] }>(
  lines: readonly L[],
  width: number,
  dataCells: (line: L, previous: L | null) => GridRow,
): GridRow[] {
  const out: GridRow[] = [];
  const row = (kind: RowKind, first: string, second: string) => {
    const cells = Array<string>(width).fill('');
    cells[0] = first;
    cells[1] = second;
    out.push({ kind, cells });
  };
  let appendix: string | null = null;
  let band = 0;
  let open: Heading[] = [];
  let previous: L | null = null;
  for (const line of lines) {
    if (line.appendix !== appendix) {
      appendix = line.appendix;
      row('band', T.bandLetters[band++] ?? '', T.bandTitle(line.appendixName.title));
      open = [];
      previous = null;
    }
    let same = 0;
    while (same < open.length && same < line.headings.length && open[same].key === line.headings[same].key) same++;
    if (same < line.headings.length) previous = null;
    for (const h of line.headings.slice(same)) row('group', h.tt, h.name);
    open = line.headings;
    out.push(dataCells(line, previous));
    previous = line;
  }
  return out;
}

export function indicatorAppendix(year: number, lines: IndicatorLine[]): Block[] {
  const rows = appendixRows(lines, 7, (l) => {
    const hasTarget = !!l.target && l.target !== T.noTarget;
    const target = hasTarget ? (l.targetYear ? T.targetWithYear(l.target, l.targetYear) : l.target) : T.noTarget;
    return {
      kind: 'data',
      cells: [
        l.tt,
        l.name,
        l.unitOfMeasure,
        target,
        l.result.text,
        REPORT_TEXT.standing[l.standing](l.targetYear),
        l.unit,
      ],
    };
  });
  return [
    gridTable(
      INDICATOR_COLUMNS_MM,
      ['center', 'left', 'center', 'center', 'center', 'center', 'left'],
      T.indicatorHeaders(year),
      rows,
    ),
  ];
}

export function taskAppendix(lines: TaskLine[]): Block[] {
  const rows = appendixRows(lines, 6, (l, previous) => {
    // A task led by several units: one row per unit, the task's TT, name and time printed once above them.
    const sameTask = previous !== null && previous.row.catalogId === l.row.catalogId && !!l.row.catalogId;
    return {
      kind: 'data',
      cells: [l.tt, l.name, l.unit, l.time, REPORT_TEXT.taskStatus[l.verdict], l.result.text],
      continued: sameTask ? [0, 1, 3] : undefined,
    };
  });
  return [gridTable(TASK_COLUMNS_MM, ['center', 'left', 'left', 'center', 'center', 'left'], T.taskHeaders, rows)];
}

/** "Phụ lục I" (bold, centred, new page), the title below it, then "(Kèm theo Báo cáo số …)". */
export function appendixHeading(numeral: string, title: string, subtitle: string): ParagraphBlock[] {
  return [
    para('appendixTitle', T.appendixLabel(numeral), { pageBreakBefore: true, outline: 1 }),
    para('appendixTitle', title),
    para('appendixSubtitle', subtitle),
  ];
}
