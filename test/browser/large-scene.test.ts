/**
 * A large scene through the page's own path (explorer.replaceGraph → runLayout): the layout goes
 * to the layout worker while the page's own tasks keep running, every node gets its place, and
 * the core carries the huge tier's levers (render-levers.ts). The screenshot is of the laid-out scene.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { eventually, screenshotDir, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

describe('a large scene', { timeout: 600_000 }, () => {
  it('is laid out in the worker while the page answers, and drawn with the huge tier levers', async () => {
    const t = await app.open();
    const { page } = t;
    const out = await page.evaluate(async () => {
      // Every job the page posts to a worker (its layout worker exists already: the page warms it at start).
      const jobs: { nodes: number; edges: number }[] = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const job = (message as { job?: { nodes: unknown[]; edges: unknown[] } }).job;
        if (job) jobs.push({ nodes: job.nodes.length, edges: job.edges.length });
        (post as (this: Worker, ...a: unknown[]) => void).call(this, message, ...rest);
      } as typeof post;
      const nodes = Array.from({ length: 3000 }, (_, i) => ({
        id: `big-${i}`,
        labels: [['Person', 'Organization', 'Country'][i % 3]!],
        caption: `Entity ${i}`,
        properties: {},
      }));
      const edges = Array.from({ length: 6000 }, (_, i) => ({
        id: `big-e${i}`,
        type: 'LINKED_TO',
        source: `big-${i % 3000}`,
        // Skewed targets make hubs, as real scenes have.
        target: `big-${Math.floor(Math.pow((i * 7919) % 3000, 2) / 3000)}`,
        properties: {},
      })).filter((e) => e.source !== e.target);
      type Explorer = { cy: import('cytoscape').Core; replaceGraph(g: unknown): Promise<unknown> };
      const explorer = (window as unknown as { __explorer: Explorer }).__explorer;
      let ticks = 0;
      let laidOut = false;
      const tick = () => {
        if (laidOut) return;
        ticks++;
        setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      await explorer.replaceGraph({ nodes, edges });
      laidOut = true;
      const cy = explorer.cy;
      const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      const positions = cy.nodes().map((n) => n.position());
      const edge = cy.edges()[0]!;
      return {
        jobs,
        ticks,
        nodes: cy.nodes().length,
        distinct: new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size,
        finite: positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
        textureOnViewport: renderer.textureOnViewport,
        hideEdgesOnViewport: renderer.hideEdgesOnViewport,
        curve: edge.style('curve-style'),
        minZoomedFont: cy.nodes()[0]!.style('min-zoomed-font-size'),
      };
    });
    // Drawing 9,000 elements on a busy machine's software canvas can take longer than the helper's default wait.
    await page.screenshot({ path: join(screenshotDir, 'large-scene-after-layout.png'), timeout: 180_000 });
    // The layout went to the worker, with the whole scene.
    expect(out.jobs).toHaveLength(1);
    expect(out.jobs[0]!.nodes).toBe(3000);
    // The page's own tasks ran while the worker laid the scene out.
    expect(out.ticks).toBeGreaterThan(0);
    // Every node got a place; draft fcose (its spectral step) puts structurally alike nodes together, the rest spread out.
    expect(out.nodes).toBe(3000);
    expect(out.finite).toBe(true);
    expect(out.distinct).toBeGreaterThan(1000);
    // The huge tier's levers: cached texture and no edges while moving, haystack edges, no tiny labels.
    expect(out).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true, curve: 'haystack', minZoomedFont: '9px' });
    // Nothing left outside the viewport after the fit.
    await eventually(async () => {
      const inView = await page.evaluate(() => {
        const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
        const ext = cy.extent();
        const bb = cy.nodes().boundingBox({});
        return bb.x1 >= ext.x1 - 1 && bb.x2 <= ext.x2 + 1 && bb.y1 >= ext.y1 - 1 && bb.y2 <= ext.y2 + 1;
      });
      expect(inView).toBe(true);
    });
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('sends a scene too large to animate to the worker, each node sized with its label as fcose on the page counts it', async () => {
    const t = await app.open();
    const { page } = t;
    const out = await page.evaluate(async () => {
      const jobs: { id: string; w: number }[][] = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const job = (message as { job?: { nodes: { id: string; w: number }[] } }).job;
        if (job) jobs.push(job.nodes.map((n) => ({ id: n.id, w: n.w })));
        (post as (this: Worker, ...a: unknown[]) => void).call(this, message, ...rest);
      } as typeof post;
      // 300 nodes: past the 250 where layouts stop animating, far below the large tier's 1,500 elements.
      const nodes = Array.from({ length: 300 }, (_, i) => ({
        id: `mid-${i}`,
        labels: [['Person', 'Organization', 'Country'][i % 3]!],
        caption: `A fairly long caption ${i}`,
        properties: {},
      }));
      const edges = Array.from({ length: 400 }, (_, i) => ({
        id: `mid-e${i}`,
        type: 'LINKED_TO',
        source: `mid-${i % 300}`,
        target: `mid-${(i * 37 + 11) % 300}`,
        properties: {},
      })).filter((e) => e.source !== e.target);
      type Explorer = { cy: import('cytoscape').Core; replaceGraph(g: unknown): Promise<unknown> };
      const explorer = (window as unknown as { __explorer: Explorer }).__explorer;
      await explorer.replaceGraph({ nodes, edges });
      const cy = explorer.cy;
      const sent = jobs[0] ?? [];
      return {
        jobs: jobs.length,
        sent: sent.length,
        // How many nodes went with a box wider than the node itself: the label's width counted.
        wider: sent.filter((n) => n.w > cy.getElementById(n.id).outerWidth() + 1).length,
        distinct: new Set(cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`)).size,
      };
    });
    await page.screenshot({ path: join(screenshotDir, 'mid-scene-worker-layout.png'), timeout: 180_000 });
    expect(out).toMatchObject({ jobs: 1, sent: 300, distinct: 300 });
    // Every caption is wider than its node here: each box carries it.
    expect(out.wider).toBe(300);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
