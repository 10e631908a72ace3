/** The synthetic source documents every relationship cites (a few hundred to two thousand). */
import type { DocumentEntry } from '../../seed/schema.ts';
import { int, pick, streamFor } from '../prng.ts';
import { word } from './names.ts';
import type { GraphPlan } from './plan.ts';

const PUBLISHERS = ['Synthetic Wire', 'Bench Gazette', 'Example Monitor', 'Test Tribune', 'Placeholder Press'];

export const documentKey = (index: number) => `doc-${index}`;

export function documentAt(plan: GraphPlan, index: number): DocumentEntry {
  const rng = streamFor(plan.seed, index, 3);
  const date = `${2015 + int(rng, 10)}-${String(1 + int(rng, 12)).padStart(2, '0')}-${String(1 + int(rng, 28)).padStart(2, '0')}`;
  return {
    key: documentKey(index),
    title: `Report ${index}: ${word(rng)} and ${word(rng)}`,
    publisher: pick(rng, PUBLISHERS),
    date,
    language: 'en',
    kind: 'news report',
    reliability: pick(rng, ['B', 'C', 'F']),
  };
}
