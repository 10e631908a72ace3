/**
 * The shape of the ontology (seed/ontology.yaml): the one vocabulary of labels and relationship
 * types. The importer enforces it, `GET /api/ontology` serves it, the page styles and filters by
 * its families. Shared here because server, seed and client all read it.
 */
import { z } from 'zod';

/** What kind of fact a relationship type states; the page colours edges by it. */
export const Family = z.enum([
  'alliance',
  'membership',
  'conflict',
  'support',
  'opposition',
  'influence',
  'role',
  'statement',
  'participation',
  'location',
  'sequence',
  'comparison',
  'attribution',
]);
export type Family = z.infer<typeof Family>;

const LabelName = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'must be PascalCase, e.g. "Country"');
const TypeName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE, e.g. "MEMBER_OF"');
const PropertyName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase');

/** A typed property; `values` closes the set of strings it may hold. */
export const PropertySpec = z.strictObject({
  type: z.enum(['string', 'integer', 'boolean', 'string[]']),
  values: z.array(z.string().min(1)).min(1).optional(),
  description: z.string().optional(),
});
export type PropertySpec = z.infer<typeof PropertySpec>;

export const LabelSpec = z.strictObject({
  /** The property that captions a node of this label. */
  caption: PropertyName,
  description: z.string(),
});

/**
 * `lasting`: validFrom/validTo (a membership, a rivalry); `point`: one `date` (a signing, a
 * statement); `none`: timeless (a city lies in a country).
 */
export const TimeKind = z.enum(['lasting', 'point', 'none']);
export type TimeKind = z.infer<typeof TimeKind>;

export const RelationshipTypeSpec = z.strictObject({
  family: Family,
  /** Stored once; every endpoint matches it from both ends. */
  symmetric: z.boolean().default(false),
  domain: z.array(LabelName).min(1),
  range: z.array(LabelName).min(1),
  time: TimeKind,
  properties: z.record(PropertyName, PropertySpec).default({}),
  /** How a sentence narrates it, from the start node: "{from} is a member of {to}". */
  phrase: z.string().regex(/\{from\}.*\{to\}|\{to\}.*\{from\}/s, 'must name {from} and {to}'),
  /** The same fact told from the end node. */
  inverse: z.string().regex(/\{from\}.*\{to\}|\{to\}.*\{from\}/s, 'must name {from} and {to}'),
  description: z.string(),
  /**
   * The type whose negation this one states ("did not support" negates SUPPORTS): the two
   * between the same entities over overlapping time are a contradiction.
   */
  negates: TypeName.optional(),
});
export type RelationshipTypeSpec = z.infer<typeof RelationshipTypeSpec>;

export const Ontology = z
  .strictObject({
    families: z.partialRecord(Family, z.strictObject({ description: z.string(), colour: z.string().regex(/^#[0-9a-f]{6}$/i) })),
    labels: z.record(LabelName, LabelSpec),
    relationshipTypes: z.record(TypeName, RelationshipTypeSpec),
    /**
     * Families that cannot both hold between the same two entities at the same time (support
     * against opposition, alliance against conflict): such pairs are contradictions to judge.
     */
    opposingFamilies: z.array(z.tuple([Family, Family])).default([]),
  })
  .superRefine((o, ctx) => {
    for (const [type, spec] of Object.entries(o.relationshipTypes)) {
      for (const label of [...spec.domain, ...spec.range]) {
        if (!(label in o.labels))
          ctx.addIssue({ code: 'custom', path: ['relationshipTypes', type], message: `names label ${label}, which is not defined` });
      }
      if (spec.negates && !(spec.negates in o.relationshipTypes))
        ctx.addIssue({ code: 'custom', path: ['relationshipTypes', type], message: `negates ${spec.negates}, which is not defined` });
      if (!(spec.family in o.families))
        ctx.addIssue({ code: 'custom', path: ['relationshipTypes', type], message: `family ${spec.family} has no entry in families` });
    }
  });
export type Ontology = z.infer<typeof Ontology>;

/**
 * GET /api/ontology: the vocabulary, and whether this database was built on it (it holds the
 * importer's :Entity nodes). On another database the page styles and filters by type only.
 */
export const OntologyResponse = z.object({ ontology: Ontology, applies: z.boolean() });
export type OntologyResponse = z.infer<typeof OntologyResponse>;

/** Fills a narration phrase: "{from} is a member of {to}" with the two captions. */
export function narrate(phrase: string, from: string, to: string): string {
  return phrase.replaceAll('{from}', from).replaceAll('{to}', to);
}
