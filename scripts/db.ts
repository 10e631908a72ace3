/** `npm run db:start | db:stop | db:env`: manage the local Neo4j used when nothing is configured. */
import { relative } from 'node:path';
import { MissingPrerequisite, PortInUse, createManagedNeo4j, managedNeo4jOptionsFromEnv } from './managed-neo4j.ts';

async function main(command: string | undefined): Promise<void> {
  const db = createManagedNeo4j(managedNeo4jOptionsFromEnv(process.env));
  switch (command) {
    case 'start': {
      const up = await db.start();
      console.log(
        [
          up.reused ? 'The managed Neo4j is already running (reused).' : 'The managed Neo4j is up.',
          `  Neo4j:     ${up.version} on Java at ${up.java} (pid ${up.pid})`,
          `  Bolt URI:  ${up.uri}   (cypher-shell -a ${up.uri} -u ${up.user} -p <password>)`,
          `  HTTP URL:  ${up.httpUrl}   (Query API: POST ${up.httpUrl}/db/${up.database}/query/v2)`,
          `  User:      ${up.user}`,
          `  Password:  ${up.password}   (kept in ${relative(process.cwd(), db.home) || '.'}/password)`,
          `  Database:  ${up.database}`,
          `  Logs:      ${up.logFile}`,
          'Use `npm run db:env` for lines a shell can source; `npm run db:stop` stops it.',
        ].join('\n'),
      );
      return;
    }
    case 'stop':
      await db.stop();
      return;
    case 'env': {
      const c = db.connection();
      console.log(`NEO4J_URI=${c.uri}\nNEO4J_USER=${c.user}\nNEO4J_PASSWORD=${c.password}\nNEO4J_DATABASE=${c.database}`);
      return;
    }
    default:
      console.error('usage: tsx scripts/db.ts start|stop|env');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  const oneSentence = e instanceof MissingPrerequisite || e instanceof PortInUse;
  console.error(oneSentence ? (e as Error).message : `db: ${(e as Error).message}`);
  process.exitCode = 1;
});
