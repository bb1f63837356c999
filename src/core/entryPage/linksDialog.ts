/**
 * The office's dialog "Đường dẫn nhập liệu của đơn vị": each unit's link (to copy), "Gửi thư" and "Đổi đường dẫn".
 * Plain HTML built here with every sheet value escaped; its buttons call entryLinkAction on the server, which checks
 * again that an office account is asking.
 */
import { escapeHtml } from '../text';
import { ENTRY_PAGE_TEXT } from './messages';
import { SHARED_CSS } from './style';

export interface LinkRow {
  unitId: string;
  unitName: string;
  link: string;
  recipients: string[];
}

export function linksDialogHtml(rows: readonly LinkRow[], problem: string | null): string {
  const t = ENTRY_PAGE_TEXT.links;
  const body = problem
    ? `<p class="alert" role="alert">${escapeHtml(problem)}</p>`
    : `<table class="list"><thead><tr><th scope="col">${escapeHtml(t.unit)}</th><th scope="col">${escapeHtml(t.link)}</th><th scope="col"></th></tr></thead><tbody>${rows
        .map((r, i) => {
          const id = `l${i}`;
          return (
            `<tr data-unit="${escapeHtml(r.unitId)}"><th scope="row">${escapeHtml(r.unitName)}<div class="muted small">${escapeHtml(r.recipients.join(', ') || t.noEmail)}</div></th>` +
            `<td><label class="muted small" for="${id}">${escapeHtml(t.link)}</label><input class="link" id="${id}" readonly value="${escapeHtml(r.link)}"></td>` +
            `<td><button type="button" data-act="copy">${escapeHtml(t.copy)}</button> ` +
            `<button type="button" class="action" data-act="send"${r.recipients.length ? '' : ' disabled'}>${escapeHtml(t.send)}</button> ` +
            `<button type="button" class="danger" data-act="rotate">${escapeHtml(t.rotate)}</button></td></tr>`
          );
        })
        .join('')}</tbody></table>`;
  const labels = escapeHtml(
    JSON.stringify({ confirm: t.confirmRotate, rotate: t.rotate, copied: t.copied, copy: t.copy }),
  );
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_top"><style>${SHARED_CSS}</style></head><body class="sidebar" data-labels="${labels}">
<p>${escapeHtml(t.intro)}</p>${body}<p id="msg" role="status" aria-live="polite"></p>
<script>
(function(){
  var L = JSON.parse(document.body.getAttribute('data-labels'));
  var msg = document.getElementById('msg');
  function say(text, bad){ msg.textContent = text; msg.className = bad ? 'alert' : 'okbox'; }
  document.addEventListener('click', function(ev){
    var b = ev.target.closest ? ev.target.closest('button[data-act]') : null;
    if (!b) return;
    var row = b.closest('tr'); var unit = row.getAttribute('data-unit'); var input = row.querySelector('input.link');
    var act = b.getAttribute('data-act');
    if (act === 'copy') { input.select(); try { document.execCommand('copy'); b.textContent = L.copied; } catch (e) {} return; }
    if (act === 'rotate' && b.getAttribute('data-armed') !== '1') { b.setAttribute('data-armed','1'); b.textContent = L.confirm; return; }
    b.disabled = true;
    google.script.run.withSuccessHandler(function(r){
      b.disabled = false; b.removeAttribute('data-armed'); if (act === 'rotate') b.textContent = L.rotate;
      if (r && r.link) input.value = r.link;
      say(r ? r.message : '', !(r && r.ok));
    }).withFailureHandler(function(e){ b.disabled = false; say(String(e && e.message || e), true); }).entryLinkAction(act, unit);
  });
})();
</script></body></html>`;
}
