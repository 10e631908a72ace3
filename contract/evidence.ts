/**
 * Why we believe a relationship: how many independent sources stand behind it and how far
 * their grades let us trust it. The server computes it (server/evidence/confidence.ts) where
 * edges get their provenance, and every edge it sends carries it; path ranking, the page's
 * styling and the Details panel read it from here.
 */
import { z } from 'zod';
import { Reliability } from './claims.ts';

/** i2's three line styles: confirmed (solid), tentative (dashed), unconfirmed (dotted). */
export const ConfidenceLevel = z.enum(['confirmed', 'tentative', 'unconfirmed']);
export type ConfidenceLevel = z.infer<typeof ConfidenceLevel>;
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = ConfidenceLevel.options;

/** One independent source: claims whose documents reprint one another, or that quote the same words, count once. */
export const EvidenceSource = z.object({
  /** The document the group traces back to (the original a reprint carries). */
  origin: z.string(),
  /** Every document of the group. */
  documents: z.array(z.string()),
  /** Indexes into the edge's `provenance` of the claims in the group. */
  claims: z.array(z.number().int()),
  /** The claim that gives the group its score (the strongest), and its parts. */
  best: z.number().int(),
  reliability: Reliability,
  credibility: z.number().int().min(1).max(6),
  attributed: z.boolean(),
  reliabilityWeight: z.number(),
  credibilityWeight: z.number(),
  attributionWeight: z.number(),
  /** reliabilityWeight × credibilityWeight × attributionWeight. */
  score: z.number(),
});
export type EvidenceSource = z.infer<typeof EvidenceSource>;

export const EdgeEvidence = z.object({
  /** Corroboration: how many independent sources affirm the relationship. */
  independentSources: z.number().int().min(0),
  /** Claims that affirm it, and claims that deny it (`denies: true`; never counted as support). */
  claims: z.number().int().min(0),
  denials: z.number().int().min(0),
  /** 1 − Π(1 − score) over the independent sources, 0 to 1 (three decimals). */
  confidence: z.number().min(0).max(1),
  level: ConfidenceLevel,
  sources: z.array(EvidenceSource),
});
export type EdgeEvidence = z.infer<typeof EdgeEvidence>;

/** The corroboration count of any edge the API sent (0 when it records no sources): what path ranking uses. */
export function independentSources(edge: { evidence?: EdgeEvidence | undefined }): number {
  return edge.evidence?.independentSources ?? 0;
}

/** Whether an edge is at or above a level (confirmed > tentative > unconfirmed); an edge without evidence always passes. */
export function meetsLevel(edge: { evidence?: EdgeEvidence | undefined }, atLeast: ConfidenceLevel): boolean {
  if (!edge.evidence) return true;
  return CONFIDENCE_LEVELS.indexOf(edge.evidence.level) <= CONFIDENCE_LEVELS.indexOf(atLeast);
}
