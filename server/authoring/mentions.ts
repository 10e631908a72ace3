/**
 * Mentions of known entities in a text: any name or alias, ignoring case and diacritics
 * ("Pashinian" does not match "Pashinyan", but "Erdoğan" matches "Erdogan"), whole words only,
 * longest first, never overlapping. Offsets are characters of the original text.
 */

/** The text folded (diacritics dropped, lower case, white space and quotes unified), with each folded character's origin. */
export function folded(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = text[i]!.normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s/gu, ' ')
      .replace(/[\u2018\u2019\u02bc]/g, "'");
    for (const ch of f) {
      out += ch;
      origin.push(i);
    }
  }
  origin.push(text.length);
  return { text: out, origin };
}

export const foldName = (s: string) => folded(s).text.replace(/\s+/g, ' ').trim();

export interface Named {
  key: string;
  names: string[];
}

export interface Mention<T extends Named> {
  start: number;
  end: number;
  entity: T;
}

const WORD = /[\p{L}\p{N}]/u;

export function findMentions<T extends Named>(text: string, entities: readonly T[]): Mention<T>[] {
  const f = folded(text);
  const found: { fs: number; fe: number; entity: T }[] = [];
  for (const entity of entities) {
    for (const name of new Set(entity.names.map(foldName))) {
      if (name.length < 2) continue;
      for (let at = f.text.indexOf(name); at >= 0; at = f.text.indexOf(name, at + 1)) {
        const before = f.text[at - 1];
        const after = f.text[at + name.length];
        if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
        found.push({ fs: at, fe: at + name.length, entity });
      }
    }
  }
  found.sort((a, b) => b.fe - b.fs - (a.fe - a.fs) || a.fs - b.fs);
  const taken: boolean[] = [];
  const kept: Mention<T>[] = [];
  for (const m of found) {
    let free = true;
    for (let i = m.fs; i < m.fe && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = m.fs; i < m.fe; i++) taken[i] = true;
    kept.push({ start: f.origin[m.fs]!, end: f.origin[m.fe - 1]! + 1, entity: m.entity });
  }
  return kept.sort((a, b) => a.start - b.start);
}
