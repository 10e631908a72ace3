/**
 * Latency in fixed 1 ms buckets up to 60 s: constant memory however long a run lasts, so the
 * load generator does not grow the heap whose flatness the same process is measuring.
 */
const BUCKETS = 60_000;

export class Histogram {
  private readonly counts = new Uint32Array(BUCKETS + 1);
  count = 0;
  max = 0;

  record(ms: number): void {
    this.counts[Math.min(BUCKETS, Math.max(0, Math.round(ms)))]! += 1;
    this.count += 1;
    if (ms > this.max) this.max = ms;
  }

  /** The latency (ms, to the bucket) at or below which `p` percent of answers came. */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const want = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let ms = 0; ms <= BUCKETS; ms++) {
      seen += this.counts[ms]!;
      if (seen >= want) return ms;
    }
    return BUCKETS;
  }

  summary(): LatencySummary {
    return { p50: this.percentile(50), p95: this.percentile(95), p99: this.percentile(99), max: Math.round(this.max) };
  }
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}
