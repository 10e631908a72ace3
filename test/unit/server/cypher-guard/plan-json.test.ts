/** The driver's plan and profile as the contract's QueryPlan: figures the server measured, and none it did not. */
import { describe, expect, it } from 'vitest';
import { planJson, type DriverPlan } from '../../../../server/cypher-guard/plan-json.ts';

const scan = (extra: Partial<DriverPlan> = {}): DriverPlan => ({
  operatorType: 'NodeByLabelScan@neo4j',
  identifiers: ['c'],
  arguments: { Details: 'c:Country', EstimatedRows: 12.5 },
  children: [],
  ...extra,
});
const root = (child: DriverPlan, extra: Partial<DriverPlan> = {}): DriverPlan => ({
  operatorType: 'ProduceResults@neo4j',
  identifiers: ['c'],
  arguments: { EstimatedRows: 12.5 },
  children: [child],
  ...extra,
});

describe('planJson', () => {
  it('maps a plan (EXPLAIN) without any figure of a run', () => {
    expect(planJson(root(scan()), false)).toEqual({
      operator: 'ProduceResults@neo4j',
      details: null,
      identifiers: ['c'],
      estimatedRows: 12.5,
      children: [{ operator: 'NodeByLabelScan@neo4j', details: 'c:Country', identifiers: ['c'], estimatedRows: 12.5, children: [] }],
    });
  });

  it('adds rows, db hits, page cache and time (nanoseconds to ms) to a profile', () => {
    const p = planJson(
      root(scan({ rows: 12, dbHits: 13, pageCacheHits: 4, pageCacheMisses: 1, time: 2_500_000 }), { rows: 12, dbHits: 0, time: 500_000 }),
      true,
    );
    expect(p).toMatchObject({ rows: 12, dbHits: 0, pageCacheHits: 0, pageCacheMisses: 0, timeMs: 0.5 });
    expect(p.children[0]).toMatchObject({ rows: 12, dbHits: 13, pageCacheHits: 4, pageCacheMisses: 1, timeMs: 2.5 });
  });

  it('leaves out page cache figures and time when the server measured none (the driver says 0)', () => {
    const p = planJson(root(scan({ rows: 3, dbHits: 4, pageCacheHits: 0, pageCacheMisses: 0, time: 0 }), { rows: 3, dbHits: 0 }), true);
    for (const node of [p, p.children[0]!]) {
      expect(node).not.toHaveProperty('pageCacheHits');
      expect(node).not.toHaveProperty('timeMs');
    }
    expect(p.children[0]).toMatchObject({ rows: 3, dbHits: 4 });
  });
});
