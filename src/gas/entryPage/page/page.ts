/**
 * The entry page in the browser. It renders the model doGet embedded, judges what the person types with the core's
 * own functions (the same notes and verdict as the sheet), keeps every unsaved value in localStorage until the
 * server confirms it, saves a card when the person leaves a field, and submits with "Gửi báo cáo".
 *
 * Everything shown that came from the sheet or from typing is set as text (textContent, input.value): nothing is
 * parsed as HTML. No external script, font or style. Built by scripts/build.ts into build/EntryPage.html.
 */
import { ENTRY_PAGE_TEXT as T } from '../../../core/entryPage/messages';
import type { CardModel, EntryModel, FieldModel } from '../../../core/entryPage/model';
import { type Preview, previewCard } from '../../../core/entryPage/preview';
import type { Boot, SaveReply, SubmitReply } from '../../../core/entryPage/replies';
import type { RowResult } from '../../../core/entryPage/save';

/** The client side of google.script.run (HTML service reference), as far as the page uses it. */
interface ScriptRun {
  withSuccessHandler(f: (value: never) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  entryPageSave(token: string, request: unknown): void;
  entryPageSubmit(token: string, requestId: string): void;
}
declare const google: { script: { run: ScriptRun } };

interface Draft {
  /** Values typed and not yet confirmed by the server. */
  values: Record<string, string>;
  /** What the server had when the person started typing (sent back so a cell changed elsewhere is not overwritten). */
  base: Record<string, string>;
}

interface CardState {
  card: CardModel;
  base: Record<string, string>;
  inflight: Promise<void> | null;
  again: boolean;
  inputs: Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;
  el: HTMLElement;
}

const $ = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const child of children) if (child !== null) el.append(child);
  return el;
};

function readBoot(): Boot {
  try {
    return JSON.parse(document.getElementById('boot')?.textContent ?? '') as Boot;
  } catch {
    return { ok: false, message: T.loadFailed };
  }
}

// ------------------------------------------------------------------ drafts (localStorage, may be unavailable)

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = '__entryPage_probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

class Drafts {
  private readonly key: string;
  private readonly store = storage();
  constructor(draftKey: string) {
    this.key = `entryPage.draft.${draftKey}`;
  }
  all(): Record<string, Draft> {
    try {
      const parsed = JSON.parse(this.store?.getItem(this.key) ?? '{}') as Record<string, Draft>;
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      return {};
    }
  }
  private write(all: Record<string, Draft>): void {
    try {
      if (Object.keys(all).length) this.store?.setItem(this.key, JSON.stringify(all));
      else this.store?.removeItem(this.key);
    } catch {
      // Storage full or refused: the page still works, the draft only lives while the page is open.
    }
  }
  put(id: string, draft: Draft): void {
    const all = this.all();
    all[id] = draft;
    this.write(all);
  }
  drop(id: string): void {
    const all = this.all();
    delete all[id];
    this.write(all);
  }
  /** The submit request id is kept until an answer arrives, so a retry after a lost answer is the same request. */
  submitId(): string {
    const key = `${this.key}.submit`;
    let id = '';
    try {
      id = this.store?.getItem(key) ?? '';
    } catch {
      id = '';
    }
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      try {
        this.store?.setItem(key, id);
      } catch {
        // Not kept: a retry makes a new id; the server still refuses a second submission.
      }
    }
    return id;
  }
  submitDone(): void {
    try {
      this.store?.removeItem(`${this.key}.submit`);
    } catch {
      // ignore
    }
  }
}

// ------------------------------------------------------------------ the page

class Page {
  private readonly cards = new Map<string, CardState>();
  private readonly drafts: Drafts;
  private offline = false;
  /** Submitted or approved: "Gửi báo cáo" has nothing left to do. */
  private submitted = false;
  private lastSaved = '';
  private statusEl!: HTMLElement;
  private progressEl!: HTMLElement;
  private resultEl!: HTMLElement;
  private submitButton!: HTMLButtonElement;
  private badge!: HTMLElement;
  private stateDetail!: HTMLElement;

