/** The wait for a quiet Neo4j, on a stand-in clock: it waits out busy windows, resets on a busy one, and gives up at its bound. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/logger.ts';
import { settleNeo4j, type SettleClock } from '../../../bench/settle.ts';

const log = createLogger('silent');
const options = { idleShare: 0.1, windows: 3, windowMs: 1000, maxMs: 20_000, logEveryMs: 5000 };

/** A process that uses the given share of a core in each successive window (the last share repeats). */
function fakeClock(shares: number[]): SettleClock {
  let now = 0;
  let cpu = 0;
  let window = 0;
  return {
    cpuMs: () => cpu,
    now: () => now,
    sleep: async (ms) => {
      cpu += ms * (shares[Math.min(window, shares.length - 1)] ?? 0);
      now += ms;
      window++;
    },
  };
}

describe('settleNeo4j', () => {
  it('returns after the given number of quiet windows in a row, a busy window starting the count again', async () => {
    const r = await settleNeo4j(fakeClock([1.7, 0.9, 0.05, 0.05, 0.5, 0.02]), log, options);
    expect(r.settled).toBe(true);
    expect(r.shares).toEqual([1.7, 0.9, 0.05, 0.05, 0.5, 0.02, 0.02, 0.02]);
    expect(r.waitedMs).toBe(8000);
  });

  it('gives up at its bound and says it did not settle', async () => {
    const r = await settleNeo4j(fakeClock([1]), log, options);
    expect(r.settled).toBe(false);
    expect(r.waitedMs).toBe(20_000);
    expect(r.shares).toHaveLength(20);
  });
});
