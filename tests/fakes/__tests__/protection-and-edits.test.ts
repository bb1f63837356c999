import { createFakeAppsScript, PROTECTED_MESSAGE } from '../index';

const OWNER = 'vhxh@gmail.com';
const A = 'unit-a@gmail.com';
const B = 'unit-b@gmail.com';

function setup(extra: Parameters<typeof createFakeAppsScript>[0] = {}) {
  const fake = createFakeAppsScript({ owner: OWNER, users: [A, B], now: '2026-11-25T08:00:00+07:00', ...extra });
  const { SpreadsheetApp, Session } = fake.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Chỉ tiêu');
  return { fake, SpreadsheetApp, Session, ss, sheet };
}

describe('protections', () => {
  test('a range protected for [a]: b is refused, a and the owner may edit', () => {
    const { fake, sheet } = setup();
    const p = sheet.getRange('C2:C5').protect().setDescription('Đơn vị A');
    p.removeEditors(p.getEditors());
    p.addEditor(A);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, A]);

    expect(fake.spreadsheet.userEdit(B, 'Chỉ tiêu!C3', '80%')).toMatchObject({
      ok: false,
      reason: 'protected',
      message: PROTECTED_MESSAGE,
      cell: 'C3',
    });
    expect(fake.spreadsheet.values('Chỉ tiêu!C3')).toEqual([['']]);
    expect(fake.spreadsheet.userEdit(A, 'Chỉ tiêu!C3', '80%').ok).toBe(true);
    expect(fake.spreadsheet.userEdit(OWNER, 'Chỉ tiêu!C4', '90%').ok).toBe(true);
    expect(fake.spreadsheet.canUserEdit(B, 'Chỉ tiêu', 3, 3)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(B, 'Chỉ tiêu', 3, 4)).toBe(true); // outside the protection
    expect(fake.spreadsheet.values('Chỉ tiêu!C3:C4')).toEqual([['80%'], ['90%']]);
  });

  test('a paste that touches one protected cell is refused as a whole', () => {
    const { fake, sheet } = setup();
    sheet.getRange('B3').protect().removeEditors([A, B]);
    const r = fake.spreadsheet.userEdit(A, 'Chỉ tiêu!A2', [
      ['x', 'y'],
      ['z', 'w'],
    ]);
    expect(r).toMatchObject({ ok: false, cell: 'B3' });
    expect(fake.spreadsheet.values('Chỉ tiêu!A2:B3')).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  test('until its editors change, a new protection mirrors the spreadsheet (everyone may edit)', () => {
    const { fake, sheet } = setup();
    const p = sheet.getRange('A1:A3').protect();
    expect(fake.spreadsheet.canUserEdit(B, 'Chỉ tiêu', 1, 1)).toBe(true);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, A, B]);
    p.removeEditor(B);
    expect(fake.spreadsheet.canUserEdit(B, 'Chỉ tiêu', 1, 1)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(A, 'Chỉ tiêu', 1, 1)).toBe(true);
  });

  test('neither the owner nor the current user can be removed', () => {
    const { fake, sheet } = setup();
    const p = fake.run(
      () => {
        const prot = sheet.getRange('A1').protect();
        prot.removeEditors([OWNER, A, B]);
        return prot;
      },
      { as: A },
    );
    expect(fake.spreadsheet.protections()[0].editors).toEqual([OWNER, A]);
    expect(p.canEdit()).toBe(true); // the owner runs the test's direct calls
  });

  test('a sheet protection with an unprotected input range', () => {
    const { fake, ss, sheet } = setup();
    const p = sheet.protect().setDescription('Chỉ chủ sở hữu');
    p.setUnprotectedRanges([sheet.getRange('E2:E10')]);
    p.removeEditors(p.getEditors());
    expect(fake.spreadsheet.canUserEdit(A, 'Chỉ tiêu', 5, 5)).toBe(true);
    expect(fake.spreadsheet.canUserEdit(A, 'Chỉ tiêu', 5, 6)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(OWNER, 'Chỉ tiêu', 5, 6)).toBe(true);
    // A range protection inside the unprotected area still applies.
    sheet.getRange('E2').protect().removeEditors([A]);
    expect(fake.spreadsheet.canUserEdit(A, 'Chỉ tiêu', 2, 5)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(B, 'Chỉ tiêu', 2, 5)).toBe(true);
    expect(sheet.protect()).toBe(p); // "If the sheet is already protected, this method returns ... its existing protection"
    expect(() => sheet.getRange('A1').protect().setUnprotectedRanges([])).toThrow();
    expect(ss.getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(ss.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(2);
  });

  test('a script running as a user who may not edit a cell throws the real message', () => {
    const { fake, sheet } = setup();
    sheet.getRange('H2:H10').protect().removeEditors([A, B]); // computed column: owner only
    expect(() => fake.run(() => sheet.getRange('H2').setValue('Đạt'), { as: A })).toThrow(PROTECTED_MESSAGE);
    expect(() => fake.run(() => sheet.getRange('H2').setNote('x'), { as: A })).toThrow(PROTECTED_MESSAGE);
    expect(() => fake.run(() => sheet.getRange('H2').setValue('Đạt'), { as: OWNER })).not.toThrow();
    expect(fake.run(() => sheet.getRange('H2:H3').canEdit(), { as: B })).toBe(false);
  });

  test('protections move with inserted rows; warning-only protections let everyone edit', () => {
    const { fake, sheet } = setup();
    const p = sheet.getRange('A5:B6').protect();
    p.removeEditors([A, B]);
    sheet.insertRowsBefore(2, 3);
    expect(p.getRange().getA1Notation()).toBe('A8:B9');
    expect(fake.spreadsheet.canUserEdit(A, 'Chỉ tiêu', 8, 1)).toBe(false);
    p.setWarningOnly(true);
    expect(fake.spreadsheet.canUserEdit(A, 'Chỉ tiêu', 8, 1)).toBe(true);
  });

  test('setDomainEdit throws for a gmail.com owner; remove() unprotects', () => {
    const { fake, sheet } = setup();
    const p = sheet.getRange('A1').protect();
    expect(() => p.setDomainEdit(true)).toThrow();
    p.remove();
    expect(fake.spreadsheet.protections()).toHaveLength(0);
  });
});

