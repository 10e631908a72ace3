/** The plan view's totals and its choice of the most expensive operator. */
import { describe, expect, it } from 'vitest';
import type { QueryPlan } from '../../../../contract/api.ts';
import { mostExpensive, planTotals } from '../../../../client/cypher/plan-view.ts';

const op = (operator: string, fig: Partial<QueryPlan>, children: QueryPlan[] = []): QueryPlan => ({
  operator,
  details: null,
  identifiers: [],
  estimatedRows: null,
  children,
  ...fig,
});

const expand = op('Expand(All)', { estimatedRows: 40, rows: 30, dbHits: 90, pageCacheHits: 5, pageCacheMisses: 2 }, [
  op('NodeByLabelScan', { estimatedRows: 12, rows: 12, dbHits: 13, pageCacheHits: 1, pageCacheMisses: 0 }),
]);
const profile = op('ProduceResults', { estimatedRows: 40, rows: 30, dbHits: 0, pageCacheHits: 0, pageCacheMisses: 0 }, [expand]);

describe('plan view', () => {
  it('totals db hits and page cache over every operator', () => {
    expect(planTotals(profile)).toMatchObject({
      operators: 3,
      dbHits: 103,
      pageCacheHits: 6,
      pageCacheMisses: 2,
      hasPageCache: true,
      hasTime: false,
    });
  });

  it('marks the operator with the most db hits in a profile', () => {
    expect(mostExpensive(profile, true)?.operator).toBe('Expand(All)');
  });

  it('marks the operator with the most estimated rows in a plan (the first when tied)', () => {
    const plan = op('ProduceResults', { estimatedRows: 40 }, [
      op('Filter', { estimatedRows: 40 }, [op('AllNodesScan', { estimatedRows: 900 })]),
    ]);
    expect(mostExpensive(plan, false)?.operator).toBe('AllNodesScan');
    expect(mostExpensive(op('ProduceResults', { estimatedRows: 0 }), false)).toBeNull();
  });
});
