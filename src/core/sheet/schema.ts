/**
 * The one description of the shared sheet. Setup, reading, writing, validation, protections and the
 * offline workbook all use it: columns are found by header text, never by letter.
 *
 * Column roles:
 *  - catalog: written by setup from the plan (or pasted by the VHXH office for a ward's own list);
 *             only the owner edits them.
 *  - input:   typed by the unit that leads the row (protected per unit).
 *  - review:  typed by the VHXH office only (its judgement, approvals).
 *  - computed: written by the tool, also from the simple onEdit trigger, which runs as the person editing:
 *              so these cells share the unit's protection; a person's overwrite is restored and logged.
 *  - system:   written by setup/refresh only (run by the VHXH office); only the owner and VHXH edit them.
 */
export type ColumnRole = 'key' | 'catalog' | 'input' | 'review' | 'computed' | 'system';

export type ColumnFormat = 'text' | 'date' | 'datetime' | 'number' | 'checkbox';

export interface ColumnSpec {
  /** Stable key used in code. */
  key: string;
  /** Header as shown in the sheet (Vietnamese). */
  header: string;
  role: ColumnRole;
  width: number;
  format?: ColumnFormat;
  /** Dropdown values (data validation), if any. */
  choices?: readonly string[];
  /** Short help shown as the header's note. */
  help?: string;
  /**
   * Headers this column had in earlier versions: a sheet set up then is still read (ColumnMap) and setup writes the
   * current header over the old one.
   */
  formerHeaders?: readonly string[];
}

/** Columns setup hides: the tool's own copies, which nobody needs to read. */
export const HIDDEN_COLUMNS: readonly string[] = ['snapshot', 'check'];

export interface TabSpec {
  key: TabKey;
  name: string;
  columns: readonly ColumnSpec[];
  /** Rows frozen at the top (the header). */
  frozenRows: number;
  /** Columns frozen at the left. */
  frozenColumns: number;
}

export type TabKey = 'guide' | 'config' | 'units' | 'indicators' | 'tasks' | 'issues' | 'log' | 'summary' | 'history';

export const TASK_STATUS_CHOICES = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] as const;

/** What the VHXH office may set by hand; it overrides the computed verdict. */
export const REVIEW_CHOICES = [
  'Đạt',
  'Vượt',
  'Không đạt',
  'Không áp dụng',
  'Hoàn thành',
  'Hoàn thành chậm',
  'Đang thực hiện',
  'Quá hạn',
] as const;

/** A sentence or two the unit wants in the ward's report, under the row's area (optional). */
const HIGHLIGHT_HEADER = 'Kết quả nổi bật (đưa vào báo cáo)';
const HIGHLIGHT_HELP =
  'Không bắt buộc. Một, hai câu về kết quả nổi bật của năm, viết như trong báo cáo của phường, ví dụ: ' +
  '"Hoàn thành cấp chữ ký số cho 100% cán bộ, công chức." Báo cáo tổng hợp đưa câu này vào phần kết quả theo lĩnh vực.';

