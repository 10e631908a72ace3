/** The Cypher panel: editor, parameters, run, results as graph (on the canvas), table and JSON, history and saved queries. */
import { CypherErrorDetails, type CypherResponse, type SchemaResponse } from '../../contract/api.ts';
import type { JsonValue } from '../../contract/graph.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import type { SchemaCache } from '../api/schema-cache.ts';
import type { Explorer } from '../explorer.ts';
import { toCsv } from '../share/csv.ts';
import { download } from '../share/download.ts';
import { formatCount, h, replaceChildren } from '../ui/dom.ts';
import { cellText } from './cell-text.ts';
import { nodeVisual, primaryLabel } from '../graph/visual.ts';
import type { CypherEditor } from './editor.ts';
import { queryStore } from './query-store.ts';

const EXAMPLE = 'MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization)\nRETURN c, r, o';

type ResultView = 'table' | 'json';

export class CypherPanel {
  /** CodeMirror loads on first use, keeping it out of the first page load. */
  private editor: Promise<CypherEditor> | undefined;
  private readonly editorHost: HTMLElement;
  private text = EXAMPLE;
  private readonly params: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  private readonly lists: HTMLElement;
  private schema: SchemaResponse | null = null;
  private last: CypherResponse | null = null;
  private view: ResultView = 'table';
  private controller: AbortController | undefined;
  private listeners = new Set<() => void>();

  constructor(
    root: HTMLElement,
    private readonly explorer: Explorer,
    schema: SchemaCache,
  ) {
    schema
      .get()
      .then((s) => (this.schema = s))
      .catch(() => undefined);
    const editorHost = h('div', { class: 'cm-host', id: 'cypher-editor' });
    this.params = h('textarea', {
      id: 'cypher-params',
      class: 'params',
      rows: 2,
      spellcheck: 'false',
      placeholder: '{ "name": "Armenia" }',
    });
    this.output = h('div', { class: 'cypher-output', 'aria-live': 'polite' });
    this.lists = h('div', { class: 'query-lists' });
    const runBtn = h(
      'button',
      { type: 'button', class: 'btn primary', id: 'cypher-run', on: { click: () => void this.run() } },
      'Run',
      h('kbd', {}, 'Ctrl+Enter'),
    );
    replaceChildren(
      root,
      h('h2', { class: 'panel-title' }, 'Cypher'),
      h('p', { class: 'muted' }, 'Read-only queries against the database. Nodes and relationships you return are added to the canvas.'),
      editorHost,
      h('label', { for: 'cypher-params', class: 'field-label' }, 'Parameters (JSON)'),
      this.params,
      h('div', { class: 'row' }, runBtn, h('button', { type: 'button', class: 'btn', on: { click: () => this.save() } }, 'Save query')),
      this.output,
      this.lists,
    );
    this.editorHost = editorHost;
    this.renderLists();
  }

  get query(): string {
    return this.text;
  }

  setQuery(text: string): void {
    this.text = text;
    void this.editor?.then((e) => e.setText(text));
  }

  /** Loads the editor (once) and returns it. */
  loadEditor(): Promise<CypherEditor> {
    this.editor ??= import('./editor.ts').then((m) =>
      m.createCypherEditor(this.editorHost, {
        schema: () => this.schema,
        onRun: () => void this.run(),
        onChange: (text) => {
          this.text = text;
          this.emit();
        },
        initial: this.text,
      }),
    );
    return this.editor;
  }

  focus(): void {
    void this.loadEditor().then((e) => e.view.focus());
  }

  /** Subscribes to edits of the query (the shared URL keeps it). */
  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  async run(): Promise<void> {
    const query = this.text.trim();
    if (!query) return this.showError('Write a query first.');
    let params: Record<string, JsonValue> = {};
    const rawParams = this.params.value.trim();
    if (rawParams) {
      try {
        const parsed: unknown = JSON.parse(rawParams);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
          throw new Error('must be a JSON object such as {"name": "Armenia"}');
        params = parsed as Record<string, JsonValue>;
      } catch (e) {
        return this.showError(`The parameters are not valid JSON: ${describeError(e)}`);
      }
    }
    this.controller?.abort();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    replaceChildren(this.output, h('p', { class: 'muted' }, 'Running…'));
    queryStore.remember({ name: query.slice(0, 60), query, params: rawParams });
    this.renderLists();
    this.emit();
    try {
      const res = await this.explorer.notifier.busy('Running the query…', async () => {
        try {
          return await this.explorer.api.cypher({ query, params }, signal);
        } catch (e) {
          this.showQueryError(e, query);
          return undefined;
        }
      });
      if (!res) return;
      this.last = res;
      if (res.graph.nodes.length) await this.explorer.addGraph(res.graph);
      this.renderResult();
    } catch (e) {
      this.showError(describeError(e));
    }
  }

  private showError(message: string, extra?: HTMLElement): void {
    replaceChildren(this.output, h('div', { class: 'error-box', role: 'alert' }, h('p', {}, message), extra ?? null));
  }

