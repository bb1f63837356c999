/**
 * Section I: the year's results. First the overall counts (indicators due this year apart from those on the
 * way to a later year, then tasks), then one part per area, each with "a) Kết quả đạt được" (the units' own
 * "kết quả nổi bật", indicators reached with their figures, tasks done with their products) and "b) Tồn tại,
 * hạn chế" (indicators behind their path or not reached, tasks overdue or late). Written in the ward's voice:
 * no unit is named as late, nothing says who still has to judge what.
 */

import { representatives } from '../judging/tally';
import type { Area } from './areas';
import { AREA_ORDER } from './areas';
import { para } from './blocks';
import type { IndicatorLine, TaskLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';
import { ordered } from './planOrder';
import { countIndicators, type Standing } from './standing';
import { taskTally } from './tallies';
import { joinVi, sentence, shorten } from './textTools';

const T = REPORT_TEXT;

function targetNote(l: IndicatorLine): string {
  return l.target && l.target !== T.noTarget ? T.targetOf(l.target, l.targetYear) : '';
}

/** "tăng 4,2 điểm % so với năm 2025": the change from the indicator's latest earlier result, when there is one. */
function changeNote(l: IndicatorLine): string {
  return l.change ? T.change(l.change.delta, l.change.amount, l.change.year) : '';
}

function overall(year: number, all: IndicatorLine[], tasks: TaskLine[]): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  // A measure reported in several rows is counted once, by the row that speaks for it (judging/tally.ts).
  const indicators = representatives(all, (l) => ({ judgement: l.row.judgement, measure: l.row.measure })).counted;
  const c = countIndicators(indicators, year);
  if (c.due.total) {
    const rest = [
      c.due.notAchieved ? T.dueParts.notAchieved(c.due.notAchieved) : '',
      c.due.noData ? T.dueParts.noData(c.due.noData) : '',
      c.due.invalid ? T.dueParts.invalid(c.due.invalid) : '',
      c.due.unjudged ? T.dueParts.unjudged(c.due.unjudged) : '',
    ].filter(Boolean);
    out.push(para('body', T.dueIndicators(year, c.due.achieved, c.due.total, c.due.exceeded, rest.join(', '))));
  } else if (indicators.length) out.push(para('body', T.noDueIndicators(year)));
  if (c.later.total) {
    const p = T.laterParts;
    const parts = [
      c.later.reachedEarly ? p.reachedEarly(c.later.reachedEarly) : '',
      c.later.onTrack ? p.onTrack(c.later.onTrack) : '',
      c.later.behind ? p.behind(c.later.behind) : '',
      c.later.short ? p.short(c.later.short) : '',
      c.later.noData ? p.noData(c.later.noData) : '',
      c.later.invalid ? p.invalid(c.later.invalid) : '',
      c.later.unjudged ? p.unjudged(c.later.unjudged) : '',
    ].filter(Boolean);
    out.push(para('body', T.laterIndicators(c.later.total, joinVi(c.later.years.map(String)), parts.join(', '))));
  }
  // One line per group of the plan's appendices ("Nhóm chỉ tiêu Phát triển Hạ tầng (03 chỉ tiêu): …").
  for (const key of ordered(indicators, (l) => `${l.appendix}\u0000${l.group}`)) {
    const lines = indicators.filter((l) => `${l.appendix}\u0000${l.group}` === key);
    const counted = lines.filter((l) => l.standing !== 'NOT_APPLICABLE');
    if (!counted.length) continue;
    const standings = STANDING_ORDER.filter((s) => counted.some((l) => l.standing === s));
    const parts = standings.map((s) => {
      const these = counted.filter((l) => l.standing === s);
      return T.standingCount(REPORT_TEXT.standing[s](these[0].targetYear), these.length);
    });
    const na = lines.length - counted.length;
    if (na) parts.push(T.notApplicableNote(na));
    out.push(para('body', T.groupLine(T.groupName(lines[0].group), counted.length, parts.join(', '))));
  }
  if (tasks.length) {
    const t = taskTally(tasks);
    const order = ['DONE', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE', 'NOT_DUE', 'MISSING', 'NEEDS_REVIEW'] as const;
    const counts = order.filter((v) => t[v] > 0).map((v) => T.taskCounts[v](t[v]));
    out.push(para('body', T.tasksOverall(t.total, counts.join(', '))));
  }
  if (indicators.length || tasks.length) out.push(para('body', T.detailsInAppendix));
  return out;
}

/** The name of an indicator or task as the body text writes it (shortened, unit named when a row has several). */
function bodyName(l: { name: string; unit: string }, showUnit: boolean): string {
  const name = shorten(l.name);
  return showUnit ? `${name} (${l.unit})` : name;
}

const STANDING_ORDER: readonly Standing[] = [
  'EXCEEDED',
  'ACHIEVED',
  'NOT_ACHIEVED',
  'REACHED_EARLY',
  'ON_TRACK',
  'BEHIND',
  'SHORT',
  'NO_DATA',
  'INVALID',
  'UNJUDGED',
];

const GOOD: readonly Standing[] = ['ACHIEVED', 'EXCEEDED', 'REACHED_EARLY', 'ON_TRACK'];

function areaBlocks(index: number, area: Area, indicators: IndicatorLine[], tasks: TaskLine[]): Block[] {
  const blocks: Block[] = [para('heading2', T.areaHeading(index, area.title), { outline: 2 })];

  // a) What was achieved: the units' own words first, then the figures, then the tasks done.
  const achieved: ParagraphBlock[] = [];
  const highlights = new Set<string>();
  for (const l of [...indicators, ...tasks])
    if (l.highlight.text) highlights.add(sentence(l.highlight.text.replace(/^[-–•+]\s*/, '')));
  for (const h of highlights) achieved.push(para('body', `- ${h}`));
  for (const l of indicators.filter((x) => GOOD.includes(x.standing) && x.result.text)) {
    const how =
      l.standing === 'ON_TRACK' ? T.onTrackHow : l.standing === 'REACHED_EARLY' ? T.reachedEarlyHow(l.targetYear) : '';
    const name = bodyName(l, l.showUnit);
    achieved.push(
      para(
        'body',
        /\d/.test(l.result.text)
          ? T.indicatorAchieved(name, l.result.text, changeNote(l), how, targetNote(l))
          : T.indicatorClaimed(name, how, targetNote(l)),
      ),
    );
  }
  const done = tasks.filter((t) => t.verdict === 'DONE' || t.verdict === 'DONE_LATE');
  for (const t of done.filter((x) => x.result.text))
    achieved.push(para('body', T.taskDone(bodyName(t, false), stripFinal(t.result.text))));
  // Tasks done without a product named are counted, not listed: the appendix names them.
  const doneQuiet = done.filter((x) => !x.result.text).length;
  const listed = done.length > doneQuiet;
  if (doneQuiet) achieved.push(para('body', listed ? T.otherTasksDone(doneQuiet) : T.tasksDone(doneQuiet)));
  const inProgress = tasks.filter((t) => t.verdict === 'IN_PROGRESS').length;
  if (inProgress) achieved.push(para('body', T.tasksInProgress(inProgress)));
  blocks.push(para('heading3', T.achievedHeading));
  blocks.push(...(achieved.length ? achieved : [para('body', T.noAreaResults)]));

  // b) Shortfalls: indicators behind, short or not reached, without figures; tasks overdue or late.
  const limits: ParagraphBlock[] = [];
  for (const l of indicators) {
    const name = bodyName(l, l.showUnit);
    const what =
      l.standing === 'BEHIND'
        ? T.behindWhat
        : l.standing === 'SHORT'
          ? T.shortWhat(l.targetYear)
          : l.standing === 'NOT_ACHIEVED'
            ? T.notAchievedWhat
            : '';
    if (what) limits.push(para('body', T.indicatorBehind(name, l.result.text, changeNote(l), targetNote(l), what)));
    else if (l.standing === 'NO_DATA') limits.push(para('body', T.indicatorNoData(name, T.noDataWhat)));
    else if (l.standing === 'INVALID') limits.push(para('body', T.indicatorNoData(name, T.invalidWhat)));
    else if (l.standing === 'UNJUDGED')
      limits.push(
        para(
          'body',
          !l.result.text
            ? T.indicatorNoData(name, T.unjudgedWhat)
            : /\d/.test(l.result.text)
              ? T.indicatorBehind(name, l.result.text, changeNote(l), targetNote(l), T.unjudgedWhat)
              : T.indicatorWordOnly(name, l.result.text, targetNote(l)),
        ),
      );
  }
  for (const t of tasks.filter((x) => x.verdict === 'OVERDUE'))
    limits.push(para('body', T.taskOverdue(bodyName(t, false), t.time)));
  for (const t of tasks.filter((x) => x.verdict === 'DONE_LATE'))
    limits.push(para('body', T.taskLate(bodyName(t, false), t.time)));
  blocks.push(para('heading3', T.limitsHeading));
  blocks.push(...(limits.length ? limits : [para('body', T.noAreaLimits)]));
  return blocks;
}

function stripFinal(text: string): string {
  return text.replace(/[\s.;,]+$/, '');
}

export function resultsSection(year: number, indicators: IndicatorLine[], tasks: TaskLine[]): Block[] {
  const blocks: Block[] = [para('heading1', T.sectionResults(year), { outline: 1 })];
  blocks.push(para('heading2', T.overallHeading, { outline: 2 }), ...overall(year, indicators, tasks));
  const all = [...indicators.map((l) => l.area), ...tasks.map((l) => l.area)];
  const keys = ordered(all, (a) => a.key).sort(
    (a, b) => (AREA_ORDER.indexOf(a) + 1 || 1e9) - (AREA_ORDER.indexOf(b) + 1 || 1e9),
  );
  keys.forEach((key, i) => {
    const area = all.find((a) => a.key === key)!;
    // A task led by several units is one task here: its first line speaks for it.
    const seen = new Set<string>();
    const areaTasks = tasks.filter((t) => {
      if (t.area.key !== key) return false;
      const id = t.row.catalogId ? `${t.row.catalogId}|${t.verdict}` : `${t.row.rowIndex}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    blocks.push(
      ...areaBlocks(
        i + 2,
        area,
        indicators.filter((l) => l.area.key === key),
        areaTasks,
      ),
    );
  });
  return blocks;
}
