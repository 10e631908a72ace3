/**
 * The Cypher panel: the editor and the parameters, and running a query. The answer's display
 * is result-view.ts, saved queries and history query-lists.ts, the parameters' parsing
 * query-params.ts. It takes only what it uses: the API's cypher call, the notifier, and a way
 * to put the returned graph on the canvas.
 */
import type { CypherResponse, CypherSignaturesResponse, SchemaResponse } from '../../contract/api.ts';
import { withPlanPrefix, type PlanMode } from '../../contract/plan-prefix.ts';
import type { Graph } from '../../contract/graph.ts';
import { describeError } from '../api/api-error.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import type { SchemaCache } from '../api/schema-cache.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import type { Notifier } from '../ui/notifier.ts';
import type { CypherEditor } from './editor.ts';
import { parseQueryParams } from './query-params.ts';
import { QueryLists, type StoredQuery } from './query-lists.ts';
import { queryStore } from './query-store.ts';
import { ResultView } from './result-view.ts';

const EXAMPLE = 'MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization)\nRETURN c, r, o';

export interface CypherPanelDeps {
  api: Pick<ExplorerApi, 'cypher' | 'cypherSignatures'>;
  notifier: Pick<Notifier, 'busy' | 'show'>;
  schema: SchemaCache;
  /** Puts the nodes and relationships a query returned on the canvas: beside what is there, or instead of it. */
  addGraph(graph: Graph, mode: 'add' | 'replace'): Promise<unknown>;
}

export class CypherPanel {
  /** CodeMirror loads on first use, keeping it out of the first page load. */
  private editor: Promise<CypherEditor> | undefined;
  private readonly editorHost: HTMLElement;
  private text = EXAMPLE;
  private readonly params: HTMLTextAreaElement;
  private readonly replace = h('input', { type: 'checkbox', id: 'cypher-replace' });
  /** Lint from Neo4j's language support (signature help is a tooltip in the editor). */
  private readonly assist = h('div', { class: 'cypher-assist', id: 'cypher-assist', 'aria-live': 'polite' });
  private readonly result: ResultView;
  private readonly lists: QueryLists;
  private schema: SchemaResponse | null = null;
  /** The server's functions and procedures, asked when the editor first loads (signature help). */
  private signatures: CypherSignaturesResponse | null = null;
  private controller: AbortController | undefined;
  private listeners = new Set<() => void>();

  constructor(
    root: HTMLElement,
    private readonly deps: CypherPanelDeps,
  ) {
    deps.schema
      .get()
      .then((s) => (this.schema = s))
      .catch(() => undefined);
    this.editorHost = h('div', { class: 'cm-host', id: 'cypher-editor' });
    this.params = h('textarea', {
      id: 'cypher-params',
      class: 'params',
      rows: 2,
      spellcheck: 'false',
      placeholder: '{ "name": "Armenia" }',
    });
    const output = h('div', { class: 'cypher-output', 'aria-live': 'polite' });
    const lists = h('div', { class: 'query-lists' });
    this.result = new ResultView(output);
    const runBtn = h(
      'button',
      { type: 'button', class: 'btn primary', id: 'cypher-run', on: { click: () => void this.run() } },
      'Run',
      h('kbd', {}, 'Ctrl+Enter'),
    );
    replaceChildren(
      root,
      h('h2', { class: 'panel-title' }, 'Cypher'),
      h('p', { class: 'muted' }, 'Read-only queries against the database. Nodes and relationships you return go on the canvas.'),
      this.editorHost,
      this.assist,
      h('label', { for: 'cypher-params', class: 'field-label' }, 'Parameters (JSON)'),
      this.params,
      h(
        'div',
        { class: 'row wrap' },
        runBtn,
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'cypher-explain',
            title: 'Show the plan without running the query (EXPLAIN)',
            on: { click: () => void this.run('EXPLAIN') },
          },
          'Plan',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'cypher-profile',
            title: 'Run the query and show what each step did (PROFILE)',
            on: { click: () => void this.run('PROFILE') },
          },
          'Profile',
        ),
        h('button', { type: 'button', class: 'btn', on: { click: () => this.save() } }, 'Save query'),
        h(
          'label',
          { class: 'toggle', for: 'cypher-replace', title: 'On: the answer replaces the scene (undo brings it back). Off: it is added.' },
          this.replace,
          'Replace the scene',
        ),
      ),
      output,
      lists,
    );
    this.lists = new QueryLists(lists, (q) => this.load(q));
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
    if (!this.editor) {
      // Without them the editor still completes and lints; only signature help waits for them.
      this.deps.api
        .cypherSignatures()
        .then((s) => {
          this.signatures = s;
          // A call typed before they came gets its signature now, not at the next keystroke.
          void this.editor?.then((e) => e.refreshAssist());
        })
        .catch(() => undefined);
    }
    this.editor ??= import('./editor.ts').then((m) =>
      m.createCypherEditor(this.editorHost, {
        schema: () => ({ schema: this.schema, signatures: this.signatures }),
        onRun: () => void this.run(),
        onChange: (text) => {
          this.text = text;
          this.emit();
        },
        initial: this.text,
        onLint: (lint) =>
          replaceChildren(
            this.assist,
            lint.length
              ? h(
                  'ul',
                  { class: 'cypher-lint' },
                  ...lint
                    .slice(0, 8)
                    .map((l) =>
                      h('li', { class: l.severity, 'data-from': l.from }, `${l.severity === 'error' ? 'Error' : 'Warning'}: ${l.message}`),
                    ),
                )
              : null,
          ),
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

  /** Runs the query; with a mode, asks for its plan (EXPLAIN) or profile (PROFILE) instead of any prefix it has. */
  async run(mode?: PlanMode): Promise<void> {
    const text = this.text.trim();
    if (!text) return this.result.error('Write a query first.');
    const query = mode ? withPlanPrefix(text, mode) : text;
    const rawParams = this.params.value.trim();
    const parsed = parseQueryParams(rawParams);
    if ('error' in parsed) return this.result.error(parsed.error);
    this.controller?.abort();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    this.result.running();
    queryStore.remember({ name: query.slice(0, 60), query, params: rawParams });
    this.lists.render();
    this.emit();
    try {
      const res = await this.deps.notifier.busy('Running the query…', async (): Promise<CypherResponse | undefined> => {
        try {
          return await this.deps.api.cypher({ query, params: parsed.params }, signal);
        } catch (e) {
          const offset = this.result.queryError(e, query);
          if (offset !== undefined) void this.loadEditor().then((ed) => ed.pointAt(offset));
          return undefined;
        }
      });
      if (!res) return;
      if (res.graph.nodes.length) await this.deps.addGraph(res.graph, this.replace.checked ? 'replace' : 'add');
      this.result.show(res);
    } catch (e) {
      this.result.error(describeError(e));
    }
  }

  private load(q: StoredQuery): void {
    this.setQuery(q.query);
    this.params.value = q.params;
    this.emit();
  }

  private save(): void {
    const query = this.text.trim();
    if (!query) return;
    const name = query.replace(/\s+/g, ' ').slice(0, 60);
    queryStore.save({ name, query, params: this.params.value.trim() });
    this.lists.render();
    this.deps.notifier.show('Query saved in this browser.', 'success');
  }
}
