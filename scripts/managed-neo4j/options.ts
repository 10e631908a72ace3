/**
 * The managed server's options from an environment record, parsed once by the entry point
 * that owns the process (scripts/db.ts, scripts/start.ts, the test setup). A bad value throws
 * one line naming the variable.
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { ManagedNeo4jOptions } from '../managed-neo4j.ts';

const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');
const settings = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.string()));

const EnvSchema = z.object({
  NEO4J_MANAGED_HOME: z.string().min(1).optional(),
  NEO4J_MANAGED_BOLT_PORT: port.default(7687),
  NEO4J_MANAGED_HTTP_PORT: port.default(7474),
  NEO4J_MANAGED_VERSION: z
    .string()
    .regex(/^(5\.\d+\.\d+|20\d\d\.\d\d\.\d+)$/, 'a Neo4j version such as 5.26.30 or 2026.08.1')
    .optional(),
  NEO4J_MANAGED_HEAP: memory.default('1g'),
  NEO4J_MANAGED_PAGECACHE: memory.default('512m'),
  NEO4J_MANAGED_EXTRA_SETTINGS: settings.optional(),
  NEO4J_MANAGED_START_TIMEOUT_S: z.coerce.number().int().min(10).max(3600).optional(),
  JAVA_HOME: z.string().min(1).optional(),
  PATH: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
});

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Options for createManagedNeo4j from NEO4J_MANAGED_*, JAVA_HOME, PATH and NEO4J_PASSWORD. */
export function managedNeo4jOptionsFromEnv(env: Record<string, string | undefined>): ManagedNeo4jOptions {
  // Empty strings mean "unset", as a shell's `VAR=` does.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    home: resolve(e.NEO4J_MANAGED_HOME ?? join(repoRoot, '.neo4j')),
    boltPort: e.NEO4J_MANAGED_BOLT_PORT,
    httpPort: e.NEO4J_MANAGED_HTTP_PORT,
    version: e.NEO4J_MANAGED_VERSION,
    javaHome: e.JAVA_HOME,
    path: e.PATH,
    heap: e.NEO4J_MANAGED_HEAP,
    pageCache: e.NEO4J_MANAGED_PAGECACHE,
    extraSettings: e.NEO4J_MANAGED_EXTRA_SETTINGS ?? {},
    password: e.NEO4J_PASSWORD,
    startTimeoutMs: e.NEO4J_MANAGED_START_TIMEOUT_S === undefined ? undefined : e.NEO4J_MANAGED_START_TIMEOUT_S * 1000,
  };
}
