/** Where a query's answer shows: summary and warnings, a table or JSON, CSV export; or an error with its position. */
import { CypherErrorDetails, type CypherResponse } from '../../contract/api.ts';
import type { JsonValue } from '../../contract/graph.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import { nodeVisual, primaryLabel } from '../graph/visual.ts';
import { resultCsv } from './result-csv.ts';
import { download } from '../share/download.ts';
import { formatCount, h, replaceChildren } from '../ui/dom.ts';
import { cellText } from './cell-text.ts';
import { planView } from './plan-view.ts';

type Shown = 'plan' | 'table' | 'json';

export class ResultView {
  private last: CypherResponse | null = null;
  private shown: Shown = 'table';

  constructor(private readonly output: HTMLElement) {}

  running(): void {
    replaceChildren(this.output, h('p', { class: 'muted' }, 'Running…'));
  }

  error(message: string, extra?: HTMLElement): void {
    replaceChildren(this.output, h('div', { class: 'error-box', role: 'alert' }, h('p', {}, message), extra ?? null));
  }

  /** An error with Neo4j's position: the message and the line with a caret under the spot; the offset for the editor's cursor. */
  queryError(e: unknown, query: string): number | undefined {
    if (!(e instanceof ApiError)) {
      this.error(describeError(e));
      return undefined;
    }
    const details = CypherErrorDetails.safeParse(e.details ?? {});
    const pos = details.success ? details.data.position : undefined;
    if (!pos) {
      this.error(e.message);
      return undefined;
    }
    const line = query.split('\n')[pos.line - 1] ?? '';
    const caret = `${' '.repeat(Math.max(0, pos.column - 1))}^`;
    this.error(`Line ${pos.line}, column ${pos.column}: ${e.message}`, h('pre', { class: 'error-pointer' }, `${line}\n${caret}`));
    return pos.offset;
  }

  show(res: CypherResponse): void {
    this.last = res;
    // An answer with a plan (EXPLAIN, PROFILE) opens on it; one without cannot show one.
    if (res.summary.plan) this.shown = 'plan';
    else if (this.shown === 'plan') this.shown = 'table';
    this.render();
  }

  private render(): void {
    const res = this.last;
    if (!res) return;
    const s = res.summary;
    const explained = Boolean(s.plan) && s.plan?.dbHits === undefined;
    const summary = [
      explained ? 'Planned, not run' : `${formatCount(s.rows)} row${s.rows === 1 ? '' : 's'}`,
      `${plural(res.graph.nodes.length, 'node')} and ${plural(res.graph.edges.length, 'relationship')} shown on the canvas`,
      `${s.totalMs} ms`,
    ].join(' · ');
    const tab = (v: Shown, label: string) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'subtab',
          'aria-selected': String(this.shown === v),
          on: {
            click: () => {
              this.shown = v;
              this.render();
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
        h(
          'div',
          { role: 'tablist', 'aria-label': 'Result view', class: 'subtabs' },
          s.plan ? tab('plan', s.plan.dbHits === undefined ? 'Plan' : 'Profile') : null,
          tab('table', 'Table'),
          tab('json', 'JSON'),
        ),
        h('button', { type: 'button', class: 'btn small', id: 'cypher-csv', on: { click: () => this.exportCsv() } }, 'Export CSV'),
      ),
      this.shown === 'plan' && s.plan
        ? planView(s.plan)
        : this.shown === 'table'
          ? table(res)
          : h(
              'pre',
              { class: 'json-view', tabindex: 0 },
              JSON.stringify({ columns: res.columns, rows: res.rows }, null, 2).slice(0, 200_000),
            ),
    );
  }

  private exportCsv(): void {
    if (!this.last) return;
    download(new Blob([resultCsv(this.last)], { type: 'text/csv;charset=utf-8' }), 'query-results.csv');
  }
}

function table(res: CypherResponse): HTMLElement {
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