  constructor(private readonly model: EntryModel) {
    this.drafts = new Drafts(model.draftKey);
  }

  render(root: HTMLElement): void {
    const m = this.model;
    document.title = T.pageTitle(m.unit.name, m.year);
    this.badge = $('span', { class: 'badge', 'data-state': m.state.code }, m.state.label);
    this.stateDetail = $('p', { class: 'muted small' }, m.state.detail);
    const header = $(
      'header',
      { class: 'top' },
      $(
        'div',
        { class: 'wrap' },
        $('p', { class: 'unit' }, m.unit.name),
        $('h1', {}, T.heading(m.year)),
        $('p', {}, this.badge),
        this.stateDetail,
        $('p', { class: 'small' }, T.intro(m.deadline)),
        m.editable ? null : $('p', { class: 'alert', role: 'alert' }, T.locked + m.lockMessage),
      ),
    );
    this.statusEl = $('span', { class: 'save-state', 'data-state': 'saved', role: 'status', 'aria-live': 'polite' });
    this.progressEl = $('span', { class: 'muted' });
    const statusbar = $('div', { class: 'statusbar' }, $('div', { class: 'wrap' }, this.progressEl, this.statusEl));

    const main = $('main', { class: 'wrap' });
    const groups: [string, CardModel['kind']][] = [
      [T.indicatorsHeading, 'indicator'],
      [T.tasksHeading, 'task'],
      [T.issuesHeading, 'issues'],
    ];
    for (const [title, kind] of groups) {
      const cards = m.cards.filter((c) => c.kind === kind);
      if (!cards.length) continue;
      const id = `group-${kind}`;
      const section = $(
        'section',
        { class: 'group', 'aria-labelledby': id },
        $('h2', { id }, kind === 'issues' ? title : `${title} (${cards.length})`),
      );
      for (const card of cards) section.append(this.renderCard(card));
      main.append(section);
    }
    this.resultEl = $('div', { id: 'result', tabindex: '-1' });
    main.append(this.resultEl, $('p', { class: 'credits' }, T.footer(m.ward)));

    this.submitButton = $('button', { class: 'action', type: 'button', id: 'submit' }, T.submit.button);
    this.submitButton.disabled = !canSubmit(m.state.code);
    this.submitButton.addEventListener('click', () => this.submit());
    const footer = $('footer', { class: 'bottom' }, $('div', { class: 'wrap' }, $('span', {}), this.submitButton));

    root.replaceChildren(header, statusbar, main, footer);
    root.setAttribute('aria-busy', 'false');
    this.restoreDrafts();
    this.updateProgress();
    window.addEventListener('online', () => this.flush());
    window.setInterval(() => {
      if (this.offline || this.pending().length) this.flush();
    }, 30_000);
  }

  private renderCard(card: CardModel): HTMLElement {
    const el = $('article', { class: 'card', id: `card-${card.id}`, 'aria-labelledby': `title-${card.id}` });
    const state: CardState = { card, base: {}, inflight: null, again: false, inputs: new Map(), el };
    for (const f of card.fields) state.base[f.key] = f.value;
    this.cards.set(card.id, state);
    if (card.where || card.group)
      el.append($('p', { class: 'where' }, [card.where, card.group].filter(Boolean).join(' · ')));
    el.append($('h3', { id: `title-${card.id}` }, card.title));
    const facts = [...card.facts];
    if (card.lastYear) facts.push({ label: T.lastYear, value: card.lastYear });
    if (card.review) facts.push({ label: T.review, value: card.review });
    if (facts.length) {
      const dl = $('dl');
      for (const f of facts) dl.append($('dt', {}, f.label), $('dd', {}, f.value));
      el.append(dl);
    }
    for (const field of card.fields) el.append(this.renderField(state, field));
    el.append($('div', { class: 'verdict', 'aria-live': 'polite' }));
    el.append($('div', { class: 'cardstate' }));
    this.showPreview(state, card.preview);
    return el;
  }

