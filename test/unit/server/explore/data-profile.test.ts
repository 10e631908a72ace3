/** Captions, search properties and label specificity from measurements: no database needed. */
import { describe, expect, it } from 'vitest';
import { captionPolicy } from '../../../../server/explore/captions.ts';
import {
  buildProfile,
  captionScore,
  labelsBySpecificity,
  type LabelSample,
  type StringStats,
} from '../../../../server/explore/data-profile.ts';

const stats = (key: string, over: Partial<StringStats> = {}): StringStats => ({
  key,
  filled: 100,
  values: 100,
  distinctValues: 100,
  avgLength: 12,
  digitsOnly: 0,
  hashLike: 0,
  withLetters: 100,
  list: false,
  ...over,
});

const sample = (label: string, strings: StringStats[], labelSets = [[label, 'Resource']]): LabelSample => ({
  label,
  sampled: 100,
  labelSets,
  strings,
  keys: strings.map((s) => s.key),
  dates: [],
  types: [],
});

describe('captionScore', () => {
  it('never picks digits, hashes, prose or sparse properties', () => {
    expect(captionScore(stats('id', { digitsOnly: 100, withLetters: 0 }), 100)).toBe(0);
    expect(captionScore(stats('hash', { hashLike: 100, avgLength: 32 }), 100)).toBe(0);
    expect(captionScore(stats('text', { avgLength: 900 }), 100)).toBe(0);
    expect(captionScore(stats('nickname', { filled: 10, values: 10, distinctValues: 10 }), 100)).toBe(0);
    expect(captionScore(stats('aliases', { list: true }), 100)).toBe(0);
  });

  it('prefers distinct, short, readable values', () => {
    const code = captionScore(stats('iata', { avgLength: 3 }), 100);
    const type = captionScore(stats('type', { distinctValues: 5 }), 100);
    const description = captionScore(stats('description', { avgLength: 70 }), 100);
    expect(code).toBeGreaterThan(type);
    expect(code).toBeGreaterThan(description);
    expect(type).toBeGreaterThan(0);
  });
});

describe('buildProfile and the caption policy', () => {
  const profile = buildProfile(
    [
      sample(
        'Airport',
        [
          stats('iata', { avgLength: 3 }),
          stats('id', { digitsOnly: 100, withLetters: 0, avgLength: 4 }),
          stats('description', { avgLength: 60 }),
        ],
        [['Airport', 'Place', 'Resource']],
      ),
      sample(
        'Place',
        [
          stats('iata', { avgLength: 3, filled: 50, values: 50, distinctValues: 50 }),
          stats('name', { filled: 50, values: 50, distinctValues: 50 }),
        ],
        [
          ['Airport', 'Place', 'Resource'],
          ['City', 'Place', 'Resource'],
        ],
      ),
      sample('Resource', [stats('name', { filled: 30, values: 30, distinctValues: 30 })]),
      sample('Thing', [stats('uuid', { hashLike: 100, avgLength: 36 })], [['Thing', 'Resource']]),
    ],
    new Map([
      ['Airport', 50],
      ['Place', 100],
      ['Resource', 1000],
      ['Thing', 10],
    ]),
    1000,
    [{ name: 'ft', type: 'FULLTEXT', labels: ['Airport'], properties: ['description'] }],
  );

  it('finds the label every node carries, and the labels each label implies', () => {
    expect([...profile.universalLabels]).toEqual(['Resource']);
    expect(profile.labels.get('Airport')?.impliedLabels).toEqual(['Airport', 'Place', 'Resource']);
    expect(profile.labels.get('Place')?.impliedLabels).toEqual(['Place', 'Resource']);
    expect(profile.fulltextIndexes.map((i) => i.name)).toEqual(['ft']);
  });

  it('searches the measured properties plus every indexed one', () => {
    expect(profile.labels.get('Airport')?.captionKey).toBe('iata');
    expect(profile.labels.get('Airport')?.searchKeys).toEqual(expect.arrayContaining(['iata', 'id', 'description']));
  });

  it('orders labels most specific first, the universal one last', () => {
    expect(labelsBySpecificity(['Resource', 'Place', 'Airport'], profile)).toEqual(['Airport', 'Place', 'Resource']);
  });

  it('captions by the most specific label, falls back to a label that is not on every node, and lets an override win', () => {
    const policy = captionPolicy(profile);
    expect(policy.caption(['Resource', 'Place', 'Airport'], { iata: 'LHR', id: '1001', name: 'Heathrow' })).toBe('LHR');
    expect(policy.caption(['Resource', 'Thing'], { uuid: '123e4567-e89b-12d3-a456-426614174000', id: '42' })).toBe('Thing');
    expect(policy.primaryLabel(['Resource', 'Place', 'Airport'])).toBe('Airport');
    const chosen = captionPolicy(profile, new Map([['Airport', 'description']]));
    expect(chosen.caption(['Resource', 'Airport'], { iata: 'LHR', description: 'London Heathrow' })).toBe('London Heathrow');
    expect(chosen.captionKey('Airport')).toBe('description');
  });
});
