/** Creates and configures the Cytoscape core: renderer levers by scene size, the stylesheet, extensions. */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { leverStyle, rendererLevers, type SceneTier } from './render-levers.ts';
import { stylesheet, type Theme } from './stylesheet.ts';

cytoscape.use(fcose);

export interface CyOptions {
  theme: Theme;
  /** The scene's size class: which of Cytoscape's levers are on (render-levers.ts). */
  tier: SceneTier;
  /** Cytoscape 3.34's WebGL renderer (experimental): much faster for thousands of elements. */
  webgl: boolean;
}

/** True when the browser can give the WebGL renderer a WebGL2 context. */
export function webglSupported(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * True when WebGL runs on a GPU. In software (SwiftShader, llvmpipe) the benchmark measured
 * the WebGL renderer slower than the canvas at every size, so large scenes switch to it only here.
 */
export function webglHardwareAccelerated(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/** The page's stylesheet with the levers of the scene's tier after it. */
export const sceneStyle = (theme: Theme, tier: SceneTier) => [...stylesheet(theme), ...leverStyle(tier)];

export function createCy(container: HTMLElement, opts: CyOptions): Core {
  return cytoscape({
    container,
    style: sceneStyle(opts.theme, opts.tier),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    // Large scenes stay responsive: a cached texture and no edges while the user pans and zooms.
    ...rendererLevers(opts.tier),
    renderer: { name: 'canvas', webgl: opts.webgl },
  } as cytoscape.CytoscapeOptions);
}
