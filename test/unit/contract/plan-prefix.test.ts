/** EXPLAIN and PROFILE prefixes: what is split off, and what is left alone (then refused by Neo4j). */
import { describe, expect, it } from 'vitest';
import { splitPlanPrefix, withPlanPrefix } from '../../../contract/plan-prefix.ts';

describe('splitPlanPrefix', () => {
  it('splits a leading EXPLAIN or PROFILE, after blanks and comments', () => {
    expect(splitPlanPrefix('EXPLAIN MATCH (n) RETURN n')).toEqual({ mode: 'EXPLAIN', query: 'MATCH (n) RETURN n' });
    expect(splitPlanPrefix('  // why\n /* note */ profile\nMATCH (n) RETURN n')).toEqual({ mode: 'PROFILE', query: 'MATCH (n) RETURN n' });
    expect(splitPlanPrefix('PROFILE/* x */MATCH (n) RETURN n').mode).toBe('PROFILE');
  });

  it('leaves everything else as it is', () => {
    expect(splitPlanPrefix('MATCH (explain) RETURN explain')).toEqual({ mode: null, query: 'MATCH (explain) RETURN explain' });
    expect(splitPlanPrefix('EXPLAINED')).toEqual({ mode: null, query: 'EXPLAINED' });
    expect(splitPlanPrefix('EXPLAIN   ')).toEqual({ mode: null, query: 'EXPLAIN   ' });
    expect(splitPlanPrefix('RETURN 1 // EXPLAIN')).toEqual({ mode: null, query: 'RETURN 1 // EXPLAIN' });
  });
});

describe('withPlanPrefix', () => {
  it('puts the asked prefix in front, replacing one the query had', () => {
    expect(withPlanPrefix('MATCH (n) RETURN n', 'EXPLAIN')).toBe('EXPLAIN MATCH (n) RETURN n');
    expect(withPlanPrefix('  profile MATCH (n) RETURN n\n', 'EXPLAIN')).toBe('EXPLAIN MATCH (n) RETURN n');
    expect(withPlanPrefix('EXPLAIN MATCH (n) RETURN n', 'PROFILE')).toBe('PROFILE MATCH (n) RETURN n');
  });
});
