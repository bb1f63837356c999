/**
 * Before "Tạo báo cáo": what would weaken the report, so the VHXH office can go on or go and fix it first.
 *  - cells a unit typed that the tool cannot read (the report prints "chưa có số liệu hợp lệ" for a result);
 *  - rows still waiting for a person's judgement (the report prints "Chưa đánh giá");
 *  - units that have not sent their report;
 *  - contradicting figures for one measure (two rows measuring the same thing with different results). The
 *    judging module finds those (issue 17); until it does, callers pass none.
 *  - settings the report needs (the request letter, the signer).
 * Pure: the Apps Script dialog, the offline console and the tests all read this one list.
 */
import type { Assessment } from '../judging/assess';
import { unitProgress } from '../progress/owed';
import { TABS } from '../sheet/schema';
import { cleanText } from '../text';
import { indicatorLines, taskLines } from './lines';
import { REPORT_TEXT } from './messages';
import { appendixShortTitle, shorten } from './textTools';

/** Two or more rows giving different figures for the same measure (from the judging module). */
export interface Contradiction {
  measure: string;
  rows: { tab: 'indicators' | 'tasks'; rowIndex: number; result: string }[];
}

export type PreflightKind = 'invalid' | 'unjudged' | 'notSubmitted' | 'contradiction' | 'setting';

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

function where(tab: 'indicators' | 'tasks', appendix: string, tt: string, name: string): string {
  return `${TABS[tab].name}, ${appendixShortTitle(appendix)}, TT ${tt || '…'} – ${shorten(name, 60)}`;
}

export function preflight(assessment: Assessment, contradictions: readonly Contradiction[] = []): Preflight {
  const items: PreflightItem[] = [];
  const indicators = indicatorLines(assessment);
  const tasks = taskLines(assessment);
  for (const l of [...indicators, ...tasks]) {
    const tab = 'standing' in l ? 'indicators' : 'tasks';
    for (const p of l.row.problems)
      items.push({ kind: 'invalid', where: where(tab, l.appendix, l.tt, l.name), unit: l.unit, text: p.message });
    // A result the report cannot print even though the cell check passed (an unreadable number, say).
    if ('standing' in l && l.standing === 'INVALID' && !l.row.problems.length)
      items.push({
        kind: 'invalid',
        where: where(tab, l.appendix, l.tt, l.name),
        unit: l.unit,
        text: cleanText(l.row.judgement?.reason),
      });
  }
  for (const l of indicators.filter((x) => x.standing === 'UNJUDGED'))
    items.push({
      kind: 'unjudged',
      where: where('indicators', l.appendix, l.tt, l.name),
      unit: l.unit,
      text: PREFLIGHT_TEXT.unjudged(cleanText(l.row.judgement?.reason)),
    });
  for (const t of tasks.filter((x) => x.verdict === 'NEEDS_REVIEW'))
    items.push({
      kind: 'unjudged',
      where: where('tasks', t.appendix, t.tt, t.name),
      unit: t.unit,
      text: PREFLIGHT_TEXT.unjudged(cleanText(t.row.judgement?.reason)),
    });
  for (const p of unitProgress(assessment))
    if (p.timeliness === 'NOT_REPORTED' || p.timeliness === 'PENDING')
      items.push({
        kind: 'notSubmitted',
        where: p.unit.name,
        unit: p.unit.name,
        text: PREFLIGHT_TEXT.notSubmitted(p.timeliness === 'NOT_REPORTED'),
      });
  for (const c of contradictions)
    items.push({
      kind: 'contradiction',
      where: c.measure,
      unit: '',
      text: PREFLIGHT_TEXT.contradiction(c.rows.map((r) => r.result).join(' / ')),
    });
  const { config } = assessment;
  if (!config.requestLetters.length)
    items.push({ kind: 'setting', where: PREFLIGHT_TEXT.settingRequest, unit: '', text: PREFLIGHT_TEXT.noRequest });
  if (!cleanText(config.signerName))
    items.push({ kind: 'setting', where: PREFLIGHT_TEXT.settingSigner, unit: '', text: PREFLIGHT_TEXT.noSigner });

  const counts: Record<PreflightKind, number> = {
    invalid: 0,
    unjudged: 0,
    notSubmitted: 0,
    contradiction: 0,
    setting: 0,
  };
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
