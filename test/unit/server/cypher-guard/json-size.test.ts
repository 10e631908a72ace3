import { describe, expect, it } from 'vitest';
import fc from '../../../helpers/fast-check.ts';
import { JsonSizer } from '../../../../server/cypher-guard/json-size.ts';

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? '');

describe('JsonSizer', () => {
  it('counts what JSON.stringify writes, for any JSON value (any Unicode, undefined members and list items)', () => {
    const withHoles = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.string({ unit: 'binary' }),
        fc.array(fc.oneof(tie('value'), fc.constant(undefined)), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: 'grapheme' }), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(fc.property(withHoles, (v) => new JsonSizer().of(v) === bytes(v)));
  });

  it('measures an element once and reuses the size in every row that holds it', () => {
    const sizer = new JsonSizer();
    const node = { id: '4:db:1', labels: ['Country'], caption: 'Armenia', properties: { name: 'Armenia', note: 'Ереван — “capital”' } };
    const edge = { id: '5:db:7', type: 'MEMBER_OF', source: '4:db:1', target: '4:db:2', properties: {} };
    expect(sizer.element(node)).toBe(bytes(node));
    sizer.element(edge);
    // The remembered size stands in for the element, so a later change to it is not re-measured (the
    // answer's citations are counted apart, by CITATION_DETAIL_BYTES).
    const row = [node, edge, { path: { nodes: [node], edges: [edge] } }, 3, null];
    expect(sizer.of(row)).toBe(bytes(row));
    node.properties.name = 'Armenia, renamed after it was measured';
    expect(sizer.of([node])).toBe(bytes([{ ...node, properties: { ...node.properties, name: 'Armenia' } }]));
  });
});
