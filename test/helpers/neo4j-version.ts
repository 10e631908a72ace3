/** The version of the Neo4j a test talks to, for the few answers that differ between its lines. */
import type { Driver } from '../../server/db/driver.ts';

export { isCalendarRelease } from '../../scripts/managed-neo4j/versions.ts';

export async function serverVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    {},
    { database: 'system' },
  );
  return String(records[0]?.get('version'));
}
