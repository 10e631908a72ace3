/** The ontology's checks on one claim, as the form and the server both run them. */
import { describe, expect, it } from 'vitest';
import { claimProblems, periodBounds, typesFor } from '../../../contract/claim-check.ts';
import { loadOntology } from '../../../server/ontology.ts';

const ontology = loadOntology();
const labels: Record<string, string[]> = { p: ['Person'], o: ['Organization'], c: ['Country'], e: ['Event'] };
const labelsOf = (k: string) => labels[k];
const fields = (claim: Parameters<typeof claimProblems>[0]) => claimProblems(claim, ontology, labelsOf).map((p) => p.field);

describe('claimProblems', () => {
  it('passes a claim the ontology allows', () => {
    expect(claimProblems({ subject: 'p', type: 'WORKS_FOR', object: 'o', validFrom: '2019' }, ontology, labelsOf)).toEqual([]);
  });
  it('names an end outside the domain or range, and an unknown type or entity', () => {
    expect(claimProblems({ subject: 'p', type: 'FOUNDED', object: 'o' }, ontology, labelsOf)[0]!.message).toMatch(
      /outside the domain of FOUNDED/,
    );
    expect(fields({ subject: 'p', type: 'WORKS_FOR', object: 'e' })).toEqual(['object']);
    expect(fields({ subject: 'p', type: 'NOT_A_TYPE', object: 'o' })).toEqual(['type']);
    expect(fields({ subject: 'nobody', type: 'WORKS_FOR', object: 'o' })).toEqual(['subject']);
  });
  it('checks the kind of time: validity for lasting types, a date for point events, and order', () => {
    expect(fields({ subject: 'p', type: 'WORKS_FOR', object: 'o', date: '2020' })).toEqual(['date']);
    expect(fields({ subject: 'p', type: 'CRITICIZED', object: 'c', validFrom: '2020' })).toEqual(['validFrom']);
    expect(fields({ subject: 'p', type: 'WORKS_FOR', object: 'o', validFrom: '2020', validTo: '2019-12' })).toEqual(['validTo']);
    expect(fields({ subject: 'p', type: 'WORKS_FOR', object: 'o', validFrom: '2020-03', validTo: '2020' })).toEqual([]);
  });
  it('wants an attributed claim to say who holds it', () => {
    expect(fields({ subject: 'p', type: 'WORKS_FOR', object: 'o', attributed: true })).toEqual(['speaker']);
    expect(fields({ subject: 'p', type: 'WORKS_FOR', object: 'o', attributed: true, attributedTo: 'many experts' })).toEqual([]);
  });
  it('offers only the types whose domain and range admit the ends', () => {
    const types = typesFor(ontology, ['Person'], ['Organization']);
    expect(types).toContain('WORKS_FOR');
    expect(types).not.toContain('FOUNDED');
    expect(periodBounds('2022-02')).toEqual(['2022-02-01', '2022-02-28']);
  });
});
