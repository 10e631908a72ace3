/**
 * Rendering in headless Chromium (Debian's, never a downloaded browser): for each scene size
 * and renderer (2D canvas, Cytoscape's WebGL mode), time to the first stable frame, layout
 * time and frame times while panning and zooming. Each run gets a fresh page.
 */
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { stylesheet } from '../../client/graph/stylesheet.ts';
import { LARGE_SCENE, fcoseQuality } from '../../client/graph/scene-thresholds.ts';
import type { Logger } from '../../server/logger.ts';
import { latency, summarize } from '../api/stats.ts';
import { sceneElements } from './elements.ts';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from '../../test/helpers/chromium-args.ts';
import { runInPage, type PageRunOutput } from './in-page.ts';

const modules = resolve(import.meta.dirname, '..', '..', 'node_modules');
const SCRIPTS = [
  'cytoscape/dist/cytoscape.min.js',
  'layout-base/layout-base.js',
  'cose-base/cose-base.js',
  'cytoscape-fcose/cytoscape-fcose.js',
];

/** The browser tests' flags, plus software WebGL so the WebGL renderer can run at all. */
export const CHROMIUM_ARGS = [...BASE_CHROMIUM_ARGS, '--enable-unsafe-swiftshader'];

/** fcose where it finishes in seconds; the cheap layouts beyond that, as the app would. */
export const layoutFor = (elements: number) => (elements <= 5_000 ? 'fcose' : elements <= 20_000 ? 'concentric' : 'grid');

/** A scene's layout with the options it ran with: fcose before the page's change, or as the page runs it now. */
interface LayoutChoice {
  name: string;
  label: string;
  options: Record<string, unknown>;
}

const BEFORE: Record<string, unknown> = { quality: 'default' };

function layoutChoices(elements: unknown[]): LayoutChoice[] {
  const name = layoutFor(elements.length);
  if (name !== 'fcose') return [{ name, label: name, options: {} }];
  const nodes = (elements as { group: string }[]).filter((e) => e.group === 'nodes').length;
  const page = fcoseQuality(nodes, false);
  // Both when the page's choice differs from fcose's default, so the change is measured in one run.
  return page.quality === 'default'
    ? [{ name, label: 'fcose', options: page }]
    : [
        { name, label: 'fcose default (before)', options: BEFORE },
        { name, label: `fcose ${page.quality} (the page now)`, options: page },
      ];
}

export interface RenderResult {
  elements: number;
  requested: 'canvas' | 'webgl';
  ran: string[];
  gpu: string;
  layout: string;
  runs: number;
  firstStableFrameMs: ReturnType<typeof summarize>;
  layoutMs: ReturnType<typeof summarize>;
  frameMs: ReturnType<typeof latency>;
  fps: number;
  /** Delay of pointer input dispatched while the layout ran (measured when the layout runs in a worker). */
  inputDuringLayoutMs?: ReturnType<typeof latency>;
}

async function once(browser: Browser, elements: unknown[], layout: LayoutChoice, webgl: boolean, frames: number): Promise<PageRunOutput> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.setContent(
      '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>',
    );
    for (const s of SCRIPTS) await page.addScriptTag({ path: join(modules, s) });
    // tsx compiles with esbuild's keepNames, whose __name helper the serialised function calls.
    await page.evaluate('window.__name = (f) => f');
    await page.evaluate(() => {
      const g = window as unknown as { cytoscape: { use(ext: unknown): void }; cytoscapeFcose: unknown };
      g.cytoscape.use(g.cytoscapeFcose);
    });
    const input = {
      elements,
      style: stylesheet('light'),
      layout: layout.name,
      layoutOptions: layout.options,
      webgl,
      large: elements.length > LARGE_SCENE,
      frames,
      maxMs: 5000,
    };
    return await page.evaluate(runInPage, input);
  } finally {
    await page.close();
  }
}

export async function measureRendering(
  sizes: number[],
  o: { reps: (size: number) => number; frames: number; log: Logger },
): Promise<RenderResult[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: RenderResult[] = [];
  try {
    for (const size of sizes) {
      const elements = sceneElements(size);
      const choices = layoutChoices(elements);
      // WebGL runs the layout as before only: its frame times are what the page used to switch to.
      const runs = [
        ...choices.map((layout) => ({ layout, requested: 'canvas' as const })),
        { layout: choices[0]!, requested: 'webgl' as const },
      ];
      for (const { layout, requested } of runs) {
        const outs: PageRunOutput[] = [];
        for (let i = 0; i < o.reps(size); i++) outs.push(await once(browser, elements, layout, requested === 'webgl', o.frames));
        const frames = latency(outs.flatMap((x) => x.frameMs));
        const r: RenderResult = {
          elements: size,
          requested,
          ran: [...new Set(outs.map((x) => x.renderer))],
          gpu: outs[0]!.gpu,
          layout: layout.label,
          runs: outs.length,
          firstStableFrameMs: summarize(outs.map((x) => x.firstStableFrameMs)),
          layoutMs: summarize(outs.map((x) => x.layoutMs)),
          frameMs: frames,
          fps: Math.round(10000 / frames.p50) / 10,
        };
        o.log.info(
          {
            phase: 'render',
            elements: size,
            requested,
            layout: r.layout,
            ran: r.ran,
            firstFrame: r.firstStableFrameMs.median,
            frameP50: frames.p50,
          },
          'render measured',
        );
        results.push(r);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
