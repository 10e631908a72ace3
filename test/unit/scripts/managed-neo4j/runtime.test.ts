/** Which Neo4j runs on which Java: the choice from the JDKs found, no Java needed. */
import { describe, expect, it } from 'vitest';
import { chooseRuntime, type Jdk } from '../../../../scripts/managed-neo4j/java.ts';
import { CALENDAR_RELEASE, LTS_RELEASE, dockerImage, javaRequiredBy } from '../../../../scripts/managed-neo4j/versions.ts';

const jdk = (major: number): Jdk => ({ home: `/jdk-${major}`, java: `/jdk-${major}/bin/java`, javac: `/jdk-${major}/bin/javac`, major });

describe('the managed server picks the newest Neo4j the Java allows', () => {
  it('runs the calendar release on the newest JDK when it is 21 or newer', () => {
    expect(chooseRuntime([jdk(25), jdk(17)], undefined)).toEqual({ version: CALENDAR_RELEASE, jdk: jdk(25) });
    expect(chooseRuntime([jdk(21)], undefined)).toEqual({ version: CALENDAR_RELEASE, jdk: jdk(21) });
  });

  it('runs the newest 5.26 patch on Java 17', () => {
    expect(chooseRuntime([jdk(17)], undefined)).toEqual({ version: LTS_RELEASE, jdk: jdk(17) });
  });

  it('runs a requested 5.26 on a Java it was released for (17–21) when there is one, a calendar release on Java 21+', () => {
    expect(chooseRuntime([jdk(25), jdk(17)], '5.26.30').jdk.major).toBe(17);
    expect(chooseRuntime([jdk(25)], '5.26.30').jdk.major).toBe(25);
    expect(chooseRuntime([jdk(25), jdk(17)], '2025.10.1').jdk.major).toBe(25);
  });

  it('says what is missing in one sentence', () => {
    expect(() => chooseRuntime([jdk(17)], '2026.08.1')).toThrow(
      /^Neo4j 2026\.08\.1 needs Java 21 or newer \(found: Java 17 at \/jdk-17\): install a JDK/,
    );
    expect(() => chooseRuntime([jdk(11)], undefined)).toThrow(/^Java 17 or newer was not found \(found: Java 11/);
    expect(() => chooseRuntime([], undefined)).toThrow(/none found on JAVA_HOME, the PATH or in \/usr\/lib\/jvm/);
  });

  it('names the Java each line needs, and the Docker image of a version', () => {
    expect([javaRequiredBy('5.26.30'), javaRequiredBy('2026.08.1')]).toEqual([17, 21]);
    expect(dockerImage(CALENDAR_RELEASE)).toBe(`neo4j:${CALENDAR_RELEASE}-community`);
  });
});
