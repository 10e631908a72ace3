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

/**
 * A command line shortened for a message: a JVM's options and class path run to thousands of
 * characters, so they are left out; the program, its main class and arguments stay.
 */
export function shortCommand(command: string, max = 200): string {
  const kept: string[] = [];
  const words = command.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-cp' || w === '-classpath' || w === '-c')
      i++; // and its value
    else if (!/^(-X|-D|--add-(opens|exports)=)/.test(w)) kept.push(w);
  }
  const short = kept.join(' ');
  return short.length > max ? `${short.slice(0, max)}…` : short;
}
