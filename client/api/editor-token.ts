/**
 * The editor token on a deployment that sets EDITOR_TOKEN itself: typed in by the editor and
 * kept in sessionStorage, sent as X-Editor-Token on writes. The local setup needs none of this:
 * the server hands its page an HttpOnly cookie (GET /api/session), which the browser sends itself.
 */
const KEY = 'explorer.editorToken';

export const currentEditorToken = (): string | null => sessionStorage.getItem(KEY);

export function setEditorToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** The header to send on a write, when a token was typed in. */
export function editorHeaders(): Record<string, string> {
  const token = currentEditorToken();
  return token ? { 'x-editor-token': token } : {};
}
