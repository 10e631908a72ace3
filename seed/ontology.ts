/** Reads seed/ontology.yaml, the one vocabulary, and checks it with the contract's zod schema. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { Ontology } from '../contract/ontology.ts';

export const ontologyFile = resolve(dirname(fileURLToPath(import.meta.url)), 'ontology.yaml');

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
