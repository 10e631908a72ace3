/** The heap after a full garbage collection: what the process really keeps, not what it has not swept yet. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// vitest and tsx do not start node with --expose-gc; setting the flag late still exposes gc()
// to a new context, which is all a measurement needs.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface HeapSample {
  heapUsedMB: number;
  rssMB: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function heapAfterGc(): Promise<HeapSample> {
  // Twice, with a turn of the event loop between: finalizers and weak callbacks free more.
  gc();
  await new Promise((r) => setImmediate(r));
  gc();
  const m = process.memoryUsage();
  return { heapUsedMB: mb(m.heapUsed), rssMB: mb(m.rss) };
}
