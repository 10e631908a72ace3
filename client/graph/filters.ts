/** Label, type and time filters: classes on elements, so they never change the scene itself. */
import type { Core } from 'cytoscape';
import type { GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';
import { edgeOf, nodeOf, sel, setState } from './element-state.ts';

export interface FilterState {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  asOf: string | null;
}

const dateOf = (v: JsonValue | undefined): string | null => (typeof v === 'string' && /^\d{4}/.test(v) ? v.slice(0, 10) : null);

/** Whether a relationship held on `day` (YYYY-MM-DD), from its validFrom/validTo properties. */
export function edgeValidOn(edge: GraphEdge, day: string): boolean {
  const from = dateOf(edge.properties.validFrom);
  const to = dateOf(edge.properties.validTo);
  return (!from || from <= day) && (!to || to >= day);
}

/** Whether a node existed by `day`: an Event starts on its startDate (or date); other nodes always exist. */
export function nodeExistsOn(node: GraphNode, day: string): boolean {
  const start = dateOf(node.properties.startDate) ?? (node.labels.includes('Event') ? dateOf(node.properties.date) : null);
  return !start || start <= day;
}

export function applyFilters(cy: Core, f: FilterState): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hiddenByLabel = f.hiddenLabels.has(n.data('primary') as string);
      setState(n, 'filtered', hiddenByLabel);
      setState(n, 'timeHidden', f.asOf !== null && !nodeExistsOn(nodeOf(n), f.asOf));
    });
    cy.edges().forEach((e) => {
      setState(e, 'filtered', f.hiddenTypes.has(edgeOf(e).type));
      setState(e, 'timeHidden', f.asOf !== null && !edgeValidOn(edgeOf(e), f.asOf));
    });
    // A node whose every relationship lies outside the date fades: the alliance visibly shrinks and grows.
    cy.nodes().forEach((n) => {
      const edges = n.connectedEdges();
      setState(n, 'timeDim', f.asOf !== null && edges.nonempty() && edges.filter(sel('timeHidden')).length === edges.length);
    });
  });
}
