/**
 * Loads checked import files into Neo4j: schema first, then documents, nodes and
 * relationships in batched, parameterised UNWIND statements inside one transaction, so a
 * file loads whole or not at all. Running it again changes nothing (keys + MERGE + SET =).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applySchemaFile,
  inWriteTransaction,
  quoteNewIdentifier,
  readRows,
  toJson,
  toStorableProperties,
  type Driver,
  type WriteTx,
} from '../server/db/index.ts';
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
function* groupedBatches<T>(rows: T[], groupOf: (row: T) => string, size = BATCH): Generator<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const g = groupOf(row);
    const list = groups.get(g);
    if (list) list.push(row);
    else groups.set(g, [row]);
  }
  for (const [g, list] of groups) for (const batch of batches(list, size)) yield [g, batch];
}

export interface LoadOptions {
  /**
   * 'file' (the default): one transaction per file, so a file loads whole or not at all.
   * 'batch': one transaction per batch, for bulk loads too large for one transaction.
   */
  atomicity?: 'file' | 'batch';
  batchSize?: number;
}

type Step = (tx: WriteTx) => Promise<void>;

/** The rows as sent: whole numbers as Neo4j integers (a JS number alone would be stored as a float). */
const storable = <R extends { props: Record<string, unknown> }>(rows: R[]): R[] =>
  rows.map((r) => ({ ...r, props: toStorableProperties(r.props) }));

/** The writes of one checked file, as steps of one batch each, in dependency order. */
function* writeSteps(target: LoadTarget, seed: LoadedSeed, batchSize: number): Generator<Step> {
  const rows = toRows(seed);
  for (const batch of batches(rows.documents, batchSize))
    yield (tx) => tx.run('upsert-documents', { rows: storable(batch) }).then(() => undefined);
  let done = 0;
  for (const [labels, batch] of groupedBatches(rows.nodes, (n) => n.labels.join(':'), batchSize)) {
    const quoted = labels.split(':').map((l) => quoteNewIdentifier(l, 'label'));
    yield async (tx) => {
      await tx.run('upsert-nodes', { rows: storable(batch) }, { labels: quoted });
      done += batch.length;
      target.logger?.info({ file: seed.file, nodes: done, of: rows.nodes.length }, 'importing nodes');
    };
  }
  let linked = 0;
  for (const [type, batch] of groupedBatches(rows.relationships, (r) => r.type, batchSize)) {
    yield async (tx) => {
      const missing = await tx.run(
        'upsert-relationships',
        { rows: storable(batch) },
        { type: quoteNewIdentifier(type, 'relationship type') },
      );
      if (missing.length) {
        const m = missing[0]!;
        throw new ImportError(
          `${seed.file}: relationship ${String(m.key)}: no node with key "${String(m.fromMissing ? m.from : m.to)}" in the file or the database (nothing from this file was imported)`,
        );
      }
      linked += batch.length;
      target.logger?.info({ file: seed.file, relationships: linked, of: rows.relationships.length }, 'importing relationships');
    };
  }
}

/** Loads checked data (from a file or made in memory, e.g. by the benchmark's generator). */
export async function loadSeedData(target: LoadTarget, seed: LoadedSeed, options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? BATCH;
  if (options.atomicity === 'batch') {
    for (const step of writeSteps(target, seed, batchSize)) await inWriteTransaction(target.driver, target.database, step);
  } else {
    // The steps are made inside the work: a retried transaction starts them over.
    await inWriteTransaction(target.driver, target.database, async (tx) => {
      for (const step of writeSteps(target, seed, batchSize)) await step(tx);
    });
  }
  const { documents, nodes, relationships } = seed.data;
  return { documents: documents.length, nodes: nodes.length, relationships: relationships.length, ms: Date.now() - started };
}

/** Loads the given files, each in one transaction; throws and writes nothing from a bad file. */
export async function loadFiles(target: LoadTarget, files: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const seeds = files.map((f) => readSeedFile(f)); // every file is checked before anything is written
  const started = Date.now();
  await applySchemaFile(target.driver, target.database, 'schema');
  const total: LoadReport = { documents: 0, nodes: 0, relationships: 0, ms: 0 };
  for (const seed of seeds) {
    const report = await loadSeedData(target, seed, options);
    total.documents += report.documents;
    total.nodes += report.nodes;
    total.relationships += report.relationships;
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
