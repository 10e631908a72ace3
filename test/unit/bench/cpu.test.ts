/** CPU per request from two snapshots of processes' CPU times: the arithmetic, and what it leaves out. */
import { describe, expect, it } from 'vitest';
import { cpuPerRequest, cpuSnapshot } from '../../../bench/cpu.ts';

describe('cpuPerRequest', () => {
  it("divides each process's CPU over the window by the answers counted in it", () => {
    expect(cpuPerRequest({ client: 100, server: 1000, neo4j: 50 }, { client: 940, server: 3520, neo4j: 520 }, 1000)).toEqual({
      client: 0.84,
      server: 2.52,
      neo4j: 0.47,
    });
  });

  it('leaves out a process read at only one end, and gives nothing for a window without answers', () => {
    expect(cpuPerRequest({ client: 0 }, { client: 10, neo4j: 500 }, 10)).toEqual({ client: 1 });
    expect(cpuPerRequest({ client: 0 }, { client: 10 }, 0)).toBeUndefined();
  });
});

describe('cpuSnapshot', () => {
  it('reads this process and a readable pid, and leaves out one that cannot be read', () => {
    const snap = cpuSnapshot({ self: process.pid, gone: 2 ** 22 + 1 });
    expect(snap.client).toBeGreaterThan(0);
    expect(snap.self).toBeGreaterThanOrEqual(0);
    expect(snap).not.toHaveProperty('gone');
  });
});
