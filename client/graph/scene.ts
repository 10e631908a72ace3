/**
 * The scene: which nodes and relationships are on the canvas, where, pinned or hidden. Every
 * change goes through here, and a snapshot of it is what undo, redo and shared links restore.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Graph, GraphEdge, GraphNode } from '../../contract/graph.ts';
import { edgeDefinition, nodeDefinition } from './elements.ts';
import { clearState, edgeOf, hasState, inState, nodeOf, setState, stateClasses } from './element-state.ts';

export interface NodeSnapshot {
  node: GraphNode;
  x: number;
  y: number;
  pinned: boolean;
  hidden: boolean;
  /** On the highlighted path (a trace): undo and redo bring the highlight back with the paths. */
  path: boolean;
}

export interface SceneSnapshot {
  nodes: NodeSnapshot[];
  edges: { edge: GraphEdge; hidden: boolean; path: boolean }[];
}

export interface Added {
  nodes: string[];
  edges: string[];
}

export class Scene {
  constructor(private readonly getCy: () => Core) {}

  get cy(): Core {
    return this.getCy();
  }

  /** Adds what is not there yet in one batch; new nodes go in a ring around `around` (or the viewport's centre). */
  add(graph: Graph, opts: { around?: string; positions?: ReadonlyMap<string, { x: number; y: number }> } = {}): Added {
    const cy = this.cy;
    const newNodes = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
    const known = new Set([...graph.nodes.map((n) => n.id), ...cy.nodes().map((n) => n.id())]);
    const newEdges = graph.edges.filter((e) => cy.getElementById(e.id).empty() && known.has(e.source) && known.has(e.target));
    const anchor = opts.around ? cy.getElementById(opts.around) : undefined;
    const centre = anchor?.nonempty() ? anchor.position() : besideScene(cy, ringRadius(newNodes.length));
    const ring = ringPositions(newNodes.length, centre, !!anchor?.nonempty());
    const defs: ElementDefinition[] = newNodes.map((n, i) => ({
      ...nodeDefinition(n),
      position: { ...(opts.positions?.get(n.id) ?? ring[i]!) },
    }));
    cy.batch(() => {
      cy.add(defs);
      cy.add(newEdges.map(edgeDefinition));
      this.refreshDegrees();
    });
    return { nodes: newNodes.map((n) => n.id), edges: newEdges.map((e) => e.id) };
  }

  remove(ids: readonly string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      for (const id of ids) cy.getElementById(id).remove();
      this.refreshDegrees();
    });
  }

  hide(ids: readonly string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      for (const id of ids) {
        const ele = cy.getElementById(id);
        setState(ele, 'hidden', true);
        ele.unselect();
        if (ele.isNode()) ele.connectedEdges().unselect();
      }
    });
  }

  showAll(): void {
    clearState(inState(this.cy, 'hidden'), 'hidden');
  }

  setPinned(ids: readonly string[], pinned: boolean): void {
    const cy = this.cy;
    cy.batch(() => {
      for (const id of ids) setState(cy.getElementById(id), 'pinned', pinned);
    });
  }

  get isEmpty(): boolean {
    return this.cy.nodes().empty();
  }

  /** Refreshes each node's scene degree (its size). */
  refreshDegrees(): void {
    this.cy.nodes().forEach((n) => {
      const d = n.degree(false);
      if (n.data('deg') !== d) n.data('deg', d);
    });
  }

  capture(): SceneSnapshot {
    const cy = this.cy;
    return {
      nodes: cy.nodes().map((n) => ({
        node: nodeOf(n),
        x: Math.round(n.position('x')),
        y: Math.round(n.position('y')),
        pinned: hasState(n, 'pinned'),
        hidden: hasState(n, 'hidden'),
        path: hasState(n, 'path'),
      })),
      edges: cy.edges().map((e) => ({ edge: edgeOf(e), hidden: hasState(e, 'hidden'), path: hasState(e, 'path') })),
    };
  }

  /** Makes the canvas show exactly the snapshot; keeps the selection of what is still there. */
  restore(snap: SceneSnapshot): void {
    const cy = this.cy;
    const selected = new Set(cy.$(':selected').map((e) => e.id()));
    // A highlight fades everything off the path (Explorer.highlight).
    const highlighted = snap.nodes.some((s) => s.path) || snap.edges.some((s) => s.path);
    const marks = (path: boolean) => ({ path, faded: highlighted && !path });
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        snap.nodes.map((s) => ({
          ...nodeDefinition(s.node),
          position: { x: s.x, y: s.y },
          classes: stateClasses({ pinned: s.pinned, hidden: s.hidden, ...marks(s.path) }),
          selected: selected.has(s.node.id),
        })),
      );
      cy.add(
        snap.edges.map((s) => ({
          ...edgeDefinition(s.edge),
          classes: stateClasses({ hidden: s.hidden, ...marks(s.path) }),
          selected: selected.has(s.edge.id),
        })),
      );
      this.refreshDegrees();
    });
  }
}

/** A cheap fingerprint of a snapshot: equal ones mean nothing the user can see has changed. */
export function signature(snap: SceneSnapshot): string {
  const n = snap.nodes.map((s) => `${s.node.id}@${s.x},${s.y}${s.pinned ? 'p' : ''}${s.hidden ? 'h' : ''}${s.path ? '*' : ''}`);
  const e = snap.edges.map((s) => `${s.edge.id}${s.hidden ? 'h' : ''}${s.path ? '*' : ''}`);
  return `${n.join('|')}#${e.join('|')}`;
}

/** The radius of the ring new nodes start on: wider for more nodes, so they do not pile up. */
const ringRadius = (count: number) => 90 + count * 6;

/**
 * Where `count` new nodes start before their layout: evenly on a ring around `centre`; one node
 * alone with no anchor goes on the centre itself. The render benchmark starts its scenes the
 * same way, so what it draws while a layout runs is what the page draws.
 */
export function ringPositions(count: number, centre: { x: number; y: number }, anchored: boolean): { x: number; y: number }[] {
  const radius = anchored || count > 1 ? ringRadius(count) : 0;
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(count, 1);
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}

/** Where unanchored new nodes go: right of what is on the canvas (so nothing is covered), or the viewport's centre. */
function besideScene(cy: Core, radius: number): { x: number; y: number } {
  const existing = cy.nodes();
  if (existing.empty()) {
    const ext = cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }
  const bb = existing.boundingBox({ includeLabels: true });
  return { x: bb.x2 + radius + 60, y: (bb.y1 + bb.y2) / 2 };
}

/** The visible neighbourhood of a node, for "select neighbours". */
export function neighbourhood(node: NodeSingular) {
  return node.closedNeighborhood(':visible');
}
