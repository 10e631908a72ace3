/**
 * The benchmark tables: the README and docs/benchmarks.md hold exactly what the generator makes
 * from bench/results/latest.json, and the summary's verdicts follow the figures of a given
 * report (no timing here: the figures are data).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkloadComparison } from '../../../bench/api/compare.ts';
import type { BenchReport } from '../../../bench/report/types.ts';
import { benchSummary } from '../../../bench/report/summary.ts';
import { DOCUMENTS, LATEST, apiTable, block, rewriteTables, summaryTable } from '../../../scripts/bench-tables.ts';

const latest = JSON.parse(readFileSync(LATEST, 'utf8')) as BenchReport;
const [readme, benchmarksDoc] = DOCUMENTS.map((f) => readFileSync(f, 'utf8')) as [string, string];

const system = (name: 'driver' | 'queryApi' | 'ours', rps: number) => {
  const s = { median: rps, min: rps, max: rps, spreadPct: 0 };
  return { system: name, runs: [], rps: s, p50: s, p95: s, p99: s, errors: 0, vsDriver: { rps: rps / 100, p50: 1, p95: 1, p99: 1 } };
};
const lat = (p95: number) => ({ p50: p95 / 2, p95, p99: p95, mean: p95 / 2, max: p95 });
const spread = (m: number) => ({ median: m, min: m, max: m, spreadPct: 0 });

/** A report with made-up figures: cypher 0.85× (met), expansion 0.8× (not), import 1.2× (met), 20k p95 40 ms (not). */
const given = {
  startedAt: '2026-12-01T00:00:00.000Z',
  command: 'npm run bench -- --sizes=10k',
  machine: { cpus: 2, cpuModel: 'x', memoryGb: 8, node: 'v20', platform: 'linux', loadAverageAtStart: [1, 1, 1] },
  neo4j: { version: '2026.08.1', heap: '2g', pageCache: '1g' },
  sizes: [10_000],
  quick: false,
  load: [
    {
      size: 10_000,
      nodes: 10_000,
      relationships: 50_000,
      results: [
        {
          method: 'ours',
          nodes: 1,
          relationships: 1,
          documents: 0,
          ms: 1000,
          nodesPerSec: 1,
          relationshipsPerSec: 50_000,
          extrapolated: false,
        },
        {
          method: 'LOAD CSV',
          nodes: 1,
          relationships: 1,
          documents: 0,
          ms: 1200,
          nodesPerSec: 1,
          relationshipsPerSec: 41_667,
          extrapolated: false,
        },
      ],
      timeVsBatched: { ours: 1, 'LOAD CSV': 1.2 },
    },
  ],
  degrees: [],
  api: {
    size: 10_000,
    connections: 8,
    durationMs: 3000,
    reps: 3,
    workloads: [
      { workload: 'POST /api/cypher', extra: '', systems: [system('driver', 100), system('ours', 85)] },
      { workload: 'neighbors (typical node)', extra: '', systems: [system('driver', 100), system('ours', 80)] },
    ],
  },
  growth: [],
  render: [
    {
      elements: 20_000,
      requested: 'canvas',
      ran: ['canvas'],
      gpu: 'x',
      layout: 'concentric',
      runs: 1,
      firstStableFrameMs: spread(900),
      layoutMs: spread(100),
      frameMs: lat(40),
      fps: 50,
    },
  ],
  phaseSeconds: {},
  totalSeconds: 1,
} as unknown as BenchReport;

describe('bench summary', () => {
  it('says for each figure whether its target is met, and null where the run did not measure it', () => {
    const s = benchSummary(given);
    expect(s.cypherVsDriver).toMatchObject({ value: 0.85, target: 0.8, met: true });
    expect(s.expansionVsDriver).toMatchObject({ value: 0.8, target: 0.85, met: false });
    expect(s.importVsLoadCsv10k).toMatchObject({ value: 1.2, target: 1, met: true });
    expect(s.render20kPanFrameP95).toMatchObject({ value: 40, target: 33, met: false, direction: 'atMost' });
    expect(s.searchVsDriver).toMatchObject({ value: null, met: null });
    expect(s.render5kFirstStableFrame).toMatchObject({ value: null, met: null });
  });

  it('takes the longest main-thread wait of the largest worker layout, not a percentile that hides one long freeze', () => {
    const worker = {
      ...given.render[0]!,
      elements: 50_000,
      worker: true,
      inputDuringLayoutMs: { p50: 1, p95: 8.6, p99: 20, mean: 40, max: 8475 },
    };
    const s = benchSummary({ ...given, render: [...given.render, worker] });
    expect(s.renderInputDuringLayout).toMatchObject({ value: 8475, target: 100, met: false });
  });

  it('generates a table row per figure with its verdict', () => {
    const table = summaryTable(given);
    expect(table).toContain('| `cypherVsDriver` | ad-hoc Cypher (POST /api/cypher), req/s | 0.85× | ≥ 0.8× | yes |');
    expect(table).toContain(
      '| `render20kPanFrameP95` | 20k elements, frame time while the user drags and wheels, p95 | 40 ms | ≤ 33 ms | **no** |',
    );
    expect(table).toContain('| `searchVsDriver` | search, req/s | not measured | ≥ 0.8× | – |');
  });

  it("shows each system's CPU per request by process where the report has it, and nothing for older reports", () => {
    const [cypher, neighbors] = given.api!.workloads;
    const withCpu: WorkloadComparison = {
      ...cypher!,
      systems: [
        { ...cypher!.systems[0]!, cpuMsPerRequest: { client: 0.84, neo4j: 0.47 } },
        { ...cypher!.systems[1]!, cpuMsPerRequest: { client: 0.56, neo4j: 0.74, server: 2.52 } },
      ],
    };
    const table = apiTable({ ...given, api: { ...given.api!, workloads: [withCpu, neighbors!] } });
    expect(table).toContain(
      '| POST /api/cypher | 1× (p50 100, p95 100; CPU ms/request client 0.84, neo4j 0.47) | – | 0.85× (p50 85, p95 85; CPU ms/request client 0.56, neo4j 0.74, server 2.52) |',
    );
    expect(table).toContain('| neighbors (typical node) | 1× (p50 100, p95 100) | – | 0.8× (p50 80, p95 80) |');
  });

  it('rewrites only what lies between the markers, and refuses a block without its end', () => {
    const text = `before\n${block('summary', latest)}\nafter\n`;
    const next = rewriteTables(text, given);
    expect(next).toBe(`before\n${block('summary', given)}\nafter\n`);
    expect(() => rewriteTables(block('summary', given).split('\n')[0]!, given)).toThrow(/no end marker/);
  });
});

describe('the documents hold the tables generated from bench/results/latest.json', () => {
  it('README: the summary', () => {
    expect(latest.summary).toBeDefined();
    expect(readme).toContain(block('summary', latest));
  });

  it('docs/benchmarks.md: the summary, import and API tables', () => {
    for (const name of ['summary', 'import', 'api'] as const) expect(benchmarksDoc).toContain(block(name, latest));
  });
});
