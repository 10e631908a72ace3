/** Typed HTTP errors; one middleware (server/error-handler.ts) turns them into one JSON shape. */
import type { ZodError } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A 400 naming each bad parameter, built from a zod error. */
export function validationError(where: string, error: ZodError): HttpError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new HttpError(400, 'invalid_request', `Invalid ${where}: ${summary}`, { issues });
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} was not found`);

/**
 * A query stopped at its time limit. 422, not 408: a 408 invites browsers and proxies to send the
 * same request again, and the same query would only run into the same limit.
 */
export const queryTimeout = (timeoutMs?: number) =>
  new HttpError(
    422,
    'query_timeout',
    timeoutMs === undefined
      ? 'The query ran past its time limit and was stopped'
      : `The query ran past its time limit of ${timeoutMs / 1000} s and was stopped: narrow it (filters, a LIMIT, fewer hops)`,
  );

/** The client went away before the answer was ready: the work was stopped, and nobody reads this. */
export const clientClosed = () => new HttpError(499, 'client_closed_request', 'The client closed the request before the answer was ready');

export const databaseUnavailable = (reason: string) =>
  new HttpError(503, 'database_unavailable', `The database is not reachable right now: ${reason}`, undefined, {
    'Retry-After': '5',
  });
