/** GET /api/schema and GET /api/search on the seed graph. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { SchemaResponse, SearchResponse } from '../../contract/api.ts';
import { testApp } from '../helpers/api-app.ts';

const t = testApp();
afterAll(() => t.close());

async function search(query: string) {
  const res = await request(t.app).get(`/api/search?${query}`).expect(200);
  return SearchResponse.parse(res.body).results;
}

describe('GET /api/schema', () => {
  it('lists labels and types with counts and sampled property keys, and sees the full-text index', async () => {
    const res = await request(t.app).get('/api/schema').expect(200);
    const schema = SchemaResponse.parse(res.body);
    expect(schema.hasFulltextIndex).toBe(true);
    const country = schema.labels.find((l) => l.label === 'Country');
    expect(country?.count).toBeGreaterThanOrEqual(10);
    expect(country?.properties).toEqual(expect.arrayContaining(['key', 'name', 'aliases']));
    const memberOf = schema.relationshipTypes.find((r) => r.type === 'MEMBER_OF');
    expect(memberOf?.count).toBeGreaterThan(0);
    expect(memberOf?.properties).toEqual(expect.arrayContaining(['key', 'sources', 'quotes', 'validFrom']));
    expect(schema.relationshipTypes.map((r) => r.type)).toEqual(expect.arrayContaining(['SUPPORTS', 'REQUESTED_AID_FROM']));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['name', 'aliases', 'sources']));
    expect(schema.labels.every((l) => l.count > 0)).toBe(true);
  });
});

describe('GET /api/search', () => {
  it('finds a person by an alias spelling and says which alias matched', async () => {
    const [first] = await search('q=Tokaev');
    expect(first?.properties.key).toBe('person-kassym-jomart-tokayev');
    expect(first?.matched).toBe('Tokaev');
    expect(first?.score).toBeGreaterThan(0);
  });

  it('finds the CSTO by its Russian abbreviation, before articles that mention it', async () => {
    const results = await search('q=ODKB');
    expect(results[0]?.properties.key).toBe('org-csto');
    expect(results[0]?.matched).toBe('ODKB');
    const cyrillic = await search(`q=${encodeURIComponent('ОДКБ')}`);
    expect(cyrillic[0]?.properties.key).toBe('org-csto');
  });

  it('is typeahead-friendly: prefixes and small typos find the node', async () => {
    expect((await search('q=Kazakh'))[0]?.properties.key).toBe('country-kazakhstan');
    expect((await search('q=Tokayv'))[0]?.properties.key).toBe('person-kassym-jomart-tokayev');
    expect((await search('q=Kasym%20Tokayev'))[0]?.matched).toBe('Kasym-Jomart Tokayev');
  });

  it('filters by label and respects the limit', async () => {
    const orgs = await search('q=CSTO&labels=Organization&limit=3');
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.length).toBeLessThanOrEqual(3);
    expect(orgs.every((r) => r.labels.includes('Organization'))).toBe(true);
    expect(await search('q=CSTO&labels=NoSuchLabel')).toEqual([]);
  });

  it('returns nothing, not an error, when the text has no word in it', async () => {
    expect(await search(`q=${encodeURIComponent('()[]!^+-"')}`)).toEqual([]);
  });
});
