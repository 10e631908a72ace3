/** Turns driver errors into HTTP errors by Neo4jError.code, never by message text. */
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { HttpError, databaseUnavailable, queryTimeout } from '../errors.ts';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** `timeoutMs` is the limit the query ran under, so a timeout can name it. */
export function translateDbError(e: unknown, timeoutMs?: number): unknown {
  if (e instanceof HttpError) return e;
  if (!(e instanceof Neo4jError)) return e;
  const code = e.code;
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.ClientError.Database.DatabaseNotFound')) {
    return databaseUnavailable(code === 'ServiceUnavailable' ? 'no connection' : code);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new HttpError(503, 'database_auth_failed', 'The server could not authenticate to the database', undefined, {
      'Retry-After': '30',
    });
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return queryTimeout(timeoutMs);
  }
  if (code.startsWith('Neo.ClientError.Statement.SyntaxError')) return new HttpError(400, 'cypher_syntax_error', e.message);
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code.includes('MemoryPoolOutOfMemoryError')) {
    return new HttpError(422, 'query_too_large', 'The query needs more memory than a query may use');
  }
  if (isRetryableError(e)) return databaseUnavailable(code);
  // The database failed, or ended the transaction itself (it is shutting down, or an admin
  // terminated it): not the request's fault, and worth a retry later. Our own aborts never get here.
  if (code.startsWith('Neo.DatabaseError.') || code === 'Neo.ClientError.Transaction.Terminated') return databaseUnavailable(code);
  return e;
}

/** How Neo4j answers a query of an index the database does not have (or has not finished building). */
const MISSING_INDEX_CODES = new Set(['Neo.ClientError.Procedure.ProcedureCallFailed', 'Neo.ClientError.Schema.IndexNotFound']);

export const isMissingIndexError = (e: unknown): boolean => e instanceof Neo4jError && MISSING_INDEX_CODES.has(e.code);
