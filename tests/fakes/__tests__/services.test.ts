import vm from 'node:vm';
import { createFakeAppsScript, LOCK_TIMEOUT_MESSAGE, QUOTA_MESSAGE, TOO_MANY_TRIGGERS } from '../index';

const OWNER = 'vhxh@gmail.com';

describe('MailApp', () => {
  test('quota counts recipients, throws the real message, refills 24 hours after the first send', () => {
    const fake = createFakeAppsScript({ owner: OWNER, dailyMailQuota: 3, now: '2026-11-25T08:00:00+07:00' });
    const { MailApp } = fake.globals;
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
    MailApp.sendEmail({
      to: 'a@x.vn, b@x.vn',
      subject: 'Nhắc hạn',
      body: 'plain',
      htmlBody: '<p>html</p>',
      name: 'Phòng VHXH',
      replyTo: OWNER,
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail('c@x.vn', 's', 'b', { cc: 'd@x.vn' })).toThrow(QUOTA_MESSAGE);
    MailApp.sendEmail('c@x.vn', 'Tóm tắt', 'b');
    expect(() => MailApp.sendEmail('d@x.vn', 's', 'b')).toThrow(QUOTA_MESSAGE);
    expect(fake.mail.sent.map((m) => [m.to, m.subject, m.from])).toEqual([
      [['a@x.vn', 'b@x.vn'], 'Nhắc hạn', OWNER],
      [['c@x.vn'], 'Tóm tắt', OWNER],
    ]);
    expect(fake.mail.sent[0]).toMatchObject({ htmlBody: '<p>html</p>', name: 'Phòng VHXH', replyTo: OWNER });
    fake.clock.advance(23 * 3600 * 1000);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    fake.clock.advance(3600 * 1000);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  test('the n-th send can be made to fail; bad addresses are refused', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const { MailApp } = fake.globals;
    fake.mail.throwOnNthSend(2);
    MailApp.sendEmail('a@x.vn', 's', 'b');
    expect(() => MailApp.sendEmail('b@x.vn', 's', 'b')).toThrow(/Simulated failure/);
    MailApp.sendEmail('c@x.vn', 's', 'b');
    expect(fake.mail.sent.map((m) => m.to[0])).toEqual(['a@x.vn', 'c@x.vn']);
    expect(() => MailApp.sendEmail('not an email', 's', 'b')).toThrow('Invalid email: not an email');
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
  });
});

describe('LockService', () => {
  test('contention with another execution; waitLock throws the real message; the clock moves while waiting', () => {
    const fake = createFakeAppsScript({ owner: OWNER, now: '2026-11-25T08:00:00+07:00' });
    const { LockService } = fake.globals;
    const other = fake.locks.holdScriptLock();
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(fake.clock.now().toISOString()).toBe('2026-11-25T01:00:31.000Z');
    other.release();
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('a lock released by the other execution after a while is obtained by waiting long enough', () => {
    const fake = createFakeAppsScript({ owner: OWNER, now: 0 });
    fake.locks.holdScriptLock({ releaseAfterMs: 10000 });
    const lock = fake.globals.LockService.getScriptLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(fake.clock.nowMs()).toBe(10000);
  });

  test('locks end with their execution', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    fake.run(() => fake.globals.LockService.getScriptLock().waitLock(1000));
    expect(fake.locks.isHeld('script')).toBe(false);
    expect(() =>
      fake.run(() => {
        fake.globals.LockService.getScriptLock().waitLock(1000);
        throw new Error('killed half-way');
      }),
    ).toThrow('killed half-way');
    expect(fake.locks.isHeld('script')).toBe(false);
  });
});

describe('PropertiesService and CacheService', () => {
  test('strings, null for missing, setProperties with deleteAllOthers, per-user stores', () => {
    const fake = createFakeAppsScript({ owner: OWNER, users: ['a@x.vn'] });
    const { PropertiesService } = fake.globals;
    const props = PropertiesService.getScriptProperties();
    props.setProperty('n', 5 as unknown as string);
    expect(props.getProperty('n')).toBe('5');
    expect(props.getProperty('missing')).toBeNull();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    expect(PropertiesService.getScriptProperties().getKeys()).toEqual(['c']); // persists across calls
    PropertiesService.getUserProperties().setProperty('k', 'owner');
    fake.run(() => PropertiesService.getUserProperties().setProperty('k', 'a'), { as: 'a@x.vn' });
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('owner');
    expect(() => props.setProperty('big', 'x'.repeat(10000))).toThrow('Argument too large: value');
  });

  test('cache entries expire with the fake clock', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const cache = fake.globals.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    fake.clock.advance(61000);
    expect(cache.get('k')).toBeNull();
  });
});

describe('ScriptApp triggers', () => {
  test('20 triggers per user, deletion, one trigger after a second install that deletes first', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const { ScriptApp } = fake.globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).atHour(7).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyDays(1).create()).toThrow(TOO_MANY_TRIGGERS);
    expect(new Set(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).size).toBe(20);
    for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);

    const install = () => {
      for (const t of ScriptApp.getProjectTriggers())
        if (t.getHandlerFunction() === 'dailyReminderTrigger') ScriptApp.deleteTrigger(t);
      ScriptApp.newTrigger('dailyReminderTrigger')
        .timeBased()
        .everyDays(1)
        .atHour(7)
        .nearMinute(0)
        .inTimezone('Asia/Ho_Chi_Minh')
        .create();
    };
    install();
    install();
    const [t] = ScriptApp.getProjectTriggers();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(t.getUniqueId()).toMatch(/^\d+$/);
    // Another user does not see the owner's triggers.
    expect(fake.run(() => ScriptApp.getProjectTriggers().length, { as: 'someone@x.vn' })).toBe(0);
  });

  test('time travel: a daily 07:00 trigger runs once a day as its creator, in its time zone', () => {
    const fake = createFakeAppsScript({ owner: OWNER, now: '2026-11-20T10:00:00+07:00' });
    const { ScriptApp, Session } = fake.globals;
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create();
    const runs: string[] = [];
    const handlers = {
      daily: (e: { triggerUid: string; hour: number; timezone: string }) => {
        runs.push(
          `${fake.globals.Utilities.formatDate(fake.clock.now(), 'Asia/Ho_Chi_Minh', 'dd/MM HH:mm')} ${Session.getEffectiveUser().getEmail()} ${e.hour}${e.timezone}`,
        );
        expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow(
          'Cannot call SpreadsheetApp.getUi() from this context.',
        );
      },
    };
    expect(fake.triggers.fireDaily(handlers)).toHaveLength(0); // 07:00 today has passed
    fake.triggers.advanceTo('2026-11-23T12:00:00+07:00', handlers);
    expect(runs).toEqual([`21/11 07:00 ${OWNER} 0UTC`, `22/11 07:00 ${OWNER} 0UTC`, `23/11 07:00 ${OWNER} 0UTC`]);
    fake.clock.set('2026-11-30T00:00:00+07:00');
    const fired = fake.triggers.fireDaily(handlers);
    expect(fired).toHaveLength(1);
    expect(fake.globals.Utilities.formatDate(fired[0].at, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2026-11-30 07:00:00',
    );
  });

  test('a failing run is reported and the schedule goes on', () => {
    const fake = createFakeAppsScript({ owner: OWNER, now: '2026-11-20T00:00:00+07:00' });
    fake.globals.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    const runs = fake.triggers.advanceTo('2026-11-21T12:00:00+07:00', {
      daily: () => {
        throw new Error('boom');
      },
    });
    expect(runs.map((r) => (r.error as Error).message)).toEqual(['boom', 'boom']);
    expect(fake.executions.filter((x) => x.error)).toHaveLength(2);
  });
});

