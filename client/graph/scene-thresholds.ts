/**
 * The scene sizes where the page changes how it draws, in one place so the render benchmark
 * measures exactly what the page does.
 */

/** Above this many elements the renderer uses its viewport shortcuts (cached texture, no edges while moving). */
export const LARGE_SCENE = 1500;

/**
 * Above this many nodes the force layout runs in fcose's 'draft' quality (its spectral step
 * only): the benchmark measured a full fcose at 5,000 elements at about 25 s in headless Chromium.
 */
export const DRAFT_ABOVE = 1000;

/** fcose's quality settings for a scene of this many nodes (plain data: the benchmark sends it into a page). */
export function fcoseQuality(
  nodes: number,
  incremental: boolean,
): { quality: 'draft' | 'default' | 'proof'; nodeDimensionsIncludeLabels: boolean } {
  const draft = nodes > DRAFT_ABOVE;
  // An incremental run keeps the analyst's mental map: it starts from current positions.
  return { quality: draft ? 'draft' : incremental ? 'proof' : 'default', nodeDimensionsIncludeLabels: !draft };
}
