/** Starts api/serve.ts in its own Node process and talks to it over IPC. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ProfileSummary } from '../profile/summarize.ts';

export interface ServerStats {
  memory: NodeJS.MemoryUsage;
  cpu: NodeJS.CpuUsage;
  at: number;
}

export interface BenchServer {
  url: string;
  pid: number;
  stats(): Promise<ServerStats>;
  profileStart(): Promise<void>;
  profileStop(): Promise<ProfileSummary>;
  stop(): Promise<void>;
}

export async function startServerProcess(neo4j: { uri: string; password: string }): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'serve.ts')], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_PASSWORD: neo4j.password },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let next = 0;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  const port = await new Promise<number>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`the bench server exited (${code}) before it listened`)));
    child.on('message', (m: { type: string; port?: number; id?: number; value?: unknown; error?: string }) => {
      if (m.type === 'ready') ok(m.port!);
      const p = m.id === undefined ? undefined : pending.get(m.id);
      if (p) {
        pending.delete(m.id!);
        if (m.error) p.fail(new Error(m.error));
        else p.ok(m.value);
      }
    });
  });
  const call = <T>(cmd: string) =>
    new Promise<T>((ok, fail) => {
      const id = next++;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      child.send({ cmd, id });
    });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stats: () => call<ServerStats>('stats'),
    profileStart: () => call<void>('profile-start'),
    profileStop: () => call<ProfileSummary>('profile-stop'),
    stop: async () => {
      const exited = new Promise((ok) => child.once('exit', ok));
      await call('stop').catch(() => undefined);
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
