/**
 * Errors of an analyst's own query, by Neo4jError.code: a mistake in the query is a 400 with
 * Neo4j's message and position, a refusal by the server a 403; the rest is translateDbError's.
 */
import { Neo4jError } from 'neo4j-driver';
import { HttpError } from '../errors.ts';
import { translateDbError } from './db-errors.ts';

export interface CypherPosition {
  offset: number;
  line: number;
  column: number;
}

const FORBIDDEN = new Set([
  'Neo.ClientError.Statement.UnsupportedAdministrationCommand',
  'Neo.ClientError.Statement.NotSystemDatabaseError',
  'Neo.ClientError.Procedure.ProcedureRegistrationFailed',
]);

/**
 * Neo4j gives the position only inside its message ("(line 1, column 18 (offset: 17))"). The
 * query ran behind a prefix (e.g. "EXPLAIN "), which is taken off so the position is the user's.
 */
export function errorPosition(message: string, prefixLength: number): CypherPosition | undefined {
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!m) return undefined;
  const line = Number(m[1]);
  const column = Number(m[2]);
  return {
    line,
    column: line === 1 ? Math.max(1, column - prefixLength) : column,
    offset: Math.max(0, Number(m[3]) - prefixLength),
  };
}

/** The first line of Neo4j's message, with the position as the user counts it. */
function userMessage(message: string, position: CypherPosition | undefined): string {
  const first = message.split('\n')[0]!.trim();
  if (!position) return first;
  return first.replace(
    /\(line \d+, column \d+ \(offset: \d+\)\)/,
    `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`,
  );
}

export function translateCypherError(e: unknown, prefixLength = 0, timeoutMs?: number): unknown {
  if (!(e instanceof Neo4jError)) return translateDbError(e, timeoutMs);
  const code = e.code;
  const position = errorPosition(e.message, prefixLength);
  const details = { neo4jCode: code, ...(e.gqlStatus ? { gqlStatus: e.gqlStatus } : {}), ...(position ? { position } : {}) };
  const message = userMessage(e.message, position);
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new HttpError(403, 'cypher_not_read_only', `Refused: the query tries to write (${message})`, details);
  }
  if (FORBIDDEN.has(code) || code.startsWith('Neo.ClientError.Security.')) {
    return new HttpError(403, 'cypher_forbidden_operation', `Refused: ${message}`, details);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.SemanticError') {
    return new HttpError(400, 'cypher_syntax_error', message, details);
  }
  const translated = translateDbError(e, timeoutMs);
  if (translated !== e) return translated;
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new HttpError(400, 'cypher_error', message, details);
  }
  return e;
}
