/**
 * Loads checked import files into Neo4j: schema first, then documents, nodes and
 * relationships in batched, parameterised UNWIND statements inside one transaction, so a
 * file loads whole or not at all. Rows whose keys are certainly new (checked per batch, in its
 * transaction) are written with CREATE, the rest with MERGE; so a load into a fresh database
 * does no lookups of what it writes, and running it again changes nothing (keys + MERGE + SET =).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applySchemaFile,
  checkedInteger,
  inWriteTransaction,
  quoteNewIdentifier,
  readRows,
  storableDate,
  toJson,
  toStorableProperties,
  type CypherFragment,
  type Driver,
  type WriteTx,
} from '../server/db/index.ts';
import { claimsToProperties, type ClaimEntry, type StoredClaim } from '../contract/claims.ts';
import type { Ontology } from '../contract/ontology.ts';
import type { Logger } from '../server/logger.ts';
import { toColumns } from './columns.ts';
import { loadOntology } from './ontology.ts';
import { periodEnd, periodStart, readSeedFile, relationshipKey, type LoadedSeed } from './read.ts';
import type { SeedFile } from './schema.ts';

export const seedDataDir = resolve(dirname(fileURLToPath(import.meta.url)), 'data');
/**
 * Rows per statement (and per transaction with atomicity 'batch'), as LOAD CSV's IN TRANSACTIONS
 * OF 10000 ROWS: `npm run bench:import-batches -- --size=10k --settings=1000x2,5000x2,10000x2`
 * took 10.2 s, 9.2 s and 8.2 s (second round, 2026-12-02): fewer, larger transactions win.
 */
export const BATCH = 10_000;
/** Sessions writing batches at once with atomicity 'batch' (measured like BATCH). */
export const PARALLEL = 2;

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

/** The claims as stored (contract/claims.ts), with the quote's offsets in the stored text. */
function evidenceProps(evidence: ClaimEntry[], texts: Map<string, string>): Record<string, unknown> {
  const claims: StoredClaim[] = evidence.map((e) => {
    const start = texts.has(e.document) ? (e.start ?? texts.get(e.document)!.indexOf(e.quote)) : -1;
    return {
      document: e.document,
      quote: e.quote,
      start,
      end: start < 0 ? -1 : start + e.quote.length,
      speaker: e.speaker ?? null,
      attributed: e.attributed,
      attributedTo: e.attributedTo ?? null,
      credibility: e.credibility,
      ...(e.denies ? { denies: true } : {}),
    };
  });
  return claimsToProperties(claims);
}

const precisionOf = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');

interface Dated {
  validFrom?: string | undefined;
  validTo?: string | undefined;
  date?: string | undefined;
  validFromInferred?: boolean | undefined;
  validToInferred?: boolean | undefined;
  dateInferred?: boolean | undefined;
}

/**
 * An entry's time as Neo4j DATE properties: validFrom at the first day of its period, validTo at
 * the last (a year-precise end covers the whole year), a point `date` at its first day; each with
 * its precision, and `…Inferred: true` where the text implies the bound rather than states it.
 */
function timeProps(e: Dated): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (name: 'validFrom' | 'validTo' | 'date', value: string | undefined, inferred: boolean | undefined) => {
    if (value === undefined) return;
    out[name] = storableDate(name === 'validTo' ? periodEnd(value) : periodStart(value));
    out[`${name}Precision`] = precisionOf(value);
    if (inferred) out[`${name}Inferred`] = true;
  };
  put('validFrom', e.validFrom, e.validFromInferred);
  put('validTo', e.validTo, e.validToInferred);
  put('date', e.date, e.dateInferred);
  return out;
}

/** Turns a checked file into the parameter rows of the upsert statements. */
export function toRows(seed: LoadedSeed) {
  const { data, texts } = seed;
  const documents = data.documents.map((d) => {
    const { textFile: _t, date, ...rest } = d;
    const text = texts.get(d.key);
    return { key: d.key, props: { ...rest, name: d.title, ...timeProps({ date }), ...(text ? { text } : {}) } };
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
      ...timeProps(n),
      ...evidenceProps(n.evidence, texts),
    },
  }));
  const relationships = data.relationships.map((r) => ({
    key: relationshipKey(r),
    type: r.type,
    from: r.from,
    to: r.to,
    props: { ...r.properties, key: relationshipKey(r), ...timeProps(r), ...evidenceProps(r.evidence, texts) },
  }));
  return { documents, nodes, relationships };
}

function* batches<T>(rows: T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Rows grouped by a key, in first-seen order, each group in the rows' order. */
function groupBy<T>(rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(row);
  }
  return [...groups.values()];
}

