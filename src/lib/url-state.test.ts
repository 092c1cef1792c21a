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
