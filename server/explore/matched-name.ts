/**
 * Which of a node's names the search text matched (any searched property: name, title, an
 * alias, a code…), so the client can show "Tokaev → Kassym-Jomart Tokayev" or "iata: LHR".
 * Ranked: exact, prefix, word prefix, contains, then the closest spelling.
 */
import type { Properties } from '../../contract/graph.ts';

const NAME_KEYS = ['name', 'title', 'caption', 'label', 'displayName', 'fullName', 'username', 'code'];

/** Lower case without diacritics: "Türkiye" and "turkiye" are the same name to a reader. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A name and the property it comes from. */
export interface NamedValue {
  property: string;
  value: string;
}

/**
 * The names a node goes by: its string properties (and lists of strings) among `keys`, by
 * default the usual name keys and `aliases`.
 */
export function namesOf(props: Properties, keys: readonly string[] = [...NAME_KEYS, 'aliases']): NamedValue[] {
  const out: NamedValue[] = [];
  const seen = new Set<string>();
  for (const property of keys) {
    const v = props[property];
    const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    for (const value of values) {
      if (value.trim() === '' || seen.has(value)) continue;
      seen.add(value);
      out.push({ property, value });
    }
  }
  return out;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

const wordsOf = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Lower is better. */
function rank(name: string, text: string): number {
  const n = fold(name);
  if (n === text) return 0;
  if (n.startsWith(text)) return 1;
  const nameWords = wordsOf(n);
  const textWords = wordsOf(text);
  if (textWords.every((t) => nameWords.some((w) => w.startsWith(t)))) return 2;
  if (n.includes(text)) return 3;
  // Each word of the text against its closest word in the name: "Kasym Tokayev" is nearer
  // to the alias "Kasym-Jomart Tokayev" than to the name "Kassym-Jomart Tokayev".
  return 4 + textWords.reduce((sum, t) => sum + Math.min(...nameWords.map((w) => distance(w, t))), 0);
}

export interface NameMatch {
  /** The name, title or alias that matched best, or null when the node has no names. */
  name: string | null;
  /** The property that name comes from. */
  property: string | null;
  /** 0 exact, 1 prefix, 2 word prefix, 3 contains, 4 + edit distance of the closest word. */
  rank: number;
}

export function matchName(props: Properties, text: string, keys?: readonly string[]): NameMatch {
  const t = fold(text);
  let best: NameMatch = { name: null, property: null, rank: Infinity };
  if (!t) return best;
  for (const { property, value } of namesOf(props, keys)) {
    const r = rank(value, t);
    if (r < best.rank) best = { name: value, property, rank: r };
  }
  return best;
}

export const matchedName = (props: Properties, text: string, keys?: readonly string[]): string | null => matchName(props, text, keys).name;

/** Fuzzy edits a word may take and still count as a misspelling of it: none for short words. */
export const allowedEdits = (word: string): number => (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);

/** The worst rank a match may have and still be shown: each word within its allowed edits. */
export function worstAcceptedRank(text: string): number {
  return 4 + wordsOf(fold(text)).reduce((sum, w) => sum + allowedEdits(w), 0);
}
