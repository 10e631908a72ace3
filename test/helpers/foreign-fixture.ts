/**
 * A small graph in the shape of other people's data, loaded under labels of its own so it can
 * share the test database and be removed whole: codes instead of names (airports by IATA
 * code), several labels per node, one label every fixture node carries (like :Resource or
 * :Entity elsewhere), people told apart only by surname and first name (two "Nowak"s),
 * directed routes with a return flight, crimes known by their type, hashes and digit-only ids
 * that must never become captions, dates as strings and as DATE values, and no provenance.
 */
import type { Driver } from '../../server/db/driver.ts';
import { uniqueSuffix } from './database.ts';

export interface ForeignFixture {
  suffix: string;
  /** The fixture's label names, by role. */
  labels: { all: string; person: string; airport: string; place: string; city: string; crime: string; event: string };
  route: string;
  visited: string;
  /** Element ids by a short name (airports by IATA code, people by first name). */
  ids: Record<string, string>;
  fulltextIndex: string;
  remove(): Promise<void>;
}

const PEOPLE = [
  { key: 'anna', name: 'Anna', surname: 'Nowak', born: '1981-03-02', personId: '9f86d081884c7d659a2feaa0c55ad015' },
  { key: 'ewa', name: 'Ewa', surname: 'Nowak', born: '1979-11-20', personId: '3c59dc048e8850243be8079a5c74d079' },
  { key: 'jan', name: 'Jan', surname: 'Kowalski', born: '1990-06-15', personId: 'b6d767d2f8ed5d21a44b0e5886680cb9' },
  { key: 'piotr', name: 'Piotr', surname: 'Zielinski', born: '1975-01-30', personId: '37693cfc748049e45d87b8c7d8b9aacd' },
  { key: 'anna2', name: 'Anna', surname: 'Wojcik', born: '1988-08-08', personId: '1ff1de774005f8da13f42943881c655f' },
];

const AIRPORTS = [
  { iata: 'LHR', id: '1001', description: 'London Heathrow Airport, the main hub of the United Kingdom' },
  { iata: 'JFK', id: '1002', description: 'John F. Kennedy International Airport in New York' },
  { iata: 'WAW', id: '1003', description: 'Warsaw Chopin Airport, the busiest in Poland' },
  { iata: 'KRK', id: '1004', description: 'Krakow John Paul II International Airport' },
  { iata: 'GDN', id: '1005', description: 'Gdansk Lech Walesa Airport on the Baltic coast' },
];

/** Routes are directed: LHR and JFK both ways (an outbound and a return flight), then a chain WAW → KRK → GDN. */
const ROUTES = [
  ['LHR', 'JFK'],
  ['JFK', 'LHR'],
  ['WAW', 'KRK'],
  ['KRK', 'GDN'],
  ['LHR', 'WAW'],
];

export async function loadForeignFixture(driver: Driver, database: string): Promise<ForeignFixture> {
  const suffix = uniqueSuffix();
  const labels = {
    all: `FxResource_${suffix}`,
    person: `FxPerson_${suffix}`,
    airport: `FxAirport_${suffix}`,
    place: `FxPlace_${suffix}`,
    city: `FxCity_${suffix}`,
    crime: `FxCrime_${suffix}`,
    event: `FxEvent_${suffix}`,
  };
  const route = `FX_ROUTE_${suffix}`;
  const visited = `FX_VISITED_${suffix}`;
  const q = (s: string) =>
    s.replace(/\b(ALL|PERSON|AIRPORT|PLACE|CITY|CRIME|EVENT|ROUTE|VISITED)\b/g, (m) => {
      const map: Record<string, string> = {
        ALL: labels.all,
        PERSON: labels.person,
        AIRPORT: labels.airport,
        PLACE: labels.place,
        CITY: labels.city,
        CRIME: labels.crime,
        EVENT: labels.event,
        ROUTE: route,
        VISITED: visited,
      };
      return `\`${map[m]!}\``;
    });
  const run = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(q(cypher), params, { database });
  const ids: Record<string, string> = {};
  const collect = (records: { get(k: string): unknown }[]) => {
    for (const r of records) ids[String(r.get('k'))] = String(r.get('id'));
  };
  collect(
    (
      await run(
        `UNWIND $people AS p CREATE (n:ALL:PERSON {name: p.name, surname: p.surname, born: date(p.born), personId: p.personId})
         RETURN p.key AS k, elementId(n) AS id`,
        { people: PEOPLE },
      )
    ).records,
  );
  collect(
    (
      await run(
        `UNWIND $airports AS a CREATE (n:ALL:PLACE:AIRPORT {iata: a.iata, id: a.id, description: a.description})
         RETURN a.iata AS k, elementId(n) AS id`,
        { airports: AIRPORTS },
      )
    ).records,
  );
  collect(
    (
      await run(`UNWIND $cities AS c CREATE (n:ALL:PLACE:CITY {name: c.name, founded: c.founded}) RETURN c.name AS k, elementId(n) AS id`, {
        cities: [
          { name: 'Warsaw', founded: '1300-01-01' },
          { name: 'Krakow', founded: '1257-06-05' },
        ],
      })
    ).records,
  );
  collect(
    (
      await run(
        `UNWIND $crimes AS c CREATE (n:ALL:CRIME {type: c.type, crimeId: c.crimeId, reported: c.reported}) RETURN c.crimeId AS k, elementId(n) AS id`,
        {
          crimes: [
            { type: 'Burglary', crimeId: 'e4da3b7fbbce2345d7772b0674a318d5', reported: '2017-08-01' },
            { type: 'Burglary', crimeId: '1679091c5a880faf6fb5e6087eb1b2dc', reported: '2017-09-12' },
            { type: 'Vehicle theft', crimeId: '8f14e45fceea167a5a36dedd4bea2543', reported: '2018-02-03' },
          ],
        },
      )
    ).records,
  );
  collect(
    (await run(`CREATE (n:ALL:EVENT {title: 'Baltic summit', date: date('2019-05-04')}) RETURN 'summit' AS k, elementId(n) AS id`)).records,
  );
  await run(`UNWIND $routes AS r MATCH (a:AIRPORT {iata: r[0]}), (b:AIRPORT {iata: r[1]}) CREATE (a)-[:ROUTE {distanceKm: 1000}]->(b)`, {
    routes: ROUTES,
  });
  await run(
    `MATCH (anna:PERSON {personId: $anna}), (ewa:PERSON {personId: $ewa}), (jan:PERSON {personId: $jan}),
           (w:CITY {name: 'Warsaw'}), (k:CITY {name: 'Krakow'}), (waw:AIRPORT {iata: 'WAW'}), (s:EVENT)
     CREATE (anna)-[:VISITED]->(w), (ewa)-[:VISITED]->(w), (jan)-[:VISITED]->(k), (waw)-[:VISITED]->(w), (jan)-[:VISITED]->(s)`,
    { anna: PEOPLE[0]!.personId, ewa: PEOPLE[1]!.personId, jan: PEOPLE[2]!.personId },
  );
  const fulltextIndex = `fx_airports_${suffix}`;
  await run(`CREATE FULLTEXT INDEX \`${fulltextIndex}\` FOR (n:AIRPORT) ON EACH [n.iata, n.description]`);
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  return {
    suffix,
    labels,
    route,
    visited,
    ids,
    fulltextIndex,
    async remove() {
      await driver.executeQuery(`DROP INDEX \`${fulltextIndex}\` IF EXISTS`, {}, { database });
      await run('MATCH (n:ALL) DETACH DELETE n');
    },
  };
}
