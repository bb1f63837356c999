/** Small text helpers shared by the sections: shortening names, Vietnamese lists, appendix titles. */
import { APPENDIX_TITLES, type CatalogRow } from '../plan/catalog';
import { REPORT_TEXT } from './messages';

/** Long catalog names are shortened in the body text (the appendix prints them in full). */
const BODY_NAME_LIMIT = 160;
export function shorten(full: string, limit = BODY_NAME_LIMIT): string {
  const text = full.replace(/[\s.;:,]+$/, '');
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** "a, b và c" */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

export function stripEnd(text: string): string {
  return text.replace(/[\s;,.]+$/, '');
}

export function verdictText(label: string, byHand: boolean): string {
  return byHand ? `${label} ${REPORT_TEXT.byHand}` : label;
}

/** The sheet's Phụ lục column ("I", "II", "III", "IV") → the catalog's appendix key. */
const APPENDIX_KEY: Record<string, CatalogRow['appendix']> = { I: 'I', II: 'II', III: 'III', IV: '4', '4': '4' };
export function appendixTitle(label: string): string {
  const key = APPENDIX_KEY[label.toUpperCase()];
  return key ? APPENDIX_TITLES[key] : REPORT_TEXT.appendixFallback(label || '…');
}

/** "Phụ lục III", "Phụ lục 4": as the plan names them. */
export function appendixShortTitle(label: string): string {
  return REPORT_TEXT.appendixFallback(APPENDIX_KEY[label.toUpperCase()] ?? (label || '…'));
}
