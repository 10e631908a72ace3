/** Runs the load client in a child process, so the load does not share a CPU loop with what it measures. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult, LoadSpec } from './load-client.ts';

export function runLoadProcess(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'load-client.ts'), JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // Bounded: a client that overruns its duration by a minute is killed.
    const timer = setTimeout(() => child.kill('SIGKILL'), spec.warmupMs + spec.durationMs + 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) ok(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
      else fail(new Error(`load client exited with ${code}`));
    });
  });
}
