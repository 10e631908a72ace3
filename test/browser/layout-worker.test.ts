/**
 * The page's layout worker as Vite builds it, in real Chromium on the real app (its CSP included):
 * a job of a few thousand elements comes back with a position for every node, the pinned one in
 * its place, and the page's own tasks ran while the worker laid the scene out.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../helpers/browser.ts';

const assets = join(resolve(import.meta.dirname, '..', '..'), 'dist', 'client', 'assets');
const app = useBrowserApp();

describe('the layout worker', { timeout: 180_000 }, () => {
  it('lays out a large scene off the main thread and answers every node, the pinned one unmoved', async () => {
    const file = readdirSync(assets).find((f) => /^layout-worker-.*\.js$/.test(f));
    expect(file, 'npm run build makes the worker bundle').toBeDefined();
    const t = await app.open();
    const out = await t.page.evaluate(async (url) => {
      const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30, x: 0, y: 0, pinned: i === 0 }));
      nodes[0] = { ...nodes[0]!, x: 4321, y: -1234 };
      const edges = Array.from({ length: 4000 }, (_, i) => ({ id: `e${i}`, source: `n${i % 2000}`, target: `n${(i * 13 + 7) % 2000}` }));
      const worker = new Worker(url, { type: 'module' });
      let ticks = 0;
      let answered = false;
      const tick = () => {
        if (answered) return;
        ticks++;
        setTimeout(tick, 0);
      };
      const result = new Promise<{ id: number; positions?: Record<string, { x: number; y: number }>; error?: string }>(
        (resolve, reject) => {
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => reject(new Error(e.message));
        },
      );
      worker.postMessage({
        id: 7,
        job: { name: 'fcose', options: { quality: 'draft', randomize: true, nodeRepulsion: 9000, idealEdgeLength: 110 }, nodes, edges },
      });
      setTimeout(tick, 0);
      const data = await result;
      answered = true;
      worker.terminate();
      const positions = Object.values(data.positions ?? {});
      return {
        id: data.id,
        error: data.error,
        count: positions.length,
        finite: positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
        pinned: data.positions?.n0,
        spread: new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size,
        ticks,
      };
    }, `/assets/${file}`);
    expect(out.error).toBeUndefined();
    expect(out).toMatchObject({ id: 7, count: 2000, finite: true, pinned: { x: 4321, y: -1234 } });
    // Moved from the origin where they all started: the layout ran (draft places some nodes together).
    expect(out.spread).toBeGreaterThan(1000);
    // The main thread was free: its own tasks kept running while the worker computed.
    expect(out.ticks).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
    await t.page.context().close();
  });
});
