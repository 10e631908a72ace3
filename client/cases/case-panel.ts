/**
 * The Case tab: save the scene as a named investigation with its traced paths, notes on nodes and
 * relationships and annotations on the canvas; list, open, rename, duplicate and delete cases;
 * export the open case as a briefing. A case's address is `#case=<id>`.
 */
import type { CaseAnnotation, CaseContent, CaseNote, CasePath, CaseResponse, CaseSummary, MissingElement } from '../../contract/cases.ts';
import { editing } from '../api/session.ts';
import { exportBriefing } from '../briefing/export.ts';
import type { Explorer } from '../explorer.ts';
import { edgeOf, inState } from '../graph/element-state.ts';
import type { SharedView } from '../share/scene-link.ts';
import { parseStyleRules } from '../graph/style-rules.ts';
import { openSharedView } from '../app/first-view.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { orderPath } from './case-path.ts';

/** The case id in an address (`#case=<id>`, alone or before `&view=…`), or null. */
export function caseIdOfHash(hash: string): string | null {
  const m = /(?:^#?|&)case=([A-Za-z0-9_-]{8,64})(?:&|$)/.exec(hash);
  return m ? m[1]! : null;
}

export class CasePanel {
  private id: string | null = null;
  private paths: CasePath[] = [];
  private notes: CaseNote[] = [];
  private annotations: CaseAnnotation[] = [];
  private missing: MissingElement[] = [];
  private cases: CaseSummary[] = [];
  private canEdit = false;
  private readonly title: HTMLInputElement;
  private readonly noteText: HTMLTextAreaElement;
  private readonly annotationText: HTMLInputElement;
  private readonly body: HTMLElement;
  private readonly listeners = new Set<() => void>();

  constructor(
    root: HTMLElement,
    private readonly explorer: Explorer,
    private readonly view: () => SharedView,
    private readonly applyQuery: (query: string) => void,
  ) {
    this.title = h('input', {
      id: 'case-title',
      type: 'text',
      maxlength: 200,
      placeholder: 'Name of the investigation',
      'aria-label': 'Case name',
    });
    this.noteText = h('textarea', {
      id: 'case-note-text',
      rows: 2,
      maxlength: 5000,
      placeholder: 'A note on the selected node or relationship',
      'aria-label': 'Note',
    });
    this.annotationText = h('input', {
      id: 'case-annotation-text',
      type: 'text',
      maxlength: 5000,
      placeholder: 'A note on the canvas',
      'aria-label': 'Annotation',
    });
    this.body = h('div', { class: 'case-body' });
    replaceChildren(root, this.body);
    void editing().then((e) => {
      this.canEdit = e;
      this.render();
    });
    this.render();
    void this.refreshList();
  }

  /** The open case's id, for the address bar. */
  get caseId(): string | null {
    return this.id;
  }

  /** Annotations of the open case (the canvas layer draws them). */
  get canvasAnnotations(): readonly CaseAnnotation[] {
    return this.annotations;
  }

  /** Called when the open case or its annotations change. */
  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
    this.render();
  }

  private content(): CaseContent {
    const v = this.view();
    const cy = this.explorer.cy;
    const captions: Record<string, string> = {};
    cy.nodes().forEach((n) => {
      captions[n.id()] = String(n.data('caption') ?? '').slice(0, 300);
    });
    cy.edges().forEach((e) => {
      const d = edgeOf(e);
      captions[e.id()] =
        `${cy.getElementById(d.source).data('caption') ?? '?'} ${d.type} ${cy.getElementById(d.target).data('caption') ?? '?'}`.slice(
          0,
          300,
        );
    });
    const { theme } = this.explorer.settings.get();
    const { style: styleRules, ...withoutRules } = v;
    return {
      scene: { ...withoutRules, captions, style: { theme }, styleRules },
      paths: this.paths,
      notes: this.notes,
      annotations: this.annotations,
    };
  }

  private async refreshList(): Promise<void> {
    try {
      this.cases = (await this.explorer.api.cases()).cases;
    } catch (e) {
      this.explorer.notifier.error(e, 'Listing the cases');
    }
    this.render();
  }

  private adopt(res: CaseResponse): void {
    this.id = res.case.id;
    this.title.value = res.case.title;
    this.paths = [...res.case.content.paths];
    this.notes = [...res.case.content.notes];
    this.annotations = [...res.case.content.annotations];
    this.missing = res.missing;
    this.changed();
  }

  async save(asNew = false): Promise<void> {
    const title = this.title.value.trim();
    if (!title) {
      this.explorer.notifier.show('Give the case a name first.', 'error');
      this.title.focus();
      return;
    }
    await this.explorer.notifier.busy('Saving the case…', async () => {
      const content = this.content();
      const res =
        this.id && !asNew
          ? await this.explorer.api.saveCase({ id: this.id, title, content })
          : await this.explorer.api.createCase({ title, content });
      this.adopt(res);
      this.explorer.notifier.show(`Saved “${res.case.title}”.`, 'success');
      await this.refreshList();
    });
  }

  /** Opens a case: its scene replaces the canvas; what the database no longer holds is listed by name. */
  async open(id: string): Promise<void> {
    await this.explorer.notifier.busy('Opening the case…', async () => {
      const res = await this.explorer.api.getCase({ id });
      const { cy, scene } = this.explorer;
      scene.remove(cy.elements().map((e) => e.id()));
      const s = res.case.content.scene;
      if (s.query) this.applyQuery(s.query);
      this.adopt(res);
      const { styleRules, ...saved } = s;
      const rules = styleRules === null ? null : parseStyleRules(styleRules);
      await openSharedView(this.explorer, {
        ...saved,
        layout: s.layout as SharedView['layout'],
        style: rules?.ok ? rules.rules : null,
      });
      // The case was saved in a theme (its screenshots and briefing were read in it): open it in the same one.
      const theme = s.style.theme;
      if ((theme === 'light' || theme === 'dark') && theme !== this.explorer.settings.get().theme) this.explorer.settings.set({ theme });
      this.explorer.changed();
      if (res.missing.length) {
        const names = res.missing.map((m) => m.caption ?? m.id);
        this.explorer.notifier.show(`No longer in the database: ${names.join('; ')}.`, 'error');
      }
    });
  }

  /** Closes the open case without saving (Back to an address that names no case); the scene stays. */
  leave(): void {
    if (!this.id) return;
    this.id = null;
    this.title.value = '';
    this.paths = [];
    this.notes = [];
    this.annotations = [];
    this.missing = [];
    this.changed();
  }

  private async rename(c: CaseSummary, title: string): Promise<void> {
    await this.explorer.notifier.busy('Renaming the case…', async () => {
      const res = await this.explorer.api.renameCase({ id: c.id, title });
      if (this.id === c.id) this.title.value = res.case.title;
      await this.refreshList();
    });
  }

  private async duplicate(c: CaseSummary): Promise<void> {
    await this.explorer.notifier.busy('Duplicating the case…', async () => {
      const res = await this.explorer.api.duplicateCase({ id: c.id, title: `${c.title} (copy)`.slice(0, 200) });
      this.explorer.notifier.show(`Made “${res.case.title}”.`, 'success');
      await this.refreshList();
    });
  }

  private async remove(c: CaseSummary): Promise<void> {
    await this.explorer.notifier.busy('Deleting the case…', async () => {
      await this.explorer.api.deleteCase({ id: c.id });
      if (this.id === c.id) {
        this.id = null;
        this.changed();
      }
      await this.refreshList();
    });
  }

  /** Keeps the path the trace panel highlighted (or the selected chain) with the case. */
  addPath(): void {
    const cy = this.explorer.cy;
    let edges = inState(cy, 'path').edges();
    if (edges.empty()) edges = cy.edges(':selected');
    const path = orderPath(edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })));
    if (!path) {
      this.explorer.notifier.show('Trace a path (and highlight it) or select one chain of relationships first.', 'error');
      return;
    }
    const ends = [path.nodes[0]!, path.nodes[path.nodes.length - 1]!].map((id) => String(cy.getElementById(id).data('caption') ?? id));
    this.paths = [...this.paths, { ...path, label: `${ends[0]} to ${ends[1]}` }];
    this.changed();
  }

  private addNote(): void {
    const text = this.noteText.value.trim();
    const target = this.explorer.cy.$(':selected').first();
    if (!text || target.empty()) {
      this.explorer.notifier.show('Select a node or relationship and write the note first.', 'error');
      return;
    }
    this.notes = [...this.notes, { kind: target.isNode() ? 'node' : 'edge', target: target.id(), text }];
    this.noteText.value = '';
    this.changed();
  }

  private addAnnotation(): void {
    const text = this.annotationText.value.trim();
    if (!text) return;
    const cy = this.explorer.cy;
    const ext = cy.extent();
    this.annotations = [
      ...this.annotations,
      { x: Math.round((ext.x1 + ext.x2) / 2), y: Math.round(ext.y1 + (ext.y2 - ext.y1) * 0.15), text },
    ];
    this.annotationText.value = '';
    this.changed();
  }

  private caption(kind: 'node' | 'edge', id: string): string {
    const el = this.explorer.cy.getElementById(id);
    if (el.empty()) return this.missing.find((m) => m.id === id)?.caption ?? '(gone)';
    if (kind === 'node') return String(el.data('caption'));
    const d = edgeOf(el as never);
    return `${this.explorer.cy.getElementById(d.source).data('caption') ?? '?'} ${d.type} ${this.explorer.cy.getElementById(d.target).data('caption') ?? '?'}`;
  }

  private render(): void {
    const button = (label: string, onClick: () => void, attrs: Record<string, string | boolean> = {}) =>
      h('button', { type: 'button', class: 'btn', ...attrs, on: { click: onClick } }, label);
    const briefing = (format: 'html' | 'md') => () =>
      void this.explorer.notifier.busy('Writing the briefing…', () =>
        exportBriefing(
          this.explorer.api,
          this.explorer.cy,
          { title: this.title.value.trim() || 'Untitled case', content: this.content(), missing: this.missing },
          format,
        ),
      );
    const removeAt = <T>(list: T[], i: number) => list.filter((_, j) => j !== i);

    replaceChildren(
      this.body,
      h('h2', { class: 'panel-title' }, this.id ? 'Open case' : 'New case'),
      h('div', { class: 'case-row' }, this.title),
      this.canEdit
        ? h(
            'div',
            { class: 'case-row' },
            button(this.id ? 'Save' : 'Save as case', () => void this.save(), { id: 'case-save' }),
            this.id ? button('Save as new', () => void this.save(true), { id: 'case-save-new' }) : null,
          )
        : h('p', { class: 'muted' }, 'Saving cases needs the editor token.'),
      this.missing.length
        ? h(
            'div',
            { id: 'case-missing', class: 'case-missing', role: 'status' },
            h('strong', {}, 'No longer in the database: '),
            this.missing.map((m) => `${m.kind === 'node' ? '' : 'relationship '}${m.caption ?? m.id}`).join('; '),
          )
        : null,
      h(
        'div',
        { class: 'case-row' },
        button('Briefing (HTML)', briefing('html'), { id: 'case-briefing-html' }),
        button('Briefing (Markdown)', briefing('md'), { id: 'case-briefing-md' }),
      ),
      h('h3', {}, `Traced paths (${this.paths.length})`),
      h(
        'ol',
        { class: 'case-paths' },
        ...this.paths.map((p, i) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link-btn', on: { click: () => this.explorer.highlight(new Set([...p.nodes, ...p.edges])) } },
              p.label ?? `Path ${i + 1}`,
            ),
            ` · ${p.edges.length} hop${p.edges.length === 1 ? '' : 's'} `,
            button('Remove', () => {
              this.paths = removeAt(this.paths, i);
              this.changed();
            }),
          ),
        ),
      ),
      button('Add the traced path', () => this.addPath(), { id: 'case-add-path' }),
      h('h3', {}, `Notes (${this.notes.length})`),
      h(
        'ul',
        { class: 'case-notes' },
        ...this.notes.map((n, i) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link-btn', on: { click: () => this.explorer.focus(n.target) } },
              this.caption(n.kind, n.target),
            ),
            ': ',
            n.text,
            ' ',
            button('Remove', () => {
              this.notes = removeAt(this.notes, i);
              this.changed();
            }),
          ),
        ),
      ),
      this.noteText,
      button('Note on the selection', () => this.addNote(), { id: 'case-add-note' }),
      h('h3', {}, `Annotations (${this.annotations.length})`),
      h(
        'ul',
        { class: 'case-annotations' },
        ...this.annotations.map((a, i) =>
          h(
            'li',
            {},
            a.text,
            ' ',
            button('Remove', () => {
              this.annotations = removeAt(this.annotations, i);
              this.changed();
            }),
          ),
        ),
      ),
      h(
        'div',
        { class: 'case-row' },
        this.annotationText,
        button('Add to the canvas', () => this.addAnnotation(), { id: 'case-add-annotation' }),
      ),
      h('h3', {}, `Saved cases (${this.cases.length})`),
      h('ul', { id: 'case-list', class: 'case-list' }, ...this.cases.map((c) => this.caseRow(c))),
    );
  }

  private caseRow(c: CaseSummary): HTMLElement {
    const row = h('li', { class: 'case-item', 'data-case': c.id });
    const open = h('button', { type: 'button', class: 'link-btn case-open', on: { click: () => void this.open(c.id) } }, c.title);
    const meta = h('span', { class: 'muted' }, ` · ${c.nodes} nodes · ${c.updatedAt.slice(0, 16).replace('T', ' ')}`);
    if (!this.canEdit) {
      replaceChildren(row, open, meta);
      return row;
    }
    const input = h('input', {
      type: 'text',
      class: 'case-rename-input',
      value: c.title,
      maxlength: 200,
      'aria-label': `New name for ${c.title}`,
    });
    let confirming = false;
    const del = h('button', { type: 'button', class: 'btn case-delete' }, 'Delete');
    del.addEventListener('click', () => {
      if (!confirming) {
        confirming = true;
        del.textContent = 'Really delete?';
        return;
      }
      void this.remove(c);
    });
    const renameBtn = h('button', { type: 'button', class: 'btn case-rename' }, 'Rename');
    renameBtn.addEventListener('click', () => {
      if (!row.classList.contains('renaming')) {
        row.classList.add('renaming');
        replaceChildren(row, input, renameBtn, del);
        renameBtn.textContent = 'OK';
        input.focus();
        return;
      }
      const title = input.value.trim();
      if (title) void this.rename(c, title);
    });
    const dup = h('button', { type: 'button', class: 'btn case-duplicate', on: { click: () => void this.duplicate(c) } }, 'Duplicate');
    replaceChildren(row, open, meta, h('span', { class: 'case-actions' }, renameBtn, dup, del));
    return row;
  }
}
