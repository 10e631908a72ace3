/**
 * Waits for Neo4j to fall quiet before anything is timed against it: whatever it still does on
 * its own after a bulk import (index population past `db.awaitIndexes`, sampling, GC of the
 * import's garbage) would be charged to the first requests timed. Quiet means its CPU below
 * `idleShare` of a core for `windows` consecutive windows; the wait is bounded and says so when
 * it gives up. (At 100k it is quiet within 3 s of the import; the first API round's higher Neo4j
 * CPU per request is the statements' own warm-up, which compare.ts's warm-up round takes.)
 */
import type { Logger } from '../server/logger.ts';
import { processCpuMs } from './cpu.ts';

export interface SettleOptions {
  /** Share of one core below which a window counts as quiet. */
  idleShare: number;
  windows: number;
  windowMs: number;
  maxMs: number;
  /** How often a progress line is logged while waiting. */
  logEveryMs: number;
}

export const SETTLE_DEFAULTS: SettleOptions = { idleShare: 0.1, windows: 3, windowMs: 1000, maxMs: 600_000, logEveryMs: 10_000 };

export interface Settled {
  settled: boolean;
  waitedMs: number;
  /** The share of a core in each window, oldest first. */
  shares: number[];
}

/** What the wait reads and how it waits: the real clock and /proc, or a test's stand-ins. */
export interface SettleClock {
  cpuMs(): number;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const procClock = (pid: number): SettleClock => ({
  cpuMs: () => processCpuMs(pid),
  now: () => performance.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
});

export async function settleNeo4j(clock: SettleClock, log: Logger, o: SettleOptions = SETTLE_DEFAULTS): Promise<Settled> {
  const started = clock.now();
  const shares: number[] = [];
  let quiet = 0;
  let lastLog = started;
  let cpu = clock.cpuMs();
  let at = started;
  while (quiet < o.windows) {
    if (clock.now() - started >= o.maxMs) {
      log.warn(
        { phase: 'settle', waitedMs: Math.round(clock.now() - started), lastShare: shares.at(-1) },
        'Neo4j did not fall quiet: measuring anyway',
      );
      return { settled: false, waitedMs: clock.now() - started, shares };
    }
    await clock.sleep(o.windowMs);
    const nextCpu = clock.cpuMs();
    const nextAt = clock.now();
    const share = Math.round(((nextCpu - cpu) / Math.max(1, nextAt - at)) * 100) / 100;
    shares.push(share);
    quiet = share < o.idleShare ? quiet + 1 : 0;
    [cpu, at] = [nextCpu, nextAt];
    if (nextAt - lastLog >= o.logEveryMs) {
      log.info({ phase: 'settle', waitedMs: Math.round(nextAt - started), share }, 'waiting for Neo4j to fall quiet');
      lastLog = nextAt;
    }
  }
  const waitedMs = clock.now() - started;
  log.info({ phase: 'settle', waitedMs: Math.round(waitedMs), shares }, 'Neo4j is quiet');
  return { settled: true, waitedMs, shares };
}
