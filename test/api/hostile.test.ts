/**
 * Hostile input for the whole API: writes in many disguises, admin commands, file and URL
 * reads, bad ids, bad parameters, bad bodies. Each one gets its exact status and the JSON error
 * shape, and the database's content fingerprint is the same afterwards.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';
import { idOfKey, testApp } from '../helpers/api-app.ts';
import { isCalendarRelease, serverVersion } from '../helpers/neo4j-version.ts';
import { endlessChunks, rawExchange, statusOf } from '../helpers/raw-http.ts';
import { createHttpServer } from '../../server/main.ts';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

const t = testApp({ CYPHER_MAX_ROWS: '50' });
let before: Fingerprint;
let turkey = '';

beforeAll(async () => {
  turkey = await idOfKey(t.driver, t.database, 'country-turkey');
  before = await fingerprint(t.driver, t.database);
});
afterAll(() => t.close());

async function expectUnchanged(): Promise<void> {
  expect(await fingerprint(t.driver, t.database)).toEqual(before);
}

type Case = [query: string, status: number, code: string];

const cypherCases: Case[] = [
  ['CREATE (n:Hack {x: 1}) RETURN n', 403, 'cypher_not_read_only'],
  ['MERGE (n:Hack {x: 1})', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) SET n.hacked = true', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) SET n += {hacked: true}', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) SET n:Hacked', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) DETACH DELETE n', 403, 'cypher_not_read_only'],
  ['MATCH ()-[r]->() DELETE r', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) REMOVE n:Country', 403, 'cypher_not_read_only'],
  ['MATCH (n) REMOVE n.name', 403, 'cypher_not_read_only'],
  ['CALL { CREATE (:Hack) } IN TRANSACTIONS', 403, 'cypher_not_read_only'],
  ['UNWIND range(1, 3) AS i CALL (i) { CREATE (:Hack {i: i}) } IN TRANSACTIONS OF 1 ROWS', 403, 'cypher_not_read_only'],
  ['FOREACH (x IN [1, 2] | CREATE (:Hack {x: x}))', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) CALL (n) { SET n.x = 1 } RETURN n', 403, 'cypher_not_read_only'],
  ['MATCH (n:Country) WITH n LIMIT 1 CALL (n) { MERGE (n)-[:HACK]->(n) } RETURN n', 403, 'cypher_not_read_only'],
  [
    'MATCH (n) RETURN COUNT { MATCH (n)-->(m) RETURN m } AS c, n LIMIT 1 UNION MATCH (n) SET n.x = 2 RETURN 0 AS c, n',
    403,
    'cypher_not_read_only',
  ],
  ['MATCH (n) /* only a read */ SET n.x = 1 // RETURN n', 403, 'cypher_not_read_only'],
  ['// just reading\nCREATE (:Hack)', 403, 'cypher_not_read_only'],
  ['CYPHER runtime=interpreted CREATE (:Hack)', 403, 'cypher_not_read_only'],
  ['CREATE INDEX hack_index FOR (n:Hack) ON (n.x)', 403, 'cypher_not_read_only'],
  ['DROP INDEX entity_names', 403, 'cypher_not_read_only'],
  ['CREATE CONSTRAINT hack_key FOR (n:Hack) REQUIRE n.x IS UNIQUE', 403, 'cypher_not_read_only'],
  ['SHOW USERS', 403, 'cypher_forbidden_operation'],
  ["ALTER CURRENT USER SET PASSWORD FROM 'wrong' TO 'hacked-password'", 403, 'cypher_forbidden_operation'],
  ['STOP DATABASE neo4j', 403, 'cypher_forbidden_operation'],
  ['CREATE DATABASE hack', 403, 'cypher_forbidden_operation'],
  ["CALL dbms.killConnections(['bolt-1'])", 403, 'cypher_forbidden_operation'],
  ['CALL db.clearQueryCaches()', 403, 'cypher_forbidden_operation'],
  ['CALL dbms.listConfig()', 403, 'cypher_forbidden_operation'],
  ["CALL db.createLabel('Hack')", 403, 'cypher_forbidden_operation'],
  ["CALL db.stats.retrieve('GRAPH COUNTS')", 403, 'cypher_forbidden_operation'],
  ['SHOW TRANSACTIONS', 403, 'cypher_forbidden_operation'],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403, 'cypher_forbidden_operation'],
  ['SHOW SETTINGS', 403, 'cypher_forbidden_operation'],
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 403, 'cypher_forbidden_operation'],
  ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:7474/' AS row RETURN row", 403, 'cypher_forbidden_operation'],
  ["MATCH (n) WITH n LIMIT 1 CALL (n) { LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l } RETURN l", 403, 'cypher_forbidden_operation'],
  ['CALL db.checkpoint()', 400, 'cypher_error'],
  ["CALL apoc.load.json('file:///etc/passwd')", 400, 'cypher_error'],
  ['RETURN apoc.cypher.runFirstColumnSingle("CREATE (:Hack) RETURN 1", {})', 400, 'cypher_syntax_error'],
  ['USE system SHOW USERS', 400, 'cypher_syntax_error'],
  ['USE system MATCH (n) RETURN n', 400, 'cypher_syntax_error'],
  ['ＣＲＥＡＴＥ (:Hack)', 400, 'cypher_syntax_error'],
  ['СREATE (:Hack)', 400, 'cypher_syntax_error'], // the first letter is Cyrillic
  ['MATCH (n) RETURN n; CREATE (:Hack)', 400, 'cypher_syntax_error'],
  ['EXPLAIN CREATE (:Hack)', 403, 'cypher_not_read_only'],
  // PROFILE executes the query: the query behind it is checked like any other, and refused.
  ['PROFILE CREATE (:Hack)', 403, 'cypher_not_read_only'],
  ['EXPLAIN MERGE (n:Hack {x: 1})', 403, 'cypher_not_read_only'],
];

