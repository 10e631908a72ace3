/** Label, type and time filters: classes on elements, so they never change the scene itself. */
import type { Core } from 'cytoscape';
import type { GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';

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
      n.toggleClass('filtered', hiddenByLabel);
      n.toggleClass('time-hidden', f.asOf !== null && !nodeExistsOn(n.data('node') as GraphNode, f.asOf));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('filtered', f.hiddenTypes.has(e.data('type') as string));
      e.toggleClass('time-hidden', f.asOf !== null && !edgeValidOn(e.data('edge') as GraphEdge, f.asOf));
    });
    // A node whose every relationship lies outside the date fades: the alliance visibly shrinks and grows.
    cy.nodes().forEach((n) => {
      const edges = n.connectedEdges();
      n.toggleClass('time-dim', f.asOf !== null && edges.nonempty() && edges.filter('.time-hidden').length === edges.length);
    });
  });
}
