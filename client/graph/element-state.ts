/**
 * The scene's state vocabulary in one place: each state an element can be in (a Cytoscape
 * class, so the stylesheet can show it) and the graph data it carries, behind typed accessors.
 * Nothing else names a class or casts `data('node')`.
 */
import type { Collection, Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';

export const STATE_CLASS = {
  /** Kept where the analyst put it by every layout. */
  pinned: 'pinned',
  /** Hidden by the analyst (stays in the scene, out of sight; "Show hidden" brings it back). */
  hidden: 'user-hidden',
  /** Hidden by a label or relationship-type filter. */
  filtered: 'filtered',
  /** Not valid on the as-of date. */
  timeHidden: 'time-hidden',
  /** A node whose every relationship is time-hidden. */
  timeDim: 'time-dim',
  /** On the highlighted path, or faded around it. */
  path: 'path',
  faded: 'faded',
  /** Below the confidence the analyst asked to see (the legend's control). */
  lowConfidence: 'low-confidence',
  /** In a contradiction no verdict has settled (GET /api/contradictions). */
  contradicted: 'contradicted',
  /** The hovered node and its neighbours, and everything else while one is hovered. */
  hoverNear: 'hover-near',
  hoverFar: 'hover-far',
  /** An edge whose caption is left out because the scene is dense (hover or selection shows it). */
  quiet: 'quiet',
  /** A node whose caption would overlap a caption of higher priority (label-placement.ts): drawn without it. */
  crowded: 'label-crowded',
} as const;

export type ElementState = keyof typeof STATE_CLASS;

/** A selector for elements in any of these states: `sel('hidden', 'filtered')` → ".user-hidden, .filtered". */
export function sel(...states: ElementState[]): string {
  return states.map((s) => `.${STATE_CLASS[s]}`).join(', ');
}

export function hasState(ele: SingularElementArgument, state: ElementState): boolean {
  return ele.hasClass(STATE_CLASS[state]);
}

export function setState(eles: Collection | SingularElementArgument, state: ElementState, on: boolean): void {
  eles.toggleClass(STATE_CLASS[state], on);
}

export function clearState(eles: Collection, ...states: ElementState[]): void {
  eles.removeClass(states.map((s) => STATE_CLASS[s]).join(' '));
}

export function inState(cy: Core, state: ElementState): Collection {
  return cy.elements(sel(state));
}

/** The classes of an element added with these states. */
export function stateClasses(states: Partial<Record<ElementState, boolean>>): string[] {
  return (Object.keys(states) as ElementState[]).filter((s) => states[s]).map((s) => STATE_CLASS[s]);
}

/** The graph data an element was made from (client/graph/elements.ts stores it). */
export const nodeOf = (n: NodeSingular): GraphNode => n.data('node') as GraphNode;
export const edgeOf = (e: EdgeSingular): GraphEdge => e.data('edge') as GraphEdge;
