/**
 * Runs inside the bench page (serialised by page.evaluate, so it may use only what it is
 * given and the page's globals). `runInPage` builds the scene, lays it out while a probe
 * measures how long a task queued on the main thread waits (what an input event would wait),
 * waits for a stable frame, then pans and zooms programmatically for a fixed number of frames,
 * timing each requestAnimationFrame. The scene stays on the page (window.__cy) so that the
 * bench can then drive real mouse input (drag, wheel) while `startFrames`/`stopFrames` time
 * the frames: Cytoscape's viewport levers act only on user gestures, not on cy.panBy().
 */
import type { Core, CytoscapeOptions, LayoutOptions } from 'cytoscape';

export interface PageRunInput {
  elements: unknown[];
  style: unknown;
  layout: string;
  /** Plain-data layout options on top of the defaults (fcose's quality as the page picks it). */
  layoutOptions: Record<string, unknown>;
  webgl: boolean;
  /** Renderer options as the page sets them for the scene's size (client/graph/render-levers.ts). */
  renderer: Record<string, boolean>;
  frames: number;
  /** Stop panning after this long even if fewer frames were drawn (slow software GL). */
  maxMs: number;
  /** Size the worker's nodes with their labels (client/graph/layouts.ts layoutJob, when the page's options count labels). */
  labelsInSizes: boolean;
  /** The layout worker's script (the libraries and client/graph/layout-job.ts's runLayoutJob): run the layout there, as the page does. */
  workerSource?: string;
}

export interface PageRunOutput {
  /** Data handed over to the first stable frame after layout (create + style + layout + draw). */
  firstStableFrameMs: number;
  layoutMs: number;
  createMs: number;
  frameMs: number[];
  /** How late each 25 ms probe task ran while the layout ran (the wait an input would see). */
  mainThreadDelayMs: number[];
  /** What actually drew: the WebGL layer with a live WebGL2 context, or the 2D canvas. */
  renderer: 'webgl' | 'canvas';
  gpu: string;
  /**
   * Where a worker layout's time went: loading the worker (before the clock, as the page warms it),
   * building the job (sizes from the page's style), the worker's own Cytoscape, its layout, the
   * messages both ways, applying and fitting.
   */
  workerSplit?: { startupMs: number; jobMs: number; createMs: number; layoutMs: number; messagesMs: number; applyMs: number };
}

