/**
 * `npm start`: with no NEO4J_URI, brings up the managed Neo4j (and seeds it if empty); seeds
 * any database when SEED_IF_EMPTY=true; builds the page if it has not been built; then serves
 * the API and the page. Seeding lives here, not in the server: the server never writes a seed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MissingPrerequisite, PortInUse, createManagedNeo4j, managedNeo4jOptionsFromEnv } from './managed-neo4j.ts';
import { clientDistDir, driverFor, exitOnSignals, exitOnStartError, serverConfig, startServer, type ServerConfig } from '../server/main.ts';
import { createLogger } from '../server/logger.ts';
import { seedIfEmpty } from '../seed/load.ts';
import { withLocalEditing } from './editor-token.ts';

/** Loads the seed graph into an empty database; a database with any node is left alone. */
async function seedWhenEmpty(config: ServerConfig): Promise<void> {
  const driver = driverFor(config);
  try {
    await seedIfEmpty({ driver, database: config.NEO4J_DATABASE, logger: createLogger(config.LOG_LEVEL) });
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const env = { ...process.env };
  if (!env.NEO4J_URI) {
    const managed = createManagedNeo4j(managedNeo4jOptionsFromEnv(env));
    const db = await managed.start();
    Object.assign(env, { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database });
    env.SEED_IF_EMPTY ??= 'true';
    withLocalEditing(env, managed.home);
    console.error(`Using the managed Neo4j at ${db.uri} (npm run db:env prints its credentials)`);
  }
  const config = serverConfig(env);
  if (config.SEED_IF_EMPTY) await seedWhenEmpty(config);
  if (!existsSync(join(clientDistDir, 'index.html'))) {
    console.error('Building the page (first run)…');
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the page did not build: see the output above');
  }
  const running = await startServer(config);
  exitOnSignals(running);
  console.log(`\n  Relationship explorer: ${running.url}\n`);
  if (config.EDITOR_COOKIE) console.log('  Editing is on for this machine (the page gets the editor token as a cookie).\n');
}

main().catch((e: unknown) => {
  if (e instanceof MissingPrerequisite || e instanceof PortInUse) {
    console.error(e.message);
    process.exit(1);
  }
  exitOnStartError(e);
});
