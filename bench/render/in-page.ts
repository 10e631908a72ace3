/**
 * Runs inside the bench page (serialised by page.evaluate, so it may use only what it is
 * given and the page's globals): builds the scene, lays it out, waits for a stable frame,
 * then pans and zooms for a fixed number of frames, timing each requestAnimationFrame.
 */
import type { Core, CytoscapeOptions, LayoutOptions } from 'cytoscape';

export interface PageRunInput {
  elements: unknown[];
  style: unknown;
  layout: string;
  /** Plain-data layout options on top of the defaults (fcose's quality as the page picks it). */
  layoutOptions: Record<string, unknown>;
  webgl: boolean;
  /** The app's settings for scenes past LARGE_SCENE: cached texture, no edges while moving. */
  large: boolean;
  frames: number;
  /** Stop panning after this long even if fewer frames were drawn (slow software GL). */
  maxMs: number;
}

export interface PageRunOutput {
  /** Data handed over to the first stable frame after layout (create + style + layout + draw). */
  firstStableFrameMs: number;
  layoutMs: number;
  createMs: number;
  frameMs: number[];
  /** What actually drew: the WebGL layer with a live WebGL2 context, or the 2D canvas. */
  renderer: 'webgl' | 'canvas';
  gpu: string;
}

export async function runInPage(input: PageRunInput): Promise<PageRunOutput> {
  const w = window as unknown as { cytoscape: (o: CytoscapeOptions) => Core };
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  const container = document.getElementById('cy')!;
  const t0 = performance.now();
  const cy = w.cytoscape({
    container,
    elements: input.elements as CytoscapeOptions['elements'],
    style: input.style as CytoscapeOptions['style'],
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: input.large,
    hideEdgesOnViewport: input.large,
    renderer: { name: 'canvas', webgl: input.webgl },
  } as CytoscapeOptions);
  const t1 = performance.now();
  const layout = cy.layout({
    name: input.layout,
    animate: false,
    fit: true,
    quality: 'default',
    randomize: true,
    ...input.layoutOptions,
  } as LayoutOptions);
  const stopped = new Promise<void>((r) => layout.one('layoutstop', () => r()));
  layout.run();
  await stopped;
  const t2 = performance.now();
  await frame();
  await frame();
  const t3 = performance.now();
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
  // renderer() is public at run time but missing from the typings.
  const r = (cy as unknown as { renderer(): { webgl?: boolean; data?: { contexts?: unknown[] } } }).renderer();
  const webglLive =
    !!r.webgl && (r.data?.contexts ?? []).some((c) => typeof WebGL2RenderingContext !== 'undefined' && c instanceof WebGL2RenderingContext);
  const probe = document.createElement('canvas').getContext('webgl2');
  const info = probe?.getExtension('WEBGL_debug_renderer_info');
  const gpu = probe ? String(probe.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : probe.RENDERER)) : 'no WebGL2 context';
  cy.destroy();
  return {
    firstStableFrameMs: t3 - t0,
    layoutMs: t2 - t1,
    createMs: t1 - t0,
    frameMs: deltas,
    renderer: webglLive ? 'webgl' : 'canvas',
    gpu,
  };
}
