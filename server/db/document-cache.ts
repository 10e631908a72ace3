/**
 * Document details by key, remembered for a minute. Almost every answer cites the same few
 * documents, and looking them up was one more database round trip per request (the profile's
 * top cost is the driver's work per round trip). A document renamed by a new import shows
 * its new title within the minute; one app keeps one cache, so tests and apps never share it.
 */
import { LRUCache } from 'lru-cache';
import type { Reliability } from '../../contract/claims.ts';

export interface CachedDocument {
  key: string;
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  /** The grade A-F ('F' when the document records none or an unknown value). */
  reliability: Reliability;
  kind: string | null;
  /** The key of the document this one reprints. */
  reprints: string | null;
}

const TTL_MS = 60_000;
const MAX_DOCUMENTS = 10_000;

export class DocumentCache {
  readonly #entries: LRUCache<string, CachedDocument>;

  /** `clock` is for tests that step time by hand. */
  constructor(clock: { now(): number } = performance) {
    this.#entries = new LRUCache<string, CachedDocument>({ max: MAX_DOCUMENTS, ttl: TTL_MS, ttlResolution: 0, perf: clock });
  }

  get(database: string, key: string): CachedDocument | undefined {
    return this.#entries.get(`${database}\u0000${key}`);
  }

  set(database: string, doc: CachedDocument): void {
    this.#entries.set(`${database}\u0000${doc.key}`, doc);
  }

  /** After an editor changes a document (its grade), so this app answers with the new one at once. */
  delete(database: string, key: string): void {
    this.#entries.delete(`${database}\u0000${key}`);
  }
}
