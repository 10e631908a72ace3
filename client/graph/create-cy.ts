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
