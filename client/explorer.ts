/** The operations the page performs on the scene: what actions, menus and panels call. */
import type { Core, NodeSingular } from 'cytoscape';
import type { Graph, GraphNode } from '../contract/graph.ts';
import type { ExplorerApi, NeighborsRequest } from './api/explorer-api.ts';
import { NodeDetailsCache } from './api/node-details-cache.ts';
import { applyFilters } from './graph/filters.ts';
import type { GraphView } from './graph/graph-view.ts';
import { runLayout } from './graph/layouts.ts';
import type { Added, Scene } from './graph/scene.ts';
import type { History } from './state/history.ts';
import type { Settings } from './state/settings.ts';
import type { Store } from './state/store.ts';
import { formatCount } from './ui/dom.ts';
import type { Notifier } from './ui/notifier.ts';
import { clearState, setState } from './graph/element-state.ts';

/** How many relationships one expansion adds at most. */
export const EXPAND_LIMIT = 50;

export class Explorer {
  private listeners = new Set<() => void>();
  private changeTimer: number | undefined;
  /** Node details, fetched once for every panel and menu that shows them. */
  readonly details: NodeDetailsCache;

  constructor(
    readonly api: ExplorerApi,
    readonly view: GraphView,
    readonly scene: Scene,
    readonly history: History,
    readonly settings: Store<Settings>,
    readonly notifier: Notifier,
  ) {
    this.details = new NodeDetailsCache(api);
    view.bind((cy) => cy.on('add remove free layoutstop', () => this.changed()));
    history.onChange(() => this.changed());
    settings.subscribe((s, p) => {
      if (s.hiddenLabels !== p.hiddenLabels || s.hiddenTypes !== p.hiddenTypes || s.asOf !== p.asOf) this.changed();
    });
  }

  get cy(): Core {
    return this.view.cy;
  }

