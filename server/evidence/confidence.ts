/**
 * Corroboration and confidence of one relationship, from its claims and their documents'
 * grades (the NATO/Admiralty scheme). Pure: no database, no clock. Applied in ONE place,
 * where edges get their provenance (server/db/provenance.ts), so every edge the API sends
 * carries it. The README's "Why we believe it" section explains it with a worked example.
 *
 * 1. Independent sources: the affirming claims are grouped, and each group counts once:
 *    claims whose documents trace to the same original (a document that `reprints` another,
 *    followed to the end of the chain) are one group; claims quoting the same words (compared
 *    case- and punctuation-blind) are one group, whatever documents carry them.
 * 2. Each claim scores R(reliability of its document) × C(its credibility) × A(attributed);
 *    a group scores as its strongest claim.
 * 3. confidence = 1 − Π(1 − group score): each independent source may be wrong on its own, and
 *    the relationship fails only if all of them are wrong.
 * 4. level: confirmed at 0.70 or more, tentative at 0.40 or more, else unconfirmed.
 * Denying claims (`denies: true`) never add support; they are contradictions to judge.
 */
import type { Reliability } from '../../contract/claims.ts';
import type { ConfidenceLevel, EdgeEvidence, EvidenceSource } from '../../contract/evidence.ts';

/** A: completely reliable … E: unreliable; F (cannot be judged) sits at an even chance. */
export const RELIABILITY_WEIGHT: Readonly<Record<Reliability, number>> = { A: 0.9, B: 0.75, C: 0.6, D: 0.3, E: 0.1, F: 0.5 };
/** 1: confirmed … 5: improbable; 6 (cannot be judged) sits at an even chance. */
export const CREDIBILITY_WEIGHT: Readonly<Record<number, number>> = { 1: 0.95, 2: 0.8, 3: 0.6, 4: 0.3, 5: 0.1, 6: 0.5 };
/** A view the narrator attributes to someone ("according to X") counts for less than one it states. */
export const ATTRIBUTED_WEIGHT = 0.8;
export const THRESHOLDS = { confirmed: 0.7, tentative: 0.4 } as const;

/** What the function needs of a claim: its document and the words, grade and voice. */
export interface ClaimInput {
  documentKey: string;
  quote: string;
  credibility?: number | undefined;
  attributed?: boolean | undefined;
  denies?: boolean | undefined;
}

/** What it needs of a document: its grade and what it reprints. */
export interface DocumentInput {
  reliability: Reliability;
  reprints: string | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The same words, whatever the case, spacing and punctuation. */
export function normalizedQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The document a chain of reprints leads back to (a cycle or an unknown document ends it). */
export function originOf(key: string, documents: ReadonlyMap<string, DocumentInput>): string {
  const seen = new Set<string>([key]);
  let at = key;
  for (;;) {
    const next = documents.get(at)?.reprints;
    if (!next || seen.has(next)) return at;
    seen.add(next);
    at = next;
  }
}

export function levelOf(confidence: number): ConfidenceLevel {
  return confidence >= THRESHOLDS.confirmed ? 'confirmed' : confidence >= THRESHOLDS.tentative ? 'tentative' : 'unconfirmed';
}

/** The parts of one claim's score. */
export function claimScore(
  claim: ClaimInput,
  reliability: Reliability,
): Pick<EvidenceSource, 'reliabilityWeight' | 'credibilityWeight' | 'attributionWeight' | 'score'> {
  const reliabilityWeight = RELIABILITY_WEIGHT[reliability];
  const credibilityWeight = CREDIBILITY_WEIGHT[claim.credibility ?? 6] ?? 0.5;
  const attributionWeight = claim.attributed ? ATTRIBUTED_WEIGHT : 1;
  return {
    reliabilityWeight,
    credibilityWeight,
    attributionWeight,
    score: round(reliabilityWeight * credibilityWeight * attributionWeight),
  };
}

/**
 * The evidence of one edge. `documents` holds what is known of the cited documents (and of
 * the documents they reprint); a document it lacks is graded F and reprints nothing.
 */
export function edgeEvidence(claims: readonly ClaimInput[], documents: ReadonlyMap<string, DocumentInput>): EdgeEvidence {
  const affirming = claims.map((c, i) => ({ c, i })).filter(({ c }) => !c.denies);
  // Union-find over the affirming claims: same origin or same words join a group.
  const parent = affirming.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byOrigin = new Map<string, number>();
  const byWords = new Map<string, number>();
  affirming.forEach(({ c }, k) => {
    const origin = originOf(c.documentKey, documents);
    const words = normalizedQuote(c.quote);
    const o = byOrigin.get(origin);
    if (o === undefined) byOrigin.set(origin, k);
    else join(o, k);
    const w = byWords.get(words);
    if (w === undefined) byWords.set(words, k);
    else join(w, k);
  });
  const groups = new Map<number, number[]>();
  affirming.forEach((_, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  });
  const sources: EvidenceSource[] = [...groups.values()].map((members) => {
    let best: (EvidenceSource & { k: number }) | undefined;
    for (const k of members) {
      const { c, i } = affirming[k]!;
      const reliability = documents.get(c.documentKey)?.reliability ?? 'F';
      const parts = claimScore(c, reliability);
      if (!best || parts.score > best.score) {
        best = {
          k,
          origin: '',
          documents: [],
          claims: [],
          best: i,
          reliability,
          credibility: c.credibility ?? 6,
          attributed: c.attributed === true,
          ...parts,
        };
      }
    }
    const { k: _k, ...source } = best!;
    const docs = [...new Set(members.map((k) => affirming[k]!.c.documentKey))];
    return {
      ...source,
      origin: originOf(affirming[members[0]!]!.c.documentKey, documents),
      documents: docs,
      claims: members.map((k) => affirming[k]!.i),
    };
  });
  sources.sort((a, b) => b.score - a.score || a.origin.localeCompare(b.origin));
  const confidence = round(1 - sources.reduce((p, s) => p * (1 - s.score), 1));
  return {
    independentSources: sources.length,
    claims: affirming.length,
    denials: claims.length - affirming.length,
    confidence,
    level: levelOf(confidence),
    sources,
  };
}
