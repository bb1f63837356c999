/** The judging core: parse targets, results and completion times written the Vietnamese way; give verdicts. */
export { parseVietnameseNumber, formatVietnameseNumber, formatPercent } from './numbers';
export { parseTarget, parseResult, unitOfMeasure, conditionIn } from './quantity';
export type { ParsedTarget, ParsedResult, QuantityUnit } from './quantity';
export { judgeIndicator, pickMilestone } from './indicator';
export type { IndicatorInput, IndicatorJudgement } from './indicator';
export { parseCompletionTime } from './taskTime';
export type { CompletionTime } from './taskTime';
export { judgeTask, dueThisYear, readCompletedOn } from './task';
export type { TaskInput, TaskJudgement } from './task';
export { parseTaskStatus, parseIndicatorReview, parseTaskReview } from './reviews';
export type { TaskStatus, Choice } from './reviews';
