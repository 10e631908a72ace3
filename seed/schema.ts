/**
 * The declarative import format: one file holds documents, nodes and relationships.
 * The seed graph (seed/data/*.yaml) and a user's own `npm run import -- file` share it.
 */
import { z } from 'zod';
import { PartialDate as PartialDateText } from '../contract/authoring.ts';
import { ClaimEntry, DocumentKind, Reliability } from '../contract/claims.ts';
import { PLAIN_PROPERTY_KEY } from '../server/db/index.ts';

/** A stable, human-readable key: lower-case words joined by hyphens, e.g. `country-armenia`. */
export const Key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, e.g. "country-armenia"');

/** A label or relationship type: an identifier Cypher can quote safely and people can read. */
export const Label = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'must be PascalCase letters and digits, e.g. "Country"');
export const RelType = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE, e.g. "MEMBER_OF"');

/** A date as precise as the text gives it: a year, a month or a day (the check the page's forms use too). */
export const PartialDate = z.preprocess(
  // An unquoted YAML year (`validFrom: 1993`) arrives as a number: take it as the year it says.
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  PartialDateText,
);

/** Property values Neo4j can store: scalars and homogeneous lists of scalars. */
const Scalar = z.union([z.string(), z.number().finite(), z.boolean()]);
export const Properties = z.record(
  z.string().regex(PLAIN_PROPERTY_KEY, 'property names must be identifiers'),
  z.union([Scalar, z.array(z.string()), z.array(z.number().finite())]),
);

export const DocumentEntry = z.strictObject({
  key: Key,
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  /** Who the publisher credits, e.g. a wire agency the report is based on. */
  credits: z.array(z.string().min(1)).optional(),
  date: PartialDate,
  language: z.string().min(2).optional(),
  originalLanguage: z.string().min(2).optional(),
  /** Path of the full text, relative to the data file. */
  textFile: z.string().min(1).optional(),
  /** The full text itself, in place of a textFile (as GET /api/export writes it). */
  text: z.string().min(1).optional(),
  url: z.string().url().optional(),
  kind: DocumentKind.optional(),
  /** How far its source is trusted, A-F (F: cannot be judged). */
  reliability: Reliability.default('F'),
  /** The key of a document this one reprints (so the two are not independent sources). */
  reprints: Key.optional(),
  /** Provenance the text gives, not facts of the domain: whom its authors interviewed, whose photos it carries. */
  interviewed: z.array(z.string().min(1)).optional(),
  photoCredits: z.array(z.string().min(1)).optional(),
});

/** The claims that support an entry: see contract/claims.ts. */
export const Evidence = ClaimEntry;

/** Temporal properties are the entry's own fields (stored as DATE), never free properties. */
const TEMPORAL_NAME = /(^|[a-z])(date|year|Date|Year|day|Day|month|Month|time|Time)([A-Z]|$)/;
const noTemporal = (props: Record<string, unknown>) => !Object.keys(props).some((k) => TEMPORAL_NAME.test(k));
const NO_TEMPORAL = 'dates go in date / validFrom / validTo (stored as Neo4j DATE values), not in properties';

/** Validity as precise as the text gives it; `…Inferred` marks a bound the text implies rather than states. */
const Validity = {
  validFrom: PartialDate.optional(),
  validTo: PartialDate.optional(),
  validFromInferred: z.boolean().optional(),
  validToInferred: z.boolean().optional(),
  date: PartialDate.optional(),
  dateInferred: z.boolean().optional(),
};

export const NodeEntry = z.strictObject({
  key: Key,
  labels: z.array(Label).min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  properties: Properties.default({}).refine(noTemporal, NO_TEMPORAL),
  ...Validity,
  /** Documents that name this node, with the quote where it first appears. */
  evidence: z.array(Evidence).default([]),
});

export const RelationshipEntry = z.strictObject({
  /** Optional: derived from type, ends and qualifier when absent. */
  key: Key.optional(),
  type: RelType,
  from: Key,
  to: Key,
  /** Tells apart two edges of the same type between the same ends (e.g. two memberships). */
  qualifier: Key.optional(),
  ...Validity,
  properties: Properties.default({}).refine(noTemporal, NO_TEMPORAL),
  evidence: z.array(Evidence).default([]),
});

export const SeedFile = z.strictObject({
  documents: z.array(DocumentEntry).default([]),
  nodes: z.array(NodeEntry).default([]),
  relationships: z.array(RelationshipEntry).default([]),
});

export type SeedFile = z.infer<typeof SeedFile>;
export type DocumentEntry = z.infer<typeof DocumentEntry>;
export type NodeEntry = z.infer<typeof NodeEntry>;
export type RelationshipEntry = z.infer<typeof RelationshipEntry>;
