/** An expansion joins the canvas as Neo4j Browser's does: new nodes come with their relationships to what is there, the view fits, and Details counts follow. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, type ExplorerWindow, idle, nodeOnScreen, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

const canvas = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as ExplorerWindow).__explorer.cy;
    const ext = cy.extent();
    return {
      nodes: cy.nodes().map((n) => n.id()),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      outside: cy
        .nodes(':visible')
        .filter((n) => {
          const p = n.position();
          return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
        })
        .map((n) => n.id()),
    };
  });

/** The "n of m shown" of each relationship group in Details. */
const groupCounts = (page: Page) =>
  page.locator('#panel-details .rel-head').evaluateAll((heads) =>
    heads.map((h) => {
      const m = /(\d+) of (\d+) shown/.exec(h.textContent ?? '');
      return m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
    }),
  );

describe('expanding a node', { timeout: 180_000 }, () => {
  it('brings the relationships between the new nodes and the canvas, fits the view, and keeps Details true', async () => {
    const t = await app.open();
    const { page } = t;
    const pos = await nodeOnScreen(page, 'Armenia');
    await page.mouse.click(pos.x, pos.y);
    await page.locator('#panel-details .rel-head').first().waitFor();
    await eventually(async () => expect((await groupCounts(page)).some(([a, b]) => a! < b!)).toBe(true));
    const before = await canvas(page);
    const armenia = await page.evaluate(() => (window as unknown as ExplorerWindow).__explorer.cy.$(':selected').id());

    await page.click('#panel-details button:text("Expand all")');
    await idle(page);
    const after = await canvas(page);
    const fresh = after.nodes.filter((id) => !before.nodes.includes(id));
    expect(fresh.length).toBeGreaterThan(0);

    // Every relationship the database has between a new node and a node on the canvas is drawn.
    const expected = await page.evaluate(
      async ({ nodes, among }) => {
        const res = await fetch('/api/relationships/among', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ nodes, among }),
        });
        return ((await res.json()) as { edges: { id: string; source: string; target: string }[] }).edges;
      },
      { nodes: fresh, among: after.nodes },
    );
    const drawn = new Set(after.edges.map((e) => e.id));
    expect(expected.filter((e) => !drawn.has(e.id))).toEqual([]);
    // Some of them do not touch Armenia: only the second request could have brought them.
    expect(expected.filter((e) => e.source !== armenia && e.target !== armenia).length).toBeGreaterThan(0);
    // The view includes every node the expansion added (once the fit's animation has run).
    await eventually(async () => expect((await canvas(page)).outside.filter((id) => fresh.includes(id))).toEqual([]));

    // Details follows: after "Expand all", every group of Armenia's relationships is fully shown.
    await eventually(async () => {
      const counts = await groupCounts(page);
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.every(([a, b]) => a === b)).toBe(true);
    });
    await screenshot(page, 'expand-connects');

    // And follows an undo back.
    await page.keyboard.press('Control+z');
    await idle(page);
    expect((await canvas(page)).nodes.length).toBe(before.nodes.length);
    await eventually(async () => expect((await groupCounts(page)).some(([a, b]) => a! < b!)).toBe(true));
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
