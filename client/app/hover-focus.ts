/**
 * Readable scenes: hovering a node lights it and its neighbours (and their captions) and fades the
 * rest; in a dense scene edge captions are left out except on hover and selection.
 */
import type { Explorer } from '../explorer.ts';
import { clearState, setState } from '../graph/element-state.ts';

/** Above this many visible relationships, edge captions collide: show them on hover and selection only. */
export const DENSE_EDGES = 40;

export function mountHoverFocus(explorer: Pick<Explorer, 'cy' | 'view' | 'onChange'>): void {
  explorer.view.bind((cy) => {
    cy.on('mouseover', 'node', (e) => {
      const near = e.target.closedNeighborhood();
      cy.batch(() => {
        setState(cy.elements().difference(near), 'hoverFar', true);
        setState(near, 'hoverNear', true);
      });
    });
    cy.on('mouseout', 'node', () => cy.batch(() => clearState(cy.elements(), 'hoverNear', 'hoverFar')));
    cy.on('mouseover', 'edge', (e) => setState(e.target, 'hoverNear', true));
    cy.on('mouseout', 'edge', (e) => setState(e.target, 'hoverNear', false));
  });
  explorer.onChange(() => {
    const cy = explorer.cy;
    const dense = cy.edges(':visible').length > DENSE_EDGES;
    cy.batch(() => setState(cy.elements('edge'), 'quiet', dense));
  });
}
