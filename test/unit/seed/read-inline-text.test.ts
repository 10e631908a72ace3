/** The import format's inline text and claim offsets (what GET /api/export writes). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRows } from '../../../seed/load.ts';
import { readSeedFile } from '../../../seed/read.ts';

const text = 'Alphaland left. Later, Alphaland left.';
function file(start: number | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-read-'));
  const path = join(dir, 'inline.json');
  writeFileSync(
    path,
    JSON.stringify({
      documents: [{ key: 'doc-a', title: 'A', date: '2024', text }],
      nodes: [
        {
          key: 'country-alphaland',
          labels: ['Country'],
          name: 'Alphaland',
          evidence: [{ document: 'doc-a', quote: 'Alphaland left', ...(start === undefined ? {} : { start }) }],
        },
      ],
    }),
  );
  return path;
}

describe('readSeedFile with inline text', () => {
  it('keeps the text and the cited occurrence of a quote that occurs twice', () => {
    const seed = readSeedFile(file(23));
    expect(seed.texts.get('doc-a')).toBe(text);
    const rows = toRows(seed);
    expect(rows.documents[0]!.props.text).toBe(text);
    expect((rows.nodes[0]!.props as Record<string, unknown>).quoteStarts).toEqual([23]);
    expect((toRows(readSeedFile(file(undefined))).nodes[0]!.props as Record<string, unknown>).quoteStarts).toEqual([0]);
  });

  it('refuses an offset where the quote is not', () => {
    expect(() => readSeedFile(file(3))).toThrow(/the quote is not at offset 3 of document "doc-a"/);
  });
});
