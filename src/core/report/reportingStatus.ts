/** Which units reported on time, late or not at all: the sentence before section I, and its problems for section III. */

import { formatDate, vietnamDateOf } from '../dates';
import type { Assessment } from '../judging/assess';
import type { Timeliness, UnitProgress } from '../progress/owed';
import { REPORT_TEXT } from './messages';
import { joinVi } from './textTools';

export interface ReportingParts {
  sentence: string;
  /** The late / not-reported part alone, for section III; '' when every unit reported on time. */
  problems: string;
}

export function reportingParts(assessment: Assessment, progress: UnitProgress[]): ReportingParts {
  const by = (t: Timeliness) => progress.filter((p) => p.timeliness === t);
  const names = (ps: UnitProgress[]) => joinVi(ps.map((p) => p.unit.name));
  const total = progress.length;
  const onTime = by('ON_TIME');
  const late = by('LATE');
  const notReported = by('NOT_REPORTED');
  const pending = by('PENDING');
  const lateNames = joinVi(
    late.map((p) =>
      p.state?.submittedAt
        ? REPORT_TEXT.lateUnit(p.unit.name, formatDate(vietnamDateOf(p.state.submittedAt)))
        : p.unit.name,
    ),
  );
  const problems: string[] = [];
  if (late.length) problems.push(REPORT_TEXT.late(late.length, lateNames));
  if (notReported.length) problems.push(REPORT_TEXT.notReported(notReported.length, names(notReported)));
  const parts = [
    onTime.length ? REPORT_TEXT.onTime(onTime.length, total, names(onTime)) : REPORT_TEXT.noneOnTime(total),
    ...problems,
  ];
  if (pending.length) parts.push(REPORT_TEXT.pending(pending.length, names(pending)));
  const sentence = `${REPORT_TEXT.reportingAsOf(formatDate(assessment.today), formatDate(assessment.config.deadline))}${parts.join('; ')}. ${REPORT_TEXT.reportingTail}`;
  return { sentence, problems: problems.join('; ') };
}
