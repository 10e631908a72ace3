/** The profile cache's memory of whether the database is built on the ontology: a yes is kept, a no is asked again. */
import { describe, expect, it } from 'vitest';
import { ProfileCache } from '../../../../server/explore/profile-cache.ts';

/** An `ask` that answers from a list in turn and counts its calls. */
function answers(...replies: boolean[]) {
  const ask = async () => {
    ask.calls++;
    return replies[Math.min(ask.calls - 1, replies.length - 1)]!;
  };
  ask.calls = 0;
  return ask;
}

describe('ProfileCache.ontologyApplies', () => {
  it('keeps a yes for its TTL: the database is not asked again', async () => {
    const cache = new ProfileCache({ ttlMs: 60_000 });
    const ask = answers(true, false);
    expect(await cache.ontologyApplies(ask)).toBe(true);
    expect(await cache.ontologyApplies(ask)).toBe(true);
    expect(ask.calls).toBe(1);
  });

  it('asks again after a no, so a graph just imported counts at once', async () => {
    const cache = new ProfileCache({ ttlMs: 60_000 });
    const ask = answers(false, true);
    expect(await cache.ontologyApplies(ask)).toBe(false);
    expect(await cache.ontologyApplies(ask)).toBe(true);
    expect(ask.calls).toBe(2);
  });

  it('asks again once the TTL has passed or the cache is cleared', async () => {
    const expired = new ProfileCache({ ttlMs: 0 });
    const ask = answers(true, false);
    expect(await expired.ontologyApplies(ask)).toBe(true);
    expect(await expired.ontologyApplies(ask)).toBe(false);
    const cleared = new ProfileCache({ ttlMs: 60_000 });
    const again = answers(true, false);
    await cleared.ontologyApplies(again);
    cleared.clear();
    expect(await cleared.ontologyApplies(again)).toBe(false);
  });
});
