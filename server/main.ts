/**
 * Starts the server from a parsed configuration: makes the logger and the driver, listens,
 * and closes cleanly. It throws on a bad configuration; only the entry points (this file run
 * directly, and scripts/start.ts behind `npm start`) read the environment and exit.
 */
import { createServer, type RequestListener, type Server, type ServerOptions } from 'node:http';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { ConfigError, parseConfig, type Config } from './config.ts';
import { createDriver } from './db/driver.ts';
import { createLogger } from './logger.ts';

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

/** A configuration the server can start with: parsed, and naming a database to talk to. */
export type ServerConfig = Config & { NEO4J_URI: string; NEO4J_PASSWORD: string };

/** Parses the environment for the server; a ConfigError names each bad or missing variable. */
export function serverConfig(env: Record<string, string | undefined>): ServerConfig {
  const config = parseConfig(env);
  if (!config.NEO4J_URI || !config.NEO4J_PASSWORD) {
    throw new ConfigError('Invalid configuration: NEO4J_URI and NEO4J_PASSWORD are required (npm start sets them for the managed Neo4j)');
  }
  return { ...config, NEO4J_URI: config.NEO4J_URI, NEO4J_PASSWORD: config.NEO4J_PASSWORD };
}

/** A driver on the configured database (the server's, and the start script's for seeding). */
export function driverFor(config: ServerConfig): ReturnType<typeof createDriver> {
  return createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, waitMs: config.DB_WAIT_MS });
}

export async function startServer(config: ServerConfig): Promise<Running> {
  const logger = createLogger(config.LOG_LEVEL);
  const driver = driverFor(config);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (e) {
    // The app still starts: /readyz says so and requests answer 503 until the database is back.
    logger.warn({ uri: config.NEO4J_URI }, `could not connect to Neo4j at ${config.NEO4J_URI}: ${(e as Error).message}`);
  }
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
      const timer = setTimeout(() => server.closeAllConnections(), 10_000);
      timer.unref();
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await driver.close();
      logger.info('stopped');
    })());
  logger.info({ url }, 'explorer listening');
  return { server, url, close };
}

/** For entry points: SIGINT and SIGTERM close the server, then the process exits. */
export function exitOnSignals(running: Running): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}

/** For entry points: a configuration error is one line and exit status 2, anything else status 1. */
export function exitOnStartError(e: unknown): never {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(2);
  }
  console.error(`start failed: ${(e as Error).message}`);
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.resolve()
    .then(() => startServer(serverConfig(process.env)))
    .then((running) => {
      exitOnSignals(running);
      console.log(`Relationship explorer: ${running.url}`);
    }, exitOnStartError);
}
