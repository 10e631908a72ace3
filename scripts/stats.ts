/** `npm run stats`: node counts by label and relationship counts by type, as Markdown tables. */
import { readRows, toJson } from '../server/db/index.ts';
import { connect } from './connection.ts';

const { driver, database } = await connect();
try {
  const ctx = { driver, database };
  const labels = await readRows(ctx, 'stats-labels');
  const types = await readRows(ctx, 'stats-types');
  const table = (head: string, rows: Record<string, unknown>[], key: string) =>
    [`| ${head} | count |`, '| --- | ---: |', ...rows.map((r) => `| ${String(r[key])} | ${String(toJson(r.count))} |`)].join('\n');
  console.log(`${table('label', labels, 'label')}\n\n${table('relationship type', types, 'type')}`);
} finally {
  await driver.close();
}
