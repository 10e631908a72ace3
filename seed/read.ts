/**
 * Reads and checks an import file (YAML or JSON): zod for shape, then the cross-references
 * zod cannot see (ends, documents, quotes). Every problem names the file, the entry and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Ontology } from '../contract/ontology.ts';
import { ontologyProblems } from './check-ontology.ts';
import { loadOntology } from './ontology.ts';
import { SeedFile } from './schema.ts';

export class SeedFileError extends Error {}

export interface LoadedSeed {
  file: string;
  data: SeedFile;
  /** Full texts of documents that name a textFile, by document key. */
  texts: Map<string, string>;
}

function describeEntry(data: unknown, path: PropertyKey[]): string {
  const [section, index] = path;
  if (typeof section !== 'string' || typeof index !== 'number') return path.join('.') || '(top level)';
  const entry = (data as Record<string, unknown[]>)?.[section]?.[index] as Record<string, unknown> | undefined;
  const id = entry?.key ?? (entry?.type ? `${String(entry.type)} ${String(entry.from)}→${String(entry.to)}` : undefined);
  const rest = path.slice(2).join('.');
  return `${section}[${index}]${id ? ` (${String(id)})` : ''}${rest ? ` field ${rest}` : ''}`;
}

/** Parses and validates one file; throws SeedFileError listing every problem found. */
export function readSeedFile(file: string, ontology: Ontology = loadOntology()): LoadedSeed {
  const path = resolve(file);
  if (!existsSync(path)) throw new SeedFileError(`${file}: no such file`);
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new SeedFileError(`${file}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message}`);
  }
  const parsed = SeedFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: ${describeEntry(raw, i.path)}: ${i.message}`);
    throw new SeedFileError(lines.join('\n'));
  }
  const data = parsed.data;
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const doc of data.documents) {
    if (doc.text !== undefined) texts.set(doc.key, doc.text);
    if (!doc.textFile) continue;
    const textPath = resolve(dirname(path), doc.textFile);
    if (!existsSync(textPath)) problems.push(`documents (${doc.key}): textFile ${doc.textFile} does not exist`);
    else texts.set(doc.key, readFileSync(textPath, 'utf8'));
  }
  const docKeys = new Set(data.documents.map((d) => d.key));
  // A reprint names its original in the same file (evidence does too), and never itself.
  for (const doc of data.documents) {
    if (doc.reprints === doc.key) problems.push(`documents (${doc.key}): a document cannot reprint itself`);
    else if (doc.reprints && !docKeys.has(doc.reprints))
      problems.push(`documents (${doc.key}): reprints "${doc.reprints}", which the file does not define`);
  }
  const nodeKeys = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (nodeKeys.has(n.key)) problems.push(`nodes[${i}] (${n.key}): the key is used twice`);
    nodeKeys.add(n.key);
  });
  const relKeys = new Set<string>();
  const checkEvidence = (
    where: string,
    evidence: { document: string; quote: string; start?: number | undefined; speaker?: string | undefined }[],
  ) => {
    for (const e of evidence) {
      if (e.speaker && !nodeKeys.has(e.speaker)) problems.push(`${where}: the claim's speaker "${e.speaker}" is not a node of the file`);
      if (!docKeys.has(e.document)) problems.push(`${where}: evidence cites document "${e.document}", which the file does not define`);
      else if (texts.has(e.document) && !texts.get(e.document)!.includes(e.quote)) {
        problems.push(`${where}: the quote is not in document "${e.document}": "${e.quote.slice(0, 80)}"`);
      } else if (
        e.start !== undefined &&
        texts.has(e.document) &&
        texts.get(e.document)!.slice(e.start, e.start + e.quote.length) !== e.quote
      ) {
        problems.push(`${where}: the quote is not at offset ${e.start} of document "${e.document}"`);
      }
    }
  };
  data.nodes.forEach((n, i) => checkEvidence(`nodes[${i}] (${n.key})`, n.evidence));
  data.relationships.forEach((r, i) => {
    const where = `relationships[${i}] (${r.type} ${r.from}→${r.to})`;
    const key = relationshipKey(r);
    if (relKeys.has(key)) problems.push(`${where}: the same relationship appears twice (add a qualifier to tell them apart)`);
    relKeys.add(key);
    if (r.validFrom && r.validTo && periodStart(r.validFrom) > periodEnd(r.validTo)) problems.push(`${where}: validFrom is after validTo`);
    checkEvidence(where, r.evidence);
  });
  problems.push(...ontologyProblems(data, ontology));
  if (problems.length) throw new SeedFileError(problems.map((p) => `${file}: ${p}`).join('\n'));
  return { file, data, texts };
}

/** A relationship's stable key: given, or derived from its type, ends and qualifier. */
export function relationshipKey(r: { key?: string; type: string; from: string; to: string; qualifier?: string }): string {
  return r.key ?? [r.type.toLowerCase(), r.from, r.to, r.qualifier].filter(Boolean).join(':');
}

/** The first day of a partial date ("1993" → "1993-01-01"). */
export function periodStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** The last day of a partial date ("1999" → "1999-12-31", "2022-02" → "2022-02-28"). */
export function periodEnd(d: string): string {
  if (d.length === 10) return d;
  if (d.length === 4) return `${d}-12-31`;
  const [y, m] = d.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, '0')}`;
}
