/**
 * One lever at a time at 20k elements: the frame time while real mouse input drags and wheels
 * (as the render phase of `npm run bench` drives it), for the page's levers (render-levers.ts)
 * and for the same with one lever taken out or one option changed. The scene is placed on a
 * fixed grid (layout is not what this measures), so every variant draws the same picture.
 * `npm run bench:render-levers [-- --elements=20000 --reps=2]`; writes bench/results/render-levers.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { StylesheetJson } from 'cytoscape';
import { stylesheet } from '../client/graph/stylesheet.ts';
import { leverStyle, rendererLevers, sceneTier } from '../client/graph/render-levers.ts';
import { latency } from './api/stats.ts';
import { onGrid, sceneElements } from './render/elements.ts';
import { CHROMIUM_ARGS, SCRIPTS, driveInput } from './render/measure.ts';

const flag = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const elements = flag('elements', 20_000);
const reps = flag('reps', 2);
const modules = resolve(import.meta.dirname, '..', 'node_modules');

const tier = sceneTier(elements);
const page = rendererLevers(tier);
const pageStyle = leverStyle(tier);
const without = (test: (rule: StylesheetJson[number]) => boolean) => pageStyle.filter((r) => !test(r));
const isHaystack = (r: StylesheetJson[number]) => 'style' in r && 'curve-style' in (r.style as object);
const isMinFont = (r: StylesheetJson[number]) => 'style' in r && 'min-zoomed-font-size' in (r.style as object);

/** The variants: the page's levers, then one change each. */
const VARIANTS: { name: string; renderer: Record<string, unknown>; style: StylesheetJson }[] = [
  { name: `the page (${tier} tier)`, renderer: page, style: pageStyle },
  { name: 'no levers at all', renderer: { textureOnViewport: false, hideEdgesOnViewport: false, motionBlur: false }, style: [] },
  { name: 'before: texture + hidden edges only', renderer: { textureOnViewport: true, hideEdgesOnViewport: true }, style: [] },
  { name: 'page without haystack edges', renderer: page, style: without(isHaystack) },
  { name: 'page without hideEdgesOnViewport', renderer: { ...page, hideEdgesOnViewport: false }, style: pageStyle },
  { name: 'page without textureOnViewport', renderer: { ...page, textureOnViewport: false }, style: pageStyle },
  { name: 'page without min-zoomed-font-size', renderer: page, style: without(isMinFont) },
  { name: 'page + motionBlur', renderer: { ...page, motionBlur: true }, style: pageStyle },
  { name: 'page + pixelRatio 1 (explicit)', renderer: { ...page, pixelRatio: 1 }, style: pageStyle },
];

async function variant(p: Page, scene: unknown[], v: (typeof VARIANTS)[number]): Promise<number[]> {
  await p.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>');
  await p.addScriptTag({ path: join(modules, SCRIPTS[0]!) });
  // tsx compiles with esbuild's keepNames, whose __name helper the serialised functions call.
  await p.evaluate('window.__name = (f) => f');
  await p.evaluate(
    ({ scene, renderer, style }) => {
      const w = window as unknown as { cytoscape(o: object): { fit(): void }; __cy: unknown };
      const cy = w.cytoscape({
        container: document.getElementById('cy'),
        elements: scene,
        style,
        layout: { name: 'preset' },
        minZoom: 0.05,
        maxZoom: 4,
        ...renderer,
      });
      cy.fit();
      w.__cy = cy;
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    { scene, renderer: v.renderer, style: [...stylesheet('light'), ...v.style] as unknown[] },
  );
  return driveInput(p);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const scene = onGrid(sceneElements(elements));
const rows: { variant: string; p50: number; p95: number; frames: number }[] = [];
try {
  for (const v of VARIANTS) {
    const frames: number[] = [];
    for (let r = 0; r < reps; r++) {
      const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      frames.push(...(await variant(p, scene, v)));
      await p.close();
    }
    const l = latency(frames);
    rows.push({ variant: v.name, p50: l.p50, p95: l.p95, frames: frames.length });
    process.stdout.write(`${v.name}: p50 ${l.p50} ms, p95 ${l.p95} ms (${frames.length} frames)\n`);
  }
} finally {
  await browser.close();
}
const dir = resolve(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'render-levers.json'), JSON.stringify({ elements, reps, rows }, null, 2) + '\n');