export interface LoadOptions {
  /**
   * 'file' (the default): one transaction per file, so a file loads whole or not at all.
   * 'batch': one transaction per batch, for bulk loads too large for one transaction; the
   * batches of a phase (documents, then nodes, then relationships) run `parallel` at a time.
   */
  atomicity?: 'file' | 'batch';
  batchSize?: number;
  /** Sessions writing batches at the same time with atomicity 'batch' (default PARALLEL). */
  parallel?: number;
  /**
   * true (the default): rows whose keys are certainly new are written with CREATE (no lookup of
   * an existing node or relationship), the rest with the MERGE upserts. false: every row through
   * the MERGE upserts (the reference the CREATE path is tested against).
   */
  createNew?: boolean;
  /** The vocabulary the file was checked against (default: seed/ontology.yaml). */
  ontology?: Ontology;
}

/** One transaction's work (or, with atomicity 'file', one part of the file's transaction). */
type Step = (tx: WriteTx) => Promise<void>;

/** The rows as sent: whole numbers as Neo4j integers (a JS number alone would be stored as a float). */
const storable = <R extends { props: Record<string, unknown> }>(rows: R[]): R[] =>
  rows.map((r) => ({ ...r, props: toStorableProperties(r.props) }));

/** The {{#each}} entries of a generated statement: one per name, with its index into the name list parameter. */
function blocks(names: string[], slot: string, what: string): Record<string, CypherFragment>[] {
  return names.map((name, i) => ({ [slot]: quoteNewIdentifier(name, what), index: checkedInteger(i, 0, 999, 'block index') }));
}

type NodeRow = ReturnType<typeof toRows>['nodes'][number];
export type RelationshipRow = ReturnType<typeof toRows>['relationships'][number];

/**
 * The upsert statements, generated from the ontology: their text depends only on it, so it is
 * the same (and so is its plan) on every load, whatever mix of labels and types a batch holds.
 */
export function upserts(ontology: Ontology) {
  const labels = Object.keys(ontology.labels).filter((l) => l !== 'Document');
  const types = Object.keys(ontology.relationshipTypes);
  const labelBlocks = { labels: blocks(labels, 'label', 'label') };
  const typeBlocks = { types: blocks(types, 'type', 'relationship type') };
  return {
    nodes: (tx: WriteTx, rows: NodeRow[]) => tx.run('upsert-nodes', { rows: storable(rows), labels }, {}, labelBlocks),
    /** Returns the rows whose ends were not found. */
    relationships: (tx: WriteTx, rows: RelationshipRow[]) =>
      tx.run('upsert-relationships', { rows: storable(rows), types }, {}, typeBlocks),
  };
}

/**
 * The bulk path's writes: CREATE for the rows whose keys are certainly new, the MERGE upsert for
 * the rest. A node key no entity holds is new (checked in the same transaction just before); a
 * relationship whose start has no outgoing or whose end has no incoming relationship of its type
 * yet is new (checked inside its one statement, write-relationships.cypher, which finds the ends
 * once). So a fresh database gets CREATE throughout, and a file that overlaps the graph still merges.
 * Each call takes rows of one label set or one type: its label or type is written into the
 * statement (checked by quoteNewIdentifier), as in the LOAD CSV statements, so nothing is
 * dispatched per row.
 */
function creates(upsert: ReturnType<typeof upserts>) {
  return {
    async nodes(tx: WriteTx, labels: string[], rows: NodeRow[]) {
      const present = await tx.run('entity-keys-present', { keys: rows.map((r) => r.key) });
      const stored = new Set(present.map((r) => String(r.key)));
      const fresh = stored.size ? rows.filter((r) => !stored.has(r.key)) : rows;
      const quoted = labels.map((l) => quoteNewIdentifier(l, 'label'));
      // Only the properties travel: the labels are in the statement, the key is among the properties.
      if (fresh.length) await tx.run('create-nodes', { props: fresh.map((r) => toStorableProperties(r.props)) }, { labels: quoted });
      if (stored.size)
        await upsert.nodes(
          tx,
          rows.filter((r) => stored.has(r.key)),
        );
    },
    relationships: writeRelationships,
  };
}

/**
 * The bulk path's write of relationships of one type (write-relationships.cypher); returns the
 * rows whose ends were not found. The keys, ends and property columns travel, not the type: it
 * is in the statement. (`npm run bench:import-forms` measures it against rows of maps.)
 */
export function writeRelationships(tx: WriteTx, type: string, rows: RelationshipRow[]): Promise<Record<string, unknown>[]> {
  const { props, columns } = toColumns(
    rows.map((r) => toStorableProperties(r.props)),
    'key',
  );
  return tx.run(
    'write-relationships',
    { keys: rows.map((r) => r.key), from: rows.map((r) => r.from), to: rows.map((r) => r.to), ...columns },
    { type: quoteNewIdentifier(type, 'relationship type') },
    { props },
  );
}

