/** The degree of the hub and of the typical nodes in the loaded graph (explains the growth numbers). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './api/stats.ts';
import type { BenchTargets } from './generate.ts';
import type { BenchDb } from './load/target.ts';

const text = readFileSync(join(import.meta.dirname, 'cypher', 'degree-by-key.cypher'), 'utf8');

export async function degrees(db: BenchDb, targets: BenchTargets): Promise<{ hub: number; typicalMedian: number }> {
  const { records } = await db.driver.executeQuery(text, { keys: [targets.hub, ...targets.typical] }, { database: db.database });
  const byKey = new Map(records.map((r) => [r.get('key') as string, Number(r.get('degree'))]));
  return { hub: byKey.get(targets.hub) ?? 0, typicalMedian: median(targets.typical.map((k) => byKey.get(k) ?? 0)) };
}
