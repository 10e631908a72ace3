/**
 * Loads checked import files into Neo4j: schema first, then documents, nodes and
 * relationships in batched, parameterised UNWIND statements inside one transaction, so a
 * file loads whole or not at all. Running it again changes nothing (keys + MERGE + SET =).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from '../server/db/driver.ts';
import { readRows } from '../server/db/read.ts';
import { toJson } from '../server/db/mapper.ts';
import { applySchemaFile, inWriteTransaction } from '../server/db/write.ts';
import { quoteNewIdentifier } from '../server/db/identifiers.ts';
import type { Logger } from '../server/logger.ts';
import { periodEnd, periodStart, readSeedFile, relationshipKey, type LoadedSeed } from './read.ts';
import type { SeedFile } from './schema.ts';

export const seedDataDir = resolve(dirname(fileURLToPath(import.meta.url)), 'data');
const BATCH = 1000;

export interface LoadTarget {
  driver: Driver;
  database: string;
  logger?: Pick<Logger, 'info'>;
}

export interface LoadReport {
  documents: number;
  nodes: number;
  relationships: number;
  ms: number;
}

export class ImportError extends Error {}

function evidenceProps(evidence: { document: string; quote: string }[]): Record<string, string[]> {
  return evidence.length ? { sources: evidence.map((e) => e.document), quotes: evidence.map((e) => e.quote) } : {};
}

/** Turns a checked file into the parameter rows of the upsert statements. */
export function toRows(seed: LoadedSeed) {
  const { data, texts } = seed;
  const documents = data.documents.map((d) => {
    const { textFile: _t, date, ...rest } = d;
    const text = texts.get(d.key);
    return { key: d.key, date: periodStart(date), props: { ...rest, name: d.title, dateText: date, ...(text ? { text } : {}) } };
  });
  const nodes = data.nodes.map((n) => ({
    key: n.key,
    labels: n.labels,
    props: {
      ...n.properties,
      key: n.key,
      name: n.name,
      aliases: n.aliases,
      ...(n.description ? { description: n.description } : {}),
      ...evidenceProps(n.evidence),
    },
  }));
  const relationships = data.relationships.map((r) => ({
    key: relationshipKey(r),
    type: r.type,
    from: r.from,
    to: r.to,
    validFrom: r.validFrom ? periodStart(r.validFrom) : null,
    validTo: r.validTo ? periodEnd(r.validTo) : null,
    props: {
      ...r.properties,
      key: relationshipKey(r),
      ...(r.validFrom ? { validFromText: r.validFrom } : {}),
      ...(r.validTo ? { validToText: r.validTo } : {}),
      ...evidenceProps(r.evidence),
    },
  }));
  return { documents, nodes, relationships };
}

function* batches<T>(rows: T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Batches of rows that share a label set or a type, since those fill a statement's slots. */
function* groupedBatches<T>(rows: T[], groupOf: (row: T) => string): Generator<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const g = groupOf(row);
    const list = groups.get(g);
    if (list) list.push(row);
    else groups.set(g, [row]);
  }
  for (const [g, list] of groups) for (const batch of batches(list)) yield [g, batch];
}

/** Loads the given files, each in one transaction; throws ImportError and writes nothing for a bad file. */
export async function loadFiles(target: LoadTarget, files: string[]): Promise<LoadReport> {
  const seeds = files.map((f) => readSeedFile(f)); // every file is checked before anything is written
  const started = Date.now();
  await applySchemaFile(target.driver, target.database, 'schema');
  const total: LoadReport = { documents: 0, nodes: 0, relationships: 0, ms: 0 };
  for (const seed of seeds) {
    const rows = toRows(seed);
    await inWriteTransaction(target.driver, target.database, async (tx) => {
      for (const batch of batches(rows.documents)) await tx.run('upsert-documents', { rows: batch });
      let done = 0;
      for (const [labels, batch] of groupedBatches(rows.nodes, (n) => n.labels.join(':'))) {
        const quoted = labels.split(':').map((l) => quoteNewIdentifier(l, 'label'));
        await tx.run('upsert-nodes', { rows: batch }, { labels: quoted });
        done += batch.length;
        target.logger?.info({ file: seed.file, nodes: done, of: rows.nodes.length }, 'importing nodes');
      }
      done = 0;
      for (const [type, batch] of groupedBatches(rows.relationships, (r) => r.type)) {
        const missing = await tx.run('upsert-relationships', { rows: batch }, { type: quoteNewIdentifier(type, 'relationship type') });
        if (missing.length) {
          const m = missing[0]!;
          throw new ImportError(
            `${seed.file}: relationship ${String(m.key)}: no node with key "${String(m.fromMissing ? m.from : m.to)}" in the file or the database (nothing was imported)`,
          );
        }
        done += batch.length;
        target.logger?.info({ file: seed.file, relationships: done, of: rows.relationships.length }, 'importing relationships');
      }
    });
    total.documents += rows.documents.length;
    total.nodes += rows.nodes.length;
    total.relationships += rows.relationships.length;
  }
  total.ms = Date.now() - started;
  return total;
}

/** The seed graph's files: every .yaml/.json file in seed/data. */
export function seedFiles(): string[] {
  return readdirSync(seedDataDir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(seedDataDir, f));
}

export const loadSeed = (target: LoadTarget) => loadFiles(target, seedFiles());

/** Seeds only a database that holds no nodes at all: never writes to someone's own data. */
export async function seedIfEmpty(target: LoadTarget): Promise<LoadReport | undefined> {
  const [row] = await readRows({ driver: target.driver, database: target.database }, 'count-nodes');
  const count = Number(toJson(row?.nodes ?? 0));
  if (count > 0) return undefined;
  target.logger?.info('the database is empty: loading the seed graph');
  const report = await loadSeed(target);
  target.logger?.info(report, 'seed graph loaded');
  return report;
}

export type { SeedFile };
