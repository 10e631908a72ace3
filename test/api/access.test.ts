/** Access control: the optional API token, closed CORS, and the rate limit, on the real app. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../helpers/app.ts';
import { testDriver } from '../helpers/database.ts';

const driver = testDriver();
const appWith = (env: Record<string, string>) => buildApp(driver, { env });
afterAll(() => driver.close());

describe('editor session on the real app', () => {
  const editorToken = 'an-editor-token-for-this-test';

  it('says editing is off with no EDITOR_TOKEN', async () => {
    const res = await request(appWith({})).get('/api/session').expect(200);
    expect(res.body).toEqual({ editor: false, editing: 'off' });
  });

  it('hands the local page the cookie when EDITOR_COOKIE is on, and needs the API token first when one is set', async () => {
    const app = appWith({ EDITOR_TOKEN: editorToken, EDITOR_COOKIE: 'true', API_TOKEN: 'a-long-enough-test-token' });
    await request(app).get('/api/session').expect(401);
    const res = await request(app).get('/api/session').set('Authorization', 'Bearer a-long-enough-test-token').expect(200);
    expect(res.body).toEqual({ editor: true, editing: 'cookie' });
    expect(String(res.headers['set-cookie'])).toMatch(/explorer_editor=.*HttpOnly.*SameSite=Strict/i);
  });
});

describe('API token', () => {
  const token = 'a-long-enough-test-token';
  const app = appWith({ API_TOKEN: token });

  it('refuses /api without the token, with 401 and the JSON error shape', async () => {
    const res = await request(app).get('/api/no-such-route').expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body.error.code).toBe('unauthorized');
  });

  it.each(['Bearer wrong-token-of-some-length', 'Basic dXNlcjpwYXNz', token, `Bearer ${token}x`])(
    'refuses Authorization: %s',
    async (auth) => {
      await request(app).get('/api/no-such-route').set('Authorization', auth).expect(401);
    },
  );

  it('lets the right token through (to a 404 here, past the check)', async () => {
    await request(app).get('/api/no-such-route').set('Authorization', `Bearer ${token}`).expect(404);
  });

  it('keeps /healthz open for load balancers', async () => {
    await request(app).get('/healthz').expect(200);
  });
});

describe('CORS', () => {
  it('is closed by default: no Access-Control-Allow-Origin for another site', async () => {
    const res = await request(appWith({})).get('/healthz').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const api = await request(appWith({})).options('/api/schema').set('Origin', 'https://evil.example');
    expect(api.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers listed origins, including preflight', async () => {
    const app = appWith({ CORS_ORIGINS: 'https://analysts.example, https://other.example' });
    const pre = await request(app).options('/api/cypher').set('Origin', 'https://analysts.example').expect(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://analysts.example');
    expect(pre.headers['access-control-allow-headers']).toContain('Authorization');
    const other = await request(app).options('/api/cypher').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE, in the JSON error shape', async () => {
    const app = appWith({ RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) await request(app).get('/api/no-such-route').expect(404);
    const res = await request(app).get('/api/no-such-route').expect(429);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.body.error.code).toBe('rate_limited');
  });

  it('RATE_LIMIT_PER_MINUTE=0 turns it off', async () => {
    const app = appWith({ RATE_LIMIT_PER_MINUTE: '0' });
    for (let i = 0; i < 20; i++) await request(app).get('/api/no-such-route').expect(404);
  });
});
