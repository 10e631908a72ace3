/**
 * Cytoscape's own levers for large scenes, chosen by scene size, in one place so the render
 * benchmark measures exactly what the page does (plain data: the bench sends it into a page).
 * - Past LARGE_SCENE: while the user drags or wheels, draw a cached texture of the scene
 *   (textureOnViewport) and leave edges out (hideEdgesOnViewport); labels appear only where they
 *   are readable at the current zoom (min-zoomed-font-size), so a zoomed-out scene draws no text.
 * - Past HUGE_SCENE: edges become haystack lines (straight, no arrow): Cytoscape's
 *   cheapest edge, which it also hit-tests fastest. Direction stays in the details panel.
 * Cytoscape 3 has no hideLabelsOnViewport (it was a 2.x option): min-zoomed-font-size does its job.
 */
import type { StylesheetJson } from 'cytoscape';
import { LARGE_SCENE } from './scene-thresholds.ts';

/** Above this many elements edges are drawn as haystack lines. */
export const HUGE_SCENE = 8000;

export type SceneTier = 'small' | 'large' | 'huge';

export function sceneTier(elements: number): SceneTier {
  return elements > HUGE_SCENE ? 'huge' : elements > LARGE_SCENE ? 'large' : 'small';
}

/** Renderer options, fixed when the core is made (the view re-creates it when the tier changes). */
export function rendererLevers(tier: SceneTier): { textureOnViewport: boolean; hideEdgesOnViewport: boolean; motionBlur: boolean } {
  const large = tier !== 'small';
  return { textureOnViewport: large, hideEdgesOnViewport: large, motionBlur: false };
}

/** Style rules appended after the page's stylesheet for this tier (none for a small scene). */
export function leverStyle(tier: SceneTier): StylesheetJson {
  if (tier === 'small') return [];
  const rules: StylesheetJson = [
    // A label is drawn only when it would be at least this many pixels high on screen.
    { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
    { selector: 'edge', style: { 'min-zoomed-font-size': 10 } },
  ];
  if (tier === 'huge') {
    rules.push({
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' },
    });
  }
  return rules;
}
