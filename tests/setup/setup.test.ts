/**
 * The shared sheet on the in-memory Apps Script (tests/fakes): setup from the schema, merge on re-run,
 * per-unit protections, and the constant number of Spreadsheet calls whatever the number of rows.
 */
import type { CatalogRow } from '../../src/core/plan/catalog';
import { PLAN_CATALOG } from '../../src/core/plan/catalog';
import { ROW_STATUS } from '../../src/core/setup/merge';
import { TAB_ORDER, TABS } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { runSetup } from '../../src/gas/setup/setup';
import { layoutFrom, layoutProperty } from '../../src/gas/sheet/layout';
import { createFakeAppsScript } from '../fakes';
import { cellOf, ioCalls, NOW, onEdit, STAFF, setUpWorld, VHXH, valueAt, type World } from '../sheet/helpers';

let world: World;
afterEach(() => world?.restore());

/** A plan with n indicators spread over the six units (for the call-count property). */
function syntheticCatalog(n: number): CatalogRow[] {
  const leads = [
    'Trung tâm phục vụ hành chính công',
    'Văn phòng HĐND và UBND',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    'Phòng Văn hóa - Xã hội',
    'Công an phường',
    'Trung tâm dịch vụ sự nghiệp công phường',
  ];
  const rows: CatalogRow[] = [
    {
      id: 'X-I',
      appendix: 'I',
      kind: 'group',
      tt: 'I',
      parentId: null,
      name: 'Đến năm 2030',
      unitOfMeasure: '',
      targets: {},
      lead: '',
      coordinators: '',
      output: '',
      completionTime: '',
    },
  ];
  for (let i = 1; i <= n; i++) {
    rows.push({
      id: `X-${i}`,
      appendix: 'I',
      kind: 'indicator',
      tt: String(i),
      parentId: 'X-I',
      name: `Chỉ tiêu số ${i}`,
      unitOfMeasure: '%',
      targets: { '2030': '≥ 80' },
      lead: leads[i % leads.length],
      coordinators: '',
      output: '',
      completionTime: '',
    });
  }
  rows.push({
    id: 'T-1',
    appendix: '4',
    kind: 'task',
    tt: '1',
    parentId: null,
    name: 'Nhiệm vụ',
    unitOfMeasure: '',
    targets: {},
    lead: leads[0],
    coordinators: '',
    output: '',
    completionTime: '2026',
  });
  return rows;
}

function setupCalls(n: number): { total: number; io: number } {
  const fake = createFakeAppsScript({ owner: VHXH, users: Object.values(STAFF), now: NOW.toISOString() });
  const restore = fake.install(globalThis);
  try {
    const catalog = syntheticCatalog(n);
    runSetup(fake.spreadsheet.api, NOW, catalog);
    fake.counter.reset();
    runSetup(fake.spreadsheet.api, NOW, catalog);
    return { total: fake.counter.spreadsheetCalls(), io: ioCalls(fake) };
  } finally {
    restore();
  }
}

