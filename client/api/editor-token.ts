/**
 * The editor token on a deployment that sets EDITOR_TOKEN itself: typed in by the editor and
 * kept in sessionStorage, sent as X-Editor-Token on writes. The local setup needs none of this:
 * the server hands its page an HttpOnly cookie (GET /api/session), which the browser sends itself.
 */
const KEY = 'explorer.editorToken';
/** The name the editor gave, for change sets' author (kept across visits: it is no secret). */
const NAME_KEY = 'explorer.editorName';

export const editorDisplayName = (): string | null => localStorage.getItem(NAME_KEY);

export function setEditorName(name: string | null): void {
  if (name?.trim()) localStorage.setItem(NAME_KEY, name.trim());
  else localStorage.removeItem(NAME_KEY);
}

export const currentEditorToken = (): string | null => sessionStorage.getItem(KEY);

export function setEditorToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** The headers to send on a write: the token when one was typed in, the editor's name when given. */
export function editorHeaders(): Record<string, string> {
  const token = currentEditorToken();
  const name = editorDisplayName();
  return { ...(token ? { 'x-editor-token': token } : {}), ...(name ? { 'x-editor-name': encodeURIComponent(name) } : {}) };
}
