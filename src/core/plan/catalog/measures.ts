/**
 * Rows of the plan that measure the same thing, decided once by reading Kế hoạch 57/KH-UBND (Phụ lục I against
 * Phụ lục II, and rows repeated inside an appendix). A unit reports ONE figure for one measure: two different
 * figures are a contradiction the tool flags on both cells, and every total counts the measure once.
 *
 * A link needs the same quantity over the same population: the same words in both rows (up to "Tỷ lệ" and word
 * order), or the plan's own short form of them. Rows that are only alike are NOT linked; the reason is kept below,
 * so the decision can be checked against the plan (docs/judging.md, "Một chỉ số, một số liệu", lists both).
 */
export interface SameMeasure {
  /** Stable id of the measure ("M-5G"). */
  id: string;
  /** What is measured, in a few words (for people reading the code and the docs). */
  name: string;
  /** Catalog ids of the rows that report it, in plan order. */
  rows: readonly string[];
}

export const SAME_MEASURES: readonly SameMeasure[] = [
  {
    id: 'M-DVC-TOAN-TRINH',
    name: 'Dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện',
    rows: ['PL1-1.2', 'PL2-21'],
  },
  { id: 'M-SO-HOA-HO-SO', name: 'Hồ sơ, kết quả giải quyết TTHC được số hóa', rows: ['PL1-1.3', 'PL2-20'] },
  {
    id: 'M-CHI-NGAN-SACH',
    name: 'Chi ngân sách cho KHCN, ĐMST, CĐS trong tổng chi ngân sách',
    rows: ['PL1-2', 'PL2-4'],
  },
  { id: 'M-BANG-RONG', name: 'Người dùng truy nhập băng rộng cố định trên 1 Gb/s', rows: ['PL1-3.1', 'PL2-2'] },
  { id: 'M-5G', name: 'Phủ sóng 5G', rows: ['PL1-3.2', 'PL2-1'] },
  {
    id: 'M-CDS-GIAO-DUC',
    name: 'Cơ sở giáo dục, cơ quan quản lý giáo dục có mức độ CĐS đạt mức 2 trở lên (2030 theo từng loại, 2045 chung)',
    rows: ['PL1-9.1', 'PL1-10'],
  },
  { id: 'M-KY-SO-GIAO-DUC', name: 'Cơ sở giáo dục triển khai ký số sổ sách, sổ điểm', rows: ['PL1-9.2', 'PL2-11'] },
  { id: 'M-KY-NANG-SO', name: 'Cơ sở GDPT, GDTX dạy kỹ năng số cho người học', rows: ['PL1-9.3', 'PL2-13'] },
  {
    id: 'M-KHOI-NGHIEP-GDPT',
    name: 'Cơ sở GDPT lồng ghép, tích hợp giáo dục khởi nghiệp',
    rows: ['PL1-9.4', 'PL1-11', 'PL2-14'],
  },
  { id: 'M-CLB-KHOI-NGHIEP-THCS', name: 'Cơ sở THCS có câu lạc bộ khởi nghiệp', rows: ['PL1-9.5', 'PL1-12'] },
  { id: 'M-STEM', name: 'Cơ sở GDPT triển khai giáo dục STEM', rows: ['PL1-9.6', 'PL2-12', 'PL2-16'] },
];

/**
 * Alike but not the same measure (not linked):
 *  - PL1-7 "dân số trưởng thành có chữ ký số HOẶC chữ ký điện tử cá nhân" (≥ 70% by 2030) and PL2-25 "người dân
 *    có chữ ký số" (10% in 2030): another population and another thing counted; the plan's own targets for 2030
 *    (70% and 10%) could not both hold for one measure.
 *  - PL1-1.1 "tỉ lệ SỬ DỤNG dịch vụ công trực tuyến của người dân và doanh nghiệp" and PL2-22 "hồ sơ TTHC xử lý
 *    trực tuyến": use by people and firms against dossiers processed.
 *  - PL1-9.5 "cơ sở giáo dục trung học cơ sở" and PL2-15 "cơ sở giáo dục trung học, giáo dục nghề nghiệp và đại
 *    học": another set of schools.
 *  - PL1-1.9 "cơ quan thực hiện chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử" and PL2-27 "cơ quan
 *    dùng phần mềm quản trị điều hành thống nhất": working online is not using the one common software.
 *  - PL1-6 "thu thập, cung cấp dữ liệu cho CSDL quốc gia" and PL2-23 "CSDL của phường được số hóa & liên thông".
 */
export const NOT_SAME_MEASURE: readonly (readonly [string, string])[] = [
  ['PL1-7', 'PL2-25'],
  ['PL1-1.1', 'PL2-22'],
  ['PL1-9.5', 'PL2-15'],
  ['PL1-1.9', 'PL2-27'],
  ['PL1-6', 'PL2-23'],
];

const BY_ROW = new Map<string, string>(SAME_MEASURES.flatMap((m) => m.rows.map((r) => [r, m.id] as const)));

/** The measure a catalog row reports, when another row reports it too; null otherwise. */
export function measureOf(catalogId: string): string | null {
  return BY_ROW.get(catalogId) ?? null;
}
