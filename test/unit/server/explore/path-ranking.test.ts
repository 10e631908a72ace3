/** The path ranking: each part on its own, how they add up, and the order they give. */
import { describe, expect, it } from 'vitest';
import { endedBefore, hubPenalty, independentSources, rankPaths, scorePath } from '../../../../server/explore/path-ranking.ts';

const hop = (sources = 1, ended = false) => ({ sources, ended });

describe('independentSources', () => {
  it('is the evidence’s corroboration count (reprints and repeated words counted once there), 0 without evidence', () => {
    const evidence = { independentSources: 2, claims: 3, denials: 0, confidence: 0.5, level: 'tentative' as const, sources: [] };
    expect(independentSources({ evidence })).toBe(2);
    expect(independentSources({})).toBe(0);
  });
});

describe('scorePath', () => {
  it('adds one per hop, less for better-sourced hops, more for ended ones and hubs passed through', () => {
    const s = scorePath({ hops: [hop(1), hop(3, true)], innerDegrees: [1000] });
    expect(s).toEqual({ hops: 2, evidence: 0.375, ended: 0.5, hubs: 1, total: 3.875 });
  });

  it('charges nothing for ordinary degrees and grows with each tenfold beyond', () => {
    expect(hubPenalty(10)).toBe(0);
    expect(hubPenalty(100)).toBeCloseTo(0.5);
    expect(hubPenalty(10_000)).toBeCloseTo(1.5);
  });
});

describe('rankPaths', () => {
  const p = (name: string, hops: ReturnType<typeof hop>[], innerDegrees: number[] = []) => ({
    name,
    score: scorePath({ hops, innerDegrees }),
  });

  it('puts fewer hops, more sources, current and hub-free paths first; ties keep their order', () => {
    const ranked = rankPaths([
      p('through a hub', [hop(), hop()], [5000]),
      p('ended', [hop(), hop(1, true)], [3]),
      p('plain', [hop(), hop()], [3]),
      p('plain twin', [hop(), hop()], [4]),
      p('well sourced', [hop(3), hop(2)], [3]),
      p('one hop', [hop(0)]),
    ]);
    expect(ranked.map((r) => r.name)).toEqual(['one hop', 'well sourced', 'plain', 'plain twin', 'ended', 'through a hub']);
  });

  it('a huge hub costs more than a detour of one hop through ordinary nodes', () => {
    const ranked = rankPaths([p('hub', [hop(), hop()], [100_000]), p('detour', [hop(), hop(), hop()], [5, 5])]);
    expect(ranked[0]!.name).toBe('detour');
  });
});

describe('endedBefore', () => {
  it('judges a validTo before the day; a point event or an open end is not ended', () => {
    expect(endedBefore({ validTo: '1997-12-31' }, '2010-01-01')).toBe(true);
    expect(endedBefore({ validTo: '2012-12-31' }, '2010-01-01')).toBe(false);
    expect(endedBefore({ date: '1997-01-01' }, '2010-01-01')).toBe(false);
    expect(endedBefore({ validTo: 'soon' }, '2010-01-01')).toBe(false);
  });
});
