/**
 * EXPLAIN and PROFILE on POST /api/cypher answer with the server's plan as a tree (contract
 * QueryPlan): operators, details, identifiers, estimated rows, and once profiled rows and db hits.
 * PROFILE executes the query, so it stays behind the same guard: a write under it is refused
 * (403) and the database is unchanged (this file's fingerprint, before and after). And
 * GET /api/cypher/signatures lists the server's functions and procedures for signature help.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { CypherResponse, CypherSignaturesResponse, type QueryPlan } from '../../contract/api.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp({ CYPHER_TIMEOUT_MS: '60000', CYPHER_MAX_ROWS: '100' });

async function plan(query: string): Promise<{ out: CypherResponse; plan: QueryPlan }> {
  const out = CypherResponse.parse((await request(t.app).post('/api/cypher').send({ query }).expect(200)).body);
  expect(out.summary.plan).toBeDefined();
  return { out, plan: out.summary.plan! };
}

const operators = (p: QueryPlan): QueryPlan[] => [p, ...p.children.flatMap(operators)];
const named = (p: QueryPlan, name: string) => operators(p).find((o) => o.operator.startsWith(name));

describe('EXPLAIN and PROFILE', { timeout: 120_000 }, () => {
  it('EXPLAIN answers the plan tree without running the query', async () => {
    const { out, plan: root } = await plan('EXPLAIN MATCH (c:Country)-[:MEMBER_OF]->(o:Organization) RETURN c.name, o.name');
    expect(out.rows).toEqual([]);
    expect(root.operator).toMatch(/^ProduceResults/);
    const scan = operators(root).find((o) => o.children.length === 0)!;
    expect(scan.identifiers.length).toBeGreaterThan(0);
    expect(scan.estimatedRows).toBeGreaterThan(0);
    expect(operators(root).some((o) => o.details?.includes('Country') || o.details?.includes('Organization'))).toBe(true);
    // Not run: no figures of what it did.
    expect(operators(root).every((o) => o.dbHits === undefined && o.rows === undefined)).toBe(true);
  });

  it('PROFILE runs the query within the bounds and answers rows and db hits per operator', async () => {
    const { out, plan: root } = await plan('PROFILE MATCH (c:Country) RETURN c.name ORDER BY c.name');
    expect(out.summary.rows).toBeGreaterThan(3);
    expect(root.rows).toBe(out.summary.rows);
    const all = operators(root);
    expect(all.every((o) => typeof o.rows === 'number' && typeof o.dbHits === 'number')).toBe(true);
    expect(all.reduce((s, o) => s + (o.dbHits ?? 0), 0)).toBeGreaterThan(0);
    expect(named(root, 'NodeByLabelScan')?.rows).toBe(out.summary.rows);
    // Page cache figures and time come as a pair of numbers, or not at all.
    for (const o of all) expect(o.pageCacheHits === undefined).toBe(o.pageCacheMisses === undefined);
    for (const o of all) if (o.timeMs !== undefined) expect(o.timeMs).toBeGreaterThanOrEqual(0);
  });

  it('PROFILE of a write is refused like the write itself, and writes nothing', async () => {
    const before = await fingerprint(t.driver, t.database);
    for (const query of ['PROFILE CREATE (:PlanProbe {x: 1})', 'PROFILE MATCH (c:Country) SET c.profiled = true RETURN c']) {
      const res = await request(t.app).post('/api/cypher').send({ query }).expect(403);
      expect(res.body.error.code).toBe('cypher_not_read_only');
    }
    expect(await fingerprint(t.driver, t.database)).toEqual(before);
  });

  it('answers 400 with a message for a prefix with nothing behind it, or two prefixes', async () => {
    for (const query of ['PROFILE', 'EXPLAIN PROFILE MATCH (n) RETURN n']) {
      const res = await request(t.app).post('/api/cypher').send({ query }).expect(400);
      // Neo4j's own reading: a syntax error, or a Cypher error for a clause it does not take there.
      expect(res.body.error.code).toMatch(/^cypher_(syntax_)?error$/);
      expect(res.body.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('GET /api/cypher/signatures', { timeout: 120_000 }, () => {
  it("lists the server's functions and procedures with their signatures, the same answer each time", async () => {
    const res = await request(t.app).get('/api/cypher/signatures').expect(200);
    const out = CypherSignaturesResponse.parse(res.body);
    expect(out.serverVersion).toMatch(/^Neo4j\//);
    const toUpper = out.functions.find((f) => f.name === 'toUpper')!;
    expect(toUpper.signature).toMatch(/^toUpper\(.+\) :: STRING/);
    expect(toUpper.argumentDescription).toHaveLength(1);
    expect(toUpper.argumentDescription[0]!.type).toBe('STRING');
    expect(toUpper.description.length).toBeGreaterThan(5);
    const labels = out.procedures.find((p) => p.name === 'db.labels')!;
    expect(labels.signature).toMatch(/^db\.labels\(\) :: \(label :: STRING\)/);
    expect(labels.mode).toBe('READ');
    expect(labels.returnDescription.map((r) => r.name)).toEqual(['label']);
    expect(out.functions.length).toBeGreaterThan(100);
    expect((await request(t.app).get('/api/cypher/signatures').expect(200)).body).toEqual(res.body);
  });
});
