import { isOnOrBefore } from '../dates';
import type { UnitState } from '../judging/assess';
import type { Config } from '../sheet/config';
import { escapeHtml } from '../text';
import { openRecord, SUBMISSION_TEXT, type SubmissionRecord } from './state';

/** "Duyệt / trả lại báo cáo đơn vị": each unit's state, with buttons for the VHXH office. */
export interface ReviewRow {
  unitId: string;
  name: string;
  status: string;
}

export function reviewRows(
  states: readonly UnitState[],
  records: Record<string, SubmissionRecord>,
  config: Config,
): ReviewRow[] {
  return states.map((s) => {
    const r = records[s.unit.id] ?? openRecord(s.unit.id);
    return {
      unitId: s.unit.id,
      name: s.unit.name,
      status: SUBMISSION_TEXT.statusLine(
        r,
        r.submittedAt ? isOnOrBefore(new Date(r.submittedAt), config.deadline) : null,
      ),
    };
  });
}

/** Everything typed (names, comments in the status) is escaped; the buttons call google.script.run.reviewUnit. */
export function reviewHtml(rows: readonly ReviewRow[]): string {
  const text = SUBMISSION_TEXT.sidebar;
  const button = (r: ReviewRow, action: 'approve' | 'return' | 'reopen') =>
    `<button data-unit="${escapeHtml(r.unitId)}" data-action="${action}">${escapeHtml(text[action])}</button>`;
  const row = (r: ReviewRow) =>
    `<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.status)}</td><td>${button(r, 'approve')} ${button(r, 'return')} ${button(r, 'reopen')}</td></tr>`;
  // Text put in the script goes in as JSON string literals.
  const js = (s: string) => JSON.stringify(s);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:13px}td{border-bottom:1px solid #ddd;padding:4px;vertical-align:top}button{margin:2px 0}</style></head><body>
<table>${rows.map(row).join('')}</table><p id="msg"></p>
<script>document.querySelectorAll('button').forEach(function(b){b.addEventListener('click',function(){var c='';if(b.dataset.action==='return'){c=prompt(${js(text.returnPrompt)})||'';if(!c)return;}
document.getElementById('msg').textContent=${js(text.working)};google.script.run.withSuccessHandler(function(m){document.getElementById('msg').textContent=m;}).reviewUnit(b.dataset.unit,b.dataset.action,c);});});</script></body></html>`;
}
