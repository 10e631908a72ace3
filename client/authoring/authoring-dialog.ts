/**
 * "Write": the analyst's workbench. Add a document (paste, or upload .txt/.md/.html), read it
 * with known entities marked and unknown names suggested, mark claims on exact spans, then
 * commit the pending entities and claims as one change set; every change set is listed and can
 * be reverted. Shown only to a page that may edit (GET /api/session); on a deployment the
 * editor types the token here.
 */
import type { ChangeSetSummary, ClaimDraft, ReadingResponse } from '../../contract/authoring.ts';
import type { Ontology } from '../../contract/ontology.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import { editorDisplayName, setEditorName, setEditorToken } from '../api/editor-token.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import { loadSession, session } from '../api/session.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { createTypeahead } from '../ui/typeahead.ts';
import { renderReading, selectionOffsets } from '../ui/reading-view.ts';
import { ClaimForm } from './claim-form.ts';
import { Drafts, entityKey } from './drafts.ts';

const FORMAT_OF: Record<string, 'text' | 'markdown' | 'html'> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

export class AuthoringDialog {
  private readonly drafts = new Drafts();
  private form: ClaimForm | undefined;
  private dialogOntology: Ontology['labels'] | undefined;
  private selected: { start: number; end: number } | null = null;
  private doc: { key: string; text: string; reading: ReadingResponse } | null = null;
  private readonly els = {
    gate: h('div', { id: 'authoring-gate', class: 'authoring-gate' }),
    work: h('div', { id: 'authoring-work', class: 'authoring-work' }),
    docMessage: h('p', { id: 'doc-message', class: 'muted', 'aria-live': 'polite' }),
    docPick: h('select', { id: 'doc-pick', 'aria-label': 'Open a document' }),
    reading: h('div', { id: 'reading-text', class: 'reading-text', 'aria-label': 'The document’s text' }),
    readingTitle: h('h3', { id: 'reading-title' }, 'No document open'),
    suggestion: h('div', { id: 'suggestion', class: 'suggestion-panel', hidden: true }),
    pending: h('ol', { id: 'pending', class: 'pending' }),
    commit: h('button', { type: 'button', id: 'commit', class: 'primary', disabled: true }, 'Commit change set'),
    summary: h('input', { id: 'commit-summary', placeholder: 'What this change set adds (optional)', 'aria-label': 'Summary' }),
    changeSets: h('ol', { id: 'changesets', class: 'changesets' }),
    claimHost: h('div', { id: 'claim-host' }),
    status: h('p', { id: 'authoring-status', class: 'authoring-status', role: 'status', 'aria-live': 'polite' }),
  };

