import { parseA1, resolveA1 } from '../a1';
import { createFakeAppsScript, OUTSIDE_GRID } from '../index';

function setup() {
  const fake = createFakeAppsScript({ owner: 'owner@example.com', now: '2026-11-25T08:00:00+07:00' });
  const { SpreadsheetApp } = fake.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { fake, SpreadsheetApp, ss, sheet: ss.getSheets()[0] };
}

describe('A1 notation', () => {
  test.each([
    ['A1', { row: 1, col: 1, numRows: 1, numCols: 1 }],
    ['b2:c10', { row: 2, col: 2, numRows: 9, numCols: 2 }],
    ['A:A', { row: 1, col: 1, numRows: 1000, numCols: 1 }],
    ['A:C', { row: 1, col: 1, numRows: 1000, numCols: 3 }],
    ['2:5', { row: 2, col: 1, numRows: 4, numCols: 26 }],
    ['B2:B', { row: 2, col: 2, numRows: 999, numCols: 1 }],
    ['C3:A1', { row: 1, col: 1, numRows: 3, numCols: 3 }],
    ['AA10', { row: 10, col: 27, numRows: 1, numCols: 1 }],
  ])('%s', (a1, expected) => {
    expect(resolveA1(parseA1(a1), 1000, 26)).toMatchObject(expected);
  });

  test('sheet-qualified names, quoted with doubled quotes', () => {
    expect(parseA1("'Khó khăn - Đề xuất'!A1:B2").sheetName).toBe('Khó khăn - Đề xuất');
    expect(parseA1("'It''s'!A1").sheetName).toBe("It's");
    expect(parseA1('Sheet1!C3')).toMatchObject({ sheetName: 'Sheet1', startRow: 3, startCol: 3 });
  });

  test('ranges keep their open sides in getA1Notation', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    expect(sheet.getRange('2:5').getA1Notation()).toBe('2:5');
    expect(sheet.getRange('B2:B').getA1Notation()).toBe('B2:B');
    expect(sheet.getRange(1, 1, 2, 5).getA1Notation()).toBe('A1:E2');
    expect(sheet.getRange('B2:B').isEndRowBounded()).toBe(false);
  });

  test('nonsense is "Range not found"', () => {
    const { ss } = setup();
    expect(() => ss.getRange('nonsense')).toThrow('Range not found');
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
  });
});

