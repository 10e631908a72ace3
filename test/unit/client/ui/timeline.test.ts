/** The timeline's axis: round years from the data's own range, each placed where its January falls on the slider. */
import { describe, expect, it } from 'vitest';
import { dateToStep, stepToDate, tickPosition, ticksOf } from '../../../../client/ui/timeline.ts';

describe('timeline ticks', () => {
  it('picks round years inside the range, at most seven', () => {
    expect(ticksOf({ first: 1992, last: 2022 })).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
    expect(ticksOf({ first: 2020, last: 2023 })).toEqual([2020, 2021, 2022, 2023]);
    expect(ticksOf({ first: 1800, last: 2024 })).toEqual([1800, 1850, 1900, 1950, 2000]);
    expect(ticksOf({ first: 2022, last: 2022 })).toEqual([2022]);
    for (const r of [
      { first: 1, last: 9999 },
      { first: 1950, last: 1951 },
      { first: 1066, last: 1999 },
    ]) {
      const t = ticksOf(r);
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(7);
      expect(t.every((y) => y >= r.first && y <= r.last)).toBe(true);
    }
  });

  it('places a year where the slider step of its January is', () => {
    const r = { first: 1992, last: 2022 };
    const steps = (r.last - r.first + 1) * 12 - 1;
    expect(tickPosition(1992, r)).toBe(0);
    expect(tickPosition(2000, r)).toBeCloseTo(dateToStep('2000-01-15', r) / steps, 10);
    expect(stepToDate(Math.round(tickPosition(2015, r) * steps), r)).toBe('2015-01-31');
    expect(tickPosition(2022, r)).toBeLessThan(1);
  });
});