describe('setup', () => {
  test('builds every tab of the schema with its headers, frozen rows and the whole catalog', () => {
    world = setUpWorld();
    const ss = world.fake.spreadsheet.api;
    for (const tab of TAB_ORDER) expect(ss.getSheetByName(TABS[tab].name)).not.toBeNull();
    const indicators = world.fake.spreadsheet.values(TABS.indicators.name);
    expect(new ColumnMap('indicators', indicators[0]).missing).toEqual([]);
    const keys = indicators.slice(1).map((r) => String(r[0]).split('@')[0]);
    for (const row of PLAN_CATALOG.filter((r) => r.kind === 'indicator')) expect(keys).toContain(row.id);
    expect(ss.getSheetByName(TABS.indicators.name)!.getFrozenRows()).toBe(1);
    // A fresh row is judged at once: nothing typed yet.
    expect(valueAt(world.fake, 'indicators', 'PL1-1.1@TTHCC', 'verdict')).toBe('Chưa báo cáo');
    // The installable edit trigger exists exactly once, even after two setups.
    expect(world.fake.triggers.installed().filter((t) => t.handler === 'onEditInstalled')).toHaveLength(1);
  });

  test('re-running setup keeps every entry a unit typed, in place', () => {
    world = setUpWorld();
    const { fake } = world;
    const typed: [string, string, string, string][] = [
      ['indicators', 'PL1-1.1@TTHCC', 'result', '82,54%'],
      ['indicators', 'PL1-1.1@TTHCC', 'evidence', 'Số liệu đến 31/10'],
      ['indicators', 'PL1-7@VHXH', 'result', '71,2%'],
      ['tasks', 'PL4-2@VHXH', 'status', 'Hoàn thành'],
      ['tasks', 'PL4-2@VHXH', 'completedOn', '20/10/2025'],
    ];
    const who: Record<string, string> = { TTHCC: STAFF.TTHCC, VHXH: STAFF.VHXH_STAFF };
    for (const [tab, key, column, value] of typed) {
      const r = fake.spreadsheet.userEdit(
        who[key.split('@')[1]],
        cellOf(fake, tab as 'indicators', key, column).a1,
        value,
        onEdit,
      );
      expect(r.ok).toBe(true);
    }
    const before = fake.spreadsheet.values(TABS.indicators.name);
    runSetup(fake.spreadsheet.api, NOW);
    runSetup(fake.spreadsheet.api, NOW);
    for (const [tab, key, column, value] of typed) expect(valueAt(fake, tab as 'indicators', key, column)).toBe(value);
    const after = fake.spreadsheet.values(TABS.indicators.name);
    // Not one row moved.
    expect(after.map((r) => r[0])).toEqual(before.map((r) => r[0]));
  });

  test('a row that left the catalog is kept and marked; a new catalog row is appended', () => {
    world = setUpWorld();
    const { fake } = world;
    fake.spreadsheet.userEdit(STAFF.TTHCC, cellOf(fake, 'indicators', 'PL1-1.2@TTHCC', 'result').a1, '95,18%', onEdit);
    const catalog = PLAN_CATALOG.filter((r) => r.id !== 'PL1-1.2').concat([
      {
        id: 'PL1-13',
        appendix: 'I',
        kind: 'indicator',
        tt: '13',
        parentId: 'PL1-I',
        name: 'Chỉ tiêu mới',
        unitOfMeasure: '%',
        targets: { '2030': '100' },
        lead: 'Công an phường',
        coordinators: '',
        output: '',
        completionTime: '',
      },
    ]);
    const result = runSetup(fake.spreadsheet.api, NOW, catalog);
    expect(result.retired).toEqual(['PL1-1.2@TTHCC']);
    expect(result.added).toEqual(['PL1-13@CA']);
    expect(valueAt(fake, 'indicators', 'PL1-1.2@TTHCC', 'result')).toBe('95,18%');
    expect(valueAt(fake, 'indicators', 'PL1-1.2@TTHCC', 'rowStatus')).toBe(ROW_STATUS.retired);
    const values = fake.spreadsheet.values(TABS.indicators.name);
    expect(values[values.length - 1][0]).toBe('PL1-13@CA');
  });

  test('a sheet set up before "Mã chỉ số chung" existed: setup adds it at the right, filled, nothing typed lost', () => {
    world = setUpWorld();
    const { fake } = world;
    const type = (rowKey: string, value: string) =>
      expect(
        fake.spreadsheet.userEdit(STAFF.VHXH_STAFF, cellOf(fake, 'indicators', rowKey, 'result').a1, value, onEdit)
          .errors,
      ).toEqual([]);
    type('PL1-3.2@VHXH', '98,5%');
    // The sheet as the previous version left it: no such column, and setup's record of the headers without it.
    const sheet = fake.spreadsheet.api.getSheetByName(TABS.indicators.name)!;
    const header = fake.spreadsheet.values(TABS.indicators.name)[0].map(String);
    sheet.deleteColumn(header.indexOf('Mã chỉ số chung') + 1);
    const props = PropertiesService.getScriptProperties();
    const layout = layoutFrom(props.getProperties());
    layout.indicators = (layout.indicators ?? []).filter((h) => h !== 'Mã chỉ số chung');
    props.setProperty(...layoutProperty(layout));
    const before = fake.spreadsheet.values(TABS.indicators.name);
    expect(before[0]).not.toContain('Mã chỉ số chung');

    runSetup(fake.spreadsheet.api, NOW);
    const after = fake.spreadsheet.values(TABS.indicators.name);
    expect(after[0].slice(0, before[0].length)).toEqual(before[0]);
    expect(after[0][after[0].length - 1]).toBe('Mã chỉ số chung');
    expect(after.map((r) => r[0])).toEqual(before.map((r) => r[0]));
    expect(valueAt(fake, 'indicators', 'PL1-3.2@VHXH', 'result')).toBe('98,5%');
    // Filled from the sample plan's links: 5G in Phụ lục I and II is one measure; a row alone has none.
    expect(valueAt(fake, 'indicators', 'PL1-3.2@VHXH', 'measure')).toBe('M-5G');
    expect(valueAt(fake, 'indicators', 'PL2-1@VHXH', 'measure')).toBe('M-5G');
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'measure')).toBe('');
    // And read back: a second figure for 5G is a contradiction on both rows.
    type('PL2-1@VHXH', '85%');
    expect(valueAt(fake, 'indicators', 'PL1-3.2@VHXH', 'verdict')).toBe('Cần đánh giá');
    expect(valueAt(fake, 'indicators', 'PL2-1@VHXH', 'verdict')).toBe('Cần đánh giá');
  });

  test('the Spreadsheet calls of setup are the same for 10 rows as for 10,000', () => {
    const small = setupCalls(10);
    const large = setupCalls(10_000);
    expect(large).toEqual(small);
    // Printed so a reader sees the figure.
    console.log(`setup: ${small.total} Spreadsheet calls (${small.io} reads/writes) for 10 rows and for 10 000 rows`);
  });
});