describe('HtmlService', () => {
  test('template scriptlets: <?= ?> escapes, <?!= ?> does not, <? ?> runs code', () => {
    const fake = createFakeAppsScript({ owner: OWNER, htmlFiles: { Sidebar: '<h1><?= title ?></h1>' } });
    const { HtmlService } = fake.globals;
    expect(HtmlService.createTemplate("<?= '<b>' ?>").evaluate().getContent()).toBe('&lt;b&gt;');
    const t = HtmlService.createTemplate(
      '<ul><? for (const p of problems) { ?><li><?= p ?></li><? } ?></ul><?!= raw ?>',
    ) as GoogleAppsScript.HTML.HtmlTemplate & Record<string, unknown>;
    t.problems = ['<img src=x onerror=alert(1)>', 'a & "b"'];
    t.raw = '<hr>';
    expect(t.evaluate().getContent()).toBe(
      '<ul><li>&lt;img src=x onerror=alert(1)&gt;</li><li>a &amp; &quot;b&quot;</li></ul><hr>',
    );
    const f = HtmlService.createTemplateFromFile('Sidebar') as GoogleAppsScript.HTML.HtmlTemplate &
      Record<string, unknown>;
    f.title = 'Kiểm tra <dữ liệu>';
    const out = f.evaluate().setTitle('Kiểm tra').setWidth(300);
    fake.globals.SpreadsheetApp.getUi().showSidebar(out);
    expect(fake.ui.lastDialog()).toEqual({
      kind: 'sidebar',
      title: 'Kiểm tra',
      html: '<h1>Kiểm tra &lt;dữ liệu&gt;</h1>',
      width: 300,
      height: null,
    });
    expect(HtmlService.createHtmlOutput('<p>a</p>').append('<p>b</p>').getContent()).toBe('<p>a</p><p>b</p>');
  });
});

