/**
 * Reproduces issue 21's first finding against server/main.ts in its own process: one k-path
 * request alone, then N at once between the CSTO and a node with one neighbour, and how long
 * Neo4j still had the app's transactions after the last answer.
 *   set -a; eval "$(npm run -s db:env)"; set +a
 *   npx tsx test/reliability/repro-hostile-paths.ts [N=10] [leaf key=initiative-new-silk-roads]
 */
import { createDriver } from '../../server/db/driver.ts';
import { startAppProcess } from './lib/app-process.ts';
import { appTransactions } from './lib/transactions.ts';
import { hostilePathUrl, hubAndLeaf, tally, timedGet } from './lib/hostile-paths.ts';

const env = {
  NEO4J_URI: process.env.NEO4J_URI ?? '',
  NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
  NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
  NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j',
  PORT: '0',
  LOG_LEVEL: 'error',
};
const driver = createDriver({ uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, waitMs: 10_000 });
const ends = await hubAndLeaf(driver, env.NEO4J_DATABASE, process.argv[3]);
const app = await startAppProcess(env);
const url = hostilePathUrl(app.url, ends);
const alone = await timedGet(url);
console.log(`alone: ${alone.status} ${alone.code ?? ''} in ${alone.ms} ms`);
const n = Number(process.argv[2] ?? 10);
const answers = await Promise.all(Array.from({ length: n }, () => timedGet(url)));
const last = Math.max(...answers.map((a) => a.at));
console.log(
  `${n} at once:`,
  tally(answers),
  'ms:',
  answers
    .map((a) => a.ms)
    .sort((a, b) => a - b)
    .join(' '),
);
while ((await appTransactions(driver, env.NEO4J_DATABASE)).length > 0 && Date.now() - last < 300_000) {
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`Neo4j had the app's transactions for ${Date.now() - last} ms after the last answer`);
await app.stop();
await driver.close();
