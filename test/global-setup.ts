/**
 * One global setup hands every test a real Neo4j: NEO4J_URI (with user/password) when set;
 * else testcontainers' Neo4j module when a Docker engine answers; else the managed local
 * server. It applies the schema and loads the seed graph (idempotent) before any test runs.
 */
import type { TestProject } from 'vitest/node';
import { createManagedNeo4j, managedNeo4jOptionsFromEnv } from '../scripts/managed-neo4j.ts';
import { CALENDAR_RELEASE, dockerImage } from '../scripts/managed-neo4j/versions.ts';
import { createDriver } from '../server/db/driver.ts';
import { loadSeed } from '../seed/load.ts';
import type { TestDatabase } from './helpers/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('timeout')), 5000).unref());
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return true;
  } catch {
    return false;
  }
}

async function startContainer(): Promise<{ db: TestDatabase; stop: () => Promise<unknown> }> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  // The same version the managed server runs by default (or NEO4J_MANAGED_VERSION's).
  const image = dockerImage(process.env.NEO4J_MANAGED_VERSION || CALENDAR_RELEASE);
  const container = await new Neo4jContainer(image).withPassword('test-password-1').start();
  const db = { uri: container.getBoltUri(), user: 'neo4j', password: container.getPassword(), database: 'neo4j', source: 'testcontainers' };
  return { db, stop: () => container.stop() };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let db: TestDatabase;
  let stop: () => Promise<unknown> = async () => undefined;
  if (process.env.NEO4J_URI) {
    db = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
      source: 'NEO4J_URI',
    };
  } else if (await dockerAnswers()) {
    ({ db, stop } = await startContainer());
  } else {
    const options = { ...managedNeo4jOptionsFromEnv(process.env), log: (m: string) => console.error(`[global-setup] ${m}`) };
    const managed = await createManagedNeo4j(options).start();
    db = { uri: managed.uri, user: managed.user, password: managed.password, database: managed.database, source: 'managed' };
  }
  console.error(`[global-setup] tests use Neo4j at ${db.uri} (${db.source})`);
  const driver = createDriver({ uri: db.uri, user: db.user, password: db.password, waitMs: 30_000 });
  try {
    const report = await loadSeed({ driver, database: db.database });
    console.error(`[global-setup] seed graph in place: ${report.nodes} nodes, ${report.relationships} relationships (${report.ms} ms)`);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', db);
  return async () => {
    await stop();
  };
}
