/** The verdicts the tool gives, with the Vietnamese label a person sees and the colour the sheet uses. */
export type IndicatorVerdict = 'ACHIEVED' | 'EXCEEDED' | 'NOT_ACHIEVED' | 'MISSING' | 'NOT_APPLICABLE' | 'NEEDS_REVIEW';
export type TaskVerdict = 'DONE' | 'DONE_LATE' | 'IN_PROGRESS' | 'OVERDUE' | 'NOT_DUE' | 'MISSING' | 'NEEDS_REVIEW';
export type Verdict = IndicatorVerdict | TaskVerdict;

export const VERDICT_LABELS: Record<Verdict, string> = {
  ACHIEVED: 'Đạt',
  EXCEEDED: 'Vượt',
  NOT_ACHIEVED: 'Không đạt',
  MISSING: 'Chưa báo cáo',
  NOT_APPLICABLE: 'Không áp dụng',
  NEEDS_REVIEW: 'Cần đánh giá',
  DONE: 'Hoàn thành',
  DONE_LATE: 'Hoàn thành chậm',
  IN_PROGRESS: 'Đang thực hiện',
  OVERDUE: 'Quá hạn',
  NOT_DUE: 'Chưa đến hạn',
};

/** Background colours (light, readable when printed). */
export const VERDICT_COLORS: Record<Verdict, string> = {
  ACHIEVED: '#D9EAD3',
  EXCEEDED: '#B6D7A8',
  NOT_ACHIEVED: '#F4CCCC',
  MISSING: '#EFEFEF',
  NOT_APPLICABLE: '#FFFFFF',
  NEEDS_REVIEW: '#FFF2CC',
  DONE: '#D9EAD3',
  DONE_LATE: '#FCE5CD',
  IN_PROGRESS: '#CFE2F3',
  OVERDUE: '#F4CCCC',
  NOT_DUE: '#FFFFFF',
};

/** Colour for a cell whose typed value could not be read. */
export const INVALID_INPUT_COLOR = '#FFE599';

export type TrackStatus = 'ON_TRACK' | 'BEHIND';
export const TRACK_LABELS: Record<TrackStatus, string> = { ON_TRACK: 'ĐÚNG LỘ TRÌNH', BEHIND: 'CHẬM LỘ TRÌNH' };

/** Which verdict a label means, for the VHXH office's judgement column (any spelling). */
export function verdictFromLabel(label: string, labels: Record<string, string> = VERDICT_LABELS): Verdict | null {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  const wanted = fold(label);
  for (const [verdict, text] of Object.entries(labels)) if (fold(text) === wanted) return verdict as Verdict;
  return null;
}
