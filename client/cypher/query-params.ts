/** The parameters field: empty, or a JSON object; anything else is a message for the analyst. */
import type { JsonValue } from '../../contract/graph.ts';
import { describeError } from '../api/api-error.ts';

export type ParsedParams = { params: Record<string, JsonValue> } | { error: string };

export function parseQueryParams(raw: string): ParsedParams {
  if (!raw.trim()) return { params: {} };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('must be a JSON object such as {"name": "Armenia"}');
    return { params: parsed as Record<string, JsonValue> };
  } catch (e) {
    return { error: `The parameters are not valid JSON: ${describeError(e)}` };
  }
}