/**
 * The writes of one checked file as phases in dependency order (documents, nodes,
 * relationships), each a list of steps of one batch that do not depend on one another.
 */
function writePhases(target: LoadTarget, seed: LoadedSeed, options: Required<Omit<LoadOptions, 'parallel'>>): Step[][] {
  const { batchSize, ontology, createNew, atomicity } = options;
  const rows = toRows(seed);
  const upsert = upserts(ontology);
  const create = creates(upsert);
  const documents = [...batches(rows.documents, batchSize)].map<Step>(
    (batch) => (tx) => tx.run('upsert-documents', { rows: storable(batch) }).then(() => undefined),
  );
  let done = 0;
  const nodeStep =
    (batch: NodeRow[], write: (tx: WriteTx) => Promise<unknown>): Step =>
    async (tx) => {
      await write(tx);
      done += batch.length;
      target.logger?.info({ file: seed.file, nodes: done, of: rows.nodes.length }, 'importing nodes');
    };
  const nodes = createNew
    ? groupBy(rows.nodes, (n) => n.labels.join(':')).flatMap((group) =>
        [...batches(group, batchSize)].map((batch) => nodeStep(batch, (tx) => create.nodes(tx, group[0]!.labels, batch))),
      )
    : [...batches(rows.nodes, batchSize)].map((batch) => nodeStep(batch, (tx) => upsert.nodes(tx, batch)));
  let linked = 0;
  const relationshipStep =
    (batch: RelationshipRow[], write: (tx: WriteTx) => Promise<Record<string, unknown>[]>): Step =>
    async (tx) => {
      const missing = await write(tx);
      if (missing.length) {
        const m = missing[0]!;
        const written = atomicity === 'file' ? 'nothing from this file was imported' : 'the batches written before it stay';
        throw new ImportError(
          `${seed.file}: relationship ${String(m.key)}: no node with key "${String(m.fromMissing ? m.from : m.to)}" in the file or the database (${written})`,
        );
      }
      linked += batch.length;
      target.logger?.info({ file: seed.file, relationships: linked, of: rows.relationships.length }, 'importing relationships');
    };
  const relationships = createNew
    ? groupBy(rows.relationships, (r) => r.type).flatMap((group) =>
        [...batches(group, batchSize)].map((batch) => relationshipStep(batch, (tx) => create.relationships(tx, group[0]!.type, batch))),
      )
    : [...batches(rows.relationships, batchSize)].map((batch) => relationshipStep(batch, (tx) => upsert.relationships(tx, batch)));
  return [documents, nodes, relationships];
}

/** Runs the steps, each in its own transaction, `parallel` at a time; after a failure starts no more and throws it. */
async function inParallelTransactions(target: LoadTarget, steps: Step[], parallel: number): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < steps.length) {
      const step = steps[next++]!;
      await inWriteTransaction(target.driver, target.database, step).catch((e: unknown) => failures.push(e));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, steps.length) }, worker));
  if (failures.length) throw failures[0];
}

/**
 * Loads checked data (from a file or made in memory, e.g. by the benchmark's generator).
 * With atomicity 'file' all of it is one transaction (the steps run one after another in it);
 * with 'batch' each batch is its own transaction, `parallel` of them at a time: the driver's
 * executeWrite retries one that meets a deadlock (two batches linking the same hub).
 */
export async function loadSeedData(target: LoadTarget, seed: LoadedSeed, options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const settings = {
    atomicity: options.atomicity ?? 'file',
    batchSize: options.batchSize ?? BATCH,
    createNew: options.createNew ?? true,
    ontology: options.ontology ?? loadOntology(),
  };
  if (settings.atomicity === 'batch') {
    for (const phase of writePhases(target, seed, settings)) await inParallelTransactions(target, phase, options.parallel ?? PARALLEL);
  } else {
    // The steps are made inside the work: a retried transaction starts them over.
    await inWriteTransaction(target.driver, target.database, async (tx) => {
      for (const phase of writePhases(target, seed, settings)) for (const step of phase) await step(tx);
    });
  }
  const { documents, nodes, relationships } = seed.data;
  return { documents: documents.length, nodes: nodes.length, relationships: relationships.length, ms: Date.now() - started };
}

/** Loads the given files, each in one transaction; throws and writes nothing from a bad file. */
export async function loadFiles(target: LoadTarget, files: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const ontology = options.ontology ?? loadOntology();
  const seeds = files.map((f) => readSeedFile(f, ontology)); // every file is checked before anything is written
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
