/** Layouts as named configuration: the toolbar lists them, the URL stores the name. */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { fcoseQuality } from './scene-thresholds.ts';
import { sel } from './element-state.ts';
import type { LayoutJob, Positions } from './layout-job.ts';

export type LayoutName = 'fcose' | 'breadthfirst' | 'concentric' | 'circle' | 'grid';

export const LAYOUT_NAMES: readonly LayoutName[] = ['fcose', 'breadthfirst', 'concentric', 'circle', 'grid'];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  breadthfirst: 'Hierarchical',
  concentric: 'Concentric (by degree)',
  circle: 'Circle',
  grid: 'Grid',
};

/** Above this many nodes, layouts jump instead of animating. */
const ANIMATE_BELOW = 250;

export function isLayoutName(s: string): s is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(s);
}

/** The page's options for a layout (fcose's are plain data; concentric's carry functions). */
export function layoutOptions(name: LayoutName, incremental: boolean, animate: boolean, nodes: number): Record<string, unknown> {
  const common = { animate, animationDuration: 350, fit: !incremental, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        name,
        ...fcoseQuality(nodes, incremental),
        randomize: !incremental,
        // Constants, not functions, so the options travel to the layout worker as they are.
        nodeRepulsion: 9000,
        idealEdgeLength: 110,
        nodeSeparation: 90,
        packComponents: true,
      };
    case 'breadthfirst':
      return { ...common, name, directed: true, spacingFactor: 1.1, avoidOverlap: true, nodeDimensionsIncludeLabels: true };
    case 'concentric':
      return {
        ...common,
        name,
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 40,
        avoidOverlap: true,
      };
    case 'circle':
      return { ...common, name, avoidOverlap: true, spacingFactor: 1.1 };
    case 'grid':
      return { ...common, name, avoidOverlap: true, avoidOverlapPadding: 30, nodeDimensionsIncludeLabels: true };
  }
}

/** The layouts that can run in the worker (breadthfirst needs the page's roots). */
const WORKER_LAYOUTS: ReadonlySet<LayoutName> = new Set(['fcose', 'concentric', 'grid', 'circle']);

/**
 * True when this layout of this many visible nodes runs off the main thread: whenever it would
 * not animate anyway. The render benchmark measured fcose on the main thread at 1k elements
 * (some 330 nodes) holding every input for over 2 s; in the worker the page answers meanwhile.
 */
export function layoutInWorker(name: LayoutName, nodes: number): boolean {
  return WORKER_LAYOUTS.has(name) && nodes >= ANIMATE_BELOW;
}

/** A layout's options as they travel to the worker: plain data (layout-job.ts restores concentric's functions). */
export function workerOptions(config: Record<string, unknown>): Record<string, unknown> {
  // Headless Cytoscape measures no text: label sizes travel in the job's node sizes (layoutJob).
  return { ...config, concentric: undefined, levelWidth: 2, nodeDimensionsIncludeLabels: false };
}

/**
 * The visible scene as a worker's job: sizes, positions, pinned flags, edges. A node's size is
 * the box the layout would give it on the page: with its label when the options say so, which
 * the page can measure and the headless worker cannot.
 */
export function layoutJob(visible: Collection, name: LayoutName, config: Record<string, unknown>): LayoutJob {
  const pinned = new Set(visible.nodes(sel('pinned')).map((n) => n.id()));
  const nodeDimensionsIncludeLabels = config.nodeDimensionsIncludeLabels === true;
  return {
    name: name as LayoutJob['name'],
    options: workerOptions(config),
    nodes: visible.nodes().map((n) => {
      const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels });
      return { id: n.id(), w, h, ...n.position(), pinned: pinned.has(n.id()) };
    }),
    edges: visible.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
}

let worker: Worker | null = null;
const pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();
let nextJob = 0;

/** The (one, reused) layout worker, made on first use. */
function layoutWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (e.data.positions) p?.resolve(e.data.positions);
      else p?.reject(new Error(e.data.error ?? 'layout worker failed'));
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || 'layout worker failed'));
      pending.clear();
      worker = null;
    };
    worker = w;
  }
  return worker;
}

/**
 * Starts the layout worker ahead of the first large layout. Loading and compiling its script
 * (Cytoscape and fcose, some 600 kB) was most of the first worker layout's time: the render
 * benchmark measured it at several times the layout itself on a busy machine.
 */
export function warmLayoutWorker(): void {
  if (typeof Worker !== 'undefined') layoutWorker();
}

/** Runs the job in the layout worker; each answer carries its job's id, so layouts may overlap. */
function inWorker(job: LayoutJob): Promise<Positions> {
  const w = layoutWorker();
  const id = nextJob++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, job });
  });
}

/** Applies a worker's positions in one batch, then fits as the layout would have. */
function applyPositions(cy: Core, visible: Collection, positions: Positions, fit: boolean): void {
  cy.batch(() => {
    visible.nodes().forEach((n) => {
      const p = positions[n.id()];
      if (p && !n.removed()) n.position(p);
    });
  });
  if (fit) cy.fit(visible, 40);
}

/**
 * Runs a layout over the visible elements; pinned nodes keep their place (fcose takes them as
 * fixed constraints; the other layouts leave them out). Resolves when the layout has stopped.
 * When it would not animate it runs in a Web Worker so the page answers input meanwhile; if the
 * worker cannot run, on the main thread as before.
 */
export async function runLayout(cy: Core, name: LayoutName, opts: { incremental?: boolean } = {}): Promise<void> {
  const visible = cy.elements(':visible');
  if (visible.nodes().length === 0) return;
  const pinned = visible.nodes(sel('pinned'));
  const animate = visible.nodes().length < ANIMATE_BELOW;
  const config = layoutOptions(name, opts.incremental ?? false, animate, visible.nodes().length);
  if (layoutInWorker(name, visible.nodes().length) && typeof Worker !== 'undefined') {
    try {
      applyPositions(cy, visible, await inWorker(layoutJob(visible, name, config)), !(opts.incremental ?? false));
      return;
    } catch {
      // fall through: the main thread can still lay it out
    }
  }
  let eles: Collection = visible;
  if (name === 'fcose') {
    if (pinned.length) config.fixedNodeConstraint = pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  } else {
    eles = visible.not(pinned);
  }
  await new Promise<void>((resolve) => {
    const layout = eles.layout(config as unknown as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
