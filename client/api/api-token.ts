/**
 * The API token, when the server has API_TOKEN set: asked for once, on the first 401, and kept
 * in sessionStorage (gone when the tab closes; never in a link or localStorage).
 */
const KEY = 'explorer.apiToken';

/** The token given so far, if any. */
export const currentToken = (): string | null => sessionStorage.getItem(KEY);

/** The Authorization header to send, when a token was given. */
export function authHeaders(): Record<string, string> {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** After a 401: asks the person for the token; true when there is a new one to retry with. */
export function askForToken(): boolean {
  const token = window.prompt('This explorer needs its access token (the server’s API_TOKEN):')?.trim();
  if (!token) return false;
  sessionStorage.setItem(KEY, token);
  return true;
}
