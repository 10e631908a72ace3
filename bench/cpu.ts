/** CPU time of this process and of another (the bench's Neo4j), for benches that count what a change saves. */
import { readFileSync } from 'node:fs';

/** A process's user + system CPU time in ms, from /proc (Linux; clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
export const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
