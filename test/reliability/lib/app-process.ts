/**
 * The app as `npm start` runs it: server/main.ts in its own process, stopped with SIGTERM the way
 * a process manager stops it. Its JSON log lines are kept, so a test can count what the server
 * itself saw (every request it took, and whether each was completed or aborted).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');

export interface AppProcess {
  url: string;
  logs: string[];
  /** SIGTERM; resolves with the exit code and how long the graceful shutdown took. */
  stop(): Promise<{ code: number | null; ms: number }>;
}

export function startAppProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0', SEED_IF_EMPTY: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let pending = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the app did not start within ${timeoutMs} ms:\n${logs.slice(-5).join('\n')}`));
    }, timeoutMs);
    child.stderr!.on('data', (c: Buffer) => logs.push(c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      const lines = (pending + c.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        logs.push(line);
        const m = /^Relationship explorer: (http:\/\/\S+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          ready({
            url: m[1]!.replace('localhost', '127.0.0.1'),
            logs,
            async stop() {
              const started = Date.now();
              child.kill('SIGTERM');
              const code = await exited;
              return { code, ms: Date.now() - started };
            },
          });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the app exited (${code}) before it listened:\n${logs.slice(-5).join('\n')}`));
    });
  });
}

/** What the server's own request log says: how many requests it completed, and how many it dropped. */
export function requestLog(logs: string[]): { completed: number; aborted: number; status5xx: number; dropped: string[] } {
  let completed = 0;
  let status5xx = 0;
  const dropped: string[] = [];
  for (const line of logs) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; res?: { statusCode?: number } };
    if (entry.msg === 'request completed') completed += 1;
    else if (entry.msg === 'request aborted' || entry.msg === 'request errored') dropped.push(line.slice(0, 400));
    if ((entry.res?.statusCode ?? 0) >= 500) status5xx += 1;
  }
  return { completed, aborted: dropped.length, status5xx, dropped };
}
