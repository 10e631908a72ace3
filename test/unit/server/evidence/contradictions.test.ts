import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../../contract/graph.ts';
import { contradictingTypes, contradictionId, overlapOf, validity } from '../../../../server/evidence/contradictions.ts';
import { loadOntology } from '../../../../server/ontology.ts';

const edge = (type: string, properties: GraphEdge['properties']): GraphEdge => ({
  id: `4:x:${type}`,
  type,
  source: 'a',
  target: 'b',
  properties,
});

describe('contradictingTypes (from seed/ontology.yaml)', () => {
  const pairs = contradictingTypes(loadOntology());
  const find = (a: string, b: string) => pairs.find((p) => p.first === a && p.second === b);

  it('pairs a negating type with the type it negates, as a negation', () => {
    expect(find('SUPPORTS', 'DID_NOT_SUPPORT')).toEqual({ first: 'SUPPORTS', second: 'DID_NOT_SUPPORT', kind: 'negation' });
  });

  it('pairs every type of opposing families, the affirming family first', () => {
    expect(find('SUPPORTS', 'OPPOSES')?.kind).toBe('opposing');
    expect(find('ALLIED_WITH', 'IN_CONFLICT_WITH')?.kind).toBe('opposing');
    expect(find('OPPOSES', 'SUPPORTS')).toBeUndefined();
    expect(find('MEMBER_OF', 'IN_CONFLICT_WITH')).toBeUndefined();
  });
});

describe('validity and overlap', () => {
  it('reads validFrom/validTo, a point date as both bounds, open ends as null', () => {
    expect(validity(edge('X', { validFrom: '2010-01-01', validTo: '2015-12-31' }))).toEqual({ from: '2010-01-01', to: '2015-12-31' });
    expect(validity(edge('X', { date: '2022-09-13' }))).toEqual({ from: '2022-09-13', to: '2022-09-13' });
    expect(validity(edge('X', {}))).toEqual({ from: null, to: null });
  });

  it('finds the common time, or null when there is none', () => {
    const alliance = edge('A', { validFrom: '2010-01-01', validTo: '2015-12-31' });
    expect(overlapOf(alliance, edge('B', { validFrom: '2014-01-01' }))).toEqual({ from: '2014-01-01', to: '2015-12-31' });
    expect(overlapOf(alliance, edge('B', { validFrom: '2016-01-01' }))).toBeNull();
    expect(overlapOf(alliance, edge('B', { date: '2012-05-01' }))).toEqual({ from: '2012-05-01', to: '2012-05-01' });
    expect(overlapOf(edge('A', {}), edge('B', {}))).toEqual({ from: null, to: null });
  });
});

describe('contradictionId', () => {
  it('names the kind and the relationships by key (element id without one)', () => {
    expect(contradictionId('negation', edge('SUPPORTS', { key: 'supports:a:b' }), edge('DID_NOT_SUPPORT', {}))).toBe(
      'negation:supports:a:b|4:x:DID_NOT_SUPPORT',
    );
  });
});
