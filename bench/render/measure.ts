/**
 * Rendering in headless Chromium (Debian's, never a downloaded browser): for each scene size
 * and renderer (2D canvas, Cytoscape's WebGL mode), time to the first stable frame, layout
 * time and frame times while panning and zooming. Each run gets a fresh page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runLayoutJob } from '../../client/graph/layout-job.ts';
import { layoutInWorker, layoutOptions, workerOptions, type LayoutName } from '../../client/graph/layouts.ts';
import { chromium, type Browser } from 'playwright-core';
import { stylesheet } from '../../client/graph/stylesheet.ts';
import { sceneStyle } from '../../client/graph/create-cy.ts';
import { rendererLevers, sceneTier } from '../../client/graph/render-levers.ts';
import { LARGE_SCENE } from '../../client/graph/scene-thresholds.ts';
import type { Logger } from '../../server/logger.ts';
import { latency, summarize } from '../api/stats.ts';
import { onGrid, sceneElements, type SceneElement } from './elements.ts';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from '../../test/helpers/chromium-args.ts';
import { runInPage, startFrames, stopFrames, type PageRunOutput } from './in-page.ts';

const modules = resolve(import.meta.dirname, '..', '..', 'node_modules');
export const SCRIPTS = [
  'cytoscape/dist/cytoscape.min.js',
  'layout-base/layout-base.js',
  'cose-base/cose-base.js',
  'cytoscape-fcose/cytoscape-fcose.js',
];

/** The page's layout worker as one script: the libraries, then runLayoutJob answering each job. */
export const workerSource = () =>
  [
    'self.__name = (f) => f;',
    ...SCRIPTS.map((s) => readFileSync(join(modules, s), 'utf8')),
    'self.cytoscape.use(self.cytoscapeFcose);',
    `const runLayoutJob = ${runLayoutJob.toString()};`,
    'self.onmessage = (e) => { try { const timings = {}; self.postMessage({ positions: runLayoutJob(self.cytoscape, e.data, timings), timings }); } catch (error) { self.postMessage({ error: String(error) }); } };',
    // Loaded and compiled: the page makes its worker when its first view is drawn (warmLayoutWorker).
    'self.postMessage({ ready: true });',
  ].join('\n;\n');

/** The browser tests' flags, plus software WebGL so the WebGL renderer can run at all. */
export const CHROMIUM_ARGS = [...BASE_CHROMIUM_ARGS, '--enable-unsafe-swiftshader'];

/** fcose where it finishes in seconds; the cheap layouts beyond that, as the app would. */
export const layoutFor = (elements: number) => (elements <= 5_000 ? 'fcose' : elements <= 20_000 ? 'concentric' : 'grid');

/** A scene's layout with the options it ran with: fcose before the page's change, or as the page runs it now. */
interface LayoutChoice {
  name: string;
  label: string;
  options: Record<string, unknown>;
  /** The worker's job sizes nodes with their labels, as layoutJob does when the page's options count labels. */
  labelsInSizes?: boolean;
}

/** A run: a layout, the levers, and whether the layout goes to the worker. */
interface Arm {
  layout: LayoutChoice;
  requested: 'canvas' | 'webgl';
  levers: Levers;
  worker: boolean;
  /** The nodes come with their final positions (on a grid) and no layout runs: Cytoscape's own floor. */
  placed?: boolean;
}

/**
 * No layout at all: the scene arrives with its positions, so its first stable frame is only
 * Cytoscape building the scene and drawing it once. No layout can get the page under it.
 */
const FLOOR: LayoutChoice = { name: 'preset', label: 'none, positions given (the floor)', options: {} };

/**
 * The runs for one scene size, in one browser so they compare:
 * - the page now: its layout options (layouts.ts, as plain data the way they travel to the
 *   worker), its levers, its worker where the page uses it (layoutInWorker);
 * - the same on the main thread, where the page uses the worker: what the worker itself costs;
 * - no layout, the positions given: what drawing the scene alone costs (the floor);
 * - the page before the levers and the worker: fcose's default quality on the main thread;
 * - WebGL as before, when asked for.
 */
function arms(elements: SceneElement[], webgl: boolean): Arm[] {
  const name = layoutFor(elements.length) as LayoutName;
  const nodes = elements.filter((e) => e.group === 'nodes').length;
  const config = layoutOptions(name, false, false, nodes);
  const options = workerOptions(config);
  const quality = name === 'fcose' ? ` ${String(options.quality)}` : '';
  const now: LayoutChoice = {
    name,
    label: `${name}${quality} (the page now)`,
    options,
    labelsInSizes: config.nodeDimensionsIncludeLabels === true,
  };
  const before: LayoutChoice = {
    name,
    label: `${name}${name === 'fcose' ? ' default' : ''} (before)`,
    options: name === 'fcose' ? { quality: 'default' } : {},
  };
  const worker = layoutInWorker(name, nodes);
  return [
    { layout: now, requested: 'canvas', levers: 'now', worker },
    { layout: FLOOR, requested: 'canvas', levers: 'now', worker: false, placed: true },
    // concentric's options carry functions on the main thread: only fcose's compare as they are.
    ...(worker && name === 'fcose'
      ? [
          {
            layout: { ...now, label: `${name}${quality}, main thread (no worker)` },
            requested: 'canvas' as const,
            levers: 'now' as const,
            worker: false,
          },
        ]
      : []),
    ...(sceneTier(elements.length) === 'small'
      ? []
      : [{ layout: before, requested: 'canvas' as const, levers: 'before' as const, worker: false }]),
    ...(webgl ? [{ layout: before, requested: 'webgl' as const, levers: 'before' as const, worker: false }] : []),
  ];
}

