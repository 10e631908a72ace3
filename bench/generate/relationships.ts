/**
 * The outgoing relationships of one entity node. Each source picks 1-9 of them (five on
 * average), typed by its label; targets are drawn skewed toward low indexes, so a few nodes
 * (the CSTO, well-known people) gather thousands of edges and most have a handful. Types,
 * ends, properties and time follow seed/ontology.yaml, as a real import must.
 */
import type { RelationshipEntry } from '../../seed/schema.ts';
import { int, pick, skewed, streamFor, type Rng } from '../prng.ts';
import { documentKey } from './documents.ts';
import { keyOf, rangeAt, rangeOf, type EntityLabel, type GraphPlan } from './plan.ts';

interface Template {
  type: string;
  to: EntityLabel;
  /** Higher = more concentrated on the first nodes of the target label (bigger hubs). */
  skew: number;
  weight: number;
  /** 'period': a validity (validFrom/validTo, as lasting types have); 'day': a point event's date. */
  time?: 'period' | 'day';
  /** Symmetric types are stored once: only from the lower node index to the higher. */
  symmetric?: boolean;
  extra?: (rng: Rng) => Record<string, string>;
}

const TITLES = ['chair', 'secretary general', 'director', 'president', 'commander'];
const OUTCOMES = ['granted', 'rejected', 'unanswered'];
const ROLES = ['attendee', 'organizer', 'participant'];
const title = (rng: Rng) => ({ title: pick(rng, TITLES) });

const TEMPLATES: Record<EntityLabel, Template[]> = {
  Person: [
    { type: 'WORKS_FOR', to: 'Organization', skew: 3, weight: 3, time: 'period', extra: title },
    { type: 'LEADS', to: 'Organization', skew: 1.2, weight: 0.3, time: 'period', extra: title },
    { type: 'SPEAKS_FOR', to: 'Organization', skew: 1.5, weight: 0.3 },
    { type: 'SUPPORTS', to: 'Person', skew: 4, weight: 1.5, time: 'period' },
    { type: 'CRITICIZED', to: 'Person', skew: 4, weight: 1, time: 'day' },
    { type: 'PARTICIPATED_IN', to: 'Event', skew: 2, weight: 2, extra: (rng) => ({ role: pick(rng, ROLES) }) },
  ],
  Country: [
    { type: 'MEMBER_OF', to: 'Organization', skew: 4, weight: 3, time: 'period' },
    { type: 'ALLIED_WITH', to: 'Country', skew: 1.5, weight: 1, time: 'period', symmetric: true },
    { type: 'IN_CONFLICT_WITH', to: 'Country', skew: 1.5, weight: 1, time: 'period', symmetric: true },
    { type: 'PARTY_TO', to: 'Conflict', skew: 1.5, weight: 1 },
    {
      type: 'REQUESTED_AID_FROM',
      to: 'Organization',
      skew: 4,
      weight: 0.5,
      time: 'day',
      extra: (rng) => ({ outcome: pick(rng, OUTCOMES) }),
    },
  ],
  Organization: [
    { type: 'MEMBER_OF', to: 'Organization', skew: 3, weight: 2, time: 'period' },
    { type: 'SUPPORTS', to: 'Country', skew: 2, weight: 2, time: 'period' },
    { type: 'DEPLOYED_TO', to: 'Country', skew: 2, weight: 0.5, time: 'day' },
    { type: 'PARTY_TO', to: 'Conflict', skew: 2, weight: 1 },
    { type: 'CRITICIZED', to: 'Organization', skew: 3, weight: 1, time: 'day' },
  ],
  Conflict: [
    { type: 'TOOK_PLACE_IN', to: 'Place', skew: 1.5, weight: 2, time: 'day' },
    { type: 'PART_OF', to: 'Conflict', skew: 1, weight: 0.3 },
  ],
  Event: [
    { type: 'TOOK_PLACE_IN', to: 'Place', skew: 2, weight: 3, time: 'day' },
    { type: 'PART_OF', to: 'Conflict', skew: 2, weight: 1 },
  ],
  Place: [{ type: 'LOCATED_IN', to: 'Country', skew: 1, weight: 1 }],
};

