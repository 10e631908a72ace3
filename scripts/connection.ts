/** The database a command-line tool talks to: NEO4J_* when set, else the managed local server. */
import { createManagedNeo4j, managedNeo4jOptionsFromEnv } from './managed-neo4j.ts';
import { createDriver, type Driver } from '../server/db/index.ts';

export interface Connection {
  driver: Driver;
  database: string;
  uri: string;
}

export async function connect(env = process.env): Promise<Connection> {
  let uri = env.NEO4J_URI;
  let user = env.NEO4J_USER ?? 'neo4j';
  let password = env.NEO4J_PASSWORD;
  let database = env.NEO4J_DATABASE || 'neo4j';
  if (!uri) {
    const db = await createManagedNeo4j(managedNeo4jOptionsFromEnv(env)).start();
    ({ uri, user, password, database } = db);
  }
  if (!password) throw new Error('NEO4J_PASSWORD is required when NEO4J_URI is set');
  const driver = createDriver({ uri, user, password, waitMs: 10_000 });
  try {
    await driver.verifyConnectivity({ database });
  } catch (e) {
    await driver.close();
    throw new Error(`could not connect to Neo4j at ${uri}: ${(e as Error).message}`, { cause: e });
  }
  return { driver, database, uri };
}
