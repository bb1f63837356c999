import pl1 from './data/pl1.json';
import pl2 from './data/pl2.json';
import pl3 from './data/pl3.json';
import pl4 from './data/pl4.json';
import type { CatalogRow } from './types';

export type { Appendix, CatalogRow, CatalogRowKind } from './types';

/** Every row of Phụ lục I, II, III and 4 of Kế hoạch 57/KH-UBND, in document order. */
export const PLAN_CATALOG: readonly CatalogRow[] = [
  ...(pl1 as CatalogRow[]),
  ...(pl2 as CatalogRow[]),
  ...(pl3 as CatalogRow[]),
  ...(pl4 as CatalogRow[]),
];

/** The plan the catalog comes from; the report names it. */
export const PLAN = {
  number: '57/KH-UBND',
  date: '24/02/2026',
  issuer: 'Ủy ban nhân dân phường Hải Dương',
  ward: 'Hải Dương',
  title:
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ trên địa bàn phường Hải Dương',
} as const;

export const APPENDIX_TITLES: Record<string, string> = {
  I: 'Phụ lục I - Danh mục các chỉ tiêu',
  II: 'Phụ lục II - Các chỉ tiêu theo dõi đánh giá theo giai đoạn 05 năm',
  III: 'Phụ lục III - Các nhiệm vụ theo phân công các nhiệm vụ chung của thành phố',
  '4': 'Phụ lục 4 - Phân công các nhiệm vụ khác thực hiện tại phường',
};

/** The group heading rows above a row, outermost first. */
export function ancestorsOf(row: CatalogRow, catalog: readonly CatalogRow[] = PLAN_CATALOG): CatalogRow[] {
  const byId = new Map(catalog.map((r) => [r.id, r]));
  const chain: CatalogRow[] = [];
  let parent = row.parentId ? byId.get(row.parentId) : undefined;
  while (parent) {
    chain.unshift(parent);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return chain;
}