  private renderField(state: CardState, field: FieldModel): HTMLElement {
    const id = `f-${state.card.id}-${field.key}`;
    const helpId = `${id}-help`;
    const notesId = `${id}-notes`;
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (field.kind === 'choice') {
      const select = $('select', { id, name: field.key });
      select.append($('option', { value: '' }, T.choose));
      for (const choice of field.choices) select.append($('option', { value: choice }, choice));
      if (field.value && !field.choices.includes(field.value))
        select.append($('option', { value: field.value }, T.invalidChoice(field.value)));
      input = select;
    } else if (field.kind === 'text') {
      input = $('textarea', { id, name: field.key, rows: '3' });
    } else {
      input = $('input', { id, name: field.key, type: 'text', autocomplete: 'off' });
      if (field.kind === 'date') input.setAttribute('placeholder', T.datePlaceholder);
      if (field.kind === 'date') input.setAttribute('inputmode', 'numeric');
    }
    if (!(input instanceof HTMLSelectElement)) input.maxLength = this.model.limits.fieldBytes;
    input.value = field.value;
    input.disabled = !this.model.editable;
    input.setAttribute('aria-describedby', [field.help ? helpId : '', notesId].filter(Boolean).join(' '));
    input.addEventListener('input', () => this.typed(state));
    input.addEventListener('change', () => this.save(state));
    state.inputs.set(field.key, input);
    return $(
      'div',
      { class: 'field' },
      $('label', { for: id }, field.label),
      field.help ? $('p', { class: 'help', id: helpId }, field.help) : null,
      input,
      $('div', { id: notesId, 'data-notes': field.key }),
    );
  }

