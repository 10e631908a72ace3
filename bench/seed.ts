/**
 * The "seed" item: the whole CSTO file into an empty database (median of three loads), and the
 * cost of many types: the same 3,000 relationships under one type and spread over 50, each with
 * an ontology of that many types (one generated statement either way, so not 50 round trips).
 * Run inside `npm run bench` (phase `seed`), or alone against any database:
 * `npx tsx test/bench/seed.ts` with NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD (it empties that database).
 */
import type { Ontology } from '../contract/ontology.ts';
import { loadFiles, loadSeedData, seedFiles } from '../seed/load.ts';
import type { LoadedSeed } from '../seed/read.ts';
import type { SeedFile } from '../seed/schema.ts';
import { createDriver, type Driver } from '../server/db/driver.ts';

export interface SeedBench {
  /** Milliseconds of each load of the CSTO files into an empty database (schema included). */
  cstoMs: number[];
  cstoMedianMs: number;
  relationships: number;
  /** The same rows under 1 type and under 50 types: median ms of three loads each. */
  oneTypeMs: number;
  fiftyTypesMs: number;
  fiftyOverOne: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function empty(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
}

/** An ontology of `count` types between two labels, and a file whose relationships use them in turn. */
function synthetic(count: number, rows: number): { ontology: Ontology; seed: LoadedSeed } {
  const types = Array.from({ length: count }, (_, i) => `REL_${i}`);
  const ontology: Ontology = {
    families: { support: { colour: '#000000', description: 'synthetic' } },
    labels: { Country: { caption: 'name', description: 'synthetic' } },
    opposingFamilies: [],
    relationshipTypes: Object.fromEntries(
      types.map((t) => [
        t,
        {
          family: 'support',
          symmetric: false,
          domain: ['Country'],
          range: ['Country'],
          time: 'none',
          properties: {},
          phrase: '{from} {to}',
          inverse: '{to} {from}',
          description: t,
        },
      ]),
    ),
  };
  const nodes = Array.from({ length: 300 }, (_, i) => ({
    key: `bench-seed-${i}`,
    labels: ['Country'],
    name: `Country ${i}`,
    aliases: [],
    properties: {},
    evidence: [],
  }));
  const relationships = Array.from({ length: rows }, (_, i) => ({
    type: types[i % count]!,
    from: `bench-seed-${i % 300}`,
    to: `bench-seed-${(i * 7 + 1) % 300}`,
    qualifier: `n${i}`,
    properties: {},
    evidence: [{ document: 'bench-seed-doc', quote: 'A synthetic claim.', attributed: false, credibility: 6 }],
  }));
  const data: SeedFile = {
    documents: [{ key: 'bench-seed-doc', title: 'Synthetic', date: '2024', reliability: 'F' }],
    nodes,
    relationships,
  };
  return { ontology, seed: { file: `synthetic-${count}-types`, data, texts: new Map() } };
}

export async function benchSeed(driver: Driver, database: string, log: (msg: string) => void = () => undefined): Promise<SeedBench> {
  const target = { driver, database };
  const cstoMs: number[] = [];
  let relationships = 0;
  for (let i = 0; i < 3; i++) {
    await empty(driver, database);
    const started = performance.now();
    relationships = (await loadFiles(target, seedFiles())).relationships;
    cstoMs.push(Math.round(performance.now() - started));
    log(`CSTO load ${i + 1}: ${cstoMs[i]} ms`);
  }
  const timeOf = async (count: number) => {
    const { ontology, seed } = synthetic(count, 3000);
    const ms: number[] = [];
    for (let i = 0; i < 3; i++) {
      await empty(driver, database);
      const started = performance.now();
      await loadSeedData(target, seed, { ontology });
      ms.push(performance.now() - started);
    }
    log(`${count} type(s): ${ms.map((m) => Math.round(m)).join(', ')} ms`);
    return Math.round(median(ms));
  };
  const oneTypeMs = await timeOf(1);
  const fiftyTypesMs = await timeOf(50);
  await empty(driver, database);
  return {
    cstoMs,
    cstoMedianMs: median(cstoMs),
    relationships,
    oneTypeMs,
    fiftyTypesMs,
    fiftyOverOne: Math.round((fiftyTypesMs / oneTypeMs) * 100) / 100,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const driver = createDriver({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    waitMs: 10_000,
  });
  try {
    const result = await benchSeed(driver, process.env.NEO4J_DATABASE || 'neo4j', (m) => console.error(m));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await driver.close();
  }
}
