import { describe, expect, it } from 'vitest';
import { addressAction } from '../../../../client/app/link-sync.ts';

describe('addressAction', () => {
  const at = { hashChanged: true, changing: false, version: 3, entryVersion: 3 };

  it('makes a new Back entry for a scene change and rewrites the entry for anything else', () => {
    expect(addressAction({ ...at, version: 4 })).toBe('push');
    expect(addressAction(at)).toBe('replace');
    expect(addressAction({ ...at, hashChanged: false })).toBe('keep');
  });

  it('writes nothing while a change is under way, so the entry Back returns to never holds its half-made scene', () => {
    // An expansion has put its nodes on the canvas and waits for the layout: no undo step yet.
    expect(addressAction({ ...at, changing: true })).toBe('wait');
    expect(addressAction({ ...at, changing: true, version: 4 })).toBe('wait');
  });
});
