/** What a process is, as far as this user may see: alive, and its command line. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, but another user's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process (from /proc, else `ps`), or undefined when it cannot be seen. */
export function commandLine(pid: number): string | undefined {
  const proc = `/proc/${pid}/cmdline`;
  if (existsSync(proc)) {
    try {
      return readFileSync(proc, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      return undefined;
    }
  }
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim() || undefined : undefined;
}

/** A command line shortened for a message: a JVM's class path is hundreds of jars long. */
export function shortCommand(command: string, max = 160): string {
  const short = command.replace(/(-cp|-classpath) \S+/g, '$1 …');
  return short.length > max ? `${short.slice(0, max)}…` : short;
}