describe('Ui', () => {
  test('menus, alerts with scripted answers, prompts', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const ui = fake.globals.SpreadsheetApp.getUi();
    ui.createMenu('Kế hoạch CĐS')
      .addItem('Thiết lập', 'menuSetup')
      .addSeparator()
      .addSubMenu(ui.createMenu('Khác').addItem('Hướng dẫn', 'menuGuide'))
      .addToUi();
    expect(fake.ui.menuItems('Kế hoạch CĐS')).toEqual([['Thiết lập', 'menuSetup'], '---', '>Khác']);
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    fake.ui.answerAlert('NO');
    expect(ui.alert('Chắc chưa?', 'Gửi?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    fake.ui.answerPrompt('Thiếu số liệu');
    const p = ui.prompt('Lý do trả lại', ui.ButtonSet.OK_CANCEL);
    expect([p.getResponseText(), p.getSelectedButton()]).toEqual(['Thiếu số liệu', ui.Button.OK]);
    expect(fake.ui.alerts.map((a) => a.prompt)).toEqual(['Xong', 'Gửi?']);
  });
});

describe('Session, Utilities', () => {
  test('formatDate in Asia/Ho_Chi_Minh, UTC and GMT+7; Session time zone', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const { Utilities, Session } = fake.globals;
    const d = new Date('2026-11-30T16:59:58Z');
    expect(Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('30/11/2026');
    expect(Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-30 23:59:58');
    expect(Utilities.formatDate(d, 'UTC', 'HH:mm')).toBe('16:59');
    expect(Utilities.formatDate(d, 'GMT+7', "dd/MM/yyyy 'lúc' HH:mm")).toBe('30/11/2026 lúc 23:59');
    expect(Utilities.formatDate(new Date('2026-11-30T17:00:00Z'), 'GMT+07:00', 'dd/MM/yyyy')).toBe('01/12/2026');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUser().getEmail()).toBe(OWNER);
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    const before = fake.clock.nowMs();
    Utilities.sleep(1500);
    expect(fake.clock.nowMs() - before).toBe(1500);
    expect(Utilities.newBlob('xin chào', 'text/plain', 'a.txt').getDataAsString()).toBe('xin chào');
  });

  test('HMAC-SHA256 gives signed bytes (RFC 4231 case 2); web-safe base64 uses - and _', () => {
    const { Utilities } = createFakeAppsScript({ owner: OWNER }).globals;
    const mac = Utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(mac).toHaveLength(32);
    expect(mac.some((b) => b < 0)).toBe(true);
    expect(mac.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(Utilities.base64EncodeWebSafe([-5, -1, 62])).toBe('-_8-');
    expect(Utilities.base64DecodeWebSafe('-_8-')).toEqual([-5, -1, 62]);
    expect(Utilities.base64EncodeWebSafe('ab')).toBe('YWI=');
  });

  test('ScriptApp.getService().getUrl() is null until a web app is deployed', () => {
    expect(createFakeAppsScript({ owner: OWNER }).globals.ScriptApp.getService().getUrl()).toBeNull();
    const deployed = createFakeAppsScript({ owner: OWNER, webAppUrl: 'https://script.google.com/macros/s/X/exec' });
    expect(deployed.globals.ScriptApp.getService().getUrl()).toBe('https://script.google.com/macros/s/X/exec');
  });
});

describe('DocumentApp and DriveApp', () => {
  test('an inspectable document tree with fonts; the new body starts with one empty paragraph', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const { DocumentApp, DriveApp } = fake.globals;
    const doc = DocumentApp.create('Báo cáo 2026');
    const body = doc.getBody();
    body.setMarginTop(56.7).setMarginLeft(85);
    const title = body
      .appendParagraph('BÁO CÁO')
      .setHeading(DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true).setFontSize(14).setFontFamily('Times New Roman');
    const p = body.appendParagraph('Kết quả: ');
    p.appendText('đạt').setItalic(true);
    const style: Record<string, unknown> = {};
    style[DocumentApp.Attribute.FONT_SIZE as unknown as string] = 13;
    p.setAttributes(style);
    const table = body.appendTable([
      ['TT', 'Đơn vị'],
      ['1', 'Văn phòng'],
    ]);
    table.setBorderWidth(0.5).getCell(0, 1).setBackgroundColor('#dddddd');
    body.appendListItem('Mục 1');
    body.appendPageBreak();
    doc.addHeader().appendParagraph('UBND PHƯỜNG');

    expect(body.getNumChildren()).toBe(6);
    expect((body.getChild(0) as GoogleAppsScript.Document.Paragraph).getText()).toBe('');
    expect(body.getParagraphs().map((x) => x.getText())).toEqual([
      '',
      'BÁO CÁO',
      'Kết quả: đạt',
      'TT',
      'Đơn vị',
      '1',
      'Văn phòng',
      'Mục 1',
      '',
    ]);
    expect(table.getCell(1, 1).getText()).toBe('Văn phòng');
    const row = table.appendTableRow();
    row.appendTableCell('2');
    row.appendTableCell('Công an').setBackgroundColor('#eeeeee');
    expect([
      table.getNumRows(),
      row.getNumCells(),
      (table.getCell(2, 1).getChild(0) as GoogleAppsScript.Document.Paragraph).getText(),
    ]).toEqual([3, 2, 'Công an']);
    expect(body.getMarginTop()).toBe(56.7);
    const tree = fake.docs.created[0].toJSON();
    expect(tree.header!.text).toBe('\nUBND PHƯỜNG');
    const heading = tree.body.children![1];
    expect(heading.attributes).toMatchObject({ HEADING: 'HEADING1', HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(heading.children![0].runs).toEqual([
      { start: 0, end: 6, attributes: { BOLD: true, FONT_SIZE: 14, FONT_FAMILY: 'Times New Roman' } },
    ]);
    expect(tree.body.children![2].children!.map((t) => t.runs)).toEqual([
      [{ start: 0, end: 8, attributes: { FONT_SIZE: 13 } }],
      [{ start: 0, end: 2, attributes: { ITALIC: true, FONT_SIZE: 13 } }],
    ]);
    expect(fake.counter.count('Paragraph.setHeading')).toBe(1);
    expect(() => body.getChild(0).removeFromParent() && body.getChild(0).removeFromParent()).not.toThrow();

    const folderId = fake.drive.addFolder('Báo cáo');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getParents().next().getName()).toBe('My Drive');
    file.moveTo(DriveApp.getFolderById(folderId));
    expect(fake.drive.parentsOf(doc.getId())).toEqual(['Báo cáo']);
    expect(() => DriveApp.getFileById('nope')).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
  });

  test("the last paragraph of a section can't be removed", () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const body = fake.globals.DocumentApp.create('x').getBody();
    expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });
});

describe('call counting', () => {
  function refresh(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    const last = sheet.getLastRow();
    const range = sheet.getRange(2, 1, last - 1, 3);
    const values = range.getValues();
    const verdicts = values.map((r) => [Number(r[1]) >= 50 ? 'Đạt' : 'Chưa đạt']);
    sheet.getRange(2, 3, verdicts.length, 1).setValues(verdicts);
    sheet
      .getRange(2, 3, verdicts.length, 1)
      .setBackgrounds(verdicts.map((v) => [v[0] === 'Đạt' ? '#b7e1cd' : '#f4c7c3']));
  }

  test('the same number of Spreadsheet calls for 10 rows as for 10 000', () => {
    const counts = [10, 10000].map((n) => {
      const fake = createFakeAppsScript({ owner: OWNER });
      const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      if (n + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), n + 1 - sheet.getMaxRows());
      sheet
        .getRange(1, 1, n + 1, 2)
        .setValues([['id', 'pct'], ...Array.from({ length: n }, (_, i) => [`r${i}`, i % 100])]);
      fake.counter.reset();
      refresh(fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]);
      return { total: fake.counter.spreadsheetCalls(), byName: fake.counter.byName() };
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0].byName).toEqual({
      'Range.getValues': 1,
      'Range.setBackgrounds': 1,
      'Range.setValues': 1,
      'Sheet.getLastRow': 1,
      'Sheet.getRange': 3,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  test('counts by prefix; a per-row loop shows up', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const sheet = fake.globals.SpreadsheetApp.getActiveSheet();
    for (let r = 1; r <= 5; r++) sheet.getRange(r, 1).setValue(r);
    expect(fake.counter.total('Range.')).toBe(5);
    expect(fake.counter.total('Sheet.getRange')).toBe(5);
    expect(fake.counter.total()).toBe(11);
  });
});

describe('installing the globals', () => {
  test('into globalThis and back out', () => {
    const fake = createFakeAppsScript({ owner: OWNER });
    const restore = fake.install(globalThis);
    expect(SpreadsheetApp.getActiveSpreadsheet().getId()).toBe('fake-spreadsheet-id');
    restore();
    expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
  });

  test('into a node:vm context, with new Date() on the fake clock', () => {
    const fake = createFakeAppsScript({ owner: OWNER, now: '2026-11-30T23:59:00+07:00' });
    const context = vm.createContext(fake.vmGlobals());
    vm.runInContext(
      `function onOpen() { SpreadsheetApp.getUi().createMenu('M').addItem('Setup', 'setup').addToUi(); }
       function setup() {
         var sh = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Nhật ký');
         sh.getRange(1, 1, 1, 2).setValues([[new Date(), Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'dd/MM/yyyy HH:mm')]]);
         console.log('setup done');
       }`,
      context,
    );
    fake.spreadsheet.open(OWNER, context);
    fake.spreadsheet.runMenuItem('Setup', OWNER, context);
    const [[when, text]] = fake.spreadsheet.values('Nhật ký!A1:B1') as [[Date, string]];
    expect(when.toISOString()).toBe('2026-11-30T16:59:00.000Z');
    expect(text).toBe('30/11/2026 23:59');
    expect(fake.logs).toEqual([{ level: 'log', text: 'setup done' }]);
    expect(
      vm.runInContext("SpreadsheetApp.getActive().getRange('Nhật ký!A1').getValue() instanceof Date", context),
    ).toBe(true);
  });
});
