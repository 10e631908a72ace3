/**
 * `npm run bench:neighbors-count -- --size=1m`: the before and after of counting a
 * node's neighbours, on the graph the last `npm run bench` left in .neo4j-bench (its largest
 * size; --size names it). The filtered statement (cypher/neighbors.cypher, which walks every
 * relationship to count them) against the unfiltered one (cypher/neighbors-unfiltered.cypher,
 * which reads the degree), on the hub and on the typical nodes, alternating, one at a time,
 * through the bare driver. Prints p50/p95 and the ratio; the bench's own server is stopped after.
 */
import { cypher } from '../server/db/cypher-files.ts';
import { toDriverValue } from '../server/db/mapper.ts';
import { latency } from './api/stats.ts';
import { elementIds, neighborParams } from './api/workloads.ts';
import { benchTargets, parseSize, planGraph, sizeLabel } from './generate.ts';
import { benchLog as log } from './log.ts';
import { benchDriver, startBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';

const ROUNDS = 200;
const sizeArg = process.argv.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? '1m';
const size = parseSize(sizeArg);
const targets = benchTargets(planGraph(size));
const info = await startBenchNeo4j((msg) => log.info(msg));
const driver = benchDriver(info);
try {
  const ids = await elementIds(driver, info.database, [targets.hub, ...targets.typical]);
  if (!ids.has(targets.hub))
    throw new Error(`the bench database holds no ${sizeLabel(size)} graph: run npm run bench -- --sizes=…,${sizeArg} first`);
  const statements = { 'filtered count (before)': cypher('neighbors'), 'degree (after)': cypher('neighbors-unfiltered') };
  const rows: string[] = ['| node | statement | p50 ms | p95 ms |', '|---|---|---|---|'];
  for (const [node, keys] of [
    ['hub', [targets.hub]],
    ['typical', targets.typical],
  ] as const) {
    const samples = new Map<string, number[]>(Object.keys(statements).map((k) => [k, []]));
    for (let i = 0; i < ROUNDS; i++) {
      const id = ids.get(keys[i % keys.length]!)!;
      const params = toDriverValue(neighborParams(id)) as Record<string, unknown>;
      for (const [name, text] of Object.entries(statements)) {
        const t = performance.now();
        await driver.executeQuery(text, params, { database: info.database, routing: 'READ' });
        samples.get(name)!.push(performance.now() - t);
      }
      if (i % 50 === 49) log.info({ node, rounds: i + 1, of: ROUNDS }, 'neighbors count progress');
    }
    const results = [...samples].map(([name, xs]) => ({ name, l: latency(xs) }));
    for (const { name, l } of results) rows.push(`| ${node} | ${name} | ${l.p50} | ${l.p95} |`);
    const [before, after] = results.map((r) => r.l.p50) as [number, number];
    log.info({ node, beforeP50: before, afterP50: after, ratio: Math.round((before / after) * 10) / 10 }, 'neighbors count measured');
  }
  process.stdout.write(`\nNeighbors count at ${sizeLabel(size)}, ${ROUNDS} requests per statement and node kind:\n\n${rows.join('\n')}\n`);
} finally {
  await driver.close();
  await stopBenchNeo4j((msg) => log.info(msg));
}
