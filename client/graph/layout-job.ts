/**
 * A layout as plain data, run off the main thread: the page sends the scene's nodes (size,
 * position, pinned) and edges to a Web Worker (layout-worker.ts), which lays them out on a
 * headless Cytoscape and answers positions; the page applies them in one batch. The page keeps
 * answering input meanwhile. `runLayoutJob` is self-contained (it uses only its arguments), so
 * the render benchmark runs this very function in its own worker.
 */
import type { Core, LayoutOptions } from 'cytoscape';

export interface LayoutJob {
  name: 'fcose' | 'concentric' | 'grid' | 'circle';
  /** Plain-data options (numbers where the page passes constant functions). */
  options: Record<string, unknown>;
  nodes: { id: string; w: number; h: number; x: number; y: number; pinned: boolean }[];
  edges: { id: string; source: string; target: string }[];
}

export type Positions = Record<string, { x: number; y: number }>;

/** Where a job's time went in the worker (the render benchmark reports it). */
export interface JobTimings {
  /** Building the headless Cytoscape: the page already has its scene, so this is the worker's own cost. */
  createMs: number;
  layoutMs: number;
}

/**
 * Lays the job out on a headless Cytoscape (`cytoscape` with fcose registered) and returns the
 * new positions; `timings`, when given, is filled in.
 */
export function runLayoutJob(cytoscape: (o: object) => Core, job: LayoutJob, timings?: JobTimings): Positions {
  const t0 = performance.now();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...job.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
      ...job.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    // Without it Cytoscape runs its 'null' layout, which puts every node at the origin.
    layout: { name: 'preset' },
  });
  const t1 = performance.now();
  const pinned = job.nodes.filter((n) => n.pinned);
  const options: Record<string, unknown> = { ...job.options, name: job.name, animate: false };
  let eles = cy.elements();
  if (job.name === 'fcose') {
    if (pinned.length) options.fixedNodeConstraint = pinned.map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
  } else {
    // As on the page: pinned nodes stay out of the layout; degrees still count the whole scene.
    const ids = new Set(pinned.map((n) => n.id));
    eles = eles.filter((e) => !(e.isNode() && ids.has(e.id())));
  }
  if (job.name === 'concentric') {
    // Functions cannot be posted: the page's concentric rings by degree, levelWidth as a number.
    options.concentric = (n: { degree(loops: boolean): number }) => n.degree(false);
    const levelWidth = job.options.levelWidth;
    if (typeof levelWidth === 'number') options.levelWidth = () => levelWidth;
    else delete options.levelWidth;
  }
  let done = false;
  const layout = eles.layout(options as unknown as LayoutOptions);
  layout.one('layoutstop', () => {
    done = true;
  });
  layout.run();
  if (!done) throw new Error(`layout ${job.name} did not finish synchronously`);
  // fcose's draft quality (its spectral step alone) does not honour fixed nodes: put them back.
  for (const n of pinned) cy.getElementById(n.id).position({ x: n.x, y: n.y });
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  if (timings) {
    timings.createMs = t1 - t0;
    timings.layoutMs = performance.now() - t1;
  }
  return out;
}
