/**
 * The ontology (seed/ontology.yaml, the one vocabulary), read once and checked by the contract's
 * zod schema. The server serves it and matches symmetric types both ways with it; the importer
 * enforces it. Reading the data file is not a dependency on the seed code.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { Ontology } from '../contract/ontology.ts';

export const ontologyFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'seed', 'ontology.yaml');

let cached: Ontology | undefined;

/** The checked ontology; a broken file throws with every problem named. */
export function loadOntology(file = ontologyFile): Ontology {
  if (file === ontologyFile && cached) return cached;
  const parsed = Ontology.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  if (file === ontologyFile) cached = parsed.data;
  return parsed.data;
}

/** The types stored once that read the same from either end. */
export function symmetricTypes(ontology: Ontology = loadOntology()): string[] {
  return Object.entries(ontology.relationshipTypes)
    .filter(([, spec]) => spec.symmetric)
    .map(([type]) => type);
}
