/**
 * A graph made for the evidence tests (issue 14), under unique keys: a wire story and a paper
 * that reprints it, a graded statement, an ungraded analysis; a relationship both affirmed and
 * denied, a type against its negation, an alliance against a conflict over overlapping years,
 * and pairs that must NOT be flagged (opposite directions, no common time).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const WIRE_QUOTE = 'Alphaland backs Betaland in its border dispute.';
export const ANALYSIS_QUOTE = 'Betaland, observers say, has a patron in Alphaland.';
export const NEGATION_QUOTE = 'Alphaland did not support Betaland when the talks failed.';
export const DENIAL_QUOTE = 'Alphaland has never backed Betaland.';
export const SHARED_QUOTE = 'Alphaland and Gammaland are allies.';

export function evidenceFixture(s: string) {
  const k = (name: string) => `${name}-${s}`;
  const wireText = `${WIRE_QUOTE} The dispute is old.`;
  const paperText = `From the wires: ${WIRE_QUOTE} The dispute is old.`;
  return {
    texts: { 'wire.txt': wireText, 'paper.txt': paperText },
    data: {
      documents: [
        {
          key: k('wire'),
          title: `Wire story ${s}`,
          publisher: 'Test Wire Agency',
          kind: 'wire',
          reliability: 'B',
          date: '2022-03-01',
          textFile: 'wire.txt',
        },
        {
          key: k('paper'),
          title: `Paper reprint ${s}`,
          publisher: 'Daily Test',
          kind: 'news report',
          reliability: 'C',
          reprints: k('wire'),
          date: '2022-03-02',
          textFile: 'paper.txt',
        },
        {
          key: k('ministry'),
          title: `Ministry statement ${s}`,
          publisher: 'Ministry of Tests',
          kind: 'statement',
          reliability: 'A',
          date: '2022-04',
        },
        // No grade: reliability defaults to F
        { key: k('analysis'), title: `Ungraded analysis ${s}`, kind: 'analysis', date: '2022' },
      ],
      nodes: [
        { key: k('country-alpha'), labels: ['Country'], name: `Alphaland ${s}` },
        { key: k('country-beta'), labels: ['Country'], name: `Betaland ${s}` },
        { key: k('country-gamma'), labels: ['Country'], name: `Gammaland ${s}` },
      ],
      relationships: [
        {
          type: 'SUPPORTS',
          from: k('country-alpha'),
          to: k('country-beta'),
          validFrom: '2020',
          evidence: [
            { document: k('wire'), quote: WIRE_QUOTE, credibility: 2 },
            { document: k('paper'), quote: WIRE_QUOTE, credibility: 2 },
            { document: k('analysis'), quote: ANALYSIS_QUOTE, credibility: 3, attributed: true, attributedTo: 'observers' },
            { document: k('ministry'), quote: DENIAL_QUOTE, credibility: 3, denies: true },
          ],
        },
        {
          type: 'DID_NOT_SUPPORT',
          from: k('country-alpha'),
          to: k('country-beta'),
          evidence: [{ document: k('analysis'), quote: NEGATION_QUOTE }],
        },
        // Opposite direction to SUPPORTS, not symmetric: not a contradiction
        {
          type: 'OPPOSES',
          from: k('country-beta'),
          to: k('country-alpha'),
          validFrom: '2021',
          evidence: [{ document: k('analysis'), quote: 'Betaland opposes Alphaland.' }],
        },
        {
          type: 'ALLIED_WITH',
          from: k('country-alpha'),
          to: k('country-gamma'),
          validFrom: '2010',
          validTo: '2015',
          evidence: [
            { document: k('analysis'), quote: SHARED_QUOTE },
            { document: k('ministry'), quote: SHARED_QUOTE },
          ],
        },
        // Overlaps the alliance in 2014-2015: a contradiction
        {
          type: 'IN_CONFLICT_WITH',
          from: k('country-gamma'),
          to: k('country-alpha'),
          validFrom: '2014',
          evidence: [{ document: k('analysis'), quote: 'Gammaland fights Alphaland.' }],
        },
        // No common time: not a contradiction
        {
          type: 'ALLIED_WITH',
          from: k('country-beta'),
          to: k('country-gamma'),
          validFrom: '2000',
          validTo: '2005',
          evidence: [{ document: k('analysis'), quote: 'Betaland and Gammaland were allied.' }],
        },
        {
          type: 'IN_CONFLICT_WITH',
          from: k('country-beta'),
          to: k('country-gamma'),
          validFrom: '2010',
          evidence: [{ document: k('analysis'), quote: 'Betaland and Gammaland went to war.' }],
        },
      ],
    },
  };
}

/** Writes the fixture's file and texts into a temp folder; returns the file's path. */
export function writeEvidenceFixture(s: string): string {
  const { texts, data } = evidenceFixture(s);
  const dir = mkdtempSync(join(tmpdir(), 'explorer-evidence-'));
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
  const file = join(dir, 'evidence.yaml');
  writeFileSync(file, stringify(data));
  return file;
}
