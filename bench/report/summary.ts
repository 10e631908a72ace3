/**
 * The headline figures of a bench report, each with its target and whether it is met: the
 * `summary` object of bench/results/latest.json, from which the README's and docs/benchmarks.md's
 * tables are generated (scripts/bench-tables.ts). A figure the run did not measure (a partial
 * run, or a phase that failed) has value null and met null: never a guess.
 */
import { sizeLabel } from '../generate.ts';
import type { BenchReport } from './types.ts';

export interface SummaryFigure {
  /** What is measured, in a few words. */
  label: string;
  value: number | null;
  unit: 'ratio' | 'ms';
  /** 'atLeast': value ≥ target meets it; 'atMost': value ≤ target. */
  direction: 'atLeast' | 'atMost';
  target: number;
  met: boolean | null;
  /** Where in the run the figure comes from (graph or scene size, baseline). */
  source: string;
}

export type BenchSummary = Record<string, SummaryFigure>;

const round = (x: number) => Math.round(x * 100) / 100;

function figure(f: Omit<SummaryFigure, 'met' | 'value'> & { value: number | null | undefined }): SummaryFigure {
  const value = f.value === undefined || f.value === null || !Number.isFinite(f.value) ? null : round(f.value);
  const met = value === null ? null : f.direction === 'atLeast' ? value >= f.target : value <= f.target;
  return { ...f, value, met };
}

/** Our throughput over the bare driver's for one API workload (median of the repetitions). */
function apiRatio(r: BenchReport, prefix: string): number | undefined {
  const w = r.api?.workloads.find((x) => x.workload.startsWith(prefix));
  return w?.systems.find((s) => s.system === 'ours')?.vsDriver?.rps;
}

/** The canvas row the page runs for a scene size: "(the page now)" when the bench measured a before and after. */
function canvasRow(r: BenchReport, elements: number) {
  const rows = r.render.filter((x) => x.elements === elements && x.requested === 'canvas' && x.levers !== 'before');
  return rows.find((x) => x.layout.endsWith('(the page now)')) ?? rows.find((x) => !x.layout.endsWith('(before)'));
}

/** LOAD CSV's time over our bulk import's on the same data into a fresh database (≥ 1: ours is as fast). */
function importRatio(load: BenchReport['load'][number]): number | undefined {
  const csv = load.results.find((x) => x.method.startsWith('LOAD CSV'));
  const ours = load.results.find((x) => !x.method.startsWith('LOAD CSV') && !x.extrapolated);
  return csv && ours ? csv.ms / ours.ms : undefined;
}

export function benchSummary(r: BenchReport): BenchSummary {
  const apiSize = r.api ? `${sizeLabel(r.api.size)} graph, ${r.api.connections} connections, × the bare driver` : 'not measured';
  const s: BenchSummary = {
    cypherVsDriver: figure({
      label: 'ad-hoc Cypher (POST /api/cypher), req/s',
      value: apiRatio(r, 'POST /api/cypher'),
      unit: 'ratio',
      direction: 'atLeast',
      target: 0.8,
      source: apiSize,
    }),
    expansionVsDriver: figure({
      label: 'one-hop expansion of a typical node, req/s',
      value: apiRatio(r, 'neighbors (typical'),
      unit: 'ratio',
      direction: 'atLeast',
      target: 0.85,
      source: apiSize,
    }),
    searchVsDriver: figure({
      label: 'search, req/s',
      value: apiRatio(r, 'search'),
      unit: 'ratio',
      direction: 'atLeast',
      target: 0.8,
      source: apiSize,
    }),
    pathsVsDriver: figure({
      label: 'shortest paths ≤4 hops, req/s',
      value: apiRatio(r, 'paths'),
      unit: 'ratio',
      direction: 'atLeast',
      target: 0.85,
      source: apiSize,
    }),
  };
  // Issue 13's bound: every path request on the largest graph answered in time, at p95 ≤ 1 s.
  const ourPaths = r.api?.workloads.find((x) => x.workload.startsWith('paths'))?.systems.find((x) => x.system === 'ours');
  s.pathsP95 = figure({
    label: 'shortest paths ≤4 hops, our p95 latency (median of the repetitions)',
    value: ourPaths?.p95.median,
    unit: 'ms',
    direction: 'atMost',
    target: 1000,
    source: ourPaths
      ? `${sizeLabel(r.api!.size)} graph, ${r.api!.connections} connections; ${ourPaths.errors} failed or timed-out requests`
      : 'not measured',
  });
  for (const load of r.load) {
    s[`importVsLoadCsv${sizeLabel(load.size)}`] = figure({
      label: `bulk import into a fresh database, ${sizeLabel(load.size)} nodes (LOAD CSV's time over ours)`,
      value: importRatio(load),
      unit: 'ratio',
      direction: 'atLeast',
      target: 1,
      source: `${sizeLabel(load.size)} graph, × LOAD CSV on the same data`,
    });
  }
  const pan = canvasRow(r, 20_000);
  s.render20kPanFrameP95 = figure({
    label: '20k elements, frame time while the user drags and wheels, p95',
    // Reports older than the input measurement timed programmatic pans only.
    value: pan ? (pan.inputFrameMs ?? pan.frameMs).p95 : undefined,
    unit: 'ms',
    direction: 'atMost',
    target: 33,
    source: pan ? `headless Chromium, canvas, ${pan.layout}` : 'not measured',
  });
  const first = canvasRow(r, 5_000);
  s.render5kFirstStableFrame = figure({
    label: '5k elements, data → first stable frame',
    value: first?.firstStableFrameMs.median,
    unit: 'ms',
    direction: 'atMost',
    target: 1000,
    source: first ? `headless Chromium, canvas, ${first.layout}` : 'not measured',
  });
  // The largest scene the page lays out in its worker: the longest layout an input must get through.
  const input = r.render.filter((x) => x.worker && x.inputDuringLayoutMs !== undefined).at(-1);
  // The longest wait, not a percentile: one long task (building the job, the first draw, applying
  // the positions) is one late probe among hundreds on time, and it is the freeze a user feels.
  s.renderInputDuringLayout = figure({
    label: 'main-thread delay while a layout runs (what an input waits), longest',
    value: input?.inputDuringLayoutMs?.max,
    unit: 'ms',
    direction: 'atMost',
    target: 100,
    source: input ? `headless Chromium, ${input.elements.toLocaleString('en-US')} elements, ${input.layout}` : 'not measured',
  });
  return s;
}
