/**
 * The internal annex (Cấu hình "Thêm phụ lục nội bộ vào báo cáo", off by default): what the VHXH office needs
 * and an outward report must not say — which units reported late or not at all, how counts are made, what still
 * waits for the office's judgement, which typed cells the report could not use.
 */
import { formatDate, vietnamDateOf } from '../dates';
import type { Assessment } from '../judging/assess';
import type { Timeliness, UnitProgress } from '../progress/owed';
import { para } from './blocks';
import type { IndicatorLine, TaskLine } from './lines';
import { REPORT_TEXT } from './messages';
import type { Block } from './model';
import { joinVi, shorten } from './textTools';

const T = REPORT_TEXT;

export function reportingLines(assessment: Assessment, progress: UnitProgress[]): string[] {
  const by = (t: Timeliness) => progress.filter((p) => p.timeliness === t);
  const names = (ps: UnitProgress[]) => joinVi(ps.map((p) => p.unit.name));
  const total = progress.length;
  const out = [T.internalReporting(formatDate(assessment.today), formatDate(assessment.config.deadline))];
  const onTime = by('ON_TIME');
  if (onTime.length) out.push(T.onTime(onTime.length, total, names(onTime)));
  const late = by('LATE');
  if (late.length)
    out.push(
      T.late(
        late.length,
        joinVi(
          late.map((p) =>
            p.state?.submittedAt
              ? T.lateUnit(p.unit.name, formatDate(vietnamDateOf(p.state.submittedAt)))
              : p.unit.name,
          ),
        ),
      ),
    );
  const notReported = by('NOT_REPORTED');
  if (notReported.length) out.push(T.notReported(notReported.length, names(notReported)));
  const pending = by('PENDING');
  if (pending.length) out.push(T.pending(pending.length, names(pending)));
  return out;
}

export function internalAnnex(
  assessment: Assessment,
  progress: UnitProgress[],
  indicators: IndicatorLine[],
  tasks: TaskLine[],
  leftOut: number,
): Block[] {
  const blocks: Block[] = reportingLines(assessment, progress).map((t) => para('body', t));
  blocks.push(para('body', T.countingRule(assessment.config.reportingYear)));
  const where = (l: { appendix: string; tt: string; name: string }) =>
    `${T.appendixFallback(l.appendix)}, TT ${l.tt || '…'} ${shorten(l.name, 80)}`;
  const unjudged = [
    ...indicators.filter((l) => l.standing === 'UNJUDGED'),
    ...tasks.filter((t) => t.verdict === 'NEEDS_REVIEW'),
  ];
  if (unjudged.length) {
    blocks.push(para('body', T.internalUnjudged(unjudged.length)));
    for (const l of unjudged)
      blocks.push(para('body', T.internalItem(where(l), l.unit, l.row.judgement?.reason ?? '')));
  }
  const invalid = indicators.filter((l) => l.standing === 'INVALID');
  if (invalid.length) {
    blocks.push(para('body', T.internalInvalid(invalid.length)));
    for (const l of invalid)
      blocks.push(para('body', T.internalItem(where(l), l.unit, l.row.problems.map((p) => p.message).join(' '))));
  }
  if (leftOut) blocks.push(para('body', T.internalLeftOut(leftOut)));
  return blocks;
}
