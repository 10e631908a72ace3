/** Hops told with the ontology, and with neutral defaults where there is none. */
import { describe, expect, it } from 'vitest';
import type { Citation, GraphEdge, GraphNode } from '../../../../contract/graph.ts';
import { describeHops, orderCitations } from '../../../../server/explore/path-hops.ts';
import { loadOntology } from '../../../../server/ontology.ts';

const node = (id: string, caption: string, aliases: string[] = []): GraphNode => ({
  id,
  labels: ['Country'],
  caption,
  properties: { name: caption, aliases },
});
const cite = (quote: string, documentKey = 'd'): Citation => ({
  documentKey,
  documentId: null,
  title: null,
  publisher: null,
  date: null,
  quote,
});

const georgia = node('g', 'Georgia', ['Sakartvelo']);
const csto = node('c', 'CSTO', ['Collective Security Treaty Organization']);
const member = (): GraphEdge => ({
  id: 'e',
  type: 'MEMBER_OF',
  source: 'g',
  target: 'c',
  properties: {
    validFrom: '1994-04-20',
    validFromPrecision: 'day',
    validTo: '1999-12-31',
    validToPrecision: 'year',
    validToInferred: true,
  },
  provenance: [
    cite('The treaty lapsed.', 'd1'),
    cite('Tbilisi left the Collective Security Treaty Organization.', 'd2'),
    cite('Sakartvelo was in the CSTO.', 'd3'),
  ],
  // As fillProvenance leaves it: three documents, none reprinting another.
  evidence: { independentSources: 3, claims: 3, denials: 0, confidence: 0.5, level: 'tentative', sources: [] },
});

describe('orderCitations', () => {
  it('puts quotes naming both ends (by caption or alias) first, then one end, keeping order otherwise', () => {
    const list = [
      cite('neither'),
      cite('the CSTO met'),
      cite('Georgia and the CSTO'),
      cite('Sakartvelo in the collective security treaty organization'),
    ];
    expect(orderCitations(list, georgia, csto)).toBe(2);
    expect(list.map((c) => c.quote)).toEqual([
      'Georgia and the CSTO',
      'Sakartvelo in the collective security treaty organization',
      'the CSTO met',
      'neither',
    ]);
  });
});

describe('describeHops', () => {
  it('tells a hop with the ontology: family, narration of the stored direction, validity with precision, sources, ended', () => {
    const e = member();
    const [hop] = describeHops([csto, georgia], [e], { ontology: loadOntology(), referenceDay: '2010-01-01' });
    expect(hop).toEqual({
      edge: 'e',
      from: 'c',
      to: 'g',
      forward: false,
      family: 'membership',
      narration: 'Georgia is a member of CSTO',
      validity: {
        from: { date: '1994-04-20', precision: 'day', inferred: false },
        to: { date: '1999-12-31', precision: 'year', inferred: true },
      },
      ended: true,
      sources: 3,
      namingBoth: 1,
    });
    expect(e.provenance![0]!.quote).toBe('Sakartvelo was in the CSTO.');
  });

  it('without an ontology (another database) narrates neutrally and names no family', () => {
    const e: GraphEdge = { id: 'x', type: 'FLIGHT_TO', source: 'g', target: 'c', properties: { date: '2020-05-01' } };
    const [hop] = describeHops([georgia, csto], [e], { ontology: null, referenceDay: '2026-01-01' });
    expect(hop).toMatchObject({ family: null, narration: 'Georgia —flight to→ CSTO', sources: 0, namingBoth: 0, ended: false });
    expect(hop!.validity).toEqual({
      from: { date: '2020-05-01', precision: null, inferred: false },
      to: { date: '2020-05-01', precision: null, inferred: false },
    });
  });
});