export async function runInPage(input: PageRunInput): Promise<PageRunOutput> {
  const w = window as unknown as { cytoscape: (o: CytoscapeOptions) => Core; __cy?: Core };
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  const container = document.getElementById('cy')!;
  // The page starts its layout worker when its first view is drawn (layouts.ts warmLayoutWorker),
  // long before a large scene arrives: the worker is loaded before the clock starts, and how long
  // loading it took is reported on its own.
  let worker: Worker | undefined;
  let startupMs = 0;
  if (input.workerSource) {
    const ts = performance.now();
    const url = URL.createObjectURL(new Blob([input.workerSource], { type: 'text/javascript' }));
    worker = new Worker(url);
    await new Promise<void>((resolve, reject) => {
      worker!.onmessage = () => resolve();
      worker!.onerror = (e) => reject(new Error(e.message));
    });
    URL.revokeObjectURL(url);
    startupMs = performance.now() - ts;
  }
  const t0 = performance.now();
  const cy = w.cytoscape({
    container,
    elements: input.elements as CytoscapeOptions['elements'],
    style: input.style as CytoscapeOptions['style'],
    // As the page adds a query's answer: where Scene.add put the nodes, the viewport left as it is (the layout fits).
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    ...input.renderer,
    renderer: { name: 'canvas', webgl: input.webgl },
  } as CytoscapeOptions);
  const t1 = performance.now();
  // The probe: a task every 25 ms; its lateness is how long the main thread was busy.
  const delays: number[] = [];
  let probing = true;
  const schedule = () => {
    // When it is due is fixed now, at queueing; how late it runs is the main thread's backlog.
    const due = performance.now() + 25;
    setTimeout(() => {
      delays.push(Math.max(0, performance.now() - due));
      if (probing) schedule();
    }, 25);
  };
  schedule();
  let split: PageRunOutput['workerSplit'];
  const options = { name: input.layout, animate: false, fit: true, quality: 'default', randomize: true, ...input.layoutOptions };
  if (worker) {
    // As client/graph/layouts.ts does past LARGE_SCENE: the job to a worker, the positions back in one batch.
    const tj = performance.now();
    const job = {
      name: input.layout,
      options,
      nodes: cy.nodes().map((n) => {
        const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: input.labelsInSizes });
        return { id: n.id(), w, h, ...n.position(), pinned: false };
      }),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    };
    const jobMs = performance.now() - tj;
    type Answer = {
      positions?: Record<string, { x: number; y: number }>;
      timings?: { createMs: number; layoutMs: number };
      error?: string;
    };
    const answer = await new Promise<Answer>((resolve, reject) => {
      worker!.onmessage = (e: MessageEvent<Answer>) => (e.data.positions ? resolve(e.data) : reject(new Error(e.data.error)));
      worker!.onerror = (e) => reject(new Error(e.message));
      worker!.postMessage(job);
    });
    worker.terminate();
    const ta = performance.now();
    const positions = answer.positions!;
    cy.batch(() => cy.nodes().forEach((n) => void n.position(positions[n.id()]!)));
    cy.fit(undefined, 40);
    const applyMs = performance.now() - ta;
    const timings = answer.timings ?? { createMs: 0, layoutMs: 0 };
    split = { startupMs, jobMs, ...timings, messagesMs: ta - t1 - jobMs - timings.createMs - timings.layoutMs, applyMs };
  } else {
    const layout = cy.layout(options as LayoutOptions);
    const stopped = new Promise<void>((r) => layout.one('layoutstop', () => r()));
    layout.run();
    await stopped;
  }
  const t2 = performance.now();
  await frame();
  await frame();
  const t3 = performance.now();
  probing = false;
  // Pan in a slow circle while zooming in and out between 0.5x and 2x of the fitted zoom.
  const z0 = cy.zoom();
  const deltas: number[] = [];
  let last = await frame();
  const until = performance.now() + input.maxMs;
  for (let i = 0; i < input.frames && performance.now() < until; i++) {
    cy.panBy({ x: 6 * Math.cos(i / 10), y: 6 * Math.sin(i / 10) });
    cy.zoom({ level: z0 * Math.pow(2, Math.sin(i / 15)), renderedPosition: { x: 640, y: 400 } });
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  cy.fit();
  // renderer() is public at run time but missing from the typings.
  const r = (cy as unknown as { renderer(): { webgl?: boolean; data?: { contexts?: unknown[] } } }).renderer();
  const webglLive =
    !!r.webgl && (r.data?.contexts ?? []).some((c) => typeof WebGL2RenderingContext !== 'undefined' && c instanceof WebGL2RenderingContext);
  const probeCanvas = document.createElement('canvas').getContext('webgl2');
  const info = probeCanvas?.getExtension('WEBGL_debug_renderer_info');
  const gpu = probeCanvas
    ? String(probeCanvas.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : probeCanvas.RENDERER))
    : 'no WebGL2 context';
  w.__cy = cy;
  return {
    firstStableFrameMs: t3 - t0,
    layoutMs: t2 - t1,
    createMs: t1 - t0,
    frameMs: deltas,
    mainThreadDelayMs: delays,
    renderer: webglLive ? 'webgl' : 'canvas',
    gpu,
    ...(split ? { workerSplit: split } : {}),
  };
}

/** Starts timing frames (while the bench drives the mouse from outside). */
export function startFrames(): void {
  const w = window as unknown as { __frames: number[]; __framing: boolean };
  w.__frames = [];
  w.__framing = true;
  let last = performance.now();
  const tick = (now: number) => {
    w.__frames.push(now - last);
    last = now;
    if (w.__framing) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
}

/** Stops timing and returns the frame times; destroys the scene. */
export function stopFrames(): number[] {
  const w = window as unknown as { __frames: number[]; __framing: boolean; __cy?: Core };
  w.__framing = false;
  w.__cy?.destroy();
  return w.__frames;
}
