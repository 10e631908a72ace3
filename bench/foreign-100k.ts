/**
 * How the any-database endpoints fare on a 100k-node graph in someone else's shape: generates
 * it into the configured Neo4j under labels of its own (people by first name and surname,
 * crimes by type with hash ids, airports by code, cities; one label on every generated node;
 * no full-text index), times the schema, overview and search endpoints (the search by bounded
 * scan, the profile measured once), compares with db.schema.nodeTypeProperties(), and removes
 * the graph. Run: `npm run bench:foreign -- [nodes]` with NEO4J_URI/NEO4J_PASSWORD set
 * (`eval "$(npm run -s db:env)"`).
 */
import request from 'supertest';
import { createApp } from '../server/app.ts';
import { parseConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { createLogger } from '../server/logger.ts';
import { toDriverValue } from '../server/db/mapper.ts';

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
// Whole numbers go as integers (LIMIT and SKIP want one), as the app's own statements send them.
const run = (cypher: string, params: Record<string, number> = {}) =>
  driver.executeQuery(q(cypher), toDriverValue(params) as Record<string, unknown>, { database: 'neo4j' });

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
      `CREATE (:ALL:PERSON {name: ${first}[i % 12], surname: 'Surname' + toString(i % 5000), born: date({year: 1940 + i % 60, month: 1 + i % 12, day: 1 + i % 28}), personId: 'a' + toString(i * 2654435761 % 1000000007) + 'f0e1d2c3b4a59687'})`,
    );
    await make(
      crimes,
      `CREATE (:ALL:CRIME {type: ['Burglary','Vehicle crime','Drugs','Robbery','Shoplifting','Arson','Theft','Violence'][i % 8], crimeId: 'c' + toString(i) + 'f00dfeedbeefcafe0123456789', reported: toString(2015 + i % 5) + '-0' + toString(1 + i % 9) + '-1' + toString(i % 9)})`,
    );
    const letter = (n: string) => `substring('ABCDEFGHIJKLMNOPQRSTUVWXYZ', toInteger(${n}) % 26, 1)`;
    await make(
      airports,
      `CREATE (:ALL:AIRPORT {iata: ${letter('i')} + ${letter('i / 26')} + ${letter('i / 676')}, id: toString(1000 + i), description: 'Airport number ' + toString(i) + ' serving the region'})`,
    );
    await make(cities, `CREATE (:ALL:CITY {name: 'City ' + toString(i)})`);
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
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run, not executeQuery.
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run(q('MATCH (n:ALL) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
    } finally {
      await session.close();
    }
  });
  await driver.close();
}
