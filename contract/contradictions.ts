/**
 * Contradictions and the editor's verdicts on them; the grading of documents.
 * GET /api/contradictions, POST /api/verdicts, DELETE /api/verdicts/:id, PATCH /api/documents/:id.
 */
import { z } from 'zod';
import { DocumentKind, Reliability } from './claims.ts';
import { Citation, GraphEdge, GraphNode } from './graph.ts';

/**
 * `opposing`: two relationships between the same entities from opposing families (ontology
 * `opposingFamilies`) whose validity overlaps; `negation`: a type against the type it `negates`;
 * `denial`: one relationship with claims that affirm it and claims that deny it (`denies: true`).
 */
export const ContradictionKind = z.enum(['opposing', 'negation', 'denial']);
export type ContradictionKind = z.infer<typeof ContradictionKind>;

export const ContradictionSide = z.object({
  /** What this side says, e.g. "SUPPORTS" or "denies SUPPORTS". */
  label: z.string(),
  edge: GraphEdge,
  /** The claims of this side, with their documents. */
  citations: z.array(Citation),
});
export type ContradictionSide = z.infer<typeof ContradictionSide>;

export const VerdictHolds = z.enum(['first', 'second', 'neither']);
export type VerdictHolds = z.infer<typeof VerdictHolds>;

export const Verdict = z.object({
  id: z.string(),
  contradiction: z.string(),
  holds: VerdictHolds,
  /** The relationship key (or element id) of the side that holds; null for `neither`. */
  holdsEdge: z.string().nullable(),
  reason: z.string(),
  author: z.string(),
  at: z.string(),
  /** Set when the verdict was reversed: by whom and when. */
  reversedBy: z.string().nullable(),
  reversedAt: z.string().nullable(),
});
export type Verdict = z.infer<typeof Verdict>;

export const Contradiction = z.object({
  /** Stable across reloads: the kind and the relationships' keys. */
  id: z.string(),
  kind: ContradictionKind,
  summary: z.string(),
  source: GraphNode,
  target: GraphNode,
  sides: z.tuple([ContradictionSide, ContradictionSide]),
  /** Where the two validities overlap (null bounds: open); null for a denial. */
  overlap: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
  /** The verdict in force (the newest not reversed), else null. */
  verdict: Verdict.nullable(),
  /** Every verdict recorded on it, newest first (reversed ones too). */
  verdicts: z.array(Verdict),
});
export type Contradiction = z.infer<typeof Contradiction>;

export const CONTRADICTIONS_CAP = 500;
export const ContradictionsQuery = z.object({
  limit: z.coerce.number<number>().int().min(1).max(CONTRADICTIONS_CAP).default(200),
});
export const ContradictionsResponse = z.object({
  contradictions: z.array(Contradiction),
  /** True when more candidates matched than were examined. */
  capped: z.boolean(),
});
export type ContradictionsResponse = z.infer<typeof ContradictionsResponse>;

export const VerdictRequest = z.strictObject({
  contradiction: z.string().min(1).max(2000),
  holds: VerdictHolds,
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000),
});
export const VerdictParams = z.object({ id: z.string().uuid('must be a verdict id') });
export const VerdictResponse = z.object({ verdict: Verdict });
export type VerdictResponse = z.infer<typeof VerdictResponse>;

/** An editor's grading of a document: any of these, at least one. */
export const DocumentGradeRequest = z
  .strictObject({
    reliability: Reliability.optional(),
    kind: DocumentKind.optional(),
    publisher: z.string().trim().min(1).max(200).optional(),
  })
  .refine((b) => b.reliability !== undefined || b.kind !== undefined || b.publisher !== undefined, {
    message: 'give at least one of reliability, kind, publisher',
  });
export const DocumentGradeResponse = z.object({
  document: z.object({
    id: z.string(),
    key: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    kind: z.string().nullable(),
    reliability: Reliability,
  }),
});
export type DocumentGradeResponse = z.infer<typeof DocumentGradeResponse>;
