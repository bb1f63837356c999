/**
 * Sections II–IV, in the ward's voice: shortfalls and their causes (the causes are what the units wrote in the
 * Khó khăn tab), the ward's recommendations grouped by whom they are addressed to (Thành phố, each sở, …), and
 * next year's direction. No unit is named: the report is the ward's, the units' texts are its material.
 */
import type { Assessment } from '../judging/assess';
import { foldText } from '../text';
import { para } from './blocks';
import type { IndicatorLine, TaskLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';
import { showFreeText } from './results';
import { joinVi, sentence } from './textTools';

const T = REPORT_TEXT;

/** What the units wrote in one column of Khó khăn - Đề xuất, in the units' order, each sentence once. */
export function unitTexts(
  assessment: Assessment,
  pick: (i: Assessment['issues'][number]) => string,
): { texts: string[]; leftOut: number } {
  const order = new Map(assessment.registry.units.map((u, i) => [u.id, i]));
  const seen = new Set<string>();
  const texts: string[] = [];
  let leftOut = 0;
  for (const issue of [...assessment.issues].sort(
    (a, b) => (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9) || a.rowIndex - b.rowIndex,
  )) {
    const shown = showFreeText(pick(issue));
    if (shown.invalid) leftOut++;
    if (!shown.text) continue;
    const key = foldText(shown.text);
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(sentence(shown.text.replace(/^[-–•+]\s*/, '')));
  }
  return { texts, leftOut };
}

const A = REPORT_TEXT.addressees;
const CITY = A.city;
/** End of a name: JavaScript's \\b knows only ASCII letters, and "phố" ends in one it does not. */
const END = '(?=[\\s,.:;]|$)';
const ADDRESSEES: { re: RegExp; name: string }[] = [
  { re: new RegExp(`^${A.cityWords}${END}`, 'i'), name: CITY },
  { re: new RegExp(`^${A.cityShort}${END}`, 'i'), name: CITY },
  { re: new RegExp(`^${A.cityPoliceWords}${END}`, 'i'), name: A.cityPolice },
  { re: new RegExp(`^${A.cityDepartmentsWords}${END}`, 'i'), name: A.cityDepartments },
  ...A.departments.map((d) => ({ re: new RegExp(`^${d.replace(/,/g, ',?')}${A.ofCity}${END}`, 'i'), name: d })),
];
const ASK = /^(đề nghị|kiến nghị|đề xuất|mong|xin)\s+/i;

/** "Đề nghị Sở Y tế hướng dẫn …" → { to: "Sở Y tế", text: "Hướng dẫn …" }. */
export function addressed(proposal: string): { to: string; text: string } {
  let rest = proposal.trim();
  const ask = ASK.exec(rest);
  if (ask) rest = rest.slice(ask[0].length);
  for (const a of ADDRESSEES) {
    const m = a.re.exec(rest);
    if (m) {
      const text = rest.slice(m[0].length).replace(/^[\s,:]+/, '');
      if (text) return { to: a.name, text: text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) };
    }
  }
  const text = ask ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : rest;
  return { to: '', text };
}

/** "chỉ tiêu 2, 4 và 6 của Phụ lục II Kế hoạch": TT numbers restart in each of the plan's appendices. */
function refs(lines: IndicatorLine[]): string {
  const appendices = [...new Set(lines.map((l) => l.appendix))];
  return appendices
    .map((a) =>
      T.indicatorRefs(
        joinVi(lines.filter((l) => l.appendix === a).map((l) => l.tt || '…')),
        lines.find((l) => l.appendix === a)!.appendixName.short,
      ),
    )
    .join('; ');
}

export function issueSections(assessment: Assessment, indicators: IndicatorLine[], tasks: TaskLine[]): Block[] {
  const { config } = assessment;
  const blocks: Block[] = [para('heading1', T.sectionLimits, { outline: 1 })];

  blocks.push(para('heading2', T.limitsSubheading, { outline: 2 }));
  const behind = indicators.filter((l) => l.standing === 'BEHIND');
  const notAchieved = indicators.filter((l) => l.standing === 'NOT_ACHIEVED');
  const noData = indicators.filter((l) => ['NO_DATA', 'INVALID'].includes(l.standing)).length;
  const overdue = new Set(tasks.filter((t) => t.verdict === 'OVERDUE').map((t) => t.row.catalogId || t.row.rowKey));
  const late = new Set(tasks.filter((t) => t.verdict === 'DONE_LATE').map((t) => t.row.catalogId || t.row.rowKey));
  const limits: ParagraphBlock[] = [];
  if (notAchieved.length)
    limits.push(para('body', T.limitIndicatorsNotAchieved(notAchieved.length, refs(notAchieved))));
  if (behind.length) limits.push(para('body', T.limitIndicatorsBehind(behind.length, refs(behind))));
  if (noData) limits.push(para('body', T.limitIndicatorsNoData(noData)));
  if (overdue.size) limits.push(para('body', T.limitTasksOverdue(overdue.size)));
  if (late.size) limits.push(para('body', T.limitTasksLate(late.size)));
  blocks.push(...(limits.length ? limits : [para('body', T.limitsNone)]));

  blocks.push(para('heading2', T.causesSubheading, { outline: 2 }));
  const causes = unitTexts(assessment, (i) => i.difficulties).texts;
  blocks.push(...(causes.length ? causes.map((c) => para('body', T.cause(c))) : [para('body', T.noCauses)]));

  // III. The ward's recommendations, by addressee.
  blocks.push(para('heading1', T.sectionProposals, { outline: 1 }));
  const proposals = unitTexts(assessment, (i) => i.proposals).texts.map(addressed);
  if (!proposals.length) blocks.push(para('body', T.noProposals));
  else {
    blocks.push(para('body', T.proposalsIntro(config.wardName)));
    const order = (to: string) => (to === CITY ? 0 : to ? 1 : 2);
    const groups = [...new Set(proposals.map((p) => p.to))].sort((a, b) => order(a) - order(b));
    groups.forEach((to, i) => {
      blocks.push(para('body', T.addressee(i + 1, to || T.addresseeOther)));
      for (const p of proposals.filter((x) => x.to === to)) blocks.push(para('body', T.proposal(p.text)));
    });
  }

  // IV. Next year.
  const next = config.reportingYear + 1;
  blocks.push(para('heading1', T.sectionNextYear(next), { outline: 1 }));
  blocks.push(para('body', T.nextYearGeneral));
  if (behind.length) blocks.push(para('body', T.nextYearBehind(refs(behind))));
  if (overdue.size) blocks.push(para('body', T.nextYearOverdue(overdue.size)));
  for (const text of unitTexts(assessment, (i) => i.nextYear).texts) blocks.push(para('body', T.nextYearItem(text)));
  blocks.push(para('body', T.nextYearMonitoring));
  return blocks;
}
