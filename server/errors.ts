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

export const databaseUnavailable = (reason: string) =>
  new HttpError(503, 'database_unavailable', `The database is not reachable right now: ${reason}`, undefined, {
    'Retry-After': '5',
  });