describe('POST /api/cypher refuses anything but a read', () => {
  it.each(cypherCases)('%s → %i %s', async (query, status, code) => {
    const res = await request(t.app).post('/api/cypher').send({ query }).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    await expectUnchanged();
  });

  // The status is whatever the server's own reading of the text makes it: 5.26 rejects a
  // unicode escape in a keyword (400), the calendar releases read \u0043REATE as CREATE, so
  // the plan writes and the guard refuses it as a write (403). Refused either way.
  it('\\u0043REATE (:Hack) → 400 cypher_syntax_error on 5.26, 403 cypher_not_read_only on a calendar release', async () => {
    const calendar = isCalendarRelease(await serverVersion(t.driver));
    const res = await request(t.app).post('/api/cypher').send({ query: '\\u0043REATE (:Hack)' });
    expect([res.status, res.body.error.code]).toEqual(calendar ? [403, 'cypher_not_read_only'] : [400, 'cypher_syntax_error']);
    if (calendar) expect(res.body.error.message).toContain('the query writes (Create)');
    await expectUnchanged();
  });
});

type BodyCase = [name: string, body: string | object, contentType: string, status: number, code: string];

const bodyCases: BodyCase[] = [
  [
    'a parameter that tries to inject',
    { query: 'MATCH (n) WHERE n.name = $p RETURN n', params: { p: "x' OR 1=1 CREATE (:Hack) //" } },
    'application/json',
    200,
    '',
  ],
  ['a huge limit', { query: 'MATCH (n) RETURN n', limit: 1_000_000_000 }, 'application/json', 400, 'invalid_request'],
  ['a negative limit', { query: 'MATCH (n) RETURN n', limit: -1 }, 'application/json', 400, 'invalid_request'],
  ['a fractional limit', { query: 'MATCH (n) RETURN n', limit: 1.5 }, 'application/json', 400, 'invalid_request'],
  ['an empty query', { query: '   ' }, 'application/json', 400, 'invalid_request'],
  ['a query past 20,000 characters', { query: `RETURN 1 // ${'x'.repeat(20_000)}` }, 'application/json', 400, 'invalid_request'],
  ['an unknown field', { query: 'RETURN 1', write: true }, 'application/json', 400, 'invalid_request'],
  ['params that are not a map', { query: 'RETURN $x', params: [1, 2] }, 'application/json', 400, 'invalid_request'],
  ['malformed JSON', '{"query": "RETURN 1",', 'application/json', 400, 'malformed_json'],
  ['an oversized body', { query: 'RETURN 1', params: { big: 'x'.repeat(300_000) } }, 'application/json', 413, 'body_too_large'],
  ['a body that is not JSON', 'CREATE (:Hack)', 'text/plain', 415, 'unsupported_media_type'],
  ['a body in another charset', { query: 'RETURN 1' }, 'application/json; charset=latin1', 415, 'unsupported_encoding'],
  [
    'params nested 2,500 levels deep',
    `{"query": "RETURN $p", "params": {"p": ${'['.repeat(2500)}${']'.repeat(2500)}}}`,
    'application/json',
    400,
    'json_too_deep',
  ],
  ['a JSON text that is not an object', '"RETURN 1"', 'application/json', 400, 'malformed_json'],
  ['a __proto__ parameter', '{"query": "RETURN 1", "params": {"__proto__": {"polluted": true}}}', 'application/json', 400, 'reserved_key'],
  [
    'a nested __proto__ parameter',
    '{"query": "RETURN 1", "params": {"": {"": {"": {"__proto__": false}}}}}',
    'application/json',
    400,
    'reserved_key',
  ],
  ['a constructor parameter', { query: 'RETURN 1', params: { a: [{ constructor: 1 }] } }, 'application/json', 400, 'reserved_key'],
  ['a prototype parameter', { query: 'RETURN 1', params: { prototype: {} } }, 'application/json', 400, 'reserved_key'],
];

