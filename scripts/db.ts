/** `npm run db:start | db:stop | db:env`: manage the local Neo4j used when nothing is configured. */
import { MissingPrerequisite, ensureManagedNeo4j, managedConnection, stopManagedNeo4j } from './managed-neo4j.ts';

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'start': {
      const db = await ensureManagedNeo4j();
      console.log(
        [
          db.reused ? 'The managed Neo4j is already running (reused).' : 'The managed Neo4j is up.',
          `  Bolt URI:  ${db.uri}   (cypher-shell -a ${db.uri} -u ${db.user} -p <password>)`,
          `  HTTP URL:  ${db.httpUrl}   (Query API: POST ${db.httpUrl}/db/${db.database}/query/v2)`,
          `  User:      ${db.user}`,
          `  Password:  ${db.password}   (kept in .neo4j/password)`,
          `  Database:  ${db.database}`,
          `  Logs:      ${db.logFile}`,
          'Use `npm run db:env` for lines a shell can source; `npm run db:stop` stops it.',
        ].join('\n'),
      );
      return;
    }
    case 'stop':
      await stopManagedNeo4j();
      return;
    case 'env': {
      const db = managedConnection();
      console.log(`NEO4J_URI=${db.uri}\nNEO4J_USER=${db.user}\nNEO4J_PASSWORD=${db.password}\nNEO4J_DATABASE=${db.database}`);
      return;
    }
    default:
      console.error('usage: tsx scripts/db.ts start|stop|env');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof MissingPrerequisite ? e.message : `db: ${(e as Error).message}`);
  process.exitCode = 1;
});
