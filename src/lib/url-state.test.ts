import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './url-state';

describe('URL state', () => {
  const time = Date.UTC(2023, 9, 19, 11);

  it('round-trips the slider time and the selected event', () => {
    const search = formatUrlState({ time, event: '2023-10-21-ain-al-asad-drones' });
    expect(search).toBe('?t=2023-10-19T11%3A00Z&event=2023-10-21-ain-al-asad-drones');
    expect(parseUrlState(search)).toEqual({ time, event: '2023-10-21-ain-al-asad-drones' });
  });

  it('writes nothing for the default view', () => {
    expect(formatUrlState({})).toBe('');
  });

  it('ignores malformed values instead of failing', () => {
    expect(parseUrlState('?t=yesterday&event=<script>')).toEqual({});
    expect(parseUrlState('?t=2023-13-45T99:99Z')).toEqual({});
    expect(parseUrlState('?t=2023-10-19T11:00Z&event=Not%20A%20Slug')).toEqual({ time });
    expect(parseUrlState('%%%&&==')).toEqual({});
  });

  it('ignores keys it does not know', () => {
    expect(parseUrlState('?utm_source=x&event=abc')).toEqual({ event: 'abc' });
  });
});

describe('URL state for filters, map view and list', () => {
  it('round-trips filters, the map view and a hidden list', () => {
    const state = {
      sites: ['ain-al-asad', 'al-harir'],
      weapons: ['drone' as const],
      statuses: ['confirmed' as const, 'disputed' as const],
      view: { lon: 43.5, lat: 34.25, zoom: 6.5 },
      list: false,
    };
    const search = formatUrlState(state);
    expect(search).toBe('?bases=ain-al-asad%2Cal-harir&weapons=drone&status=confirmed%2Cdisputed&view=43.5%2C34.25%2C6.5&list=0');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('drops a malformed filter and a view out of range, keeping the rest', () => {
    expect(parseUrlState('?weapons=drone,Tank!&status=confirmed&view=500,20,3')).toEqual({ statuses: ['confirmed'] });
    expect(parseUrlState('?status=confirmed,lost')).toEqual({});
    expect(parseUrlState('?view=43,34&list=maybe&bases=')).toEqual({});
  });
});
