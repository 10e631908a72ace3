/**
 * Finds the JDKs on this machine (JAVA_HOME, the PATH, the usual install folders) and picks
 * the one to run a Neo4j version with. JAVA_HOME, when set, is the only candidate: it is how
 * a person says "this Java", as Neo4j's own launcher reads it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { MissingPrerequisite } from './errors.ts';
import { javaRequiredBy, newestNeo4jFor } from './versions.ts';

export interface Jdk {
  /** The folder holding bin/java. */
  home: string;
  java: string;
  /** bin/javac, when this is a JDK and not only a runtime. */
  javac: string | undefined;
  major: number;
}

/** Folders whose subfolders are JDKs on common systems (Debian/Ubuntu, Fedora, macOS, SDKMAN). */
const JDK_PARENTS = [
  '/usr/lib/jvm',
  '/usr/java',
  '/opt/java',
  '/Library/Java/JavaVirtualMachines',
  join(homedir(), '.sdkman', 'candidates', 'java'),
  join(homedir(), '.jdks'),
];

/** "17.0.15" → 17, "1.8.0_412" → 8. */
function majorOf(version: string): number | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** The JDK's major version from its `release` file, else from `java -version`. */
function javaMajor(home: string, java: string): number | undefined {
  const release = join(home, 'release');
  if (existsSync(release)) {
    const v = /^JAVA_VERSION="([^"]+)"/m.exec(readFileSync(release, 'utf8'))?.[1];
    if (v) return majorOf(v);
  }
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const v = /version "([^"]+)"/.exec(`${probe.stderr ?? ''}${probe.stdout ?? ''}`)?.[1];
  return v ? majorOf(v) : undefined;
}

function jdkAt(home: string): Jdk | undefined {
  const java = join(home, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  const major = javaMajor(home, java);
  if (!major) return undefined;
  const javac = join(home, 'bin', 'javac');
  return { home, java, javac: existsSync(javac) ? javac : undefined, major };
}

/** The JDK behind `java` on the PATH (following /usr/bin/java → /etc/alternatives → …). */
function jdkOnPath(path: string | undefined): Jdk | undefined {
  for (const dir of (path ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'java');
    if (existsSync(candidate)) return jdkAt(dirname(dirname(realpathSync(candidate))));
  }
  return undefined;
}

function jdksInUsualFolders(): Jdk[] {
  return JDK_PARENTS.filter((p) => existsSync(p)).flatMap((parent) =>
    readdirSync(parent).flatMap((name) => {
      const base = join(parent, name);
      const jdk = jdkAt(base) ?? jdkAt(join(base, 'Contents', 'Home')); // macOS bundles
      return jdk ? [jdk] : [];
    }),
  );
}

/** Every distinct JDK found, newest first. */
export function findJdks(env: { JAVA_HOME?: string | undefined; PATH?: string | undefined }): Jdk[] {
  if (env.JAVA_HOME) {
    const jdk = jdkAt(env.JAVA_HOME);
    if (!jdk)
      throw new MissingPrerequisite(
        `Java (17 or newer) was not found at ${join(env.JAVA_HOME, 'bin', 'java')} (JAVA_HOME): ${installHint}`,
      );
    return [jdk];
  }
  const all = [jdkOnPath(env.PATH), ...jdksInUsualFolders()].filter((j): j is Jdk => j !== undefined);
  const byHome = new Map(all.map((j) => [realpathSync(j.home), j]));
  return [...byHome.values()].sort((a, b) => b.major - a.major);
}

const installHint =
  'install a JDK (Java 21 or newer runs the current Neo4j, Java 17 the 5.26 line) and Maven, or set NEO4J_URI to a Neo4j you already have.';

export interface Runtime {
  version: string;
  jdk: Jdk;
}

/**
 * The Neo4j version and the JDK to run it with: the requested version on the newest JDK that
 * runs it (for the 5.26 line, one no newer than 21 when there is one: the versions it was
 * released for), else the newest Neo4j the newest JDK allows.
 */
export function chooseRuntime(jdks: Jdk[], requestedVersion: string | undefined): Runtime {
  const where = jdks.length
    ? `found: ${jdks.map((j) => `Java ${j.major} at ${j.home}`).join(', ')}`
    : 'none found on JAVA_HOME, the PATH or in /usr/lib/jvm';
  if (requestedVersion) {
    const needed = javaRequiredBy(requestedVersion);
    const able = jdks.filter((j) => j.major >= needed);
    const jdk = needed < 21 ? (able.find((j) => j.major <= 21) ?? able[0]) : able[0];
    if (!jdk) throw new MissingPrerequisite(`Neo4j ${requestedVersion} needs Java ${needed} or newer (${where}): ${installHint}`);
    return { version: requestedVersion, jdk };
  }
  const jdk = jdks[0];
  const version = jdk && newestNeo4jFor(jdk.major);
  if (!jdk || !version) throw new MissingPrerequisite(`Java 17 or newer was not found (${where}): ${installHint}`);
  return { version, jdk };
}
