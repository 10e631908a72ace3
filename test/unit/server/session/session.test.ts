/** GET /api/session's answer and cookie: the local user's page gets the editor token, nobody else does. */
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../../../server/session/session.ts';

const TOKEN = 'an-editor-token-of-some-length';
let close: () => void = () => {};
afterEach(() => close());

async function serve(config: Parameters<typeof session>[0]): Promise<string> {
  const app = express();
  app.get('/api/session', (req, res) => res.json(session(config, req, res)));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('session', () => {
  it('hands the local page an HttpOnly, SameSite=Strict cookie under /api', async () => {
    const base = await serve({ EDITOR_TOKEN: TOKEN, EDITOR_COOKIE: true });
    const res = await fetch(`${base}/api/session`);
    expect(await res.json()).toEqual({ editor: true, editing: 'cookie' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`explorer_editor=${TOKEN}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api/);
  });

  it('gives no cookie to a request under another host name, even from this machine', async () => {
    const base = await serve({ EDITOR_TOKEN: TOKEN, EDITOR_COOKIE: true });
    // fetch cannot set Host; node:http can.
    const { request } = await import('node:http');
    const answer = await new Promise<{ cookie: string | undefined; body: string }>((done, fail) => {
      const req = request(`${base}/api/session`, { headers: { host: 'rebound.example' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => done({ cookie: res.headers['set-cookie']?.join(';'), body }));
      });
      req.on('error', fail);
      req.end();
    });
    expect(answer.cookie).toBeUndefined();
    expect(JSON.parse(answer.body)).toEqual({ editor: false, editing: 'cookie' });
  });

  it('without the cookie setting, says a token is needed and recognises it', async () => {
    const base = await serve({ EDITOR_TOKEN: TOKEN, EDITOR_COOKIE: false });
    const plain = await fetch(`${base}/api/session`);
    expect(plain.headers.get('set-cookie')).toBeNull();
    expect(await plain.json()).toEqual({ editor: false, editing: 'token' });
    const withToken = await fetch(`${base}/api/session`, { headers: { 'x-editor-token': TOKEN } });
    expect(await withToken.json()).toEqual({ editor: true, editing: 'token' });
  });

  it('says editing is off when the server has no editor token', async () => {
    const base = await serve({ EDITOR_TOKEN: undefined, EDITOR_COOKIE: true });
    expect(await (await fetch(`${base}/api/session`)).json()).toEqual({ editor: false, editing: 'off' });
  });
});
