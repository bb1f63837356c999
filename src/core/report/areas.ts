/**
 * The areas the report's narrative is written by ("2. Hạ tầng số", "3. Nhân lực số", as the wards' reports
 * write them). Plan rows do not carry an area: each appendix groups its rows under its own headings (Phụ lục III
 * and 4 follow the six task groups of Nghị quyết 57-NQ/TW; Phụ lục I and II group indicators their own way). A row
 * goes to the first area whose words appear in its headings (innermost first), then in its own name; a row no
 * area matches keeps its outermost heading as its area, so another ward's plan, with headings of its own, still
 * gets a narrative by its own groups without code changes.
 */
import { foldText } from '../text';
import { REPORT_TEXT } from './messages';

export interface Area {
  key: string;
  title: string;
}

interface AreaRule extends Area {
  /** Folded (no diacritics, lower case) words; any one matches. */
  words: RegExp;
}

const RULES: readonly AreaRule[] = [
  {
    key: 'awareness',
    title: REPORT_TEXT.areas.awareness,
    words: /nhan thuc|tuyen truyen|truyen thong|tu duy/,
  },
  { key: 'institutions', title: REPORT_TEXT.areas.institutions, words: /the che|chinh sach|quy che|quy dinh/ },
  {
    key: 'infrastructure',
    title: REPORT_TEXT.areas.infrastructure,
    words: /ha tang|bang rong|phu song|\b[56]g\b|internet|do thi thong minh/,
  },
  {
    key: 'people',
    title: REPORT_TEXT.areas.people,
    words: /nhan luc|nguon luc|ky nang|boi duong|dao tao|giao duc|hoc sinh|nhan tai/,
  },
  {
    key: 'government',
    title: REPORT_TEXT.areas.government,
    words:
      /thu tuc hanh chinh|dich vu cong|chinh quyen|he thong chinh tri|co quan|van ban|ho so|du lieu|chu ky so|dinh danh|an ninh mang|an toan thong tin|hanh chinh|phat trien chuyen doi so/,
  },
  {
    key: 'economy',
    title: REPORT_TEXT.areas.economy,
    words: /doanh nghiep|kinh te so|thuong mai dien tu|hop tac|khoi nghiep|doi moi sang tao|khoa hoc|ngan sach/,
  },
];

/** Order of the areas in the report: the known ones as above, the plan's own groups after them. */
export const AREA_ORDER: readonly string[] = RULES.map((r) => r.key);

export function areaOf(headings: readonly string[], name: string): Area {
  const texts = [...[...headings].reverse(), name].map(foldText);
  for (const text of texts) {
    for (const rule of RULES) if (rule.words.test(text)) return { key: rule.key, title: rule.title };
  }
  // "Đến năm 2030" says when, not what: it is not an area.
  const outer = headings.find((h) => !/^den nam \d{4}$/.test(foldText(h))) ?? '';
  return outer ? { key: `group:${foldText(outer)}`, title: outer } : { key: 'other', title: REPORT_TEXT.areas.other };
}