  private values(state: CardState): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, input] of state.inputs) out[key] = input.value;
    return out;
  }

  private isDirty(state: CardState): boolean {
    const v = this.values(state);
    return Object.keys(v).some((k) => v[k] !== state.base[k]);
  }

  private pending(): CardState[] {
    return [...this.cards.values()].filter((s) => this.isDirty(s));
  }

  /** As the person types: the preview, the draft, the "chưa lưu" marks. */
  private typed(state: CardState): void {
    const values = this.values(state);
    const preview = previewCard(
      state.card.kind,
      { ...state.card.record, ...values },
      this.model.year,
      this.model.today,
    );
    this.showPreview(state, preview);
    if (this.isDirty(state)) this.drafts.put(state.card.id, { values, base: state.base });
    else this.drafts.drop(state.card.id);
    this.markCard(state);
    this.updateStatus();
    this.updateProgress();
  }

  private markCard(state: CardState, text?: string): void {
    const dirty = this.isDirty(state);
    state.el.dataset.dirty = String(dirty);
    const line = state.el.querySelector('.cardstate') as HTMLElement;
    line.textContent = text ?? (dirty ? (this.offline ? T.status.offline : T.status.unsaved) : '');
  }

  private showPreview(state: CardState, preview: Preview): void {
    for (const [key, input] of state.inputs) {
      const box = state.el.querySelector(`[data-notes="${key}"]`) as HTMLElement;
      box.replaceChildren();
      const read = preview.readAs[key];
      if (read && input.value.trim()) box.append($('p', { class: 'readas' }, T.readAs(read)));
      const problems = preview.problems.filter((p) => p.column === key);
      for (const p of problems) box.append($('p', { class: 'note' }, p.message));
      input.setAttribute('aria-invalid', problems.length ? 'true' : 'false');
    }
    const verdict = state.el.querySelector('.verdict') as HTMLElement;
    verdict.replaceChildren();
    if (preview.label) {
      verdict.append(
        $('span', { class: 'muted' }, `${T.verdict}: `),
        $('span', { class: 'chip', 'data-verdict': preview.verdict }, preview.label),
        $('span', { class: 'reason' }, preview.reason ? ` ${preview.reason}` : ''),
      );
    }
  }

  private updateProgress(): void {
    const judged = [...this.cards.values()].filter((s) => s.card.kind !== 'issues');
    const done = judged.filter((s) => {
      const v = this.values(s);
      return (v.result ?? '').trim() !== '' || (v.status ?? '').trim() !== '';
    }).length;
    this.progressEl.textContent = T.progress(done, judged.length);
  }

  private updateStatus(message?: string): void {
    const pending = this.pending().length;
    const state = this.offline && pending ? 'offline' : pending ? 'dirty' : 'saved';
    this.statusEl.dataset.state = state;
    this.statusEl.textContent =
      message ??
      (state === 'offline'
        ? T.status.offline
        : state === 'dirty'
          ? T.status.pending(pending)
          : this.lastSaved
            ? T.status.savedAt(this.lastSaved)
            : T.status.allSaved);
  }

  /** Drafts left from an earlier visit (lost connection, closed tab): put back and saved again. */
  private restoreDrafts(): void {
    let restored = 0;
    for (const [id, draft] of Object.entries(this.drafts.all())) {
      const state = this.cards.get(id);
      if (!state || !draft || typeof draft.values !== 'object') {
        this.drafts.drop(id);
        continue;
      }
      for (const [key, value] of Object.entries(draft.values)) {
        const input = state.inputs.get(key);
        if (input && typeof value === 'string') input.value = value;
      }
      if (draft.base && typeof draft.base === 'object') state.base = { ...state.base, ...draft.base };
      if (this.isDirty(state)) {
        restored++;
        this.typed(state);
      } else this.drafts.drop(id);
    }
    if (restored && this.model.editable) {
      this.updateStatus(T.status.draftRestored(restored));
      this.flush();
    }
  }

  /** Saves every card with unsaved values (after a lost connection, before submitting). */
  private flush(): Promise<void> {
    return Promise.all(this.pending().map((s) => this.save(s))).then(() => undefined);
  }

  private call<R>(send: (run: ScriptRun) => void): Promise<R> {
    return new Promise((resolve, reject) => {
      send(
        google.script.run
          .withSuccessHandler((value: R) => resolve(value))
          .withFailureHandler((error: Error) => reject(error)),
      );
    });
  }

  /** Saves a card; a save asked for while one is on its way runs after it, and the promise covers both. */
  private save(state: CardState): Promise<void> {
    if (!this.model.editable) return Promise.resolve();
    if (state.inflight) {
      state.again = true;
      return state.inflight;
    }
    if (!this.isDirty(state)) return Promise.resolve();
    state.inflight = this.saveOnce(state).then(() => {
      state.inflight = null;
      if (state.again) {
        state.again = false;
        return this.save(state);
      }
    });
    return state.inflight;
  }

  private saveOnce(state: CardState): Promise<void> {
    const sent = this.values(state);
    const request = { kind: state.card.kind, rows: [{ id: state.card.id, values: sent, base: state.base }] };
    this.statusEl.dataset.state = 'dirty';
    this.statusEl.textContent = T.status.saving;
    return this.call<SaveReply>((run) => run.entryPageSave(this.model.token, request))
      .then((reply) => {
        this.offline = false;
        if (!reply.ok) {
          this.markCard(state, reply.message);
          this.updateStatus(reply.message);
          return;
        }
        this.lastSaved = reply.savedAt.slice(11);
        for (const result of reply.results) this.applyResult(state, result, sent);
        this.updateStatus();
      })
      .catch(() => {
        this.offline = true;
        this.markCard(state);
        this.updateStatus();
      });
  }

  private applyResult(state: CardState, result: RowResult, sent: Record<string, string>): void {
    if (result.id !== state.card.id) return;
    if (result.status === 'conflict') {
      const labels = result.conflicts.map((k) => state.card.fields.find((f) => f.key === k)?.label ?? k).join(', ');
      const mine = result.conflicts
        .map((k) => `${state.card.fields.find((f) => f.key === k)?.label ?? k}: ${sent[k]}`)
        .join('\n');
      for (const [key, input] of state.inputs) input.value = result.values[key] ?? input.value;
      state.base = { ...result.values };
      this.drafts.drop(state.card.id);
      const box = $(
        'div',
        { class: 'conflict', role: 'alert' },
        T.status.conflict(labels),
        '\n',
        T.status.yourText,
        '\n',
        mine,
      );
      state.el.querySelector('.conflict')?.remove();
      state.el.insertBefore(box, state.el.querySelector('.verdict'));
      this.showPreview(state, result.preview);
      this.markCard(state);
      return;
    }
    state.base = { ...result.values };
    state.card.record = { ...state.card.record, ...result.values };
    const current = this.values(state);
    const stillTyping = Object.keys(current).some((k) => current[k] !== sent[k]);
    if (stillTyping) this.drafts.put(state.card.id, { values: current, base: state.base });
    else {
      this.drafts.drop(state.card.id);
      this.showPreview(state, result.preview);
    }
    this.markCard(state);
  }

  private submit(): void {
    this.submitButton.disabled = true;
    this.resultEl.replaceChildren(
      $('p', { role: 'status' }, this.pending().length ? T.submit.saveFirst : T.submit.sending),
    );
    this.flush()
      .then(() => {
        if (this.pending().length) throw new Error('offline');
        const id = this.drafts.submitId();
        return this.call<SubmitReply>((run) => run.entryPageSubmit(this.model.token, id));
      })
      .then((reply) => {
        this.drafts.submitDone();
        this.showSubmit(reply);
      })
      .catch(() => {
        this.resultEl.replaceChildren($('p', { class: 'alert', role: 'alert' }, T.submit.offline));
      })
      .then(() => {
        this.submitButton.disabled = this.submitted;
        this.resultEl.focus();
      });
  }

  private showSubmit(reply: SubmitReply): void {
    if (reply.ok) {
      this.submitted = !canSubmit(reply.state.code);
      this.badge.dataset.state = reply.state.code;
      this.badge.textContent = reply.state.label;
      this.stateDetail.textContent = reply.state.detail;
      const box = $(
        'div',
        { class: 'okbox', role: 'status' },
        $('p', {}, reply.already ? T.submit.already : reply.message),
      );
      if (reply.already) box.append($('p', { class: 'small' }, reply.message));
      for (const w of reply.warnings) box.append($('p', { class: 'small' }, w));
      this.resultEl.replaceChildren(box);
      return;
    }
    // The server's message starts with the heading's words ("Chưa thể gửi báo cáo: còn 3 mục…"): said once.
    const heading = T.submit.refusedHeading;
    let message = reply.message;
    if (message.startsWith(heading)) message = message.slice(heading.length).replace(/^[:\s]+/, '');
    message = message.charAt(0).toUpperCase() + message.slice(1);
    const box = $('div', { class: 'alert', role: 'alert' }, $('h2', {}, heading), $('p', {}, message));
    if (reply.items.length) {
      const list = $('ul');
      for (const item of reply.items) {
        const li = $('li', {}, item.message.replace(/^- /, ''));
        if (item.cardId && this.cards.has(item.cardId)) {
          const link = $('a', { href: `#card-${item.cardId}` }, T.submit.goTo);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            const target = this.cards.get(item.cardId!)!;
            target.el.scrollIntoView({ block: 'start' });
            target.inputs.values().next().value?.focus();
          });
          li.append(' ', link);
        }
        list.append(li);
      }
      box.append(list);
    }
    this.resultEl.replaceChildren(box);
  }
}

/** A report can be sent while it is open or was returned; a sent or approved one cannot be sent again. */
function canSubmit(state: EntryModel['state']['code']): boolean {
  return state === 'OPEN' || state === 'RETURNED';
}

function start(): void {
  const root = document.getElementById('app')!;
  const boot = readBoot();
  if (!boot.ok) {
    document.title = T.genericTitle;
    root.replaceChildren(
      $(
        'main',
        { class: 'wrap' },
        $('h1', {}, T.genericTitle),
        $('p', { class: 'alert', role: 'alert' }, boot.message),
      ),
    );
    root.setAttribute('aria-busy', 'false');
    return;
  }
  new Page(boot.model).render(root);
}

start();
