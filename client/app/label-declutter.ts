/**
 * Captions that do not collide: after every scene change (a layout that settled, an expansion,
 * an undo, a style change) and when a pan or zoom ends, measures the captions on screen and
 * leaves out those that would overlap one of higher priority (client/graph/label-placement.ts).
 *
 * Cytoscape scales captions with the zoom, so two captions that overlap at one zoom overlap at
 * every zoom; what the viewport changes is which captions compete: only those inside it and big
 * enough to be drawn (min-zoomed-font-size) do, so zooming into a crowd brings back the captions
 * whose rivals moved off screen. Large scenes (render-levers' tier) are left alone: there the
 * renderer already leaves out captions too small to read, and measuring thousands per pan costs.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Explorer } from '../explorer.ts';
import { clearState, hasState, setState } from '../graph/element-state.ts';
import { crowdedLabels, type LabelCandidate } from '../graph/label-placement.ts';
import { LARGE_SCENE } from '../graph/scene-thresholds.ts';

/** How long the viewport must rest before captions are placed again (a pan is many events). */
const VIEWPORT_REST_MS = 120;

/** A caption the analyst is looking at: always drawn. */
const isForced = (n: NodeSingular): boolean => n.selected() || hasState(n, 'hoverNear') || hasState(n, 'pinned') || hasState(n, 'path');

function candidates(cy: Core): LabelCandidate[] {
  const ext = cy.extent();
  const zoom = cy.zoom();
  const out: LabelCandidate[] = [];
  cy.nodes(':visible').forEach((n) => {
    const text = String(n.style('label') ?? '');
    // Not drawn at this zoom (too small to read): it takes no room.
    if (!text || n.numericStyle('font-size') * zoom < n.numericStyle('min-zoomed-font-size')) return;
    const b = n.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
    if (!(b.w > 0 && b.h > 0) || b.x2 < ext.x1 || b.x1 > ext.x2 || b.y2 < ext.y1 || b.y1 > ext.y2) return;
    out.push({ id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, forced: isForced(n), weight: n.width(), name: text });
  });
  return out;
}

/** Hides the captions that would collide, shows the rest. */
export function placeLabels(cy: Core): void {
  if (cy.elements().length > LARGE_SCENE) {
    clearState(cy.elements(), 'crowded');
    return;
  }
  const crowded = crowdedLabels(candidates(cy));
  cy.batch(() => cy.nodes().forEach((n) => setState(n, 'crowded', crowded.has(n.id()))));
}

export function mountLabelDeclutter(explorer: Pick<Explorer, 'cy' | 'view' | 'onChange'>): void {
  let timer: number | undefined;
  let frame = 0;
  const soon = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      placeLabels(explorer.cy);
    });
  };
  const afterRest = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(soon, VIEWPORT_REST_MS);
  };
  explorer.view.bind((cy) => {
    cy.on('viewport', afterRest);
    // What is forced changes: re-place so the captions around a selected or hovered node give way to it.
    cy.on('select unselect', soon);
    cy.on('mouseover mouseout', 'node', soon);
  });
  explorer.onChange(soon);
}
