/**
 * The app factory: builds middleware and routes, never listens. server/main.ts listens;
 * tests build the app with a real driver and call it over HTTP.
 */
import express, { type Express } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDeps } from './deps.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { healthRouter } from './routes/health.ts';
import { apiRouter } from './routes/api.ts';
import { HttpError } from './errors.ts';
import { requireApiToken } from './middleware/api-token.ts';
import { corsFor } from './middleware/cors.ts';
import { DocumentCache } from './db/document-cache.ts';
import { knownHostsOnly } from './middleware/known-hosts.ts';
import { DEFAULT_JSON_LIMITS, jsonBody } from './middleware/json-body.ts';
import { assignRequestId } from './middleware/request-id.ts';
import { ConcurrencyLimiter, fairShare } from './middleware/fair-share.ts';
import type { Config } from './config.ts';

const limitsOf = (c: Config) => ({ perClient: c.EXPENSIVE_PER_CLIENT, total: c.EXPENSIVE_TOTAL });
import { ProfileCache } from './explore/profile-cache.ts';
import { VerdictCache } from './cypher-guard/verdict-cache.ts';
import { CypherSignatureCache } from './explore/cypher-signatures.ts';

export function createApp(given: AppDeps): Express {
  const deps: AppDeps = {
    ...given,
    documents: given.documents ?? new DocumentCache(),
    profiles: given.profiles ?? new ProfileCache(),
    verdicts: given.verdicts ?? new VerdictCache(),
    signatures: given.signatures ?? new CypherSignatureCache(),
  };
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: each is read from a live database, so a hash of every body (SHA-1 over
  // tens of kilobytes for an expansion) would buy a 304 only for an unchanged repeat. The static
  // page keeps its own ETags (express.static sets them itself).
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(
    pinoHttp({
      logger: logger.child({ component: 'http' }),
      // Whitelisted request fields only: no headers, bodies or query text in the logs.
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  app.use(knownHostsOnly(config.ALLOWED_HOSTS));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(healthRouter(deps));
  app.use('/api', corsFor(config.CORS_ORIGINS));
  if (config.RATE_LIMIT_PER_MINUTE > 0) {
    app.use(
      '/api',
      rateLimit({
        windowMs: 60_000,
        limit: config.RATE_LIMIT_PER_MINUTE,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, _res, next) =>
          next(
            new HttpError(429, 'rate_limited', 'Too many requests: slow down and retry after a minute', undefined, { 'Retry-After': '60' }),
          ),
      }),
    );
  }
  if (config.API_TOKEN) app.use('/api', requireApiToken(config.API_TOKEN));
  app.use('/api', jsonBody({ ...DEFAULT_JSON_LIMITS, timeoutMs: config.BODY_TIMEOUT_MS }));
  app.use(
    '/api',
    assignRequestId,
    fairShare({ limiter: deps.limiter ?? new ConcurrencyLimiter(limitsOf(config)), driver: deps.driver, database: config.NEO4J_DATABASE }),
  );
  app.use('/api', apiRouter(deps));
  app.use('/api', notFoundHandler);
  if (deps.staticDir && existsSync(join(deps.staticDir, 'index.html'))) {
    app.use(express.static(deps.staticDir, { index: 'index.html', maxAge: '1h' }));
  }
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
