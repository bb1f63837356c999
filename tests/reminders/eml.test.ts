import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { buildEml, writeOfflineReminders } from '../../src/local/reminders/eml';
import { d, sampleWorkbook, setCell } from './helpers';

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value);

describe('offline reminders as .eml files (npm start -- --today 2026-11-25)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kh-cds-eml-'));
  let files: string[] = [];
  let lines: string[] = [];
  const parsed: Record<string, ParsedMail> = {};
  const raw: Record<string, string> = {};

  beforeAll(async () => {
    writeFileSync(join(outDir, 'ghi-chu.txt'), 'giữ nguyên');
    const workbook = sampleWorkbook(d(25, 11));
    // A unit's typed entry with markup: the e-mail must show it as text.
    const keyCol = workbook.indicators.header.indexOf('Mã dòng');
    const caRow = workbook.indicators.rows.find((r) => String(r[keyCol]).endsWith('@CA'))!;
    setCell(
      workbook,
      'indicators',
      'rowKey',
      String(caRow[keyCol]),
      'evidence',
      'Đang tổng hợp <script>alert(1)</script>',
    );
    // An older run's file is replaced.
    const stale = join(outDir, 'emails');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, '2026-11-16-CA.eml'), 'old');
    const result = await writeOfflineReminders(outDir, workbook, d(25, 11));
    files = result.files;
    lines = result.lines;
    for (const file of files) {
      raw[file.split('/').pop()!] = readFileSync(file, 'latin1');
      parsed[file.split('/').pop()!] = await simpleParser(readFileSync(file));
    }
  });

  test('one file per reminder and one summary, named by date and unit', () => {
    const names = readdirSync(join(outDir, 'emails')).sort();
    expect(names).toEqual(
      ['2026-11-25-CA.eml', '2026-11-25-KTHTDT.eml', '2026-11-25-tong-hop-vhxh.eml'].filter((n) => names.includes(n)),
    );
    expect(names).toContain('2026-11-25-CA.eml');
    expect(names).toContain('2026-11-25-tong-hop-vhxh.eml');
    expect(names).not.toContain('2026-11-16-CA.eml');
    expect(names.some((n) => n.includes('TTSNC'))).toBe(false);
    expect(readdirSync(outDir)).toContain('ghi-chu.txt');
  });

  test('prints whether the day is a scheduled reminder day, the files and the skipped units', () => {
    const text = lines.join('\n');
    expect(text).toContain('không phải ngày nhắc theo lịch');
    expect(text).toContain('27/11/2026');
    expect(text).toContain('Gửi nhắc hạn ngay');
    expect(text).toContain('2026-11-25-CA.eml');
    expect(text).toContain('Trung tâm dịch vụ sự nghiệp công phường - Bỏ qua: không có địa chỉ e-mail hợp lệ');
  });

  test('headers: From name, Reply-To, To, Subject with Vietnamese diacritics, Date, Message-ID, encoded', () => {
    const mail = parsed['2026-11-25-CA.eml'];
    expect(mail.from?.value[0]).toEqual({
      name: 'Phòng Văn hóa - Xã hội phường Hải Dương',
      address: 'vhxh@phuong-haiduong.example',
    });
    expect(addresses(mail.replyTo).map((a) => a.address)).toEqual(['vhxh@phuong-haiduong.example']);
    expect(addresses(mail.to).map((a) => a.address)).toEqual(['congan@phuong-haiduong.example']);
    expect(mail.subject).toBe('[Kế hoạch 57/KH-UBND] Nhắc báo cáo kết quả năm 2026 - hạn 30/11/2026');
    expect(mail.date?.toISOString()).toBe('2026-11-25T00:00:00.000Z'); // 07:00 Việt Nam time
    expect(mail.messageId).toMatch(/^<2026-11-25-CA\.\d+@phuong-haiduong\.example>$/);
    // RFC 5322: headers are ASCII (encoded-words), the body parts declare UTF-8.
    const head = raw['2026-11-25-CA.eml'].split(/\r\n\r\n/)[0];
    expect(head).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(/^[\x00-\x7f]*$/.test(head)).toBe(true);
    expect(raw['2026-11-25-CA.eml']).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw['2026-11-25-CA.eml']).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(raw['2026-11-25-CA.eml']).toMatch(/Content-Type: text\/html; charset=utf-8/i);
  });

  test('both bodies carry the Vietnamese text', () => {
    const mail = parsed['2026-11-25-CA.eml'];
    for (const body of [mail.text!, mail.html as string]) {
      expect(body).toContain('Công an phường');
      expect(body).toContain('hết ngày 30/11/2026 (còn 5 ngày)');
      expect(body).toContain('Phòng Văn hóa - Xã hội trân trọng đề nghị');
      expect(body).toContain('Khó khăn - Đề xuất');
    }
    expect(mail.text).toContain('Kính gửi: Công an phường');
    expect(mail.html).toContain('<b>Kính gửi:</b> Công an phường');
  });

  test("a unit's <script> is text in the HTML body", () => {
    const mail = parsed['2026-11-25-CA.eml'];
    expect(mail.text).toContain('Đang tổng hợp <script>alert(1)</script>');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Đang tổng hợp &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('the summary goes to the VHXH office and names the unit without a valid address', () => {
    const mail = parsed['2026-11-25-tong-hop-vhxh.eml'];
    expect(addresses(mail.to).map((a) => a.address)).toEqual(['vhxh@phuong-haiduong.example']);
    expect(mail.subject).toContain('Tổng hợp nhắc hạn báo cáo năm 2026 ngày 25/11/2026');
    expect(mail.text).toContain('Trung tâm dịch vụ sự nghiệp công phường');
    expect(mail.text).toContain('ttdvsnc.phuong-haiduong.example');
    expect(mail.html).toContain('Trung tâm dịch vụ sự nghiệp công phường');
  });

  test('buildEml alone', async () => {
    const eml = await buildEml(
      {
        kind: 'reminder',
        unitId: 'X',
        to: ['a@b.example', 'c@d.example'],
        subject: 'Thử tiếng Việt: Đề xuất',
        text: 'Nội dung',
        html: '<p>Nội dung</p>',
        fromName: 'Phòng Văn hóa - Xã hội',
        replyTo: null,
      },
      { fromAddress: 'gui@b.example', date: new Date('2026-11-25T00:00:00Z') },
    );
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe('Thử tiếng Việt: Đề xuất');
    expect(addresses(mail.to).map((a) => a.address)).toEqual(['a@b.example', 'c@d.example']);
    expect(mail.replyTo).toBeUndefined();
    expect(mail.messageId).toBeTruthy();
  });
});
