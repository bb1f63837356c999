/**
 * Cấu hình as the VHXH office types it: every value read as the sheet shows it, a value that cannot be read falls
 * back to its default and is reported (one problem per item, in the items' order).
 */
import { configRows, defaultConfig, readConfig } from '../../src/core/sheet/config';
import { SHEET_TEXT } from '../../src/core/sheet/messages';

const T = SHEET_TEXT.config;
const label = (key: keyof typeof T.items) => T.items[key].label;

describe('readConfig', () => {
  test('the defaults read back as they were written, with no problem', () => {
    const { config, problems } = readConfig(configRows(defaultConfig(2026)), 2026);
    expect(problems).toEqual([]);
    expect(config).toEqual(defaultConfig(2026));
    expect(config).toMatchObject({
      reportingYear: 2026,
      deadline: { year: 2026, month: 11, day: 30 },
      reminderDaysBefore: [14, 7, 3, 1, 0],
      reminderEveryDaysAfter: 3,
      acceptLateEntries: true,
      internalAnnex: false,
      entryMode: 'sheet',
    });
  });

  test('what the office typed: labels in another case or form, a date cell, lists, yes and no', () => {
    const { config, problems } = readConfig(
      [
        [label('reportingYear').toUpperCase(), 2027],
        [label('deadline').normalize('NFD'), new Date(2027, 11, 5)],
        [label('reminderDaysBefore'), '3, 7 ;14 7'],
        [label('reminderEveryDaysAfter'), '0'],
        [label('acceptLateEntries'), 'không'],
        [label('internalAnnex'), 'CÓ'],
        [label('recipients'), '- Như trên;\n\n• Lưu: VT, VHXH.'],
        [label('requestLetters'), 'Công văn số 1\nCông văn số 2'],
        [label('entryMode'), 'trang nhap lieu'],
        [label('vhxhEmail'), '  vhxh@phuong.example  '],
        [label('wardName'), ''],
      ],
      2026,
    );
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      reportingYear: 2027,
      deadline: { year: 2027, month: 12, day: 5 },
      reminderDaysBefore: [14, 7, 3],
      reminderEveryDaysAfter: 0,
      acceptLateEntries: false,
      internalAnnex: true,
      recipients: ['Như trên;', 'Lưu: VT, VHXH.'],
      requestLetters: ['Công văn số 1', 'Công văn số 2'],
      legalBases: [],
      entryMode: 'page',
      vhxhEmail: 'vhxh@phuong.example',
      wardName: defaultConfig(2026).wardName,
      planNumber: defaultConfig(2026).planNumber,
    });
  });

  test('values that cannot be read: the default is used and each is reported once, in the items order', () => {
    const { config, problems } = readConfig(
      [
        [label('entryMode'), 'Google Form'],
        [label('reminderEveryDaysAfter'), '-2'],
        [label('reminderDaysBefore'), '7; một tuần; 2.5; 1'],
        [label('deadline'), '31/02'],
        [label('reportingYear'), 'năm nay'],
      ],
      2026,
    );
    expect(problems).toEqual([
      { label: label('reportingYear'), message: T.badYear('năm nay', 2026) },
      { label: label('deadline'), message: T.badDeadline('31/02', 2026) },
      { label: label('reminderDaysBefore'), message: T.badReminderDays },
      { label: label('reminderEveryDaysAfter'), message: T.badEveryDays },
      { label: label('entryMode'), message: T.badEntryMode('Google Form') },
    ]);
    expect(config).toMatchObject({
      reportingYear: 2026,
      deadline: { year: 2026, month: 11, day: 30 },
      reminderDaysBefore: [7, 1],
      reminderEveryDaysAfter: 3,
      entryMode: 'sheet',
    });
  });

  test('an empty deadline is the 30 November of the year, not a problem', () => {
    const { config, problems } = readConfig(
      [
        [label('reportingYear'), '2030'],
        [label('deadline'), ''],
      ],
      2026,
    );
    expect(problems).toEqual([]);
    expect(config.deadline).toEqual({ year: 2030, month: 11, day: 30 });
  });
});
