/**
 * The guard's verdict on a query text, remembered: a text whose plan passed the allowlists on
 * this database and this server version need not be EXPLAINed again (one round trip and a
 * planning less per request). Only passes are kept, and only the verdict: rows, plans and
 * refusals never are. The READ transaction stays the second wall for every query, cached or
 * not (SECURITY.md): a wrong entry could let a write reach it, and the server refuses it there.
 *
 * The key is exact: the query text as sent (whitespace and comments included), the EXPLAIN or
 * PROFILE prefix, the database, the server's agent string (a restarted or upgraded server is
 * another key), and the names and types of the parameters (Neo4j plans per parameter types too).
 * A plan whose verdict depends on a parameter's value (db.stats.retrieve's section) is not kept.
 */
import { LRUCache } from 'lru-cache';
import type { JsonValue } from '../../contract/api.ts';
import type { Driver } from '../db/driver.ts';
import type { PlanMode } from './plan-prefix.ts';

/** Distinct query texts remembered (an analyst's session uses a handful; a script a few hundred). */
const MAX_VERDICTS = 2_000;
/** How long the server's version, once asked, is taken as known (every answer also reports it). */
const VERSION_TTL_MS = 30_000;

export interface VerdictKey {
  query: string;
  mode: PlanMode | null;
  database: string;
  serverVersion: string;
  params: Record<string, JsonValue>;
}

/** The type of a parameter as Neo4j would plan for it: list and map types recurse. */
export function typeSignature(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `list<${[...new Set(v.map(typeSignature))].sort().join('|')}>`;
  if (typeof v === 'object')
    return `map{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${typeSignature(v[k]!)}`)
      .join(',')}}`;
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return typeof v;
}

export function verdictKey(k: VerdictKey): string {
  return JSON.stringify([k.database, k.serverVersion, k.mode, typeSignature(k.params), k.query]);
}

export class VerdictCache {
  readonly #passed: LRUCache<string, true>;
  #version: { agent: string; at: number } | null = null;
  #asking: Promise<string> | null = null;

  constructor(options: { max?: number } = {}) {
    this.#passed = new LRUCache<string, true>({ max: options.max ?? MAX_VERDICTS });
  }

  /** True when this exact text passed the plan check on this database and server version. */
  passed(k: VerdictKey): boolean {
    // get, not has: a text asked again is kept longest (has does not count as a use).
    return this.#passed.get(verdictKey(k)) === true;
  }

  remember(k: VerdictKey): void {
    this.#passed.set(verdictKey(k), true);
  }

  forget(k: VerdictKey): void {
    this.#passed.delete(verdictKey(k));
  }

  get size(): number {
    return this.#passed.size;
  }

  /**
   * The server's agent ("Neo4j/5.26.0"): from the last answer, or asked of the driver when not
   * known for VERSION_TTL_MS (a round trip, shared by concurrent requests).
   */
  async serverVersion(driver: Driver, database: string): Promise<string> {
    const v = this.#version;
    if (v && Date.now() - v.at < VERSION_TTL_MS) return v.agent;
    this.#asking ??= driver
      .getServerInfo({ database })
      .then((info) => {
        const agent = info.agent ?? '?';
        this.observe(agent);
        return agent;
      })
      .finally(() => {
        this.#asking = null;
      });
    return this.#asking;
  }

  /** What an answer's summary says the server is: after a change the next keys name the new version, so they miss. */
  observe(agent: string | undefined): void {
    if (!agent) return;
    this.#version = { agent, at: Date.now() };
  }

  /** After a failure the server may have gone or changed: ask again before trusting a verdict. */
  forgetVersion(): void {
    this.#version = null;
  }
}