describe('POST /api/cypher rejects bad bodies', () => {
  it.each(bodyCases)('%s', async (_name, body, contentType, status, code) => {
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await request(t.app).post('/api/cypher').set('Content-Type', contentType).send(payload).expect(status);
    if (code) expect(res.body.error.code).toBe(code);
    await expectUnchanged();
  });

  it('names the depth limit and the reserved key it refuses', async () => {
    const deep = `{"query": "RETURN $p", "params": {"p": ${'['.repeat(2500)}${']'.repeat(2500)}}}`;
    const tooDeep = await request(t.app).post('/api/cypher').set('Content-Type', 'application/json').send(deep).expect(400);
    expect(tooDeep.body.error.message).toMatch(/deeper than the limit of 32/);
    const proto = '{"query": "RETURN 1", "params": {"a": {"__proto__": 1}}}';
    const reserved = await request(t.app).post('/api/cypher').set('Content-Type', 'application/json').send(proto).expect(400);
    expect(reserved.body.error.message).toContain('params.a.__proto__');
    expect(reserved.body.error.details).toEqual({ path: 'params.a.__proto__' });
  });

  it('takes parameters nested up to the limit, and keys that only look reserved', async () => {
    const nested = `{"query": "RETURN $p AS p", "params": {"p": ${'['.repeat(30)}1${']'.repeat(30)}, "q": {"__proto": "prototype"}}}`;
    const res = await request(t.app).post('/api/cypher').set('Content-Type', 'application/json').send(nested).expect(200);
    expect(JSON.stringify(res.body.rows[0][0])).toBe(`${'['.repeat(30)}1${']'.repeat(30)}`);
  });

  it('cuts a huge result at the row cap instead of failing', async () => {
    const res = await request(t.app)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 100000000) AS x RETURN x LIMIT 100000000' })
      .expect(200);
    expect(res.body.rows).toHaveLength(50);
    expect(res.body.summary).toMatchObject({ truncated: true, truncatedReason: 'rows' });
    await expectUnchanged();
  });
});

type GetCase = [name: string, url: () => string, status: number, code: string];

