/** Runs the load client in a child process, so the load does not share a CPU loop with what it measures. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult, LoadSpec } from './load-client.ts';
import { latency } from './stats.ts';

export function runLoadProcess(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'load-client.ts'), JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // Bounded: a client that overruns its duration by a minute is killed.
    const timer = setTimeout(() => child.kill('SIGKILL'), spec.warmupMs + spec.durationMs + (spec.requests ? 120_000 : 60_000));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) ok(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
      // A client that had to be killed is a failed measurement, recorded as such, not the end of the run.
      else ok({ requests: 0, errors: 1, firstError: `load client exited with ${code}`, seconds: 0, rps: 0, latency: latency([]) });
    });
  });
}
