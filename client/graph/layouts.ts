/** Layouts as named configuration: the toolbar lists them, the URL stores the name. */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { fcoseQuality } from './scene-thresholds.ts';
import { sel } from './element-state.ts';

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

function options(name: LayoutName, incremental: boolean, animate: boolean, nodes: number): Record<string, unknown> {
  const common = { animate, animationDuration: 350, fit: !incremental, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        name,
        ...fcoseQuality(nodes, incremental),
        randomize: !incremental,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
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

/**
 * Runs a layout over the visible elements; pinned nodes keep their place (fcose takes them as
 * fixed constraints; the other layouts leave them out). Resolves when the layout has stopped.
 */
export function runLayout(cy: Core, name: LayoutName, opts: { incremental?: boolean } = {}): Promise<void> {
  const visible = cy.elements(':visible');
  if (visible.nodes().length === 0) return Promise.resolve();
  const pinned = visible.nodes(sel('pinned'));
  const animate = visible.nodes().length < ANIMATE_BELOW;
  const config = options(name, opts.incremental ?? false, animate, visible.nodes().length);
  let eles: Collection = visible;
  if (name === 'fcose') {
    if (pinned.length) config.fixedNodeConstraint = pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  } else {
    eles = visible.not(pinned);
  }
  return new Promise((resolve) => {
    const layout = eles.layout(config as unknown as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
