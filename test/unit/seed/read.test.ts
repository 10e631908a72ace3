/** The import file's checks on reprints (issue 14): the original must be in the file, and not the document itself. */
import { describe, expect, it } from 'vitest';
import { readSeedFile, SeedFileError } from '../../../seed/read.ts';
import { evidenceFixture } from '../../helpers/evidence-fixture.ts';
import { writeFixture } from '../../helpers/seed-fixture.ts';

const withDocuments = (edit: (docs: Record<string, unknown>[]) => void) => {
  const { data } = evidenceFixture('unit');
  const documents = data.documents.map((d) => ({ ...d, textFile: undefined }) as Record<string, unknown>);
  edit(documents);
  return writeFixture({ ...data, documents });
};

describe('reprints in an import file', () => {
  it('accepts a reprint of a document of the file, and stores the default grade F for an ungraded one', () => {
    const seed = readSeedFile(withDocuments(() => undefined));
    expect(seed.data.documents.find((d) => d.key === 'paper-unit')).toMatchObject({ reprints: 'wire-unit', reliability: 'C' });
    expect(seed.data.documents.find((d) => d.key === 'analysis-unit')?.reliability).toBe('F');
  });

  it('refuses a reprint of a document the file does not define', () => {
    const file = withDocuments((docs) => (docs[1]!.reprints = 'nowhere-unit'));
    expect(() => readSeedFile(file)).toThrow(SeedFileError);
    expect(() => readSeedFile(file)).toThrow(/reprints "nowhere-unit", which the file does not define/);
  });

  it('refuses a document that reprints itself, and a grade outside A-F', () => {
    expect(() => readSeedFile(withDocuments((docs) => (docs[1]!.reprints = 'paper-unit')))).toThrow(/cannot reprint itself/);
    expect(() => readSeedFile(withDocuments((docs) => (docs[0]!.reliability = 'G')))).toThrow(/reliability/);
  });
});
