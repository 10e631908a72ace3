/**
 * The one entry that reads env, makes the logger and the driver, listens and handles signals.
 * `npm start` reaches it through scripts/start.ts (which brings up the managed Neo4j first).
 */
import { createServer, type RequestListener, type Server, type ServerOptions } from 'node:http';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { ConfigError, parseConfig, type Config } from './config.ts';
import { createDriver } from './db/driver.ts';
import { createLogger } from './logger.ts';
import { seedIfEmpty } from '../seed/load.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const clientDistDir = resolve(root, 'dist', 'client');

/**
 * Seconds, not Node's minutes: slow headers and bodies held sockets 85-300 s. The whole request
 * (headers and body) must arrive within requestTimeout, the headers within headersTimeout; an
 * idle keep-alive connection closes after keepAliveTimeout; Node checks these every second
 * (its default is every 30 s). The JSON body reader has its own body timeout (json-body.ts).
 */
export const HTTP_SERVER_OPTIONS: ServerOptions = {
  headersTimeout: 10_000,
  requestTimeout: 15_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
};

/** The HTTP server of the app with the time-outs above (tests listen through this too). */
export function createHttpServer(app: RequestListener): Server {
  const server = createServer(HTTP_SERVER_OPTIONS, app);
  server.keepAliveTimeout = HTTP_SERVER_OPTIONS.keepAliveTimeout!;
  return server;
}

export interface Running {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string | undefined> = process.env): Promise<Running> {
  let config: Config;
  try {
    config = parseConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (!config.NEO4J_URI || !config.NEO4J_PASSWORD) {
    console.error('Invalid configuration: NEO4J_URI and NEO4J_PASSWORD are required (npm start sets them for the managed Neo4j)');
    process.exit(2);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const driver = createDriver({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    waitMs: config.DB_WAIT_MS,
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (e) {
    // The app still starts: /readyz says so and requests answer 503 until the database is back.
    logger.warn({ uri: config.NEO4J_URI }, `could not connect to Neo4j at ${config.NEO4J_URI}: ${(e as Error).message}`);
  }
  if (config.SEED_IF_EMPTY) await seedIfEmpty({ driver, database: config.NEO4J_DATABASE, logger });
  const app = createApp({ config, driver, logger, staticDir: clientDistDir });
  const server = await new Promise<Server>((ok, fail) => {
    const s = createHttpServer(app).listen(config.PORT, config.HOST, () => ok(s));
    s.once('error', fail);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      logger.info('shutting down: finishing in-flight requests');
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await driver.close();
      logger.info('stopped');
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const timer = setTimeout(() => server.closeAllConnections(), 10_000);
      timer.unref();
      void close().then(() => process.exit(0));
    });
  }
  logger.info({ url }, 'explorer listening');
  return { server, url, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startServer().then(
    ({ url }) => console.log(`Relationship explorer: ${url}`),
    (e: unknown) => {
      console.error(`start failed: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
