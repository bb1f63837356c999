import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { TAB_ORDER, TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { main } from '../../src/local/main';
import { readWorkbookXlsx } from '../../src/local/sheet/xlsx';

describe('offline run on the embedded sample', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kh-cds-'));
  let logged = '';
  beforeAll(async () => {
    const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logged += `${args.join(' ')}\n`;
    });
    await main(['--today', '2026-11-25', '--out', outDir]);
    log.mockRestore();
  });

  test('writes the workbook with every tab laid out by the schema', async () => {
    const { data, missingTabs } = await readWorkbookXlsx(join(outDir, 'ke-hoach-cds-2026.xlsx'));
    expect(missingTabs).toEqual([]);
    for (const tab of TAB_ORDER) {
      if (tab === 'guide' || tab === 'summary') continue;
      expect(new ColumnMap(tab, data[tab].header).missing).toEqual([]);
    }
    const indicators = new ColumnMap('indicators', data.indicators.header);
    const ids = new Set(data.indicators.rows.map((r) => String(r[indicators.index('rowKey')]).split('@')[0]));
    for (const row of PLAN_CATALOG.filter((r) => r.kind === 'indicator')) expect(ids).toContain(row.id);
    const typed = data.indicators.rows.find((r) => r[indicators.index('rowKey')] === 'PL1-1.1@TTHCC');
    expect(typed?.[indicators.index('result')]).toBe('82,54%');
    const missing = data.indicators.rows.find((r) => r[indicators.index('rowKey')] === 'PL1-1.5@TTHCC');
    expect(missing?.[indicators.index('result')]).toBe('');
  });

  test('prints a Vietnamese summary naming the file', () => {
    expect(logged).toContain('ke-hoach-cds-2026.xlsx');
    expect(logged).toContain(TABS.indicators.name);
  });

  test('rejects an unreadable --today with a Vietnamese message', async () => {
    await expect(main(['--today', '31/02/2026', '--out', outDir])).rejects.toThrow('Ngày không hợp lệ');
  });
});
