/** Configuration: one zod schema parsed once from an env record, so tests can pass plain objects. */
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

export const ConfigSchema = z
  .object({
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, 'must be a Neo4j database name')
      .default('neo4j'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Requests per minute per client; 0 turns rate limiting off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    /** Bounds for the ad-hoc Cypher endpoint. */
    CYPHER_TIMEOUT_MS: positiveInt.max(600_000).default(10_000),
    CYPHER_MAX_ROWS: positiveInt.max(100_000).default(1_000),
    CYPHER_MAX_BYTES: positiveInt.default(5_000_000),
    /** Time limit of a fixed endpoint's statement (search, expansion), and of a path request's one read transaction. */
    QUERY_TIMEOUT_MS: positiveInt.max(600_000).default(15_000),
    /** Which proxies' X-Forwarded-For gives the client's address (rate limits and fair share count per client): `false`, a hop count, or proxy addresses (Express's trust proxy). */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((v): boolean | number | string => (v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
      .refine((v) => v !== 'true', "must be false, a hop count or the proxy addresses (true would trust any client's X-Forwarded-For)"),
    /** How long a fixed endpoint may wait for the database before answering 503. */
    DB_WAIT_MS: positiveInt.max(120_000).default(5_000),
    /** Optional bearer token required on /api when set (deployments beyond one's own machine). */
    API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** The token that allows writes (adding documents and claims, verdicts, cases); without it the graph is read-only. */
    EDITOR_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /**
     * Hand the editor token to the page as an HttpOnly SameSite=Strict cookie (GET /api/session)
     * when the request comes from this machine: set by `npm start` for the local user, off otherwise.
     */
    EDITOR_COOKIE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** Comma-separated origins allowed by CORS; empty means same-origin only. */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    /**
     * Host names the server answers for besides loopback (localhost, 127.0.0.1, [::1]), comma
     * separated, without ports: the names a reverse proxy or a deployment serves it under.
     */
    ALLOWED_HOSTS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)$/, 'must be host names without ports, comma-separated'),
        ),
      ),
    /** How long a request body may take to arrive before the answer is 408 (the connection closes). */
    BODY_TIMEOUT_MS: positiveInt.max(120_000).default(10_000),
    /** Concurrent expensive requests (paths, ad-hoc Cypher) per client and in all; more answer 429. */
    EXPENSIVE_PER_CLIENT: positiveInt.max(100).default(1),
    EXPENSIVE_TOTAL: positiveInt.max(45).default(4),
    /** Seed the database on start when it is empty: read by scripts/start.ts (npm start), never by the server. */
    SEED_IF_EMPTY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .refine((c) => !c.EDITOR_TOKEN || c.EDITOR_TOKEN !== c.API_TOKEN, {
    message: 'must differ from API_TOKEN (reading and writing are separate roles)',
    path: ['EDITOR_TOKEN'],
  })
  .refine((c) => !c.NEO4J_URI || c.NEO4J_PASSWORD !== undefined, {
    message: 'is required when NEO4J_URI is set',
    path: ['NEO4J_PASSWORD'],
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; the error names each variable and its problem on one line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'config'} ${i.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

export class ConfigError extends Error {}
