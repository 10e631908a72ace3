/**
 * GET /api/search: typeahead over names and aliases. Uses the explorer's full-text index when
 * the database has it, else a bounded read-only scan (a database we did not seed stays as it is).
 */
import { z } from 'zod';
import { GraphNode, type SearchResponse } from '../../contract/api.ts';
import { CAPTION_KEYS } from '../db/mapper.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { isMissingIndexError } from '../db/db-errors.ts';
import { hasFulltextIndex } from './fulltext-index.ts';
import { luceneQuery } from './lucene-query.ts';
import { matchName } from './matched-name.ts';

/** How many nodes the fallback scan may read before it stops looking. */
const SCAN_LIMIT = 100_000;
/** Candidates fetched per result wanted, so an exact name the index scores lower is not cut off. */
const CANDIDATES_PER_RESULT = 3;

export interface SearchInput {
  q: string;
  labels?: string[] | undefined;
  limit: number;
}

const Row = z.object({ node: GraphNode, score: z.number() });

async function findRows(ctx: ReadContext, input: SearchInput): Promise<z.infer<typeof Row>[]> {
  const filters = { labels: input.labels?.length ? input.labels : null, limit: input.limit * CANDIDATES_PER_RESULT };
  const query = luceneQuery(input.q);
  if (query) {
    // Our own databases have the index, so search goes straight to it: asking first whether it
    // exists was a second round trip on every keystroke. Only a failure makes us ask.
    try {
      return await queryJson(ctx, 'search-fulltext', { ...filters, query }, Row);
    } catch (e) {
      if (!isMissingIndexError(e) || (await hasFulltextIndex(ctx))) throw e;
    }
  } else if (await hasFulltextIndex(ctx)) {
    return []; // text without a word finds nothing in the index
  }
  return queryJson(
    ctx,
    'search-scan',
    { ...filters, needle: input.q.trim().toLowerCase(), keys: CAPTION_KEYS, scanLimit: SCAN_LIMIT },
    Row,
  );
}

/**
 * Ranked by how well a name matches (exact, prefix, word prefix, contains, spelling), then by
 * the index's score: "ODKB" finds the organisation called that before an article about it.
 */
export async function searchNodes(ctx: ReadContext, input: SearchInput): Promise<SearchResponse> {
  const rows = await findRows(ctx, input);
  const ranked = rows
    .map(({ node, score }) => ({ node, score, match: matchName(node.properties, input.q) }))
    .sort((a, b) => a.match.rank - b.match.rank || b.score - a.score)
    .slice(0, input.limit);
  return { results: ranked.map(({ node, score, match }) => ({ ...node, score, matched: match.name })) };
}
