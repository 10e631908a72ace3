/**
 * The managed local Neo4j as a value: `createManagedNeo4j(options)` gives a server in one
 * home folder on two loopback ports, with start, stop and its connection facts. Community
 * jars from Maven Central, the newest version the machine's Java allows, run by a tiny
 * launcher in a detached JVM. Nothing is read from the environment here: entry points pass
 * `managedNeo4jOptionsFromEnv(process.env)`; errors are thrown, never exits.
 *
 * It only ever talks to a server it started: its own is the process in `server.json` whose
 * command line names our launcher and this home folder, and which holds our Bolt port.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { MissingPrerequisite, PortInUse } from './managed-neo4j/errors.ts';
import { LAUNCHER_CLASS, ensureJars, ensureLauncher } from './managed-neo4j/jars.ts';
import { chooseRuntime, findJdks } from './managed-neo4j/java.ts';
import { freePort, listenerIs, portHolder, type PortHolder } from './managed-neo4j/ports.ts';
import { commandLine, isAlive, shortCommand } from './managed-neo4j/process.ts';
import { isCalendarRelease } from './managed-neo4j/versions.ts';

export { MissingPrerequisite, PortInUse };
export { managedNeo4jOptionsFromEnv } from './managed-neo4j/options.ts';

export interface ManagedNeo4jOptions {
  /** The folder for data, logs, password and the record of the running server. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** A Neo4j version from Maven Central; default: the newest the chosen Java allows. */
  version?: string | undefined;
  /** The JDK to use; default: the newest found on the PATH and in the usual JDK folders. */
  javaHome?: string | undefined;
  /** The PATH to look for java on when javaHome is not given. */
  path?: string | undefined;
  heap?: string;
  pageCache?: string;
  /** Settings on top of ours (the benchmark enables LOAD CSV on its own server). */
  extraSettings?: Record<string, string>;
  /** A password to use instead of the generated one kept in the home folder. */
  password?: string | undefined;
  /** How long a start may take before it is given up (default 180 s; a shared, busy machine may need more). */
  startTimeoutMs?: number | undefined;
  /** Where progress lines go (Maven's own output goes to stderr). */
  log?: (msg: string) => void;
}

export interface ManagedConnection {
  uri: string;
  httpUrl: string;
  user: string;
  password: string;
  database: string;
  logFile: string;
}

export interface StartedNeo4j extends ManagedConnection {
  pid: number;
  version: string;
  java: string;
  /** True when the server was already running and was reused. */
  reused: boolean;
}

export interface ManagedNeo4j {
  readonly home: string;
  /** Starts the server (or reuses this folder's running one); resolves once Bolt answers. */
  start(): Promise<StartedNeo4j>;
  /** Stops this folder's server cleanly; false when it was not running. */
  stop(): Promise<boolean>;
  /** The connection facts, without starting anything (creates the password on first use). */
  connection(): ManagedConnection;
}

/** What `server.json` records about the running server. */
interface ServerRecord {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
  java: string;
}

const repoRoot = resolve(import.meta.dirname, '..');
const folders = { neo4jDir: join(repoRoot, 'neo4j') };
const DEFAULT_START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Options Neo4j's own launcher passes to the JVM; the server reflects into these packages. */
const JVM_OPENS = [
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
function serverSettings(o: Required<Pick<ManagedNeo4jOptions, 'home' | 'boltPort' | 'httpPort' | 'pageCache'>>, version: string) {
  return {
    'server.bolt.listen_address': `127.0.0.1:${o.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${o.boltPort}`,
    'server.http.listen_address': `127.0.0.1:${o.httpPort}`,
    'server.http.advertised_address': `127.0.0.1:${o.httpPort}`,
    'server.https.enabled': 'false',
    'server.directories.data': join(o.home, 'data'),
    'server.directories.logs': join(o.home, 'logs'),
    'server.directories.run': join(o.home, 'run'),
    'server.directories.plugins': join(o.home, 'plugins'),
    // An empty folder of ours: the code default (null) lets LOAD CSV read any file.
    'server.directories.import': join(o.home, 'import'),
    'dbms.security.allow_csv_import_from_file_urls': 'false',
    'internal.dbms.cypher_ip_blocklist': '0.0.0.0/0,::/0',
    'dbms.usage_report.enabled': 'false',
    'dbms.cypher.forbid_exhaustive_shortestpath': 'true',
    'db.transaction.timeout': '120s',
    'db.memory.transaction.max': '512m',
    'dbms.memory.transaction.total.max': '1g',
    'server.memory.pagecache.size': o.pageCache,
    // Bolt's network threads wait a quiet period of 5 s, twice, after the databases have
    // shut down (measured: 10 of a stop's 10.2 s); connections are closed by then.
    ...(isCalendarRelease(version)
      ? { 'internal.dbms.bolt.netty_server_shutdown_quiet_period_duration': '0s' }
      : { 'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0' }),
  };
}

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
async function setInitialPassword(uri: string, password: string, passwordFile: string, home: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password }, { database: 'system' });
  } catch (e) {
    throw new Error(
      `The managed Neo4j in ${home} rejects the password in ${passwordFile} (and is not fresh): set NEO4J_PASSWORD, or delete ${home} to start over. (${(e as Error).message})`,
      { cause: e },
    );
  } finally {
    await driver.close();
  }
}

