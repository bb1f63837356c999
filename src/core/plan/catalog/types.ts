/**
 * One row of the plan's appendices, as written in Kế hoạch 57/KH-UBND.
 * Text fields are verbatim (PDF line breaks joined, NFC); interpretation happens in the judging code.
 */
export type Appendix = 'I' | 'II' | 'III' | '4';

/** group: a heading row (Roman numeral, or a parent item without its own target); indicator/task: a row units report on. */
export type CatalogRowKind = 'group' | 'indicator' | 'task';

export interface CatalogRow {
  /** Stable id, e.g. "PL1-1.1", "PL2-I", "PL3-II-3", "PL4-25.2". Never reused for another row. */
  id: string;
  /** The plan's appendix ("I" … "4"); a ward's own plan numbers its tables "1", "2", … */
  appendix: Appendix | (string & {});
  kind: CatalogRowKind;
  /** TT/STT as printed, without a trailing dot ("1.1", "I", "25"). Sub-tasks printed as "-" get "25.1", "25.2"... */
  tt: string;
  /** Id of the enclosing group row, or null for a top-level group. */
  parentId: string | null;
  /** Chỉ tiêu / Tên nhiệm vụ / Nội dung công việc. */
  name: string;
  /** Đơn vị tính (Phụ lục I only); "" when blank. */
  unitOfMeasure: string;
  /**
   * Targets exactly as written, keyed by the year they are due.
   * Phụ lục I: the "Kết quả" column, keyed 2030 (group I) or 2045 (group II).
   * Phụ lục II: one entry per stage year 2025, 2030, 2035, 2040, 2045.
   * Tasks and groups: {}.
   */
  targets: Record<string, string>;
  /** Cơ quan chủ trì, as written ("" for groups). */
  lead: string;
  /** Cơ quan phối hợp, as written. */
  coordinators: string;
  /** Sản phẩm đầu ra, as written ("" when the appendix has no such column). */
  output: string;
  /** Thời gian hoàn thành / thực hiện, as written ("" for indicators). */
  completionTime: string;
  /**
   * The measure the row reports when other rows report it too (a ward's plan links them: "Cùng chỉ tiêu với"); absent
   * for the sample plan, whose links are in measures.ts (measureOf).
   */
  measure?: string;
}
