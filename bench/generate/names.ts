/**
 * Pronounceable synthetic names, with the alternative spellings real sources use
 * (Tokayev/Tokaev, Lukashenko/Lukashenka): search has to find a node by any of them.
 */
import { int, pick, type Rng } from '../prng.ts';

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'ch', 'sh', 'kh', 'gr', 'dr', 'st', 'y', 'p', 'g'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ya', 'ye', 'yo', 'ai'];
const CODAS = ['', '', 'n', 'r', 'k', 'v', 'sk', 'm', 'l', 'tz'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function word(rng: Rng, syllables = 2 + int(rng, 2)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, ONSETS) + pick(rng, VOWELS) + (i === syllables - 1 ? pick(rng, CODAS) : '');
  return cap(w);
}

/** Another transliteration of the same name, or undefined when nothing applies. */
export function respell(name: string): string | undefined {
  const rules: [RegExp, string][] = [
    [/ye/g, 'e'],
    [/ya/g, 'ia'],
    [/kh/g, 'h'],
    [/yo/g, 'io'],
    [/v\b/g, 'ff'],
    [/o\b/g, 'a'],
  ];
  for (const [from, to] of rules) {
    const other = name.replace(from, to);
    if (other !== name) return other;
  }
  return undefined;
}

const ORG_KINDS = ['government body', 'media', 'think tank', 'university', 'party', 'company', 'militia'];
const ORG_WORDS = {
  alliance: 'Treaty Organization',
  'government body': 'Ministry',
  media: 'Herald',
  'think tank': 'Institute',
  university: 'University',
  party: 'Party',
  company: 'Holdings',
  militia: 'Brigade',
};

export type OrgKind = keyof typeof ORG_WORDS;

/** Organizations: the first few are alliances (the hubs); the rest have ordinary kinds. */
export function orgKind(rng: Rng, local: number, count: number): OrgKind {
  return local < Math.max(2, Math.round(count * 0.02)) ? 'alliance' : (pick(rng, ORG_KINDS) as OrgKind);
}

export function orgName(rng: Rng, kind: OrgKind, local: number): string {
  // The biggest hub gets the name of the seed graph's biggest hub, so a search for it reads naturally.
  if (local === 0) return 'Collective Security Treaty Organization';
  return `${word(rng)} ${ORG_WORDS[kind]}`;
}

/** Initials of an organization's name (CSTO), used as an alias. */
export const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