const col = (
  key: string,
  header: string,
  role: ColumnRole,
  width: number,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({
  key,
  header,
  role,
  width,
  ...extra,
});

/** When the tool last saw the row change (Chỉ tiêu, Nhiệm vụ, Khó khăn - Đề xuất). */
const UPDATED_AT_COLUMN = col('updatedAt', 'Cập nhật lúc', 'computed', 130, { format: 'datetime' });

/** The values typed at submission, kept to log the old value of a later change (hidden). */
const SNAPSHOT_COLUMN = col('snapshot', 'Bản lưu của công cụ (không sửa)', 'system', 60, {
  help: 'Công cụ lưu giá trị đã nhập lúc đơn vị gửi báo cáo, để ghi Nhật ký giá trị cũ khi có sửa đổi. Cột ẩn, không sửa.',
});

/** The end of an indicator or task row: when it changed, the office's own verdict, the tool's notes and snapshot. */
const ROW_TAIL_COLUMNS = [
  UPDATED_AT_COLUMN,
  col('review', 'Đánh giá của Phòng VHXH', 'review', 130, {
    choices: REVIEW_CHOICES,
    help: 'Chỉ Phòng Văn hóa - Xã hội nhập. Nếu chọn, ý kiến này thay cho đánh giá tự động.',
  }),
  col('rowStatus', 'Ghi chú hệ thống', 'system', 160),
  SNAPSHOT_COLUMN,
];

export const INDICATOR_COLUMNS = [
  col('rowKey', 'Mã dòng', 'key', 110, {
    help: 'Mã do công cụ đặt, không sửa. Dùng để ghép dữ liệu khi cập nhật bảng tính.',
  }),
  col('appendix', 'Phụ lục', 'catalog', 60),
  col('group', 'Nhóm', 'catalog', 180),
  col('tt', 'TT', 'catalog', 50),
  col('name', 'Chỉ tiêu', 'catalog', 360),
  col('unitOfMeasure', 'ĐVT', 'catalog', 80),
  col('target2025', 'Chỉ tiêu 2025', 'catalog', 90),
  col('target2030', 'Chỉ tiêu 2030', 'catalog', 90),
  col('target2035', 'Chỉ tiêu 2035', 'catalog', 90),
  col('target2040', 'Chỉ tiêu 2040', 'catalog', 90),
  col('target2045', 'Chỉ tiêu 2045', 'catalog', 90),
  col('lead', 'Đơn vị chủ trì', 'catalog', 170),
  col('coordinators', 'Cơ quan phối hợp', 'catalog', 170),
  col('measure', 'Mã chỉ số chung', 'catalog', 100, {
    help:
      'Các dòng cùng mã là cùng một chỉ số: chỉ một số liệu, tính một lần khi tổng hợp; hai số liệu khác nhau bị ' +
      'đánh dấu mâu thuẫn. Công cụ điền khi thiết lập hoặc nạp kế hoạch (cột "Cùng chỉ tiêu với" của kế hoạch).',
  }),
  col('previousResult', 'Kết quả năm trước', 'system', 110, {
    format: 'text',
    help: 'Kết quả đơn vị đã báo cáo năm trước (lấy từ trang Lịch sử; chỉ để đối chiếu, không nhập).',
  }),
  col('result', 'Kết quả năm báo cáo', 'input', 140, {
    help: 'Đơn vị chủ trì nhập kết quả của năm báo cáo, ví dụ: 82,54% hoặc 375/394 hoặc Đạt.',
  }),
  col('evidence', 'Giải trình, minh chứng', 'input', 220, {
    help: 'Nguồn số liệu, văn bản minh chứng; nếu chưa có số liệu, ghi rõ lý do.',
  }),
  col('highlight', HIGHLIGHT_HEADER, 'input', 260, { help: HIGHLIGHT_HELP }),
  col('applicableTarget', 'Chỉ tiêu áp dụng', 'computed', 110),
  col('verdict', 'Đánh giá', 'computed', 110),
  col('reason', 'Lý do', 'computed', 280),
  col('track', 'Lộ trình', 'computed', 110),
  ...ROW_TAIL_COLUMNS,
] as const satisfies readonly ColumnSpec[];

export const TASK_COLUMNS = [
  col('rowKey', 'Mã dòng', 'key', 110, { help: 'Mã do công cụ đặt, không sửa.' }),
  col('appendix', 'Phụ lục', 'catalog', 60),
  col('group', 'Nhóm', 'catalog', 180),
  col('tt', 'TT', 'catalog', 50),
  col('name', 'Nhiệm vụ', 'catalog', 360),
  col('lead', 'Đơn vị chủ trì', 'catalog', 170),
  col('coordinators', 'Cơ quan phối hợp', 'catalog', 170),
  col('output', 'Sản phẩm đầu ra', 'catalog', 150),
  col('completionTime', 'Thời gian hoàn thành', 'catalog', 130),
  col('status', 'Tình trạng', 'input', 130, {
    choices: TASK_STATUS_CHOICES,
    help: 'Chọn: Hoàn thành / Đang thực hiện / Chưa thực hiện.',
  }),
  col('completedOn', 'Ngày hoàn thành', 'input', 110, {
    format: 'date',
    help: 'Nếu đã hoàn thành: ngày/tháng/năm, ví dụ 15/09/2026.',
  }),
  col('result', 'Kết quả, sản phẩm', 'input', 240, { help: 'Văn bản, sản phẩm đã có (số, ngày văn bản...).' }),
  col('evidence', 'Ghi chú, giải trình', 'input', 200),
  col('highlight', HIGHLIGHT_HEADER, 'input', 260, { help: HIGHLIGHT_HELP }),
  col('verdict', 'Đánh giá', 'computed', 120),
  col('reason', 'Lý do', 'computed', 280),
  ...ROW_TAIL_COLUMNS,
] as const satisfies readonly ColumnSpec[];

export const UNIT_COLUMNS = [
  col('unitId', 'Mã đơn vị', 'key', 80),
  col('name', 'Tên đơn vị', 'catalog', 250),
  col('aliases', 'Tên gọi khác (cách nhau bởi dấu ;)', 'catalog', 260),
  // Two columns since issue 13: the Google accounts that edit (often personal gmail) and the mailbox reminders go to
  // (often the unit's mail công vụ). Before, one column did both; its header is the accounts' former header, and
  // setup copies its addresses to the reminder column too (setup/merge.ts), so nobody loses a right or a reminder.
  col('accounts', 'Tài khoản Google được nhập liệu (cách nhau bởi dấu ;)', 'catalog', 260, {
    help:
      'Tài khoản Google (địa chỉ đăng nhập) của cán bộ đơn vị: được quyền nhập các dòng của đơn vị và gửi báo cáo. ' +
      'Chỉ Phòng VHXH sửa cột này.',
    formerHeaders: ['Email nhận thông báo (cách nhau bởi dấu ;)'],
  }),
  col('emails', 'Email nhận nhắc hạn (cách nhau bởi dấu ;)', 'catalog', 260, {
    help:
      'Địa chỉ nhận thư nhắc hạn và thư của Phòng VHXH gửi đơn vị; có thể là mail công vụ (không cần là tài khoản ' +
      'Google). Để trống: gửi tới các tài khoản ở cột "Tài khoản Google được nhập liệu". Chỉ Phòng VHXH sửa cột này.',
  }),
  // The submission columns mirror the record the tool keeps (script properties); a unit's staff can see but
  // not forge them: the next run of the tool rewrites them from that record.
  col('submit', 'Đã gửi báo cáo', 'computed', 90, {
    format: 'checkbox',
    help: 'Đơn vị gửi báo cáo bằng menu Kế hoạch CĐS > Gửi báo cáo của đơn vị.',
  }),
  col('submittedAt', 'Thời điểm gửi', 'computed', 140, { format: 'datetime' }),
  col('submittedBy', 'Người gửi', 'computed', 180),
  col('submissionStatus', 'Trạng thái báo cáo', 'computed', 260),
  col('approval', 'Phê duyệt của Phòng VHXH', 'system', 130),
  col('approvalComment', 'Ý kiến của Phòng VHXH', 'system', 220),
] as const satisfies readonly ColumnSpec[];

export const ISSUE_COLUMNS = [
  col('unitId', 'Mã đơn vị', 'key', 80),
  col('unitName', 'Đơn vị', 'catalog', 220),
  col('difficulties', 'Tồn tại, hạn chế, khó khăn và nguyên nhân', 'input', 320),
  col('proposals', 'Đề xuất, kiến nghị', 'input', 320),
  col('nextYear', 'Phương hướng, nhiệm vụ năm sau', 'input', 320),
  UPDATED_AT_COLUMN,
  SNAPSHOT_COLUMN,
] as const satisfies readonly ColumnSpec[];

export const LOG_COLUMNS = [
  col('time', 'Thời gian', 'system', 140, { format: 'datetime' }),
  col('user', 'Người thực hiện', 'system', 180),
  col('action', 'Loại', 'system', 140),
  col('unitId', 'Đơn vị', 'system', 80),
  col('target', 'Ô / dòng', 'system', 140),
  col('detail', 'Nội dung', 'system', 360),
  col('oldValue', 'Giá trị cũ', 'system', 160),
  col('newValue', 'Giá trị mới', 'system', 160),
  col('check', 'Mã kiểm tra (công cụ)', 'system', 60, {
    help: 'Công cụ ghi mã này để phát hiện dòng nhật ký bị sửa hoặc xóa ngoài công cụ. Cột ẩn, không sửa.',
  }),
] as const satisfies readonly ColumnSpec[];

/**
 * Lịch sử: every year's figures, one row per value (the year, the tab, the row, which column or fact, the value).
 * Appended when a year is closed ("Bắt đầu năm báo cáo mới"), never rewritten; only the VHXH office edits it.
 */
export const HISTORY_COLUMNS = [
  col('year', 'Năm', 'system', 60),
  col('tab', 'Trang', 'system', 120),
  col('rowKey', 'Mã dòng', 'system', 120),
  col('unitId', 'Đơn vị', 'system', 80),
  col('tt', 'TT', 'system', 50),
  col('name', 'Nội dung', 'system', 320),
  col('item', 'Mục', 'system', 170),
  col('value', 'Giá trị', 'system', 260, { format: 'text' }),
  col('archivedAt', 'Lưu lúc', 'system', 130, { format: 'text' }),
] as const satisfies readonly ColumnSpec[];

export const CONFIG_COLUMNS = [
  col('key', 'Mục', 'key', 230),
  col('value', 'Giá trị', 'review', 320),
  col('help', 'Giải thích', 'catalog', 420),
] as const satisfies readonly ColumnSpec[];

export const TABS: Record<TabKey, TabSpec> = {
  guide: {
    key: 'guide',
    name: 'Hướng dẫn',
    columns: [col('text', 'Hướng dẫn sử dụng', 'catalog', 900)],
    frozenRows: 1,
    frozenColumns: 0,
  },
  config: { key: 'config', name: 'Cấu hình', columns: CONFIG_COLUMNS, frozenRows: 1, frozenColumns: 0 },
  units: { key: 'units', name: 'Đơn vị', columns: UNIT_COLUMNS, frozenRows: 1, frozenColumns: 2 },
  indicators: { key: 'indicators', name: 'Chỉ tiêu', columns: INDICATOR_COLUMNS, frozenRows: 1, frozenColumns: 5 },
  tasks: { key: 'tasks', name: 'Nhiệm vụ', columns: TASK_COLUMNS, frozenRows: 1, frozenColumns: 5 },
  issues: { key: 'issues', name: 'Khó khăn - Đề xuất', columns: ISSUE_COLUMNS, frozenRows: 1, frozenColumns: 2 },
  summary: {
    key: 'summary',
    name: 'Tổng hợp',
    columns: [col('text', 'Tổng hợp (công cụ tự cập nhật, không nhập tay)', 'computed', 260)],
    frozenRows: 1,
    frozenColumns: 0,
  },
  history: { key: 'history', name: 'Lịch sử', columns: HISTORY_COLUMNS, frozenRows: 1, frozenColumns: 0 },
  log: { key: 'log', name: 'Nhật ký', columns: LOG_COLUMNS, frozenRows: 1, frozenColumns: 0 },
};

/**
 * Where a ward pastes its plan's tables (indicators, tasks, units, each under its own header row) before
 * "Nạp kế hoạch của phường". Not one of the tracker's tabs: the import action creates it when asked.
 */
export const IMPORT_TAB_NAME = 'Nạp kế hoạch';

/** Tab order in the spreadsheet. */
export const TAB_ORDER: readonly TabKey[] = [
  'guide',
  'config',
  'units',
  'indicators',
  'tasks',
  'issues',
  'summary',
  'history',
  'log',
];

export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];
export type IssueColumnKey = (typeof ISSUE_COLUMNS)[number]['key'];

