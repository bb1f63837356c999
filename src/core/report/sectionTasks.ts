/** Section II: task counts overall and per appendix, tasks done with their results, overdue and unreported tasks. */
import type { Assessment } from '../judging/assess';
import { VERDICT_LABELS } from '../judging/verdicts';
import { para } from './blocks';
import type { TaskLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block, ParagraphBlock } from './model';
import { ordered } from './planOrder';
import { taskCountsText, taskTally } from './tallies';
import { appendixShortTitle, appendixTitle, shorten, verdictText } from './textTools';

export function taskSection(assessment: Assessment, lines: TaskLine[]): Block[] {
  const blocks: Block[] = [para('heading1', REPORT_TEXT.sectionTasks, { outline: 1 })];
  const t = taskTally(lines);
  blocks.push(para('body', `${REPORT_TEXT.tasksOverall(t.total)}: ${taskCountsText(t) || '0'}.`));
  const appendices = ordered(lines, (l) => l.appendix);
  if (appendices.length > 1) {
    for (const a of appendices) {
      const part = lines.filter((l) => l.appendix === a);
      blocks.push(
        para('body', REPORT_TEXT.taskAppendixLine(appendixTitle(a), part.length, taskCountsText(taskTally(part)))),
      );
    }
  }

  // Task numbers restart in each appendix: when there are several, each list is split under "Phụ lục …:".
  const perAppendix = (items: TaskLine[], item: (l: TaskLine) => ParagraphBlock): ParagraphBlock[] => {
    if (appendices.length <= 1) return items.map(item);
    return appendices.flatMap((a) => {
      const mine = items.filter((l) => l.appendix === a);
      return mine.length
        ? [
            para('body', [{ text: REPORT_TEXT.tasksOfAppendix(appendixShortTitle(a)), italic: true }]),
            ...mine.map(item),
          ]
        : [];
    });
  };

  blocks.push(para('heading3', REPORT_TEXT.achievedHeading));
  const done = lines.filter((l) => l.verdict === 'DONE' || l.verdict === 'DONE_LATE');
  const withResult = done.filter((l) => l.result);
  if (!done.length) blocks.push(para('body', REPORT_TEXT.noDone));
  blocks.push(
    ...perAppendix(withResult, (l) => {
      const late = l.verdict === 'DONE_LATE' ? `; ${VERDICT_LABELS.DONE_LATE.toLocaleLowerCase('vi')}` : '';
      return para('body', REPORT_TEXT.doneItem(l.tt, shorten(l.name), l.unit + late, l.result));
    }),
  );
  if (done.length > withResult.length)
    blocks.push(para('body', REPORT_TEXT.doneWithoutResult(done.length - withResult.length)));

  blocks.push(para('heading3', REPORT_TEXT.limitsHeading));
  const overdue = lines.filter((l) => l.verdict === 'OVERDUE');
  blocks.push(para('body', overdue.length ? REPORT_TEXT.overdueIntro(overdue.length) : REPORT_TEXT.noOverdue));
  blocks.push(
    ...perAppendix(overdue, (l) =>
      para(
        'body',
        REPORT_TEXT.taskLimitItem(
          l.tt,
          shorten(l.name),
          l.unit,
          verdictText(VERDICT_LABELS.OVERDUE, l.byHand),
          l.reason,
        ),
      ),
    ),
  );
  const review = lines.filter((l) => l.verdict === 'NEEDS_REVIEW');
  if (review.length) {
    blocks.push(para('body', REPORT_TEXT.needsReviewIntro(review.length)));
    blocks.push(
      ...perAppendix(review, (l) =>
        para('body', REPORT_TEXT.taskLimitItem(l.tt, shorten(l.name), l.unit, VERDICT_LABELS.NEEDS_REVIEW, l.reason)),
      ),
    );
  }
  const missing = lines.filter((l) => l.verdict === 'MISSING');
  if (missing.length) {
    blocks.push(para('body', REPORT_TEXT.missingTasksIntro(missing.length)));
    const order = assessment.registry.units.map((u) => u.name);
    const units = ordered(missing, (l) => l.unit).sort(
      (a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9),
    );
    for (const unit of units)
      blocks.push(para('body', REPORT_TEXT.missingTasksByUnit(unit, missing.filter((l) => l.unit === unit).length)));
  }
  return blocks;
}
