/**
 * GET /api/session: what this page may do. On the local setup (`npm start` with nothing
 * configured: EDITOR_COOKIE) the page of someone on this machine is handed the editor token as
 * an HttpOnly, SameSite=Strict cookie, so the local user can edit without typing a token, while
 * the token itself never reaches the page's script. Anything else must send X-Editor-Token.
 */
import type { Request, Response } from 'express';
import type { ResponseOf } from '../../contract/endpoints.ts';
import type { Config } from '../config.ts';
import { EDITOR_COOKIE_NAME, mayEdit } from '../middleware/editor-token.ts';
import { hostName } from '../middleware/known-hosts.ts';

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Asked from this machine by a loopback name: a page that a rebound name cannot be serving. */
export function isLocalRequest(req: Request): boolean {
  const name = hostName(req.get('host'));
  return LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '') && !!name && LOOPBACK_NAMES.has(name);
}

export function session(config: Pick<Config, 'EDITOR_TOKEN' | 'EDITOR_COOKIE'>, req: Request, res: Response): ResponseOf<'session'> {
  const token = config.EDITOR_TOKEN;
  if (!token) return { editor: false, editing: 'off' };
  if (config.EDITOR_COOKIE && isLocalRequest(req)) {
    res.cookie(EDITOR_COOKIE_NAME, token, { httpOnly: true, sameSite: 'strict', path: '/api', secure: req.secure });
    return { editor: true, editing: 'cookie' };
  }
  return { editor: mayEdit(req, token), editing: config.EDITOR_COOKIE ? 'cookie' : 'token' };
}
