/**
 * Before "Tạo báo cáo": what would weaken the report, so the VHXH office can go on or go and fix it first. Each
 * problem is listed once, under the label that says what it is:
 *  - cells a unit typed that the tool cannot use as typed (the report prints "chưa có số liệu hợp lệ" for a result);
 *  - a result in another unit than its target's (money against a %): the report prints "Chưa đánh giá";
 *  - contradicting figures for one measure (two rows measuring the same thing with different results), once per
 *    measure, naming every row (judging finds them: measureContradictions);
 *  - rows still waiting for a person's judgement for any other reason (the report prints "Chưa đánh giá");
 *  - units that have not sent their report;
 *  - settings the report needs (the request letter, the signer).
 * Pure: the Apps Script dialog, the offline console and the tests all read this one list.
 */
import type { CellProblem } from '../cellEdit/validateCell';
import { type Assessment, measureContradictions } from '../judging/assess';
import { unitProgress } from '../progress/owed';
import { TABS } from '../sheet/schema';
import { cleanText } from '../text';
import { type IndicatorLine, indicatorLines, type TaskLine, taskLines } from './lines';
import { REPORT_TEXT } from './messages';
import { shorten } from './textTools';

/** Two or more rows giving different figures for the same measure (judging/sameMeasure.ts finds them). */
export interface Contradiction {
  measure: string;
  rows: { tab: 'indicators' | 'tasks'; rowIndex: number; result: string; rowKey?: string; where?: string }[];
}

export type PreflightKind = 'invalid' | 'unitMismatch' | 'contradiction' | 'unjudged' | 'notSubmitted' | 'setting';

export interface PreflightItem {
  kind: PreflightKind;
  /** "Chỉ tiêu, Phụ lục I, TT 9.4" / a unit's name / a Cấu hình label. */
  where: string;
  unit: string;
  text: string;
}

export interface Preflight {
  items: PreflightItem[];
  counts: Record<PreflightKind, number>;
  /** Nothing to warn about: the report can be made without asking. */
  clean: boolean;
}

const PREFLIGHT_TEXT = REPORT_TEXT.preflight;
/** The order the kinds are listed in. */
const KINDS: readonly PreflightKind[] = [
  'invalid',
  'unitMismatch',
  'contradiction',
  'unjudged',
  'notSubmitted',
  'setting',
];

function where(tab: 'indicators' | 'tasks', appendix: string, tt: string, name: string): string {
  return `${TABS[tab].name}, ${appendix}, TT ${tt || '…'} – ${shorten(name, 60)}`;
}

/** The kind of a cell problem: a contradiction is listed per measure, not per cell (null). */
function kindOf(p: CellProblem): PreflightKind | null {
  if (p.kind === 'sameMeasure') return null;
  return p.kind === 'unit' ? 'unitMismatch' : 'invalid';
}

/** Cell problems of the rows, each once; and, for a row with none, the reason it waits for a person. */
function rowItems(indicators: IndicatorLine[], tasks: TaskLine[]): PreflightItem[] {
  const items: PreflightItem[] = [];
  for (const l of [...indicators, ...tasks]) {
    const tab = 'standing' in l ? 'indicators' : 'tasks';
    const at = where(tab, l.appendixName.short, l.tt, l.name);
    for (const p of l.row.problems) {
      const kind = kindOf(p);
      if (kind) items.push({ kind, where: at, unit: l.unit, text: p.message });
    }
    if (l.row.problems.length) continue;
    // A result the report cannot print even though the cell check passed (an unreadable number, say).
    if ('standing' in l && l.standing === 'INVALID')
      items.push({ kind: 'invalid', where: at, unit: l.unit, text: cleanText(l.row.judgement?.reason) });
    const waits = 'standing' in l ? l.standing === 'UNJUDGED' : l.verdict === 'NEEDS_REVIEW';
    if (waits)
      items.push({
        kind: 'unjudged',
        where: at,
        unit: l.unit,
        text: PREFLIGHT_TEXT.unjudged(cleanText(l.row.judgement?.reason)),
      });
  }
  return items;
}

export function preflight(
  assessment: Assessment,
  contradictions: readonly Contradiction[] = measureContradictions(assessment),
): Preflight {
  const indicators = indicatorLines(assessment);
  const items = rowItems(indicators, taskLines(assessment));
  const unitOf = new Map(indicators.map((l) => [l.row.rowKey, l.unit]));
  for (const c of contradictions) {
    const units = [...new Set(c.rows.map((r) => (r.rowKey ? unitOf.get(r.rowKey) : '') ?? ''))].filter(Boolean);
    items.push({
      kind: 'contradiction',
      where: `${TABS.indicators.name}, ${c.rows.map((r) => r.where ?? c.measure).join(' / ')}`,
      unit: units.join('; '),
      text: PREFLIGHT_TEXT.contradiction(c.rows.map((r) => r.result).join(' / ')),
    });
  }
  for (const p of unitProgress(assessment))
    if (p.timeliness === 'NOT_REPORTED' || p.timeliness === 'PENDING')
      items.push({
        kind: 'notSubmitted',
        where: p.unit.name,
        unit: p.unit.name,
        text: PREFLIGHT_TEXT.notSubmitted(p.timeliness === 'NOT_REPORTED'),
      });
  const { config } = assessment;
  if (!config.requestLetters.length)
    items.push({ kind: 'setting', where: PREFLIGHT_TEXT.settingRequest, unit: '', text: PREFLIGHT_TEXT.noRequest });
  if (!cleanText(config.signerName))
    items.push({ kind: 'setting', where: PREFLIGHT_TEXT.settingSigner, unit: '', text: PREFLIGHT_TEXT.noSigner });

  items.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<PreflightKind, number>;
  for (const i of items) counts[i.kind]++;
  return { items, counts, clean: items.length === 0 };
}

/** The pre-flight as plain lines (the dialog, the console): the summary, then up to `limit` items. */
export function preflightLines(p: Preflight, limit = 12): string[] {
  if (p.clean) return [PREFLIGHT_TEXT.clean];
  const lines = PREFLIGHT_TEXT.summary(p.counts).map((s) => `• ${s}`);
  lines.push('');
  for (const i of p.items.slice(0, limit))
    lines.push(
      `- ${PREFLIGHT_TEXT.kinds[i.kind]}: ${i.where}${i.unit && i.unit !== i.where ? ` (${i.unit})` : ''}: ${i.text}`,
    );
  if (p.items.length > limit) lines.push(PREFLIGHT_TEXT.more(p.items.length - limit));
  return lines;
}
