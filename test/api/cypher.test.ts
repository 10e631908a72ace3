/** POST /api/cypher: an analyst's read queries answer with rows, a graph and provenance, within bounds. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { CypherErrorDetails, CypherResponse, type GraphEdge } from '../../contract/api.ts';
import { readOnlyTestApp, testApp } from '../helpers/api-app.ts';

// A generous limit for queries expected to answer; the 1 s limit only where the time-out is the point.
const t = readOnlyTestApp({ CYPHER_TIMEOUT_MS: '60000', CYPHER_MAX_ROWS: '100' });
const limited = readOnlyTestApp({ CYPHER_TIMEOUT_MS: '1000', CYPHER_MAX_ROWS: '100' });

async function run(body: object, app = t.app) {
  const res = await request(app).post('/api/cypher').send(body).expect(200);
  return CypherResponse.parse(res.body);
}

describe('POST /api/cypher', () => {
  it('answers a read with columns, rows, the graph in them, and provenance on its edges', async () => {
    const out = await run({
      query: 'MATCH (a:Country {key: $from})-[r:SUPPORTS]->(b) RETURN a.name AS name, r, b, r.validFrom AS since',
      params: { from: 'country-turkey' },
    });
    expect(out.columns).toEqual(['name', 'r', 'b', 'since']);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]![0]).toBe('Turkey');
    expect(out.graph.nodes.map((n) => n.caption)).toEqual(['Azerbaijan']);
    const edge = out.graph.edges[0]!;
    expect(edge.type).toBe('SUPPORTS');
    expect(edge.provenance?.[0]).toMatchObject({
      publisher: 'AFP',
      documentId: expect.any(String),
      quote: expect.stringContaining('backs Baku'),
    });
    expect((out.rows[0]![1] as GraphEdge).provenance?.[0]?.title).toBe(edge.provenance?.[0]?.title);
    expect(out.summary).toMatchObject({ queryType: 'r', rows: 1, truncated: false, truncatedReason: null });
    expect(out.summary.counters.nodesCreated).toBe(0);
  });

  it('passes whole-number parameters as integers (LIMIT $n works)', async () => {
    const out = await run({ query: 'MATCH (n:Country) RETURN n.name ORDER BY n.name LIMIT $n', params: { n: 3 } });
    expect(out.rows).toHaveLength(3);
  });

  it('maps paths, dates, big integers and NaN to JSON', async () => {
    const out = await run({
      query: `MATCH p = (:Country {key: 'country-turkey'})-[:SUPPORTS]->() RETURN p, date('2022-01-05') AS d, 9007199254740993 AS big, 0.0 / 0.0 AS nan`,
    });
    const [path, d, big, nan] = out.rows[0]!;
    expect(path).toMatchObject({ nodes: [{ caption: 'Turkey' }, { caption: 'Azerbaijan' }], edges: [{ type: 'SUPPORTS' }] });
    expect(d).toBe('2022-01-05');
    expect(big).toBe('9007199254740993');
    expect(nan).toBe('NaN');
    expect(out.graph.nodes).toHaveLength(2);
  });

  it('allows schema reads and the full-text index', async () => {
    expect((await run({ query: 'CALL db.labels() YIELD label RETURN label' })).rows.flat()).toContain('Country');
    expect((await run({ query: 'SHOW INDEXES YIELD name RETURN name' })).rows.flat()).toContain('entity_names');
    const hits = await run({ query: "CALL db.index.fulltext.queryNodes('entity_names', 'odkb') YIELD node RETURN node.key" });
    expect(hits.rows.flat()).toContain('org-csto');
  });

  it('cuts at the requested limit, marking the result truncated', async () => {
    const out = await run({ query: 'UNWIND range(1, 1000) AS i RETURN i', limit: 5 });
    expect(out.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(out.summary).toMatchObject({ rows: 5, truncated: true, truncatedReason: 'rows' });
  });

  it('never returns more than CYPHER_MAX_ROWS, whatever the limit asked', async () => {
    const out = await run({ query: 'UNWIND range(1, 1000) AS i RETURN i', limit: 10_000 });
    expect(out.rows).toHaveLength(100);
    expect(out.summary.truncatedReason).toBe('rows');
  });

  it('cuts a result that would exceed CYPHER_MAX_BYTES, graph and citations included', async () => {
    const small = testApp({ CYPHER_MAX_BYTES: '20000' });
    const res = await request(small.app)
      .post('/api/cypher')
      .send({ query: "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 100) | s + 'x') AS filler" })
      .expect(200);
    const out = CypherResponse.parse(res.body);
    expect(out.summary).toMatchObject({ truncated: true, truncatedReason: 'bytes' });
    expect(out.rows.length).toBeGreaterThan(10);
    expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(20_000);
    const graphs = await request(small.app).post('/api/cypher').send({ query: 'MATCH (a)-[r]->(b) RETURN a, r, b' }).expect(200);
    expect(graphs.body.summary).toMatchObject({ truncated: true, truncatedReason: 'bytes' });
    expect(graphs.body.graph.edges.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(graphs.text)).toBeLessThanOrEqual(20_000);
    await small.close();
  });

  it('keeps a larger cap too, where the evidence each cited relationship gets adds up', async () => {
    // Every row repeats a cited relationship: its citations' details and evidence come after the
    // rows are cut, and a cap of 300,000 bytes once let 318,474 through.
    const wide = testApp({ CYPHER_MAX_BYTES: '300000' });
    const res = await request(wide.app).post('/api/cypher').send({ query: 'MATCH (a)-[r]->(b), (c) RETURN a, r, b, c' }).expect(200);
    expect(res.body.summary).toMatchObject({ truncated: true, truncatedReason: 'bytes' });
    expect(res.body.graph.edges.some((e: { evidence?: unknown }) => e.evidence)).toBe(true);
    expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(300_000);
    await wide.close();
  });

  it('stops a slow query at the time limit with 422 (not 408, which invites a retry), naming the limit', async () => {
    const started = Date.now();
    const res = await request(limited.app)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN x' })
      .expect(422);
    expect(res.body.error.code).toBe('query_timeout');
    expect(res.body.error.message).toContain('time limit of 1 s');
    expect(Date.now() - started).toBeLessThan(15_000); // 1 s limit, the server checks every 2 s; our own deadline answers at 6 s
  });

  it('reports a syntax error with Neo4j message and the position in the query as sent', async () => {
    const res = await request(t.app).post('/api/cypher').send({ query: 'MATCH (n)\nRETURN n ORDER BY' }).expect(400);
    expect(res.body.error.code).toBe('cypher_syntax_error');
    const details = CypherErrorDetails.parse(res.body.error.details);
    expect(details.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(details.position).toEqual({ line: 2, column: 18, offset: 27 });
    const first = await request(t.app).post('/api/cypher').send({ query: 'MATCH (n RETURN n' }).expect(400);
    expect(first.body.error.details.position).toEqual({ line: 1, column: 10, offset: 9 });
    expect(first.body.error.message).toContain('(line 1, column 10 (offset: 9))');
  });

  it('answers a runtime error in the query with 400', async () => {
    const res = await request(t.app).post('/api/cypher').send({ query: 'RETURN 1 / 0' }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'cypher_error', details: { neo4jCode: 'Neo.ClientError.Statement.ArithmeticError' } });
  });

  it('answers a missing parameter with 400', async () => {
    const res = await request(t.app).post('/api/cypher').send({ query: 'MATCH (n) WHERE n.key = $key RETURN n' }).expect(400);
    expect(res.body.error.code).toBe('cypher_error');
  });
});
