/**
 * The ontology's checks on one claim being marked: the same function runs in the page's form as
 * one types and on the server before a change set is committed, so the two cannot disagree.
 * The importer's file-wide checks (seed/check-ontology.ts) add what only a whole file shows, and
 * use the two rules below that both apply: a type's ends and its kind of time.
 */
import type { Ontology, RelationshipTypeSpec } from './ontology.ts';

export interface ClaimShape {
  subject?: string | undefined;
  type?: string | undefined;
  object?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  date?: string | undefined;
  attributed?: boolean | undefined;
  speaker?: string | undefined;
  attributedTo?: string | undefined;
}

export interface Problem {
  field: keyof ClaimShape;
  message: string;
}

/** The first day of a partial date and the last ("2022" → 2022-01-01 … 2022-12-31). */
export function periodBounds(d: string): [string, string] {
  if (d.length === 10) return [d, d];
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  const [y, m] = d.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return [`${d}-01`, `${d}-${String(last).padStart(2, '0')}`];
}

/** The relationship types whose domain and range admit these ends (either end may be unknown yet). */
export function typesFor(ontology: Ontology, subjectLabels?: readonly string[], objectLabels?: readonly string[]): string[] {
  return Object.entries(ontology.relationshipTypes)
    .filter(([, s]) => !subjectLabels || subjectLabels.some((l) => s.domain.includes(l)))
    .filter(([, s]) => !objectLabels || objectLabels.some((l) => s.range.includes(l)))
    .map(([t]) => t);
}

/** "… is outside the domain of X (…)" when an end's labels are none the type admits on that side. */
export function endProblem(
  type: string,
  key: string,
  labels: readonly string[] | undefined,
  allowed: readonly string[],
  side: 'domain' | 'range',
): string | undefined {
  if (!labels || labels.some((l) => allowed.includes(l))) return undefined;
  return `${key} (${labels.join(', ')}) is outside the ${side} of ${type} (${allowed.join(', ')})`;
}

/** Time of the wrong kind for the type: a validity on a point event or a timeless type, a date on a lasting or timeless one. */
export function timeKindProblems(
  type: string,
  spec: Pick<RelationshipTypeSpec, 'time'>,
  given: { lasting: boolean; point: boolean },
): { field: 'validFrom' | 'date'; message: string }[] {
  const problems: { field: 'validFrom' | 'date'; message: string }[] = [];
  if (spec.time !== 'lasting' && given.lasting)
    problems.push({
      field: 'validFrom',
      message: `${type} has no validity (from/to); it is ${spec.time === 'point' ? 'a point event: give a date' : 'timeless'}`,
    });
  if (spec.time !== 'point' && given.point)
    problems.push({
      field: 'date',
      message: `${type} has no date; ${spec.time === 'lasting' ? 'give from/to instead' : 'it is timeless'}`,
    });
  return problems;
}

/**
 * Every problem of a claim against the ontology: unknown type, ends outside its domain or range,
 * dates of the wrong kind for the type, a validity that ends before it starts, a speaker unknown.
 * `labelsOf` gives an entity's labels by key (undefined: no such entity).
 */
export function claimProblems(claim: ClaimShape, ontology: Ontology, labelsOf: (key: string) => readonly string[] | undefined): Problem[] {
  const problems: Problem[] = [];
  const ends: ['subject' | 'object', string | undefined][] = [
    ['subject', claim.subject],
    ['object', claim.object],
  ];
  for (const [field, key] of ends) {
    if (!key) problems.push({ field, message: `choose the ${field}` });
    else if (!labelsOf(key)) problems.push({ field, message: `no entity has the key "${key}"` });
  }
  if (claim.subject && claim.subject === claim.object) problems.push({ field: 'object', message: 'the object is the subject itself' });
  if (!claim.type) {
    problems.push({ field: 'type', message: 'choose a relationship type' });
    return problems;
  }
  const spec = ontology.relationshipTypes[claim.type];
  if (!spec) {
    problems.push({ field: 'type', message: `${claim.type} is not a relationship type of the ontology` });
    return problems;
  }
  const sides: ['subject' | 'object', string | undefined, string[], 'domain' | 'range'][] = [
    ['subject', claim.subject, spec.domain, 'domain'],
    ['object', claim.object, spec.range, 'range'],
  ];
  for (const [field, key, allowed, side] of sides) {
    const message = key ? endProblem(claim.type, key, labelsOf(key), allowed, side) : undefined;
    if (message) problems.push({ field, message });
  }
  const lasting = claim.validFrom !== undefined || claim.validTo !== undefined;
  problems.push(...timeKindProblems(claim.type, spec, { lasting, point: claim.date !== undefined }));
  if (claim.validFrom && claim.validTo && periodBounds(claim.validFrom)[0] > periodBounds(claim.validTo)[1])
    problems.push({ field: 'validTo', message: 'ends before it starts' });
  if (claim.speaker && !labelsOf(claim.speaker)) problems.push({ field: 'speaker', message: `no entity has the key "${claim.speaker}"` });
  if (claim.attributed && !claim.speaker && !claim.attributedTo)
    problems.push({ field: 'speaker', message: 'an attributed claim names who holds it: a speaker or words such as "many experts"' });
  return problems;
}
