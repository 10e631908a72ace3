/**
 * A random id per request, carried in the metadata of every transaction the request opens, so
 * the request (and an operator, with SHOW TRANSACTIONS) can find and end exactly its own work.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

export const assignRequestId: RequestHandler = (_req, res, next) => {
  res.locals.requestId = randomUUID();
  next();
};

export const requestIdOf = (res: Response): string | undefined =>
  typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined;
