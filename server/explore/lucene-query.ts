/**
 * Builds the Lucene query for typeahead from user text. The text is never passed through:
 * it is cut into words (letters and digits only) and each word becomes
 * `(word^4 OR word* OR word~N)`, so `( ) ! ^ [ ] + - "` and Lucene's keywords cannot change
 * the query's meaning or make it fail.
 */

/** Words beyond this many add nothing to a typeahead query but cost. */
const MAX_TERMS = 8;

/** Lucene's special characters; words hold none, escaping anyway keeps it safe if that changes. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function searchTerms(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** Fuzzy edits allowed for a word: none for short words, where a typo matches everything. */
function edits(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

/** The Lucene query for the text, or null when the text holds no word to search for. */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const t = term.replace(SPECIAL, (c) => `\\${c}`);
      const n = edits(term);
      return `(${t}^4 OR ${t}*${n ? ` OR ${t}~${n}` : ''})`;
    })
    .join(' AND ');
}
