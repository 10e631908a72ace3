/**
 * Which of a node's names the search text matched (name, title or an alias), so the client
 * can show "Tokaev → Kassym-Jomart Tokayev". Ranked: exact, prefix, word prefix, contains,
 * then the closest spelling.
 */
import type { Properties } from '../../contract/graph.ts';

const NAME_KEYS = ['name', 'title', 'caption', 'label', 'displayName', 'fullName', 'username', 'code'];

/** Lower case without diacritics: "Türkiye" and "turkiye" are the same name to a reader. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The names a node goes by: name-like string properties and string aliases. */
export function namesOf(props: Properties): string[] {
  const names = NAME_KEYS.map((k) => props[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const aliases = Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [...new Set([...names, ...aliases])];
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
  /** 0 exact, 1 prefix, 2 word prefix, 3 contains, 4 + edit distance of the closest word. */
  rank: number;
}

export function matchName(props: Properties, text: string): NameMatch {
  const t = fold(text);
  let best: NameMatch = { name: null, rank: Infinity };
  if (!t) return best;
  for (const name of namesOf(props)) {
    const r = rank(name, t);
    if (r < best.rank) best = { name, rank: r };
  }
  return best;
}

export const matchedName = (props: Properties, text: string): string | null => matchName(props, text).name;
