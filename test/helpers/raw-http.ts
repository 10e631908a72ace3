/**
 * Raw HTTP over a socket, for what supertest and fetch will not send: a Content-Length with no
 * body behind it, an endless chunked upload, headers or a body that stall.
 */
import { connect } from 'node:net';

export interface RawExchange {
  /** Everything the server sent. */
  response: string;
  /** Bytes this client managed to hand to the socket before the server closed it. */
  bytesSent: number;
  /** From the first byte sent to the server closing the connection. */
  closedAfterMs: number;
}

/**
 * Sends `head`, then (if given) calls `body` with a write function until the server closes the
 * connection or `maxMs` passes (then the exchange rejects: the server never closed it).
 */
export function rawExchange(
  port: number,
  head: string,
  body?: (write: (chunk: string | Buffer) => Promise<boolean>) => Promise<void>,
  maxMs = 30_000,
): Promise<RawExchange> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    let response = '';
    let bytesSent = 0;
    let closed = false;
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`the server kept the connection open for ${maxMs} ms; it sent: ${response.slice(0, 200)}`));
    }, maxMs);
    socket.on('data', (d) => (response += d.toString()));
    socket.on('error', () => undefined); // a reset while we write is the server closing
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      done({ response, bytesSent, closedAfterMs: Date.now() - started });
    });
    /** Resolves false once the connection is closed; waits for the socket to drain, so nothing piles up here. */
    const write = async (chunk: string | Buffer): Promise<boolean> => {
      if (closed || socket.destroyed) return false;
      bytesSent += Buffer.byteLength(chunk);
      if (!socket.write(chunk)) {
        await new Promise<void>((ok) => {
          socket.once('drain', ok);
          socket.once('close', ok);
        });
      }
      return !(closed || socket.destroyed);
    };
    socket.once('connect', () => {
      void write(head).then(() => body?.(write));
    });
  });
}

/** Writes chunks of `chunkBytes` for as long as the connection is open, up to `maxBytes` in all. */
export async function endlessChunks(
  write: (chunk: string | Buffer) => Promise<boolean>,
  chunkBytes = 64 * 1024,
  maxBytes = 256 * 1024 * 1024,
): Promise<void> {
  const payload = Buffer.alloc(chunkBytes, 'x');
  const frame = Buffer.concat([Buffer.from(`${chunkBytes.toString(16)}\r\n`), payload, Buffer.from('\r\n')]);
  for (let sent = 0; sent < maxBytes; sent += frame.length) {
    if (!(await write(frame))) return;
  }
}

export const statusOf = (response: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
