/**
 * Agreement with a careful human reading on ward lists kept aside (tests/fixtures/ward-lists/heldout/): three lists
 * written from the figures of the two real ward reports and from the ways domain.md says people write, with the
 * human reading in expected.json, written before the reading rules and never tuned on. Judged through the `judge`
 * command line (.csv and .xlsx, percent-formatted cells included), as a ward would run it.
 * Bar: ≥ 95% agreement overall and no achieved/not-achieved swap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorVerdict } from '../../src/core/judging/verdicts';
import { run } from '../../src/local/cli';

const DIR = join(__dirname, '../fixtures/ward-lists/heldout');

interface Expected {
  lists: { file: string; year: number; rows: Record<string, [IndicatorVerdict, string]> }[];
}
const EXPECTED: Expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));

async function judged(file: string, year: number): Promise<{ tt: string; verdict: string | null; reason: string }[]> {
  let out = '';
  let err = '';
  const code = await run(['judge', join(DIR, file), '--year', String(year), '--json'], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out);
}

const MET = new Set(['ACHIEVED', 'EXCEEDED']);

describe('held-out ward lists, against a careful human reading', () => {
  const results: { file: string; tt: string; want: string; got: string; reading: string; reason: string }[] = [];

  beforeAll(async () => {
    for (const list of EXPECTED.lists) {
      const rows = await judged(list.file, list.year);
      for (const [tt, [want, reading]] of Object.entries(list.rows)) {
        const row = rows.find((r) => r.tt === tt && r.verdict !== null);
        results.push({
          file: list.file,
          tt,
          want,
          got: row?.verdict ?? 'ROW NOT FOUND',
          reading,
          reason: row?.reason ?? '',
        });
      }
    }
  });

  test('every expected row is found and judged', () => {
    expect(results.length).toBe(EXPECTED.lists.reduce((n, l) => n + Object.keys(l.rows).length, 0));
    expect(results.filter((r) => r.got === 'ROW NOT FOUND')).toEqual([]);
  });

  test('agreement ≥ 95% and no achieved / not-achieved swap', () => {
    const agree = results.filter((r) => r.want === r.got).length;
    const rate = (agree / results.length) * 100;
    const misses = results.filter((r) => r.want !== r.got);
    // Printed for the record (the issue asks for the figure).
    console.log(
      `Held-out agreement: ${agree}/${results.length} = ${rate.toFixed(1)}%` +
        misses
          .map((m) => `\n  ${m.file} TT ${m.tt}: human ${m.want} (${m.reading}), tool ${m.got}: ${m.reason}`)
          .join(''),
    );
    const swaps = results.filter(
      (r) => (MET.has(r.want) && r.got === 'NOT_ACHIEVED') || (r.want === 'NOT_ACHIEVED' && MET.has(r.got)),
    );
    expect(swaps).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(95);
  });

  test('no "Không đạt" where the human reading says the target is not due yet', () => {
    const ahead = results.filter((r) => ['ON_TRACK', 'BEHIND', 'NOT_DUE'].includes(r.want));
    expect(ahead.length).toBeGreaterThan(5);
    expect(ahead.filter((r) => r.got === 'NOT_ACHIEVED')).toEqual([]);
  });
});
