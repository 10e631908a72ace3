/**
 * Known hosts only (DNS rebinding): a web page on a name that an attacker points at 127.0.0.1
 * is same-origin with the explorer, so CORS cannot stop it from reading the API. The browser
 * still sends the attacker's name in `Host`; answering only loopback names and the names in
 * ALLOWED_HOSTS closes that door (421 Misdirected Request: the name is not served here).
 */
import type { RequestHandler } from 'express';
import { HttpError } from '../errors.ts';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, lower-case and without its port; undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    const url = new URL(`http://${header}`);
    // A Host header is a name and an optional port, nothing more (no user info, path or query).
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function knownHostsOnly(allowed: readonly string[]): RequestHandler {
  const names = new Set([...LOOPBACK, ...allowed.map((n) => n.toLowerCase())]);
  const listed = [...names].join(', ');
  return (req, _res, next) => {
    const name = hostName(req.get('host'));
    if (name && names.has(name)) return next();
    next(
      new HttpError(
        421,
        'unknown_host',
        `This server does not answer for the host name ${JSON.stringify((req.get('host') ?? '').slice(0, 100))}: it serves ${listed} (set ALLOWED_HOSTS to add names)`,
      ),
    );
  };
}