/**
 * Which renderer options and style rules a run uses: the page's levers now (render-levers.ts),
 * or as the page set them before them (texture and hidden edges past LARGE_SCENE, no style levers).
 */
export type Levers = 'before' | 'now';

export interface RenderResult {
  elements: number;
  requested: 'canvas' | 'webgl';
  /** Absent in reports older than the levers: those ran as 'before'. */
  levers?: Levers;
  /** True when the layout ran in the page's worker (client/graph/layout-job.ts). */
  worker?: boolean;
  ran: string[];
  gpu: string;
  layout: string;
  runs: number;
  firstStableFrameMs: ReturnType<typeof summarize>;
  layoutMs: ReturnType<typeof summarize>;
  frameMs: ReturnType<typeof latency>;
  fps: number;
  /** Frame times while real mouse input drags the scene and wheels the zoom (where the levers act). */
  inputFrameMs?: ReturnType<typeof latency>;
  /** How long a task queued on the main thread waited while the layout ran: the delay an input would see. */
  inputDuringLayoutMs?: ReturnType<typeof latency>;
  /** A worker layout's time, median per part (in-page.ts workerSplit); startupMs is outside firstStableFrameMs, as the page loads its worker early. */
  workerSplitMs?: NonNullable<PageRunOutput['workerSplit']>;
}

function medianSplit(splits: NonNullable<PageRunOutput['workerSplit']>[]): NonNullable<PageRunOutput['workerSplit']> {
  const m = (k: keyof (typeof splits)[number]) => Math.round(summarize(splits.map((x) => x[k])).median);
  return {
    startupMs: m('startupMs'),
    jobMs: m('jobMs'),
    createMs: m('createMs'),
    layoutMs: m('layoutMs'),
    messagesMs: m('messagesMs'),
    applyMs: m('applyMs'),
  };
}

export function leverOptions(levers: Levers, elements: number): { style: unknown; renderer: Record<string, boolean> } {
  if (levers === 'now') return { style: sceneStyle('light', sceneTier(elements)), renderer: rendererLevers(sceneTier(elements)) };
  const large = elements > LARGE_SCENE;
  return { style: stylesheet('light'), renderer: { textureOnViewport: large, hideEdgesOnViewport: large } };
}

/** Real mouse input on the scene: a drag from an empty corner in a circle, then wheel zooms in and out. */
export async function driveInput(page: import('playwright-core').Page): Promise<number[]> {
  await page.evaluate(startFrames);
  await page.mouse.move(12, 12);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(12 + 300 * Math.sin(i / 13), 12 + 200 * (1 - Math.cos(i / 13)));
  await page.mouse.up();
  await page.mouse.move(640, 400);
  for (let i = 0; i < 24; i++) await page.mouse.wheel(0, i < 12 ? -120 : 120);
  await page.waitForTimeout(300);
  return page.evaluate(stopFrames);
}

async function once(
  browser: Browser,
  elements: unknown[],
  layout: LayoutChoice,
  webgl: boolean,
  levers: Levers,
  worker: boolean,
  frames: number,
): Promise<PageRunOutput & { inputFrameMs: number[]; worker: boolean }> {
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
      ...leverOptions(levers, elements.length),
      ...(worker ? { workerSource: workerSource() } : {}),
      layout: layout.name,
      layoutOptions: layout.options,
      labelsInSizes: layout.labelsInSizes ?? false,
      webgl,
      frames,
      maxMs: 5000,
    };
    const out = await page.evaluate(runInPage, input);
    return { ...out, inputFrameMs: await driveInput(page), worker };
  } finally {
    await page.close();
  }
}

export async function measureRendering(
  sizes: number[],
  o: { reps: (size: number) => number; frames: number; log: Logger; webgl: boolean },
): Promise<RenderResult[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: RenderResult[] = [];
  try {
    for (const size of sizes) {
      const elements = sceneElements(size);
      const gridded = onGrid(elements);
      for (const { layout, requested, levers, worker, placed } of arms(elements, o.webgl)) {
        const outs: (PageRunOutput & { inputFrameMs: number[]; worker: boolean })[] = [];
        for (let i = 0; i < o.reps(size); i++)
          outs.push(await once(browser, placed ? gridded : elements, layout, requested === 'webgl', levers, worker, o.frames));
        const frames = latency(outs.flatMap((x) => x.frameMs));
        const r: RenderResult = {
          elements: size,
          requested,
          levers,
          worker: outs[0]!.worker,
          ran: [...new Set(outs.map((x) => x.renderer))],
          gpu: outs[0]!.gpu,
          layout: layout.label,
          runs: outs.length,
          firstStableFrameMs: summarize(outs.map((x) => x.firstStableFrameMs)),
          layoutMs: summarize(outs.map((x) => x.layoutMs)),
          frameMs: frames,
          fps: Math.round(10000 / frames.p50) / 10,
          inputFrameMs: latency(outs.flatMap((x) => x.inputFrameMs)),
          inputDuringLayoutMs: latency(outs.flatMap((x) => x.mainThreadDelayMs)),
          ...(outs[0]!.workerSplit ? { workerSplitMs: medianSplit(outs.map((x) => x.workerSplit!)) } : {}),
        };
        o.log.info(
          {
            phase: 'render',
            elements: size,
            requested,
            levers,
            worker: r.worker,
            layout: r.layout,
            ran: r.ran,
            firstFrame: r.firstStableFrameMs.median,
            frameP95: frames.p95,
            inputFrameP95: r.inputFrameMs!.p95,
            inputDuringLayoutP95: r.inputDuringLayoutMs!.p95,
            workerSplit: r.workerSplitMs,
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
