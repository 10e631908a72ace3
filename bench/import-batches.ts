/**
 * Chooses the bulk import's batch size and parallelism by measurement: the generated graph
 * (default 10k nodes) loaded through loadSeedData with atomicity 'batch' at each setting, each
 * time under fresh keys into one fresh bench server, in two rounds (the second in reverse order,
 * so a growing database does not favour the settings measured first).
 * Run: npm run bench:import-batches [-- --size=10k --settings=1000x2,10000x2]; writes bench/results/import-batches-<size>.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadSeedData } from '../seed/load.ts';
import { applySchemaFile } from '../server/db/write.ts';
import { generateGraph, parseSize, withKeySuffix } from './generate.ts';
import { benchLog as log } from './log.ts';
import { benchDriver, freshBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';

const sizeArg = process.argv.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? '10k';
const size = parseSize(sizeArg);
// Batch sizes at two sessions, then one and four sessions at 10k rows; or `--settings=1000x2,10000x2`
// (rows per batch × sessions) to measure only those (a large size takes minutes per setting).
const settingsArg = process.argv.find((a) => a.startsWith('--settings='))?.slice('--settings='.length);
const settings = settingsArg
  ? settingsArg.split(',').map((s) => {
      const [batchSize, parallel] = s.split('x').map(Number);
      if (!Number.isInteger(batchSize) || !Number.isInteger(parallel) || batchSize! < 1 || parallel! < 1)
        throw new Error(`--settings: "${s}" is not <rows>x<sessions>, e.g. 10000x2`);
      return { batchSize: batchSize!, parallel: parallel! };
    })
  : [
      ...[1000, 5000, 10_000, 20_000].map((batchSize) => ({ batchSize, parallel: 2 })),
      { batchSize: 10_000, parallel: 1 },
      { batchSize: 10_000, parallel: 4 },
    ];

const graph = generateGraph(size);
const info = await freshBenchNeo4j((msg) => log.info(msg));
const driver = benchDriver(info);
const target = { driver, database: info.database };
const loadAverageAtStart = loadavg();
const runs: { batchSize: number; parallel: number; round: number; ms: number }[] = [];
try {
  await applySchemaFile(driver, info.database, 'schema');
  for (const [round, order] of [settings, [...settings].reverse()].entries()) {
    for (const s of order) {
      const data = withKeySuffix(graph, `r${round}b${s.batchSize}p${s.parallel}`);
      const report = await loadSeedData(target, { file: 'tuning', data, texts: new Map() }, { atomicity: 'batch', ...s });
      runs.push({ ...s, round, ms: report.ms });
      log.info({ ...s, round, ms: report.ms }, 'import setting measured');
    }
  }
} finally {
  await driver.close();
  await stopBenchNeo4j((msg) => log.info(msg));
}
const mean = settings.map((s) => {
  const times = runs.filter((r) => r.batchSize === s.batchSize && r.parallel === s.parallel).map((r) => r.ms);
  return { ...s, meanMs: Math.round(times.reduce((a, b) => a + b, 0) / times.length) };
});
const best = [...mean].sort((a, b) => a.meanMs - b.meanMs)[0];
const report = {
  size,
  nodes: graph.nodes.length + graph.documents.length,
  relationships: graph.relationships.length,
  loadAverageAtStart,
  loadAverageAtEnd: loadavg(),
  runs,
  mean,
  best,
};
const file = join(import.meta.dirname, 'results', `import-batches-${sizeArg}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
log.info({ best, file }, 'import batch settings measured');
