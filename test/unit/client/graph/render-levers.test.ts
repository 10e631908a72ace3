/** Cytoscape's levers by scene size: which renderer options and style rules each tier gets. */
import { describe, expect, it } from 'vitest';
import { HUGE_SCENE, leverStyle, rendererLevers, sceneTier } from '../../../../client/graph/render-levers.ts';
import { LARGE_SCENE } from '../../../../client/graph/scene-thresholds.ts';

describe('render levers', () => {
  it('puts scenes in tiers at LARGE_SCENE and HUGE_SCENE elements', () => {
    expect(sceneTier(LARGE_SCENE)).toBe('small');
    expect(sceneTier(LARGE_SCENE + 1)).toBe('large');
    expect(sceneTier(HUGE_SCENE)).toBe('large');
    expect(sceneTier(HUGE_SCENE + 1)).toBe('huge');
  });

  it('caches a texture and hides edges while the user moves a large scene, not a small one', () => {
    expect(rendererLevers('small')).toMatchObject({ textureOnViewport: false, hideEdgesOnViewport: false });
    expect(rendererLevers('large')).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false });
  });

  it('adds no style to a small scene, readable-size labels to a large one, haystack edges to a huge one', () => {
    expect(leverStyle('small')).toEqual([]);
    const large = leverStyle('large');
    expect(large.some((r) => 'style' in r && 'min-zoomed-font-size' in r.style)).toBe(true);
    expect(JSON.stringify(large)).not.toContain('haystack');
    const edge = leverStyle('huge').find((r) => 'style' in r && r.selector === 'edge' && 'curve-style' in r.style);
    expect(edge).toMatchObject({ style: { 'curve-style': 'haystack' } });
  });
});
