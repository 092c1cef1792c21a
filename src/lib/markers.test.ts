import { describe, expect, it } from 'vitest';
import { baseMarkerScale, baseStatesAt, maxEventsPerBase, type MarkerEvent } from './markers';

const hour = 3_600_000;
const events: MarkerEvent[] = [
  { siteId: 'a', status: 'confirmed', start: 0, end: hour },
  { siteId: 'b', status: 'unconfirmed', start: 2 * hour, end: 3 * hour },
  { siteId: 'a', status: 'disputed', start: 5 * hour, end: 6 * hour },
];

describe('baseStatesAt', () => {
  it('counts the events begun at each base and keeps the latest status', () => {
    const at = baseStatesAt(events, 10 * hour, ['a', 'b', 'c']);
    expect(at.get('a')).toEqual({ count: 2, status: 'disputed' });
    expect(at.get('b')).toEqual({ count: 1, status: 'unconfirmed' });
    expect(at.get('c')).toEqual({ count: 0, status: null });
  });

  it('leaves out events that have not begun at the slider time', () => {
    expect(baseStatesAt(events, 4 * hour, ['a']).get('a')).toEqual({ count: 1, status: 'confirmed' });
  });
});

describe('baseMarkerScale', () => {
  it('grows marker area, not radius, with the count', () => {
    const radius = baseMarkerScale(maxEventsPerBase(events), 20);
    expect(radius(0)).toBe(0);
    expect(radius(2)).toBe(20);
    expect(radius(1) / radius(2)).toBeCloseTo(Math.SQRT1_2, 5);
  });
});
