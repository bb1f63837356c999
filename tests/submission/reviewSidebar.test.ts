/**
 * The review sidebar (src/core/submission/reviewSidebar.ts): each unit's state, buttons for the VHXH office, typed text escaped.
 */

import { startOfVietnamDay } from '../../src/core/dates';
import { sampleConfig } from '../../src/core/sample/workbook';
import { reviewHtml, reviewRows } from '../../src/core/submission/reviewSidebar';
import { openRecord } from '../../src/core/submission/state';
import type { UnitState } from '../../src/core/units/table';

const config = sampleConfig();
const state = (id: string, name: string) =>
  ({
    unit: { id, name, aliases: [], accounts: [], emails: [] },
    accounts: [],
    invalidAccounts: [],
    reminderEmails: [],
    invalidReminderEmails: [],
    remindersToAccounts: true,
  }) as unknown as UnitState;

describe('rows', () => {
  test('each unit with its status line; a unit without a record is "Chưa gửi"; late submissions say so', () => {
    const late = new Date(startOfVietnamDay({ year: 2026, month: 12, day: 1 }).getTime() + 9 * 3_600_000);
    const rows = reviewRows(
      [state('CA', 'Công an phường'), state('VP', 'Văn phòng HĐND và UBND')],
      { CA: { ...openRecord('CA'), state: 'SUBMITTED', submittedAt: late.toISOString() } },
      config,
    );
    expect(rows).toEqual([
      {
        unitId: 'CA',
        name: 'Công an phường',
        state: 'SUBMITTED',
        status: 'Đã gửi, chờ duyệt; gửi 01/12/2026 09:00 (nộp muộn)',
      },
      { unitId: 'VP', name: 'Văn phòng HĐND và UBND', state: 'OPEN', status: 'Chưa gửi' },
    ]);
  });
});

describe('HTML', () => {
  const html = reviewHtml([
    {
      unitId: 'CA"><x',
      name: 'Công an <img src=x onerror=alert(1)>',
      state: 'SUBMITTED',
      status: "Đã gửi; ý kiến: 'sửa' & bổ sung",
    },
  ]);
  const buttons = (state: 'OPEN' | 'SUBMITTED' | 'APPROVED' | 'RETURNED') =>
    [
      ...reviewHtml([{ unitId: 'CA', name: 'Công an phường', state, status: '' }]).matchAll(
        /data-action="(\w+)">([^<]+)</g,
      ),
    ].map((m) => m[2]);

  test('names, statuses and unit ids are escaped', () => {
    expect(html).toContain('<td>Công an &lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).toContain('>Đã gửi; ý kiến: &#39;sửa&#39; &amp; bổ sung</span>');
    expect(html).toContain('data-unit="CA&quot;&gt;&lt;x"');
    expect(html).not.toContain('<img');
  });

  test('"Duyệt" only for a submitted report; each state offers what the rules allow, in Vietnamese', () => {
    expect(buttons('SUBMITTED')).toEqual(['Duyệt', 'Trả lại', 'Mở lại']);
    expect(buttons('APPROVED')).toEqual(['Trả lại', 'Mở lại']);
    expect(buttons('OPEN')).toEqual([]);
    expect(buttons('RETURNED')).toEqual([]);
    expect(html).toContain('prompt("Ý kiến trả lại (bắt buộc):")');
    expect(html).toContain('textContent="Đang xử lý..."');
    expect(html).toContain('.reviewUnit(b.dataset.unit,b.dataset.action,c)');
    expect(html.normalize('NFC')).toBe(html);
  });

  test("the entry page's look: its stylesheet, one blue action", () => {
    expect(html).toContain('<body class="sidebar">');
    expect(html).toContain('button.action');
    expect(html.match(/class="action"/g)).toHaveLength(1);
  });

  test('no units: an empty table', () => {
    expect(reviewHtml([])).toContain('<table class="list"></table>');
  });
});
