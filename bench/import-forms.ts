/**
 * `npm run bench:import-forms -- [--size=100k] [--out=file.json]`: the bulk import's relationships
 * sent as rows of maps, each row naming every property (bench/cypher/write-relationships-rows.cypher,
 * the form before), against columns, each name once per batch (seed/load.ts writeRelationships,
 * the import's own path). One load of the generated graph into a fresh bench database: documents
 * and nodes by loadSeedData, then the relationships in batches of BATCH rows of one type, the two
 * forms taking turns batch by batch, so the machine's drift (which moved whole loads by 1.5× here)
 * falls on both alike. One batch at a time, so each batch's CPU is its own: per form,
 * the sum of the batches' wall time, Neo4j's CPU (its process, from /proc) and this process's CPU.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { flagValue } from './args.ts';
import { join } from 'node:path';
import { BATCH, loadSeedData, toRows, writeRelationships, type RelationshipRow } from '../seed/load.ts';
import { quoteNewIdentifier } from '../server/db/identifiers.ts';
import { applySchemaFile, inWriteTransaction } from '../server/db/write.ts';
import { toStorableProperties } from '../server/db/mapper.ts';
import { ownCpuMs, processCpuMs } from './cpu.ts';
import { parseSize, planGraph, seedChunks, sizeLabel } from './generate.ts';
import { benchLog as log } from './log.ts';
import { benchDriver, freshBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';

const flag = flagValue;
const size = parseSize(flag('size') ?? '100k');
const out = flag('out') ?? `bench/results/import-forms-${sizeLabel(size)}.json`;
const plan = planGraph(size);
const rowsStatement = readFileSync(join(import.meta.dirname, 'cypher', 'write-relationships-rows.cypher'), 'utf8');

type Form = 'rows' | 'columns';
const totals = {
  rows: { batches: 0, relationships: 0, ms: 0, neo4jCpuMs: 0, nodeCpuMs: 0 },
  columns: { batches: 0, relationships: 0, ms: 0, neo4jCpuMs: 0, nodeCpuMs: 0 },
};

const info = await freshBenchNeo4j((msg) => log.info(msg));
const driver = benchDriver(info);
const target = { driver, database: info.database };

async function writeBatch(form: Form, type: string, rows: RelationshipRow[]): Promise<void> {
  if (form === 'columns') {
    const missing = await inWriteTransaction(driver, info.database, (tx) => writeRelationships(tx, type, rows));
    if (missing.length) throw new Error(`${missing.length} relationships lost an end`);
    return;
  }
  const session = driver.session({ database: info.database, defaultAccessMode: 'WRITE' });
  try {
    const statement = rowsStatement.replaceAll('{{type}}', quoteNewIdentifier(type, 'relationship type'));
    const params = { rows: rows.map(({ from, to, props }) => ({ from, to, props: toStorableProperties(props) })) };
    const result = await session.executeWrite((tx) => tx.run(statement, params), { timeout: 600_000 });
    if (result.records.length) throw new Error(`${result.records.length} relationships lost an end`);
  } finally {
    await session.close();
  }
}

try {
  await applySchemaFile(driver, info.database, 'schema');
  let turn = 0;
  for (const data of seedChunks(plan)) {
    if (!data.relationships.length) {
      await loadSeedData(target, { file: `bench-${plan.size}`, data, texts: new Map() }, { atomicity: 'batch' });
      continue;
    }
    const rows = toRows({ file: `bench-${plan.size}`, data, texts: new Map() }).relationships;
    const byType = new Map<string, RelationshipRow[]>();
    for (const r of rows) (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);
    for (const [type, group] of byType) {
      for (let i = 0; i < group.length; i += BATCH) {
        const batch = group.slice(i, i + BATCH);
        const form: Form = turn++ % 2 ? 'rows' : 'columns';
        const [t0, neo0, own0] = [performance.now(), processCpuMs(info.pid), ownCpuMs()];
        await writeBatch(form, type, batch);
        const sum = totals[form];
        sum.batches += 1;
        sum.relationships += batch.length;
        sum.ms += performance.now() - t0;
        sum.neo4jCpuMs += processCpuMs(info.pid) - neo0;
        sum.nodeCpuMs += ownCpuMs() - own0;
      }
    }
    log.info({ phase: 'relationships', batches: turn, ...totals }, 'import forms progress');
  }
} finally {
  await driver.close();
  await stopBenchNeo4j((msg) => log.info(msg));
}
// Per 100,000 relationships, so the two forms compare even when their batches' sizes differ.
const per100k = (form: Form) => {
  const t = totals[form];
  const k = 100_000 / t.relationships;
  return { ms: Math.round(t.ms * k), neo4jCpuMs: Math.round(t.neo4jCpuMs * k), nodeCpuMs: Math.round(t.nodeCpuMs * k) };
};
const rows = per100k('rows');
const columns = per100k('columns');
const report = {
  size,
  batch: BATCH,
  totals,
  per100kRelationships: { rows, columns },
  columnsOverRows: {
    ms: Math.round((columns.ms / rows.ms) * 100) / 100,
    neo4jCpuMs: Math.round((columns.neo4jCpuMs / rows.neo4jCpuMs) * 100) / 100,
    nodeCpuMs: Math.round((columns.nodeCpuMs / rows.nodeCpuMs) * 100) / 100,
  },
};
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
log.info({ out, per100kRelationships: report.per100kRelationships, columnsOverRows: report.columnsOverRows }, 'import forms measured');
process.exit(0);