  selectedNodeIds(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  selectedIds(): string[] {
    return this.cy.$(':selected').map((e) => e.id());
  }

  /** Subscribes to scene changes (debounced): legend, stats, empty state, URL. */
  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  /** Re-applies filters and tells subscribers, once per burst of changes. */
  changed(): void {
    window.clearTimeout(this.changeTimer);
    this.changeTimer = window.setTimeout(() => {
      const s = this.settings.get();
      applyFilters(this.cy, s);
      this.view.checkSize();
      for (const fn of this.listeners) fn();
    }, 30);
  }

  /** Adds a graph as one undo step, lays out the new part, and says what happened. */
  async addGraph(graph: Graph, opts: { around?: string; layout?: boolean } = {}): Promise<Added> {
    let added: Added = { nodes: [], edges: [] };
    await this.history.record(async () => {
      const wasEmpty = this.scene.isEmpty;
      this.view.checkSize(this.cy.elements().length + graph.nodes.length + graph.edges.length);
      added = this.scene.add(graph, opts);
      applyFilters(this.cy, this.settings.get());
      if (opts.layout !== false && added.nodes.length) await this.relayout(!wasEmpty);
    });
    this.changed();
    if (opts.layout !== false) this.keepInView(added.nodes);
    return added;
  }

  /** Makes the canvas show exactly this graph (a query's answer, "replace the scene"), as one undo step. */
  async replaceGraph(graph: Graph): Promise<Added> {
    let added: Added = { nodes: [], edges: [] };
    await this.history.record(async () => {
      this.cy.elements().remove();
      this.view.checkSize(graph.nodes.length + graph.edges.length);
      added = this.scene.add(graph);
      applyFilters(this.cy, this.settings.get());
      if (added.nodes.length) await this.relayout();
    });
    this.changed();
    this.fit();
    return added;
  }

  /**
   * Expands a node: its neighbours (optionally one type and direction), capped at EXPAND_LIMIT,
   * plus what connects the new neighbours to the rest of the canvas (as Neo4j Browser does), in one undo step.
   */
  async expand(nodeId: string, req: NeighborsRequest = {}): Promise<void> {
    const node = this.cy.getElementById(nodeId);
    const name = node.nonempty() ? String(node.data('caption')) : 'the node';
    await this.notifier.busy(`Expanding ${name}…`, async () => {
      const asOf = this.settings.get().asOf ?? undefined;
      const res = await this.api.neighbors({ id: nodeId, limit: EXPAND_LIMIT, asOf, ...req });
      const fresh = res.graph.nodes.filter((n) => this.cy.getElementById(n.id).empty()).map((n) => n.id);
      const links = fresh.length
        ? await this.api.relationshipsAmong({ nodes: fresh, among: this.cy.nodes().map((n) => n.id()) })
        : { edges: [], truncated: false };
      const added = await this.addGraph({ nodes: res.graph.nodes, edges: [...res.graph.edges, ...links.edges] }, { around: nodeId });
      const what = req.types ? `${req.types.replaceAll(',', ', ')} relationships` : 'relationships';
      const connecting = added.edges.length - added.edges.filter((id) => res.graph.edges.some((e) => e.id === id)).length;
      const also = connecting ? ` (${formatCount(connecting)} of them link the new nodes to the rest of the canvas)` : '';
      if (res.truncated) {
        this.notifier.show(
          `${name}: showing ${formatCount(res.graph.edges.length)} of ${formatCount(res.total)} ${what} (capped)${also}. Expand by type from the right-click menu to see others.`,
          'info',
        );
      } else if (added.nodes.length === 0 && added.edges.length === 0) {
        const unseen = res.graph.edges.filter((e) => !this.cy.getElementById(e.id).visible()).length;
        this.notifier.show(
          res.total === 0
            ? `${name} has no ${what}${asOf ? ` on ${asOf}` : ''}.`
            : unseen
              ? `Every one of ${name}'s ${what} is on the canvas, but ${formatCount(unseen)} hidden (by a filter, the time filter or Hide): Show hidden or the Filters panel bring them back.`
              : `Everything around ${name} is already on the canvas.`,
        );
      } else {
        this.notifier.show(
          `Added ${formatCount(added.nodes.length)} nodes and ${formatCount(added.edges.length)} relationships around ${name}${also}.`,
          'success',
        );
      }
    });
  }

  /** Puts a node on the canvas (if needed), selects it and centres on it. */
  async showNode(node: GraphNode): Promise<void> {
    const isNew = this.cy.getElementById(node.id).empty();
    // A node new to the canvas comes with its relationships to what is there (as an expansion does).
    const links = isNew
      ? await this.api.relationshipsAmong({ nodes: [node.id], among: this.cy.nodes().map((n) => n.id()) }).catch((e: unknown) => {
          this.notifier.error(e, 'Connecting it to the canvas');
          return { edges: [] };
        })
      : { edges: [] };
    await this.addGraph({ nodes: [node], edges: links.edges }, { layout: false });
    this.focus(node.id);
  }

  focus(id: string): void {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    this.cy.$(':selected').unselect();
    ele.select();
    this.cy.animate({ center: { eles: ele }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
  }

  /** Runs the chosen layout over the visible scene. */
  async relayout(incremental = false): Promise<void> {
    await runLayout(this.cy, this.settings.get().layout, { incremental });
    // A small scene fitted to the screen looks blown up: keep it at a readable scale.
    if (this.cy.zoom() > 1.2) this.cy.zoom({ level: 1.2, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  fit(): void {
    const visible = this.cy.elements(':visible');
    if (visible.nonempty()) this.cy.animate({ fit: { eles: visible, padding: 40 } }, { duration: 250 });
  }

  /** If any of the given nodes fell outside the viewport, fits the whole visible scene. */
  keepInView(ids: readonly string[]): void {
    const ext = this.cy.extent();
    const outside = ids.some((id) => {
      const n = this.cy.getElementById(id);
      if (n.empty()) return false;
      const b = n.boundingBox({ includeLabels: true });
      return b.x1 < ext.x1 || b.x2 > ext.x2 || b.y1 < ext.y1 || b.y2 > ext.y2;
    });
    if (outside) this.fit();
  }

  /** Animates the viewport to show the given elements. */
  fitTo(ids: ReadonlySet<string>): void {
    const eles = this.cy.elements().filter((e) => ids.has(e.id()));
    if (eles.empty()) return;
    // Fit, but never closer than a readable scale: a one-hop path should not fill the screen.
    const cy = this.cy;
    const bb = eles.boundingBox({ includeLabels: true });
    const zoom = Math.min(1.2, Math.min((cy.width() - 120) / Math.max(bb.w, 1), (cy.height() - 120) / Math.max(bb.h, 1)));
    cy.animate({ zoom, center: { eles } }, { duration: 300 });
  }

  /** Marks the elements of traced paths, fading the rest; null clears it. */
  highlight(ids: ReadonlySet<string> | null): void {
    this.cy.batch(() => {
      clearState(this.cy.elements(), 'path', 'faded');
      if (!ids) return;
      this.cy.elements().forEach((e) => {
        setState(e, ids.has(e.id()) ? 'path' : 'faded', true);
      });
    });
  }

  nodeById(id: string): NodeSingular | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : undefined;
  }
}
