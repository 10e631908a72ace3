/**
 * `npm run bench:import-cpu -- [--size=100k] [--rounds=2] [--arms=load-csv,ours] [--out=file.json]`: where a bulk import's
 * time goes. The generated graph loaded into a fresh bench database by LOAD CSV (the reference of
 * `npm run bench`) and by our batched import (the bench's loadBatched: loadSeedData, its default
 * batch size and sessions), in alternating rounds; for each load the wall time of the nodes and the relationships
 * phases, Neo4j's CPU time (its process's, from /proc) and, for ours, this process's CPU (the rows,
 * the driver's packing). On two cores both compete for the same CPU, so CPU seconds say what a
 * change saves even when the machine's noise hides it in the wall time.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { flagValue } from './args.ts';
import { BATCH, PARALLEL } from '../seed/load.ts';
import { planGraph, parseSize, sizeLabel } from './generate.ts';
import { loadBatched } from './load/batched.ts';
import { loadCsv } from './load/csv-load.ts';
import { writeCsv } from './load/csv-write.ts';
import { ownCpuMs, processCpuMs } from './cpu.ts';
import { benchLog as log } from './log.ts';
import { benchDriver, benchImportDir, freshBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';

const flag = flagValue;
const size = parseSize(flag('size') ?? '100k');
const rounds = Number(flag('rounds') ?? 2);
// --arms=ours (or load-csv) measures one arm only, e.g. to compare two versions of ours.
const arms = (flag('arms') ?? 'load-csv,ours').split(',');
const out = flag('out') ?? `bench/results/import-cpu-${sizeLabel(size)}.json`;
const plan = planGraph(size);

interface Phase {
  ms: number;
  neo4jCpuMs: number;
  nodeCpuMs?: number;
}
interface Load {
  arm: 'LOAD CSV' | 'ours';
  round: number;
  ms: number;
  nodes: Phase;
  relationships: Phase;
}

async function fresh() {
  const info = await freshBenchNeo4j((msg) => log.info(msg));
  const driver = benchDriver(info);
  return { info, driver };
}

async function viaLoadCsv(round: number): Promise<Load> {
  const files = writeCsv(plan, benchImportDir);
  const { info, driver } = await fresh();
  const db = { driver, database: info.database, log };
  try {
    // Two calls, so each phase has its own times: documents and nodes, then relationships.
    const phase = async (which: typeof files): Promise<Phase> => {
      const cpu0 = processCpuMs(info.pid);
      const r = await loadCsv(db, which);
      return { ms: r.ms, neo4jCpuMs: processCpuMs(info.pid) - cpu0 };
    };
    const nodes = await phase(files.filter((f) => f.kind !== 'relationships'));
    const relationships = await phase(files.filter((f) => f.kind === 'relationships'));
    return { arm: 'LOAD CSV', round, ms: nodes.ms + relationships.ms, nodes, relationships };
  } finally {
    await driver.close();
    rmSync(benchImportDir, { recursive: true, force: true });
  }
}

async function viaOurs(round: number): Promise<Load> {
  const { info, driver } = await fresh();
  const phases = { nodes: { ms: 0, neo4jCpuMs: 0, nodeCpuMs: 0 }, relationships: { ms: 0, neo4jCpuMs: 0, nodeCpuMs: 0 } };
  try {
    // The bench's own import path, each chunk's load timed with both processes' CPU around it.
    const result = await loadBatched({ driver, database: info.database, log }, plan, async (data, load) => {
      const [neo4j0, own0] = [processCpuMs(info.pid), ownCpuMs()];
      const report = await load();
      const phase = data.relationships.length ? phases.relationships : phases.nodes;
      phase.ms += report.ms;
      phase.neo4jCpuMs += processCpuMs(info.pid) - neo4j0;
      phase.nodeCpuMs += Math.round(ownCpuMs() - own0);
      return report;
    });
    return { arm: 'ours', round, ms: result.ms, ...phases };
  } finally {
    await driver.close();
  }
}

const loads: Load[] = [];
try {
  for (let round = 0; round < rounds; round++)
    for (const arm of (round % 2 ? [viaOurs, viaLoadCsv] : [viaLoadCsv, viaOurs]).filter((a) =>
      arms.includes(a === viaOurs ? 'ours' : 'load-csv'),
    )) {
      const load = await arm(round);
      loads.push(load);
      log.info(load, 'load measured');
    }
} finally {
  await stopBenchNeo4j((msg) => log.info(msg));
}
const ratios = Array.from({ length: rounds }, (_, round) => {
  const [csv, ours] = (['LOAD CSV', 'ours'] as const).map((arm) => loads.find((l) => l.round === round && l.arm === arm));
  return csv && ours ? Math.round((csv.ms / ours.ms) * 100) / 100 : null;
});
const report = { size, batch: BATCH, parallel: PARALLEL, loads, loadCsvTimeOverOurs: ratios };
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
log.info({ out, loadCsvTimeOverOurs: ratios }, 'import CPU measured');
process.exit(0);
