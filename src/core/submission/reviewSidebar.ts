import { isOnOrBefore } from '../dates';
import { SHARED_CSS } from '../entryPage/style';
import type { Config } from '../sheet/config';
import { escapeHtml } from '../text';
import type { UnitState } from '../units/table';
import { openRecord, reviewActionsFor, SUBMISSION_TEXT, type SubmissionRecord, type SubmissionState } from './state';

/** "Duyệt / trả lại báo cáo đơn vị": each unit's state, with buttons for the VHXH office. */
export interface ReviewRow {
  unitId: string;
  name: string;
  status: string;
  /** Which buttons the row offers: "Duyệt" only for a report the unit has submitted. */
  state: SubmissionState;
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
      state: r.state,
      status: SUBMISSION_TEXT.statusLine(
        r,
        r.submittedAt ? isOnOrBefore(new Date(r.submittedAt), config.deadline) : null,
      ),
    };
  });
}

/**
 * Everything typed (names, comments in the status) is escaped; the buttons call google.script.run.reviewUnit. Each
 * row offers only what its state allows; the look is the entry page's (one stylesheet, Google's add-on conventions:
 * one blue action, grey secondary buttons).
 */
export function reviewHtml(rows: readonly ReviewRow[]): string {
  const text = SUBMISSION_TEXT.sidebar;
  const button = (r: ReviewRow, action: 'approve' | 'return' | 'reopen') =>
    `<button type="button"${action === 'approve' ? ' class="action"' : ''} data-unit="${escapeHtml(r.unitId)}" data-action="${action}">${escapeHtml(text[action])}</button>`;
  const row = (r: ReviewRow) =>
    `<tr><td>${escapeHtml(r.name)}</td><td><span class="badge" data-state="${r.state}">${escapeHtml(r.status)}</span></td><td>${reviewActionsFor(
      r.state,
    )
      .map((a) => button(r, a))
      .join(' ')}</td></tr>`;
  // Text put in the script goes in as JSON string literals.
  const js = (s: string) => JSON.stringify(s);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>${SHARED_CSS}td button{margin:2px 0}</style></head><body class="sidebar">
<table class="list">${rows.map(row).join('')}</table><p id="msg" role="status" aria-live="polite"></p>
<script>document.querySelectorAll('button').forEach(function(b){b.addEventListener('click',function(){var c='';if(b.dataset.action==='return'){c=prompt(${js(text.returnPrompt)})||'';if(!c)return;}
document.getElementById('msg').textContent=${js(text.working)};google.script.run.withSuccessHandler(function(m){document.getElementById('msg').textContent=m;}).reviewUnit(b.dataset.unit,b.dataset.action,c);});});</script></body></html>`;
}