describe('each unit edits only its rows', () => {
  beforeEach(() => {
    world = setUpWorld();
  });

  test('a unit edits its own input cells; another unit cannot; the VHXH office can', () => {
    const { fake } = world;
    const own = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'result');
    expect(fake.spreadsheet.canUserEdit(STAFF.TTHCC, TABS.indicators.name, own.row, own.column)).toBe(true);
    expect(fake.spreadsheet.canUserEdit(STAFF.CA, TABS.indicators.name, own.row, own.column)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(VHXH, TABS.indicators.name, own.row, own.column)).toBe(true);
    const refused = fake.spreadsheet.userEdit(STAFF.CA, own.a1, '10%', onEdit);
    expect(refused.ok).toBe(false);
    expect(valueAt(fake, 'indicators', 'PL1-1.1@TTHCC', 'result')).toBe('');
  });

  test('catalog columns and the VHXH judgement are closed to unit staff', () => {
    const { fake } = world;
    const target = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'target2030');
    const review = cellOf(fake, 'indicators', 'PL1-1.1@TTHCC', 'review');
    expect(fake.spreadsheet.canUserEdit(STAFF.TTHCC, TABS.indicators.name, target.row, target.column)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(STAFF.TTHCC, TABS.indicators.name, review.row, review.column)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(VHXH, TABS.indicators.name, review.row, review.column)).toBe(true);
    // Both address columns (who may edit, who receives reminders) only by the VHXH office.
    const units = fake.spreadsheet.values(TABS.units.name);
    const map = new ColumnMap('units', units[0]);
    for (const key of ['accounts', 'emails']) {
      expect(map.index(key)).toBeGreaterThanOrEqual(0);
      expect(fake.spreadsheet.canUserEdit(STAFF.TTHCC, TABS.units.name, 2, map.index(key) + 1)).toBe(false);
      expect(fake.spreadsheet.canUserEdit(VHXH, TABS.units.name, 2, map.index(key) + 1)).toBe(true);
    }
  });

  test('a row led by several units gives each its own cells', () => {
    const { fake } = world;
    const ttsnc = cellOf(fake, 'tasks', 'PL3-I-1@TTSNC', 'status');
    const vp = cellOf(fake, 'tasks', 'PL3-I-1@VP', 'status');
    expect(fake.spreadsheet.canUserEdit(STAFF.TTSNC, TABS.tasks.name, ttsnc.row, ttsnc.column)).toBe(true);
    expect(fake.spreadsheet.canUserEdit(STAFF.TTSNC, TABS.tasks.name, vp.row, vp.column)).toBe(false);
    expect(fake.spreadsheet.canUserEdit(STAFF.VP, TABS.tasks.name, vp.row, vp.column)).toBe(true);
  });

  test('changing a unit account in the Đơn vị tab and re-running setup moves the right to edit', () => {
    const { fake } = world;
    const units = fake.spreadsheet.api.getSheetByName(TABS.units.name)!;
    const values = units.getDataRange().getValues();
    const map = new ColumnMap('units', values[0]);
    const row = values.findIndex((r) => r[map.index('unitId')] === 'CA') + 1;
    units.getRange(row, map.index('accounts') + 1).setValue('canbo.moi@phuong-haiduong.example');
    fake.users.add('canbo.moi@phuong-haiduong.example');
    runSetup(fake.spreadsheet.api, NOW);
    const cell = cellOf(fake, 'indicators', 'PL1-6@CA', 'result');
    expect(
      fake.spreadsheet.canUserEdit('canbo.moi@phuong-haiduong.example', TABS.indicators.name, cell.row, cell.column),
    ).toBe(true);
    expect(fake.spreadsheet.canUserEdit(STAFF.CA, TABS.indicators.name, cell.row, cell.column)).toBe(false);
  });
});