describe('values', () => {
  test('setValues / getValues round trip; empty cells read back as ""', () => {
    const { sheet } = setup();
    const d = new Date('2026-11-30T16:59:00Z');
    sheet.getRange('A1:C2').setValues([
      ['text', 42, true],
      [d, '', null],
    ]);
    const got = sheet.getRange('A1:D2').getValues();
    expect(got).toEqual([
      ['text', 42, true, ''],
      [d, '', '', ''],
    ]);
    expect(got[1][0]).not.toBe(d); // a copy, like the real service
    expect(sheet.getRange('A1').getValue()).toBe('text');
  });

  test('dimension mismatch throws the real messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:C1').setValues([1, 2, 3] as never)).toThrow(/don't match the method signature/);
  });

  test('getLastRow/getLastColumn ignore trailing empty rows and formatting; Range.getLastRow is the end row', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      ['a', 'b', ''],
      ['c', '', ''],
      ['', '', ''],
    ]);
    sheet.getRange('A10:E10').setBackground('yellow').setNote('only a note');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(sheet.getRange('A1:C3').getLastRow()).toBe(3);
    sheet.getRange('B2').setValue('');
    sheet.getRange('A2').clearContent();
    expect(sheet.getLastRow()).toBe(1);
  });

  test('outside the grid throws, reading as well as writing; the grid grows with insertRowsAfter', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(OUTSIDE_GRID);
    expect(() => sheet.getRange('AA1')).toThrow(OUTSIDE_GRID);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(2, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    sheet.getRange(1005, 1).setValue('x');
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getLastRow()).toBe(1005);
  });

  test('inserting and deleting rows moves the cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['r1'], ['r2'], ['r3']]);
    sheet.getRange('A2').setNote('n2');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['r1', '', '', 'r2', 'r3']);
    expect(sheet.getRange('A4').getNote()).toBe('n2');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['r1', 'r2', 'r3']);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  test('a string starting with "=" becomes a formula; getValues gives the placeholder', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=IMPORTXML("http://x","//a")', '=']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=IMPORTXML("http://x","//a")', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#ERROR!', '=']]);
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('a leading apostrophe writes the rest as text, never a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['\'=IMPORTXML("http://x","//a")', "'", "'3/4"]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=IMPORTXML("http://x","//a")', '', '3/4']]);
  });

  test('display values: dd/MM/yyyy in the spreadsheet zone, TRUE/FALSE, decimal comma for vi_VN', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[new Date('2026-11-29T17:00:00Z'), true, 82.5, 'x']]);
    sheet.getRange('E1').setValue(0.825).setNumberFormat('0.0%');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['30/11/2026', 'TRUE', '82,5', 'x', '82,5%']]);
  });

  test('notes, backgrounds (normalised to #rrggbb), font weights, wraps, number formats', () => {
    const { sheet, SpreadsheetApp } = setup();
    const r = sheet.getRange('A1:B1');
    r.setNotes([['n1', '']])
      .setBackgrounds([['white', '#F00']])
      .setFontWeights([['bold', null]]);
    r.setWrapStrategy(SpreadsheetApp.WrapStrategy.WRAP).setNumberFormat('@').setHorizontalAlignment('center');
    expect(r.getNotes()).toEqual([['n1', '']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ff0000']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getNumberFormats()).toEqual([['@', '@']]);
    expect(r.getHorizontalAlignment()).toBe('center');
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getNote()).toBe('n1');
  });

  test('insertSheet refuses a used name with the real message; deleting the last sheet is refused', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Chỉ tiêu');
    expect(ss.getActiveSheet().getName()).toBe('Chỉ tiêu');
    expect(() => ss.insertSheet('Chỉ tiêu')).toThrow(
      'A sheet with the name "Chỉ tiêu" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Chỉ tiêu')!.getIndex()).toBe(2);
    expect(ss.getSheetByName('nope')).toBeNull();
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['First', 'Sheet1', 'Chỉ tiêu']);
    ss.deleteSheet(s);
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
    expect(ss.getRange("'First'!B2").getA1Notation()).toBe('B2');
  });

  test('frozen rows, widths, hidden columns, tab colour', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setColumnWidths(2, 3, 240);
    sheet.hideColumns(6);
    sheet.setTabColor('red');
    expect([
      sheet.getFrozenRows(),
      sheet.getColumnWidth(1),
      sheet.getColumnWidth(4),
      sheet.isColumnHiddenByUser(6),
    ]).toEqual([2, 100, 240, true]);
    expect(sheet.getTabColor()).toBe('#ff0000');
  });
});

describe('data validation, checkboxes, conditional formats, charts', () => {
  test('requireValueInList builder and read back', () => {
    const { sheet, SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Đạt', 'Không đạt'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn')
      .build();
    sheet.getRange('C2:C4').setDataValidation(rule);
    const got = sheet.getRange('C3').getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Đạt', 'Không đạt'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Chọn');
    expect(
      sheet
        .getRange('C1:C2')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, false]);
    expect(SpreadsheetApp.newDataValidation().requireValueInList(['a']).build().getAllowInvalid()).toBe(true);
  });

  test('insertCheckboxes sets false; check/uncheck; isChecked', () => {
    const { sheet } = setup();
    const r = sheet.getRange('D1:D2').insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(r.isChecked()).toBe(false);
    sheet.getRange('D1').check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.getValues()).toEqual([[true], [true]]);
    expect(String(sheet.getRange('D1').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
  });

  test('conditional format rules keep ranges and conditions; they follow inserted rows', () => {
    const { sheet, SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Đạt')
      .setBackground('#b7e1cd')
      .setBold(true)
      .setRanges([sheet.getRange('F2:F100')])
      .build();
    const formula = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$F2="Trễ"')
      .setFontColor('#cc0000')
      .setRanges([sheet.getRange('A2:F100')])
      .build();
    sheet.setConditionalFormatRules([rule, formula]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('F2:F100');
    const cond = rules[0].getBooleanCondition()!;
    expect([String(cond.getCriteriaType()), cond.getCriteriaValues(), cond.getBackground(), cond.getBold()]).toEqual([
      'TEXT_EQUAL_TO',
      ['Đạt'],
      '#b7e1cd',
      true,
    ]);
    expect(String(rules[1].getBooleanCondition()!.getCriteriaType())).toBe('CUSTOM_FORMULA');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('F3:F101');
  });

  test('charts: build, insert, update, remove, image blob', () => {
    const { fake, sheet } = setup();
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:B5'))
      .setChartType(fake.globals.Charts.ChartType.BAR as never)
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Tỷ lệ')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).not.toBeNull();
    sheet.updateChart(inserted.modify().setOption('title', 'Mới').build());
    const blob = sheet.getCharts()[0].getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    expect(blob.getDataAsString()).toContain('Mới');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
