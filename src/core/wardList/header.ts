/**
 * Which row of a ward's list is its header, and what each column is for. Header traps (issue 4): "Chỉ tiêu" /
 * "Tên chỉ tiêu" / "Nội dung" / "Mục tiêu cụ thể" are the NAME, while "Chỉ tiêu năm 2025" / "Mục tiêu năm 2025" /
 * "Kế hoạch năm 2025" / "Năm 2025" are that year's TARGET; "Kết quả năm 2025" is the RESULT, but in the plan's own
 * Phụ lục I layout a bare "Kết quả" column holds the target (2030 or 2045, from the group row "Đến năm …"). "ĐVT" =
 * "Đơn vị tính"; "Cơ quan chủ trì" = "Đơn vị chủ trì".
 */
import { cleanText, matchKey } from '../text';
import { WARD_LIST_TEXT as WARD } from './messages';

export type WardColumnRole =
  | 'tt'
  | 'name'
  | 'unitOfMeasure'
  | 'target'
  | 'result'
  | 'evidence'
  | 'review'
  | 'lead'
  | 'coordinators'
  | 'rowKey'
  | 'measure'
  | 'sameAs'
  /** The tracker's "Kết quả năm trước": an earlier result, the baseline of the path (never this year's result). */
  | 'previousResult';

export interface WardColumn {
  /** 0-based column index. */
  index: number;
  /** The header text as found (sub-header rows joined). */
  header: string;
  /** What the column was taken for; null = not used. */
  role: WardColumnRole | null;
  /** For target/result columns: the year. Null for other roles, and for a Phụ lục I "Kết quả" column (byGroupYear). */
  year: number | null;
  /** Phụ lục I layout: the target's year comes from each row's group heading ("Đến năm 2030"). */
  byGroupYear?: boolean;
  /** Vietnamese description: what it was taken for, or why not. */
  description: string;
}

interface HeaderClass {
  role: WardColumnRole | 'bareResult' | 'ignored';
  year: number | null;
  why?: 'computed' | 'output';
}

const YEAR_IN = /\b(19\d{2}|20\d{2}|21\d{2})\b/;
const COMPUTED = /^(danh gia|ly do|chi tieu ap dung|lo trinh|cap nhat luc|ghi chu he thong|phu luc|nhom)$/;

/** What a header cell means, from its text alone (see the module comment for the traps). */
export function classifyHeader(text: unknown): HeaderClass | null {
  const k = matchKey(text);
  if (!k) return null;
  const ym = YEAR_IN.exec(k);
  const year = ym ? Number(ym[1]) : null;
  if (COMPUTED.test(k)) return { role: 'ignored', year: null, why: 'computed' };
  // The tracker's copy of the latest earlier result (from Lịch sử): a baseline, never this year's result.
  if (k === 'ket qua nam truoc') return { role: 'previousResult', year: null };
  if (/^ma dong$/.test(k)) return { role: 'rowKey', year: null };
  // "Mã chỉ số chung": the tracker's own column (a sheet downloaded and read again keeps its links).
  if (/^(ma chi so|ma so chi so|chi so|ma do luong|ma chi so chung)$/.test(k)) return { role: 'measure', year: null };
  // "Cùng chỉ tiêu với", "Trùng với chỉ tiêu", "Cùng số liệu với (TT)": the row another row measures the same as.
  if (
    /^(cung chi so( voi)?|trung chi so( voi)?|cung noi dung voi|lien ket( voi)?)( tt| dong)?$/.test(k) ||
    /^(cung|trung|trung voi|giong|la) (chi so|chi tieu|so lieu|mot chi tieu|mot chi so)( voi)?( chi tieu| chi so)?( tt| stt| dong| so)?$/.test(
      k,
    )
  )
    return { role: 'sameAs', year: null };
  if (/^(s?tt|so tt|so thu tu|thu tu)$/.test(k)) return { role: 'tt', year: null };
  if (/^(dvt|dv tinh|don vi tinh|don vi do|don vi)$/.test(k) || k.startsWith('don vi tinh'))
    return { role: 'unitOfMeasure', year: null };
  if (/\b(chu tri|phu trach)\b/.test(k) || /^(don vi|co quan|bo phan) thuc hien$/.test(k))
    return { role: 'lead', year: null };
  if (/\bphoi hop\b/.test(k)) return { role: 'coordinators', year: null };
  if (/\bsan pham\b/.test(k)) return { role: 'ignored', year: null, why: 'output' };
  if (
    (/\bdanh gia\b/.test(k) && /\b(vhxh|van hoa xa hoi|phong)\b/.test(k)) ||
    /\btham dinh\b/.test(k) ||
    /^y kien (cua )?phong/.test(k)
  ) {
    return { role: 'review', year: null };
  }
  if (/\b(giai trinh|minh chung|nguon so lieu|ghi chu|thuyet minh|ly do)\b/.test(k))
    return { role: 'evidence', year: null };
  if (/^ket qua$/.test(k)) return { role: 'bareResult', year: null };
  if (
    /\b(ket qua|kq|thuc hien|th|so lieu bao cao|dat duoc)\b/.test(k) &&
    !/\b(ke hoach|kh|chi tieu|muc tieu)\b/.test(k.replace(/\bket qua\b.*$/, ''))
  ) {
    return { role: 'result', year };
  }
  if (year !== null && (/\b(chi tieu|muc tieu|ke hoach|kh|nam|giai doan)\b/.test(k) || /^\d{4}$/.test(k)))
    return { role: 'target', year };
  if (
    /^(chi tieu|muc tieu) (ke hoach|giao|can dat|phan dau|dat ra)$/.test(k) ||
    /^(ke hoach|kh|muc chi tieu|gia tri chi tieu|chi tieu giao|muc phan dau)$/.test(k)
  ) {
    return { role: 'target', year: null };
  }
  if (
    /^(chi tieu|ten chi tieu|noi dung|noi dung chi tieu|muc tieu cu the|chi tieu cu the|muc tieu|ten|ten chi tieu nhiem vu|danh muc chi tieu|chi tieu danh gia|ten nhiem vu|nhiem vu|noi dung cong viec)$/.test(
      k,
    ) ||
    /^(ten chi tieu|noi dung)\b/.test(k)
  ) {
    return { role: 'name', year: null };
  }
  return null;
}