const enc = encodeURIComponent;
const getCases: GetCase[] = [
  ['a node id that is no element id', () => `/api/nodes/${enc('not-an-element-id')}`, 404, 'not_found'],
  [
    'an element id beyond any node',
    () => `/api/nodes/${enc('4:00000000-0000-0000-0000-000000000000:99999999999999999999')}`,
    404,
    'not_found',
  ],
  ['a node id that tries to inject', () => `/api/nodes/${enc("' OR 1=1 //")}`, 404, 'not_found'],
  ['a NUL node id', () => `/api/nodes/${enc('\u0000')}`, 404, 'not_found'],
  ['a node id past 200 characters', () => `/api/nodes/${'x'.repeat(201)}`, 400, 'invalid_request'],
  ['a neighbour limit past 1000', () => `/api/nodes/${enc(turkey)}/neighbors?limit=100000`, 400, 'invalid_request'],
  ['an unknown direction', () => `/api/nodes/${enc(turkey)}/neighbors?direction=sideways`, 400, 'invalid_request'],
  ['asOf in month 13', () => `/api/nodes/${enc(turkey)}/neighbors?asOf=2022-13-01`, 400, 'invalid_request'],
  ['asOf on February 30th', () => `/api/nodes/${enc(turkey)}/neighbors?asOf=2022-02-30`, 400, 'invalid_request'],
  ['types given twice', () => `/api/nodes/${enc(turkey)}/neighbors?types=A&types=B`, 400, 'invalid_request'],
  ['a type that tries to inject', () => `/api/nodes/${enc(turkey)}/neighbors?types=${enc('`) DETACH DELETE n //')}`, 200, ''],
  ['neighbours of an unknown node', () => `/api/nodes/${enc('nope')}/neighbors`, 404, 'not_found'],
  ['an empty search', () => '/api/search?q=', 400, 'invalid_request'],
  ['a <script> search', () => `/api/search?q=${enc('<script>alert(1)</script>')}`, 200, ''],
  ['Lucene syntax in a search', () => `/api/search?q=${enc('( ) ! ^ [ ] + - " ~ * ? : \\ / && ||')}`, 200, ''],
  ['Lucene keywords alone', () => `/api/search?q=${enc('AND OR NOT')}`, 200, ''],
  ['a match-all Lucene query', () => `/api/search?q=${enc('*:*')}`, 200, ''],
  ['Lucene fuzziness and boost', () => `/api/search?q=${enc('csto~999^99')}`, 200, ''],
  ['emoji and fullwidth letters', () => `/api/search?q=${enc('🙂 ＯＤＫＢ')}`, 200, ''],
  ['a search limit past 100', () => `/api/search?q=x&limit=1000`, 400, 'invalid_request'],
  ['a label past 100 characters', () => `/api/search?q=x&labels=${'L'.repeat(101)}`, 400, 'invalid_request'],
  ['a search past 200 characters', () => `/api/search?q=${'x'.repeat(201)}`, 400, 'invalid_request'],
  ['maxHops 9', () => `/api/paths?from=${enc(turkey)}&to=x&maxHops=9`, 400, 'invalid_request'],
  [
    'maxHops that tries to inject',
    () => `/api/paths?from=${enc(turkey)}&to=x&maxHops=${enc('1}]->() DELETE n //')}`,
    400,
    'invalid_request',
  ],
  ['a path to an unknown node', () => `/api/paths?from=${enc(turkey)}&to=${enc('4:nope:1')}`, 404, 'not_found'],
  ['a path from a node to itself', () => `/api/paths?from=${enc(turkey)}&to=${enc(turkey)}`, 400, 'invalid_request'],
  ['an unknown path mode', () => `/api/paths?from=${enc(turkey)}&to=x&mode=longest`, 400, 'invalid_request'],
  ['an unknown document', () => `/api/documents/${enc('4:nope:1')}`, 404, 'not_found'],
  ['a document limit of 0', () => '/api/documents?limit=0', 400, 'invalid_request'],
];

