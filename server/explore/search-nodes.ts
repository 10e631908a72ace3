/**
 * GET /api/search: typeahead over every property that identifies a node, chosen per label from
 * the data (server/explore/data-profile.ts). Labels a full-text index covers are searched
 * through it; the others by a bounded read-only scan with the same prefix and fuzzy matching
 * (a database we did not seed stays exactly as it is).
 */
import { z } from 'zod';
import { GraphNode, type SearchResponse, type SearchResult } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { isMissingIndexError } from '../db/db-errors.ts';
import { captionPolicy, captionText, type CaptionPolicy } from './captions.ts';
import type { DataProfile, NodeIndex } from './data-profile.ts';
import { luceneQuery, searchTerms } from './lucene-query.ts';
import { fold, matchName, worstAcceptedRank } from './matched-name.ts';
import { perName } from './per-label.ts';
import { measureProfile } from './profile-cache.ts';

/** How many nodes the fallback scan may read, over all labels, before it stops looking. */
export const SCAN_LIMIT = 100_000;
/** Candidates fetched per result wanted, so an exact name the index scores lower is not cut off. */
const CANDIDATES_PER_RESULT = 3;
/** The scan's fuzzy tier returns at least this many candidates, ranked by edit distance here. */
const MIN_SCAN_CANDIDATES = 50;

export interface SearchInput {
  q: string;
  labels?: string[] | undefined;
  limit: number;
}

const Row = z.object({ node: GraphNode, score: z.number() });
type Row = z.infer<typeof Row>;

/** A label is covered when a full-text index covers it (or a label all its nodes carry) and its caption property. */
function coveringIndex(profile: DataProfile, label: string): NodeIndex | undefined {
  const p = profile.labels.get(label);
  if (!p) return undefined;
  return profile.fulltextIndexes.find(
    (i) =>
      i.labels.some((l) => p.impliedLabels.includes(l) || l === label) && (p.captionKey === null || i.properties.includes(p.captionKey)),
  );
}

/** Letter pairs of the text's words, for the scan's fuzzy tier (a typo leaves most pairs intact). */
function letterPairs(words: readonly string[]): { pairs: string[]; minPairs: number } {
  const pairs = new Set<string>();
  let min = 0;
  for (const w of words) {
    for (let i = 0; i + 2 <= w.length; i++) pairs.add(w.slice(i, i + 2));
    min += Math.max(1, w.length - 1 - 2 * (w.length >= 7 ? 2 : w.length >= 4 ? 1 : 0));
  }
  // No fuzzy tier for text too short to misspell: prefix and contains still apply.
  return pairs.size && words.some((w) => w.length >= 4) ? { pairs: [...pairs], minPairs: min } : { pairs: [], minPairs: 1_000_000 };
}

async function fulltextRows(ctx: ReadContext, index: string, query: string, labels: string[] | null, limit: number): Promise<Row[]> {
  try {
    return await queryJson(ctx, 'search-fulltext', { index, query, labels, limit }, Row);
  } catch (e) {
    if (isMissingIndexError(e)) return []; // dropped since the profile was measured
    throw e;
  }
}

async function findRows(ctx: ReadContext, profile: DataProfile, input: SearchInput): Promise<(Row & { scanned?: boolean })[]> {
  const wanted = input.labels?.length ? input.labels.filter((l) => profile.labels.has(l)) : [...profile.labels.keys()];
  if (input.labels?.length && wanted.length === 0) return [];
  const limit = input.limit * CANDIDATES_PER_RESULT;
  const labels = input.labels?.length ? input.labels : null;
  const indexes = new Set<string>();
  const targets: { label: string; keys: string[] }[] = [];
  for (const label of wanted) {
    const index = coveringIndex(profile, label);
    if (index) indexes.add(index.name);
    else {
      const keys = profile.labels.get(label)?.searchKeys ?? [];
      if (keys.length) targets.push({ label, keys });
    }
  }
  const query = luceneQuery(input.q);
  const words = searchTerms(input.q);
  const { pairs, minPairs } = letterPairs(words);
  const keysByLabel = new Map(targets.map((t) => [t.label, t.keys]));
  const found = await Promise.all([
    ...(query ? [...indexes].map((index) => fulltextRows(ctx, index, query, labels, limit)) : []),
    targets.length && words.length
      ? perName(
          ctx,
          'search-scan',
          'label',
          targets.map((t) => t.label),
          {
            perLabel: Math.max(1, Math.floor(SCAN_LIMIT / targets.length)),
            needle: input.q.trim().toLowerCase(),
            words,
            pairs,
            minPairs,
            limit: Math.max(limit, MIN_SCAN_CANDIDATES),
          },
          Row,
          (label) => ({ keys: keysByLabel.get(label) ?? [] }),
        ).then((found) => found.flatMap(({ rows }) => rows.map((r) => ({ ...r, scanned: true }))))
      : Promise.resolve([]),
  ]);
  const byId = new Map<string, Row & { scanned?: boolean }>();
  // A node found by the index and by the scan keeps its first (index) row.
  for (const row of found.flat()) if (!byId.has(row.node.id)) byId.set(row.node.id, row);
  return [...byId.values()];
}

