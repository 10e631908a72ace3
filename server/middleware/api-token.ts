/** Optional bearer token on /api (API_TOKEN), compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireApiToken(token: string): RequestHandler {
  const expected = digest(token);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (given && timingSafeEqual(digest(given), expected)) return next();
    next(
      new HttpError(401, 'unauthorized', 'This API needs a token: send Authorization: Bearer <API_TOKEN>', undefined, {
        'WWW-Authenticate': 'Bearer',
      }),
    );
  };
}
