/** Writes a small import file with unique keys into a temp folder, for tests of the loader. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export function writeFixture(content: unknown, name = 'fixture.yaml', text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-seed-'));
  if (text !== undefined) writeFileSync(join(dir, 'doc.txt'), text);
  const file = join(dir, name);
  writeFileSync(file, name.endsWith('.json') ? JSON.stringify(content) : stringify(content));
  return file;
}

/** A valid little graph: two countries, one alliance, a document that states the membership. */
export function smallGraph(s: string) {
  return {
    documents: [{ key: `doc-${s}`, title: `Test report ${s}`, publisher: 'Test Wire', date: '2022-10', textFile: 'doc.txt' }],
    nodes: [
      { key: `country-a-${s}`, labels: ['Country'], name: `Alphaland ${s}`, aliases: [`Alfa ${s}`] },
      { key: `country-b-${s}`, labels: ['Country'], name: `Betaland ${s}` },
      { key: `org-pact-${s}`, labels: ['Organization'], name: `Pact ${s}`, properties: { kind: 'alliance' } },
    ],
    relationships: [
      {
        type: 'MEMBER_OF',
        from: `country-a-${s}`,
        to: `org-pact-${s}`,
        validFrom: '1992-05-15',
        validTo: '1999',
        evidence: [{ document: `doc-${s}`, quote: 'Alphaland joined the pact in 1992.' }],
      },
      {
        type: 'MEMBER_OF',
        from: `country-b-${s}`,
        to: `org-pact-${s}`,
        validFrom: '1993',
        evidence: [{ document: `doc-${s}`, quote: 'Betaland followed a year later.' }],
      },
    ],
  };
}

export const smallGraphText = 'Alphaland joined the pact in 1992. Betaland followed a year later. Alphaland left before 2000.';