/** The properties searched for a node: those of each of its labels, most specific first. */
function keysOf(profile: DataProfile, captions: CaptionPolicy, labels: readonly string[]): string[] {
  const ordered = captions.primaryLabel(labels) ? [captions.primaryLabel(labels)!, ...labels] : labels;
  const keys = ordered.flatMap((l) => {
    const p = profile.labels.get(l);
    const indexed = profile.fulltextIndexes.filter((i) => i.labels.includes(l)).flatMap((i) => i.properties);
    return [...(captions.captionKey(l) ? [captions.captionKey(l)!] : []), ...(p?.searchKeys ?? []), ...indexed];
  });
  return [...new Set(keys)];
}

/**
 * Results that share a caption get a subtitle from the first property whose values differ
 * among them ("born: 1815" / "born: 1852"), so a picker never offers two identical lines.
 */
export function addSubtitles(results: SearchResult[], captions: CaptionPolicy): SearchResult[] {
  const groups = new Map<string, SearchResult[]>();
  for (const r of results) groups.set(fold(r.caption), [...(groups.get(fold(r.caption)) ?? []), r]);
  return results.map((r) => {
    const group = groups.get(fold(r.caption))!;
    if (group.length < 2) return { ...r, subtitle: null };
    const candidates = [...captions.subtitleKeys(r.labels), ...Object.keys(r.properties).sort()];
    const key = candidates.find((k) => {
      const own = captionText(r.properties[k]);
      return own !== null && own !== r.caption && group.some((o) => o !== r && captionText(o.properties[k]) !== own);
    });
    const value = key === undefined ? null : captionText(r.properties[key]);
    // Nothing sets them apart but the labels: name the most specific one.
    return { ...r, subtitle: key && value ? `${key}: ${value}` : (captions.primaryLabel(r.labels) ?? null) };
  });
}

/** Matched values are shown in a one-line typeahead: a long description is cut. */
const MAX_MATCHED_CHARS = 120;

/**
 * Ranked by how well a searched value matches (exact, prefix, word prefix, contains, spelling),
 * then by the index's score: "ODKB" finds the organisation called that before an article about it.
 */
export async function searchNodes(ctx: ReadContext, input: SearchInput): Promise<SearchResponse> {
  const profile = ctx.profiles ? await ctx.profiles.profile(ctx) : await measureProfile(ctx);
  const captions = ctx.profiles ? ctx.profiles.policy(profile) : captionPolicy(profile);
  const rows = await findRows(ctx, profile, input);
  const worst = worstAcceptedRank(input.q);
  const ranked = rows
    .map((row) => ({ ...row, match: matchName(row.node.properties, input.q, keysOf(profile, captions, row.node.labels)) }))
    // The scan's fuzzy tier is generous by design; only spellings within the allowed edits stay.
    .filter((r) => !r.scanned || r.match.rank <= worst)
    .sort((a, b) => a.match.rank - b.match.rank || b.score - a.score)
    .slice(0, input.limit);
  const results = ranked.map(({ node, score, match }) => ({
    ...node,
    score,
    matched: match.name && match.name.length > MAX_MATCHED_CHARS ? `${match.name.slice(0, MAX_MATCHED_CHARS)}…` : match.name,
    matchedProperty: match.property,
  }));
  return { results: addSubtitles(results, captions) };
}
