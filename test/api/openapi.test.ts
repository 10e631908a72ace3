/** GET /api/openapi.json: an OpenAPI 3.1 document generated from the contract's zod schemas. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { endpointRows } from '../../contract/endpoints.ts';
import { openApiPath } from '../../server/openapi/openapi-document.ts';
import { testApp } from '../helpers/api-app.ts';

const t = testApp();
afterAll(() => t.close());

type Json = Record<string, unknown>;

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

describe('GET /api/openapi.json', async () => {
  const doc = (await request(t.app).get('/api/openapi.json').expect(200)).body as Json & {
    paths: Record<string, Record<string, Json & { parameters: Json[]; responses: Json }>>;
    components: { schemas: Record<string, Json> };
  };

  it('is OpenAPI 3.1 and describes every endpoint', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const e of endpointRows()) expect(doc.paths[openApiPath(e.path)]?.[e.method], `${e.method} ${e.path}`).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/schema', '/api/search', '/api/nodes/{id}/neighbors', '/api/cypher']),
    );
  });

  it('has every $ref resolve to a component', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined();
    }
  });

  it('takes parameters from the zod schemas, with their bounds and defaults', () => {
    const op = doc.paths['/api/nodes/{id}/neighbors']!.get!;
    const byName = Object.fromEntries(op.parameters.map((p) => [p.name, p]));
    expect(byName.id).toMatchObject({ in: 'path', required: true });
    expect(byName.direction).toMatchObject({ in: 'query', required: false, schema: { enum: ['out', 'in', 'both'], default: 'both' } });
    expect(byName.limit).toMatchObject({ schema: { type: 'integer', minimum: 1, maximum: 1000 } });
    expect(byName.asOf).toMatchObject({ schema: { pattern: expect.any(String) } });
    const search = Object.fromEntries(doc.paths['/api/search']!.get!.parameters.map((p) => [p.name, p]));
    expect(search.q).toMatchObject({ required: true, schema: { type: 'string', maxLength: 200 } });
  });

  it('describes the Cypher request as sent and every error with the one error shape', () => {
    expect(doc.components.schemas.CypherRequestInput).toMatchObject({ required: ['query'] });
    const cypher = doc.paths['/api/cypher']!.post!;
    expect(cypher.responses[403]).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    });
    expect(doc.components.schemas.GraphEdge).toMatchObject({ properties: { provenance: { type: 'array' } } });
  });
});
