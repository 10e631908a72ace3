/** Percentiles and the median/spread of repeated runs. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
    max: r(s.at(-1) ?? NaN),
  };
}

/** The median of repeated runs and their spread as (max - min) / median, in percent. */
export function summarize(xs: number[]): { median: number; min: number; max: number; spreadPct: number } {
  const m = median(xs);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return {
    median: Math.round(m * 100) / 100,
    min: Math.round(min * 100) / 100,
    max: Math.round(max * 100) / 100,
    spreadPct: m ? Math.round((1000 * (max - min)) / m) / 10 : 0,
  };
}
