/**
 * GET /api/cypher/signatures: the server's functions and procedures, for the editor's signature
 * help and completion (Neo4j's language support takes them in this shape). They are the server's,
 * not data: they change only with its version, so they are asked once per database and version
 * and kept. SHOW FUNCTIONS and SHOW PROCEDURES differ a little between Neo4j 5.26 and the calendar
 * releases, so every column but the name and signature is read with a default, and a row that
 * lacks those is left out rather than failing the answer.
 */
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { CypherFunction, CypherProcedure, CypherSignaturesResponse } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { translateDbError } from '../db/db-errors.ts';

/** Databases times server versions one app sees: a handful. */
const MAX_ENTRIES = 16;

const text = z
  .string()
  .nullish()
  .transform((v) => v ?? '');
const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? fallback);

const Argument = z.object({
  name: z.string(),
  description: text,
  type: z
    .string()
    .nullish()
    .transform((v) => v ?? 'ANY'),
  isDeprecated: flag(false),
  default: z.string().nullish(),
});
const argument = (a: z.infer<typeof Argument>) => ({
  name: a.name,
  description: a.description,
  type: a.type,
  isDeprecated: a.isDeprecated,
  ...(typeof a.default === 'string' ? { default: a.default } : {}),
});
const argumentList = z
  .array(z.unknown())
  .nullish()
  .transform((list) =>
    (list ?? []).flatMap((a) => {
      const r = Argument.safeParse(a);
      return r.success ? [argument(r.data)] : [];
    }),
  );

const FunctionRow = z.object({
  name: z.string(),
  signature: z.string(),
  category: text,
  description: text,
  isBuiltIn: flag(true),
  argumentDescription: argumentList,
  returnDescription: text,
  aggregating: flag(false),
  isDeprecated: flag(false),
  deprecatedBy: z.string().nullish(),
});

const MODES = ['READ', 'DBMS', 'SCHEMA', 'WRITE', 'DEFAULT'] as const;
const ProcedureRow = z.object({
  name: z.string(),
  signature: z.string(),
  description: text,
  mode: z
    .string()
    .nullish()
    .transform((m) => ((MODES as readonly string[]).includes(m ?? '') ? (m as (typeof MODES)[number]) : 'DEFAULT')),
  worksOnSystem: flag(false),
  argumentDescription: argumentList,
  returnDescription: argumentList,
  admin: flag(false),
  isDeprecated: flag(false),
  option: z.record(z.string(), z.unknown()).nullish(),
  deprecatedBy: z.string().nullish(),
});

const Row = z.record(z.string(), z.unknown());

function toFunction(raw: unknown): CypherFunction[] {
  const r = FunctionRow.safeParse(raw);
  if (!r.success) return [];
  const { deprecatedBy, ...f } = r.data;
  return [{ ...f, ...(deprecatedBy ? { deprecatedBy } : {}) }];
}

function toProcedure(raw: unknown): CypherProcedure[] {
  const r = ProcedureRow.safeParse(raw);
  if (!r.success) return [];
  const { deprecatedBy, isDeprecated, option, returnDescription, ...p } = r.data;
  return [
    {
      ...p,
      returnDescription: returnDescription.map(({ default: _default, ...d }) => d),
      option: { ...option, deprecated: typeof option?.deprecated === 'boolean' ? option.deprecated : isDeprecated },
      ...(deprecatedBy ? { deprecatedBy } : {}),
    },
  ];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function loadSignatures(ctx: ReadContext, serverVersion: string): Promise<CypherSignaturesResponse> {
  const [functions, procedures] = await Promise.all([
    queryJson(ctx, 'show-functions', {}, Row),
    queryJson(ctx, 'show-procedures', {}, Row),
  ]);
  return {
    serverVersion,
    functions: functions.flatMap(toFunction).sort(byName),
    procedures: procedures.flatMap(toProcedure).sort(byName),
  };
}

/** The lists per database and server version, asked once (concurrent first requests share one load). */
export class CypherSignatureCache {
  readonly #entries = new LRUCache<string, Promise<CypherSignaturesResponse>>({ max: MAX_ENTRIES });

  get(ctx: ReadContext, serverVersion: string): Promise<CypherSignaturesResponse> {
    const key = JSON.stringify([ctx.database, serverVersion]);
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = loadSignatures(ctx, serverVersion);
      this.#entries.set(key, entry);
      // A failure (the database was starting, say) is not remembered: the next request asks again.
      entry.catch(() => this.#entries.delete(key));
    }
    return entry;
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The server's agent ("Neo4j/5.26.0") as the driver reports it; an outage is a 503. */
export async function serverAgent(ctx: ReadContext): Promise<string> {
  try {
    return (await ctx.driver.getServerInfo({ database: ctx.database })).agent ?? '?';
  } catch (e) {
    throw translateDbError(e);
  }
}
