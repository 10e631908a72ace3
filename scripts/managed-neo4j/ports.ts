/**
 * Who holds a TCP port: a bind test (portable), and on Linux the listening socket's owner from
 * /proc/net/tcp{,6} and the processes' open descriptors (only this user's are readable).
 */
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { commandLine } from './process.ts';

export interface PortHolder {
  port: number;
  /** Undefined when the socket is not this user's, or the system has no /proc. */
  pid: number | undefined;
  command: string | undefined;
}

/** True when nothing listens on host:port (we could bind it ourselves). */
export async function canBind(port: number, host = '127.0.0.1'): Promise<boolean> {
  const server = createServer();
  try {
    server.listen({ port, host, exclusive: true });
    await once(server, 'listening');
    return true;
  } catch {
    return false;
  } finally {
    if (server.listening) await new Promise((done) => server.close(done));
  }
}

/** The inodes of sockets listening on the port (any address), from the kernel's tables. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; column 9 is the inode.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** True when the process holds one of these socket inodes (false for another user's process). */
function holdsSocket(pid: string, inodes: Set<string>): boolean {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false; // another user's process, or gone
  }
  return fds.some((fd) => {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      return target.startsWith('socket:[') && inodes.has(target.slice(8, -1));
    } catch {
      return false; // closed meanwhile
    }
  });
}

/** The pid of the process holding one of these socket inodes, when it is this user's. */
function pidHoldingSocket(inodes: Set<string>): number | undefined {
  if (inodes.size === 0) return undefined;
  const pid = readdirSync('/proc').find((entry) => /^\d+$/.test(entry) && holdsSocket(entry, inodes));
  return pid ? Number(pid) : undefined;
}

/**
 * Who listens on the port, asked about one process (cheap: its descriptors only): 'none'
 * nobody yet, 'this' that process, 'other' someone else, 'unknown' when there is no /proc.
 */
export function listenerIs(port: number, pid: number): 'none' | 'this' | 'other' | 'unknown' {
  if (!existsSync('/proc/net/tcp')) return 'unknown';
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return 'none';
  return holdsSocket(String(pid), inodes) ? 'this' : 'other';
}

/** The listener on a port, or undefined when nothing listens there. */
export async function portHolder(port: number): Promise<PortHolder | undefined> {
  if (existsSync('/proc/net/tcp')) {
    const inodes = listeningInodes(port);
    if (inodes.size > 0) {
      const pid = pidHoldingSocket(inodes);
      return { port, pid, command: pid ? commandLine(pid) : undefined };
    }
  }
  return (await canBind(port)) ? undefined : { port, pid: undefined, command: undefined };
}

/** A loopback port nobody listens on right now (to suggest, or for tests). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}