  /** An error with Neo4j's position: the message, the line with a caret under the spot, and the cursor moved there. */
  private showQueryError(e: unknown, query: string): void {
    if (!(e instanceof ApiError)) return this.showError(describeError(e));
    const details = CypherErrorDetails.safeParse(e.details ?? {});
    const pos = details.success ? details.data.position : undefined;
    if (!pos) return this.showError(e.message);
    const line = query.split('\n')[pos.line - 1] ?? '';
    const caret = `${' '.repeat(Math.max(0, pos.column - 1))}^`;
    this.showError(`Line ${pos.line}, column ${pos.column}: ${e.message}`, h('pre', { class: 'error-pointer' }, `${line}\n${caret}`));
    void this.loadEditor().then((ed) => ed.pointAt(pos.offset));
  }

  private renderResult(): void {
    const res = this.last;
    if (!res) return;
    const s = res.summary;
    const summary = [
      `${formatCount(s.rows)} row${s.rows === 1 ? '' : 's'}`,
      `${plural(res.graph.nodes.length, 'node')} and ${plural(res.graph.edges.length, 'relationship')} shown on the canvas`,
      `${s.totalMs} ms`,
    ].join(' · ');
    const tab = (v: ResultView, label: string) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'subtab',
          'aria-selected': String(this.view === v),
          on: {
            click: () => {
              this.view = v;
              this.renderResult();
            },
          },
        },
        label,
      );
    replaceChildren(
      this.output,
      h('p', { class: 'result-summary' }, summary),
      s.truncated
        ? h('p', { class: 'warning' }, `Only the first ${formatCount(s.rows)} rows are shown (the ${s.truncatedReason ?? 'row'} limit).`)
        : null,
      ...s.notifications.map((n) => h('p', { class: 'warning' }, `${n.title}: ${n.description}`)),
      h(
        'div',
        { class: 'row' },
        h('div', { role: 'tablist', 'aria-label': 'Result view', class: 'subtabs' }, tab('table', 'Table'), tab('json', 'JSON')),
        h('button', { type: 'button', class: 'btn small', id: 'cypher-csv', on: { click: () => this.exportCsv() } }, 'Export CSV'),
      ),
      this.view === 'table'
        ? this.table(res)
        : h(
            'pre',
            { class: 'json-view', tabindex: 0 },
            JSON.stringify({ columns: res.columns, rows: res.rows }, null, 2).slice(0, 200_000),
          ),
    );
  }

  private table(res: CypherResponse): HTMLElement {
    if (!res.columns.length) return h('p', { class: 'muted' }, 'The query returned no columns.');
    return h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Query results' },
      h(
        'table',
        { class: 'results', id: 'cypher-table' },
        h('thead', {}, h('tr', {}, ...res.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...res.rows.slice(0, 1000).map((r) => h('tr', {}, ...r.map((v) => h('td', {}, cellContent(v)))))),
      ),
    );
  }

  private exportCsv(): void {
    if (!this.last) return;
    download(new Blob([toCsv(this.last.columns, this.last.rows)], { type: 'text/csv;charset=utf-8' }), 'query-results.csv');
  }

  private save(): void {
    const query = this.text.trim();
    if (!query) return;
    const name = query.replace(/\s+/g, ' ').slice(0, 60);
    queryStore.save({ name, query, params: this.params.value.trim() });
    this.renderLists();
    this.explorer.notifier.show('Query saved in this browser.', 'success');
  }

  private renderLists(): void {
    const load = (q: { query: string; params: string }) => () => {
      this.setQuery(q.query);
      this.params.value = q.params;
      this.emit();
    };
    const saved = queryStore.saved();
    const history = queryStore.history();
    replaceChildren(
      this.lists,
      h(
        'details',
        { class: 'query-list' },
        h('summary', {}, `Saved queries (${saved.length})`),
        h(
          'ul',
          { class: 'plain-list' },
          ...saved.map((q) =>
            h(
              'li',
              { class: 'row' },
              h('button', { type: 'button', class: 'link-btn mono', on: { click: load(q) } }, q.name),
              h(
                'button',
                {
                  type: 'button',
                  class: 'icon-btn',
                  'aria-label': `Delete saved query ${q.name}`,
                  on: {
                    click: () => {
                      queryStore.remove(q.name);
                      this.renderLists();
                    },
                  },
                },
                '×',
              ),
            ),
          ),
        ),
      ),
      h(
        'details',
        { class: 'query-list' },
        h('summary', {}, `History (${history.length})`),
        h(
          'ul',
          { class: 'plain-list' },
          ...history.map((q) => h('li', {}, h('button', { type: 'button', class: 'link-btn mono', on: { click: load(q) } }, q.name))),
        ),
      ),
    );
  }
}

/** A cell for people: a node as a coloured caption, a relationship as its type, anything else as text. */
function cellContent(v: JsonValue): Node {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    if (typeof v.caption === 'string' && Array.isArray(v.labels)) {
      const labels = v.labels.filter((l): l is string => typeof l === 'string');
      const primary = primaryLabel(labels);
      return h(
        'span',
        { class: 'cell-node', title: labels.filter((l) => l !== 'Entity').join(', ') },
        h('span', { class: 'swatch', style: `background:${nodeVisual(primary).color}`, 'aria-hidden': 'true' }),
        v.caption,
      );
    }
    if (typeof v.type === 'string' && typeof v.source === 'string') return h('span', { class: 'rel-type' }, `:${v.type}`);
  }
  return document.createTextNode(cellText(v));
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
