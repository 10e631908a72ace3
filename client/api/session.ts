/**
 * What this page may do, asked once at start (GET /api/session). On the local setup the answer
 * also brings the editor cookie. Panels ask `editing()` to show or hide their editing controls;
 * the server refuses a write without the token whatever the page shows.
 */
import type { ResponseOf } from '../../contract/endpoints.ts';
import type { ExplorerApi } from './explorer-api.ts';

export type Session = ResponseOf<'session'>;

const READ_ONLY: Session = { editor: false, editing: 'off' };
let current: Promise<Session> = Promise.resolve(READ_ONLY);

/** Asks the server; a failure leaves the page read-only. */
export function loadSession(api: Pick<ExplorerApi, 'session'>): Promise<Session> {
  current = api.session().catch(() => READ_ONLY);
  current.then((s) => (document.documentElement.dataset.editor = String(s.editor))).catch(() => undefined);
  return current;
}

/** The session as last loaded. */
export const session = (): Promise<Session> => current;

/** Whether this page may write. */
export const editing = async (): Promise<boolean> => (await current).editor;
