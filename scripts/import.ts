/** `npm run import -- file.yaml [more.json …]`: load one's own data in the seed format. */
import { loadFiles } from '../seed/load.ts';
import { createLogger } from '../server/logger.ts';
import { runImport } from './import-command.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import -- path/to/file.yaml [more files…] (the format is described in the README)');
  process.exit(2);
}
const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
await runImport(logger, (target) => loadFiles(target, files));
