/**
 * The README's import example is a file that loads: its YAML block goes through the importer
 * (the checker, then the loader) with every key made unique to this run, and is removed after.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadFiles } from '../../seed/load.ts';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { database } = testDatabase();
const driver = testDriver();
const s = uniqueSuffix();

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.key ENDS WITH $s DETACH DELETE n', { s: `-${s}` }, { database });
  await driver.close();
});

interface Example {
  documents: { key: string; textFile?: string }[];
  nodes: { key: string }[];
  relationships: { from: string; to: string; evidence?: { document: string; quote: string; speaker?: string }[] }[];
}

/** The first ```yaml block after the README's import heading. */
function readmeExample(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Your own data'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```yaml block under "## Your own data"');
  return block[1]!;
}

describe("the README's import example", () => {
  it('loads through the importer', async () => {
    const example = parse(readmeExample()) as Example;
    const dir = mkdtempSync(join(tmpdir(), 'readme-import-'));
    const unique = (key: string) => `${key}-${s}`;
    for (const d of example.documents) {
      // The full text it names holds every quote that cites it, as a real text would.
      if (d.textFile) {
        const quotes = example.relationships.flatMap((r) => (r.evidence ?? []).filter((e) => e.document === d.key).map((e) => e.quote));
        writeFileSync(join(dir, d.textFile), quotes.join('\n'));
      }
      d.key = unique(d.key);
    }
    for (const n of example.nodes) n.key = unique(n.key);
    for (const r of example.relationships) {
      r.from = unique(r.from);
      r.to = unique(r.to);
      for (const e of r.evidence ?? []) {
        e.document = unique(e.document);
        if (e.speaker) e.speaker = unique(e.speaker);
      }
    }
    const file = join(dir, 'example.yaml');
    writeFileSync(file, stringify(example));
    const report = await loadFiles({ driver, database }, [file]);
    expect(report).toMatchObject({
      documents: example.documents.length,
      nodes: example.nodes.length,
      relationships: example.relationships.length,
    });
    const { records } = await driver.executeQuery(
      'MATCH (a:Entity {key: $from})-[r]->(b:Entity {key: $to}) RETURN type(r) AS type, r.quotes AS quotes',
      { from: example.relationships[0]!.from, to: example.relationships[0]!.to },
      { database },
    );
    expect(records).toHaveLength(1);
  });
});
