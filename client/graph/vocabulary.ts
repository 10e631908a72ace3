/**
 * The ontology as the page knows it: null until GET /api/ontology answers, and null for a
 * database not built on it (then edges keep their neutral per-type colour and the Filters panel
 * lists types only). One place answers "which family is this type in, and its colour".
 */
import type { Family, Ontology, OntologyResponse } from '../../contract/ontology.ts';

let ontology: Ontology | null = null;
const listeners = new Set<() => void>();

/** Takes the server's answer; only an ontology this database was built on is used. */
export function setVocabulary(answer: OntologyResponse): void {
  ontology = answer.applies ? answer.ontology : null;
  for (const l of listeners) l();
}

export function onVocabulary(listener: () => void): void {
  listeners.add(listener);
}

export function familyOf(type: string): Family | undefined {
  return ontology?.relationshipTypes[type]?.family;
}

export function familyColour(family: Family): string {
  return ontology?.families[family]?.colour ?? '#8c959f';
}

/** Families in the ontology's order, each with its types. */
export function families(): { family: Family; description: string; colour: string; types: string[] }[] {
  if (!ontology) return [];
  const o = ontology;
  return Object.entries(o.families).map(([family, spec]) => ({
    family: family as Family,
    description: spec.description,
    colour: spec.colour,
    types: Object.entries(o.relationshipTypes)
      .filter(([, t]) => t.family === family)
      .map(([type]) => type),
  }));
}

/** The ontology's narration of a relationship type ({from} the start node, {to} the end), or undefined without one. */
export function phrasesOf(type: string): { phrase: string; inverse: string } | undefined {
  const t = ontology?.relationshipTypes[type];
  return t ? { phrase: t.phrase, inverse: t.inverse } : undefined;
}