describe('onEdit event objects', () => {
  test('single cell: value and oldValue as strings, range, source, LIMITED, no triggerUid, blank user for consumer accounts', () => {
    const { fake } = setup();
    fake.spreadsheet.userEdit(A, 'Chỉ tiêu!B2', 'cũ');
    let seen: GoogleAppsScript.Events.SheetsOnEdit | undefined;
    let sessionEmail: string | undefined;
    const r = fake.spreadsheet.userEdit(A, 'Chỉ tiêu!B2', 82.5, (e) => {
      seen = e;
      sessionEmail = fake.globals.Session.getActiveUser().getEmail();
    });
    expect(r.ok).toBe(true);
    expect(seen!.value).toBe('82.5');
    expect(seen!.oldValue).toBe('cũ');
    expect(seen!.range.getA1Notation()).toBe('B2');
    expect(seen!.range.getSheet().getName()).toBe('Chỉ tiêu');
    expect(seen!.source.getId()).toBe('fake-spreadsheet-id');
    expect(seen!.authMode).toBe(fake.globals.ScriptApp.AuthMode.LIMITED);
    expect('triggerUid' in seen!).toBe(false);
    expect(seen!.user.getEmail()).toBe('');
    expect(sessionEmail).toBe('');
  });

  test('an empty cell has no oldValue; the owner is visible to its own simple trigger', () => {
    const { fake } = setup();
    let seen: GoogleAppsScript.Events.SheetsOnEdit | undefined;
    fake.spreadsheet.userEdit(OWNER, 'Chỉ tiêu!C2', true, (e) => void (seen = e));
    expect('oldValue' in seen!).toBe(false);
    expect(seen!.value).toBe('TRUE');
    expect(seen!.user.getEmail()).toBe(OWNER);
  });

  test('a Workspace colleague of the owner is visible', () => {
    const { fake } = setup({ owner: 'vhxh@phuong.gov.vn', users: ['a@phuong.gov.vn'], accountType: 'workspace' });
    let email = '?';
    fake.spreadsheet.userEdit('a@phuong.gov.vn', 'Chỉ tiêu!A1', 'x', (e) => void (email = e.user.getEmail()));
    expect(email).toBe('a@phuong.gov.vn');
  });

  test('paste: range is the pasted block, value and oldValue are absent', () => {
    const { fake } = setup();
    fake.spreadsheet.userEdit(A, 'Chỉ tiêu!C3', 'old');
    let seen: GoogleAppsScript.Events.SheetsOnEdit | undefined;
    fake.spreadsheet.userEdit(
      A,
      'Chỉ tiêu!C3',
      [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      (e) => void (seen = e),
    );
    expect(seen!.range.getA1Notation()).toBe('C3:D5');
    expect(seen!.value).toBeUndefined();
    expect(seen!.oldValue).toBeUndefined();
    expect(seen!.range.getValues()).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  test('a simple onEdit runs as the person: it cannot write owner-only cells and cannot send mail', () => {
    const { fake, sheet } = setup();
    sheet.getRange('H2:H10').protect().removeEditors([A, B]);
    const r = fake.spreadsheet.userEdit(A, 'Chỉ tiêu!C2', 'x', {
      onEdit: (e) => e.range.offset(0, 5).setValue('Đạt'),
      rethrow: false,
    });
    expect(r.ok).toBe(true);
    expect((r.errors[0] as Error).message).toBe(PROTECTED_MESSAGE);
    const mail = fake.spreadsheet.userEdit(A, 'Chỉ tiêu!C2', 'y', {
      onEdit: () => fake.globals.MailApp.sendEmail('x@example.com', 's', 'b'),
      rethrow: false,
    });
    expect((mail.errors[0] as Error).message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() =>
      fake.spreadsheet.userEdit(A, 'Chỉ tiêu!C2', 'z', () => fake.globals.ScriptApp.newTrigger('f')),
    ).toThrow(/You do not have permission to call ScriptApp.newTrigger/);
  });

  test('an installable onEdit trigger runs as its creator with FULL auth and a triggerUid', () => {
    const { fake, ss, sheet } = setup();
    sheet.getRange('H2:H10').protect().removeEditors([A, B]);
    fake.globals.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(ss).onEdit().create();
    let seen: GoogleAppsScript.Events.SheetsOnEdit | undefined;
    const handlers = {
      onEditInstalled: (e: GoogleAppsScript.Events.SheetsOnEdit) => {
        seen = e;
        e.range.offset(0, 5).setValue('Đạt'); // the owner may
      },
    };
    expect(fake.spreadsheet.userEdit(A, 'Chỉ tiêu!C2', 'x', { handlers }).ok).toBe(true);
    expect(seen!.authMode).toBe(fake.globals.ScriptApp.AuthMode.FULL);
    expect(seen!.triggerUid).toMatch(/^\d+$/);
    expect(seen!.user.getEmail()).toBe(''); // another consumer account than the trigger's creator
    expect(fake.spreadsheet.values('Chỉ tiêu!H2')).toEqual([['Đạt']]);
  });

  test('data validation with allowInvalid=false rejects a typed value; the default only warns', () => {
    const { fake, SpreadsheetApp, sheet } = setup();
    sheet
      .getRange('D2')
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(['Đạt', 'Chưa đạt']).setAllowInvalid(false).build(),
      );
    sheet
      .getRange('D3')
      .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Đạt', 'Chưa đạt']).build());
    expect(fake.spreadsheet.userEdit(A, 'Chỉ tiêu!D2', 'Khác')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(fake.spreadsheet.userEdit(A, 'Chỉ tiêu!D2', 'Đạt').ok).toBe(true);
    expect(fake.spreadsheet.userEdit(A, 'Chỉ tiêu!D3', 'Khác').ok).toBe(true);
  });

  test('a person typing a formula stores a formula; a non-editor cannot edit at all', () => {
    const { fake } = setup();
    fake.spreadsheet.userEdit(A, 'Chỉ tiêu!A1', '=IMPORTXML("http://x","//a")');
    expect(fake.spreadsheet.formulas('Chỉ tiêu!A1')).toEqual([['=IMPORTXML("http://x","//a")']]);
    expect(fake.spreadsheet.userEdit('stranger@gmail.com', 'Chỉ tiêu!A2', 'x')).toMatchObject({
      ok: false,
      reason: 'not-an-editor',
    });
  });

  test('open() runs onOpen in LIMITED mode; runMenuItem runs the item as the clicking user', () => {
    const { fake } = setup();
    const handlers = {
      onOpen: () =>
        fake.globals.SpreadsheetApp.getUi().createMenu('Kế hoạch CĐS').addItem('Thiết lập', 'menuSetup').addToUi(),
      menuSetup: () => fake.globals.Session.getActiveUser().getEmail(),
    };
    fake.spreadsheet.open(A, handlers);
    expect(fake.ui.menuItems('Kế hoạch CĐS')).toEqual([['Thiết lập', 'menuSetup']]);
    expect(fake.spreadsheet.runMenuItem('Thiết lập', A, handlers)).toBe(A);
  });
});
