/** The local editor token of `npm start`: made once, kept owner-only, and only for a loopback server. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localEditorToken, withLocalEditing } from '../../../scripts/editor-token.ts';

const homes: string[] = [];
const home = () => {
  const dir = mkdtempSync(join(tmpdir(), 'editor-token-'));
  homes.push(dir);
  return dir;
};
afterEach(() => homes.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the local editor token', () => {
  it('is generated once, kept readable by the owner only, and reused', () => {
    const dir = home();
    const first = localEditorToken(dir);
    expect(first.length).toBeGreaterThanOrEqual(16);
    expect(statSync(join(dir, 'editor-token')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'editor-token'), 'utf8').trim()).toBe(first);
    expect(localEditorToken(dir)).toBe(first);
  });

  it('turns editing on for a loopback server with nothing configured', () => {
    const env: Record<string, string | undefined> = {};
    withLocalEditing(env, home());
    expect(env.EDITOR_TOKEN?.length).toBeGreaterThanOrEqual(16);
    expect(env.EDITOR_COOKIE).toBe('true');
  });

  it('leaves a chosen token alone, and hands out no cookie on a server bound beyond loopback', () => {
    const chosen: Record<string, string | undefined> = { EDITOR_TOKEN: 'chosen-by-the-deployment' };
    withLocalEditing(chosen, home());
    expect(chosen).toEqual({ EDITOR_TOKEN: 'chosen-by-the-deployment' });
    const open: Record<string, string | undefined> = { HOST: '0.0.0.0' };
    withLocalEditing(open, home());
    expect(open).toEqual({ HOST: '0.0.0.0' });
  });
});
