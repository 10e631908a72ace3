/**
 * The managed local Neo4j: Community 5.26 from Maven Central jars, run in the foreground
 * of a detached JVM on loopback ports, data and password in the git-ignored `.neo4j/`.
 * Used by `npm run db:*`, `npm start` with nothing configured, and the test global setup.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jarDir = join(root, 'neo4j', '.cache', 'lib');
const home = resolve(process.env.NEO4J_MANAGED_HOME ?? join(root, '.neo4j'));
const pidFile = join(home, 'neo4j.pid');
const passwordFile = join(home, 'password');

export interface ManagedNeo4j {
  uri: string;
  httpUrl: string;
  user: string;
  password: string;
  database: string;
  logFile: string;
  pid: number;
  reused: boolean;
}

const boltPort = Number(process.env.NEO4J_MANAGED_BOLT_PORT ?? 7687);
const httpPort = Number(process.env.NEO4J_MANAGED_HTTP_PORT ?? 7474);
/** JAVA_HOME's java when set (as Neo4j's own launcher does), else java on PATH. */
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const heap = process.env.NEO4J_MANAGED_HEAP ?? '1g';
const pageCache = process.env.NEO4J_MANAGED_PAGECACHE ?? '512m';

/** Options Neo4j's own launcher passes to the JVM; the server reflects into these packages. */
const jvmOpens = [
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/sun.nio.ch',
  'java.base/java.util.concurrent',
  'java.base/java.util.concurrent.atomic',
  'java.base/java.lang',
  'java.base/java.lang.invoke',
  'java.base/java.util',
  'java.base/java.net',
  'java.base/jdk.internal.misc',
  'java.base/sun.net.dns',
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`);

/** Server settings; see SECURITY.md for why each hardening line is here. */
function serverSettings(): Record<string, string> {
  return {
    'server.bolt.listen_address': `127.0.0.1:${boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${boltPort}`,
    'server.http.listen_address': `127.0.0.1:${httpPort}`,
    'server.http.advertised_address': `127.0.0.1:${httpPort}`,
    'server.https.enabled': 'false',
    'server.directories.data': join(home, 'data'),
    'server.directories.logs': join(home, 'logs'),
    'server.directories.run': join(home, 'run'),
    'server.directories.plugins': join(home, 'plugins'),
    // An empty folder of ours: the code default (null) lets LOAD CSV read any file.
    'server.directories.import': join(home, 'import'),
    'dbms.security.allow_csv_import_from_file_urls': 'false',
    'internal.dbms.cypher_ip_blocklist': '0.0.0.0/0,::/0',
    'dbms.usage_report.enabled': 'false',
    'dbms.cypher.forbid_exhaustive_shortestpath': 'true',
    'db.transaction.timeout': '120s',
    'db.memory.transaction.max': '512m',
    'dbms.memory.transaction.total.max': '1g',
    'server.memory.pagecache.size': pageCache,
    ...extraSettings(),
  };
}

/**
 * Extra settings for a separate instance only (the benchmark enables LOAD CSV on its own
 * server): NEO4J_MANAGED_EXTRA_SETTINGS as a JSON object of string values. Unset, nothing changes.
 */
function extraSettings(): Record<string, string> {
  const raw = process.env.NEO4J_MANAGED_EXTRA_SETTINGS;
  if (!raw) return {};
  const parsed: unknown = JSON.parse(raw);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new Error('NEO4J_MANAGED_EXTRA_SETTINGS must be a JSON object of string values');
  }
  return parsed as Record<string, string>;
}

/** One clear sentence when a prerequisite is missing, instead of a stack trace. */
export class MissingPrerequisite extends Error {}

function requireTool(cmd: string, args: string[], what: string): void {
  const probe = spawnSync(cmd, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    const where = cmd.includes('/') ? `at ${cmd}` : 'on PATH';
    throw new MissingPrerequisite(
      `${what} was not found ${where}: install it (Java 17 and Maven run the managed Neo4j), or set NEO4J_URI to a Neo4j you already have.`,
    );
  }
}

/** Resolves the server jars through Maven the first time, showing Maven's progress. */
export function ensureJars(log: (msg: string) => void = console.error): void {
  if (existsSync(jarDir) && readdirSync(jarDir).some((f) => f.startsWith('neo4j-server-'))) return;
  requireTool(java, ['-version'], 'Java (17 or newer)');
  requireTool('mvn', ['-v'], 'Maven (mvn)');
  log(`Resolving Neo4j Community jars through Maven into ${jarDir} (first run only)…`);
  // Copied into a side folder and renamed when complete, so an interrupted run is not mistaken for a finished one.
  const partial = `${jarDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const mvn = spawnSync('mvn', ['-B', '-f', join(root, 'neo4j', 'pom.xml'), `-Djars.dir=${partial}`, 'dependency:copy-dependencies'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (mvn.status !== 0) throw new MissingPrerequisite(`Maven could not resolve the Neo4j jars (exit ${mvn.status}); see its output above.`);
  rmSync(jarDir, { recursive: true, force: true });
  renameSync(partial, jarDir);
}

function readPid(): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // After a reboot the pid may belong to something else: check it is our server where we can.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('CommunityEntryPoint');
}

function ensurePassword(): string {
  if (process.env.NEO4J_PASSWORD) return process.env.NEO4J_PASSWORD;
  if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile, generated + '\n', { mode: 0o600 });
  return generated;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type BoltState = 'ready' | 'needs-initial-password' | 'down';

async function probeBolt(uri: string, password: string): Promise<BoltState> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return 'ready';
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.CredentialsExpired') {
      return 'needs-initial-password';
    }
    return 'down';
  } finally {
    await driver.close();
  }
}

