/**
 * `npm start`: with no NEO4J_URI, brings up the managed Neo4j and seeds it if empty; builds
 * the page if it has not been built; then serves the API and the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MissingPrerequisite, PortInUse, createManagedNeo4j, managedNeo4jOptionsFromEnv } from './managed-neo4j.ts';
import { clientDistDir, startServer } from '../server/main.ts';

async function main(): Promise<void> {
  const env = { ...process.env };
  if (!env.NEO4J_URI) {
    const db = await createManagedNeo4j(managedNeo4jOptionsFromEnv(env)).start();
    Object.assign(env, { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database });
    env.SEED_IF_EMPTY ??= 'true';
    console.error(`Using the managed Neo4j at ${db.uri} (npm run db:env prints its credentials)`);
  }
  if (!existsSync(join(clientDistDir, 'index.html'))) {
    console.error('Building the page (first run)…');
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the page did not build: see the output above');
  }
  const { url } = await startServer(env);
  console.log(`\n  Relationship explorer: ${url}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof MissingPrerequisite || e instanceof PortInUse ? e.message : `start failed: ${(e as Error).message}`);
  process.exit(1);
});
