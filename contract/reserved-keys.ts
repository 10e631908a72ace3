/**
 * Keys the API refuses anywhere in a JSON body. `__proto__` in parsed JSON is an own key, but
 * zod (like any code that copies by assignment) turns it into a prototype, so a parameter named
 * so vanished from `params` without a word; `constructor` and `prototype` are the other two
 * names of prototype pollution. The server refuses a body holding any of them with a 400 that
 * names the key and where it is, before validation (server/middleware/json-body.ts), so
 * whatever passes round-trips exactly.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** The path of the first reserved key in a parsed JSON value (e.g. `params.a.__proto__`), or undefined. */
export function findReservedKey(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    for (const key of Object.keys(v)) {
      const at = Array.isArray(v) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(v) && RESERVED_KEYS.includes(key)) return at;
      stack.push({ value: (v as Record<string, unknown>)[key], path: at });
    }
  }
  return undefined;
}
