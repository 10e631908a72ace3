/**
 * The data profile of the app's database, measured once and kept briefly: it is schema-level
 * (labels, their name-like properties, indexes), so one measurement serves every request of
 * the next minute. One per app instance; concurrent requests share one measurement.
 */
import { z } from 'zod';
import { queryJson, type ReadContext } from '../db/query.ts';
import { captionPolicy, type CaptionOverrides, type CaptionPolicy } from './captions.ts';
import { buildProfile, LabelSample, mergeTypeSamples, NodeIndex, type DataProfile } from './data-profile.ts';
import { graphCounts } from './graph-counts.ts';
import { perName } from './per-label.ts';

/** Nodes sampled per label: enough to measure distinctness, small enough for any database. */
export const PROFILE_SAMPLE = 300;
const DEFAULT_TTL_MS = 60_000;

export interface ProfileCacheOptions {
  ttlMs?: number;
  /** Caption properties chosen elsewhere (the ontology for our own data, a user's choice): they win. */
  captionOverrides?: CaptionOverrides;
}

const Sample = LabelSample.omit({ label: true });

export async function measureProfile(ctx: ReadContext): Promise<DataProfile> {
  // Shared by every request of the next minute: never inside one request's transaction, which may end first.
  const { transaction: _own, ...outside } = ctx;
  const plain: ReadContext = { ...outside, profiles: undefined };
  const [{ labels, types }, [total], indexes] = await Promise.all([
    graphCounts(plain),
    queryJson(plain, 'count-nodes', {}, z.object({ nodes: z.number() })),
    queryJson(plain, 'node-indexes', {}, NodeIndex),
  ]);
  const sampled = await perName(
    plain,
    'label-profile',
    'label',
    labels.map((l) => l.name),
    { sample: PROFILE_SAMPLE },
    Sample,
  );
  const samples = sampled.flatMap(({ name, rows }) => rows.map((r) => ({ ...r, label: name })));
  const typeMap = mergeTypeSamples(samples);
  // A type no sampled node starts is still listed by the schema (with its count), without keys.
  for (const t of types) if (!typeMap.has(t.name)) typeMap.set(t.name, { keys: [], dates: [], provenance: false });
  return buildProfile(samples, new Map(labels.map((l) => [l.name, l.count])), total?.nodes ?? 0, indexes, typeMap);
}

export class ProfileCache {
  private entry: { at: number; profile: Promise<DataProfile> } | null = null;
  /** When the database last said it is built on the ontology (null: it has not, or not lately). */
  private ontologyAt: number | null = null;
  private readonly ttlMs: number;
  private readonly overrides: CaptionOverrides;

  constructor(options: ProfileCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.overrides = options.captionOverrides ?? new Map();
  }

  /** The profile, measured at most once per TTL (a failed measurement is not kept). */
  profile(ctx: ReadContext): Promise<DataProfile> {
    const now = Date.now();
    if (this.entry && now - this.entry.at < this.ttlMs) return this.entry.profile;
    const profile = measureProfile(ctx);
    const entry = { at: now, profile };
    this.entry = entry;
    profile.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return profile;
  }

  async captions(ctx: ReadContext): Promise<CaptionPolicy> {
    return this.policy(await this.profile(ctx));
  }

  /** The caption policy of a profile, with this app's overrides. */
  policy(profile: DataProfile): CaptionPolicy {
    return captionPolicy(profile, this.overrides);
  }

  /**
   * Whether the database is built on the ontology, `ask` asking it. A yes is kept for the TTL:
   * the importer's nodes do not vanish between two requests, and every path request asked (a
   * sixth of its Bolt round trips). A no is asked again each time, so a graph an import has just
   * built counts at once.
   */
  async ontologyApplies(ask: () => Promise<boolean>): Promise<boolean> {
    if (this.ontologyAt !== null && Date.now() - this.ontologyAt < this.ttlMs) return true;
    const applies = await ask();
    this.ontologyAt = applies ? Date.now() : null;
    return applies;
  }

  /** Forget the measurement (after the app itself changed the data, e.g. a seed or an import). */
  clear(): void {
    this.entry = null;
    this.ontologyAt = null;
  }
}
