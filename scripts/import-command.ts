/** Shared runner of seed and import: connect, load, report, and exit non-zero with a clear message. */
import { ImportError, type LoadReport, type LoadTarget } from '../seed/load.ts';
import { SeedFileError } from '../seed/read.ts';
import type { Logger } from '../server/logger.ts';
import { connect } from './connection.ts';
import { MissingPrerequisite } from './managed-neo4j.ts';

export async function runImport(logger: Logger, load: (t: LoadTarget) => Promise<LoadReport>): Promise<void> {
  try {
    const { driver, database, uri } = await connect();
    try {
      const report = await load({ driver, database, logger });
      logger.info({ uri, database, ...report }, 'import finished');
    } finally {
      await driver.close();
    }
  } catch (e) {
    if (e instanceof SeedFileError || e instanceof ImportError || e instanceof MissingPrerequisite) {
      console.error(`Nothing was imported.\n${e.message}`);
    } else {
      console.error(`import failed: ${(e as Error).message}`);
    }
    process.exitCode = 1;
  }
}
