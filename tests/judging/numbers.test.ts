import fc from 'fast-check';
import {
  formatVietnameseNumber,
  parseVietnameseNumber,
  roundHalfAway,
  shownCellValue,
} from '../../src/core/judging/numbers';
import { parseResult } from '../../src/core/judging/quantity';

describe('parseVietnameseNumber', () => {
  test.each<[string, number]>([
    ['0', 0],
    ['5', 5],
    ['08', 8],
    ['82,54', 82.54],
    ['95,18', 95.18],
    ['0,5', 0.5],
    ['100', 100],
    ['1.500', 1500],
    ['1.134.256.000', 1134256000],
    ['1.234,5', 1234.5],
    ['12.345,67', 12345.67],
    ['1 134 256 000', 1134256000],
    ['1\u00a0250', 1250],
    ['1\u202f250,5', 1250.5],
    ['  82,54  ', 82.54],
    ['-5', -5],
    ['-1.234,5', -1234.5],
    ['+7', 7],
    ['1000000', 1000000],
    ['1,500', 1.5],
  ])('"%s" is %d, written the Vietnamese way', (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ value, dotDecimal: false });
  });

  test.each<[string, number]>([
    ['1.5', 1.5],
    ['82.5', 82.5],
    ['1.50', 1.5],
    ['1.5000', 1.5],
    ['0.5', 0.5],
    ['0.500', 0.5],
    ['95.18', 95.18],
  ])(
    '"%s" cannot be a thousands group (a separator is followed by three digits): a decimal point, %d',
    (text, value) => {
      expect(parseVietnameseNumber(text)).toEqual({ value, dotDecimal: true });
    },
  );

  test.each([
    '',
    '   ',
    'abc',
    '82.5.4',
    '1,234.5',
    '1,2,3',
    '1.23.456',
    '1.2345.678',
    ',5',
    '5,',
    '1..5',
    '12%',
    '1 23',
    '--5',
    '1.234.5',
    '٣',
  ])('"%s" is unreadable', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe('formatVietnameseNumber', () => {
  test.each<[number, number | undefined, string]>([
    [82.54, undefined, '82,54'],
    [1134256000, undefined, '1.134.256.000'],
    [95.17766497461929, undefined, '95,18'],
    [100, undefined, '100'],
    [1500, undefined, '1.500'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [0.5, undefined, '0,5'],
    [1234.5, undefined, '1.234,5'],
    [-1234.567, undefined, '-1.234,57'],
    [2.1, undefined, '2,1'],
    [2.10001, 2, '2,1'],
    [68, 2, '68'],
    [95.17766, 4, '95,1777'],
    [95.6, 0, '96'],
    [999.999, 2, '1.000'],
    [-0.001, 2, '0'],
  ])('%d (max %s digits) is "%s"', (value, digits, text) => {
    expect(formatVietnameseNumber(value, digits)).toBe(text);
  });
});

describe('a number formatted the Vietnamese way parses back to itself', () => {
  test('integers, with and without thousands groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = formatVietnameseNumber(n);
        if (Math.abs(n) >= 1000) expect(text).toContain('.');
        else expect(text).not.toContain('.');
        expect(parseVietnameseNumber(text)).toEqual({ value: n, dotDecimal: false });
      }),
      { numRuns: 2000 },
    );
  });

  test('decimals, with and without thousands groups, within rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, digits) => {
          const text = formatVietnameseNumber(x, digits);
          const parsed = parseVietnameseNumber(text);
          expect(parsed).not.toBeNull();
          expect(parsed!.dotDecimal).toBe(false);
          const expected = Number(Math.abs(x).toFixed(digits)) * Math.sign(x);
          expect(Math.abs(parsed!.value - expected)).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(expected) * 1e-12));
          expect(Math.abs(parsed!.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + Math.abs(x) * 1e-12);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('percentages with two decimals, as results are written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const value = hundredths / 100;
        expect(parseVietnameseNumber(formatVietnameseNumber(value))!.value).toBeCloseTo(value, 10);
      }),
    );
  });

  test('the same number with spaces as group separators parses the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), (n) => {
        const spaced = formatVietnameseNumber(n).replace(/\./g, '\u00a0');
        expect(parseVietnameseNumber(spaced)).toEqual({ value: n, dotDecimal: false });
      }),
    );
  });
});

