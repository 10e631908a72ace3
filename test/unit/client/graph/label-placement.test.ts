/** Label placement: no two kept labels overlap, forced ones always stay, priority decides who gives way. */
import { describe, expect, it } from 'vitest';
import fc from '../../../helpers/fast-check.ts';
import { crowdedLabels, type LabelCandidate } from '../../../../client/graph/label-placement.ts';

const label = (id: string, x: number, y: number, more: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x1: x,
  y1: y,
  x2: x + 60,
  y2: y + 14,
  forced: false,
  weight: 1,
  name: id,
  ...more,
});

const overlap = (a: LabelCandidate, b: LabelCandidate) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('label placement', () => {
  it('keeps labels that do not touch', () => {
    expect(crowdedLabels([label('a', 0, 0), label('b', 100, 0), label('c', 0, 40)])).toEqual(new Set());
  });

  it('leaves out the lighter of two overlapping labels, and the later name when they weigh the same', () => {
    expect(crowdedLabels([label('light', 10, 5, { weight: 1 }), label('heavy', 0, 0, { weight: 5 })])).toEqual(new Set(['light']));
    expect(crowdedLabels([label('b', 10, 5), label('a', 0, 0)])).toEqual(new Set(['b']));
  });

  it('always keeps a forced label (selected, hovered, pinned), even over a heavier one', () => {
    const hidden = crowdedLabels([label('heavy', 0, 0, { weight: 50 }), label('selected', 10, 5, { forced: true })]);
    expect(hidden).toEqual(new Set(['heavy']));
    // Two forced labels both stay: the analyst asked for both.
    expect(crowdedLabels([label('a', 0, 0, { forced: true }), label('b', 5, 5, { forced: true })])).toEqual(new Set());
  });

  it('does not let a label that gave way hide another (a chain keeps every other one)', () => {
    // a overlaps b, b overlaps c, a does not reach c: a and c stay.
    const hidden = crowdedLabels([label('a', 0, 0, { weight: 3 }), label('b', 50, 0, { weight: 2 }), label('c', 100, 0, { weight: 1 })]);
    expect(hidden).toEqual(new Set(['b']));
  });

  it('finds overlaps across the spatial hash’s cells, including labels wider than a cell and negative coordinates', () => {
    const wide = label('wide', -300, -7, { x2: 300, weight: 9 });
    const hidden = crowdedLabels([wide, label('inside', 120, 0), label('far', -200, 100)], { cell: 32 });
    expect(hidden).toEqual(new Set(['inside']));
  });

  it('property: no two kept non-forced labels overlap, and every label left out overlaps one kept with higher priority', () => {
    const arb = fc.array(
      fc.record({
        x: fc.integer({ min: -400, max: 400 }),
        y: fc.integer({ min: -300, max: 300 }),
        w: fc.integer({ min: 1, max: 140 }),
        h: fc.integer({ min: 1, max: 30 }),
        weight: fc.integer({ min: 0, max: 5 }),
        forced: fc.boolean(),
      }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 8, max: 200 }), (specs, cell) => {
        const cands = specs.map((s, i) => label(`n${i}`, s.x, s.y, { x2: s.x + s.w, y2: s.y + s.h, weight: s.weight, forced: s.forced }));
        const hidden = crowdedLabels(cands, { gap: 0, cell });
        const kept = cands.filter((c) => !hidden.has(c.id));
        for (const c of cands) if (c.forced) expect(hidden.has(c.id)).toBe(false);
        for (let i = 0; i < kept.length; i++)
          for (let j = i + 1; j < kept.length; j++) {
            if (kept[i]!.forced && kept[j]!.forced) continue;
            expect(overlap(kept[i]!, kept[j]!)).toBe(false);
          }
        for (const c of cands.filter((x) => hidden.has(x.id))) expect(kept.some((k) => overlap(k, c))).toBe(true);
      }),
    );
  });
});
