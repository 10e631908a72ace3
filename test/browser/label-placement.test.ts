/**
 * Captions that do not collide: in a dense scene, once a pan or zoom has come to rest, no two
 * captions drawn on the canvas overlap (boxes read from the page), and a caption left out comes
 * back when its node is hovered or selected.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, type ExplorerWindow, idle, screenshot, useBrowserApp } from '../helpers/browser.ts';

// A busy machine is slow, not wrong: queries may take their time (the database wait is the test helper's 60 s).
const app = useBrowserApp({ QUERY_TIMEOUT_MS: '60000' });

interface DrawnLabel {
  id: string;
  caption: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The captions Cytoscape draws right now (non-empty, not transparent, inside the canvas), in screen pixels. */
function drawnLabels(page: Page, withCrowded = false): Promise<DrawnLabel[]> {
  return page.evaluate((all) => {
    const cy = (window as unknown as ExplorerWindow).__explorer.cy;
    const [w, h] = [cy.width(), cy.height()];
    return cy
      .nodes(':visible')
      .filter((n) => String(n.style('label')) !== '' && (all || Number(n.style('text-opacity')) > 0))
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
        return { id: n.id(), caption: String(n.style('label')), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      })
      .filter((b) => b.x2 > 0 && b.x1 < w && b.y2 > 0 && b.y1 < h);
  }, withCrowded);
}

function overlappingPairs(labels: DrawnLabel[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i]!, labels[j]!];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.caption} × ${b.caption}`);
    }
  return pairs;
}

describe('caption placement', { timeout: 400_000 }, () => {
  it('leaves out colliding captions in a dense scene, and brings one back on hover and selection', async () => {
    const t = await app.open();
    const { page } = t;
    // A dense scene: expand the most connected nodes, then squeeze the drawing to a third of its size.
    const hubs = await page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).__explorer.cy;
      return cy
        .nodes()
        .sort((a, b) => b.degree(false) - a.degree(false))
        .slice(0, 2)
        .map((n) => n.id());
    });
    expect(hubs).toHaveLength(2);
    for (const id of hubs) {
      // A block body: `emit` returns the element, and Playwright would serialise the whole
      // Cytoscape object graph behind it as the result (13 s and 2.7 GB of the page's heap; on CI it crashed the tab).
      await page.evaluate((nodeId) => {
        (window as unknown as ExplorerWindow).__explorer.cy.getElementById(nodeId).emit('dbltap');
      }, id);
      await idle(page);
    }
    await page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).__explorer.cy;
      const c = cy.nodes().boundingBox({});
      const [cx, cy0] = [(c.x1 + c.x2) / 2, (c.y1 + c.y2) / 2];
      cy.nodes().positions((n) => ({ x: cx + (n.position('x') - cx) * 0.3, y: cy0 + (n.position('y') - cy0) * 0.3 }));
    });
    await page.waitForTimeout(300);
    // Every caption, drawn or left out: in this squeezed scene many collide.
    const before = await drawnLabels(page, true);
    await screenshot(page, 'labels-dense-before');

    // A wheel turn (zoom) ends: captions are placed again.
    const box = (await page.locator('#cy').boundingBox())!;
    // Over empty canvas (right of the squeezed scene, below the overview card), so no node is hovered.
    await page.mouse.move(box.x + box.width - 40, box.y + box.height * 0.62);
    await page.mouse.wheel(0, -1);
    let after: DrawnLabel[] = [];
    await eventually(async () => {
      after = await drawnLabels(page);
      expect(overlappingPairs(after)).toEqual([]);
    });
    await screenshot(page, 'labels-dense-after');
    // The squeezed scene's captions do collide (so the check above can fail), and placement kept many of them.
    expect(overlappingPairs(before).length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(5);

    // A caption left out comes back when its node is hovered, and while it is selected.
    const crowded = await page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).__explorer.cy;
      const [w, h] = [cy.width(), cy.height()];
      const n = cy.nodes('.label-crowded').filter((x) => {
        const p = x.renderedPosition();
        // Clear of the canvas's edges and of every other node, so the pointer lands on this one.
        const clear = cy
          .nodes()
          .not(x)
          .toArray()
          .every((o) => {
            const b = o.renderedBoundingBox({ includeLabels: false });
            return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4;
          });
        // Not under the legend, the overview card or a toast: the pointer must reach the canvas there.
        const r = cy.container()!.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + p.x, r.top + p.y);
        const onCanvas = top !== null && cy.container()!.contains(top);
        return clear && onCanvas && p.x > 80 && p.x < w - 80 && p.y > 80 && p.y < h - 80;
      })[0];
      if (!n) return null;
      const p = n.renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { id: n.id(), x: r.left + p.x, y: r.top + p.y };
    });
    expect(crowded).not.toBeNull();
    const textOpacity = (id: string) =>
      page.evaluate(
        (nodeId) => Number((window as unknown as ExplorerWindow).__explorer.cy.getElementById(nodeId).style('text-opacity')),
        id,
      );
    expect(await textOpacity(crowded!.id)).toBe(0);
    await page.mouse.move(crowded!.x, crowded!.y);
    await eventually(async () => expect(await textOpacity(crowded!.id)).toBe(1));
    await screenshot(page, 'labels-dense-hover');
    await page.mouse.click(crowded!.x, crowded!.y);
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await eventually(async () => expect(await textOpacity(crowded!.id)).toBe(1));
    // With it selected, the captions it now covers give way to it.
    await eventually(async () => {
      const labels = await drawnLabels(page);
      expect(labels.map((l) => l.id)).toContain(crowded!.id);
      expect(overlappingPairs(labels)).toEqual([]);
    });
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
