/**
 * The review sidebar (src/core/submission/reviewSidebar.ts): each unit's state, buttons for the VHXH office, typed text escaped.
 */

import { startOfVietnamDay } from '../../src/core/dates';
import type { UnitState } from '../../src/core/judging/assess';
import { sampleConfig } from '../../src/core/sample/workbook';
import { reviewHtml, reviewRows } from '../../src/core/submission/reviewSidebar';
import { openRecord } from '../../src/core/submission/state';

const config = sampleConfig();
const state = (id: string, name: string) =>
  ({ unit: { id, name, aliases: [], emails: [] }, validEmails: [], invalidEmails: [] }) as unknown as UnitState;

describe('rows', () => {
  test('each unit with its status line; a unit without a record is "Chưa gửi"; late submissions say so', () => {
    const late = new Date(startOfVietnamDay({ year: 2026, month: 12, day: 1 }).getTime() + 9 * 3_600_000);
    const rows = reviewRows(
      [state('CA', 'Công an phường'), state('VP', 'Văn phòng HĐND và UBND')],
      { CA: { ...openRecord('CA'), state: 'SUBMITTED', submittedAt: late.toISOString() } },
      config,
    );
    expect(rows).toEqual([
      { unitId: 'CA', name: 'Công an phường', status: 'Đã gửi, chờ duyệt; gửi 01/12/2026 09:00 (nộp muộn)' },
      { unitId: 'VP', name: 'Văn phòng HĐND và UBND', status: 'Chưa gửi' },
    ]);
  });
});

describe('HTML', () => {
  const html = reviewHtml([
    { unitId: 'CA"><x', name: 'Công an <img src=x onerror=alert(1)>', status: "Bị trả lại; ý kiến: 'sửa' & bổ sung" },
  ]);

  test('names, statuses and unit ids are escaped', () => {
    expect(html).toContain('<td>Công an &lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).toContain('<td>Bị trả lại; ý kiến: &#39;sửa&#39; &amp; bổ sung</td>');
    expect(html).toContain('data-unit="CA&quot;&gt;&lt;x"');
    expect(html).not.toContain('<img');
  });

  test('three buttons per unit, in Vietnamese; returning asks for the comment first', () => {
    expect(html).toContain(
      'data-action="approve">Duyệt</button> <button data-unit="CA&quot;&gt;&lt;x" data-action="return">Trả lại</button> <button data-unit="CA&quot;&gt;&lt;x" data-action="reopen">Mở lại</button>',
    );
    expect(html).toContain('prompt("Ý kiến trả lại (bắt buộc):")');
    expect(html).toContain('textContent="Đang xử lý..."');
    expect(html).toContain('.reviewUnit(b.dataset.unit,b.dataset.action,c)');
    expect(html.normalize('NFC')).toBe(html);
  });

  test('no units: an empty table', () => {
    expect(reviewHtml([])).toContain('<table></table>');
  });
});
