/** GET /api/ontology on the seed graph: the vocabulary, and that this database speaks it. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { OntologyResponse } from '../../contract/ontology.ts';
import { readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp();

describe('GET /api/ontology', () => {
  it('serves every type with family, symmetry, domain, range, properties and narration, and says it applies here', async () => {
    const { ontology, applies } = OntologyResponse.parse((await request(t.app).get('/api/ontology').expect(200)).body);
    expect(applies).toBe(true);
    expect(ontology.labels.Country).toMatchObject({ caption: 'name' });
    expect(ontology.relationshipTypes.MEMBER_OF).toMatchObject({
      family: 'membership',
      symmetric: false,
      domain: ['Country', 'Organization'],
      range: ['Organization'],
      time: 'lasting',
      phrase: '{from} is a member of {to}',
    });
    expect(ontology.relationshipTypes.IN_CONFLICT_WITH).toMatchObject({ family: 'conflict', symmetric: true });
    expect(ontology.relationshipTypes.REQUESTED_AID_FROM?.properties.outcome?.values).toEqual(['granted', 'rejected', 'unanswered']);
    for (const family of [
      'alliance',
      'membership',
      'conflict',
      'support',
      'opposition',
      'role',
      'statement',
      'participation',
      'location',
      'attribution',
    ]) {
      expect(
        Object.values(ontology.relationshipTypes).some((s) => s.family === family),
        family,
      ).toBe(true);
    }
    expect(Object.keys(ontology.relationshipTypes).length).toBeLessThanOrEqual(33);
  });

  it('every relationship type in the seed graph is in the ontology, and each is used', async () => {
    const { ontology } = OntologyResponse.parse((await request(t.app).get('/api/ontology').expect(200)).body);
    const { records } = await t.driver.executeQuery(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.sources IS NOT NULL RETURN collect(DISTINCT type(r)) AS types',
      {},
      { database: t.database },
    );
    const used = (records[0]!.get('types') as string[]).sort();
    expect(used).toEqual(Object.keys(ontology.relationshipTypes).sort());
  });
});
