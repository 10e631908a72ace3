/** Edge captions: the type, and the dates of a dated relationship. */
import { describe, expect, it } from 'vitest';
import { edgeCaption, edgeWhen } from '../../../../client/graph/edge-caption.ts';

describe('edge captions', () => {
  it('writes when a relationship held or happened', () => {
    expect(edgeCaption({ type: 'MEMBER_OF', properties: { validFrom: '1992-05-15', validTo: '2022-10-13' } })).toBe(
      'MEMBER_OF · 1992–2022',
    );
    expect(edgeCaption({ type: 'MEMBER_OF', properties: { validFrom: '1992-05-15' } })).toBe('MEMBER_OF · since 1992');
    expect(edgeCaption({ type: 'MEMBER_OF', properties: { validTo: '2012-12-31' } })).toBe('MEMBER_OF · until 2012');
    expect(edgeCaption({ type: 'STATED', properties: { date: '2022-09-16' } })).toBe('STATED · 2022-09-16');
    expect(edgeWhen({ validFrom: '2022-01-01', validTo: '2022-06-30' })).toBe('2022');
  });

  it('leaves an undated one, or one with dates it cannot read, as its type', () => {
    expect(edgeCaption({ type: 'KNOWS', properties: {} })).toBe('KNOWS');
    expect(edgeCaption({ type: 'KNOWS', properties: { date: 'last spring', validFrom: 1992 } })).toBe('KNOWS');
  });
});
