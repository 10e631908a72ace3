/**
 * What zod cannot see about an import file: that it speaks the ontology. Unknown labels and
 * types, ends outside a type's domain or range, undeclared properties, values of the wrong type
 * or outside their set, dates on a type that carries none (or the wrong kind), a symmetric fact
 * stated both ways. Each problem names the entry and what is wrong.
 */
import { endProblem, timeKindProblems } from '../contract/claim-check.ts';
import type { Ontology, PropertySpec } from '../contract/ontology.ts';
import type { SeedFile } from './schema.ts';

function valueProblem(name: string, spec: PropertySpec, value: unknown): string | undefined {
  const list = Array.isArray(value);
  if (spec.type === 'string[]') {
    if (!list || !value.every((v) => typeof v === 'string')) return `property ${name} must be a list of strings`;
    return undefined;
  }
  if (list) return `property ${name} must be one ${spec.type}, not a list`;
  if (spec.type === 'integer' && !Number.isInteger(value)) return `property ${name} must be an integer`;
  if (spec.type === 'boolean' && typeof value !== 'boolean') return `property ${name} must be true or false`;
  if (spec.type === 'string') {
    if (typeof value !== 'string') return `property ${name} must be a string`;
    if (spec.values && !spec.values.includes(value)) return `property ${name} is "${value}", not one of ${spec.values.join(', ')}`;
  }
  return undefined;
}

/** Every type may carry a `note`: an extractor's judgement call (how a date was read), never a fact. */
const NOTE: PropertySpec = { type: 'string' };

/** Every ontology problem of a parsed file, as "entry: problem" lines. */
export function ontologyProblems(data: SeedFile, ontology: Ontology): string[] {
  const problems: string[] = [];
  const labelsOf = new Map(data.nodes.map((n) => [n.key, n.labels]));
  data.nodes.forEach((n, i) => {
    for (const label of n.labels) {
      if (!(label in ontology.labels) || label === 'Document')
        problems.push(`nodes[${i}] (${n.key}): label ${label} is not in the ontology`);
    }
  });
  const symmetricSeen = new Set<string>();
  data.relationships.forEach((r, i) => {
    const where = `relationships[${i}] (${r.type} ${r.from}→${r.to})`;
    const spec = ontology.relationshipTypes[r.type];
    if (!spec) {
      problems.push(`${where}: relationship type ${r.type} is not in the ontology`);
      return;
    }
    const ends: [string, string[], 'domain' | 'range'][] = [
      [r.from, spec.domain, 'domain'],
      [r.to, spec.range, 'range'],
    ];
    for (const [key, allowed, side] of ends) {
      // An end defined in the database rather than this file is checked when it is linked.
      const problem = endProblem(r.type, key, labelsOf.get(key), allowed, side);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    for (const [name, value] of Object.entries(r.properties)) {
      const p = spec.properties[name] ?? (name === 'note' ? NOTE : undefined);
      if (!p) problems.push(`${where}: property ${name} is not defined for ${r.type}`);
      else {
        const problem = valueProblem(name, p, value);
        if (problem) problems.push(`${where}: ${problem}`);
      }
    }
    const lasting = r.validFrom !== undefined || r.validTo !== undefined;
    for (const p of timeKindProblems(r.type, spec, { lasting, point: r.date !== undefined })) problems.push(`${where}: ${p.message}`);
    if (spec.symmetric) {
      const pair = [r.type, ...[r.from, r.to].sort(), r.qualifier ?? ''].join(' ');
      if (symmetricSeen.has(pair)) problems.push(`${where}: ${r.type} is symmetric and is stored once; this states it a second time`);
      symmetricSeen.add(pair);
    }
  });
  return problems;
}
