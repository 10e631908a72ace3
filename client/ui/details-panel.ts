/** The details of what is selected: labels, properties, relationships by type, and where each claim comes from. */
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Citation, NodeDetails } from '../../contract/api.ts';
import type { GraphNode } from '../../contract/graph.ts';
import { describeError, isAbort } from '../api/api-error.ts';
import type { Explorer } from '../explorer.ts';
import { isUninformative, nodeVisual, primaryLabel } from '../graph/visual.ts';
import { editing } from '../api/session.ts';
import type { Reliability } from '../../contract/claims.ts';
import type { EvidenceScene } from '../graph/evidence-scene.ts';
import { contradictionsView, whyWeBelieve } from './evidence-view.ts';
import { formatCount, h, replaceChildren } from './dom.ts';
import { DIRECTION_ARROW, SPECIAL_PROPERTIES, valueText } from './values.ts';
import { edgeOf, hasState, nodeOf } from '../graph/element-state.ts';

/** The scene operations the details panel uses: only these, not the whole Explorer. */
export type DetailsPanelScene = Pick<Explorer, 'api' | 'cy' | 'details' | 'expand' | 'focus' | 'onChange' | 'view' | 'notifier'>;

export class DetailsPanel {
  private controller: AbortController | undefined;
  private timer: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly explorer: DetailsPanelScene,
    private readonly openDocument: (c: Citation) => void,
    private readonly evidence: EvidenceScene,
  ) {
    explorer.view.bind((cy) => cy.on('select unselect', () => this.schedule()));
    // A scene change (an expansion, an undo, a filter) changes the "n of m shown" counts, and new
    // contradictions or verdicts change a relationship's: draw the selection again, where it was.
    const redraw = () => {
      this.redraw = this.shown;
      this.shown = '';
      this.schedule();
    };
    explorer.onChange(redraw);
    evidence.onChange(redraw);
    this.render();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.render(), 60);
  }

  private shown = '';
  /** The selection drawn again after a scene change: it keeps its scroll position. */
  private redraw = '';

  render(): void {
    const sel = this.explorer.cy.$(':selected');
    const key = sel.map((e) => e.id()).join(',');
    if (key === this.shown && key) return;
    const scroll = key === this.redraw ? this.root.scrollTop : 0;
    this.redraw = '';
    this.shown = key;
    this.controller?.abort();
    if (sel.empty()) {
      replaceChildren(
        this.root,
        h('h2', { class: 'panel-title' }, 'Details'),
        h(
          'p',
          { class: 'muted' },
          'Select a node or relationship to see its properties and the sentences that support it. Shift+click adds to the selection.',
        ),
      );
    } else if (sel.length === 1) {
      const ele = sel[0]!;
      if (ele.isNode()) this.renderNode(ele, scroll);
      else this.renderEdge(ele as EdgeSingular);
    } else {
      const nodes = sel.nodes();
      replaceChildren(
        this.root,
        h('h2', { class: 'panel-title' }, `${formatCount(nodes.length)} nodes, ${formatCount(sel.edges().length)} relationships selected`),
        h('ul', { class: 'plain-list' }, ...nodes.slice(0, 100).map((n) => h('li', {}, this.nodeLink(nodeOf(n))))),
        nodes.length === 2 ? h('p', { class: 'muted' }, 'Press T to trace the paths between these two.') : null,
      );
    }
  }

  private nodeLink(node: GraphNode): HTMLElement {
    return h(
      'button',
      { type: 'button', class: 'node-link', on: { click: () => this.explorer.focus(node.id) } },
      h('span', { class: 'swatch', style: `background:${nodeVisual(primaryLabel(node.labels)).color}`, 'aria-hidden': 'true' }),
      node.caption,
    );
  }

  private properties(props: GraphNode['properties'], omit: readonly string[] = []): HTMLElement {
    const rows = Object.entries(props)
      .filter(([k]) => !SPECIAL_PROPERTIES.has(k) && !omit.includes(k))
      .sort(([a], [b]) => a.localeCompare(b));
    if (!rows.length) return h('p', { class: 'muted' }, 'No properties.');
    return h('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, valueText(v))]));
  }

  private renderNode(ele: NodeSingular, scroll = 0): void {
    const node = nodeOf(ele);
    const labels = node.labels.filter((l) => !isUninformative(l));
    const relSection = h('section', { class: 'section' }, h('h3', {}, 'Relationships'), h('p', { class: 'muted' }, 'Loading…'));
    const docSection = h('section', { class: 'section' });
    replaceChildren(
      this.root,
      h('h2', { class: 'panel-title' }, node.caption),
      h('div', { class: 'chips' }, ...labels.map((l) => h('span', { class: 'chip', style: `border-color:${nodeVisual(l).color}` }, l))),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn', on: { click: () => void this.explorer.expand(node.id) } }, 'Expand all'),
        hasState(ele, 'pinned') ? h('span', { class: 'muted' }, 'Pinned') : null,
      ),
      h('section', { class: 'section' }, h('h3', {}, 'Properties'), this.properties(node.properties, ['name', 'key'])),
      relSection,
      docSection,
    );
    this.controller = new AbortController();
    this.explorer.details
      .get(node.id, this.controller.signal)
      .then((d) => {
        this.renderRelationships(ele, d, relSection, docSection);
        this.root.scrollTop = scroll;
      })
      .catch((e: unknown) => {
        if (!isAbort(e)) replaceChildren(relSection, h('h3', {}, 'Relationships'), h('p', { class: 'error' }, describeError(e)));
      });
  }

  private renderRelationships(ele: NodeSingular, d: NodeDetails, relSection: HTMLElement, docSection: HTMLElement): void {
    const groups = [...d.degree].sort((a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
    const id = d.node.id;
    replaceChildren(
      relSection,
      h('h3', {}, `Relationships (${formatCount(d.totalDegree)})`),
      groups.length === 0 ? h('p', { class: 'muted' }, 'None.') : null,
      ...groups.map((g) => {
        const onCanvas: EdgeSingular[] = [];
        ele.connectedEdges().forEach((e) => {
          if (
            e.data('type') === g.type &&
            (g.direction === 'both' || (g.direction === 'out' ? e.source().id() === id : e.target().id() === id))
          )
            onCanvas.push(e);
        });
        // "Shown" is what the eye finds: a relationship a filter, the timeline or "hide" keeps off is on the canvas but not shown.
        const shown = onCanvas.filter((e) => e.visible());
        const kept = onCanvas.length - shown.length;
        return h(
          'div',
          { class: 'rel-group' },
          h(
            'div',
            { class: 'rel-head' },
            h('span', { class: 'rel-type' }, `${g.type} ${DIRECTION_ARROW[g.direction]}`),
            h(
              'span',
              { class: 'muted' },
              `${formatCount(shown.length)} of ${formatCount(g.count)} shown${kept ? ` (${formatCount(kept)} hidden)` : ''}`,
            ),
            onCanvas.length < g.count
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-btn',
                    'aria-label': `Expand ${g.type} ${g.direction === 'out' ? 'outgoing' : 'incoming'}`,
                    on: { click: () => void this.explorer.expand(id, { types: g.type, direction: g.direction }) },
                  },
                  'Expand',
                )
              : null,
          ),
          h(
            'ul',
            { class: 'plain-list' },
            ...shown.map((e) => {
              // The far end: for a symmetric type (both) either end may be this node.
              const other = nodeOf(e.source().id() === id ? e.target() : e.source());
              return h('li', {}, this.nodeLink(other));
            }),
          ),
        );
      }),
    );
    replaceChildren(
      docSection,
      h('h3', {}, 'Mentioned in'),
      d.documents.length
        ? h(
            'ul',
            { class: 'plain-list' },
            ...d.documents.map((doc) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-btn',
                    on: {
                      click: () =>
                        this.openDocument({
                          documentKey: doc.key,
                          documentId: doc.id,
                          title: doc.title,
                          publisher: doc.publisher,
                          date: doc.date,
                          quote: d.provenance?.find((c) => c.documentKey === doc.key)?.quote ?? '',
                        }),
                    },
                  },
                  doc.title,
                ),
                h('span', { class: 'muted' }, ` ${[doc.publisher, doc.date].filter(Boolean).join(', ')}`),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No document mentions it.'),
    );
  }

  private renderEdge(ele: EdgeSingular): void {
    const edge = edgeOf(ele);
    const source = nodeOf(ele.source());
    const target = nodeOf(ele.target());
    const citations = edge.provenance ?? [];
    const contradictions = h('div', { class: 'contradictions-host' });
    const why = h('div', { class: 'why-host' }, citations.length ? whyWeBelieve(edge, this.openDocument) : null);
    replaceChildren(
      this.root,
      h('h2', { class: 'panel-title' }, edge.type),
      h('p', { class: 'edge-ends' }, this.nodeLink(source), h('span', { class: 'rel-type' }, ` ${edge.type} → `), this.nodeLink(target)),
      // A relationship that records no sources (most of someone else's data) gets no empty "why" section.
      why,
      contradictions,
      h('section', { class: 'section' }, h('h3', {}, 'Properties'), this.properties(edge.properties, ['key'])),
    );
    const list = this.evidence.contradictionsOf(edge.id);
    void editing()
      .catch(() => false)
      .then((may) => {
        // An editor may regrade each claim's document from here.
        const regrade = may
          ? (key: string, grade: Reliability) =>
              void this.evidence.grade(key, grade).catch((e: unknown) => this.explorer.notifier.show(describeError(e), 'error'))
          : undefined;
        if (citations.length) replaceChildren(why, whyWeBelieve(edge, this.openDocument, regrade));
        if (list.length === 0) return;
        replaceChildren(
          contradictions,
          contradictionsView(list, edge.id, {
            api: this.explorer.api,
            editing: may,
            changed: () => void this.evidence.load(true),
            fail: (m) => this.explorer.notifier.show(m, 'error'),
          }),
        );
      });
  }
}