function rowScore(row: readonly unknown[]): number {
  const roles = new Set<string>();
  for (const cell of row) {
    const c = classifyHeader(cell);
    if (c && c.role !== 'ignored') roles.add(c.role === 'bareResult' ? 'result' : c.role);
  }
  return roles.has('name') ? roles.size : 0;
}

const isYearCell = (v: unknown) => /^(nam )?\d{4}$/.test(matchKey(v));

/** The header among the first five rows (the row naming the most roles, a name among them), or null. */
export function findHeader(
  rows: readonly (readonly unknown[])[],
): { headerIndex: number; header: string[]; dataStart: number } | null {
  let headerIndex = -1;
  let best = 0;
  for (let r = 0; r < Math.min(5, rows.length); r++) {
    const score = rowScore(rows[r]);
    if (score > best) {
      best = score;
      headerIndex = r;
    }
  }
  if (headerIndex < 0 || best < 2) return null;
  const header = rows[headerIndex].map((h) => cleanText(h));
  // Two-row header: years under a spanning cell ("Chỉ tiêu theo giai đoạn" over "2025 | 2030 | …").
  const below = rows[headerIndex + 1];
  if (!below?.some(isYearCell)) return { headerIndex, header, dataStart: headerIndex + 1 };
  const width = Math.max(header.length, below.length);
  const merged: string[] = [];
  let carry = '';
  for (let i = 0; i < width; i++) {
    const top = header[i] ?? '';
    const bottom = cleanText(below[i]);
    if (top) carry = top;
    if (bottom && isYearCell(bottom)) merged.push(`${carry} ${bottom}`.trim());
    else merged.push(top || bottom);
  }
  return { headerIndex, header: merged, dataStart: headerIndex + 2 };
}

/**
 * What every column is taken for: the first column wins a role; a bare "Kết quả" is the target in the plan's Phụ
 * lục I layout (no target column), else the result; a result of another year is left unused.
 */
export function mapColumns(
  header: readonly string[],
  year: number,
): { columns: WardColumn[]; appendixOneLayout: boolean } {
  const classes = header.map((h) => classifyHeader(h));
  // "Nội dung | Chỉ tiêu | Kết quả": with a more specific name column and no target column, a bare
  // "Chỉ tiêu"/"Mục tiêu" column holds the reporting year's target.
  const bareName = (i: number) => /^(chi tieu|muc tieu)$/.test(matchKey(header[i]));
  const nameIndexes = classes.map((c, i) => (c?.role === 'name' ? i : -1)).filter((i) => i >= 0);
  if (nameIndexes.length >= 2 && !classes.some((c) => c?.role === 'target') && nameIndexes.some((i) => !bareName(i))) {
    for (const i of nameIndexes) if (bareName(i)) classes[i] = { role: 'target', year: null };
  }
  const columns: WardColumn[] = header.map((h, index) => ({
    index,
    header: h,
    role: null,
    year: null,
    description: '',
  }));
  const hasTarget = classes.some((c) => c?.role === 'target');
  const hasResult = classes.some((c) => c?.role === 'result' && (c.year === null || c.year === year));
  const appendixOneLayout = !hasTarget && classes.some((c) => c?.role === 'bareResult');
  const taken = new Set<string>();
  classes.forEach((cls, i) => {
    const col = columns[i];
    if (!header[i]) return;
    const decided = roleOf(cls, year, appendixOneLayout, hasResult);
    if ('unused' in decided) {
      col.description = decided.unused;
      return;
    }
    const { role, colYear } = decided;
    const key = role === 'target' ? `target:${colYear ?? year}` : role;
    if (taken.has(key)) {
      col.description = WARD.unused.duplicate;
      return;
    }
    taken.add(key);
    col.role = role;
    if (colYear === -1) col.byGroupYear = true;
    col.year = role === 'target' ? (colYear === -1 ? null : (colYear ?? year)) : role === 'result' ? year : null;
    if (role === 'target') col.description = colYear === -1 ? '' : WARD.roleTarget(colYear ?? year);
    else if (role === 'result') col.description = WARD.roleResult(year);
    else col.description = WARD.role[role];
  });
  return { columns, appendixOneLayout };
}

/** A classified column's role and year (-1: keyed per row by the group's "Đến năm …"), or why it is not used. */
function roleOf(
  cls: HeaderClass | null,
  year: number,
  appendixOneLayout: boolean,
  hasResult: boolean,
): { role: WardColumnRole; colYear: number | null } | { unused: string } {
  if (!cls) return { unused: WARD.unused.unknown };
  if (cls.role === 'ignored') return { unused: cls.why === 'output' ? WARD.unused.output : WARD.unused.computed };
  if (cls.role === 'bareResult') {
    if (appendixOneLayout) return { role: 'target', colYear: -1 };
    if (hasResult) return { unused: WARD.unused.duplicate };
    return { role: 'result', colYear: null };
  }
  if (cls.role === 'result' && cls.year !== null && cls.year !== year)
    return { unused: WARD.unused.otherYearResult(cls.year) };
  return { role: cls.role, colYear: cls.year };
}
