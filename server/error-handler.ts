/** The one JSON error middleware: {error: {code, message, details}}; never an HTML stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError } from './errors.ts';
import { translateDbError } from './db/db-errors.ts';
import type { Logger } from './logger.ts';

/** Body-parser and similar errors carry a status and a type; map the common ones. */
function fromExpressError(e: unknown): HttpError | undefined {
  const err = e as { status?: number; type?: string; message?: string };
  if (err?.type === 'entity.parse.failed') return new HttpError(400, 'malformed_json', 'The request body is not valid JSON');
  if (err?.type === 'entity.too.large') return new HttpError(413, 'body_too_large', 'The request body is too large');
  if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') {
    return new HttpError(415, 'unsupported_encoding', err.message ?? 'Unsupported body encoding');
  }
  if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
    return new HttpError(err.status, 'bad_request', err.message ?? 'Bad request');
  }
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (e, req, res, _next) => {
    // An answer given before the body was read (a refused token, host or limit) closes the
    // connection: otherwise Node reads and discards the rest, and an endless upload never ends.
    if (!req.complete) res.set('Connection', 'close');
    const translated = translateDbError(e);
    const http = translated instanceof HttpError ? translated : fromExpressError(translated);
    if (!http) {
      logger.error({ err: translated, method: req.method, path: req.path }, 'unhandled error');
      res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on the server' } });
      return;
    }
    if (http.status >= 500) logger.warn({ code: http.code, method: req.method, path: req.path }, http.message);
    res.set(http.headers);
    res
      .status(http.status)
      .json({ error: { code: http.code, message: http.message, ...(http.details === undefined ? {} : { details: http.details }) } });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}` } });
};