function describeHolder(h: PortHolder): string {
  if (h.pid && h.command) return `pid ${h.pid}: ${shortCommand(h.command)}`;
  if (h.pid) return `pid ${h.pid}`;
  return 'a process this user cannot see (another user, or a container)';
}

export function createManagedNeo4j(options: ManagedNeo4jOptions): ManagedNeo4j {
  const home = resolve(options.home);
  const o = { heap: '1g', pageCache: '512m', extraSettings: {}, log: console.error, ...options, home };
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const recordFile = join(home, 'server.json');
  const legacyPidFile = join(home, 'neo4j.pid');
  const passwordFile = join(home, 'password');
  const dataVersionFile = join(home, 'data-version');
  const logFile = join(home, 'logs', 'console.log');
  const uri = `bolt://127.0.0.1:${o.boltPort}`;

  function password(): string {
    if (o.password) return o.password;
    if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
    mkdirSync(home, { recursive: true });
    const generated = randomBytes(18).toString('base64url');
    writeFileSync(passwordFile, generated + '\n', { mode: 0o600 });
    return generated;
  }

  function connection(): ManagedConnection {
    return { uri, httpUrl: `http://127.0.0.1:${o.httpPort}`, user: 'neo4j', password: password(), database: 'neo4j', logFile };
  }

  /** Our process: named in our record, alive, running our launcher on this home folder. */
  function isOurs(pid: number): boolean {
    if (!isAlive(pid)) return false;
    const command = commandLine(pid);
    if (command === undefined) return true; // no way to look (no /proc, no ps): trust the record
    const launcher = command.includes(LAUNCHER_CLASS) || command.includes('org.neo4j.server.CommunityEntryPoint');
    return launcher && command.includes(`--home-dir=${home}`);
  }

  /** This folder's running server, from its record (or the pid file of earlier versions). */
  function running(): ServerRecord | undefined {
    let record: ServerRecord | undefined;
    if (existsSync(recordFile)) {
      try {
        record = JSON.parse(readFileSync(recordFile, 'utf8')) as ServerRecord;
      } catch {
        record = undefined;
      }
    } else if (existsSync(legacyPidFile)) {
      const pid = Number(readFileSync(legacyPidFile, 'utf8').trim());
      if (pid > 0) record = { pid, boltPort: o.boltPort, httpPort: o.httpPort, version: '5.26.0', java: 'java' };
    }
    return record && isOurs(record.pid) ? record : undefined;
  }

  function forget(): void {
    rmSync(recordFile, { force: true });
    rmSync(legacyPidFile, { force: true });
  }

  /** Refuses before start when a port is held by anything else, saying what holds it. */
  async function requireFreePorts(): Promise<void> {
    const held = (await Promise.all([portHolder(o.boltPort), portHolder(o.httpPort)])).filter((h): h is PortHolder => h !== undefined);
    if (held.length === 0) return;
    const [bolt, http] = [await freePort(), await freePort()];
    const what = held.map((h) => `port ${h.port} (${h.port === o.boltPort ? 'Bolt' : 'HTTP'}) is held by ${describeHolder(h)}`);
    throw new PortInUse(
      `${what.join('; ')}. That is not the managed Neo4j of ${home}, so it was left alone. ` +
        `Choose other ports, e.g. NEO4J_MANAGED_BOLT_PORT=${bolt} NEO4J_MANAGED_HTTP_PORT=${http} (free right now), or stop what holds them.`,
    );
  }

  /** Waits until Bolt answers, talking only to a listener our own process holds. */
  async function waitForBolt(pid: number): Promise<void> {
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) throw new Error(`The managed Neo4j exited during start-up; see ${logFile}`);
      const listener = listenerIs(o.boltPort, pid);
      if (listener === 'other') {
        const holder = await portHolder(o.boltPort);
        const who = holder ? describeHolder(holder) : 'another process';
        throw new PortInUse(`port ${o.boltPort} (Bolt) was taken by ${who} while the managed Neo4j started; it was left alone.`);
      }
      // With /proc the listener is known to be ours; without it, the ports were free before we started.
      if (listener === 'this' || (listener === 'unknown' && (await portHolder(o.boltPort)))) {
        const state = await probeBolt(uri, password());
        if (state === 'ready') return;
        if (state === 'needs-initial-password') {
          await setInitialPassword(uri, password(), passwordFile, home);
          continue;
        }
      }
      await sleep(500);
    }
    throw new Error(
      `The managed Neo4j did not answer on ${uri} within ${startTimeoutMs / 1000} s (NEO4J_MANAGED_START_TIMEOUT_S gives it longer); see ${logFile}`,
    );
  }

  /** A store written by a calendar release cannot be opened by 5.26 again. */
  function requireOpenableData(version: string): void {
    const last = existsSync(dataVersionFile) ? readFileSync(dataVersionFile, 'utf8').trim() : undefined;
    if (last && isCalendarRelease(last) && !isCalendarRelease(version)) {
      throw new Error(
        `The data in ${join(home, 'data')} was last opened by Neo4j ${last}, which 5.26 cannot read: ` +
          `use another NEO4J_MANAGED_HOME for ${version}, or delete ${join(home, 'data')} to start over.`,
      );
    }
  }

  async function start(): Promise<StartedNeo4j> {
    for (const dir of ['data', 'logs', 'run', 'plugins', 'import', 'conf']) mkdirSync(join(home, dir), { recursive: true });
    password(); // generated before the first start, so the fresh database gets it
    const current = running();
    if (current) {
      if (current.boltPort !== o.boltPort || current.httpPort !== o.httpPort) {
        throw new PortInUse(
          `The managed Neo4j of ${home} is already running on ports ${current.boltPort}/${current.httpPort} (pid ${current.pid}), ` +
            `not ${o.boltPort}/${o.httpPort}: use those ports, or stop it first (npm run db:stop).`,
        );
      }
      await waitForBolt(current.pid);
      return { ...connection(), pid: current.pid, version: current.version, java: current.java, reused: true };
    }
    forget();
    await requireFreePorts();
    const { version, jdk } = chooseRuntime(findJdks({ JAVA_HOME: o.javaHome, PATH: o.path }), o.version);
    requireOpenableData(version);
    const jars = ensureJars(folders, version, o.log);
    const launcher = ensureLauncher(folders, version, jdk, jars);
    writeFileSync(join(home, 'conf', 'neo4j.conf'), '# Settings are passed on the command line by scripts/managed-neo4j.ts\n');
    const settings = { ...serverSettings(o, version), ...o.extraSettings };
    const args = [
      `-Xms${o.heap}`,
      `-Xmx${o.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      ...JVM_OPENS,
      '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      `${launcher}:${jars}/*`,
      LAUNCHER_CLASS,
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
      '--console-mode',
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ];
    const out = openSync(logFile, 'a');
    const child = spawn(jdk.java, args, { detached: true, stdio: ['ignore', out, out], cwd: home });
    child.unref();
    if (!child.pid) throw new Error(`Could not start ${jdk.java} for the managed Neo4j`);
    const record: ServerRecord = { pid: child.pid, boltPort: o.boltPort, httpPort: o.httpPort, version, java: jdk.home };
    writeFileSync(recordFile, JSON.stringify(record, null, 2) + '\n');
    writeFileSync(dataVersionFile, version + '\n');
    o.log(`Starting the managed Neo4j ${version} on Java ${jdk.major} (${jdk.home}), pid ${child.pid}; logs: ${logFile}`);
    await waitForBolt(child.pid);
    return { ...connection(), pid: child.pid, version, java: jdk.home, reused: false };
  }

  async function stop(): Promise<boolean> {
    const current = running();
    if (!current) {
      forget();
      o.log(`The managed Neo4j of ${home} is not running.`);
      return false;
    }
    // The launcher stops the databases on SIGTERM and then ends the JVM at once.
    process.kill(current.pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(current.pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(current.pid)) {
      o.log(`The managed Neo4j (pid ${current.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s: killing it.`);
      process.kill(current.pid, 'SIGKILL');
    }
    forget();
    o.log(`Stopped the managed Neo4j (pid ${current.pid}).`);
    return true;
  }

  return { home, start, stop, connection };
}
