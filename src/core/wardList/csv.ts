/**
 * A CSV text as rows of strings, as a ward's office saves it from Excel: a byte-order mark, "," ";" or tab between
 * fields (detected), quoted fields with "" and line breaks, CRLF. Used by the command line and the plan import.
 */

export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quote at line ${line}`);
  }
}

function parseWith(text: string, delimiter: string, limit = Infinity, lenient = false): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let quoteLine = 1;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n && records.length < limit) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      field = '';
      i++;
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      continue;
    }
    field += ch;
    i++;
  }
  if (inQuotes && !lenient) throw new CsvError(quoteLine);
  if (records.length < limit && (field !== '' || record.length)) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The delimiter (",", ";" or tab) that splits the first lines into the most consistent number of fields. */
export function detectDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  for (const d of [';', ',', '\t']) {
    const sample = parseWith(text, d, 20, true).filter((r) => r.some((c) => c.trim()));
    const counts = new Map<number, number>();
    for (const r of sample) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let freq = 0;
    for (const [len, f] of counts) if (f > freq || (f === freq && len > mode)) [mode, freq] = [len, f];
    const score = mode > 1 ? freq * 1000 + mode : 0;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** A CSV text (BOM, "," ";" or tab, quoted fields with "" and line breaks, CRLF) as rows of strings. */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parseWith(t, delimiter ?? detectDelimiter(t));
}
