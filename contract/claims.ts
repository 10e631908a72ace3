/**
 * The claim format: a sentence of a document that supports a relationship (or names a node).
 * ONE module defines it: the import file's entries, the properties the loader stores and the
 * mapper reads back, and the citation the API sends. Stored as parallel list properties, since
 * a Neo4j property cannot hold a map and a claim is worthless apart from its relationship.
 */
import { z } from 'zod';

/** How far the claim is believed, 1 (confirmed) to 6 (cannot be judged; the default). */
export const Credibility = z.number().int().min(1).max(6);
/** How far a document's source is trusted, A (completely) to F (cannot be judged; the default). */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;
/** What a document is: a wire agency's story, a paper's or site's report, an analysis, an interview, an official statement. */
export const DocumentKind = z.enum(['wire', 'news report', 'analysis', 'interview', 'statement', 'other']);

const Key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');

/** A claim as an import file writes it. */
export const ClaimEntry = z.strictObject({
  document: Key,
  /** The exact words, copied from the document's text. */
  quote: z.string().min(3),
  /** Where the quote starts in the document's text, when it occurs more than once (default: its first occurrence). */
  start: z.number().int().min(0).optional(),
  /** The entity key of who says it, when the text attributes the words to someone. */
  speaker: Key.optional(),
  /** True when the narrator reports what someone else holds ("according to X", "many experts"). */
  attributed: z.boolean().default(false),
  /** Who holds it when the text names no entity ("many experts", "observers"). */
  attributedTo: z.string().min(1).optional(),
  credibility: Credibility.default(6),
  /**
   * True when the quote says the relationship does NOT hold ("Russia did not support Armenia"
   * cited on the SUPPORTS edge it denies). A denial never counts as corroboration; an edge with
   * claims both ways is a contradiction (GET /api/contradictions).
   */
  denies: z.boolean().optional(),
});
export type ClaimEntry = z.infer<typeof ClaimEntry>;

/** A claim as stored: the entry plus its character offsets in the document's stored text (-1 when the text is not stored). */
export interface StoredClaim {
  document: string;
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
  attributed: boolean;
  attributedTo: string | null;
  credibility: number;
  /** True when the quote denies the relationship (absent: it affirms it). */
  denies?: boolean;
}

/** The stored properties, by field; `sources`/`quotes` keep their names from the first format. */
export const CLAIM_PROPERTIES = {
  document: 'sources',
  quote: 'quotes',
  start: 'quoteStarts',
  end: 'quoteEnds',
  speaker: 'speakers',
  attributed: 'attributed',
  attributedTo: 'attributedTo',
  credibility: 'credibility',
  denies: 'denies',
} as const satisfies Record<keyof StoredClaim, string>;
export const CLAIM_PROPERTY_KEYS: readonly string[] = Object.values(CLAIM_PROPERTIES);

/** Neo4j lists hold no nulls: an absent speaker or attribution is stored as ''. */
export function claimsToProperties(claims: StoredClaim[]): Record<string, string[] | number[] | boolean[]> {
  if (claims.length === 0) return {};
  return {
    [CLAIM_PROPERTIES.document]: claims.map((c) => c.document),
    [CLAIM_PROPERTIES.quote]: claims.map((c) => c.quote),
    [CLAIM_PROPERTIES.start]: claims.map((c) => c.start),
    [CLAIM_PROPERTIES.end]: claims.map((c) => c.end),
    [CLAIM_PROPERTIES.speaker]: claims.map((c) => c.speaker ?? ''),
    [CLAIM_PROPERTIES.attributed]: claims.map((c) => c.attributed),
    [CLAIM_PROPERTIES.attributedTo]: claims.map((c) => c.attributedTo ?? ''),
    [CLAIM_PROPERTIES.credibility]: claims.map((c) => c.credibility),
    // Only when some claim denies: the data of files without denials stays as it was.
    ...(claims.some((c) => c.denies) ? { [CLAIM_PROPERTIES.denies]: claims.map((c) => c.denies === true) } : {}),
  };
}

const at = (list: unknown, i: number): unknown => (Array.isArray(list) ? list[i] : undefined);

/**
 * Claims read back from stored properties (already plain JSON). Another database may hold only
 * `sources`/`quotes`, or lists of odd lengths: what is missing gets the defaults.
 */
export function claimsFromProperties(props: Record<string, unknown>): StoredClaim[] | undefined {
  const documents = props[CLAIM_PROPERTIES.document];
  const quotes = props[CLAIM_PROPERTIES.quote];
  if (!Array.isArray(documents) || !Array.isArray(quotes)) return undefined;
  return documents.map((d, i) => {
    const speaker = at(props[CLAIM_PROPERTIES.speaker], i);
    const attributedTo = at(props[CLAIM_PROPERTIES.attributedTo], i);
    const start = at(props[CLAIM_PROPERTIES.start], i);
    const end = at(props[CLAIM_PROPERTIES.end], i);
    const credibility = at(props[CLAIM_PROPERTIES.credibility], i);
    return {
      document: String(d),
      quote: String(quotes[i] ?? ''),
      start: typeof start === 'number' ? start : -1,
      end: typeof end === 'number' ? end : -1,
      speaker: typeof speaker === 'string' && speaker ? speaker : null,
      attributed: at(props[CLAIM_PROPERTIES.attributed], i) === true,
      attributedTo: typeof attributedTo === 'string' && attributedTo ? attributedTo : null,
      credibility: typeof credibility === 'number' ? credibility : 6,
      ...(at(props[CLAIM_PROPERTIES.denies], i) === true ? { denies: true } : {}),
    };
  });
}
