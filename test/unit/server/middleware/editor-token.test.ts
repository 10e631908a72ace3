/** The editor-token check over real HTTP: who may write, and the clear refusals for everyone else. */
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../../../server/error-handler.ts';
import { createLogger } from '../../../../server/logger.ts';
import type { Request } from 'express';
import { cookieValue, editorName, requireEditor } from '../../../../server/middleware/editor-token.ts';

const TOKEN = 'an-editor-token-of-some-length';
let base = '';
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.post('/on', requireEditor(TOKEN), (_req, res) => res.json({ wrote: true }));
  app.post('/off', requireEditor(undefined), (_req, res) => res.json({ wrote: true }));
  app.use(errorHandler(createLogger('silent')));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

async function post(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { method: 'POST', headers });
  return { status: res.status, body: (await res.json()) as { wrote?: boolean; error?: { code: string; message: string } } };
}

describe('requireEditor', () => {
  it('lets the right token through as a header', async () => {
    expect(await post('/on', { 'x-editor-token': TOKEN })).toEqual({ status: 200, body: { wrote: true } });
  });

  it('refuses a request without a token with 401, naming the header', async () => {
    const { status, body } = await post('/on');
    expect(status).toBe(401);
    expect(body.error?.code).toBe('editor_token_required');
    expect(body.error?.message).toMatch(/X-Editor-Token/);
  });

  it('refuses a wrong token, as a header or as a cookie', async () => {
    expect((await post('/on', { 'x-editor-token': `${TOKEN}x` })).status).toBe(401);
    expect((await post('/on', { cookie: `explorer_editor=nope`, origin: base })).status).toBe(401);
    // The API token is not the editor token.
    expect((await post('/on', { authorization: `Bearer ${TOKEN}` })).status).toBe(401);
  });

  it('takes the cookie only from this server’s own page (Origin)', async () => {
    const cookie = `other=1; explorer_editor=${encodeURIComponent(TOKEN)}`;
    expect((await post('/on', { cookie, origin: base })).status).toBe(200);
    const foreign = await post('/on', { cookie, origin: 'http://localhost:8080' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error?.code).toBe('cross_origin_write');
    expect((await post('/on', { cookie })).status).toBe(403);
  });

  it('answers 403 editing_disabled when the server has no editor token, whatever is sent', async () => {
    for (const headers of [{}, { 'x-editor-token': TOKEN }] as Record<string, string>[]) {
      const { status, body } = await post('/off', headers);
      expect(status).toBe(403);
      expect(body.error?.code).toBe('editing_disabled');
    }
  });
});

describe('cookieValue', () => {
  it('finds one cookie among several and decodes it', () => {
    expect(cookieValue('a=1; explorer_editor=x%2By; b=2', 'explorer_editor')).toBe('x+y');
    expect(cookieValue('explorer_editorx=1', 'explorer_editor')).toBeUndefined();
    expect(cookieValue(undefined, 'explorer_editor')).toBeUndefined();
  });
});

describe('editorName', () => {
  const req = (name?: string) => ({ get: (h: string) => (h === 'x-editor-name' ? name : undefined) }) as unknown as Request;
  it('takes the given name, trimmed and capped, else "editor"', () => {
    expect(editorName(req('  Ana   Silva '))).toBe('Ana Silva');
    expect(editorName(req('x'.repeat(300)))).toHaveLength(100);
    expect(editorName(req())).toBe('editor');
    expect(editorName(req('   '))).toBe('editor');
    expect(editorName(req(encodeURIComponent('Zoë Ødegård')))).toBe('Zoë Ødegård');
    expect(editorName(req('100%'))).toBe('100%');
  });
});
