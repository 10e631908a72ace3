/**
 * Deadlines of one request's database work, raced against the work so the answer never waits
 * on a database that does not answer.
 * - How long a request waits for the database to take its statement (DB_WAIT_MS). The driver's
 *   own timeouts cover connecting and retrying, but not a server that accepts the connection and
 *   then holds the statement: a Neo4j that is starting up keeps a transaction waiting until its
 *   database is available (measured: 11 s), so a request would hang instead of answering 503.
 * - Once the database has taken the statement, the statement's own time limit (plus the slack of
 *   Neo4j's 2 s check) applies instead: `arm` starts that clock.
 */
import { databaseUnavailable } from '../errors.ts';

export interface AnswerDeadline {
  /** Aborts when the deadline passes (or the client's own signal does): hand this to the driver. */
  signal: AbortSignal | undefined;
  /** Rejects with the expiry error when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T>;
  /** The database took the statement: the deadline no longer applies. */
  taken(): void;
  /** Starts (or restarts) the clock: `ms` from now. */
  arm(ms: number): void;
}

/**
 * `waitMs` undefined: no clock until `arm`. `expiry` is the error to answer with; by default a
 * 503 that names the wait.
 */
export function answerDeadline(
  waitMs: number | undefined,
  clientSignal: AbortSignal | undefined,
  expiry: () => Error = () => databaseUnavailable(`it did not take the query within ${(waitMs ?? 0) / 1000} s`),
): AnswerDeadline {
  const giveUp = new AbortController();
  const signal = clientSignal ? AbortSignal.any([clientSignal, giveUp.signal]) : giveUp.signal;
  let timer: NodeJS.Timeout | undefined;
  let expire: (e: Error) => void = () => undefined;
  const expired = new Promise<never>((_, fail) => {
    expire = fail;
  });
  expired.catch(() => undefined);
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      giveUp.abort();
      expire(expiry());
    }, ms);
  };
  if (waitMs) arm(waitMs);
  return {
    signal,
    async race(work) {
      try {
        return await Promise.race([work, expired]);
      } finally {
        clearTimeout(timer);
        // The loser of the race settles later (the driver reports the abort): nobody awaits it.
        work.catch(() => undefined);
      }
    },
    taken: () => clearTimeout(timer),
    arm,
  };
}

/** A statement ran past its limit and the slack: its transaction must be ended on the server. */
export class StatementOverrun extends Error {}