/** Stage years of Phụ lục II; Phụ lục I targets sit in 2030 (group I) or 2045 (group II). */
export const STAGE_YEARS = [2025, 2030, 2035, 2040, 2045] as const;

export function targetColumnKey(year: number): string {
  return `target${year}`;
}

/** The header of a target column: "Chỉ tiêu 2026" (a ward's plan may set a target for any year). */
export function targetHeader(year: number): string {
  return `Chỉ tiêu ${year}`;
}

/** The plan runs 2025–2045; a target column outside these years is not a target column. */
export const PLAN_YEARS = { first: 2000, last: 2100 } as const;

/**
 * The Chỉ tiêu tab's columns for a plan with targets in `years`: the five milestones are always there, and a
 * ward's own target years ("Kế hoạch 2026") get their column among them, in year order.
 */
export function indicatorColumnsFor(years: readonly number[]): ColumnSpec[] {
  const all = [...new Set<number>([...STAGE_YEARS, ...years])].sort((a, b) => a - b);
  const isTarget = (c: ColumnSpec) => /^target\d{4}$/.test(c.key);
  const first = INDICATOR_COLUMNS.findIndex(isTarget);
  const rest = INDICATOR_COLUMNS.filter((c) => !isTarget(c));
  return [
    ...rest.slice(0, first),
    ...all.map((y) => col(targetColumnKey(y), targetHeader(y), 'catalog', 90)),
    ...rest.slice(first),
  ];
}
