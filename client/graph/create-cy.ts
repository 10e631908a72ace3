/** Creates and configures the Cytoscape core: renderer options for large scenes, the stylesheet, extensions. */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet, type Theme } from './stylesheet.ts';

cytoscape.use(fcose);

export interface CyOptions {
  theme: Theme;
  /** A large scene draws a cached texture and skips edges while panning and zooming. */
  large: boolean;
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

export function createCy(container: HTMLElement, opts: CyOptions): Core {
  return cytoscape({
    container,
    style: stylesheet(opts.theme),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    // Large scenes stay responsive: draw a cached texture and skip edges while panning/zooming.
    textureOnViewport: opts.large,
    hideEdgesOnViewport: opts.large,
    renderer: { name: 'canvas', webgl: opts.webgl },
  } as cytoscape.CytoscapeOptions);
}
