/** The JSON report of one `npm run bench` (bench/results/latest.json). */
import type { WorkloadComparison } from '../api/compare.ts';
import type { GrowthPoint } from '../api/growth.ts';
import type { LoadResult } from '../load/target.ts';
import type { ProfiledRequest } from '../profile/typical.ts';
import type { SustainedResult } from '../profile/sustained.ts';
import type { RenderResult } from '../render/measure.ts';
import type { BenchSummary } from './summary.ts';

export interface SizeLoad {
  size: number;
  nodes: number;
  relationships: number;
  results: LoadResult[];
  /** Each method's time over the batched import's (higher = slower than ours). */
  timeVsBatched: Record<string, number>;
  csvWriteMs?: number;
}

export interface BenchReport {
  startedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverageAtStart: number[] };
  neo4j: { version: string; heap: string; pageCache: string };
  sizes: number[];
  quick: boolean;
  load: SizeLoad[];
  degrees: { size: number; hub: number; typicalMedian: number }[];
  /** How long Neo4j took to fall quiet after each import before the API and growth phases (bench/settle.ts); absent in older reports. */
  settle?: { size: number; settled: boolean; waitedSeconds: number }[];
  api?: { size: number; connections: number; durationMs: number; reps: number; workloads: WorkloadComparison[] };
  growth: GrowthPoint[];
  render: RenderResult[];
  profile?: { size: number; sustained: SustainedResult; requests: ProfiledRequest[] };
  seed?: import('../seed.ts').SeedBench;
  phaseSeconds: Record<string, number>;
  totalSeconds: number;
  /** The headline figures with their targets (bench/report/summary.ts); absent in reports older than it. */
  summary?: BenchSummary;
}
