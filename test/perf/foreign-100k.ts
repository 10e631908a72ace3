/**
 * How the any-database endpoints fare on a 100k-node graph in someone else's shape: generates
 * it into the configured Neo4j under labels of its own (people by first name and surname,
 * crimes by type with hash ids, airports by code, cities; one label on every generated node;
 * no full-text index), times the schema, overview and search endpoints (the search by bounded
 * scan, the profile measured once), compares with db.schema.nodeTypeProperties(), and removes
 * the graph. Run: `npx tsx test/perf/foreign-100k.ts [nodes]` with NEO4J_URI/NEO4J_PASSWORD set
 * (`eval "$(npm run -s db:env)"`).
 */
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { createLogger } from '../../server/logger.ts';

const size = Number(process.argv[2] ?? 100_000);
const suffix = Date.now().toString(36);
const L = {
  all: `PerfRes_${suffix}`,
  person: `PerfPerson_${suffix}`,
  crime: `PerfCrime_${suffix}`,
  airport: `PerfAirport_${suffix}`,
  city: `PerfCity_${suffix}`,
};
const REL = `PERF_LINK_${suffix}`;
const q = (s: string) =>
  s.replace(/\b(ALL|PERSON|CRIME|AIRPORT|CITY|REL)\b/g, (m) => `\`${m === 'REL' ? REL : L[m.toLowerCase() as keyof typeof L]}\``);

const driver = createDriver({
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD!,
  waitMs: 10_000,
});
const run = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(q(cypher), params, { database: 'neo4j' });

async function time<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await f();
  console.log(`${what}: ${Math.round(performance.now() - t)} ms`);
  return out;
}

const people = Math.round(size * 0.4);
const crimes = Math.round(size * 0.45);
const airports = Math.round(size * 0.05);
const cities = size - people - crimes - airports;
try {
  await time(`generate ${size} nodes`, async () => {
    const batch = 10_000;
    const make = async (count: number, create: string) => {
      for (let s = 0; s < count; s += batch) await run(`UNWIND range($s, $e) AS i ${create}`, { s, e: Math.min(count, s + batch) - 1 });
    };
    const first = "['Anna','Ewa','Jan','Piotr','Maria','Tomasz','Kasia','Marek','Ola','Adam','Zofia','Pawel']";
    await make(
      people,
      `CREATE (:ALL:PERSON {name: ${first}[i % 12], surname: 'Surname' + toString(i % 5000), born: date({year: 1940 + i % 60, month: 1 + i % 12, day: 1 + i % 28}), personId: left(replace(toString(i * 2654435761) + 'abcdef0123456789abcdef', '', ''), 32)})`,
    );
    await make(
      crimes,
      `CREATE (:ALL:CRIME {type: ['Burglary','Vehicle crime','Drugs','Robbery','Shoplifting','Arson','Theft','Violence'][i % 8], crimeId: 'c' + toString(i) + 'f00dfeedbeefcafe0123456789', reported: toString(2015 + i % 5) + '-0' + toString(1 + i % 9) + '-1' + toString(i % 9)})`,
    );
    await make(
      airports,
      `CREATE (:ALL:AIRPORT {iata: char(65 + i % 26) + char(65 + (i / 26) % 26) + char(65 + (i / 676) % 26), id: toString(1000 + i), description: 'Airport number ' + toString(i) + ' serving the region'})`.replace(
        /char\((.*?)\)/g,
        'substring("ABCDEFGHIJKLMNOPQRSTUVWXYZ", ($1) - 65, 1)',
      ),
    );
    await make(cities, `CREATE (:ALL:CITY {name: 'City ' + toString(i)})`);
    await run(`CALL () { MATCH (p:PERSON) WITH p SKIP 0 MATCH (c:CRIME) WHERE id(c) % 1 = 0 WITH p, c LIMIT 0 RETURN 0 AS x } RETURN x`);
    for (let s = 0; s < crimes; s += batch) {
      await run(
        `MATCH (c:CRIME) WITH c SKIP $s LIMIT $n WITH collect(c) AS cs
         MATCH (p:PERSON) WITH cs, collect(p) AS ps
         UNWIND range(0, size(cs) - 1) AS i
         WITH cs[i] AS c, ps[(i * 7919 + $s) % size(ps)] AS p, ps[(i * 104729 + $s) % size(ps)] AS p2
         CREATE (p)-[:REL]->(c), (p2)-[:REL]->(c)`,
        { s, n: batch },
      );
    }
  });
  const app = createApp({
    config: parseConfig({ NEO4J_URI: process.env.NEO4J_URI, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD, RATE_LIMIT_PER_MINUTE: '0' }),
    driver,
    logger: createLogger('silent'),
  });
  for (let i = 0; i < 2; i++) await time(`GET /api/schema (${i ? 'warm' : 'cold'})`, () => request(app).get('/api/schema').expect(200));
  await time('CALL db.schema.nodeTypeProperties() (for comparison)', () =>
    driver.executeQuery('CALL db.schema.nodeTypeProperties()', {}, { database: 'neo4j' }),
  );
  await time('GET /api/overview', () => request(app).get('/api/overview').expect(200));
  for (const text of ['Surname4321', 'surname432', 'Surnam4321x', 'burglary', 'AAB', 'zzzzqqq']) {
    const res = await time(`GET /api/search?q=${text} (scan)`, () =>
      request(app)
        .get(`/api/search?q=${encodeURIComponent(text)}&labels=${L.person},${L.crime},${L.airport}`)
        .expect(200),
    );
    const r = (res.body as { results: { caption: string; matchedProperty: string; matched: string; subtitle: string | null }[] }).results;
    console.log(`  ${r.length} results; first: ${JSON.stringify(r[0] ?? null)?.slice(0, 160)}`);
  }
} finally {
  await time('remove', async () => {
    await driver.executeQuery(q('MATCH (n:ALL) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'), {}, { database: 'neo4j' });
  });
  await driver.close();
}