/** A fresh database has neo4j/neo4j with a forced change: set ours through Bolt, once. */
async function setInitialPassword(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2000 });
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password });
    } finally {
      await session.close();
    }
  } catch (e) {
    throw new Error(
      `The managed Neo4j rejects the password in ${passwordFile} (and is not fresh): set NEO4J_PASSWORD, or delete ${home} to start over. (${(e as Error).message})`,
      { cause: e },
    );
  } finally {
    await driver.close();
  }
}

async function waitForBolt(uri: string, password: string, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) throw new Error(`The managed Neo4j exited during start-up; see ${join(home, 'logs', 'console.log')}`);
    const state = await probeBolt(uri, password);
    if (state === 'ready') return;
    if (state === 'needs-initial-password') {
      await setInitialPassword(uri, password);
      continue;
    }
    await sleep(500);
  }
  throw new Error(`The managed Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s; see ${join(home, 'logs', 'console.log')}`);
}

function info(password: string, pid: number, reused: boolean): ManagedNeo4j {
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    user: 'neo4j',
    password,
    database: 'neo4j',
    logFile: join(home, 'logs', 'console.log'),
    pid,
    reused,
  };
}

/** Starts the managed server, or reuses the one already running; resolves once Bolt answers. */
export async function ensureManagedNeo4j(log: (msg: string) => void = console.error): Promise<ManagedNeo4j> {
  for (const dir of ['data', 'logs', 'run', 'plugins', 'import', 'conf']) mkdirSync(join(home, dir), { recursive: true });
  const password = ensurePassword();
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const running = readPid();
  if (running && isAlive(running)) {
    await waitForBolt(uri, password, running, 120_000);
    return info(password, running, true);
  }
  ensureJars(log);
  requireTool(java, ['-version'], 'Java (17 or newer)');
  writeFileSync(join(home, 'conf', 'neo4j.conf'), '# Settings are passed on the command line by scripts/managed-neo4j.ts\n');
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...jvmOpens,
    '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${jarDir}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${join(home, 'conf')}`,
    '--console-mode',
    ...Object.entries(serverSettings()).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ];
  const out = openSync(join(home, 'logs', 'console.log'), 'a');
  const child = spawn(java, args, { detached: true, stdio: ['ignore', out, out], cwd: home });
  child.unref();
  if (!child.pid) throw new Error('Could not start java for the managed Neo4j');
  writeFileSync(pidFile, String(child.pid));
  log(`Starting the managed Neo4j 5.26 (pid ${child.pid}); logs: ${join(home, 'logs', 'console.log')}`);
  await waitForBolt(uri, password, child.pid, 120_000);
  return info(password, child.pid, false);
}

/** Stops the managed server cleanly (SIGTERM, then SIGKILL after a minute). */
export async function stopManagedNeo4j(log: (msg: string) => void = console.error): Promise<boolean> {
  const pid = readPid();
  if (!pid || !isAlive(pid)) {
    log('The managed Neo4j is not running.');
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  writeFileSync(pidFile, '');
  log(`Stopped the managed Neo4j (pid ${pid}).`);
  return true;
}

/** Connection facts of the managed server, without starting it. */
export function managedConnection(): Omit<ManagedNeo4j, 'pid' | 'reused'> {
  mkdirSync(home, { recursive: true });
  const { pid: _pid, reused: _reused, ...rest } = info(ensurePassword(), 0, false);
  return rest;
}
