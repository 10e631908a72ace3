/**
 * The local user's editor token: generated on first use and kept in the managed Neo4j's home
 * folder beside its password, readable by the owner only. `npm start` with nothing configured
 * uses it so the person at this machine can edit from the page (the server hands it over as an
 * HttpOnly cookie to loopback requests only); a deployment sets EDITOR_TOKEN itself.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function localEditorToken(home: string): string {
  const file = join(home, 'editor-token');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 16) return kept;
  }
  mkdirSync(home, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  return token;
}

const LOOPBACK_BINDS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Editing for the local user: only when the server listens on loopback alone and nobody chose
 * an editor token, so a server reachable from elsewhere never hands out a cookie by default.
 */
export function withLocalEditing(env: Record<string, string | undefined>, home: string): void {
  if (env.EDITOR_TOKEN || !LOOPBACK_BINDS.has(env.HOST ?? '127.0.0.1')) return;
  env.EDITOR_TOKEN = localEditorToken(home);
  env.EDITOR_COOKIE ??= 'true';
}
