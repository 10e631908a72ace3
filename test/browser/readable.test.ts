/** Readable scenes: hovering a node lights its neighbourhood, dense scenes caption edges on hover and selection only, dated edges carry their dates. */
import { describe, expect, it } from 'vitest';
import { eventually, type ExplorerWindow, nodeOnScreen, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

describe('readable scenes', { timeout: 180_000 }, () => {
  it('lights the hovered node and its neighbours, and captions edges only where it helps', async () => {
    const t = await app.open();
    const { page } = t;
    const state = () =>
      page.evaluate(() => {
        const cy = (window as unknown as ExplorerWindow).__explorer.cy;
        const armenia = cy.nodes().filter((n) => n.data('caption') === 'Armenia')[0]!;
        const near = armenia.closedNeighborhood();
        return {
          visibleEdges: cy.edges(':visible').length,
          quiet: cy.edges('.quiet').length,
          labelled: cy
            .edges()
            .filter((e) => String(e.style('label')) !== '')
            .map((e) => e.id()),
          nearLit: near.filter('.hover-near').length,
          near: near.length,
          farFaded: cy.elements().difference(near).filter('.hover-far').length,
          far: cy.elements().difference(near).length,
          armeniaEdges: armenia.connectedEdges().map((e) => e.id()),
          dated: cy
            .edges()
            .filter((e) => typeof (e.data('edge') as { properties: Record<string, unknown> }).properties.validFrom === 'string')
            .map((e) => String(e.style('label') || e.data('caption'))),
        };
      });
    const before = await state();
    // The first view has more relationships than fit captioned: all quiet.
    expect(before.visibleEdges).toBeGreaterThan(40);
    expect(before.quiet).toBe(before.visibleEdges);
    expect(before.labelled).toEqual([]);
    // Dated relationships carry their dates in their caption.
    expect(before.dated.length).toBeGreaterThan(0);
    expect(before.dated.every((c) => /· (since |until )?\d{4}/.test(c))).toBe(true);

    const pos = await nodeOnScreen(page, 'Armenia');
    await page.mouse.move(pos.x, pos.y);
    await eventually(async () => {
      const s = await state();
      expect(s.nearLit).toBe(s.near);
      expect(s.farFaded).toBe(s.far);
      expect(s.labelled.sort()).toEqual(s.armeniaEdges.sort());
    });
    await screenshot(page, 'hover-neighbourhood');
    await page.mouse.move(5, 300);
    await eventually(async () => {
      const s = await state();
      expect(s.nearLit + s.farFaded).toBe(0);
      expect(s.labelled).toEqual([]);
    });
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
