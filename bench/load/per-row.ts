/**
 * The naive baseline: the same upsert statements, one row per transaction (what a script
 * that loops over rows and calls the driver does). Run on a sample of fresh rows into the
 * loaded graph, for a bounded time, then extrapolated to the whole graph and labelled so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSeed } from '../../seed/read.ts';
import { toRows, upserts } from '../../seed/load.ts';
import { loadOntology } from '../../seed/ontology.ts';
import { inWriteTransaction } from '../../server/db/write.ts';
import { nodeAt } from '../generate/nodes.ts';
import { rangeOf } from '../generate/plan.ts';
import { relationshipsFrom } from '../generate/relationships.ts';
import type { GraphPlan } from '../generate.ts';
import { rates, type BenchDb, type LoadResult } from './target.ts';

const SUFFIX = '-solo';
const deleteByKeys = readFileSync(join(import.meta.dirname, '..', 'cypher', 'delete-by-keys.cypher'), 'utf8');

/** Fresh copies of some people (new keys) and their relationships into the existing graph. */
function sample(plan: GraphPlan, count: number): LoadedSeed {
  const people = rangeOf(plan, 'Person');
  const indexes = Array.from({ length: Math.min(count, people.count) }, (_, i) => people.start + i);
  const nodes = indexes.map((i) => {
    const n = nodeAt(plan, i);
    return { ...n, key: n.key + SUFFIX };
  });
  const relationships = indexes.flatMap((i) =>
    relationshipsFrom(plan, i, (j) => nodeAt(plan, j).name).map((r) => ({ ...r, from: r.from + SUFFIX })),
  );
  return { file: 'per-row-sample', data: { documents: [], nodes, relationships }, texts: new Map() };
}

/** Runs `work` on each row, one transaction each, until the rows or the time budget run out. */
async function oneByOne<T>(db: BenchDb, rows: T[], budgetMs: number, work: (row: T) => Parameters<typeof inWriteTransaction>[2]) {
  const started = performance.now();
  let done = 0;
  for (const row of rows) {
    if (performance.now() - started > budgetMs) break;
    await inWriteTransaction(db.driver, db.database, work(row));
    done++;
  }
  return { done, ms: performance.now() - started };
}

export async function perRowBaseline(
  db: BenchDb,
  plan: GraphPlan,
  full: { nodes: number; relationships: number; documents: number },
  budgetMs = 10_000,
): Promise<LoadResult> {
  const rows = toRows(sample(plan, 2000));
  const upsert = upserts(loadOntology());
  const nodes = await oneByOne(db, rows.nodes, budgetMs, (row) => (tx) => upsert.nodes(tx, [row]));
  // Only relationships whose source made it in the time budget.
  const written = new Set(rows.nodes.slice(0, nodes.done).map((n) => n.key));
  const relRows = rows.relationships.filter((r) => written.has(r.from));
  const rels = await oneByOne(db, relRows, budgetMs, (row) => (tx) => upsert.relationships(tx, [row]));
  await db.driver.executeQuery(deleteByKeys, { keys: [...written] }, { database: db.database });
  const nodeRate = nodes.done / (nodes.ms / 1000);
  const relRate = rels.done / (rels.ms / 1000);
  const estimatedMs = ((full.nodes + full.documents) / nodeRate + full.relationships / relRate) * 1000;
  db.log.info({ phase: 'load', method: 'per-row', nodes: nodes.done, relationships: rels.done, nodeRate, relRate }, 'per-row sample done');
  return {
    ...rates('same upserts, one row per transaction', full, estimatedMs),
    nodesPerSec: Math.round(nodeRate),
    relationshipsPerSec: Math.round(relRate),
    extrapolated: true,
    note: `EXTRAPOLATED from ${nodes.done} nodes in ${Math.round(nodes.ms)} ms and ${rels.done} relationships in ${Math.round(rels.ms)} ms, written into the loaded graph`,
  };
}
