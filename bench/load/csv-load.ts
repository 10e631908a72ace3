/**
 * The physical reference: Neo4j's own LOAD CSV with CALL { } IN TRANSACTIONS OF 10000 ROWS
 * on the same rows, from the bench server's import folder. CALL … IN TRANSACTIONS only runs
 * in an auto-commit transaction, hence session.run rather than executeQuery.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuotedIdentifier } from '../../server/db/identifiers.ts';
import { quoteNewIdentifier } from '../../server/db/identifiers.ts';
import { applySchemaFile } from '../../server/db/write.ts';
import type { CsvFile } from './csv-write.ts';
import { rates, type BenchDb, type LoadResult } from './target.ts';

const statement = (name: string) => readFileSync(join(import.meta.dirname, '..', 'cypher', `${name}.cypher`), 'utf8');

/** Fills a {{slot}} with a checked, backtick-quoted label set or type: the only text spliced in. */
const withSlot = (text: string, slot: string, value: QuotedIdentifier[]) => text.replaceAll(`{{${slot}}}`, value.join(':'));

function statementFor(f: CsvFile): string {
  if (f.kind === 'documents') return statement('load-csv-documents');
  if (f.kind === 'nodes')
    return withSlot(
      statement('load-csv-nodes'),
      'labels',
      f.group.split(':').map((l) => quoteNewIdentifier(l, 'label')),
    );
  return withSlot(statement('load-csv-relationships'), 'type', [quoteNewIdentifier(f.group, 'relationship type')]);
}

const ORDER = { documents: 0, nodes: 1, relationships: 2 };

export async function loadCsv(db: BenchDb, files: CsvFile[]): Promise<LoadResult> {
  const started = performance.now();
  await applySchemaFile(db.driver, db.database, 'schema');
  const counts = { nodes: 0, relationships: 0, documents: 0 };
  for (const f of [...files].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run(statementFor(f), { url: `file:///${f.file}` });
    } finally {
      await session.close();
    }
    counts[f.kind] += f.rows;
    db.log.info(
      { phase: 'load', method: 'load-csv', file: f.file, rows: f.rows, ms: Math.round(performance.now() - started) },
      'LOAD CSV file done',
    );
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: db.database });
  return rates('LOAD CSV, IN TRANSACTIONS OF 10000 ROWS', counts, performance.now() - started, { note: 'CSV writing time not counted' });
}
