import { describe, expect, it } from 'vitest';
import { dayNumber, dayString, laneModel } from '../../../../client/ui/lanes-model.ts';

const node = (id: string, caption: string, properties = {}) => ({ id, labels: ['Country'], caption, properties });
const edge = (id: string, source: string, target: string, properties: Record<string, string>) => ({
  id,
  type: 'T',
  source,
  target,
  properties,
});

describe('laneModel', () => {
  const m = laneModel(
    [node('a', 'Armenia'), node('c', 'CSTO'), node('r', 'Russia'), node('s', 'Summit', { date: '2022-11-23' }), node('x', 'Undated')],
    [
      edge('e1', 'a', 'c', { validFrom: '1992-05-15', validTo: '2024-02-01' }),
      edge('e2', 'r', 'c', { validFrom: '1992-05-15' }),
      edge('e3', 'r', 'a', { date: '2021-03' }),
      edge('e4', 'x', 'a', {}),
      edge('e5', 'a', 'gone', { date: '2000-01-01' }),
    ],
  );

  it('makes one lane per entity that takes part in a dated event, busiest first', () => {
    expect(m.lanes.map((l) => [l.caption, l.items])).toEqual([
      ['Armenia', 2],
      ['CSTO', 2],
      ['Russia', 2],
      ['Summit', 1],
    ]);
  });

  it('places relationships in both ends’ lanes: points, bars, and open bars up to the latest date', () => {
    const byId = new Map(m.items.map((i) => [i.id, i]));
    expect(byId.get('e1')).toMatchObject({ lanes: ['a', 'c'], open: false });
    expect(dayString(byId.get('e1')!.end)).toBe('2024-02-01');
    expect(byId.get('e3')).toMatchObject({ start: dayNumber('2021-03-01'), end: dayNumber('2021-03-01'), lanes: ['r', 'a'] });
    expect(byId.get('e2')).toMatchObject({ open: true, end: dayNumber('2024-02-01') });
    expect(byId.has('e4')).toBe(false); // undated
    expect(byId.has('e5')).toBe(false); // its other end is not in the scene
    expect(dayString(m.from)).toBe('1992-05-15');
    expect(dayString(m.to)).toBe('2024-02-01');
  });

  it('reads years, months and days, and nothing else', () => {
    expect(dayString(dayNumber('1992')!)).toBe('1992-01-01');
    expect(dayNumber('soon')).toBeNull();
    expect(dayNumber(1992)).toBeNull();
    expect(laneModel([], [])).toEqual({ lanes: [], items: [], from: 0, to: 0 });
  });
});
