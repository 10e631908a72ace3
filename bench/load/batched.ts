/**
 * The import path users have (`npm run import`, seeding): loadSeedData with one transaction
 * per batch, its own default batch size and parallel sessions (seed/load.ts BATCH, PARALLEL,
 * which `npm run bench:import-batches` measures against others). The graph is generated in
 * chunks so 1M nodes fit in memory; only the time inside loadSeedData (and the final wait for
 * indexes) counts, not the generator's.
 */
import { applySchemaFile } from '../../server/db/write.ts';
import { BATCH, PARALLEL, loadSeedData, type LoadReport } from '../../seed/load.ts';
import type { SeedFile } from '../../seed/schema.ts';
import { seedChunks, type GraphPlan } from '../generate.ts';
import { rates, type BenchDb, type LoadResult } from './target.ts';

/** Runs one chunk's load; a caller may wrap it (bench:import-cpu samples CPU time around each). */
export type ChunkLoad = (data: SeedFile, load: () => Promise<LoadReport>) => Promise<LoadReport>;

export async function loadBatched(db: BenchDb, plan: GraphPlan, chunkLoad: ChunkLoad = (_data, load) => load()): Promise<LoadResult> {
  const target = { driver: db.driver, database: db.database };
  let dbMs = 0;
  let genMs = 0;
  const counts = { nodes: 0, relationships: 0, documents: 0 };
  let t = performance.now();
  await applySchemaFile(db.driver, db.database, 'schema');
  dbMs += performance.now() - t;
  t = performance.now();
  for (const data of seedChunks(plan)) {
    genMs += performance.now() - t;
    const report = await chunkLoad(data, () =>
      loadSeedData(target, { file: `bench-${plan.size}`, data, texts: new Map() }, { atomicity: 'batch' }),
    );
    dbMs += report.ms;
    counts.nodes += report.nodes;
    counts.relationships += report.relationships;
    counts.documents += report.documents;
    db.log.info({ phase: 'load', method: 'batched', ...counts, ms: Math.round(dbMs) }, 'batched import progress');
    t = performance.now();
  }
  t = performance.now();
  await db.driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: db.database });
  dbMs += performance.now() - t;
  return rates('loadSeedData, batch transactions', counts, dbMs, {
    note: `batches of ${BATCH} rows, ${PARALLEL} at a time; generator time ${Math.round(genMs)} ms not counted`,
  });
}
