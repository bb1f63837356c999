import { SHARED_CSS } from '../entryPage/style';
import type { Assessment } from '../judging/assess';
import { TABS } from '../sheet/schema';
import { ColumnMap, type TableData } from '../sheet/table';
import { cleanText, escapeHtml } from '../text';
import { UNITS_TEXT } from '../units/messages';
import { addressProblems } from '../units/table';
import { PROGRESS_TEXT } from './messages';
import { unitProgress } from './owed';

/**
 * "Kiểm tra dữ liệu": every problem in the sheet, grouped by unit, each pointing at its cell.
 * The HTML is built here with every typed value escaped, so a value such as `<img onerror=…>` shows as text.
 */
export interface CellRef {
  sheetName: string;
  /** A1 address, e.g. "N12". */
  a1: string;
}

export interface ProblemItem {
  cell: CellRef;
  /** "Phụ lục III, TT 1": TT numbers restart in each appendix. */
  tt: string;
  name: string;
  column: string;
  typed: string;
  message: string;
}

export interface UnitProblems {
  unitId: string;
  unitName: string;
  invalid: ProblemItem[];
  missing: ProblemItem[];
}

/** Long plan texts are cut in the list (the cell link shows the whole row). */
function shorten(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function problemsByUnit(
  assessment: Assessment,
  tables: { indicators: TableData; tasks: TableData; issues: TableData; units?: TableData },
): UnitProblems[] {
  const unitsMap = tables.units && new ColumnMap('units', tables.units.header);
  // The Đơn vị tab's addresses: an entry that is no e-mail gives nobody edit rights or reminders (units/table.ts).
  const addressItems = (unitId: string): ProblemItem[] =>
    unitsMap
      ? addressProblems(
          assessment.units.filter((s) => s.unit.id === unitId),
          assessment.units,
        ).map((p) => {
          const header = p.column === 'accounts' ? UNITS_TEXT.accountsHeader : UNITS_TEXT.emailsHeader;
          return {
            cell: {
              sheetName: TABS.units.name,
              a1: `${columnLetter(Math.max(unitsMap.index(p.column), 0))}${p.rowIndex + 2}`,
            },
            tt: '',
            name: header,
            column: header,
            typed: p.entries.join('; '),
            message: p.message,
          };
        })
      : [];
  const maps = {
    indicators: new ColumnMap('indicators', tables.indicators.header),
    tasks: new ColumnMap('tasks', tables.tasks.header),
    issues: new ColumnMap('issues', tables.issues.header),
  };
  const ref = (tab: 'indicators' | 'tasks' | 'issues', rowIndex: number, key: string): CellRef => ({
    sheetName: TABS[tab].name,
    a1: `${columnLetter(Math.max(maps[tab].index(key), 0))}${rowIndex + 2}`,
  });
  const header = (tab: 'indicators' | 'tasks' | 'issues', key: string) =>
    TABS[tab].columns.find((c) => c.key === key)?.header ?? key;
  const rowOf = (tab: 'indicators' | 'tasks' | 'issues', rowIndex: number) =>
    tab === 'indicators' ? assessment.indicators[rowIndex] : tab === 'tasks' ? assessment.tasks[rowIndex] : undefined;
  const where = (tab: 'indicators' | 'tasks' | 'issues', rowIndex: number, tt: string) => {
    const appendix = cleanText(rowOf(tab, rowIndex)?.record.appendix);
    return tt ? PROGRESS_TEXT.dataCheck.where(appendix, tt) : '';
  };
  return unitProgress(assessment)
    .map((p) => ({
      unitId: p.unit.id,
      unitName: p.unit.name,
      invalid: [
        ...addressItems(p.unit.id),
        ...p.invalid.map((item) => {
          const rows = item.tab === 'indicators' ? assessment.indicators : assessment.tasks;
          const row = rows.find((r) => r.rowIndex === item.rowIndex);
          return {
            cell: ref(item.tab, item.rowIndex, item.column),
            tt: where(item.tab, item.rowIndex, item.tt),
            name: cleanText(row?.record.name),
            column: header(item.tab, item.column),
            typed: cleanText(row?.record[item.column]),
            message: item.message,
          };
        }),
      ],
      missing: p.owed
        .filter((o) => o.rowIndex >= 0)
        .map((o) => ({
          cell: ref(
            o.tab,
            o.rowIndex,
            o.tab === 'indicators' ? 'result' : o.tab === 'tasks' ? 'status' : 'difficulties',
          ),
          tt: where(o.tab, o.rowIndex, o.tt),
          name: o.name,
          column:
            o.tab === 'issues'
              ? header('issues', 'difficulties')
              : header(o.tab, o.tab === 'indicators' ? 'result' : 'status'),
          typed: '',
          message: o.explanation ? PROGRESS_TEXT.dataCheck.explained(o.missing, o.explanation) : o.missing,
        })),
    }))
    .filter((u) => u.invalid.length || u.missing.length);
}

/** The sidebar: problems grouped by unit; each item links to its cell through google.script.run.goToCell. */
export function problemsHtml(groups: readonly UnitProblems[], checkedAt: string): string {
  const item = (p: ProblemItem, kind: 'invalid' | 'missing') =>
    `<li class="${kind}"><a href="#" data-sheet="${escapeHtml(p.cell.sheetName)}" data-a1="${escapeHtml(p.cell.a1)}">${escapeHtml(p.cell.sheetName)}!${escapeHtml(p.cell.a1)}</a> ` +
    `<b>${escapeHtml(p.tt)}</b> ${escapeHtml(shorten(p.name))}<br>` +
    (p.typed ? `<span class="typed">${PROGRESS_TEXT.dataCheck.typed} «${escapeHtml(p.typed)}»</span><br>` : '') +
    `<span class="msg">${escapeHtml(p.message)}</span></li>`;
  const invalid = groups.reduce((n, g) => n + g.invalid.length, 0);
  const missing = groups.reduce((n, g) => n + g.missing.length, 0);
  const totals = groups.length
    ? `<p class="count">${PROGRESS_TEXT.dataCheck.totals(invalid, missing, groups.length)}</p>`
    : '';
  const body = groups.length
    ? groups
        .map(
          (g) =>
            `<section><h3>${escapeHtml(g.unitName)}</h3>` +
            (g.invalid.length
              ? `<p class="count">${PROGRESS_TEXT.dataCheck.invalidCount(g.invalid.length)}</p><ul>${g.invalid.map((p) => item(p, 'invalid')).join('')}</ul>`
              : '') +
            (g.missing.length
              ? `<p class="count">${PROGRESS_TEXT.dataCheck.missingCount(g.missing.length)}</p><ul>${g.missing.map((p) => item(p, 'missing')).join('')}</ul>`
              : '') +
            `</section>`,
        )
        .join('')
    : `<p>${PROGRESS_TEXT.dataCheck.allGood}</p>`;
  // The entry page's stylesheet (Google's add-on conventions), plus this list's own few rules.
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_top">
<style>${SHARED_CSS}h3{margin:12px 0 4px;font-size:14px}ul{padding-left:16px;margin:4px 0}li{margin-bottom:6px}
li.invalid .msg{color:var(--error)}li.missing .msg{color:var(--muted)}.count{margin:2px 0;font-weight:bold}</style></head>
<body class="sidebar"><p>${escapeHtml(PROGRESS_TEXT.dataCheck.checkedAt(checkedAt))}</p>${totals}${body}
<script>document.querySelectorAll('a[data-a1]').forEach(function(a){a.addEventListener('click',function(ev){ev.preventDefault();google.script.run.goToCell(a.getAttribute('data-sheet'),a.getAttribute('data-a1'));});});</script>
</body></html>`;
}
