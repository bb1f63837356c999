/** Section I: indicator results, overall and per appendix, a sentence per group, then achievements and shortfalls. */
import type { Assessment } from '../judging/assess';
import { formatVietnameseNumber } from '../judging/numbers';
import { TRACK_LABELS, VERDICT_LABELS } from '../judging/verdicts';
import { para } from './blocks';
import type { IndicatorLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';
import { ordered } from './planOrder';
import type { GroupTally } from './tallies';
import { joinVi, shorten, verdictText } from './textTools';

/** "chỉ tiêu 1.4, 3.1 và 9.5" (with the unit when a plan row has several leads). */
function refs(lines: IndicatorLine[]): string {
  return REPORT_TEXT.indicatorRefs(joinVi(lines.map((l) => (l.tt || '…') + (l.showUnit ? ` - ${l.unit}` : ''))));
}

function groupSentence(t: GroupTally, year: number): string {
  const label = REPORT_TEXT.groupName(t.group);
  const parts: string[] = [];
  if (t.counted === 0) parts.push(REPORT_TEXT.groupNone(label, year));
  else {
    parts.push(
      REPORT_TEXT.groupAchieved(label, t.achieved.length, t.counted) +
        (t.exceeded.length ? ` (${REPORT_TEXT.groupExceeded(t.exceeded.length)})` : ''),
    );
    if (t.notAchieved.length) parts.push(REPORT_TEXT.groupNotAchieved(t.notAchieved.length, refs(t.notAchieved)));
    if (t.missing.length) parts.push(REPORT_TEXT.groupMissing(t.missing.length, refs(t.missing)));
    if (t.needsReview.length) parts.push(REPORT_TEXT.groupNeedsReview(t.needsReview.length, refs(t.needsReview)));
  }
  let text = `- ${parts.join(', ')}`;
  if (t.notApplicable.length)
    text += `; ${REPORT_TEXT.groupNotApplicable(t.notApplicable.length, refs(t.notApplicable))}`;
  return `${text}.`;
}

function trackSentence(t: GroupTally): string | null {
  if (!t.onTrack.length && !t.behind.length) return null;
  const years = ordered([...t.onTrack, ...t.behind], (l) => l.targetYear).filter((y): y is number => y !== null);
  const milestone = years.length === 1 ? REPORT_TEXT.milestoneYear(years[0]) : REPORT_TEXT.milestoneMixed;
  return REPORT_TEXT.trackSentence(milestone, t.onTrack.length, t.behind.length, refs(t.behind));
}

function indicatorLimitItem(l: IndicatorLine, label: string, reason = l.reason): ParagraphBlock {
  return para('body', REPORT_TEXT.limitItem(l.tt, shorten(l.name), l.unit, verdictText(label, l.byHand), reason));
}

export function indicatorSection(assessment: Assessment, tallies: GroupTally[]): Block[] {
  const year = assessment.config.reportingYear;
  const blocks: Block[] = [para('heading1', REPORT_TEXT.sectionIndicators, { outline: 1 })];
  const all = tallies.flatMap((t) => t.lines);
  const counted = tallies.reduce((s, t) => s + t.counted, 0);
  const achieved = tallies.reduce((s, t) => s + t.achieved.length, 0);
  const exceeded = tallies.reduce((s, t) => s + t.exceeded.length, 0);
  if (all.length) {
    const rate = counted ? `${formatVietnameseNumber((achieved / counted) * 100, 2)}%` : '0%';
    blocks.push(para('body', REPORT_TEXT.indicatorsOverall(achieved, counted, rate, exceeded)));
    blocks.push(para('body', [{ text: REPORT_TEXT.countingRule(year), italic: true }]));
  }
  const appendices = ordered(tallies, (t) => t.appendix);
  appendices.forEach((appendix, i) => {
    const groups = tallies.filter((t) => t.appendix === appendix);
    const heading =
      appendix === 'I'
        ? REPORT_TEXT.appendixIHeading
        : appendix === 'II'
          ? REPORT_TEXT.appendixIIHeading
          : REPORT_TEXT.otherIndicatorsHeading(appendix);
    blocks.push(para('heading2', REPORT_TEXT.indicatorAppendixHeading(i + 1, heading), { outline: 2 }));

    blocks.push(para('heading3', REPORT_TEXT.achievedHeading));
    for (const g of groups) {
      blocks.push(para('body', groupSentence(g, year)));
      const track = trackSentence(g);
      if (track) blocks.push(para('body', track));
    }
    const achievedLines = groups.flatMap((g) => g.achieved);
    if (!achievedLines.length) blocks.push(para('body', REPORT_TEXT.noAchieved));
    for (const l of achievedLines) {
      const label =
        verdictText(VERDICT_LABELS[l.verdict], l.byHand) +
        (l.track ? `, ${TRACK_LABELS[l.track].toLocaleLowerCase('vi')}` : '');
      blocks.push(
        para('body', REPORT_TEXT.achievedItem(l.tt, shorten(l.name), l.showUnit ? l.unit : '', l.result, label)),
      );
    }

    blocks.push(para('heading3', REPORT_TEXT.limitsHeading));
    const limits = groups.flatMap((g) =>
      g.lines.filter((l) => ['NOT_ACHIEVED', 'MISSING', 'NEEDS_REVIEW'].includes(l.verdict)),
    );
    const behindOnly = groups.flatMap((g) => g.behind.filter((l) => !limits.includes(l)));
    if (!limits.length && !behindOnly.length) blocks.push(para('body', REPORT_TEXT.noLimits));
    for (const l of limits) {
      const label =
        VERDICT_LABELS[l.verdict] + (l.track === 'BEHIND' ? `, ${TRACK_LABELS.BEHIND.toLocaleLowerCase('vi')}` : '');
      blocks.push(indicatorLimitItem(l, label));
    }
    for (const l of behindOnly)
      blocks.push(
        indicatorLimitItem(l, `${VERDICT_LABELS[l.verdict]}, ${TRACK_LABELS.BEHIND.toLocaleLowerCase('vi')}`),
      );
  });
  return blocks;
}
