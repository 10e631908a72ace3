/**
 * Who may write (SECURITY.md, "Two tokens, two roles"): rows of the endpoint table marked
 * `editor` need the editor token, which is separate from API_TOKEN (that one only reads).
 * It comes either as the `X-Editor-Token` header (scripts, a deployment's own clients) or as
 * the HttpOnly, SameSite=Strict cookie that GET /api/session hands to the local user's page
 * (EDITOR_COOKIE, set by `npm start` on the managed loopback setup).
 *
 * A cookie rides along with any request the browser makes to this host, including one started
 * by another page on localhost (another port is the same site, so SameSite does not stop it).
 * A write authenticated by the cookie therefore also needs an Origin that is this server itself.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { HttpError } from '../errors.ts';

export const EDITOR_HEADER = 'x-editor-token';
export const EDITOR_COOKIE_NAME = 'explorer_editor';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Whether the request's Origin is this server (the scheme and Host it was asked on). */
export function sameOrigin(req: Request): boolean {
  const origin = req.get('origin');
  const host = req.get('host');
  return !!origin && !!host && (origin === `http://${host}` || origin === `https://${host}`);
}

export type EditorCredential = 'header' | 'cookie' | 'none' | 'wrong';

/** Which credential the request carries for the editor token, compared in constant time. */
export function editorCredential(req: Request, token: string | undefined): EditorCredential {
  const header = req.get(EDITOR_HEADER);
  const cookie = cookieValue(req.get('cookie'), EDITOR_COOKIE_NAME);
  if (header === undefined && cookie === undefined) return 'none';
  if (!token) return 'wrong';
  const expected = digest(token);
  if (header !== undefined) return timingSafeEqual(digest(header), expected) ? 'header' : 'wrong';
  return timingSafeEqual(digest(cookie!), expected) ? 'cookie' : 'wrong';
}

/** Whether this request may write: the checks of requireEditor, answered as a boolean. */
export function mayEdit(req: Request, token: string | undefined): boolean {
  const credential = editorCredential(req, token);
  return credential === 'header' || (credential === 'cookie' && sameOrigin(req));
}

/** Refuses a write without the editor token: 403 when this server has none, 401 otherwise. */
export function requireEditor(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) {
      return next(
        new HttpError(403, 'editing_disabled', 'Editing is off on this server: it has no EDITOR_TOKEN, so the graph is read-only'),
      );
    }
    const credential = editorCredential(req, token);
    if (credential === 'header') return next();
    if (credential === 'cookie') {
      if (sameOrigin(req)) return next();
      return next(
        new HttpError(403, 'cross_origin_write', 'A write with the editor cookie must come from this server’s own page (Origin)'),
      );
    }
    next(
      new HttpError(
        401,
        'editor_token_required',
        credential === 'wrong'
          ? 'The editor token is wrong: send the one this server was given (EDITOR_TOKEN)'
          : 'This change needs the editor token: send X-Editor-Token: <EDITOR_TOKEN>',
      ),
    );
  };
}

export const EDITOR_NAME_HEADER = 'x-editor-name';
const DEFAULT_EDITOR_NAME = 'editor';

/**
 * Who is writing, for the change set's author: the `X-Editor-Name` header (the page sends the
 * name the editor gave, percent-encoded), trimmed and capped, or "editor". The token says whether one may write;
 * the name only says who, as the editor gave it.
 */
/** Header values are bytes: the page percent-encodes the name (any script's letters); a bad escape stays as sent. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function editorName(req: Request): string {
  const given = decoded(req.get(EDITOR_NAME_HEADER) ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 100);
  return given || DEFAULT_EDITOR_NAME;
}
