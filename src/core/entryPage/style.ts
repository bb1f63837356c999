/**
 * One stylesheet for everything the tool shows in HTML: the units' entry page and the office's sidebars and
 * dialogs ("Kiểm tra dữ liệu", "Duyệt / trả lại", the links dialog). It follows Google's add-on style conventions
 * (a sans-serif system font, 13 px text in sidebars, one blue action button per view, grey secondary buttons,
 * muted secondary text, the warning and error colours of Docs editors) without loading Google's CSS or any
 * font: nothing external, so the page opens the same on a slow phone and inside the sandbox.
 */
import { INVALID_INPUT_COLOR, VERDICT_COLORS } from '../judging/verdicts';

const verdictRules = Object.entries(VERDICT_COLORS)
  .map(([verdict, color]) => `.chip[data-verdict="${verdict}"]{background:${color}}`)
  .join('\n');

export const SHARED_CSS = `
:root{--blue:#1a73e8;--blue-dark:#1765cc;--text:#202124;--muted:#5f6368;--line:#dadce0;--bg:#f8f9fa;--warn:${INVALID_INPUT_COLOR};--error:#d93025;--ok:#188038;--focus:#1a73e8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:Arial,Roboto,"Helvetica Neue","Noto Sans","Segoe UI",sans-serif;color:var(--text);background:#fff;line-height:1.45}
body.sidebar{font-size:13px;padding:12px}
body.page{font-size:16px;background:var(--bg)}
h1,h2,h3{line-height:1.25;margin:0 0 .4em}
a{color:var(--blue)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
button:focus,select:focus,input:focus,textarea:focus,a:focus{outline:3px solid var(--focus);outline-offset:2px}
.muted{color:var(--muted)}
.small{font-size:.85em}
button,.button{font:inherit;font-weight:600;border-radius:4px;border:1px solid var(--line);background:#fff;color:var(--text);padding:.5em 1em;min-height:36px;cursor:pointer}
button:hover{background:#f1f3f4}
button.action,.button.action{background:var(--blue);border-color:var(--blue);color:#fff}
button.action:hover{background:var(--blue-dark)}
button.danger{color:var(--error)}
button:disabled{opacity:.55;cursor:default}
.chip{display:inline-block;border-radius:12px;padding:.1em .6em;font-weight:600;border:1px solid rgba(0,0,0,.08);background:#efefef}
${verdictRules}
.badge{display:inline-block;border-radius:4px;padding:.1em .5em;font-size:.85em;font-weight:600;background:#e8f0fe;color:#174ea6}
.badge[data-state="APPROVED"]{background:#e6f4ea;color:var(--ok)}
.badge[data-state="RETURNED"]{background:#fce8e6;color:var(--error)}
.note{background:var(--warn);border-left:4px solid #f9ab00;padding:.35em .6em;margin:.35em 0;border-radius:2px}
.error{color:var(--error)}
.alert{background:#fce8e6;border-left:4px solid var(--error);padding:.6em .8em;border-radius:2px}
.okbox{background:#e6f4ea;border-left:4px solid var(--ok);padding:.6em .8em;border-radius:2px}
table.list{border-collapse:collapse;width:100%}
table.list th,table.list td{border-bottom:1px solid var(--line);padding:6px 4px;text-align:left;vertical-align:top}
table.list th{font-weight:600;color:var(--muted)}
input.link{width:100%;font:inherit;font-size:12px;padding:4px}
/* The entry page */
.wrap{max-width:760px;margin:0 auto;padding:0 12px}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:14px 0 10px}
header.top h1{font-size:1.25rem}
.unit{font-size:1.05rem;font-weight:600}
.statusbar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:6px 0;font-size:.9rem}
.statusbar .wrap{display:flex;flex-wrap:wrap;gap:.3em 1em;align-items:center;justify-content:space-between}
.save-state[data-state="dirty"],.save-state[data-state="offline"]{color:#b06000;font-weight:600}
.save-state[data-state="saved"]{color:var(--ok)}
section.group{margin:18px 0}
section.group>h2{font-size:1.1rem;margin:18px 0 8px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:0 0 12px;scroll-margin-top:5.5em}
.field input,.field textarea,.field select,#result{scroll-margin-top:5.5em;scroll-margin-bottom:5em}
.card[data-dirty="true"]{border-color:#f9ab00;box-shadow:0 0 0 1px #f9ab00}
.card h3{font-size:1rem;font-weight:600}
.card .where{font-size:.8rem;color:var(--muted);margin-bottom:.2em}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.15em .8em;margin:.4em 0 .6em;font-size:.9rem}
.card dt{color:var(--muted)}
.card dd{margin:0}
.field{margin:.7em 0}
.field label{display:block;font-weight:600;margin-bottom:.2em}
.field .help{font-size:.85rem;color:var(--muted);margin:.1em 0 .3em}
.field input,.field textarea,.field select{width:100%;font:inherit;font-size:16px;padding:.5em .6em;border:1px solid #80868b;border-radius:4px;background:#fff;color:var(--text)}
.field textarea{min-height:4.5em;resize:vertical}
.field [aria-invalid="true"]{border-color:#f9ab00;background:#fffbeb}
.readas{font-size:.9rem;color:#174ea6;margin-top:.2em}
.verdict{margin-top:.5em;font-size:.9rem}
.verdict .reason{color:var(--muted)}
.cardstate{font-size:.8rem;color:#b06000;font-weight:600;margin-top:.4em}
.conflict{background:#fef7e0;border-left:4px solid #f9ab00;padding:.5em .7em;margin:.5em 0;font-size:.9rem;white-space:pre-wrap;overflow-wrap:anywhere}
footer.bottom{position:sticky;bottom:0;background:#fff;border-top:1px solid var(--line);padding:10px 0;z-index:5}
footer.bottom .wrap{display:flex;gap:.6em;align-items:center;justify-content:space-between;flex-wrap:wrap}
#result{margin:12px 0}
#result ul{padding-left:1.2em}
#result li{margin:.3em 0}
.credits{font-size:.8rem;color:var(--muted);padding:16px 0 80px}
@media (max-width:420px){.card{padding:10px 10px}.card dl{grid-template-columns:1fr}.card dt{margin-top:.3em}}
`;
