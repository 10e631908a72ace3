/** `npm run seed`: idempotent load of seed/data into the configured (or managed) Neo4j. */
import { loadSeed } from '../seed/load.ts';
import { createLogger } from '../server/logger.ts';
import { runImport } from './import-command.ts';

const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
await runImport(logger, (target) => loadSeed(target));
