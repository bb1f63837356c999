/**
 * Offline (`npm start`): the timeliness counts for the embedded sample on 05/12/2026. In the sample, Công an phường
 * enters its figures five days after the deadline and submits: late; TTHCC, VP and VHXH submitted on time; Kinh tế
 * and TTSNC never submit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColumnMap } from '../../src/core/sheet/table';
import { main } from '../../src/local/main';
import { readWorkbookXlsx } from '../../src/local/sheet/xlsx';

describe('npm start -- --today 2026-12-05', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kh-cds-submission-'));
  let lines: string[] = [];
  beforeAll(async () => {
    let printed = '';
    const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed += `${args.join(' ')}\n`;
    });
    try {
      await main(['--today', '2026-12-05', '--out', outDir]);
    } finally {
      log.mockRestore();
    }
    lines = printed.split('\n');
  });

  test('prints the timeliness counts and names Công an phường as "Nộp muộn"', () => {
    expect(lines).toContain(
      'Tính kịp thời: 6 đơn vị phải báo cáo; đã gửi 4 (66,7%), đúng hạn 3, nộp muộn 1, quá hạn chưa gửi 2, còn hạn chưa gửi 0.',
    );
    const perUnit = Object.fromEntries(
      lines
        .filter((l) => l.startsWith('  - ') && / - [^-]+$/.test(l) && l.includes('đã báo cáo'))
        .map((l) => [l.slice(4, l.indexOf(':')), l.slice(l.lastIndexOf(' - ') + 3)]),
    );
    expect(perUnit).toEqual({
      'Trung tâm phục vụ hành chính công': 'Đúng hạn',
      'Văn phòng HĐND và UBND': 'Đúng hạn',
      'Phòng Kinh tế, Hạ tầng và Đô thị': 'Chưa báo cáo',
      'Phòng Văn hóa - Xã hội': 'Đúng hạn',
      'Công an phường': 'Nộp muộn',
      'Trung tâm dịch vụ sự nghiệp công phường': 'Chưa báo cáo',
    });
  });

  test('the workbook written says the same: Công an phường submitted on 05/12, after the deadline', async () => {
    const { data } = await readWorkbookXlsx(join(outDir, 'ke-hoach-cds-2026.xlsx'));
    const map = new ColumnMap('units', data.units.header);
    const ca = data.units.rows.find((r) => r[map.index('unitId')] === 'CA')!;
    expect(ca[map.index('submit')]).toBe(true);
    expect((ca[map.index('submittedAt')] as Date).toISOString()).toBe('2026-12-05T10:05:00.000Z');
    // The Tổng hợp tab's unit block: Công an phường late, submitted 05/12/2026 17:05 (Việt Nam time).
    const row = data.summary.rows.find((r) => r[0] === 'Công an phường')!;
    const header = data.summary.rows.find((r) => r[0] === 'Đơn vị')!;
    expect([row[header.indexOf('Gửi báo cáo')], row[header.indexOf('Thời điểm gửi')]]).toEqual([
      'Nộp muộn',
      '05/12/2026 17:05',
    ]);
    const unitNames = [
      'Trung tâm phục vụ hành chính công',
      'Văn phòng HĐND và UBND',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Phòng Văn hóa - Xã hội',
      'Công an phường',
      'Trung tâm dịch vụ sự nghiệp công phường',
    ];
    const unitRows = data.summary.rows.filter((r) => unitNames.includes(String(r[0])));
    expect(unitRows.filter((r) => r.includes('Nộp muộn')).map((r) => r[0])).toEqual(['Công an phường']);
  });
});
