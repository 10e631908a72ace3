/**
 * The mix of requests the load runs: what an analyst's page sends (search as they type, expand a
 * node, trace a path, open details, run their own Cypher), plus a refused write and a capped
 * result, each with the status it must get. Ids come from the target database's seed graph.
 */
import type { Driver } from '../../../server/db/driver.ts';

export type Kind = 'search' | 'expand' | 'details' | 'paths' | 'cypher';

export interface WorkItem {
  kind: Kind;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** The status this request must get; anything else counts as a failure. */
  expect: number;
}

const KEYS = ['country-turkey', 'org-csto', 'country-kazakhstan', 'country-armenia', 'country-russia', 'country-azerbaijan'];

async function idsByKey(driver: Driver, database: string): Promise<Record<string, string>> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.key IN $keys RETURN n.key AS key, elementId(n) AS id',
    { keys: KEYS },
    { database },
  );
  const ids = Object.fromEntries(records.map((r) => [r.get('key') as string, r.get('id') as string]));
  for (const k of KEYS) if (!ids[k]) throw new Error(`no node ${k}: is the seed graph loaded?`);
  return ids;
}

const cypher = (query: string, params: Record<string, unknown> = {}, limit?: number) =>
  JSON.stringify({ query, params, ...(limit ? { limit } : {}) });

export async function buildWorkload(driver: Driver, database: string): Promise<WorkItem[]> {
  const id = await idsByKey(driver, database);
  const enc = encodeURIComponent;
  const get = (kind: Kind, path: string, expect = 200): WorkItem => ({ kind, method: 'GET', path, expect });
  const post = (body: string, expect = 200): WorkItem => ({ kind: 'cypher', method: 'POST', path: '/api/cypher', body, expect });
  return [
    get('search', '/api/search?q=csto'),
    get('search', '/api/search?q=Tokaev&limit=5'),
    get('search', `/api/search?q=${enc('Kaz')}&labels=Country`),
    get('expand', `/api/nodes/${enc(id['org-csto']!)}/neighbors`),
    get('expand', `/api/nodes/${enc(id['country-armenia']!)}/neighbors?direction=out&limit=20`),
    get('expand', `/api/nodes/${enc(id['country-russia']!)}/neighbors?asOf=2020-01-01`),
    get('details', `/api/nodes/${enc(id['country-kazakhstan']!)}`),
    get('paths', `/api/paths?from=${enc(id['country-turkey']!)}&to=${enc(id['org-csto']!)}`),
    get('paths', `/api/paths?from=${enc(id['country-turkey']!)}&to=${enc(id['org-csto']!)}&mode=k&k=3&maxHops=3`),
    get('paths', `/api/paths?from=${enc(id['country-azerbaijan']!)}&to=${enc(id['country-armenia']!)}&mode=allShortest`),
    post(cypher('MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization) RETURN c, r, o LIMIT 25')),
    post(cypher('MATCH (n:Entity) RETURN labels(n) AS labels, count(*) AS n ORDER BY n DESC')),
    post(cypher('MATCH (a:Entity {key: $key})-[r]-(b) RETURN a.name, type(r), b.name', { key: 'country-turkey' })),
    post(cypher('UNWIND range(1, 100000) AS x RETURN x', {}, 200)),
    post(cypher('CREATE (:LoadProbe) RETURN 1'), 403),
  ];
}