  /** A message inside the dialog (the page's own status line is behind the modal), and on the page. */
  private say(message: string, tone: 'info' | 'success' | 'error' = 'info'): void {
    replaceChildren(this.els.status, message);
    this.els.status.dataset.tone = tone;
    this.notify(message, tone);
  }

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ExplorerApi,
    private readonly ontology: Promise<Ontology | null>,
    private readonly notify: (message: string, tone?: 'info' | 'success' | 'error') => void,
  ) {
    dialog.setAttribute('aria-labelledby', 'authoring-heading');
    this.els.commit.addEventListener('click', () => void this.commitDrafts());
    // The last selection inside the text, kept: pressing a button may clear the live selection first.
    document.addEventListener('selectionchange', () => {
      const span = selectionOffsets(this.els.reading);
      if (span && span.end > span.start) this.selected = span;
    });
    this.els.docPick.addEventListener('change', () => this.els.docPick.value && void this.openDocument(this.els.docPick.value));
  }

  async open(): Promise<void> {
    replaceChildren(
      this.dialog,
      h(
        'header',
        { class: 'dialog-header' },
        h('h2', { id: 'authoring-heading' }, 'Grow the graph'),
        h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close', on: { click: () => this.dialog.close() } }, '×'),
      ),
      this.els.status,
      this.els.gate,
      this.els.work,
    );
    replaceChildren(this.els.status);
    if (!this.dialog.open) this.dialog.showModal();
    const s = await session();
    if (!s.editor) {
      this.els.work.hidden = true;
      this.renderGate(s.editing);
      return;
    }
    this.els.gate.hidden = true;
    this.els.work.hidden = false;
    const ontology = await this.ontology;
    if (!ontology) {
      replaceChildren(
        this.els.work,
        h('p', {}, 'This database was not built on the explorer’s ontology: claims cannot be checked, so authoring is off.'),
      );
      return;
    }
    this.dialogOntology = ontology.labels;
    this.form = new ClaimForm(ontology, this.drafts, (c) => this.addClaim(c));
    // An entity the text does not name (a claim's speaker, say): found by the graph's search.
    const other = createTypeahead({
      api: this.api,
      id: 'claim-other-entity',
      label: 'Another entity',
      placeholder: 'Another entity of the graph…',
      onChoose: (r) => {
        const key = r.properties.key;
        const labels = r.labels.filter((l) => l !== 'Entity' && l !== 'Document');
        if (typeof key !== 'string' || !labels.length) {
          this.say(`${r.caption} is not an entity that claims can name.`, 'error');
          return;
        }
        this.drafts.known.set(key, { key, name: r.caption, labels, pending: false });
        this.form?.refreshEntities();
        this.form?.choose(key);
        other.clear();
      },
    });
    replaceChildren(this.els.claimHost, this.form.root, h('label', { class: 'form-row' }, h('span', {}, 'Add entity'), other.root));
    this.renderWork();
    await Promise.all([this.loadDocuments(), this.loadChangeSets()]);
  }

  private renderGate(editing: 'off' | 'token' | 'cookie'): void {
    this.els.gate.hidden = false;
    if (editing === 'off') {
      replaceChildren(this.els.gate, h('p', {}, 'Editing is off on this server (no EDITOR_TOKEN is set): the graph is read-only.'));
      return;
    }
    const token = h('input', { id: 'editor-token', type: 'password', autocomplete: 'off', 'aria-label': 'Editor token' });
    const name = h('input', { id: 'editor-name-gate', value: editorDisplayName() ?? '', 'aria-label': 'Your name' });
    const go = h('button', { type: 'button', class: 'primary' }, 'Start editing');
    go.addEventListener('click', async () => {
      setEditorToken(token.value.trim() || null);
      setEditorName(name.value);
      const s = await loadSession(this.api);
      if (s.editor) void this.open();
      else this.say('The server did not accept this editor token.', 'error');
    });
    replaceChildren(
      this.els.gate,
      h('p', {}, 'Writing needs the editor token of this server (EDITOR_TOKEN).'),
      h('label', { class: 'form-row' }, h('span', {}, 'Editor token'), token),
      h('label', { class: 'form-row' }, h('span', {}, 'Your name'), name),
      go,
    );
  }

  private renderWork(): void {
    const field = (id: string, label: string, attrs: Record<string, string> = {}) =>
      h('label', { class: 'form-row' }, h('span', {}, label), h('input', { id, ...attrs }));
    const content = h('textarea', { id: 'doc-content', rows: 6, placeholder: 'Paste the article’s text here, or choose a file' });
    const file = h('input', { id: 'doc-file', type: 'file', accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html' });
    let format: 'text' | 'markdown' | 'html' = 'text';
    file.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      format = FORMAT_OF[f.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'text';
      content.value = await f.text();
      this.els.docMessage.textContent = `${f.name}: read as ${format}${format === 'html' ? ' (reduced to its text on the server)' : ''}.`;
    });
    content.addEventListener('input', () => (format = 'text'));
    const name = h('input', {
      id: 'editor-name',
      value: editorDisplayName() ?? '',
      placeholder: 'shown as the change set’s author',
      'aria-label': 'Your name',
    });
    name.addEventListener('change', () => setEditorName(name.value));
    const add = h('button', { type: 'button', id: 'doc-add', class: 'primary' }, 'Add document');
    const form = h(
      'section',
      { class: 'add-document', 'aria-label': 'Add a document' },
      h('h3', {}, 'Add a document'),
      field('doc-title', 'Title'),
      field('doc-publisher', 'Publisher'),
      field('doc-date', 'Date', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
      field('doc-language', 'Language', { placeholder: 'en' }),
      field('doc-url', 'URL', { type: 'url' }),
      content,
      file,
      add,
      this.els.docMessage,
    );
    add.addEventListener('click', async () => {
      const value = (id: string) => (form.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
      try {
        const res = await this.api.addDocument({
          title: value('doc-title'),
          date: value('doc-date'),
          content: content.value,
          format,
          ...(value('doc-publisher') ? { publisher: value('doc-publisher') } : {}),
          ...(value('doc-language') ? { language: value('doc-language') } : {}),
          ...(value('doc-url') ? { url: value('doc-url') } : {}),
        });
        replaceChildren(this.els.docMessage, `Added “${res.document.title}” (${res.document.characters} characters).`);
        await Promise.all([this.loadDocuments(), this.loadChangeSets()]);
        await this.openDocument(res.document.key);
      } catch (e) {
        const existing =
          e instanceof ApiError && e.code === 'duplicate_document' ? (e.details as { existing?: { key: string } })?.existing : undefined;
        replaceChildren(
          this.els.docMessage,
          describeError(e),
          existing
            ? h(
                'button',
                { type: 'button', class: 'link', id: 'open-existing', on: { click: () => void this.openDocument(existing.key) } },
                ' Open it',
              )
            : null,
        );
      }
    });
    const useSelection = h('button', { type: 'button', id: 'use-selection' }, 'Use selection as the quote');
    useSelection.addEventListener('click', () => this.useSelection());
    replaceChildren(
      this.els.work,
      h(
        'div',
        { class: 'authoring-grid' },
        h(
          'div',
          { class: 'authoring-col' },
          h('label', { class: 'form-row' }, h('span', {}, 'Your name'), name),
          form,
          h('section', { 'aria-label': 'Change sets' }, h('h3', {}, 'Change sets'), this.els.changeSets),
        ),
        h(
          'div',
          { class: 'authoring-col reading-col' },
          h('label', { class: 'form-row' }, h('span', {}, 'Document'), this.els.docPick),
          this.els.readingTitle,
          h('p', { class: 'muted small' }, 'Known entities are underlined (click: subject, then object); dashed names are suggestions.'),
          this.els.reading,
          useSelection,
        ),
        h(
          'div',
          { class: 'authoring-col' },
          this.els.suggestion,
          this.els.claimHost,
          h('section', { 'aria-label': 'Pending' }, h('h3', {}, 'Pending change set'), this.els.pending, this.els.summary, this.els.commit),
        ),
      ),
    );
    this.renderPending();
  }

  private async loadDocuments(): Promise<void> {
    const { documents } = await this.api.documents({ limit: 1000 });
    const kept = this.doc?.key ?? '';
    replaceChildren(
      this.els.docPick,
      h('option', { value: '' }, '(open a document)'),
      ...documents.map((d) => h('option', { value: d.key }, `${d.title ?? d.key}${d.date ? ` · ${d.date}` : ''}`)),
    );
    this.els.docPick.value = kept;
  }

  async openDocument(key: string): Promise<void> {
    try {
      const [{ document }, reading] = await Promise.all([this.api.document({ id: key }), this.api.reading({ id: key })]);
      if (this.doc?.key !== key) this.drafts.reset();
      this.doc = { key, text: document.text ?? '', reading };
      this.els.docPick.value = key;
      replaceChildren(this.els.readingTitle, document.title ?? key);
      for (const m of reading.mentions) this.drafts.known.set(m.key, { key: m.key, name: m.name, labels: m.labels, pending: false });
      for (const e of this.drafts.entities) this.drafts.known.set(e.key, { key: e.key, name: e.name, labels: [e.label], pending: true });
      this.form?.refreshEntities();
      this.form?.setSpan(null);
      this.selected = null;
      this.renderText();
      this.renderPending();
    } catch (e) {
      this.say(describeError(e), 'error');
    }
  }

  private renderText(): void {
    if (!this.doc) return;
    renderReading(
      this.els.reading,
      this.doc.text,
      this.doc.reading,
      { onMention: (m) => this.form?.choose(m.key), onSuggestion: (s) => this.showSuggestion(s) },
      this.drafts.decided,
      this.drafts.claims.map((c) => ({ start: c.start, end: c.start + c.quote.length })),
    );
  }

  private useSelection(): void {
    if (!this.doc) return;
    const span = selectionOffsets(this.els.reading) ?? this.selected;
    if (!span || span.end <= span.start) {
      this.say('Select the words of the claim in the text first.');
      return;
    }
    this.form?.setSpan({ document: this.doc.key, start: span.start, quote: this.doc.text.slice(span.start, span.end) });
  }

  private showSuggestion(s: ReadingResponse['suggestions'][number]): void {
    const ontology = Object.keys(this.dialogOntology ?? {});
    const label = h(
      'select',
      { id: 'suggestion-label', 'aria-label': 'Label' },
      ...ontology.filter((l) => l !== 'Document').map((l) => h('option', { value: l }, l)),
    );
    if (s.label && ontology.includes(s.label)) label.value = s.label;
    const name = h('input', { id: 'suggestion-name', value: s.text, 'aria-label': 'Name' });
    const accept = h('button', { type: 'button', id: 'suggestion-accept', class: 'primary' }, 'Accept as new entity');
    const reject = h('button', { type: 'button', id: 'suggestion-reject' }, 'Reject');
    accept.addEventListener('click', () => {
      if (!this.doc) return;
      const key = entityKey(label.value, name.value);
      if (this.drafts.known.has(key)) {
        this.say(`An entity with the key ${key} is already known here.`, 'error');
        return;
      }
      this.drafts.entities.push({
        key,
        label: label.value,
        name: name.value.trim(),
        aliases: name.value.trim() === s.text ? [] : [s.text],
        evidence: { document: this.doc.key, quote: s.text, start: s.start },
      });
      this.drafts.known.set(key, { key, name: name.value.trim(), labels: [label.value], pending: true });
      this.decide(s.text);
      this.form?.refreshEntities();
    });
    reject.addEventListener('click', () => this.decide(s.text));
    this.els.suggestion.hidden = false;
    replaceChildren(
      this.els.suggestion,
      h('h3', {}, `Suggested: “${s.text}”`),
      h('label', { class: 'form-row' }, h('span', {}, 'Label'), label),
      h('label', { class: 'form-row' }, h('span', {}, 'Name'), name),
      h('div', { class: 'button-row' }, accept, reject),
    );
  }

  private decide(name: string): void {
    this.drafts.decided.add(name.toLowerCase());
    this.els.suggestion.hidden = true;
    this.renderText();
    this.renderPending();
  }

  private addClaim(c: ClaimDraft): void {
    this.drafts.claims.push(c);
    this.renderText();
    this.renderPending();
  }

  private renderPending(): void {
    const name = (key: string) => this.drafts.known.get(key)?.name ?? key;
    const remove = (list: 'entities' | 'claims', i: number) => () => {
      const [gone] = this.drafts[list].splice(i, 1);
      if (list === 'entities' && gone && 'key' in gone) this.drafts.known.delete(gone.key);
      this.form?.refreshEntities();
      this.renderText();
      this.renderPending();
    };
    replaceChildren(
      this.els.pending,
      ...this.drafts.entities.map((e, i) =>
        h(
          'li',
          { class: 'pending-entity' },
          `New ${e.label}: ${e.name} `,
          h('button', { type: 'button', class: 'link', on: { click: remove('entities', i) } }, 'remove'),
        ),
      ),
      ...this.drafts.claims.map((c, i) =>
        h(
          'li',
          { class: 'pending-claim' },
          h('strong', {}, `${name(c.subject)} ${c.type} ${name(c.object)}`),
          c.date || c.validFrom || c.validTo ? ` (${c.date ?? `${c.validFrom ?? '…'} – ${c.validTo ?? '…'}`})` : '',
          c.attributed ? ` · attributed to ${c.speaker ? name(c.speaker) : c.attributedTo}` : ' · stated',
          h('q', { class: 'muted' }, c.quote),
          h('button', { type: 'button', class: 'link', on: { click: remove('claims', i) } }, 'remove'),
        ),
      ),
    );
    if (this.drafts.empty)
      this.els.pending.appendChild(h('li', { class: 'muted' }, 'Nothing pending: accept suggestions and mark claims.'));
    this.els.commit.disabled = this.drafts.empty;
  }

  private async commitDrafts(): Promise<void> {
    try {
      const { changeSet } = await this.api.commitChangeSet({
        entities: this.drafts.entities,
        claims: this.drafts.claims,
        ...(this.els.summary.value.trim() ? { summary: this.els.summary.value.trim() } : {}),
      });
      this.say(`Committed: ${changeSet.summary}`, 'success');
      this.drafts.entities = [];
      this.drafts.claims = [];
      this.els.summary.value = '';
      await this.loadChangeSets();
      if (this.doc) await this.openDocument(this.doc.key);
    } catch (e) {
      this.say(describeError(e), 'error');
    }
  }

  private async loadChangeSets(): Promise<void> {
    const { changeSets } = await this.api.changeSets({ limit: 100 });
    replaceChildren(this.els.changeSets, ...changeSets.map((c) => this.changeSetItem(c)));
    if (!changeSets.length) this.els.changeSets.appendChild(h('li', { class: 'muted' }, 'None yet.'));
  }

  private changeSetItem(c: ChangeSetSummary): HTMLElement {
    const what = [
      c.documents.length ? `${c.documents.length} document` : '',
      c.nodes.length ? `${c.nodes.length} entities` : '',
      c.relationships.length ? `${c.relationships.length} relationships` : '',
      c.appendedClaims ? `${c.appendedClaims} claims on existing relationships` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const revert = h('button', { type: 'button', class: 'link revert', 'data-id': c.id }, 'Revert');
    revert.addEventListener('click', async () => {
      try {
        await this.api.revertChangeSet({ id: c.id });
        this.say(`Reverted: ${c.summary}`, 'success');
        await Promise.all([this.loadChangeSets(), this.loadDocuments()]);
        if (this.doc) await this.openDocument(this.doc.key).catch(() => undefined);
      } catch (e) {
        this.say(describeError(e), 'error');
      }
    });
    return h(
      'li',
      { class: `changeset changeset-${c.status}`, 'data-id': c.id },
      h('strong', {}, c.summary),
      h('span', { class: 'muted small' }, ` ${c.author} · ${new Date(c.createdAt).toLocaleString()} · ${what}`),
      c.status === 'reverted' ? h('span', { class: 'muted small' }, ` · reverted by ${c.revertedBy}`) : revert,
    );
  }
}
