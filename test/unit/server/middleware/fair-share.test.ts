/** Which requests the fair-share limit covers (the table's `expensive` rows), and the limiter's counting. */
import { describe, expect, it } from 'vitest';
import { endpointRows } from '../../../../contract/endpoints.ts';
import { ConcurrencyLimiter, EXPENSIVE_ROUTES } from '../../../../server/middleware/fair-share.ts';

const covered = (path: string) => EXPENSIVE_ROUTES.some((r) => r.test(path));

describe('fair share', () => {
  it('covers exactly the rows of the endpoint table marked expensive', () => {
    const expensive = endpointRows()
      .filter((e) => e.expensive)
      .map((e) => e.name)
      .sort();
    expect(expensive).toEqual(['connect', 'cypher', 'exportGraph', 'paths']);
    expect(covered('/paths/connect')).toBe(true);
    expect(covered('/paths')).toBe(true);
    expect(covered('/export')).toBe(true);
    expect(covered('/cypher')).toBe(true);
    expect(covered('/search')).toBe(false);
    expect(covered('/paths-and-more')).toBe(false);
    expect(covered('/nodes/4:abc:1/neighbors')).toBe(false);
  });

  it('counts per client and in all, and frees a slot once', () => {
    const limiter = new ConcurrencyLimiter({ perClient: 1, total: 2 });
    const a = limiter.tryAcquire('a');
    expect(typeof a).toBe('function');
    expect(limiter.tryAcquire('a')).toBe('client');
    const b = limiter.tryAcquire('b');
    expect(limiter.tryAcquire('c')).toBe('total');
    if (typeof a === 'function') {
      a();
      a();
    }
    expect(limiter.size).toBe(1);
    expect(typeof limiter.tryAcquire('c')).toBe('function');
    if (typeof b === 'function') b();
  });
});
