/** GET /api/documents and /api/documents/:id: the sources and the claims each supports. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentResponse, DocumentsResponse } from '../../contract/api.ts';
import { testApp } from '../helpers/api-app.ts';

const t = testApp();
afterAll(() => t.close());

describe('GET /api/documents', () => {
  it('lists the sources, newest first, with how many claims each supports', async () => {
    const res = await request(t.app).get('/api/documents').expect(200);
    const { documents } = DocumentsResponse.parse(res.body);
    const keys = documents.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['afp-2022-11-csto-yerevan-summit', 'end-of-odkb-2022-10-13']));
    expect(keys.indexOf('afp-2022-11-csto-yerevan-summit')).toBeLessThan(keys.indexOf('end-of-odkb-2022-10-13'));
    const afp = documents.find((d) => d.key === 'afp-2022-11-csto-yerevan-summit')!;
    expect(afp).toMatchObject({
      title: "CSTO summit in Yerevan: Russia's military alliance in crisis",
      publisher: 'AFP',
      date: '2022-11-23',
    });
    expect(afp.claims).toBeGreaterThan(10);
  });
});

describe('GET /api/documents/:id', () => {
  it('gives a source with its text and each claim with the quote from this source', async () => {
    const list = DocumentsResponse.parse((await request(t.app).get('/api/documents').expect(200)).body);
    const afp = list.documents.find((d) => d.key === 'afp-2022-11-csto-yerevan-summit')!;
    const res = await request(t.app)
      .get(`/api/documents/${encodeURIComponent(afp.id)}`)
      .expect(200);
    const { document, claims } = DocumentResponse.parse(res.body);
    expect(document).toMatchObject({ id: afp.id, key: afp.key, publisher: 'AFP' });
    expect(document.text).toContain('CSTO');
    // Whole here, though graph elements shorten long text (see the search test below).
    expect(document.text).toContain('which is pushing its own agenda.');
    expect(document.text!.length).toBeGreaterThan(4000);
    expect(document.properties).not.toHaveProperty('text');
    expect(claims).toHaveLength(afp.claims);
    const backs = claims.find((c) => c.edge.type === 'SUPPORTS' && c.source.properties.key === 'country-turkey');
    expect(backs?.target.properties.key).toBe('country-azerbaijan');
    expect(backs?.quote).toBe('Turkey, which backs Baku against Armenia, mounts an offensive for influence in the region');
    for (const claim of claims) expect(document.text).toContain(claim.quote);
    expect(backs?.edge.provenance?.[0]?.documentId).toBe(afp.id);
  });

  it('finds a source by its key too (citations carry keys)', async () => {
    const res = await request(t.app).get('/api/documents/end-of-odkb-2022-10-13').expect(200);
    expect(DocumentResponse.parse(res.body).document.title).toBe("End of ODKB. Why is Putin's security alliance collapsing?");
  });

  it('answers 404 for an unknown source', async () => {
    await request(t.app).get('/api/documents/no-such-document').expect(404);
  });
});

describe('long text properties in graph answers', () => {
  it('are shortened and named in `truncated`, so a typeahead does not carry whole articles', async () => {
    const res = await request(t.app).get('/api/search?q=ODKB&limit=10').expect(200);
    const doc = (res.body.results as { labels: string[]; properties: { text?: string }; truncated?: string[] }[]).find((r) =>
      r.labels.includes('Document'),
    );
    expect(doc?.truncated).toEqual(['text']);
    expect(doc?.properties.text?.length).toBe(2001);
    expect(doc?.properties.text?.endsWith('…')).toBe(true);
  });
});
