/**
 * Authoring: what the page sends to grow the graph (a document, a change set of entities and
 * cited claims) and what it gets back (change sets, the reading view's marks). Shared by the
 * server, which parses every write with these schemas, and the page's forms.
 */
import { z } from 'zod';

const Key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');
const LabelName = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'must be PascalCase, e.g. "Country"');
const TypeName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE, e.g. "MEMBER_OF"');

/** A date as precise as the text gives it: YYYY, YYYY-MM or YYYY-MM-DD (its length is its precision). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a real calendar date');

export const AUTHORING_LIMITS = {
  /** Characters of a document's text once reduced (the JSON body limit applies first to what is sent). */
  documentChars: 200_000,
  entities: 200,
  claims: 200,
} as const;

// POST /api/documents
export const DocumentFormat = z.enum(['text', 'markdown', 'html']);
export const NewDocumentRequest = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  publisher: z.string().trim().min(1).max(200).optional(),
  date: PartialDate,
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"')
    .optional(),
  url: z
    .string()
    .max(2000)
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https address')
    .optional(),
  /** How `content` is written: HTML is reduced to its text on the server. */
  format: DocumentFormat.default('text'),
  content: z
    .string()
    .min(1, 'must not be empty')
    .max(AUTHORING_LIMITS.documentChars * 2),
});
export type NewDocumentRequest = z.input<typeof NewDocumentRequest>;

export const ChangeSetSummary = z.object({
  id: z.string(),
  kind: z.enum(['document', 'claims']),
  author: z.string(),
  createdAt: z.string(),
  summary: z.string(),
  status: z.enum(['committed', 'reverted']),
  revertedAt: z.string().nullable(),
  revertedBy: z.string().nullable(),
  /** What it added: document keys, entity keys, relationship keys, and claims added to relationships already there. */
  documents: z.array(z.string()),
  nodes: z.array(z.string()),
  relationships: z.array(z.string()),
  appendedClaims: z.number(),
});
export type ChangeSetSummary = z.infer<typeof ChangeSetSummary>;

export const NewDocumentResponse = z.object({
  document: z.object({ id: z.string(), key: z.string(), title: z.string(), characters: z.number() }),
  changeSet: ChangeSetSummary,
});

// POST /api/changesets
/** Where in a stored document's text a quote sits: the exact span, by character offset. */
const Span = { document: Key, quote: z.string().min(1).max(5000), start: z.number().int().min(0) };

export const EntityDraft = z.strictObject({
  key: Key.max(120),
  label: LabelName,
  name: z.string().trim().min(1).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  /** The mention it was accepted from. */
  evidence: z.strictObject(Span).optional(),
});
export type EntityDraft = z.input<typeof EntityDraft>;

export const ClaimDraft = z
  .strictObject({
    subject: Key,
    type: TypeName,
    object: Key,
    ...Span,
    quote: z.string().min(3).max(5000),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    date: PartialDate.optional(),
    /** True when the narrator reports what someone else holds; then `speaker` (an entity) or `attributedTo` (words) says who. */
    attributed: z.boolean().default(false),
    speaker: Key.optional(),
    attributedTo: z.string().trim().min(1).max(300).optional(),
    credibility: z.number().int().min(1).max(6).default(6),
  })
  .refine((c) => !c.attributed || c.speaker !== undefined || c.attributedTo !== undefined, {
    message: 'an attributed claim names who holds it: a speaker entity or attributedTo',
    path: ['speaker'],
  });
export type ClaimDraft = z.input<typeof ClaimDraft>;

export const ChangeSetRequest = z
  .strictObject({
    summary: z.string().trim().max(500).optional(),
    entities: z.array(EntityDraft).max(AUTHORING_LIMITS.entities).default([]),
    claims: z.array(ClaimDraft).max(AUTHORING_LIMITS.claims).default([]),
  })
  .refine((c) => c.entities.length + c.claims.length > 0, { message: 'a change set adds at least one entity or claim', path: ['claims'] })
  .refine((c) => new Set(c.entities.map((e) => e.key)).size === c.entities.length, {
    message: 'two new entities share a key',
    path: ['entities'],
  });
export type ChangeSetRequest = z.input<typeof ChangeSetRequest>;

export const ChangeSetResponse = z.object({ changeSet: ChangeSetSummary });
export const ChangeSetsQuery = z.object({ limit: z.coerce.number<number>().int().min(1).max(1000).default(200) });
export const ChangeSetsResponse = z.object({ changeSets: z.array(ChangeSetSummary) });
export const ChangeSetParams = z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/, 'must be a change set id (a UUID)') });

// GET /api/documents/:id/reading
const Range = { start: z.number(), end: z.number() };
export const ReadingResponse = z.object({
  key: z.string(),
  sentences: z.array(z.object(Range)),
  /** Known entities named in the text (any alias, ignoring case and diacritics). */
  mentions: z.array(z.object({ ...Range, key: z.string(), id: z.string(), name: z.string(), labels: z.array(z.string()) })),
  /** Proper names the NLP library finds that no known entity is called. */
  suggestions: z.array(z.object({ ...Range, text: z.string(), label: z.string().nullable() })),
});
export type ReadingResponse = z.infer<typeof ReadingResponse>;

// GET /api/export: the import format (seed/schema.ts), checked by the importer when loaded.
export const ExportResponse = z
  .looseObject({ documents: z.array(z.unknown()), nodes: z.array(z.unknown()), relationships: z.array(z.unknown()) })
  .meta({ description: 'The whole knowledge graph in the import format (npm run import -- file.json)' });