function choose(rng: Rng, templates: Template[]): Template {
  let x = rng() * templates.reduce((s, t) => s + t.weight, 0);
  for (const t of templates) if ((x -= t.weight) < 0) return t;
  return templates[templates.length - 1]!;
}

/** A validity: a start year or month, and for two in five an end a few years later. */
function period(rng: Rng): Pick<RelationshipEntry, 'validFrom' | 'validTo'> {
  const from = 1990 + int(rng, 32);
  const validFrom = rng() < 0.5 ? String(from) : `${from}-${String(1 + int(rng, 12)).padStart(2, '0')}`;
  return rng() < 0.4 ? { validFrom, validTo: String(from + 1 + int(rng, 6)) } : { validFrom };
}

/** A point event's day (or, one in three, only its month). */
function day(rng: Rng): Pick<RelationshipEntry, 'date'> {
  const month = `${1990 + int(rng, 34)}-${String(1 + int(rng, 12)).padStart(2, '0')}`;
  return { date: rng() < 0.33 ? month : `${month}-${String(1 + int(rng, 28)).padStart(2, '0')}` };
}

const PHRASES: Record<string, string> = {
  MEMBER_OF: 'is a member of',
  WORKS_FOR: 'works for',
  LEADS: 'leads',
  SPEAKS_FOR: 'speaks for',
  SUPPORTS: 'backs',
  CRITICIZED: 'criticized',
  PARTICIPATED_IN: 'took part in',
  ALLIED_WITH: 'is allied with',
  IN_CONFLICT_WITH: 'is in conflict with',
  PARTY_TO: 'is a party to',
  REQUESTED_AID_FROM: 'requested aid from',
  DEPLOYED_TO: 'deployed forces to',
  TOOK_PLACE_IN: 'took place in',
  PART_OF: 'was part of',
  LOCATED_IN: 'lies in',
};

/** One or two citations: documents drawn skewed (a few reports are cited everywhere). */
function evidence(rng: Rng, plan: GraphPlan, from: string, type: string, to: string): RelationshipEntry['evidence'] {
  const first = skewed(rng, plan.documents, 2);
  const docs = rng() < 0.3 && plan.documents > 1 ? [first, (first + 1 + int(rng, plan.documents - 1)) % plan.documents] : [first];
  return docs.map((d, i) => ({
    document: documentKey(d),
    quote: `${i === 0 ? 'Officials confirmed that' : 'Reports say'} ${from} ${PHRASES[type] ?? type.toLowerCase()} ${to} (report ${d}).`,
    attributed: i > 0,
    credibility: i === 0 ? 2 : 6,
  }));
}

/** The relationships that start at a global node index. */
export function relationshipsFrom(plan: GraphPlan, index: number, names: (index: number) => string): RelationshipEntry[] {
  const source = rangeAt(plan, index);
  const from = keyOf(source, index - source.start);
  const rng = streamFor(plan.seed, index, 2);
  const wanted = 1 + int(rng, 9);
  const seen = new Set<string>();
  const out: RelationshipEntry[] = [];
  // Bounded: a draw that repeats an edge or loops back is tried at most three times.
  for (let attempt = 0; out.length < wanted && attempt < wanted * 3; attempt++) {
    const t = choose(rng, TEMPLATES[source.label]);
    const target = rangeOf(plan, t.to);
    const local = skewed(rng, target.count, t.skew);
    const to = keyOf(target, local);
    if (to === from || seen.has(`${t.type}>${to}`)) continue;
    if (t.symmetric && target.start + local < index) continue;
    seen.add(`${t.type}>${to}`);
    out.push({
      type: t.type,
      from,
      to,
      ...(t.time === 'period' ? period(rng) : t.time === 'day' ? day(rng) : {}),
      properties: t.extra ? t.extra(rng) : {},
      evidence: evidence(rng, plan, names(index), t.type, names(target.start + local)),
    });
  }
  return out;
}
