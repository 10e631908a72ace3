/** What the app needs from the outside world; built by server/main.ts or by a test. */
import type { Driver } from './db/driver.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { DocumentCache } from './db/document-cache.ts';
import type { ConcurrencyLimiter } from './middleware/fair-share.ts';
import type { VerdictCache } from './cypher-guard/verdict-cache.ts';
import type { ProfileCache } from './explore/profile-cache.ts';
import type { CypherSignatureCache } from './explore/cypher-signatures.ts';

export interface AppDeps {
  config: Config;
  driver: Driver;
  logger: Logger;
  /** Folder of the built client page; omitted in API-only tests. */
  staticDir?: string;
  /** Made by createApp when not given: one per app. */
  documents?: DocumentCache;
  /** Made by createApp when not given: one per app (tests pass their own to look at it). */
  limiter?: ConcurrencyLimiter;
  /** Made by createApp when not given: the data profile (captions, search properties), one per app. */
  profiles?: ProfileCache;
  /** Tests only: a fault thrown at a named point inside an authoring commit (server/authoring/write-context.ts). */
  authoringFault?: (point: string) => void;
  /** Made by createApp when not given: the ad-hoc guard's remembered plan-check passes, one per app. */
  verdicts?: VerdictCache;
  /** Made by createApp when not given: the server's functions and procedures per database and version. */
  signatures?: CypherSignatureCache;
}
