/** The README stays true: its ontology table is the ontology, and its import example is a valid file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFile } from '../../../seed/read.ts';
import { loadOntology } from '../../../server/ontology.ts';
import { ontologyTable } from '../../../scripts/ontology-table.ts';

const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('shows the ontology table generated from seed/ontology.yaml', () => {
    expect(readme).toContain(ontologyTable(loadOntology()));
  });

  it('gives an import example that passes every check of the importer', () => {
    const section = readme.slice(readme.indexOf('## Your own data: the import format'));
    const example = section.slice(section.indexOf('```yaml') + '```yaml'.length, section.indexOf('```', section.indexOf('```yaml') + 7));
    const dir = mkdtempSync(join(tmpdir(), 'readme-example-'));
    writeFileSync(join(dir, 'report-2024-01.txt'), 'Alphaland joined the Pact in 1999. Ann Example called the Pact a talking shop.');
    writeFileSync(join(dir, 'example.yaml'), example);
    const seed = readSeedFile(join(dir, 'example.yaml'));
    expect(seed.data.relationships.map((r) => r.type)).toEqual(['MEMBER_OF', 'CRITICIZED']);
  });
});
