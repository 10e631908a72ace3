/**
 * The server jars of one Neo4j version, resolved through Maven into their own cache folder
 * (neo4j/.cache/<version>/lib), and the launcher compiled against them with the JDK that will
 * run it. Nothing compiled is committed: both are made here the first time they are needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MissingPrerequisite } from './errors.ts';
import type { Jdk } from './java.ts';

/** The launcher's main class (neo4j/launcher/ManagedNeo4jLauncher.java). */
export const LAUNCHER_CLASS = 'ManagedNeo4jLauncher';

export interface Neo4jFolders {
  /** The repository's neo4j/ folder: pom.xml, launcher/ and the git-ignored .cache/. */
  neo4jDir: string;
}

export function jarDir(f: Neo4jFolders, version: string): string {
  return join(f.neo4jDir, '.cache', version, 'lib');
}

function requireTool(cmd: string, args: string[], what: string): void {
  const probe = spawnSync(cmd, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new MissingPrerequisite(`${what} was not found on PATH: install it, or set NEO4J_URI to a Neo4j you already have.`);
  }
}

/** Resolves the version's jars through Maven the first time, showing Maven's progress. */
export function ensureJars(f: Neo4jFolders, version: string, log: (msg: string) => void): string {
  const dir = jarDir(f, version);
  if (existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('neo4j-server-'))) return dir;
  requireTool('mvn', ['-v'], 'Maven (mvn)');
  log(`Resolving Neo4j Community ${version} through Maven into ${dir} (first run of this version only)…`);
  // Copied into a side folder and renamed when complete, so an interrupted run is not mistaken for a finished one.
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const mvn = spawnSync(
    'mvn',
    ['-B', '-f', join(f.neo4jDir, 'pom.xml'), `-Dneo4j.version=${version}`, `-Djars.dir=${partial}`, 'dependency:copy-dependencies'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (mvn.status !== 0) {
    throw new MissingPrerequisite(`Maven could not resolve Neo4j ${version} (exit ${mvn.status}); see its output above.`);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return dir;
}

/**
 * Compiles the launcher for this version and Java major (once; again when its source is
 * newer). Returns the folder to put on the class path.
 */
export function ensureLauncher(f: Neo4jFolders, version: string, jdk: Jdk, jars: string): string {
  const source = join(f.neo4jDir, 'launcher', `${LAUNCHER_CLASS}.java`);
  const out = join(f.neo4jDir, '.cache', version, `launcher-java${jdk.major}`);
  const compiled = join(out, `${LAUNCHER_CLASS}.class`);
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return out;
  if (!jdk.javac) {
    throw new MissingPrerequisite(
      `Java ${jdk.major} at ${jdk.home} has no javac: install the JDK (not only the runtime), or set NEO4J_URI to a Neo4j you already have.`,
    );
  }
  mkdirSync(out, { recursive: true });
  const javac = spawnSync(jdk.javac, ['--release', String(jdk.major), '-nowarn', '-cp', `${jars}/*`, '-d', out, source], {
    encoding: 'utf8',
  });
  if (javac.status !== 0) {
    throw new MissingPrerequisite(`javac could not compile ${source} against Neo4j ${version}:\n${javac.stderr}${javac.stdout}`);
  }
  return out;
}
