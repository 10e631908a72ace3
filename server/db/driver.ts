/** Creates the one driver of a process, with timeouts that make an outage answer fast. */
import neo4j, { type Driver } from 'neo4j-driver';

export type { Driver };

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** How long a request may wait for a connection or retry before giving up (503). */
  waitMs: number;
}

export function createDriver(o: DriverOptions): Driver {
  return neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    maxTransactionRetryTime: o.waitMs,
    connectionAcquisitionTimeout: o.waitMs,
    connectionTimeout: Math.min(o.waitMs, 5_000),
    maxConnectionPoolSize: 50,
    userAgent: 'relationship-explorer/0.1',
  });
}
