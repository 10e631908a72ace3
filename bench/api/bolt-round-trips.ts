/**
 * A loopback TCP relay in front of Neo4j's Bolt port that counts round trips: each time a
 * client sends after the server last answered on that connection is one (messages pipelined
 * in one burst, such as BEGIN + RUN + PULL, count once). It does not depend on the machine's
 * speed, unlike a latency: the number of times a request waits for the database.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface BoltRelay {
  /** bolt:// address of the relay (a direct connection: no routing table leads past it). */
  uri: string;
  /** Round trips counted since the last reset, over every connection. */
  roundTrips(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function boltRelay(target: { host: string; port: number }): Promise<BoltRelay> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    // Who spoke last on this connection: a client burst after the server's answer is a new round trip.
    let clientSpokeLast = false;
    client.on('data', (chunk: Buffer) => {
      if (!clientSpokeLast) count++;
      clientSpokeLast = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      clientSpokeLast = false;
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) {
      s.on('close', end);
      s.on('error', end);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    roundTrips: () => count,
    reset: () => {
      count = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
