/**
 * The two lines of Neo4j Community the managed server runs, and the Java each needs. Newest
 * patch of each as Maven Central served them when last checked (see the README for the
 * command that lists newer ones).
 */

/** The newest calendar release: Java 21 or newer. */
export const CALENDAR_RELEASE = '2026.08.1';
/** The newest patch of the 5.26 LTS line: Java 17 or newer. */
export const LTS_RELEASE = '5.26.30';

/** Calendar releases are numbered by year (2025.01.0 …); the LTS line is 5.x. */
export function isCalendarRelease(version: string): boolean {
  return /^20\d\d\./.test(version);
}

/** The oldest Java a Neo4j version runs on (its classes are compiled for it). */
export function javaRequiredBy(version: string): number {
  return isCalendarRelease(version) ? 21 : 17;
}

/** The newest Neo4j a Java runtime allows, or undefined when it is too old for either line. */
export function newestNeo4jFor(javaMajor: number): string | undefined {
  if (javaMajor >= javaRequiredBy(CALENDAR_RELEASE)) return CALENDAR_RELEASE;
  if (javaMajor >= javaRequiredBy(LTS_RELEASE)) return LTS_RELEASE;
  return undefined;
}

/** The Docker image of the same version (docker-compose.yml and the testcontainers setup). */
export function dockerImage(version: string): string {
  return `neo4j:${version}-community`;
}