describe('shownCellValue: a number stored with a percent format is the percent the cell shows', () => {
  test.each<[number, string, unknown]>([
    [0.8254, '0.00%', '82,54%'],
    [0.8254, '0%', '83%'],
    [0.8254, '0.0%', '82,5%'],
    [0.825, '0%', '83%'], // half away from zero, as spreadsheets show it
    [0.62, '0.0%', '62%'],
    [1, '0%', '100%'],
    [0.995, '0%', '100%'],
    [0.12345, '#,##0.00%', '12,35%'],
    [0.5, '0.00%;[Red]-0.00%', '50%'],
    [-0.05, '0%', '-5%'],
    [0.8254, '0.00', 0.8254],
    [0.8254, '"%"0.00', 0.8254], // a quoted "%" is text, not the percent format
    [12, 'General', 12],
  ])('%d with "%s" shows %p', (value, format, shown) => {
    expect(shownCellValue(value, format)).toEqual(shown);
  });

  test('strings, dates and missing formats are left alone', () => {
    const d = new Date(0);
    expect(shownCellValue('82,54%', '0.00%')).toBe('82,54%');
    expect(shownCellValue(d, '0%')).toBe(d);
    expect(shownCellValue(0.5, undefined)).toBe(0.5);
  });

  // The property the issue asks for: never a different number than the one shown.
  test('a percent-formatted number is judged as exactly the number its cell shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), (millionths, decimals) => {
        const value = millionths / 1_000_000;
        const format = decimals ? `0.${'0'.repeat(decimals)}%` : '0%';
        const shown = shownCellValue(value, format) as string;
        const r = parseResult(shown);
        expect(r.kind).toBe('number');
        if (r.kind !== 'number') return;
        expect(r.unit?.kind).toBe('percent');
        // The shown figure is the true percentage rounded to the format's decimals (spreadsheets round the
        // 15-digit decimal value half away from zero: 0,17235 with "0.00%" shows 17,24%).
        expect(Math.abs(r.value - value * 100)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        expect(Number.isInteger(Math.round(r.value * 10 ** decimals * 1e6) / 1e6)).toBe(true);
        expect(r.value).toBe(roundHalfAway(value * 100, decimals));
      }),
      { numRuns: 3000 },
    );
  });

  test('a formatted result, typed or pasted in any of the usual ways, is read back as the same number', () => {
    const forms = (text: string): string[] => [
      text,
      `${text}%`,
      `${text} %`,
      `${text}\u00a0%`,
      ` ${text}% `,
      `“${text}%”`,
      `Đạt ${text}%`,
      `Kết quả: ${text}%`,
      `${text}% (số liệu đến 31/10)`,
      `• ${text}%`,
      `${text.normalize('NFD')}%`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2 }), (hundredths, digits) => {
        const value = Number((hundredths / 100).toFixed(digits));
        const text = formatVietnameseNumber(value, digits);
        for (const form of forms(text)) {
          const r = parseResult(form);
          expect({ form, kind: r.kind }).toEqual({ form, kind: 'number' });
          if (r.kind === 'number') expect({ form, value: r.value }).toEqual({ form, value });
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('a number pasted with a decimal point ("65.5%", one dot, one or two digits) is the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }), (int, frac) => {
        const digits = frac < 10 ? String(frac) : String(frac).padStart(2, '0');
        const r = parseResult(`${int}.${digits}%`);
        expect(r.kind).toBe('number');
        if (r.kind === 'number') {
          expect(r.value).toBe(Number(`${int}.${digits}`));
          expect(r.dotDecimal).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('a thousands group is always three digits: "1.500" is 1500, never 1,5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e9 }), (n) => {
        const r = parseResult(formatVietnameseNumber(n));
        expect(r.kind === 'number' && r.value).toBe(n);
      }),
    );
  });
});
