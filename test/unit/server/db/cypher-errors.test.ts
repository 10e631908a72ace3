/** Positions in Neo4j's error messages, shifted back past the "EXPLAIN " the guard puts in front. */
import { describe, expect, it } from 'vitest';
import { errorPosition } from '../../../../server/db/cypher-errors.ts';

describe('errorPosition', () => {
  const message = 'Invalid input \'RETURN\': expected ... (line 1, column 18 (offset: 17))\n"EXPLAIN MATCH (n RETURN n"';

  it('reads the position and takes the prefix off on the first line', () => {
    expect(errorPosition(message, 8)).toEqual({ line: 1, column: 10, offset: 9 });
    expect(errorPosition(message, 0)).toEqual({ line: 1, column: 18, offset: 17 });
  });

  it('keeps the column on later lines, where the prefix is not', () => {
    expect(errorPosition('bad (line 3, column 4 (offset: 40))', 8)).toEqual({ line: 3, column: 4, offset: 32 });
  });

  it('gives nothing when the message has no position', () => {
    expect(errorPosition('/ by zero', 8)).toBeUndefined();
  });
});
