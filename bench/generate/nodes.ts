/** One entity node of the synthetic graph, made from its own PRNG stream (same index, same node). */
import type { NodeEntry } from '../../seed/schema.ts';
import { int, streamFor, type Rng } from '../prng.ts';
import { initials, orgKind, orgName, respell, word } from './names.ts';
import { keyOf, rangeAt, type GraphPlan, type LabelRange } from './plan.ts';

const year = (rng: Rng, from: number, to: number) => from + int(rng, to - from + 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** Name, aliases and properties by label. */
function describe(
  rng: Rng,
  range: LabelRange,
  local: number,
): Pick<NodeEntry, 'name' | 'aliases' | 'properties'> & Partial<Pick<NodeEntry, 'validFrom' | 'date'>> {
  switch (range.label) {
    case 'Country':
      return { name: `${word(rng)}ia`, aliases: [], properties: { iso: `X${String.fromCharCode(65 + (local % 26))}${local}` } };
    case 'Organization': {
      const kind = orgKind(rng, local, range.count);
      const name = orgName(rng, kind, local);
      return { name, aliases: [initials(name)], properties: { kind } };
    }
    case 'Conflict':
      return { name: `${word(rng)} conflict`, aliases: [], properties: {}, validFrom: String(year(rng, 1991, 2023)) };
    case 'Place':
      return { name: word(rng), aliases: [], properties: { kind: 'city' } };
    case 'Event': {
      const date = `${year(rng, 2000, 2024)}-${pad(1 + int(rng, 12))}-${pad(1 + int(rng, 28))}`;
      return { name: `${word(rng)} summit ${date.slice(0, 4)}`, aliases: [], properties: {}, date };
    }
    case 'Person':
      return { name: `${word(rng)} ${word(rng)}`, aliases: [], properties: { generation: year(rng, 1940, 2000) } };
  }
}

/** The entity node at a global index. */
export function nodeAt(plan: GraphPlan, index: number): NodeEntry {
  const range = rangeAt(plan, index);
  const local = index - range.start;
  const rng = streamFor(plan.seed, index, 1);
  const { name, aliases, properties, ...time } = describe(rng, range, local);
  // About one node in three is also spelled another way somewhere (Tokayev/Tokaev).
  const other = rng() < 0.35 ? respell(name) : undefined;
  return {
    key: keyOf(range, local),
    labels: [range.label],
    name,
    aliases: other && !aliases.includes(other) ? [...aliases, other] : aliases,
    properties,
    ...time,
    evidence: [],
  };
}
