import { describe, expect, it } from 'vitest';
import { orderPath } from '../../../../client/cases/case-path.ts';

describe('orderPath', () => {
  it('walks a chain from one end, whatever the edges’ directions and order', () => {
    expect(
      orderPath([
        { id: 'e2', source: 'c', target: 'b' },
        { id: 'e1', source: 'a', target: 'b' },
        { id: 'e3', source: 'c', target: 'd' },
      ]),
    ).toEqual({ nodes: ['a', 'b', 'c', 'd'], edges: ['e1', 'e2', 'e3'] });
  });

  it('refuses what is not one simple chain', () => {
    expect(orderPath([])).toBeNull();
    // a star
    expect(
      orderPath([
        { id: 'e1', source: 'h', target: 'a' },
        { id: 'e2', source: 'h', target: 'b' },
        { id: 'e3', source: 'h', target: 'c' },
      ]),
    ).toBeNull();
    // a cycle
    expect(
      orderPath([
        { id: 'e1', source: 'a', target: 'b' },
        { id: 'e2', source: 'b', target: 'a' },
      ]),
    ).toBeNull();
    // two pieces
    expect(
      orderPath([
        { id: 'e1', source: 'a', target: 'b' },
        { id: 'e2', source: 'c', target: 'd' },
      ]),
    ).toBeNull();
  });
});
