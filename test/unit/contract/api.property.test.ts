/**
 * Property-based tests of the request schemas in contract/api.ts: arbitrary input never makes
 * them throw (only succeed or report issues), and valid input comes back as it went in.
 */
import fc from '../../helpers/fast-check.ts';
import { describe, expect, it } from 'vitest';
import { RESERVED_KEYS, findReservedKey } from '../../../contract/reserved-keys.ts';
import type { JsonValue } from '../../../contract/graph.ts';
import { CypherRequest, DocumentsQuery, ElementId, NeighborsQuery, NodeParams, PathsQuery, SearchQuery } from '../../../contract/api.ts';

/** What Express's query parser can hand over: strings, repeated keys (arrays), nested objects. */
const queryValue = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
const anyQuery = fc.dictionary(
  fc.constantFrom('q', 'labels', 'types', 'limit', 'direction', 'asOf', 'from', 'to', 'maxHops', 'mode', 'k', 'x'),
  queryValue,
);
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,20}$/);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const realDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`);

describe('request schemas never throw', () => {
  it.each([
    ['SearchQuery', SearchQuery],
    ['NeighborsQuery', NeighborsQuery],
    ['PathsQuery', PathsQuery],
    ['DocumentsQuery', DocumentsQuery],
    ['NodeParams', NodeParams],
  ] as const)('%s on arbitrary query objects', (_name, schema) => {
    fc.assert(
      fc.property(anyQuery, (input) => {
        const result = schema.safeParse(input);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('CypherRequest on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        CypherRequest.safeParse(body);
      }),
      { numRuns: 500 },
    );
  });
});

describe('valid input round-trips', () => {
  it('NeighborsQuery: lists, direction, limit and dates', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 10 }),
        fc.constantFrom('out', 'in', 'both'),
        fc.integer({ min: 1, max: 1000 }),
        realDate,
        (types, direction, limit, asOf) => {
          const parsed = NeighborsQuery.parse({ types: types.join(' , '), direction, limit: String(limit), asOf });
          expect(parsed).toEqual({ types, direction, limit, asOf });
        },
      ),
    );
  });

  it('NeighborsQuery refuses dates that do not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('02-30', '02-31', '04-31', '06-31', '09-31', '11-31', '13-01', '00-10'),
        (y, md) => {
          expect(NeighborsQuery.safeParse({ asOf: `${pad(y, 4)}-${md}` }).success).toBe(false);
        },
      ),
    );
  });

  it('SearchQuery keeps the text (trimmed) and the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
        fc.integer({ min: 1, max: 100 }),
        (q, limit) => {
          expect(SearchQuery.parse({ q, limit: String(limit) })).toEqual({ q: q.trim(), limit });
        },
      ),
    );
  });

  it('PathsQuery accepts exactly the hop counts 1 to 8', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (hops) => {
        const result = PathsQuery.safeParse({ from: 'a', to: 'b', maxHops: String(hops) });
        expect(result.success).toBe(hops >= 1 && hops <= 8);
        if (result.success) expect(result.data).toMatchObject({ maxHops: hops, mode: 'shortest', k: 5 });
      }),
    );
  });

  it('ElementId takes any string of 1 to 200 characters as it is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (id) => {
        expect(ElementId.parse(id)).toBe(id);
      }),
    );
  });

  // Parameters as they come off the wire: JSON text parsed, so `__proto__` is an own key.
  const wireKey = fc.oneof({ weight: 8, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.constantFrom(...RESERVED_KEYS) });
  const wireValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(wireKey, tie('value'), { maxKeys: 3 }),
    ),
  })).value;
  const onTheWire = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, JsonValue>;

  it('CypherRequest: parameters come back exactly as sent, or hold a reserved key the server refuses by name', () => {
    fc.assert(
      fc.property(fc.dictionary(wireKey, wireValue, { maxKeys: 4 }), fc.integer({ min: 1, max: 10_000 }), (given, limit) => {
        const body = onTheWire({ query: 'RETURN $x', params: given, limit });
        const reserved = findReservedKey(body);
        if (reserved !== undefined) {
          // Refused before validation (server/middleware/json-body.ts): never silently dropped.
          expect(RESERVED_KEYS).toContain(
            reserved
              .split('.')
              .pop()!
              .replace(/\[\d+\]$/, ''),
          );
          return;
        }
        expect(CypherRequest.parse(body)).toEqual(body);
      }),
    );
  });

  it('finds the reserved key that a random seed found, and names where it is', () => {
    const body = JSON.parse('{"query": "RETURN 1", "params": {"": {"": {"": {"__proto__": false}}}}}') as unknown;
    expect(findReservedKey(body)).toBe('params....__proto__');
    expect(findReservedKey(JSON.parse('{"params": {"a": [1, {"constructor": 1}]}}'))).toBe('params.a[1].constructor');
    expect(findReservedKey(JSON.parse('{"params": {"a": [1, {"b": "prototype"}]}}'))).toBeUndefined();
  });

  it('zod itself drops a "__proto__" parameter without touching any prototype (why the server refuses it first)', () => {
    const body = JSON.parse('{"query": "RETURN 1", "params": {"__proto__": {"polluted": true}, "a": 1}}');
    const parsed = CypherRequest.parse(body);
    expect(Object.keys(parsed.params)).toEqual(['a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(findReservedKey(body)).toBe('params.__proto__');
  });
});
