/**
 * The questions the benchmarks ask, each in three forms: a request to our API, and the
 * statement our endpoint runs (which Neo4j's HTTP Query API and the bare driver run as-is).
 * Our endpoints may run a little more (a provenance lookup, an existence check): that is part
 * of what they cost, and the report says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher, cypherWithSlots } from '../../server/db/cypher-files.ts';
import type { Driver } from '../../server/db/driver.ts';
import { RECORD_PARAMS } from '../../server/db/read.ts';
import { luceneQuery } from '../../server/explore/lucene-query.ts';
import { pathStatement } from '../../server/explore/path-statement.ts';
import type { BenchTargets } from '../generate.ts';
import type { DriverQuerySpec, HttpRequestSpec } from './load-client.ts';

export interface Workload {
  name: string;
  ours: HttpRequestSpec[];
  statements: DriverQuerySpec[];
  /** What our endpoint does beyond the one statement. */
  extra: string;
}

export const AD_HOC_QUERY = 'MATCH (n:Entity {key: $key})-[r]-(m) RETURN n, r, m LIMIT 25';

/** Element ids of the target nodes (the API addresses nodes by element id). */
export async function elementIds(driver: Driver, database: string, keys: string[]): Promise<Map<string, string>> {
  const text = readFileSync(join(import.meta.dirname, '..', 'cypher', 'ids-by-key.cypher'), 'utf8');
  const { records } = await driver.executeQuery(text, { keys }, { database });
  return new Map(records.map((r) => [r.get('key') as string, r.get('id') as string]));
}

/** The app gives every read statement the record label (server/db/read.ts): the driver arms must too, or Neo4j refuses them. */
export const neighborParams = (id: string) => ({
  id,
  types: null,
  labels: null,
  direction: 'both',
  limit: 50,
  asOf: null,
  ...RECORD_PARAMS,
});
/** The statement the endpoint runs for an expansion without filters (server/explore/neighbors.ts). */
const NEIGHBORS = 'neighbors-unfiltered';

export function workloads(base: string, targets: BenchTargets, ids: Map<string, string>): Record<string, Workload> {
  const id = (key: string) => ids.get(key)!;
  const typical = targets.typical.filter((k) => ids.has(k));
  // Path ends: each typical node to the one half a list further on.
  const shortest = pathStatement('all-shortest', 4);
  const pathsText = cypherWithSlots(shortest.name, shortest.slots);
  const pairs = typical.map((k, i) => [k, typical[(i + Math.ceil(typical.length / 2)) % typical.length]!] as const);
  return {
    search: {
      name: 'search',
      ours: targets.searches.map((q) => ({ method: 'GET', url: `${base}/api/search?q=${encodeURIComponent(q)}` })),
      statements: targets.searches.map((q) => ({
        cypher: cypher('search-fulltext'),
        // The endpoint asks the index for three candidates per result (server/explore/search-nodes.ts),
        // through the index the seed loader makes (cypher/schema.cypher).
        params: { index: 'entity_names', query: luceneQuery(q), labels: null, limit: 30, ...RECORD_PARAMS },
      })),
      extra: 'ranks the 30 candidates by name match (whether the full-text index exists is asked only when the query of it fails)',
    },
    neighborsTypical: {
      name: 'neighbors (typical node)',
      ours: typical.map((k) => ({ method: 'GET', url: `${base}/api/nodes/${encodeURIComponent(id(k))}/neighbors` })),
      statements: typical.map((k) => ({ cypher: cypher(NEIGHBORS), params: neighborParams(id(k)) })),
      extra: 'citations: document details from the app’s one-minute cache (a documents-by-key query only for keys it lacks)',
    },
    neighborsHub: {
      name: 'neighbors (hub)',
      ours: [{ method: 'GET', url: `${base}/api/nodes/${encodeURIComponent(id(targets.hub))}/neighbors` }],
      statements: [{ cypher: cypher(NEIGHBORS), params: neighborParams(id(targets.hub)) }],
      extra: 'citations: document details from the app’s one-minute cache (a documents-by-key query only for keys it lacks)',
    },
    paths: {
      name: 'paths (shortest, ≤4 hops)',
      ours: pairs.map(([a, b]) => ({
        method: 'GET',
        url: `${base}/api/paths?from=${encodeURIComponent(id(a))}&to=${encodeURIComponent(id(b))}&mode=shortest`,
      })),
      statements: pairs.map(([a, b]) => ({
        cypher: pathsText,
        params: { from: id(a), to: id(b), types: null, excludeTypes: [], avoid: [], limit: 1, asOf: null, timeRespecting: false },
      })),
      // The driver arm runs only the last statement, and asks it for one path: the endpoint's other
      // work is by design (the search guards the statement's worst case, the ranking is the answer).
      extra:
        'whether the ontology applies; a bidirectional search first, one statement per level (path-reach.ts), which bounds the statement by the distance found; 25 candidates ranked by meaning (their inner nodes’ degrees, citations from the document cache); both ends are checked (path-endpoints) only when no path is found',
    },
    cypher: {
      name: 'POST /api/cypher',
      ours: typical.map((k) => ({
        method: 'POST',
        url: `${base}/api/cypher`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: AD_HOC_QUERY, params: { key: k } }),
      })),
      statements: typical.map((k) => ({ cypher: AD_HOC_QUERY, params: { key: k } })),
      extra: 'EXPLAIN and a plan check first, an explicit READ transaction rolled back; citations from the document cache',
    },
  };
}

/** The same statements as requests to Neo4j's HTTP Query API (basic auth, read access mode). */
export function queryApiRequests(httpUrl: string, user: string, password: string, statements: DriverQuerySpec[]): HttpRequestSpec[] {
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
  };
  return statements.map((s) => ({
    method: 'POST',
    url: `${httpUrl}/db/neo4j/query/v2`,
    headers,
    body: JSON.stringify({ statement: s.cypher, parameters: s.params, accessMode: 'READ' }),
  }));
}
