/**
 * The layout worker's job, run here on a real headless Cytoscape with fcose (as the worker and the
 * render benchmark run it): every node gets a finite position, pinned nodes keep theirs, and the
 * job built from a scene carries plain data only (it must survive postMessage).
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { runLayoutJob, type LayoutJob } from '../../../../client/graph/layout-job.ts';
import { LAYOUT_NAMES, layoutInWorker, layoutJob } from '../../../../client/graph/layouts.ts';

cytoscape.use(fcose);
const factory = cytoscape as unknown as (o: object) => Core;

function job(name: LayoutJob['name'], options: Record<string, unknown> = {}): LayoutJob {
  const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30, x: 0, y: 0, pinned: i === 0 }));
  nodes[0] = { ...nodes[0]!, x: 1234, y: -567 };
  const edges = Array.from({ length: 90 }, (_, i) => ({ id: `e${i}`, source: `n${i % 60}`, target: `n${(i * 7 + 1) % 60}` }));
  // 'default' as the page runs fcose up to DRAFT_ABOVE nodes (draft does not keep fixed nodes: its spectral step only).
  return { name, options: { randomize: true, quality: 'default', ...options }, nodes, edges };
}

describe('layout job', () => {
  it.each(['fcose', 'concentric', 'grid', 'circle'] as const)('%s: places every node and keeps the pinned one', (name) => {
    const positions = runLayoutJob(factory, job(name));
    expect(Object.keys(positions)).toHaveLength(60);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(positions.n0!.x).toBeCloseTo(1234, 0);
    expect(positions.n0!.y).toBeCloseTo(-567, 0);
    // The others moved: the layout did run.
    expect(new Set(Object.values(positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBeGreaterThan(50);
  });

  it("keeps pinned nodes in fcose's draft quality too (fcose alone moves them there)", () => {
    const positions = runLayoutJob(factory, job('fcose', { quality: 'draft' }));
    expect(positions.n0).toEqual({ x: 1234, y: -567 });
  });

  it('says where its time went when asked (the render benchmark splits the worker layout so)', () => {
    const timings = { createMs: -1, layoutMs: -1 };
    runLayoutJob(factory, job('grid'), timings);
    expect(timings.createMs).toBeGreaterThanOrEqual(0);
    expect(timings.layoutMs).toBeGreaterThanOrEqual(0);
  });

  it('is built from a scene as plain data that survives structured cloning', () => {
    const cy = cytoscape({ headless: true, elements: job('grid').nodes.map((n) => ({ data: { id: n.id } })) });
    cy.getElementById('n0').addClass('pinned');
    const built = layoutJob(cy.elements(), 'concentric', { name: 'concentric', concentric: () => 1, levelWidth: () => 2, animate: false });
    expect(structuredClone(built)).toEqual(JSON.parse(JSON.stringify(built)));
    expect(built.nodes.find((n) => n.id === 'n0')?.pinned).toBe(true);
  });

  it('sends only layouts it can run headless, and only those too large to animate', () => {
    expect(LAYOUT_NAMES.filter((n) => layoutInWorker(n, 250))).toEqual(['fcose', 'concentric', 'circle', 'grid']);
    // Below 250 nodes the layout animates on the page (layouts.ts ANIMATE_BELOW).
    expect(layoutInWorker('fcose', 249)).toBe(false);
  });

  it("sizes a node with its label when the page's options count labels, as fcose on the page would", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a', caption: 'A rather long caption for one node' }, position: { x: 0, y: 0 } }],
      style: [{ selector: 'node', style: { width: 30, height: 30, label: 'data(caption)', 'text-valign': 'bottom' } }],
    });
    const [bare] = layoutJob(cy.elements(), 'fcose', { nodeDimensionsIncludeLabels: false }).nodes;
    const [labelled] = layoutJob(cy.elements(), 'fcose', { nodeDimensionsIncludeLabels: true }).nodes;
    expect(bare).toMatchObject({ w: 30, h: 30 });
    // Headless Cytoscape measures no text, so here the box is only what layoutDimensions says; on the page it holds the label.
    expect(labelled).toEqual({ ...bare, ...cy.getElementById('a').layoutDimensions({ nodeDimensionsIncludeLabels: true }) });
  });
});