describe('GET endpoints answer bad ids and parameters with 4xx', () => {
  it.each(getCases)('%s', async (_name, url, status, code) => {
    const res = await request(t.app).get(url()).expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    if (code) expect(res.body.error.code).toBe(code);
    await expectUnchanged();
  });
});

describe('only known host names are answered (DNS rebinding)', () => {
  it.each(['rebound.test', 'rebound.test:3000', 'evil.example:80', '127.0.0.2', 'localhost.evil.example', ''])(
    'Host %j → 421',
    async (host) => {
      for (const path of ['/api/schema', '/healthz', '/']) {
        const res = await request(t.app).get(path).set('Host', host).expect(421);
        expect(res.body.error.code).toBe('unknown_host');
        expect(res.body.error.message).toMatch(/ALLOWED_HOSTS/);
      }
    },
  );

  it.each(['localhost', 'localhost:3000', 'LOCALHOST:1', '127.0.0.1:8080', '[::1]:3000', '[::1]'])(
    'Host %j is loopback: answered',
    async (host) => {
      await request(t.app).get('/healthz').set('Host', host).expect(200);
    },
  );

  it('answers the names in ALLOWED_HOSTS, with any port, and no others', async () => {
    const named = testApp({ ALLOWED_HOSTS: 'explorer.example.org, Other.Example' });
    try {
      await request(named.app).get('/healthz').set('Host', 'explorer.example.org:443').expect(200);
      await request(named.app).get('/healthz').set('Host', 'other.example').expect(200);
      await request(named.app).get('/healthz').set('Host', 'sub.explorer.example.org').expect(421);
    } finally {
      await named.close();
    }
  });
});

describe('bad requests are refused early and their connection closed', () => {
  let port = 0;
  let server: ReturnType<typeof createHttpServer>;
  const slow = testApp({ BODY_TIMEOUT_MS: '1000' });

  beforeAll(async () => {
    // The server as server/main.ts makes it: its header, request and keep-alive time-outs.
    server = createHttpServer(slow.app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    await slow.close();
  });

  const post = (headers: string) => `POST /api/cypher HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${headers}\r\n`;

  it('a Content-Length over the limit gets 413 before any of the body is sent', async () => {
    const x = await rawExchange(port, post('Content-Length: 50000000\r\n'));
    expect(statusOf(x.response)).toBe(413);
    expect(x.response).toMatch(/body_too_large/);
    expect(x.response).toMatch(/larger than the limit of 262144 bytes/);
    expect(x.response.toLowerCase()).toContain('connection: close');
    await expectUnchanged();
  });

  it('an endless chunked upload is cut at the limit: 413, connection closed, the rest never read', async () => {
    const x = await rawExchange(port, post('Transfer-Encoding: chunked\r\n'), (write) => endlessChunks(write));
    expect(statusOf(x.response)).toBe(413);
    // The limit is 256 KB; what the socket buffers on both sides comes on top, far below the 256 MB offered.
    expect(x.bytesSent).toBeLessThan(32 * 1024 * 1024);
    await expectUnchanged();
  });

  it('a body that stalls gets 408 after the body time-out, connection closed', async () => {
    const x = await rawExchange(port, post('Content-Length: 100\r\n'), async (write) => {
      await write('{"query": ');
    });
    expect(statusOf(x.response)).toBe(408);
    expect(x.response).toMatch(/body_timeout/);
  });

  it('headers that never end are cut after the header time-out (seconds, not minutes)', async () => {
    const x = await rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', undefined, 60_000);
    expect(statusOf(x.response)).toBe(408);
    expect(x.closedAfterMs).toBeLessThan(30_000);
  });

  it('an idle keep-alive connection is closed after the keep-alive time-out', async () => {
    const x = await rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n', undefined, 60_000);
    expect(statusOf(x.response)).toBe(200);
    expect(x.closedAfterMs).toBeLessThan(30_000);
  });
});
