import { matchKey } from '../text';
import { type ColumnSpec, PLAN_YEARS, TABS, type TabKey, targetColumnKey } from './schema';

/** "Chỉ tiêu 2026" / "Chỉ tiêu năm 2026": a target column for that year (matchKey form). */
const TARGET_HEADER = /^chi tieu (?:nam )?(\d{4})$/;

/** A tab as plain data: the header row and the rows under it, as getValues() returns them. */
export interface TableData {
  header: unknown[];
  rows: unknown[][];
}

export type RowRecord = Record<string, unknown>;

/**
 * Where each schema column sits in a header row that people may have reordered or retitled slightly.
 * Columns are found by header text (case, diacritics and spacing ignored), never by letter.
 */
export class ColumnMap {
  private readonly indexByKey = new Map<string, number>();
  readonly missing: ColumnSpec[] = [];

  constructor(
    readonly tab: TabKey,
    header: readonly unknown[],
  ) {
    const positions = new Map<string, number>();
    header.forEach((h, i) => {
      const key = matchKey(h);
      if (key && !positions.has(key)) positions.set(key, i);
    });
    for (const column of TABS[tab].columns) {
      const index = [column.header, ...(column.formerHeaders ?? [])]
        .map((h) => positions.get(matchKey(h)))
        .find((i) => i !== undefined);
      if (index === undefined) this.missing.push(column);
      else this.indexByKey.set(column.key, index);
    }
    if (tab === 'indicators') {
      // A ward's plan may carry a target for any year ("Chỉ tiêu 2026"), beside the plan's five milestones.
      for (const [key, index] of positions) {
        const year = Number(TARGET_HEADER.exec(key)?.[1]);
        if (year >= PLAN_YEARS.first && year <= PLAN_YEARS.last && !this.indexByKey.has(targetColumnKey(year)))
          this.indexByKey.set(targetColumnKey(year), index);
      }
    }
  }

  /** The years that have a target column, in order. */
  targetYears(): number[] {
    return [...this.indexByKey.keys()]
      .map((k) => /^target(\d{4})$/.exec(k)?.[1])
      .filter((y): y is string => !!y)
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** 0-based column index of a schema column, or -1 when the sheet lacks it. */
  index(key: string): number {
    return this.indexByKey.get(key) ?? -1;
  }

  has(key: string): boolean {
    return this.indexByKey.has(key);
  }

  /** Key of the schema column at a 0-based index, if any. */
  keyAt(index: number): string | undefined {
    for (const [key, i] of this.indexByKey) if (i === index) return key;
    return undefined;
  }

  get width(): number {
    let max = -1;
    for (const i of this.indexByKey.values()) max = Math.max(max, i);
    return max + 1;
  }

  read(row: readonly unknown[]): RowRecord {
    const record: RowRecord = {};
    for (const [key, i] of this.indexByKey) record[key] = row[i] ?? '';
    return record;
  }
}

/** A row in schema order for a freshly built tab. */
export function rowInSchemaOrder(tab: TabKey, record: RowRecord): unknown[] {
  return TABS[tab].columns.map((c) => record[c.key] ?? '');
}

/**
 * A value the tool writes as the text it is. Sheets reads what a script writes as if it were typed (setValues and
 * appendRow parse "=…" as a formula, "+…"/"-…" too, "1.5" as a number, "05/09" as a date): a string gets a leading
 * apostrophe, which Sheets takes as "this is text" and does not keep in the value (a string starting with an
 * apostrophe keeps its own, after ours). Numbers, dates, booleans and empty cells are written as they are.
 */
export function asLiteral(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** Every cell of a block as `asLiteral` writes it. */
export function literalRows(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => row.map(asLiteral));
}
